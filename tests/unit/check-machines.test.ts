import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, type AnyActorLogic } from 'xstate';
import { PROBE_TIMEOUT_MS } from '@/lib/observe';
import type { StatusReport } from '@/lib/status/report';
import type { CheckEnvironment } from '@/machines/checks/environment';
import { marketHoursMachine } from '@/machines/checks/market-hours';
import { probeMachine } from '@/machines/checks/probe';
import { serviceStatusMachine, STATUS_CLIENT_TIMEOUT_MS, STATUS_REFRESH_MS, STATUS_RETRY_MS } from '@/machines/checks/service-status';

/** Lets settled promises (the fake fetch's answers) reach the machine. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

interface Call {
  url: string;
  signal: AbortSignal;
  answer: (response: Response) => void;
  fail: (error: Error) => void;
}

/**
 * A browser for the machines: a simulated clock, a fetch whose every call waits for the test to
 * answer it, and online/offline events the test fires.
 */
function fakeBrowser({ online = true } = {}) {
  const clock = new SimulatedClock();
  clock.set(Date.parse('2026-12-02T05:07:00Z'));
  const calls: Call[] = [];
  const listeners = new Set<(online: boolean) => void>();
  const state = { online };
  const env: CheckEnvironment = {
    fetch: ((url: string, init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        const signal = init!.signal!;
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        calls.push({ url: String(url), signal, answer: resolve, fail: reject });
      })) as typeof fetch,
    isOnline: () => state.online,
    now: () => clock.now(),
    elapsed: () => clock.now(),
    onConnectivity: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const setOnline = (value: boolean) => {
    state.online = value;
    for (const listener of listeners) listener(value);
  };
  return { clock, calls, env, setOnline, listeners };
}

const start = <T extends AnyActorLogic>(logic: T, input: unknown, clock: SimulatedClock) => createActor(logic, { input, clock } as never).start();

describe('the connection probe', () => {
  it('starts offline, without a request, when the browser says it is offline', () => {
    const browser = fakeBrowser({ online: false });
    const actor = start(probeMachine, browser.env, browser.clock);
    expect(actor.getSnapshot().value).toBe('offline');
    expect(browser.calls).toHaveLength(0);
  });

  it('is checking until the probe answers, then online with the timing and the server date', async () => {
    const browser = fakeBrowser();
    const actor = start(probeMachine, browser.env, browser.clock);
    expect(actor.getSnapshot().value).toBe('checking');
    expect(browser.calls[0]!.url).toMatch(/^\/probe\.bin\?t=\d+$/);

    browser.clock.increment(120);
    browser.calls[0]!.answer(new Response(new Uint8Array(16), { status: 200, headers: { date: 'Wed, 02 Dec 2026 05:07:00 GMT' } }));
    await settle();

    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('online');
    expect(snapshot.context.result).toMatchObject({ ok: true, ms: 120, serverDate: 'Wed, 02 Dec 2026 05:07:00 GMT' });
  });

  it('is probeFailed when this site answers with an error', async () => {
    const browser = fakeBrowser();
    const actor = start(probeMachine, browser.env, browser.clock);
    browser.calls[0]!.answer(new Response('', { status: 503 }));
    await settle();
    expect(actor.getSnapshot().value).toBe('probeFailed');
    expect(actor.getSnapshot().context.result?.ok).toBe(false);
  });

  it('is probeFailed when the request fails', async () => {
    const browser = fakeBrowser();
    const actor = start(probeMachine, browser.env, browser.clock);
    browser.calls[0]!.fail(new TypeError('Failed to fetch'));
    await settle();
    expect(actor.getSnapshot().value).toBe('probeFailed');
  });

  it('gives up after its timeout and aborts the request', () => {
    const browser = fakeBrowser();
    const actor = start(probeMachine, browser.env, browser.clock);
    browser.clock.increment(PROBE_TIMEOUT_MS - 1);
    expect(actor.getSnapshot().value).toBe('checking');

    browser.clock.increment(1);

    expect(actor.getSnapshot().value).toBe('probeFailed');
    expect(actor.getSnapshot().context.timedOut).toBe(true);
    expect(browser.calls[0]!.signal.aborted).toBe(true);
  });

  it('goes offline when the browser does, aborting a probe in flight', () => {
    const browser = fakeBrowser();
    const actor = start(probeMachine, browser.env, browser.clock);
    browser.setOnline(false);
    expect(actor.getSnapshot().value).toBe('offline');
    expect(browser.calls[0]!.signal.aborted).toBe(true);
  });

  it('checks again when the browser comes back online', async () => {
    const browser = fakeBrowser({ online: false });
    const actor = start(probeMachine, browser.env, browser.clock);
    browser.setOnline(true);
    expect(actor.getSnapshot().value).toBe('checking');
    browser.calls[0]!.answer(new Response('', { status: 200 }));
    await settle();
    expect(actor.getSnapshot().value).toBe('online');
  });

  it('aborts the request and stops listening when the step is left', () => {
    const browser = fakeBrowser();
    const actor = start(probeMachine, browser.env, browser.clock);
    actor.stop();
    expect(browser.calls[0]!.signal.aborted).toBe(true);
    expect(browser.listeners.size).toBe(0);
  });
});

