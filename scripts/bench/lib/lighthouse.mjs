// Lighthouse (npm `lighthouse`, Node API) with its default config: mobile form factor and simulated
// throttling (Lantern: slow 4G, 4x CPU slowdown). Debian's Chromium through chrome-launcher.
// Every page is run `runs` times, interleaved (run 1 of every page, then run 2, …) so a busy moment
// of this shared machine does not hit one page only; the report shows per-metric medians.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { log, median } from './util.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const items = (audit) => audit?.details?.items ?? [];
const shortUrl = (url) => (typeof url === 'string' ? url.replace(/^https?:\/\/[^/]+/, '') || '/' : String(url ?? ''));

function nodeLabel(lhr) {
  for (const id of ['largest-contentful-paint-element', 'lcp-breakdown-insight', 'lcp-discovery-insight']) {
    const stack = [lhr.audits[id]?.details];
    while (stack.length) {
      const d = stack.pop();
      if (!d || typeof d !== 'object') continue;
      if (d.type === 'node' && (d.snippet || d.nodeLabel)) return { audit: id, nodeLabel: d.nodeLabel, snippet: d.snippet?.slice(0, 160) };
      for (const v of Object.values(d)) if (v && typeof v === 'object') stack.push(v);
    }
  }
  return null;
}

/** LCP subparts (time to first byte, load delay, load time, render delay), observed (unthrottled) ms. */
function lcpSubparts(lhr) {
  for (const d of lhr.audits['lcp-breakdown-insight']?.details?.items ?? []) {
    if (d?.type === 'table') return Object.fromEntries((d.items ?? []).map((i) => [i.subpart, Math.round(i.duration)]));
  }
  return null;
}

/**
 * The unthrottled load Lighthouse observed before simulating: when the first and largest paints
 * came, and how many scripts / stylesheets had finished downloading by then. Lantern builds the
 * simulated LCP from what happened before the observed LCP, so scripts that arrived before it
 * (even async ones) are charged to LCP at slow-4G speed.
 */
function observed(lhr) {
  const m = items(lhr.audits.metrics)[0] ?? {};
  const reqs = items(lhr.audits['network-requests']);
  const lcp = m.observedLargestContentfulPaint ?? null;
  const scripts = reqs.filter((r) => r.resourceType === 'Script');
  const sheets = reqs.filter((r) => r.resourceType === 'Stylesheet');
  const end = (list) => (list.length ? Math.round(Math.max(...list.map((r) => r.networkEndTime))) : null);
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

/** The figures of one Lighthouse report this benchmark keeps. */
export function extract(lhr) {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]),
  );
  const num = (id) => lhr.audits[id]?.numericValue ?? null;
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
    },
  };
}

/** Per-metric medians of a page's runs, plus the audits that failed in most of them. */
export function summarize(runs) {
  const ok = runs.filter((r) => !r.error);
  const med = (f) => median(ok.map(f));
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
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, med((r) => r.scores[c])])),
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
 * @param {{key: string, url: string, server: import('./server.mjs').NextServer}[]} targets
 */
export async function runLighthouse({ targets, runs, chromePath }) {
  let chrome = null;
  const launch = async () => {
    chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  };
  const once = async (url) => {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    return result?.lhr;
  };
  await launch();
  const byKey = Object.fromEntries(targets.map((t) => [t.key, []]));
  try {
    // One discarded run: the first Lighthouse run after Chromium starts is much slower.
    if (targets.length) {
      const t0 = Date.now();
      await once(targets[0].url).catch(() => null);
      log(`lighthouse warm-up run done (${((Date.now() - t0) / 1000).toFixed(0)} s, discarded)`);
    }
    const total = runs * targets.length;
    let done = 0;
    for (let run = 1; run <= runs; run++) {
      for (const t of targets) {
        const t0 = Date.now();
        let record = null;
        for (let attempt = 1; attempt <= 2 && !record; attempt++) {
          try {
            await t.server.ensure();
            const lhr = await once(t.url);
            if (!lhr) throw new Error('no report');
            if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
            record = { run, ...extract(lhr), seconds: (Date.now() - t0) / 1000 };
          } catch (error) {
            log(`lighthouse ${t.key} run ${run} attempt ${attempt} failed: ${error.message.split('\n')[0]}`);
            if (attempt === 2) record = { run, error: error.message.split('\n')[0] };
            try {
              await chrome.kill();
            } catch {
              // relaunched below
            }
            await launch();
          }
        }
        byKey[t.key].push(record);
        done += 1;
        const s = record.scores;
        log(
          `lighthouse ${done}/${total} ${t.key} run ${run}: ` +
            (record.error
              ? `error ${record.error}`
              : `perf ${s.performance} a11y ${s.accessibility} bp ${s['best-practices']} seo ${s.seo} · LCP ${Math.round(record.metrics.lcpMs)} ms TBT ${Math.round(record.metrics.tbtMs)} ms CLS ${record.metrics.cls?.toFixed(3)} (${record.seconds.toFixed(0)} s)`),
        );
      }
    }
  } finally {
    try {
      await chrome.kill();
    } catch {
      // already gone
    }
  }
  return Object.fromEntries(Object.entries(byKey).map(([key, list]) => [key, { runs: list, median: summarize(list) }]));
}
