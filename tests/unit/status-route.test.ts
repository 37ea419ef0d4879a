import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/status/bitmex/route';
import { bitmexSummaryUrl, DEFAULT_BITMEX_STATUS_URL, STATUS_FIXTURE_HEADER } from '@/lib/status/bitmex';
import { isStatusReport, MAX_ITEMS, normaliseSummary, type StatusReport } from '@/lib/status/report';
import { createStatusSource, STATUS_FRESH_MS, STATUS_STALE_MS, STATUS_TIMEOUT_MS } from '@/lib/status/status-source';

const PAGE = 'https://status.bitmex.com';
const SUMMARY = 'http://127.0.0.1:9/api/v2/summary.json';
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/statuspage/${name}`, import.meta.url), 'utf8');
const summaryOf = (name: string): unknown => JSON.parse(fixture(`${name}.json`));

/** A fetch whose answers the test scripts, one per call; it records every call. */
function fakeFetch(...answers: ((url: string, init?: RequestInit) => Promise<Response>)[]) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const impl = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init });
    const next = answers.length > 1 ? answers.shift()! : answers[0]!;
    return next(String(url), init);
  }) as typeof fetch;
  return { impl, calls };
}
const ok = (body: string) => () => Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
const status = (code: number) => () => Promise.resolve(new Response('{"error":"x"}', { status: code }));
const refused = () => Promise.reject(new TypeError('fetch failed'));
/** Never answers; rejects when the request is aborted, as fetch does. */
const hanging = (_url: string, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-12-02T05:07:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('reading a Statuspage summary', () => {
  it('keeps the indicator, the affected components and the open incidents with links on the official page', () => {
    const report = normaliseSummary(summaryOf('major'), PAGE);
    expect(report.indicator).toBe('major');
    expect(report.components).toEqual([
      { name: 'Website', status: 'major_outage' },
      { name: 'REST API', status: 'partial_outage' },
    ]);
    expect(report.incidents).toEqual([
      {
        name: 'Login and trading unavailable',
        impact: 'major',
        status: 'investigating',
        startedAt: '2026-12-02T05:05:00.000Z',
        url: 'https://status.bitmex.com/incidents/q7mjr2k8w1cd',
      },
    ]);
  });

  it('keeps scheduled maintenance with its window', () => {
    const report = normaliseSummary(summaryOf('maintenance'), PAGE);
    expect(report.indicator).toBe('none');
    expect(report.maintenances).toEqual([
      {
        name: 'Trading engine upgrade',
        status: 'scheduled',
        scheduledFor: '2026-12-05T02:00:00.000Z',
        scheduledUntil: '2026-12-05T04:00:00.000Z',
        url: 'https://status.bitmex.com/incidents/s9mnt4h6v3ef',
      },
    ]);
  });

  it.each([
    ['not an object', 'null'],
    ['no status', '{"components":[],"incidents":[],"scheduled_maintenances":[]}'],
    ['an indicator Statuspage never sends', '{"status":{"indicator":"green"},"components":[],"incidents":[],"scheduled_maintenances":[]}'],
    ['"unknown" claimed by the source', '{"status":{"indicator":"unknown"},"components":[],"incidents":[],"scheduled_maintenances":[]}'],
    ['an indicator that is not text', '{"status":{"indicator":0},"components":[],"incidents":[],"scheduled_maintenances":[]}'],
    ['lists missing', '{"status":{"indicator":"none"}}'],
  ])('refuses a summary with %s', (_name, body) => {
    expect(() => normaliseSummary(JSON.parse(body), PAGE)).toThrow();
  });

  it('drops malformed items one by one, and ids that could not be part of a link', () => {
    const raw = summaryOf('major') as { incidents: Record<string, unknown>[] };
    raw.incidents.push({ id: '../../evil', name: 'x', status: 'investigating', impact: 'major', started_at: '2026-12-02T05:00:00Z' });
    raw.incidents.push({ id: 'abc', name: 42, status: 'investigating', impact: 'major', started_at: '2026-12-02T05:00:00Z' });
    raw.incidents.push({ id: 'abd', name: 'no time', status: 'investigating', impact: 'major', started_at: 'yesterday' });
    raw.incidents.push('not an object' as unknown as Record<string, unknown>);
    expect(normaliseSummary(raw, PAGE).incidents.map((i) => i.name)).toEqual(['Login and trading unavailable']);
  });

  it(`passes on at most ${MAX_ITEMS} of each list`, () => {
    const raw = summaryOf('major') as { incidents: unknown[] };
    const open = raw.incidents[0] as Record<string, unknown>;
    raw.incidents = Array.from({ length: 12 }, (_, n) => ({ ...open, id: `id${n}` }));
    expect(normaliseSummary(raw, PAGE).incidents).toHaveLength(MAX_ITEMS);
  });
});

describe('the status source: cache, timeout and stale answers', () => {
  it('answers from its cache for 60 s, then asks the source again', async () => {
    const { impl, calls } = fakeFetch(ok(fixture('none.json')));
    const source = createStatusSource({ pageUrl: PAGE, fetch: impl });

    const first = await source.get(SUMMARY);
    vi.advanceTimersByTime(STATUS_FRESH_MS - 1);
    const cached = await source.get(SUMMARY);

    expect(calls).toHaveLength(1);
    expect(first).toMatchObject({ indicator: 'none', stale: false, ageSeconds: 0, checkedAt: '2026-12-02T05:07:00.000Z' });
    expect(cached).toMatchObject({ indicator: 'none', stale: false, ageSeconds: 60, checkedAt: '2026-12-02T05:07:00.000Z' });

    vi.advanceTimersByTime(1);
    await source.get(SUMMARY);
    expect(calls).toHaveLength(2);
  });

  it('asks the source once for callers that arrive together', async () => {
    const { impl, calls } = fakeFetch(ok(fixture('none.json')));
    const source = createStatusSource({ pageUrl: PAGE, fetch: impl });
    const reports = await Promise.all([source.get(SUMMARY), source.get(SUMMARY), source.get(SUMMARY)]);
    expect(calls).toHaveLength(1);
    expect(reports.map((r) => r.indicator)).toEqual(['none', 'none', 'none']);
  });

  it('sends nothing of the visitor: no cookies, no redirects followed', async () => {
    const { impl, calls } = fakeFetch(ok(fixture('none.json')));
    await createStatusSource({ pageUrl: PAGE, fetch: impl }).get(SUMMARY);
    expect(calls[0]!.init).toMatchObject({ credentials: 'omit', redirect: 'error', headers: { accept: 'application/json' } });
  });

  it('serves the last good answer, marked stale with its age, when the source fails within 15 minutes', async () => {
    const { impl } = fakeFetch(ok(fixture('major.json')), status(500));
    const source = createStatusSource({ pageUrl: PAGE, fetch: impl });
    await source.get(SUMMARY);

    vi.advanceTimersByTime(STATUS_FRESH_MS);
    const stale = await source.get(SUMMARY);

    expect(stale).toMatchObject({ indicator: 'major', stale: true, problem: 'http', ageSeconds: 60, checkedAt: '2026-12-02T05:07:00.000Z' });
    expect(stale.incidents).toHaveLength(1);
  });

  it('says "unknown" once the last good answer is older than 15 minutes', async () => {
    const { impl } = fakeFetch(ok(fixture('major.json')), refused);
    const source = createStatusSource({ pageUrl: PAGE, fetch: impl });
    await source.get(SUMMARY);

    vi.advanceTimersByTime(STATUS_STALE_MS - 1000);
    expect(await source.get(SUMMARY)).toMatchObject({ indicator: 'major', stale: true, problem: 'unreachable' });
    vi.advanceTimersByTime(STATUS_FRESH_MS);
    const expired = await source.get(SUMMARY);

    expect(expired).toMatchObject({ indicator: 'unknown', stale: false, problem: 'unreachable', incidents: [] });
    expect(expired.checkedAt).toBeUndefined();
  });

  it('gives up after 3 s and says "unknown" (timeout)', async () => {
    const { impl, calls } = fakeFetch(hanging);
    const source = createStatusSource({ pageUrl: PAGE, fetch: impl });

    const pending = source.get(SUMMARY);
    await vi.advanceTimersByTimeAsync(STATUS_TIMEOUT_MS);
    const report = await pending;

    expect(report).toMatchObject({ indicator: 'unknown', problem: 'timeout', stale: false });
    expect((calls[0]!.init?.signal as AbortSignal).aborted).toBe(true);
  });

  it('does not ask again for 60 s after a failure', async () => {
    const { impl, calls } = fakeFetch(status(503));
    const source = createStatusSource({ pageUrl: PAGE, fetch: impl });
    await source.get(SUMMARY);
    vi.advanceTimersByTime(STATUS_FRESH_MS - 1);
    expect(await source.get(SUMMARY)).toMatchObject({ indicator: 'unknown', problem: 'http' });
    expect(calls).toHaveLength(1);
  });

  it.each([
    ['an HTML page', fixture('invalid.txt')],
    ['JSON of another shape', '{"status":"ok"}'],
    ['an empty body', ''],
    ['a truncated summary', fixture('none.json').slice(0, 500)],
  ])('reads %s as "unknown", never as "all good"', async (_name, body) => {
    const { impl } = fakeFetch(ok(body));
    const report = await createStatusSource({ pageUrl: PAGE, fetch: impl }).get(SUMMARY);
    expect(report).toMatchObject({ indicator: 'unknown', problem: 'invalid', stale: false });
  });

  it('refuses a body far larger than a summary', async () => {
    const { impl } = fakeFetch(ok(`{"pad":"${'x'.repeat(1_100_000)}"}`));
    expect(await createStatusSource({ pageUrl: PAGE, fetch: impl }).get(SUMMARY)).toMatchObject({ indicator: 'unknown', problem: 'invalid' });
  });
});

describe('GET /api/status/bitmex', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
  });

  it('answers the normalised report as JSON that no cache keeps', async () => {
    const { impl, calls } = fakeFetch(ok(fixture('minor.json')));
    vi.stubGlobal('fetch', impl);
    vi.stubEnv('BITMEX_STATUS_URL', 'http://127.0.0.1:9/route-test');

    const response = await GET(new Request('http://localhost/api/status/bitmex'));
    const body: unknown = await response.json();

    expect(calls[0]!.url).toBe('http://127.0.0.1:9/route-test/api/v2/summary.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(isStatusReport(body)).toBe(true);
    expect((body as StatusReport).indicator).toBe('minor');
  });

  it('reads the official status page by default', () => {
    expect(bitmexSummaryUrl({}, new Headers())).toBe(`${DEFAULT_BITMEX_STATUS_URL}/api/v2/summary.json`);
  });

  it('ignores the fixture header unless the server runs with STATUS_TEST_SOURCES=1', () => {
    const headers = new Headers({ [STATUS_FIXTURE_HEADER]: 'major' });
    const env = { BITMEX_STATUS_URL: 'http://127.0.0.1:3101/' };
    expect(bitmexSummaryUrl(env, headers)).toBe('http://127.0.0.1:3101/api/v2/summary.json');
    expect(bitmexSummaryUrl({ ...env, STATUS_TEST_SOURCES: '1' }, headers)).toBe('http://127.0.0.1:3101/major/api/v2/summary.json');
  });

  it.each(['../admin', 'http://evil.example', 'a/b', 'MAJOR', ''])('accepts only a plain fixture name, not %j', (name) => {
    const url = bitmexSummaryUrl({ BITMEX_STATUS_URL: 'http://127.0.0.1:3101', STATUS_TEST_SOURCES: '1' }, new Headers({ [STATUS_FIXTURE_HEADER]: name }));
    expect(url).toBe('http://127.0.0.1:3101/api/v2/summary.json');
  });
});

describe("the browser's check of the answer", () => {
  it.each([
    ['null', null],
    ['a string', 'major'],
    ['an unknown indicator', { indicator: 'green', stale: false, pageUrl: PAGE, components: [], incidents: [], maintenances: [] }],
    ['an incident without a time', { indicator: 'major', stale: false, pageUrl: PAGE, components: [], incidents: [{ name: 'x', url: PAGE }], maintenances: [] }],
    ['a negative age', { indicator: 'none', stale: false, ageSeconds: -5, pageUrl: PAGE, components: [], incidents: [], maintenances: [] }],
  ])('refuses %s', (_name, value) => {
    expect(isStatusReport(value)).toBe(false);
  });
});
