import { assign, fromPromise, setup } from 'xstate';
import { PROBE_PATH, PROBE_TIMEOUT_MS } from '@/lib/observe';
import { connectivity } from './connectivity';
import type { CheckEnvironment, ConnectivityEvent } from './environment';

/**
 * The connection check (and the speed and clock checks that read its result): one small request
 * to this site's `/probe.bin`.
 *
 *   starting ─┬─ browser says offline ──────────────▶ offline
 *             └────────────────────────────────────▶ checking ─┬─ answered 2xx ─────▶ online
 *                                                              ├─ answered non-2xx ──▶ probeFailed
 *                                                              ├─ network error ─────▶ probeFailed
 *                                                              └─ no answer in 8 s ──▶ probeFailed (timedOut)
 *   any state ── browser.offline ──▶ offline       any state ── browser.online ──▶ checking
 *
 * Leaving `checking` (going offline, or the step being left, which stops the actor) aborts the
 * request. Nothing is sent but the request itself; nothing is stored.
 */

export interface ProbeResult {
  ok: boolean;
  /** How long the request took, headers and body (ms). */
  ms: number;
  /** The server's `Date` header, for the clock check. */
  serverDate: string | null;
  sentAt: number;
  receivedAt: number;
}

export interface ProbeContext {
  env: CheckEnvironment;
  result?: ProbeResult;
  timedOut: boolean;
}

export const requestProbe = fromPromise<ProbeResult, CheckEnvironment>(async ({ input: env, signal }) => {
  const sentAt = env.now();
  const started = env.elapsed();
  const response = await env.fetch(`${PROBE_PATH}?t=${sentAt}`, { cache: 'no-store', credentials: 'omit', signal });
  await response.arrayBuffer();
  return { ok: response.ok, ms: env.elapsed() - started, serverDate: response.headers.get('date'), sentAt, receivedAt: env.now() };
});

export const probeMachine = setup({
  types: {
    context: {} as ProbeContext,
    input: {} as CheckEnvironment,
    events: {} as ConnectivityEvent,
  },
  actors: { requestProbe, connectivity },
  guards: {
    browserOffline: ({ context }) => !context.env.isOnline(),
    answeredOk: (_, result: ProbeResult) => result.ok,
  },
  actions: {
    forget: assign({ result: undefined, timedOut: false }),
  },
  delays: { probeTimeout: PROBE_TIMEOUT_MS },
}).createMachine({
  id: 'probe',
  context: ({ input }) => ({ env: input, timedOut: false }),
  invoke: { src: 'connectivity', input: ({ context }) => context.env },
  initial: 'starting',
  on: {
    'browser.offline': { target: '.offline', actions: 'forget' },
    'browser.online': { target: '.checking', actions: 'forget' },
  },
  states: {
    starting: {
      always: [{ guard: 'browserOffline', target: 'offline' }, { target: 'checking' }],
    },
    checking: {
      invoke: {
        src: 'requestProbe',
        input: ({ context }) => context.env,
        onDone: [
          { guard: { type: 'answeredOk', params: ({ event }) => event.output }, target: 'online', actions: assign({ result: ({ event }) => event.output }) },
          { target: 'probeFailed', actions: assign({ result: ({ event }) => event.output }) },
        ],
        onError: { target: 'probeFailed' },
      },
      after: { probeTimeout: { target: 'probeFailed', actions: assign({ timedOut: true }) } },
    },
    online: {},
    offline: {},
    probeFailed: {},
  },
});
