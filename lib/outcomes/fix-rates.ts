import { FIX_RATE_DAYS, type FixRate } from './fix-rate-text';
import { flowVersion } from './flow-version';
import { getStore, type OutcomeStore } from './store';

/**
 * The fix rate of every remedy, read from the outcomes in one query and kept in memory, so that a
 * remedy page costs no database round trip (decision 006). At a remedy: of the answers "fixed" and
 * "not fixed" in the last 90 days for the current flow version, how many said "fixed".
 *
 * - Kept `OUTCOMES_RATE_TTL_MS` ms (default 60 000; 0 reads on every page, for tests).
 * - A page waits at most `OUTCOMES_RATE_TIMEOUT_MS` ms (default 300) for a read; after that, or
 *   when the database fails, it shows no rate (the read goes on and fills the memory for the next
 *   page; a failure is remembered for at most 10 s, so a database that is down does not slow
 *   every page).
 * - With `OUTCOMES=off` the database is not opened and no rate is shown.
 */
export type FixRates = ReadonlyMap<string, FixRate>;

const FIX_RATES_SQL = `
  select step, count(*) filter (where answer = 'fixed') as fixed, count(*) as answered
  from outcome_events
  where flow_version = $1 and kind = 'answer' and answer in ('fixed', 'notFixed') and received_at >= $2::timestamptz
  group by step`;

export async function readFixRates(store: Pick<OutcomeStore, 'query'>, version: string = flowVersion, now: Date = new Date()): Promise<FixRates> {
  const since = new Date(now.getTime() - FIX_RATE_DAYS * 24 * 60 * 60 * 1000);
  const rows = await store.query<{ step: string; fixed: number; answered: number }>(FIX_RATES_SQL, [version, since.toISOString()]);
  return new Map(rows.map((r) => [r.step, { fixed: Number(r.fixed), answered: Number(r.answered) }]));
}

const FAILURE_MEMORY_MS = 10_000;

function setting(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return process.env[name] !== undefined && process.env[name] !== '' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

interface Memory {
  rates?: FixRates;
  /** When `rates` stops being used. */
  until: number;
  pending?: Promise<FixRates>;
}

const MEMORY_KEY = Symbol.for('login-help.outcomes.fix-rates');
const memory = ((globalThis as { [MEMORY_KEY]?: Memory })[MEMORY_KEY] ??= { until: 0 });

function refresh(): Promise<FixRates> {
  memory.pending ??= getStore()
    .then((store) => readFixRates(store))
    .then(
      (rates) => {
        memory.rates = rates;
        memory.until = Date.now() + setting('OUTCOMES_RATE_TTL_MS', 60_000);
        return rates;
      },
      () => {
        const empty: FixRates = new Map();
        memory.rates = empty;
        memory.until = Date.now() + Math.min(setting('OUTCOMES_RATE_TTL_MS', 60_000), FAILURE_MEMORY_MS);
        return empty;
      },
    )
    .finally(() => {
      memory.pending = undefined;
    });
  return memory.pending;
}

/** The fix rate of one remedy, or undefined (none recorded, recording off, database slow or down). */
export async function fixRateOf(step: string): Promise<FixRate | undefined> {
  if (process.env.OUTCOMES === 'off') return undefined;
  if (memory.rates && Date.now() < memory.until) return memory.rates.get(step);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), setting('OUTCOMES_RATE_TIMEOUT_MS', 300));
  });
  const rates = await Promise.race([refresh(), timeout]);
  clearTimeout(timer);
  return rates?.get(step);
}
