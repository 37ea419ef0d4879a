import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_EVENTS_PER_REQUEST, validateEvents } from '@/lib/outcomes/events';

/**
 * What the page sends (app/_components/wizard/client/outcomes.ts), in a stand-in browser:
 * `fetch`, `navigator`, `window` (location, history, requestIdleCallback, events) and `document`
 * are stubbed, so a test decides when the browser is idle, hidden or left.
 */
type Sent = { url: string; init: RequestInit };

let sent: Sent[];
let replaced: string[];
let idle: (() => void)[];
let listeners: { target: 'window' | 'document'; type: string; listener: () => void }[];
let visibility: 'visible' | 'hidden';

async function load(browser: { hash?: string; globalPrivacyControl?: boolean; doNotTrack?: string } = {}) {
  vi.resetModules();
  sent = [];
  replaced = [];
  idle = [];
  listeners = [];
  visibility = 'visible';
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return Promise.resolve(new Response(null, { status: 202 }));
  });
  vi.stubGlobal('navigator', { globalPrivacyControl: browser.globalPrivacyControl, doNotTrack: browser.doNotTrack ?? null });
  vi.stubGlobal('window', {
    location: { hash: browser.hash ?? '', pathname: '/ja/xm', search: '?a=xm' },
    history: { state: null, replaceState: (_state: unknown, _title: string, url: string) => replaced.push(url) },
    requestIdleCallback: (callback: () => void) => idle.push(callback),
    addEventListener: (type: string, listener: () => void) => listeners.push({ target: 'window', type, listener }),
  });
  vi.stubGlobal('document', {
    get visibilityState() {
      return visibility;
    },
    addEventListener: (type: string, listener: () => void) => listeners.push({ target: 'document', type, listener }),
  });
  return import('@/app/_components/wizard/client/outcomes');
}

/** The browser becomes idle: what it was asked to run then runs. */
function becomeIdle(): void {
  const callbacks = idle;
  idle = [];
  for (const callback of callbacks) callback();
}

function dispatch(target: 'window' | 'document', type: string): void {
  for (const l of listeners) if (l.target === target && l.type === type) l.listener();
}

const bodies = () => sent.map((s) => JSON.parse(String(s.init.body)) as { events: Record<string, unknown>[] });

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe('the events a page sends', () => {
  it('wait until the browser is idle, then go in one plain POST to /api/outcomes (no keepalive) that the endpoint accepts', async () => {
    // Arrange
    const { recordOutcome, recordView } = await load();
    // Act
    recordView('xm.symptom', 'ja');
    recordOutcome({ kind: 'answer', step: 'xm.symptom', answer: 'frozenMessage', next: 'xm.frozenAccount', locale: 'ja' });
    recordOutcome({ kind: 'copied', step: 'xm.contactSupport', locale: 'ja' });
    const beforeIdle = sent.length;
    becomeIdle();
    // Assert
    expect(beforeIdle).toBe(0);
    expect(sent.map((s) => [s.url, s.init.method, s.init.keepalive])).toEqual([['/api/outcomes', 'POST', undefined]]);
    expect(bodies()[0]!.events.map((e) => e.kind)).toEqual(['view', 'answer', 'copied']);
    expect(validateEvents(bodies()[0])).toMatchObject({ ok: true });
  });

  it('ask the browser for one idle moment however many events wait', async () => {
    const { recordOutcome } = await load();
    recordOutcome({ kind: 'answer', step: 'start', answer: 'xm', next: 'xm.symptom', locale: 'ja' });
    recordOutcome({ kind: 'view', step: 'xm.symptom', locale: 'ja' });
    expect(idle).toHaveLength(1);
  });

  it('never put more events in one POST than the endpoint takes', async () => {
    const { recordView } = await load();
    for (let i = 0; i < MAX_EVENTS_PER_REQUEST + 1; i++) recordView('start', 'ja');
    becomeIdle();
    expect(bodies().map((body) => body.events.length)).toEqual([MAX_EVENTS_PER_REQUEST, 1]);
    for (const body of bodies()) expect(validateEvents(body)).toMatchObject({ ok: true });
  });

  it('are sent at once when the page is left', async () => {
    const { recordView } = await load();
    recordView('xm.symptom', 'ja');
    dispatch('window', 'pagehide');
    expect(bodies().map((body) => body.events.length)).toEqual([1]);
  });

  it('are sent at once when the page is hidden (another app or tab), and not while it stays visible', async () => {
    const { recordView } = await load();
    recordView('xm.symptom', 'ja');
    dispatch('document', 'visibilitychange');
    const whileVisible = sent.length;
    visibility = 'hidden';
    dispatch('document', 'visibilitychange');
    expect(whileVisible).toBe(0);
    expect(sent).toHaveLength(1);
  });

  it('are each sent once, whichever comes first: idle or hidden', async () => {
    const { recordView } = await load();
    recordView('xm.symptom', 'ja');
    dispatch('window', 'pagehide');
    becomeIdle();
    expect(sent).toHaveLength(1);
  });

  it('carry one random visit key for the whole page, a new one for a new page', async () => {
    const first = await load();
    first.recordView('start', 'en');
    first.recordView('xm.symptom', 'en');
    becomeIdle();
    const [a, b] = bodies()[0]!.events.map((event) => event.visit);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b).toBe(a);
    const second = await load();
    second.recordView('start', 'en');
    becomeIdle();
    expect(bodies()[0]!.events[0]!.visit).not.toBe(a);
  });

  it('are not sent at all with Global Privacy Control or Do Not Track', async () => {
    (await load({ globalPrivacyControl: true })).recordView('start', 'ja');
    becomeIdle();
    expect(sent).toEqual([]);
    (await load({ doNotTrack: '1' })).recordOutcome({ kind: 'answer', step: 'start', answer: 'xm', next: 'xm.symptom', locale: 'ja' });
    becomeIdle();
    expect(sent).toEqual([]);
  });

  it('count no view of a page the recording route already counted (#counted), and drop the mark from the address', async () => {
    (await load({ hash: '#counted' })).recordView('xm.symptom', 'ja');
    becomeIdle();
    expect(sent).toEqual([]);
    expect(replaced).toEqual(['/ja/xm?a=xm']);
  });
});
