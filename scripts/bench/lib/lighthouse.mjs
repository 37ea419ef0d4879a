// @ts-check
// Lighthouse (npm `lighthouse`, Node API) with its default config: mobile form factor and simulated
// throttling (Lantern: slow 4G, 4x CPU slowdown). Debian's Chromium through chrome-launcher.
// Two ways, in the same run:
//   cold: a fresh Chromium (new process, new temporary profile) for every single run, no warm-up —
//         closest to a visitor's first load;
//   warm: one Chromium for the whole phase, after one discarded warm-up run (how the bench measured
//         before; Lighthouse still clears the cache and storage before each run).
// Every page is run `runs` times in each way, interleaved (run 1 of every page cold and warm, then
// run 2, …) so a busy moment of this shared machine does not hit one page or one way only; the
// report shows per-metric medians.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { log, median } from './util.mjs';

export const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);
/** @typedef {typeof CATEGORIES[number]} Category */
export const MODES = /** @type {const} */ (['cold', 'warm']);
/** @typedef {typeof MODES[number]} Mode */
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The rows of an audit's details table. @param {import('lighthouse').Audit | undefined} audit @returns {any[]} */
const items = (audit) => audit?.details?.items ?? [];
/** @param {unknown} url */
const shortUrl = (url) => (typeof url === 'string' ? url.replace(/^https?:\/\/[^/]+/, '') || '/' : String(url ?? ''));

/** @param {import('lighthouse').Result} lhr */
function nodeLabel(lhr) {
  for (const id of ['largest-contentful-paint-element', 'lcp-breakdown-insight', 'lcp-discovery-insight']) {
    /** @type {unknown[]} */
    const stack = [lhr.audits[id]?.details];
    while (stack.length) {
      const d = /** @type {any} */ (stack.pop());
      if (!d || typeof d !== 'object') continue;
      if (d.type === 'node' && (d.snippet || d.nodeLabel)) return { audit: id, nodeLabel: /** @type {string | undefined} */ (d.nodeLabel), snippet: /** @type {string | undefined} */ (d.snippet?.slice(0, 160)) };
      for (const v of Object.values(d)) if (v && typeof v === 'object') stack.push(v);
    }
  }
  return null;
}

/** LCP subparts (time to first byte, load delay, load time, render delay), observed (unthrottled) ms. @param {import('lighthouse').Result} lhr @returns {Record<string, number> | null} */
function lcpSubparts(lhr) {
  for (const d of items(lhr.audits['lcp-breakdown-insight'])) {
    if (d?.type === 'table') return Object.fromEntries((d.items ?? []).map((/** @type {any} */ i) => [i.subpart, Math.round(i.duration)]));
  }
  return null;
}

/**
 * The unthrottled load Lighthouse observed before simulating: when the first and largest paints
 * came, and how many scripts / stylesheets had finished downloading by then. Lantern builds the
 * simulated LCP from what happened before the observed LCP, so scripts that arrived before it
 * (even async ones) are charged to LCP at slow-4G speed.
 * @param {import('lighthouse').Result} lhr
 */
function observed(lhr) {
  const m = items(lhr.audits.metrics)[0] ?? {};
  const reqs = items(lhr.audits['network-requests']);
  /** @type {number | null} */
  const lcp = m.observedLargestContentfulPaint ?? null;
  const scripts = reqs.filter((r) => r.resourceType === 'Script');
  const sheets = reqs.filter((r) => r.resourceType === 'Stylesheet');
  const end = (/** @type {any[]} */ list) => (list.length ? Math.round(Math.max(...list.map((r) => r.networkEndTime))) : null);
  return {
    fcpMs: m.observedFirstContentfulPaint == null ? null : Math.round(m.observedFirstContentfulPaint),
    lcpMs: lcp == null ? null : Math.round(lcp),
    stylesheets: sheets.length,
    stylesheetsEndMs: end(sheets),
    scripts: scripts.length,
    scriptsEndedBeforeLcp: lcp == null ? null : scripts.filter((r) => r.networkEndTime <= lcp).length,
    lastScriptEndMs: end(scripts),
  };
}

/**
 * The first frame of the unthrottled load, from the trace: how long its style and layout took and
 * when it painted (the scripts whose download ended before that paint are charged to LCP). Null
 * without a trace.
 * @param {import('lighthouse').TraceEvent[] | undefined} events
 */
