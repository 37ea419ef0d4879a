import { isLocale, localeFromAcceptLanguage, type Locale } from '@/lib/i18n';
import { trailHref } from '@/lib/trail';
import { flowTable, getStep, type AnswerToken, type StepId } from '@/machines/wizard-graph';
import { COUNTED_FRAGMENT } from './answer-link';
import { declinesRecording, recordingOff } from './recorder';

/**
 * A request to the recording route (`GET /api/outcomes/answer?locale=…&step=…&answer=…`), read
 * against the machine. Pure: tests/unit/answer-request.test.ts.
 */
export type AnswerRequest =
  | { ok: true; locale: Locale; step: StepId; answer: AnswerToken; next: StepId; location: string }
  | { ok: false; locale: Locale; problem: 'locale' | 'step' | 'answer' };

/** Each parameter exactly once, short, and nothing else the route could be asked to trust. */
function single(query: URLSearchParams, name: string): string | undefined {
  const values = query.getAll(name);
  return values.length === 1 && values[0]!.length <= 80 ? values[0] : undefined;
}

export function readAnswerRequest(query: URLSearchParams, acceptLanguage: string | null): AnswerRequest {
  const localeParam = single(query, 'locale');
  if (!isLocale(localeParam)) return { ok: false, locale: localeFromAcceptLanguage(acceptLanguage), problem: 'locale' };
  const locale = localeParam;
  const stepParam = single(query, 'step');
  const step = stepParam === undefined ? undefined : getStep(stepParam);
  if (!step) return { ok: false, locale, problem: 'step' };
  const answerParam = single(query, 'answer');
  const answer = step.answers.find((a) => a.token === answerParam);
  if (!answer) return { ok: false, locale, problem: 'answer' };
  // The address the page itself linked to before: the next step with this one answer in its
  // trail (a page without JavaScript knows no earlier answers), marked as counted.
  const location = `${trailHref(flowTable, locale, answer.target, [answer.token], step.id)}#${COUNTED_FRAGMENT}`;
  return { ok: true, locale, step: step.id, answer: answer.token, next: answer.target, location };
}

/**
 * Whether this request may be recorded: not when the site has recording off (`OUTCOMES=off`), the
 * browser asks not to be tracked (`DNT: 1`, `Sec-GPC: 1`), or the request is a prefetch (nobody
 * answered yet).
 */
export function mayRecord(headers: Pick<Headers, 'get'>, env: NodeJS.ProcessEnv = process.env): boolean {
  if (recordingOff(env) || declinesRecording(headers)) return false;
  // A link on another site's page would let that site count answers nobody gave here.
  if (headers.get('sec-fetch-site') === 'cross-site') return false;
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''}`;
  return !/prefetch|prerender/i.test(purpose) && headers.get('next-router-prefetch') === null;
}