const report = (patch: Partial<StatusReport> = {}): StatusReport => ({
  indicator: 'none',
  stale: false,
  checkedAt: '2026-12-02T05:07:00.000Z',
  ageSeconds: 0,
  pageUrl: 'https://status.bitmex.com',
  components: [],
  incidents: [],
  maintenances: [],
  ...patch,
});
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the service-status check', () => {
  const input = (env: CheckEnvironment) => ({ env, url: '/api/status/bitmex' });

  it('asks only this site, and reports what the server read', async () => {
    const browser = fakeBrowser();
    const actor = start(serviceStatusMachine, input(browser.env), browser.clock);
    expect(actor.getSnapshot().value).toBe('checking');
    expect(browser.calls[0]!.url).toBe('/api/status/bitmex');

    browser.calls[0]!.answer(json(report({ indicator: 'major' })));
    await settle();

    expect(actor.getSnapshot().value).toBe('reported');
    expect(actor.getSnapshot().context.report?.indicator).toBe('major');
  });

  it('reports a stale reading as a status, with its age', async () => {
    const browser = fakeBrowser();
    const actor = start(serviceStatusMachine, input(browser.env), browser.clock);
    browser.calls[0]!.answer(json(report({ stale: true, ageSeconds: 420, problem: 'timeout' })));
    await settle();
    expect(actor.getSnapshot().value).toBe('reported');
    expect(actor.getSnapshot().context.report).toMatchObject({ stale: true, ageSeconds: 420 });
  });

  it('is unavailable when the server could not read the status page', async () => {
    const browser = fakeBrowser();
    const actor = start(serviceStatusMachine, input(browser.env), browser.clock);
    browser.calls[0]!.answer(json(report({ indicator: 'unknown', checkedAt: undefined, ageSeconds: undefined, problem: 'http' })));
    await settle();
    expect(actor.getSnapshot().value).toBe('unavailable');
    expect(actor.getSnapshot().context.report?.indicator).toBe('unknown');
  });

  it.each([
    ['an error status', () => json({ error: 'x' }, 500)],
    ['an answer of the wrong shape', () => json({ indicator: 'green' })],
    ['a body that is not JSON', () => new Response('<html>', { status: 200 })],
  ])('is unavailable on %s', async (_name, response) => {
    const browser = fakeBrowser();
    const actor = start(serviceStatusMachine, input(browser.env), browser.clock);
    browser.calls[0]!.answer(response());
    await settle();
    expect(actor.getSnapshot().value).toBe('unavailable');
    expect(actor.getSnapshot().context.problem).toBe('failed');
  });

  it('gives up after its timeout, aborting the request', () => {
    const browser = fakeBrowser();
    const actor = start(serviceStatusMachine, input(browser.env), browser.clock);
    browser.clock.increment(STATUS_CLIENT_TIMEOUT_MS);
    expect(actor.getSnapshot().value).toBe('unavailable');
    expect(actor.getSnapshot().context.problem).toBe('timeout');
    expect(browser.calls[0]!.signal.aborted).toBe(true);
  });

  it('checks again after a while, keeping the last report meanwhile', async () => {
    const browser = fakeBrowser();
    const actor = start(serviceStatusMachine, input(browser.env), browser.clock);
    browser.calls[0]!.answer(json(report({ indicator: 'minor' })));
    await settle();

    browser.clock.increment(STATUS_REFRESH_MS);

    expect(actor.getSnapshot().value).toBe('checking');
    expect(actor.getSnapshot().context.report?.indicator).toBe('minor');
    expect(browser.calls).toHaveLength(2);
  });

  it('retries a minute after it could not check', async () => {
    const browser = fakeBrowser();
    const actor = start(serviceStatusMachine, input(browser.env), browser.clock);
    browser.calls[0]!.fail(new TypeError('Failed to fetch'));
    await settle();
    browser.clock.increment(STATUS_RETRY_MS);
    expect(actor.getSnapshot().value).toBe('checking');
  });

  it('is offline without a request while the browser is offline, and checks when it is back', () => {
    const browser = fakeBrowser({ online: false });
    const actor = start(serviceStatusMachine, input(browser.env), browser.clock);
    expect(actor.getSnapshot().value).toBe('offline');
    expect(browser.calls).toHaveLength(0);

    browser.setOnline(true);

    expect(actor.getSnapshot().value).toBe('checking');
    expect(browser.calls).toHaveLength(1);
  });

  it('goes offline when the browser does, aborting the request', () => {
    const browser = fakeBrowser();
    const actor = start(serviceStatusMachine, input(browser.env), browser.clock);
    browser.setOnline(false);
    expect(actor.getSnapshot().value).toBe('offline');
    expect(browser.calls[0]!.signal.aborted).toBe(true);
  });

  it('aborts the request when the step is left', () => {
    const browser = fakeBrowser();
    const actor = start(serviceStatusMachine, input(browser.env), browser.clock);
    actor.stop();
    expect(browser.calls[0]!.signal.aborted).toBe(true);
    expect(browser.listeners.size).toBe(0);
  });
});

