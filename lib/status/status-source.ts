import { InvalidSummaryError, normaliseSummary, type StatusReport } from './report';

/**
 * Reads a Statuspage summary for the server, politely and defensively:
 * - one request at a time per source (concurrent callers share it), given `timeoutMs` to answer
 *   in full;
 * - every answer, good or bad, is kept for `freshMs`, so a busy site asks the source at most once a
 *   minute;
 * - when the source fails, the last good reading is served for up to `staleMs` after it was read,
 *   marked stale with its age; after that, or without one, the answer is `unknown`;
 * - a body that is not JSON, too large, or not shaped like a Statuspage summary is `unknown`,
 *   never "all good".
 * Nothing about the visitor is sent: the request carries no cookie, no address, no header of theirs.
 */
export interface StatusSourceOptions {
  /** The official status page, for the links in the report. */
  pageUrl: string;
  fetch?: typeof fetch;
  now?: () => number;
  timeoutMs?: number;
  freshMs?: number;
  staleMs?: number;
}

export const STATUS_TIMEOUT_MS = 3_000;
export const STATUS_FRESH_MS = 60_000;
export const STATUS_STALE_MS = 15 * 60_000;
/** A summary is a few kilobytes; anything far larger is not one. */
export const MAX_SUMMARY_BYTES = 1_000_000;

type Reading = Omit<StatusReport, 'checkedAt' | 'ageSeconds' | 'stale'>;
type Problem = NonNullable<StatusReport['problem']>;

interface Entry {
  good?: { reading: Reading; at: number };
  /** The last attempt and what it gave, kept for `freshMs`. */
  last?: { at: number; problem?: Problem };
  inflight?: Promise<void>;
}

class SourceError extends Error {
  constructor(readonly problem: Problem) {
    super(problem);
  }
}

export function createStatusSource(options: StatusSourceOptions) {
  const {
    pageUrl,
    fetch: fetchImpl = (...args: Parameters<typeof fetch>) => fetch(...args),
    now = Date.now,
    timeoutMs = STATUS_TIMEOUT_MS,
    freshMs = STATUS_FRESH_MS,
    staleMs = STATUS_STALE_MS,
  } = options;
  const entries = new Map<string, Entry>();

  async function read(summaryUrl: string): Promise<Reading> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      let response: Response;
      try {
        response = await fetchImpl(summaryUrl, {
          signal: controller.signal,
          cache: 'no-store',
          redirect: 'error',
          credentials: 'omit',
          headers: { accept: 'application/json' },
        });
      } catch {
        throw new SourceError(controller.signal.aborted ? 'timeout' : 'unreachable');
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new SourceError('http');
      }
      if (Number(response.headers.get('content-length') ?? 0) > MAX_SUMMARY_BYTES) {
        await response.body?.cancel().catch(() => undefined);
        throw new SourceError('invalid');
      }
      let body: string;
      try {
        body = await response.text();
      } catch {
        throw new SourceError(controller.signal.aborted ? 'timeout' : 'unreachable');
      }
      if (body.length > MAX_SUMMARY_BYTES) throw new SourceError('invalid');
      try {
        return normaliseSummary(JSON.parse(body), pageUrl);
      } catch (error) {
        if (error instanceof SyntaxError || error instanceof InvalidSummaryError) throw new SourceError('invalid');
        throw error;
      }
    } finally {
      clearTimeout(timer);
    }
  }

  function refresh(summaryUrl: string, entry: Entry): Promise<void> {
    entry.inflight ??= read(summaryUrl)
      .then(
        (reading) => {
          const at = now();
          entry.good = { reading, at };
          entry.last = { at };
        },
        (error: unknown) => {
          entry.last = { at: now(), problem: error instanceof SourceError ? error.problem : 'invalid' };
        },
      )
      .finally(() => {
        entry.inflight = undefined;
      });
    return entry.inflight;
  }

  function answer(entry: Entry): StatusReport {
    const at = now();
    const { good, last } = entry;
    const problem = last?.problem;
    if (good && (!problem || at - good.at <= staleMs)) {
      return {
        ...good.reading,
        checkedAt: new Date(good.at).toISOString(),
        ageSeconds: Math.max(0, Math.round((at - good.at) / 1000)),
        stale: Boolean(problem),
        ...(problem ? { problem } : {}),
      };
    }
    return { indicator: 'unknown', stale: false, problem: problem ?? 'unreachable', pageUrl, components: [], incidents: [], maintenances: [] };
  }

  return {
    /** The report for one summary URL (`…/api/v2/summary.json`). Never throws. */
    async get(summaryUrl: string): Promise<StatusReport> {
      let entry = entries.get(summaryUrl);
      if (!entry) {
        // Only the configured source and the test fixtures are ever keys: the map stays small.
        entry = {};
        entries.set(summaryUrl, entry);
      }
      if (!entry.last || now() - entry.last.at >= freshMs) await refresh(summaryUrl, entry);
      return answer(entry);
    },
  };
}
