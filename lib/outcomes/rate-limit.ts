import type { Env } from './store';
/**
 * How many requests one address may send to the outcomes endpoint (a sliding window of the last
 * minute) or wrong passwords to the insights sign-in (lib/insights-auth.ts: ten minutes), kept in
 * this process's memory only (addresses are never stored or logged). Each instance counts for
 * itself, so behind N instances an address may send up to N × the limit.
 */
export interface RateLimiter {
  /** Counts a request from `key`; false when it is over the limit (the request is not counted). */
  hit(key: string): boolean;
  /** Whether a request from `key` would be refused now (nothing is counted). */
  blocked(key: string): boolean;
  /** Seconds until `key` may send again (at least 1). */
  retryAfter(key: string): number;
  /** Addresses currently remembered (for tests: entries are forgotten once their window passed). */
  readonly size: number;
}

export interface RateLimiterOptions {
  /** Requests per window; 0 or less: no limit. */
  limit: number;
  windowMs?: number;
  /** Remember at most this many addresses; past it, those with no recent request are forgotten. */
  maxKeys?: number;
  now?: () => number;
}

export function createRateLimiter({ limit, windowMs = 60_000, maxKeys = 10_000, now = Date.now }: RateLimiterOptions): RateLimiter {
  const hits = new Map<string, number[]>();

  const recent = (key: string, at: number): number[] => {
    const times = hits.get(key);
    if (!times) return [];
    let first = 0;
    while (first < times.length && times[first]! <= at - windowMs) first++;
    if (first > 0) times.splice(0, first);
    if (times.length === 0) hits.delete(key);
    return times;
  };

  const forgetIdle = (at: number) => {
    for (const key of [...hits.keys()]) recent(key, at);
  };

  return {
    hit(key) {
      if (limit <= 0) return true;
      const at = now();
      const times = recent(key, at);
      if (times.length >= limit) return false;
      if (times.length === 0) {
        if (hits.size >= maxKeys) forgetIdle(at);
        hits.set(key, times);
      }
      times.push(at);
      return true;
    },
    blocked(key) {
      return limit > 0 && recent(key, now()).length >= limit;
    },
    retryAfter(key) {
      const times = hits.get(key);
      if (!times?.length) return 1;
      return Math.max(1, Math.ceil((times[0]! + windowMs - now()) / 1000));
    },
    get size() {
      forgetIdle(now());
      return hits.size;
    },
  };
}

/** The limit from OUTCOMES_RATE_LIMIT (requests per minute per address; 0 = none; default 120). */
export function rateLimitFromEnv(env: Env = process.env): number {
  const raw = env.OUTCOMES_RATE_LIMIT?.trim();
  if (!raw) return 120;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? Math.floor(value) : 120;
}

/**
 * The address a request came from: the last entry of X-Forwarded-For, which is the one the
 * nearest proxy wrote (nginx appends the peer's address; `next start` sets it to the peer when no
 * proxy sent one). Used as a key in memory only.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).at(-1);
  return last || 'unknown';
}
