import { createHash, createHmac, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { createRateLimiter, type RateLimiterOptions } from './outcomes/rate-limit';

/**
 * Staff sign-in for the insights page (docs/decisions/011-flow-map-and-insights.md):
 * - the operator sets INSIGHTS_PASSWORD_HASH to a scrypt hash made by
 *   `npm run insights:hash-password` (format `scrypt$N$r$p$saltBase64$hashBase64`); the password
 *   itself is never stored;
 * - a correct password gets a session cookie: its expiry and an HMAC-SHA256 of it, keyed with
 *   INSIGHTS_SECRET, or when that is unset a key derived from the hash (a new password then ends
 *   every session);
 * - wrong passwords are counted per address in memory: five in ten minutes and that address must
 *   wait.
 */

export const SESSION_COOKIE = 'insights_session';
export const SESSION_SECONDS = 8 * 60 * 60;
const KEY_LENGTH = 32;

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** Costs of a new hash: N = 2^15 (≈ 32 MB, tens of ms per check). */
export const DEFAULT_SCRYPT: ScryptParams = { N: 32768, r: 8, p: 1 };

function scryptOf(password: string, salt: Buffer, { N, r, p }: ScryptParams, length: number): Buffer {
  return scryptSync(password.normalize('NFC'), salt, length, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
}

export function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT, salt: Buffer = randomBytes(16)): string {
  const hash = scryptOf(password, salt, params, KEY_LENGTH);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

interface ParsedHash extends ScryptParams {
  salt: Buffer;
  hash: Buffer;
}

/** The parts of a stored hash; undefined when it is not one `hashPassword` makes. */
export function parseHash(stored: string): ParsedHash | undefined {
  const parts = stored.trim().split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const isPowerOfTwo = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  if (!isPowerOfTwo || N > 2 ** 20 || !Number.isInteger(r) || r < 1 || r > 32 || !Number.isInteger(p) || p < 1 || p > 16) return undefined;
  const salt = Buffer.from(parts[4]!, 'base64');
  const hash = Buffer.from(parts[5]!, 'base64');
  if (salt.length < 8 || hash.length < 16) return undefined;
  return { N, r, p, salt, hash };
}

/** Whether `password` matches the stored hash (compared in constant time). */
export function verifyPassword(password: string, stored: string): boolean {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const candidate = scryptOf(password, parsed.salt, parsed, parsed.hash.length);
  return timingSafeEqual(candidate, parsed.hash);
}

/** The configuration from the environment: no usable hash → sign-in is off (the page says how to set one). */
export function insightsConfig(env: Readonly<Record<string, string | undefined>> = process.env): { passwordHash: string; sessionKey: Buffer } | undefined {
  const passwordHash = env.INSIGHTS_PASSWORD_HASH?.trim();
  if (!passwordHash || !parseHash(passwordHash)) return undefined;
  const secret = env.INSIGHTS_SECRET?.trim();
  const sessionKey = createHash('sha256')
    .update(secret ? `insights-secret:${secret}` : `insights-hash:${passwordHash}`)
    .digest();
  return { passwordHash, sessionKey };
}

const sign = (key: Buffer, expires: number) => createHmac('sha256', key).update(`insights-session:v1:${expires}`).digest('base64url');

/** A session token valid until `expires` (seconds since the epoch): `v1.<expires>.<hmac>`. */
export function createSession(key: Buffer, nowMs: number = Date.now(), seconds: number = SESSION_SECONDS): { token: string; expires: number } {
  const expires = Math.floor(nowMs / 1000) + seconds;
  return { token: `v1.${expires}.${sign(key, expires)}`, expires };
}

/** Whether a token is one this key signed and not yet expired. */
export function verifySession(token: string | undefined, key: Buffer, nowMs: number = Date.now()): boolean {
  if (!token) return false;
  const match = /^v1\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return false;
  const expires = Number(match[1]);
  if (expires * 1000 <= nowMs) return false;
  const expected = Buffer.from(sign(key, expires));
  const given = Buffer.from(match[2]!);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The Set-Cookie value of a session (Secure when the page was served over HTTPS). */
export function sessionCookie(token: string, { secure, maxAge = SESSION_SECONDS }: { secure: boolean; maxAge?: number }): string {
  return [`${SESSION_COOKIE}=${token}`, 'Path=/', `Max-Age=${maxAge}`, 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])].join('; ');
}

export function clearedSessionCookie({ secure }: { secure: boolean }): string {
  return sessionCookie('', { secure, maxAge: 0 });
}

/** Wrong passwords per address, in memory only: `limit` in `windowMs`, then wait. */
export interface FailureLimiter {
  blocked(key: string): boolean;
  fail(key: string): void;
  /** Seconds until `key` may try again. */
  retryAfter(key: string): number;
}

export function createFailureLimiter({ limit = 5, windowMs = 10 * 60_000, maxKeys, now }: Partial<RateLimiterOptions> = {}): FailureLimiter {
  const window = createRateLimiter({ limit, windowMs, maxKeys, now });
  return {
    blocked: (key) => window.blocked(key),
    fail: (key) => void window.hit(key),
    retryAfter: (key) => window.retryAfter(key),
  };
}