describe("XM's clock (the FX weekend closure)", () => {
  const at = (iso: string) => {
    const clock = new SimulatedClock();
    clock.set(Date.parse(iso));
    return clock;
  };

  it('is open on a weekday, and closes on time on Saturday morning in Japan (winter)', () => {
    const clock = at('2026-01-10T06:58:30+09:00');
    const actor = start(marketHoursMachine, { now: () => clock.now() }, clock);
    expect(actor.getSnapshot().value).toBe('open');

    clock.increment(30_000);
    expect(actor.getSnapshot().value).toBe('open');
    clock.increment(60_000);

    expect(actor.getSnapshot().value).toBe('closed');
    expect(actor.getSnapshot().context.week.opensAt).toBe(Date.parse('2026-01-12T07:00:00+09:00'));
  });

  it('is closed at the weekend, and opens on time on Monday morning in Japan (summer)', () => {
    const clock = at('2026-07-13T05:59:00+09:00');
    const actor = start(marketHoursMachine, { now: () => clock.now() }, clock);
    expect(actor.getSnapshot().value).toBe('closed');
    expect(actor.getSnapshot().context.week.summerTime).toBe(true);

    clock.increment(60_000);

    expect(actor.getSnapshot().value).toBe('open');
  });

  it('keeps the time it shows current, minute by minute', () => {
    const clock = at('2026-01-14T12:00:10+09:00');
    const actor = start(marketHoursMachine, { now: () => clock.now() }, clock);
    clock.increment(50_000);
    expect(actor.getSnapshot().context.at).toBe(Date.parse('2026-01-14T12:01:00+09:00'));
  });
});
