import { describe, expect, it } from 'vitest';
import { classifySpeed, clockIsOff, clockSkewMs, parseUserAgent, SLOW_PROBE_MS } from '@/lib/observe';

const UA = {
  edgeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91',
  chromeWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  firefoxMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.1; rv:121.0) Gecko/20100101 Firefox/121.0',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
  chromeIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1',
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36',
  samsungAndroid:
    'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36',
  safariMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15',
};

describe('user-agent parsing', () => {
  it.each([
    ['edgeWindows', 'edge', 'windows', false],
    ['chromeWindows', 'chrome', 'windows', false],
    ['firefoxMac', 'firefox', 'macos', false],
    ['safariIphone', 'safari', 'ios', true],
    ['chromeIphone', 'chrome', 'ios', true],
    ['chromeAndroid', 'chrome', 'android', true],
    ['samsungAndroid', 'samsung', 'android', true],
    ['safariMac', 'safari', 'macos', false],
  ] as const)('%s is %s on %s (mobile: %s)', (key, browser, os, mobile) => {
    expect(parseUserAgent(UA[key])).toEqual({ browser, os, mobile });
  });

  it('reads an unknown string as "other" without throwing', () => {
    expect(parseUserAgent('')).toEqual({ browser: 'other', os: 'other', mobile: false });
  });
});

describe('clock skew', () => {
  const serverNow = Date.parse('2026-11-21T12:00:00Z');
  const date = new Date(serverNow).toUTCString();

  it('is near zero when the device clock matches the server', () => {
    const skew = clockSkewMs({ serverDate: date, sentAt: serverNow + 400, receivedAt: serverNow + 600 })!;
    expect(Math.abs(skew)).toBeLessThan(1000);
    expect(clockIsOff(skew)).toBe(false);
  });

  it('is positive when the device is two minutes ahead, and too far for 2FA', () => {
    const skew = clockSkewMs({ serverDate: date, sentAt: serverNow + 120_000, receivedAt: serverNow + 120_200 })!;
    expect(skew).toBeGreaterThan(119_000);
    expect(clockIsOff(skew)).toBe(true);
  });

  it('is negative when the device is behind', () => {
    const skew = clockSkewMs({ serverDate: date, sentAt: serverNow - 45_000, receivedAt: serverNow - 44_800 })!;
    expect(skew).toBeLessThan(-44_000);
    expect(clockIsOff(skew)).toBe(true);
  });

  it.each([[29_000, false], [30_000, false], [31_000, true], [-31_000, true]])('a skew of %i ms is off: %s', (skew, off) => {
    expect(clockIsOff(skew)).toBe(off);
  });

  it.each([[null], ['not a date'], ['']])('cannot tell from a Date header of %j', (serverDate) => {
    expect(clockSkewMs({ serverDate, sentAt: 0, receivedAt: 0 })).toBeUndefined();
  });
});

describe('connection speed', () => {
  it.each([
    [200, undefined, 'fast'],
    [SLOW_PROBE_MS, undefined, 'fast'],
    [SLOW_PROBE_MS + 1, undefined, 'slow'],
    [100, '2g', 'slow'],
    [100, 'slow-2g', 'slow'],
    [100, '4g', 'fast'],
  ] as const)('a %i ms probe with effectiveType %s is %s', (probeMs, effectiveType, expected) => {
    expect(classifySpeed({ probeMs, effectiveType })).toBe(expected);
  });
});
