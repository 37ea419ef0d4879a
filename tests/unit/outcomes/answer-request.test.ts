import { describe, expect, it } from 'vitest';
import { answerRecordHref } from '@/lib/outcomes/answer-link';
import { mayRecord, readAnswerRequest } from '@/lib/outcomes/answer-request';

const read = (query: string, acceptLanguage: string | null = null) => readAnswerRequest(new URLSearchParams(query), acceptLanguage);
const headers = (values: Record<string, string>) => new Headers(values);
const env = (values: Record<string, string> = {}) => values as NodeJS.ProcessEnv;

describe('the recording route of the answer links (JavaScript off)', () => {
  it('reads the link a page renders, and sends the browser where the answer leads, marked as counted', () => {
    const href = answerRecordHref('ja', 'xm.frozenAccount', 'notFixed');
    expect(href).toBe('/api/outcomes/answer?locale=ja&step=xm.frozenAccount&answer=notFixed');
    expect(read(href.split('?')[1]!)).toEqual({
      ok: true,
      locale: 'ja',
      step: 'xm.frozenAccount',
      answer: 'notFixed',
      next: 'xm.contactSupport',
      location: '/ja/xm/contact-support?a=notFixed&from=xm/frozen-account#counted',
    });
  });

  it('carries no `from` for an answer at the start, where trails begin', () => {
    expect(read('locale=en&step=start&answer=bitmex')).toMatchObject({ ok: true, next: 'bitmex.symptom', location: '/en/bitmex?a=bitmex#counted' });
  });

  it('refuses a step the machine does not have, in the language of the link', () => {
    expect(read('locale=en&step=xm.nowhere&answer=fixed')).toEqual({ ok: false, locale: 'en', problem: 'step' });
  });

  it('refuses an answer the step does not take', () => {
    expect(read('locale=ja&step=xm.frozenAccount&answer=xm')).toEqual({ ok: false, locale: 'ja', problem: 'answer' });
    expect(read('locale=ja&step=xm.frozenAccount')).toEqual({ ok: false, locale: 'ja', problem: 'answer' });
  });

  it('refuses an unknown language, and answers in the browser’s', () => {
    expect(read('locale=fr&step=start&answer=xm', 'en-US,en;q=0.9')).toEqual({ ok: false, locale: 'en', problem: 'locale' });
    expect(read('step=start&answer=xm', null)).toEqual({ ok: false, locale: 'ja', problem: 'locale' });
  });

  it('refuses a parameter given twice', () => {
    expect(read('locale=ja&step=start&answer=xm&answer=bitmex')).toMatchObject({ ok: false, problem: 'answer' });
    expect(read('locale=ja&locale=en&step=start&answer=xm')).toMatchObject({ ok: false, problem: 'locale' });
  });

  it('does not take inherited property names for steps or answers', () => {
    expect(read('locale=ja&step=constructor&answer=xm')).toMatchObject({ ok: false, problem: 'step' });
    expect(read('locale=ja&step=start&answer=toString')).toMatchObject({ ok: false, problem: 'answer' });
  });
});

describe('when an answer followed without JavaScript is counted', () => {
  it('is counted by default', () => {
    expect(mayRecord(headers({}), env())).toBe(true);
  });

  it('is not counted when the browser asks not to be tracked (DNT: 1, Sec-GPC: 1)', () => {
    expect(mayRecord(headers({ dnt: '1' }), env())).toBe(false);
    expect(mayRecord(headers({ 'sec-gpc': '1' }), env())).toBe(false);
    expect(mayRecord(headers({ dnt: '0' }), env())).toBe(true);
  });

  it('is not counted when the site has recording off (OUTCOMES=off)', () => {
    expect(mayRecord(headers({}), env({ OUTCOMES: 'off' }))).toBe(false);
  });

  it('is not counted when a link on another site sent the browser here (Sec-Fetch-Site: cross-site)', () => {
    expect(mayRecord(headers({ 'sec-fetch-site': 'cross-site' }), env())).toBe(false);
    expect(mayRecord(headers({ 'sec-fetch-site': 'same-origin' }), env())).toBe(true);
  });

  it('is not counted for a prefetch: nobody has answered yet', () => {
    expect(mayRecord(headers({ 'sec-purpose': 'prefetch' }), env())).toBe(false);
    expect(mayRecord(headers({ purpose: 'prefetch' }), env())).toBe(false);
    expect(mayRecord(headers({ 'sec-purpose': 'prefetch;prerender' }), env())).toBe(false);
  });
});
