import { assign, setup } from 'xstate';
import { fxWeek, nextFxChange, type FxWeek } from '@/lib/fx-weekend';

/**
 * XM's clock: is it the FX weekend closure now (and so the time XM usually runs maintenance)?
 * Read from the device's clock, in Japan time, summer and winter time handled (lib/fx-weekend.ts).
 *
 *   reading ─┬─ inside the closure ─▶ closed ─┐
 *            └─ otherwise ──────────▶ open ───┴─ next minute, or the moment the market opens or
 *                                                closes if sooner ─▶ reading
 *
 * Re-read every minute so the time shown stays current and the answer changes on time, also after
 * the phone slept. An observation only: it never answers a question for the user.
 */

export interface MarketHoursContext {
  now: () => number;
  at: number;
  week: FxWeek;
}

const MINUTE = 60_000;

export const marketHoursMachine = setup({
  types: {
    context: {} as MarketHoursContext,
    input: {} as { now: () => number },
  },
  guards: {
    closed: ({ context }) => context.week.closed,
  },
  actions: {
    read: assign(({ context }) => {
      const at = context.now();
      return { at, week: fxWeek(at) };
    }),
  },
  delays: {
    nextRead: ({ context }) => {
      const toNextMinute = MINUTE - (context.at % MINUTE);
      return Math.max(1, Math.min(toNextMinute, nextFxChange(context.at) - context.at));
    },
  },
}).createMachine({
  id: 'marketHours',
  context: ({ input }) => {
    const at = input.now();
    return { now: input.now, at, week: fxWeek(at) };
  },
  initial: 'reading',
  states: {
    reading: {
      entry: 'read',
      always: [{ guard: 'closed', target: 'closed' }, { target: 'open' }],
    },
    open: { after: { nextRead: 'reading' } },
    closed: { after: { nextRead: 'reading' } },
  },
});
