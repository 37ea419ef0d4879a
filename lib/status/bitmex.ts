import { officialStatusPages } from '@/lib/official-sites';
import { createStatusSource } from './status-source';

/**
 * Where the server reads BitMEX's status: `BITMEX_STATUS_URL` (the status page's base URL),
 * default the official page. Tests point it at a local fake Statuspage server.
 */
export const DEFAULT_BITMEX_STATUS_URL = officialStatusPages.bitmex.url;

/**
 * Test-only: with `STATUS_TEST_SOURCES=1` in the server's environment, a request may name one of
 * the fake server's fixtures in this header (`x-status-fixture: major`), read from
 * `${BITMEX_STATUS_URL}/major/api/v2/summary.json`. Without that variable (production) the header
 * is ignored. Only a plain name is accepted, so it can never point the server anywhere else.
 */
export const STATUS_FIXTURE_HEADER = 'x-status-fixture';

export function bitmexSummaryUrl(env: Record<string, string | undefined>, headers: Headers): string {
  const base = (env.BITMEX_STATUS_URL?.trim() || DEFAULT_BITMEX_STATUS_URL).replace(/\/+$/, '');
  const fixture = env.STATUS_TEST_SOURCES === '1' ? headers.get(STATUS_FIXTURE_HEADER) : null;
  const prefix = fixture && /^[a-z0-9-]{1,40}$/.test(fixture) ? `/${fixture}` : '';
  return `${base}${prefix}/api/v2/summary.json`;
}

/** One cache for the whole server process. */
export const bitmexStatus = createStatusSource({ pageUrl: officialStatusPages.bitmex.url });
