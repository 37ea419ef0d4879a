import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import {
  clearedSessionCookie,
  createFailureLimiter,
  createSession,
  hashPassword,
  insightsConfig,
  parseHash,
  sessionCookie,
  verifyPassword,
  verifySession,
} from '@/lib/insights-auth';

const cheap = { N: 1024, r: 8, p: 1 };

describe('the staff password', () => {
  const stored = hashPassword('correct horse battery', cheap);

  test('is stored as scrypt$N$r$p$salt$hash, never as itself', () => {
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(stored).not.toContain('correct');
  });

  test.each([
    { password: 'correct horse battery', ok: true },
    { password: 'correct horse batter', ok: false },
    { password: '', ok: false },
    { password: 'Correct horse battery', ok: false },
  ])('$password → $ok', ({ password, ok }) => {
    expect(verifyPassword(password, stored)).toBe(ok);
  });

  test('two hashes of one password differ (a random salt), and both verify', () => {
    const again = hashPassword('correct horse battery', cheap);
    expect(again).not.toBe(stored);
    expect(verifyPassword('correct horse battery', again)).toBe(true);
  });

  test.each(['', 'plain', 'scrypt$1000$8$1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==', 'bcrypt$16384$8$1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==', 'scrypt$16384$8$1$$'])(
    '%j is no hash: nothing verifies against it, and sign-in stays off',
    (bad) => {
      expect(parseHash(bad)).toBeUndefined();
      expect(verifyPassword('anything', bad)).toBe(false);
      expect(insightsConfig({ INSIGHTS_PASSWORD_HASH: bad })).toBeUndefined();
    },
  );

  test('npm run insights:hash-password prints a hash that verifies the password it was given', () => {
    const printed = execFileSync('node', ['scripts/insights-hash-password.mjs'], { input: 'a staff password\n', encoding: 'utf8' }).trim();
    expect(parseHash(printed)).toBeDefined();
    expect(verifyPassword('a staff password', printed)).toBe(true);
    expect(verifyPassword('another password', printed)).toBe(false);
  });
});

describe('the session cookie', () => {
  const config = insightsConfig({ INSIGHTS_PASSWORD_HASH: hashPassword('correct horse battery', cheap) })!;
  const now = Date.parse('2026-12-03T08:00:00Z');

  test('a session this key signed is valid until it expires (8 hours)', () => {
    const { token } = createSession(config.sessionKey, now);
    expect(verifySession(token, config.sessionKey, now)).toBe(true);
    expect(verifySession(token, config.sessionKey, now + 8 * 3600_000 - 1000)).toBe(true);
    expect(verifySession(token, config.sessionKey, now + 8 * 3600_000)).toBe(false);
  });

  test('a forged, altered or foreign session is refused', () => {
    const { token, expires } = createSession(config.sessionKey, now);
    const other = insightsConfig({ INSIGHTS_PASSWORD_HASH: hashPassword('another password!', cheap) })!;
    expect(verifySession(undefined, config.sessionKey, now)).toBe(false);
    expect(verifySession('', config.sessionKey, now)).toBe(false);
    expect(verifySession('v1.99999999999.forged', config.sessionKey, now)).toBe(false);
    expect(verifySession(token.replace(String(expires), String(expires + 3600)), config.sessionKey, now)).toBe(false);
    expect(verifySession(token, other.sessionKey, now)).toBe(false);
  });

  test('INSIGHTS_SECRET, when set, is the signing key; otherwise a new password ends every session', () => {
    const hash = hashPassword('correct horse battery', cheap);
    const withSecret = insightsConfig({ INSIGHTS_PASSWORD_HASH: hash, INSIGHTS_SECRET: 's3cret' })!;
    const { token } = createSession(withSecret.sessionKey, now);
    expect(verifySession(token, insightsConfig({ INSIGHTS_PASSWORD_HASH: hashPassword('new password!!', cheap), INSIGHTS_SECRET: 's3cret' })!.sessionKey, now)).toBe(true);
    expect(verifySession(token, insightsConfig({ INSIGHTS_PASSWORD_HASH: hash })!.sessionKey, now)).toBe(false);
  });

  test('is HttpOnly, SameSite=Strict, for the whole site, Secure over HTTPS only', () => {
    expect(sessionCookie('v1.1.x', { secure: false })).toBe('insights_session=v1.1.x; Path=/; Max-Age=28800; HttpOnly; SameSite=Strict');
    expect(sessionCookie('v1.1.x', { secure: true })).toMatch(/; Secure$/);
    expect(clearedSessionCookie({ secure: false })).toContain('Max-Age=0');
  });
});

describe('wrong passwords per address', () => {
  test('five in ten minutes block that address only, until the first of them is ten minutes old', () => {
    let clock = 0;
    const limiter = createFailureLimiter({ now: () => clock });
    for (let i = 0; i < 4; i++) {
      limiter.fail('a');
      clock += 1000;
    }
    expect(limiter.blocked('a')).toBe(false);
    limiter.fail('a');
    expect(limiter.blocked('a')).toBe(true);
    expect(limiter.blocked('b')).toBe(false);
    expect(limiter.retryAfter('a')).toBe(600 - 4);
    clock = 600_000;
    expect(limiter.blocked('a')).toBe(false);
  });
});
