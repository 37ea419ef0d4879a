import { createHash } from 'node:crypto';
import { steps } from '@/machines/wizard-graph';

/**
 * A short hash of the flow's structure: each step's id and kind and where each of its answers
 * leads, sorted so that the order of declaration does not matter. Editing a transition, adding or
 * removing a step or an answer changes it; editing words does not. Outcomes are stored with it, so
 * the statistics of an edited flow never mix with the old one's (docs/decisions/006-outcomes.md).
 */
export function computeFlowVersion(shape: readonly { id: string; meta: { kind: string }; answers: readonly { token: string; target: string }[] }[]): string {
  const lines = shape
    .map((step) => {
      const answers = step.answers.map((a) => `${a.token}>${a.target}`).sort();
      return `${step.id}|${step.meta.kind}|${answers.join(',')}`;
    })
    .sort();
  return createHash('sha256').update(lines.join('\n'), 'utf8').digest('hex').slice(0, 12);
}

/** The version of the flow this build serves. */
export const flowVersion: string = computeFlowVersion(steps);