export function firstFrame(events) {
  if (!events) return null;
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && String(e.args.data.documentLoaderURL ?? '').startsWith('http'));
  if (!nav) return null;
  const onMain = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ts >= nav.ts);
  const paint = onMain.find((e) => e.name === 'firstContentfulPaint') ?? events.find((e) => e.name === 'firstContentfulPaint' && e.ts >= nav.ts);
  if (!paint) return null;
  const before = onMain.filter((e) => e.ts <= paint.ts);
  const sum = (/** @type {string} */ name) => before.filter((e) => e.name === name).reduce((total, e) => total + (e.dur ?? 0), 0) / 1000;
  return {
    paintMs: Math.round((paint.ts - nav.ts) / 1000),
    styleMs: Math.round(sum('UpdateLayoutTree')),
    layoutMs: Math.round(sum('Layout')),
  };
}

/**
 * @typedef {object} FailingAudit
 * @property {Category} category
 * @property {string} id
 * @property {string} title
 * @property {number} score
 * @property {number} weight
 * @property {string} displayValue
 */

/**
 * The figures of one Lighthouse report this benchmark keeps.
 * @param {import('lighthouse').Result} lhr
 * @param {import('lighthouse').Artifacts} [artifacts]
 */
export function extract(lhr, artifacts) {
  /** @type {Record<Category, number | null>} */
  const scores = { performance: null, accessibility: null, 'best-practices': null, seo: null };
  for (const c of CATEGORIES) {
    const score = lhr.categories[c]?.score;
    scores[c] = score == null ? null : Math.round(score * 100);
  }
  const num = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? null;
  /** @type {FailingAudit[]} */
  const failing = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1) {
        failing.push({ category: c, id: ref.id, title: a.title, score: a.score, weight: ref.weight, displayValue: a.displayValue ?? '' });
      }
    }
  }
  const scriptRow = items(lhr.audits['resource-summary']).find((i) => i.resourceType === 'script');
  return {
    scores,
    metrics: {
      fcpMs: num('first-contentful-paint'),
      lcpMs: num('largest-contentful-paint'),
      tbtMs: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      siMs: num('speed-index'),
      maxPotentialFidMs: num('max-potential-fid'),
    },
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    scriptTransferBytes: scriptRow?.transferSize ?? null,
    scriptRequests: scriptRow?.requestCount ?? null,
    failing,
    diagnostics: {
      bootup: items(lhr.audits['bootup-time'])
        .slice(0, 5)
        .map((i) => ({ url: shortUrl(i.url), totalMs: Math.round(i.total), scriptingMs: Math.round(i.scripting ?? 0) })),
      longTasks: items(lhr.audits['long-tasks'])
        .slice(0, 5)
        .map((i) => ({ url: shortUrl(i.url), startMs: Math.round(i.startTime), durationMs: Math.round(i.duration) })),
      mainThread: items(lhr.audits['mainthread-work-breakdown']).map((i) => ({ group: i.groupLabel ?? i.group, ms: Math.round(i.duration) })),
      renderBlocking: items(lhr.audits['render-blocking-resources']).map((i) => ({ url: shortUrl(i.url), wastedMs: i.wastedMs })),
      unusedJs: items(lhr.audits['unused-javascript'])
        .slice(0, 5)
        .map((i) => ({ url: shortUrl(i.url), wastedBytes: i.wastedBytes, totalBytes: i.totalBytes })),
      lcpElement: nodeLabel(lhr),
      lcpBreakdown: lcpSubparts(lhr),
      observed: observed(lhr),
      firstFrame: firstFrame(artifacts?.Trace?.traceEvents),
    },
  };
}

/**
 * One Lighthouse run of a page: the figures kept, or why there are none.
 * @typedef {{ run: number, mode: Mode, seconds: number } & ({ error: string, report?: undefined } | { error?: undefined, report: ReturnType<typeof extract> })} Run
 */

/** Per-metric medians of a page's runs, plus the audits that failed in most of them. @param {Run[]} runs */
export function summarize(runs) {
  const ok = runs.flatMap((r) => (r.report ? [r.report] : []));
  const med = (/** @type {(r: ReturnType<typeof extract>) => number | null} */ f) => median(ok.map(f));
  /** @type {Map<string, FailingAudit & { runs: number, scores: number[], displayValues: string[] }>} */
  const failingById = new Map();
  for (const r of ok) {
    for (const f of r.failing) {
      const e = failingById.get(f.id) ?? { ...f, runs: 0, scores: [], displayValues: [] };
      e.runs += 1;
      e.scores.push(f.score);
      e.displayValues.push(f.displayValue);
      failingById.set(f.id, e);
    }
  }
  return {
    validRuns: ok.length,
    scores: /** @type {Record<Category, number | null>} */ (Object.fromEntries(CATEGORIES.map((c) => [c, med((r) => r.scores[c])]))),
    metrics: {
      fcpMs: med((r) => r.metrics.fcpMs),
      lcpMs: med((r) => r.metrics.lcpMs),
      tbtMs: med((r) => r.metrics.tbtMs),
      cls: med((r) => r.metrics.cls),
      siMs: med((r) => r.metrics.siMs),
    },
    benchmarkIndex: med((r) => r.benchmarkIndex),
    scriptTransferBytes: med((r) => r.scriptTransferBytes),
    failingAudits: [...failingById.values()]
      .map((e) => {
        const { score, displayValue, ...rest } = e;
        void score;
        void displayValue;
        return { ...rest, medianScore: median(e.scores) };
      })
      .sort((a, b) => b.runs - a.runs || b.weight - a.weight),
  };
}

