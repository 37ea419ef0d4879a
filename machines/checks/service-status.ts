import { assign, fromPromise, setup } from 'xstate';
import { isStatusReport, type StatusReport } from '@/lib/status/report';
import { connectivity } from './connectivity';
import type { CheckEnvironment, ConnectivityEvent } from './environment';

/**
 * The service-status check: asks this site (`/api/status/bitmex`, never the status page itself)
 * what the service's status page says.
 *
 *   starting ─┬─ browser says offline ─▶ offline
 *             └───────────────────────▶ checking ─┬─ a known status (fresh or stale) ─▶ reported ─(5 min)─▶ checking
 *                                                 ├─ "unknown" from the server ───────▶ unavailable ─(1 min)─▶ checking
 *                                                 ├─ error, or an answer of the wrong shape ─▶ unavailable
 *                                                 └─ no answer in 8 s ─────────────────▶ unavailable (timeout)
 *   any state ── browser.offline ──▶ offline       any state ── browser.online ──▶ checking
 *
 * The last report is kept while a new check runs, so the page does not flicker. The server gives
 * the source 3 s, so 8 s here is its answer plus a slow phone line. Leaving the step stops the
 * actor, which aborts the request.
 */

export interface StatusInput {
  env: CheckEnvironment;
  /** This site's status route, e.g. `/api/status/bitmex`. */
  url: string;
}

export interface StatusContext extends StatusInput {
  report?: StatusReport;
  /** When the report arrived, by the device's clock (for writing its times: today or with a date). */
  receivedAt?: number;
  /** Why the last check gave no status. */
  problem?: 'timeout' | 'failed';
}

export const STATUS_CLIENT_TIMEOUT_MS = 8_000;
export const STATUS_REFRESH_MS = 5 * 60_000;
export const STATUS_RETRY_MS = 60_000;

export const requestStatus = fromPromise<StatusReport, StatusInput>(async ({ input, signal }) => {
  const response = await input.env.fetch(input.url, { cache: 'no-store', credentials: 'omit', headers: { accept: 'application/json' }, signal });
  if (!response.ok) throw new Error(`status route answered ${response.status}`);
  const body: unknown = await response.json();
  if (!isStatusReport(body)) throw new Error('status route answered an unexpected shape');
  return body;
});

export const serviceStatusMachine = setup({
  types: {
    context: {} as StatusContext,
    input: {} as StatusInput,
    events: {} as ConnectivityEvent,
  },
  actors: { requestStatus, connectivity },
  guards: {
    browserOffline: ({ context }) => !context.env.isOnline(),
    known: (_, report: StatusReport) => report.indicator !== 'unknown',
  },
  actions: {
    keepReport: assign(({ context }, report: StatusReport) => ({ report, receivedAt: context.env.now(), problem: undefined })),
  },
  delays: {
    statusTimeout: STATUS_CLIENT_TIMEOUT_MS,
    refresh: STATUS_REFRESH_MS,
    retry: STATUS_RETRY_MS,
  },
}).createMachine({
  id: 'serviceStatus',
  context: ({ input }) => ({ ...input }),
  invoke: { src: 'connectivity', input: ({ context }) => context.env },
  initial: 'starting',
  on: {
    'browser.offline': { target: '.offline' },
    'browser.online': { target: '.checking' },
  },
  states: {
    starting: {
      always: [{ guard: 'browserOffline', target: 'offline' }, { target: 'checking' }],
    },
    checking: {
      invoke: {
        src: 'requestStatus',
        input: ({ context }) => ({ env: context.env, url: context.url }),
        onDone: [
          {
            guard: { type: 'known', params: ({ event }) => event.output },
            target: 'reported',
            actions: { type: 'keepReport', params: ({ event }) => event.output },
          },
          { target: 'unavailable', actions: { type: 'keepReport', params: ({ event }) => event.output } },
        ],
        onError: { target: 'unavailable', actions: assign({ problem: 'failed' }) },
      },
      after: { statusTimeout: { target: 'unavailable', actions: assign({ problem: 'timeout' }) } },
    },
    reported: {
      after: { refresh: 'checking' },
    },
    unavailable: {
      after: { retry: 'checking' },
    },
    offline: {},
  },
});
