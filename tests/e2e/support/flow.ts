import { expect, type Page } from '@playwright/test';
import { getShortestPaths } from 'xstate/graph';
import { en } from '@/content/en';
import { ja } from '@/content/ja';
import type { Messages } from '@/content/schema';
import { locales, type Locale } from '@/lib/i18n';
import { loginWizardMachine } from '@/machines/login-wizard';
import { replay, requireStep, stepPath, steps, type Step, type StepId } from '@/machines/wizard-graph';

export const messages: Record<Locale, Messages> = { ja, en };
export const testLocales: readonly Locale[] = locales;

export { requireStep, stepPath, steps };
export type { Step, StepId };

/** The answer tokens of the machine's shortest path to every step (from xstate/graph). */
export function shortestTokensByStep(): Map<StepId, string[]> {
  const byStep = new Map<StepId, string[]>();
  for (const path of getShortestPaths(loginWizardMachine)) {
    const tokens = path.steps.slice(1).map((s) => s.event.type.replace(/^answer\./, ''));
    const at = replay(tokens).at;
    const known = byStep.get(at);
    if (!known || known.length > tokens.length) byStep.set(at, tokens);
  }
  return byStep;
}

export interface TransitionPath {
  /** Answer tokens from the start. */
  tokens: string[];
  /** Step ids visited, start first. */
  visits: StepId[];
}

/**
 * Paths from the start that together take every transition of the machine at least once:
 * for each transition, the shortest path to its source plus the transition itself; paths that
 * are a prefix of another are dropped.
 */
export function transitionCoverPaths(): TransitionPath[] {
  const shortest = shortestTokensByStep();
  const candidates: string[][] = [];
  for (const step of steps) {
    const prefix = shortest.get(step.id);
    if (!prefix) throw new Error(`${step.id} is not reachable`);
    for (const answer of step.answers) candidates.push([...prefix, answer.token]);
  }
  const keys = candidates.map((c) => c.join('.'));
  const kept = candidates.filter((c, i) => !keys.some((other, j) => j !== i && other.startsWith(`${keys[i]}.`)));
  const unique = [...new Map(kept.map((c) => [c.join('.'), c])).values()];
  return unique.map((tokens) => {
    const visits = [replay([]).at];
    for (let i = 1; i <= tokens.length; i++) visits.push(replay(tokens.slice(0, i)).at);
    return { tokens, visits };
  });
}

export function countTransitions(): number {
  return steps.reduce((n, s) => n + s.answers.length, 0);
}

/** The accessible name of the link for an answer on a step. */
export function answerLabel(locale: Locale, stepId: StepId, token: string): string {
  const step = requireStep(stepId);
  const { ui, steps: texts } = messages[locale];
  if (step.meta.kind === 'remedy') return token === 'fixed' ? ui.answerFixed : ui.answerNotFixed;
  const label = texts[step.meta.content].answers?.[token as keyof NonNullable<(typeof texts)[keyof typeof texts]['answers']>];
  if (!label) throw new Error(`No label for ${stepId} ${token} in ${locale}`);
  return label;
}

export function titleOf(locale: Locale, stepId: StepId): string {
  return messages[locale].steps[requireStep(stepId).meta.content].title;
}

/** Clicks the answers in turn, as a user would: each `[step, token]` on the step it belongs to. */
export async function answerInTurn(page: Page, locale: Locale, answers: readonly (readonly [StepId, string])[]): Promise<void> {
  for (const [step, token] of answers) {
    // Wait for the step itself: consecutive remedies share their answer labels, so a link found
    // on the previous page would otherwise be clicked again while it navigates away.
    await expect(page.getByRole('heading', { level: 1, name: titleOf(locale, step), exact: true })).toBeVisible();
    const answer = page.getByRole('link', { name: answerLabel(locale, step, token), exact: true });
    await expect(answer).toBeVisible();
    await answer.click();
  }
}
