import { describe, expect, it } from 'vitest';
import { clientAddress, createRateLimiter, rateLimitFromEnv } from '@/lib/outcomes/rate-limit';

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('the outcomes rate limiter', () => {
  it('lets an address send the limit within a minute and refuses the next request', () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 3, now: time.now });
    expect([limiter.hit('a'), limiter.hit('a'), limiter.hit('a'), limiter.hit('a')]).toEqual([true, true, true, false]);
  });

  it('says whether an address is over the limit without counting the question', () => {
    const limiter = createRateLimiter({ limit: 2 });
    limiter.hit('a');
    expect([limiter.blocked('a'), limiter.blocked('a'), limiter.hit('a'), limiter.blocked('a'), limiter.blocked('b')]).toEqual([false, false, true, true, false]);
  });

  it('counts each address on its own', () => {
    const limiter = createRateLimiter({ limit: 1 });
    expect([limiter.hit('a'), limiter.hit('b'), limiter.hit('a')]).toEqual([true, true, false]);
  });

  it('slides: a request is allowed again once the oldest one is a minute old, and says when', () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 2, now: time.now });
    limiter.hit('a');
    time.advance(30_000);
    limiter.hit('a');
    expect(limiter.hit('a')).toBe(false);
    expect(limiter.retryAfter('a')).toBe(30);
    time.advance(30_001);
    expect(limiter.hit('a')).toBe(true);
    expect(limiter.hit('a')).toBe(false);
  });

  it('forgets addresses whose window has passed', () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 5, now: time.now });
    limiter.hit('a');
    limiter.hit('b');
    expect(limiter.size).toBe(2);
    time.advance(60_001);
    expect(limiter.size).toBe(0);
  });

  it('has no limit at 0', () => {
    const limiter = createRateLimiter({ limit: 0 });
    expect(Array.from({ length: 1000 }, () => limiter.hit('a')).every(Boolean)).toBe(true);
  });

  it('reads OUTCOMES_RATE_LIMIT (default 120 a minute; 0 = off; nonsense = default)', () => {
    expect(rateLimitFromEnv({})).toBe(120);
    expect(rateLimitFromEnv({ OUTCOMES_RATE_LIMIT: '0' })).toBe(0);
    expect(rateLimitFromEnv({ OUTCOMES_RATE_LIMIT: '30' })).toBe(30);
    expect(rateLimitFromEnv({ OUTCOMES_RATE_LIMIT: 'lots' })).toBe(120);
  });

  it('keys on the address the nearest proxy wrote: the last X-Forwarded-For entry', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.9, 10.0.0.2' }))).toBe('10.0.0.2');
    expect(clientAddress(new Headers({ 'x-forwarded-for': '127.0.0.1' }))).toBe('127.0.0.1');
    expect(clientAddress(new Headers())).toBe('unknown');
  });
});
