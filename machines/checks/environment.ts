/**
 * What the check machines need from the browser, passed in as input so that tests can drive them
 * with a fake clock and a fake fetch (tests/unit/check-machines.test.ts), and the machines stay
 * free of `window`.
 */
export interface CheckEnvironment {
  fetch: typeof fetch;
  /** `navigator.onLine`. */
  isOnline: () => boolean;
  /** Wall-clock time in ms (`Date.now`); in tests, the simulated clock's. */
  now: () => number;
  /** A monotonic timer in ms (`performance.now`), for durations. */
  elapsed: () => number;
  /** Calls back on the browser's `online` / `offline` events; returns the unsubscribe. */
  onConnectivity: (listener: (online: boolean) => void) => () => void;
}

export type ConnectivityEvent = { type: 'browser.online' } | { type: 'browser.offline' };
