import type { ConnectionHints } from '@/lib/offline-plan';

/** What the browser says about its connection (NetworkInformation, Chromium only; else undefined). */
export function connectionHints(): ConnectionHints | undefined {
  return (navigator as Navigator & { connection?: ConnectionHints }).connection;
}
