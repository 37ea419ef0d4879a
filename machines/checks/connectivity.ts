import { fromCallback } from 'xstate';
import type { CheckEnvironment, ConnectivityEvent } from './environment';

/** Turns the browser's `online` / `offline` events into events of the machine that invokes it. */
export const connectivity = fromCallback<ConnectivityEvent, CheckEnvironment>(({ input, sendBack }) =>
  input.onConnectivity((online) => sendBack({ type: online ? 'browser.online' : 'browser.offline' })),
);
