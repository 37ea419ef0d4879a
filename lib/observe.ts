/**
 * Pure parts of the browser's own observations (see app/_components/wizard/client/observations.tsx).
 * Nothing here, or there, leaves the browser.
 */

export type BrowserName = 'edge' | 'chrome' | 'firefox' | 'safari' | 'samsung' | 'opera' | 'other';
export type OsName = 'windows' | 'macos' | 'ios' | 'android' | 'linux' | 'other';

export interface UserAgentInfo {
  browser: BrowserName;
  os: OsName;
  /** A phone or tablet (for which browsers to suggest). */
  mobile: boolean;
}

/** Reads browser and OS from a user-agent string. Order matters: Edge and Opera also say "Chrome". */
export function parseUserAgent(ua: string): UserAgentInfo {
  const os: OsName = /iPhone|iPad|iPod/.test(ua)
    ? 'ios'
    : /Android/.test(ua)
      ? 'android'
      : /Windows/.test(ua)
        ? 'windows'
        : /Macintosh|Mac OS X/.test(ua)
          ? 'macos'
          : /Linux|X11|CrOS/.test(ua)
            ? 'linux'
            : 'other';
  const browser: BrowserName = /Edg(e|A|iOS)?\//.test(ua)
    ? 'edge'
    : /OPR\/|Opera/.test(ua)
      ? 'opera'
      : /SamsungBrowser\//.test(ua)
        ? 'samsung'
        : /Firefox\/|FxiOS\//.test(ua)
          ? 'firefox'
          : /Chrome\/|CriOS\//.test(ua)
            ? 'chrome'
            : /Safari\//.test(ua)
              ? 'safari'
              : 'other';
  const mobile = os === 'ios' || os === 'android' || /Mobile/.test(ua);
  return { browser, os, mobile };
}

/** Authenticator codes change every 30 s: a clock further off than this makes them fail. */
export const CLOCK_SKEW_LIMIT_MS = 30_000;

/**
 * How far the device clock is ahead (+) or behind (−) the server's, from one request:
 * the server stamped `Date` (whole seconds) somewhere between sending and receiving, so its time
 * is estimated at the midpoint. Returns undefined when the header is missing or unreadable.
 */
export function clockSkewMs({ serverDate, sentAt, receivedAt }: { serverDate: string | null; sentAt: number; receivedAt: number }): number | undefined {
  if (!serverDate) return undefined;
  const server = Date.parse(serverDate);
  if (Number.isNaN(server)) return undefined;
  const midpoint = (sentAt + receivedAt) / 2;
  // `Date` is truncated to the second: add half a second to centre the estimate.
  return midpoint - (server + 500);
}

export function clockIsOff(skewMs: number): boolean {
  return Math.abs(skewMs) > CLOCK_SKEW_LIMIT_MS;
}

/** The probe file: small enough for a phone, big enough that a throttled line shows. */
export const PROBE_PATH = '/probe.bin';
export const PROBE_BYTES = 16 * 1024;
/** A 16 KB file taking longer than this means a line slower than ~64 kbit/s: a capped plan. */
export const SLOW_PROBE_MS = 2_000;
export const PROBE_TIMEOUT_MS = 8_000;

export type Speed = 'fast' | 'slow';

/** Slow when the probe is slow, or the browser itself says the line is 2G-class. */
export function classifySpeed({ probeMs, effectiveType }: { probeMs: number; effectiveType?: string }): Speed {
  if (effectiveType === 'slow-2g' || effectiveType === '2g') return 'slow';
  return probeMs > SLOW_PROBE_MS ? 'slow' : 'fast';
}
