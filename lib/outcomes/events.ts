import { isLocale, locales, type Locale } from '@/lib/i18n';
import { getStep, type AnswerToken, type StepId } from '@/machines/wizard-graph';
import { MAX_EVENTS_PER_REQUEST } from './limits';

/**
 * What the wizard records (docs/decisions/006-outcomes.md), checked against the machine:
 * - `view`: a step was shown;
 * - `answer`: the user chose `answer` at `step`, which leads to `next` (the machine's target);
 * - `copied`: the support message was copied on a contact step.
 * Nothing else is accepted, so nothing that identifies a person (no free text) can be stored.
 */
export const outcomeKinds = ['view', 'answer', 'copied'] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

export interface OutcomeEvent {
  kind: OutcomeKind;
  step: StepId;
  answer?: AnswerToken;
  next?: StepId;
  locale: Locale;
  /** A random UUID v4 made for one visit (optional): links the answers of that visit, nothing else. */
  visit?: string;
}

/** At most this many events in one request (its own module, which the browser's recorder imports). */
export { MAX_EVENTS_PER_REQUEST };

const allowedFields = new Set(['kind', 'step', 'answer', 'next', 'locale', 'visit']);
const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export type ValidationResult = { ok: true; events: OutcomeEvent[] } | { ok: false; error: string };

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return value === null ? 'null' : typeof value;
}

/** One event, or the reason it is refused (`at` names it in the message, e.g. `events[2]`). */
export function validateEvent(input: unknown, at = 'event'): { ok: true; event: OutcomeEvent } | { ok: false; error: string } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, error: `${at} must be an object` };
  const record = input as Record<string, unknown>;
  const extra = Object.keys(record).find((key) => !allowedFields.has(key));
  if (extra !== undefined) return { ok: false, error: `${at} has an unknown field ${describe(extra)} (allowed: ${[...allowedFields].join(', ')})` };

  const { kind, step: stepId, answer, next, locale, visit } = record;
  if (typeof kind !== 'string' || !(outcomeKinds as readonly string[]).includes(kind)) {
    return { ok: false, error: `${at}.kind ${describe(kind)} is unknown (expected one of: ${outcomeKinds.join(', ')})` };
  }
  const step = typeof stepId === 'string' ? getStep(stepId) : undefined;
  if (!step) return { ok: false, error: `${at}.step ${describe(stepId)} is not a step of the wizard` };
  if (!isLocale(locale)) return { ok: false, error: `${at}.locale ${describe(locale)} is unknown (expected one of: ${locales.join(', ')})` };
  if (visit !== undefined && (typeof visit !== 'string' || !uuidV4.test(visit))) {
    return { ok: false, error: `${at}.visit must be a random UUID v4 in lower case` };
  }

  const event: OutcomeEvent = { kind: kind as OutcomeKind, step: step.id, locale, ...(visit !== undefined ? { visit: visit as string } : {}) };
  if (kind === 'answer') {
    const chosen = step.answers.find((a) => a.token === answer);
    if (!chosen) {
      const expected = step.answers.map((a) => a.token).join(', ') || 'none: the step takes no answer';
      return { ok: false, error: `${at}.answer ${describe(answer)} is not an answer of step ${step.id} (expected one of: ${expected})` };
    }
    if (next !== undefined && next !== chosen.target) {
      return { ok: false, error: `${at}.next ${describe(next)} is not where answer ${chosen.token} at ${step.id} leads (${chosen.target})` };
    }
    return { ok: true, event: { ...event, answer: chosen.token, next: chosen.target } };
  }
  if (answer !== undefined || next !== undefined) return { ok: false, error: `${at}: only an answer event carries answer and next` };
  if (kind === 'copied' && step.meta.kind !== 'contact') {
    return { ok: false, error: `${at}: ${step.id} is no contact step, so it has no support message to copy` };
  }
  return { ok: true, event };
}

/**
 * A request body: `{ events: [...] }` (at most MAX_EVENTS_PER_REQUEST, at least one) or a single
 * event. All of them valid, or the first reason one is not.
 */
export function validateEvents(body: unknown): ValidationResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, error: 'The body must be a JSON object: { "events": [ … ] } or one event' };
  }
  if (!('events' in body)) {
    const one = validateEvent(body);
    return one.ok ? { ok: true, events: [one.event] } : one;
  }
  const { events } = body as { events: unknown };
  if (Object.keys(body).length !== 1) return { ok: false, error: 'The body must have only the field "events"' };
  if (!Array.isArray(events)) return { ok: false, error: '"events" must be an array' };
  if (events.length === 0) return { ok: false, error: '"events" is empty' };
  if (events.length > MAX_EVENTS_PER_REQUEST) {
    return { ok: false, error: `Too many events in one request: ${events.length} (at most ${MAX_EVENTS_PER_REQUEST})` };
  }
  const valid: OutcomeEvent[] = [];
  for (const [i, input] of events.entries()) {
    const one = validateEvent(input, `events[${i}]`);
    if (!one.ok) return one;
    valid.push(one.event);
  }
  return { ok: true, events: valid };
}
