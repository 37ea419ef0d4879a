import { checkAssumptions, facts, type Fact, type Facts } from './login-wizard';
import { requireStep, startStepId, type Step, type StepId } from './wizard-graph';

/**
 * Every path a user can take through the diagnosis, with what their answers have told us
 * (the `establishes` of each answer given) at every step. The flow has no cycles, so the
 * paths are finite; they end at a final step (solved or contact).
 */
export interface PathStep {
  step: StepId;
  /** The answer given on this step (none on the last one). */
  token?: string;
  /** What the answers before this step established. */
  known: Facts;
}

/** The facts a step's words and its browser checks take for granted. */
export function assumptionsOf(step: Step): Facts {
  return Object.assign({}, ...(step.meta.checks ?? []).map((check) => checkAssumptions[check]), step.meta.assumes);
}

/** Facts in `expected` that `known` says the opposite of. */
export function contradicted(expected: Facts, known: Facts): Fact[] {
  return facts.filter((fact) => expected[fact] !== undefined && known[fact] !== undefined && expected[fact] !== known[fact]);
}

/** Facts in `required` that `known` has not established with that value. */
export function notEstablished(required: Facts, known: Facts): Fact[] {
  return facts.filter((fact) => required[fact] !== undefined && known[fact] !== required[fact]);
}

/**
 * Walks every path from `from`. An answer that contradicts what the user already said is not
 * a path a user takes (they would not choose it): such answers are reported in `impossible`, so a
 * test can check that every question still offers a consistent answer.
 */
export function allPaths(from: StepId = startStepId): { paths: PathStep[][]; impossible: { step: StepId; token: string; path: PathStep[] }[] } {
  const paths: PathStep[][] = [];
  const impossible: { step: StepId; token: string; path: PathStep[] }[] = [];
  const walk = (id: StepId, known: Facts, prefix: PathStep[]): void => {
    const step = requireStep(id);
    if (step.answers.length === 0) {
      paths.push([...prefix, { step: id, known }]);
      return;
    }
    for (const answer of step.answers) {
      const learnt = step.meta.establishes?.[answer.token] ?? {};
      const here: PathStep = { step: id, token: answer.token, known };
      if (contradicted(learnt, known).length) {
        impossible.push({ step: id, token: answer.token, path: [...prefix, here] });
        continue;
      }
      walk(answer.target, { ...known, ...learnt }, [...prefix, here]);
    }
  };
  walk(from, {}, []);
  return { paths, impossible };
}
