import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateEvents } from '@/lib/outcomes/events';

/**
 * What the page sends (app/_components/wizard/client/outcomes.ts), in a stand-in browser:
 * `fetch`, `navigator`, `window.location` and `history` are stubbed.
 */
type Sent = { url: string; init: RequestInit };

let sent: Sent[];
let replaced: string[];

async function load(browser: { hash?: string; globalPrivacyControl?: boolean; doNotTrack?: string } = {}) {
  vi.resetModules();
  sent = [];
  replaced = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return Promise.resolve(new Response(null, { status: 202 }));
  });
  vi.stubGlobal('navigator', { globalPrivacyControl: browser.globalPrivacyControl, doNotTrack: browser.doNotTrack ?? null });
  vi.stubGlobal('window', {
    location: { hash: browser.hash ?? '', pathname: '/ja/xm', search: '?a=xm' },
    history: { state: null, replaceState: (_state: unknown, _title: string, url: string) => replaced.push(url) },
  });
  return import('@/app/_components/wizard/client/outcomes');
}

const bodies = () => sent.map((s) => JSON.parse(String(s.init.body)) as { events: Record<string, unknown>[] });

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe('the events a page sends', () => {
  it('are plain POSTs to /api/outcomes (no keepalive) that the endpoint accepts', async () => {
    const { recordOutcome, recordView } = await load();
    recordView('xm.symptom', 'ja');
    recordOutcome({ kind: 'answer', step: 'xm.symptom', answer: 'frozenMessage', next: 'xm.frozenAccount', locale: 'ja' });
    recordOutcome({ kind: 'copied', step: 'xm.contactSupport', locale: 'ja' });
    expect(sent.map((s) => [s.url, s.init.method, s.init.keepalive])).toEqual(Array(3).fill(['/api/outcomes', 'POST', undefined]));
    for (const body of bodies()) expect(validateEvents(body)).toMatchObject({ ok: true });
  });

  it('carry one random visit key for the whole page, a new one for a new page', async () => {
    const first = await load();
    first.recordView('start', 'en');
    first.recordView('xm.symptom', 'en');
    const [a, b] = bodies().map((body) => body.events[0]!.visit);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b).toBe(a);
    const second = await load();
    second.recordView('start', 'en');
    expect(bodies()[0]!.events[0]!.visit).not.toBe(a);
  });

  it('are not sent at all with Global Privacy Control or Do Not Track', async () => {
    (await load({ globalPrivacyControl: true })).recordView('start', 'ja');
    expect(sent).toEqual([]);
    (await load({ doNotTrack: '1' })).recordOutcome({ kind: 'answer', step: 'start', answer: 'xm', next: 'xm.symptom', locale: 'ja' });
    expect(sent).toEqual([]);
  });

  it('count no view of a page the recording route already counted (#counted), and drop the mark from the address', async () => {
    (await load({ hash: '#counted' })).recordView('xm.symptom', 'ja');
    expect(sent).toEqual([]);
    expect(replaced).toEqual(['/ja/xm?a=xm']);
  });
});
