import { describe, expect, it } from 'vitest';
import { MAX_EVENTS_PER_REQUEST, validateEvents } from '@/lib/outcomes/events';

const answer = { kind: 'answer', step: 'xm.frozenAccount', answer: 'fixed', next: 'xm.solved', locale: 'ja' };
const VISIT = '3f0c8a52-7d1e-4b6a-9f3c-2e8d5a1b4c70';
const refusal = (body: unknown) => {
  const result = validateEvents(body);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};

describe('outcome events are checked against the machine', () => {
  it('accepts a batch of a view, an answer and a copy on a contact step', () => {
    const result = validateEvents({
      events: [{ kind: 'view', step: 'xm.frozenAccount', locale: 'en', visit: VISIT }, answer, { kind: 'copied', step: 'xm.contactSupport', locale: 'ja' }],
    });
    expect(result).toEqual({
      ok: true,
      events: [{ kind: 'view', step: 'xm.frozenAccount', locale: 'en', visit: VISIT }, answer, { kind: 'copied', step: 'xm.contactSupport', locale: 'ja' }],
    });
  });

  it('accepts a single event as the whole body', () => {
    expect(validateEvents(answer)).toEqual({ ok: true, events: [answer] });
  });

  it("fills in where an answer leads when the sender leaves `next` out (the machine's target)", () => {
    expect(validateEvents({ kind: 'answer', step: 'start', answer: 'bitmex', locale: 'ja' })).toEqual({
      ok: true,
      events: [{ kind: 'answer', step: 'start', answer: 'bitmex', next: 'bitmex.symptom', locale: 'ja' }],
    });
  });

  it('refuses an unknown step, naming it', () => {
    expect(refusal({ ...answer, step: 'xm.frozenAcount' })).toBe('event.step "xm.frozenAcount" is not a step of the wizard');
  });

  it("refuses an answer the step does not offer, listing the step's answers", () => {
    expect(refusal({ events: [answer, { ...answer, answer: 'maybe' }] })).toBe(
      'events[1].answer "maybe" is not an answer of step xm.frozenAccount (expected one of: fixed, notFixed)',
    );
  });

  it('refuses a `next` other than where the answer leads', () => {
    expect(refusal({ ...answer, next: 'xm.contactSupport' })).toBe('event.next "xm.contactSupport" is not where answer fixed at xm.frozenAccount leads (xm.solved)');
  });

  it('refuses an unknown kind', () => {
    expect(refusal({ ...answer, kind: 'click' })).toBe('event.kind "click" is unknown (expected one of: view, answer, copied)');
  });

  it('refuses an unknown locale', () => {
    expect(refusal({ ...answer, locale: 'fr' })).toBe('event.locale "fr" is unknown (expected one of: ja, en)');
  });

  it('refuses a visit key that is no random UUID v4', () => {
    expect(refusal({ ...answer, visit: 'user-42@example.com' })).toBe('event.visit must be a random UUID v4 in lower case');
  });

  it('refuses any field beyond the known ones, so no free text can be stored', () => {
    expect(refusal({ ...answer, comment: 'my email is …' })).toBe('event has an unknown field "comment" (allowed: kind, step, answer, next, locale, visit)');
  });

  it('refuses an answer or a next on a view', () => {
    expect(refusal({ kind: 'view', step: 'start', answer: 'xm', locale: 'ja' })).toBe('event: only an answer event carries answer and next');
  });

  it('refuses a copy on a step that has no support message', () => {
    expect(refusal({ kind: 'copied', step: 'xm.frozenAccount', locale: 'ja' })).toBe('event: xm.frozenAccount is no contact step, so it has no support message to copy');
  });

  it(`refuses an empty batch and one of more than ${MAX_EVENTS_PER_REQUEST} events`, () => {
    expect(refusal({ events: [] })).toBe('"events" is empty');
    expect(refusal({ events: Array.from({ length: MAX_EVENTS_PER_REQUEST + 1 }, () => answer) })).toBe(
      `Too many events in one request: ${MAX_EVENTS_PER_REQUEST + 1} (at most ${MAX_EVENTS_PER_REQUEST})`,
    );
  });

  it('refuses a body that is no object, events that are no array, and fields beside events', () => {
    expect(refusal([answer])).toBe('The body must be a JSON object: { "events": [ … ] } or one event');
    expect(refusal({ events: answer })).toBe('"events" must be an array');
    expect(refusal({ events: [answer], extra: 1 })).toBe('The body must have only the field "events"');
    expect(refusal({ events: ['view'] })).toBe('events[0] must be an object');
  });

  it('shortens a long bad value in the message', () => {
    expect(refusal({ ...answer, step: 'x'.repeat(500) })).toBe(`event.step "${'x'.repeat(40)}…" is not a step of the wizard`);
  });
});