/**
 * @typedef {object} LighthouseTarget
 * @property {string} key
 * @property {string} url
 * @property {import('./server.mjs').NextServer} server
 */

/** @param {string} chromePath */
function launch(chromePath) {
  return chromeLauncher.launch({ chromePath, chromeFlags: [...CHROME_FLAGS], logLevel: 'silent' });
}

/** @param {chromeLauncher.LaunchedChrome | null} chrome */
function kill(chrome) {
  try {
    chrome?.kill();
  } catch {
    // already gone
  }
}

/** One Lighthouse report of `url` in the Chromium listening on `port`. @param {string} url @param {number} port */
async function lighthouseOnce(url, port) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
  const lhr = result?.lhr;
  if (!lhr) throw new Error('no report');
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  return extract(lhr, result.artifacts);
}

/** @param {unknown} error */
const firstLine = (error) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/**
 * Runs every target `runs` times in each mode. In a warm run that fails, the shared Chromium is
 * restarted; every run gets a second attempt.
 * @param {{ targets: LighthouseTarget[], runs: number, chromePath: string, modes?: readonly Mode[] }} o
 */
export async function runLighthouse({ targets, runs, chromePath, modes = MODES }) {
  /** @type {chromeLauncher.LaunchedChrome | null} */
  let warm = null;
  /** @type {Record<string, Record<Mode, Run[]>>} */
  const byKey = Object.fromEntries(targets.map((t) => [t.key, { cold: [], warm: [] }]));
  /** @param {LighthouseTarget} t @param {Mode} mode @param {number} run @returns {Promise<Run>} */
  const measure = async (t, mode, run) => {
    const t0 = Date.now();
    /** @type {string} */
    let error = '';
    for (let attempt = 1; attempt <= 2; attempt++) {
      /** @type {chromeLauncher.LaunchedChrome | null} */
      let cold = null;
      try {
        await t.server.ensure();
        if (mode === 'cold') cold = await launch(chromePath);
        else warm ??= await launch(chromePath);
        const port = (cold ?? warm)?.port;
        if (port === undefined) throw new Error('Chromium did not start');
        const report = await lighthouseOnce(t.url, port);
        return { run, mode, seconds: (Date.now() - t0) / 1000, report };
      } catch (e) {
        error = firstLine(e);
        log(`lighthouse ${t.key} ${mode} run ${run} attempt ${attempt} failed: ${error}`);
        if (mode === 'warm') {
          kill(warm);
          warm = null;
        }
      } finally {
        kill(cold);
      }
    }
    return { run, mode, seconds: (Date.now() - t0) / 1000, error };
  };
  try {
    // The warm browser's first run is much slower than the next ones: it is run once and discarded.
    const first = targets[0];
    if (modes.includes('warm') && first) {
      const t0 = Date.now();
      warm = await launch(chromePath);
      await lighthouseOnce(first.url, warm.port).catch(() => null);
      log(`lighthouse warm-up run done (${((Date.now() - t0) / 1000).toFixed(0)} s, discarded)`);
    }
    const total = runs * targets.length * modes.length;
    let done = 0;
    for (let run = 1; run <= runs; run++) {
      for (const t of targets) {
        for (const mode of modes) {
          const record = await measure(t, mode, run);
          byKey[t.key]?.[mode].push(record);
          done += 1;
          const r = record.report;
          log(
            `lighthouse ${done}/${total} ${t.key} ${mode} run ${run}: ` +
              (r
                ? `perf ${r.scores.performance} a11y ${r.scores.accessibility} bp ${r.scores['best-practices']} seo ${r.scores.seo} · LCP ${Math.round(r.metrics.lcpMs ?? NaN)} ms TBT ${Math.round(r.metrics.tbtMs ?? NaN)} ms CLS ${r.metrics.cls?.toFixed(3)} (${record.seconds.toFixed(0)} s)`
                : `error ${record.error}`),
          );
        }
      }
    }
  } finally {
    kill(warm);
  }
  /** @param {Run[]} list */
  const summarized = (list) => ({ runs: list, median: summarize(list) });
  return Object.fromEntries(Object.entries(byKey).map(([key, m]) => [key, { cold: summarized(m.cold), warm: summarized(m.warm) }]));
}
