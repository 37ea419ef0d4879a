// @ts-check
// Phase `lighthouse`: Lighthouse (mobile, simulated throttling) on a sample of the app's pages and
// the blank Next.js page, each both ways — a fresh Chromium per run (cold) and one warmed Chromium
// (warm) — in the same run. Two targets: every category ≥ 98 (warm, as the bench always judged it),
// and every step page's performance ≥ the blank page's, cold and warm; for a miss, its causes as
// read from the reports.
import { CATEGORIES, CHROME_FLAGS, MODES, runLighthouse } from '../lib/lighthouse.mjs';
import { kb, ms, num, table } from '../lib/format.mjs';
import { clientRenderedBoundaries, decodeBody, inlineScriptBytes } from '../lib/pages.mjs';
import { get } from '../lib/server.mjs';
import { log } from '../lib/util.mjs';
import { BASELINE } from './js-weight.mjs';

export const LIGHTHOUSE_MIN = 98;
const CAT_SHORT = { performance: 'Perf', accessibility: 'A11y', 'best-practices': 'BP', seo: 'SEO' };

/** @typedef {import('../lib/lighthouse.mjs').Mode} Mode */
/** @typedef {import('../lib/lighthouse.mjs').Run} Run */
/** @typedef {{ runs: Run[], median: ReturnType<typeof import('../lib/lighthouse.mjs').summarize> }} ModeResult */
/** @typedef {Record<Mode, ModeResult>} BothModes */
/**
 * @typedef {object} LighthousePage
 * @property {string} type
 * @property {string} locale
 * @property {string} path
 * @property {boolean} stepPage
 * @property {number} inlineScriptBytes
 * @property {number} clientRenderedBoundaries
 * @property {ModeResult} cold
 * @property {ModeResult} warm
 */
/**
 * @typedef {object} LighthouseResults
 * @property {string} method
 * @property {Mode[]} modes
 * @property {number} runsPerMode
 * @property {string} sample how the pages were chosen
 * @property {LighthousePage[]} pages
 * @property {BothModes | null} blank
 * @property {{ pagePath: string } & BothModes | null} [blankStyled] the blank page with that step page's stylesheet and text (decision 013)
 * @property {{ inlineScriptBytes: number, clientRenderedBoundaries: number } | null} blankPage what the blank page's HTML carries
 */

/**
 * The pages Lighthouse runs on: for each locale its start page, the question and the remedy
 * pages with the largest inline scripts (the heaviest of each kind for the browser to hydrate),
 * the calculator and the support directory. `--lh-pages` replaces the sample.
 * @param {import('../run.mjs').Context} ctx
 */
function sample(ctx) {
  const listed = ctx.options['lh-pages'];
  if (typeof listed === 'string') {
    const paths = listed.split(',').map((s) => s.trim());
    return { how: `--lh-pages=${listed}`, pages: ctx.builtPages.filter((p) => paths.includes(p.path)) };
  }
  const locales = [...new Set(ctx.builtPages.map((p) => p.locale))];
  const heaviest = (/** @type {string} */ locale, /** @type {string} */ type) =>
    ctx.builtPages.filter((p) => p.locale === locale && p.type === type).sort((a, b) => b.inlineScriptBytes - a.inlineScriptBytes)[0];
  const pages = locales.flatMap((l) => ['start', 'question', 'remedy', 'calculator', 'support'].map((type) => heaviest(l, type)).filter((p) => p !== undefined));
  return {
    how: 'per locale: the start page, the question and the remedy page with the largest inline scripts (from the sitemap), the calculator and the support directory',
    pages,
  };
}

/**
 * The sample as URLs to load, each with the server that answers it, and the blank page last
 * (key `blank`) when it is served.
 * @param {import('../run.mjs').Context} ctx
 */
export function sampleTargets(ctx) {
  const { how, pages } = sample(ctx);
  const targets = pages.map((p) => ({ key: p.path, url: ctx.app.origin + p.path, server: ctx.app }));
  if (ctx.blank) targets.push({ key: 'blank', url: `${ctx.blank.origin}/`, server: ctx.blank });
  return { how, pages, targets };
}

/** The run whose performance score is closest to the median (for its diagnostics). @param {ModeResult} m */
function medianRun(m) {
  const target = m.median.scores.performance ?? 0;
  return m.runs.flatMap((r) => (r.report ? [r.report] : [])).sort((a, b) => Math.abs((a.scores.performance ?? 0) - target) - Math.abs((b.scores.performance ?? 0) - target))[0] ?? null;
}

/** @param {ModeResult} m */
const perfRuns = (m) => m.runs.map((x) => (x.report ? x.report.scores.performance : 'err')).join(' / ');

/**
 * Why pages score low on performance in one mode: their metrics and scripts beside the blank
 * page's, and what they make the browser hydrate.
 * @param {import('./index.mjs').Results} results
 * @param {Mode} mode
 * @param {string[]} paths the pages that missed
 */
function performanceCauses(results, mode, paths) {
  const lh = results.lighthouse;
  if (!lh) return [];
  const cause = [];
  const missed = lh.pages.filter((p) => paths.includes(p.path));
  for (const page of missed) {
    const m = page[mode];
    const run = medianRun(m);
    if (!run) continue;
    const d = run.diagnostics;
    const x = m.median.metrics;
    const parts = [`${page.path} (${mode}): FCP ${ms(x.fcpMs)}, LCP ${ms(x.lcpMs)}, TBT ${ms(x.tbtMs)}, SI ${ms(x.siMs)}, CLS ${num(x.cls, 3)}`];
    if (d.bootup.length) parts.push(`JS execution (bootup-time, simulated): ${d.bootup.slice(0, 4).map((b) => `${b.url} ${b.totalMs} ms`).join(', ')}`);
    if (d.longTasks.length) parts.push(`long tasks: ${d.longTasks.slice(0, 3).map((l) => `${l.url} ${l.durationMs} ms`).join(', ')}`);
    if (d.lcpElement) parts.push(`LCP element: ${d.lcpElement.nodeLabel ?? d.lcpElement.snippet}`);
    if (d.lcpBreakdown) parts.push(`LCP subparts (observed, unthrottled): ${Object.entries(d.lcpBreakdown).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
    const scriptEval = d.mainThread.find((g) => /script evaluation/i.test(g.group));
    if (scriptEval) parts.push(`main-thread script evaluation ${scriptEval.ms} ms`);
    parts.push(`perf per run ${perfRuns(m)}`);
    if (d.renderBlocking.length) parts.push(`render-blocking: ${d.renderBlocking.map((r) => `${r.url} (${r.wastedMs} ms)`).join(', ')}`);
    cause.push(`${parts.join('; ')}.`);
  }
  // Why LCP is late while FCP is not: what had arrived when the unthrottled load painted.
  /** @type {{ path: string, m: ModeResult }[]} */
  const observedPages = [...missed.map((p) => ({ path: p.path, m: p[mode] })), ...(lh.blank ? [{ path: 'blank page', m: lh.blank[mode] }] : [])];
  const observedText = observedPages.flatMap(({ path, m }) => {
    const runs = m.runs.flatMap((x) => (x.report?.diagnostics.observed.lcpMs != null ? [{ ...x.report.diagnostics.observed, lcp: x.report.metrics.lcpMs }] : []));
    const first = runs[0];
    if (!first) return [];
    const o = medianRun(m)?.diagnostics.observed ?? first;
    const frame = medianRun(m)?.diagnostics.firstFrame;
    const frameText = frame ? `; first frame: style ${frame.styleMs} ms + layout ${frame.layoutMs} ms, painted at ${frame.paintMs} ms` : '';
    return [`${path} ${runs.map((r) => `${r.scriptsEndedBeforeLcp}/${r.scripts} (LCP ${ms(r.lcp)})`).join(', ')} (median run: paint at ${o.lcpMs} ms${o.stylesheets ? `, stylesheet done at ${o.stylesheetsEndMs} ms` : ', no stylesheet'}${frameText})`];
  });
  if (observedText.length) {
    cause.push(
      `LCP (${mode}): Lantern builds LCP from everything that finished before the LCP paint of the unthrottled load it observed, async scripts included (FCP leaves low-priority scripts out). Scripts downloaded before that paint (with the run's simulated LCP), per run: ${observedText.join('; ')}. Each of those is charged at slow-4G speed (and its evaluation at 4× CPU) to LCP. Evaluating them after the paint does not spare them: Lantern drops tasks shorter than 10 ms from its graph (a chunk that only registers its modules takes 1–3 ms), and a script whose evaluation it cannot find stays charged; only a download that ends after the paint is left out (the blank page paints before its scripts arrive). So the first paint races the scripts' downloads from \`next start\`: stylesheet round trip plus the first frame's style and layout against the scripts' arrival (a fresh renderer's first layout: neither the font stack nor the machine's lack of a Japanese font changed it, decision 013).`,
    );
  }
  const blank = lh.blank?.[mode];
  if (blank) {
    const b = blank.median;
    const blankRun = medianRun(blank);
    const blankEval = blankRun?.diagnostics.mainThread.find((g) => /script evaluation/i.test(g.group));
    const blankDoc = blankRun?.diagnostics.bootup.find((x) => x.url === '/');
    cause.push(
      `Reference (${mode}), same machine and settings: the blank Next.js page scores performance ${b.scores.performance} (per run ${perfRuns(blank)}; FCP ${ms(b.metrics.fcpMs)}, LCP ${ms(b.metrics.lcpMs)}, TBT ${ms(b.metrics.tbtMs)}, script evaluation ${blankEval ? `${blankEval.ms} ms` : '–'}, its own document's inline scripts ${blankDoc ? `${blankDoc.totalMs} ms` : '–'}); Lighthouse's benchmarkIndex of this machine: ${num(b.benchmarkIndex)} (median); load average during Lighthouse ${(results.loadAverage.lighthouse ?? []).join(' / ')} on ${results.machine.cpuCount} cores.`,
    );
  }
  const styled = lh.blankStyled?.[mode];
  if (styled && lh.blankStyled) {
    const s = styled.median;
    const page = lh.pages.find((p) => p.path === lh.blankStyled?.pagePath)?.[mode].median;
    cause.push(
      `Second reference (${mode}, decision 013): the blank page with \`${lh.blankStyled.pagePath}\`'s stylesheet and text and none of its scripts scores performance ${s.scores.performance} (per run ${perfRuns(styled)}; FCP ${ms(s.metrics.fcpMs)}, LCP ${ms(s.metrics.lcpMs)}, TBT ${ms(s.metrics.tbtMs)})${page ? ` against the page itself ${page.scores.performance} (LCP ${ms(page.metrics.lcpMs)}, TBT ${ms(page.metrics.tbtMs)})` : ''}: what the stylesheet and text cost is the gap between it and the blank page, what the page's scripts cost the gap between the page and it.`,
    );
  }
  if (missed.length) {
    const blankPage = lh.blankPage;
    cause.push(
      `What these pages make the browser parse and hydrate: inline scripts (RSC payload) ${missed.map((p) => `${p.path} ${kb(p.inlineScriptBytes)} kB`).join(', ')} raw${blankPage ? ` vs ${kb(blankPage.inlineScriptBytes)} kB on the blank page` : ''} (the document's own row in bootup-time above is the time spent on them); Suspense boundaries rendered from scratch in the browser instead of hydrated (\`<!--$!-->\`) ${missed.map((p) => p.clientRenderedBoundaries).join(', ')}${blankPage ? ` vs ${blankPage.clientRenderedBoundaries} on the blank page` : ''}.`,
    );
  }
  return cause;
}

/** Every category ≥ 98 on every page measured (warm medians). @param {import('./index.mjs').Results} results @returns {import('./index.mjs').Target} */
function categoriesTarget(results) {
  const lh = results.lighthouse;
  const t = { id: 'lighthouse', name: `Lighthouse ≥ ${LIGHTHOUSE_MIN} in every category on every page measured (warm browser)`, target: `≥ ${LIGHTHOUSE_MIN}` };
  if (!lh || !lh.modes.includes('warm')) return { ...t, met: null, value: 'not measured in this run', cause: [] };
  /** @type {{ page: string, category: string, score: number | null }[]} */
  const misses = [];
  /** @type {{ page: string, category: string, score: number } | null} */
  let lowest = null;
  for (const p of lh.pages) {
    const m = p.warm.median;
    if (!m.validRuns) {
      misses.push({ page: p.path, category: 'all', score: null });
      continue;
    }
    for (const c of CATEGORIES) {
      const s = m.scores[c];
      if (s === null) continue;
      if (lowest === null || s < lowest.score) lowest = { page: p.path, category: c, score: s };
      if (s < LIGHTHOUSE_MIN) misses.push({ page: p.path, category: c, score: s });
    }
  }
  const value = lowest ? `lowest median ${lowest.score} (${lowest.page}, ${lowest.category}); ${misses.length} page×category below ${LIGHTHOUSE_MIN}` : 'no valid run';
  const cause = [];
  /** @type {Map<string, typeof misses>} */
  const byCategory = new Map();
  for (const m of misses) byCategory.set(m.category, [...(byCategory.get(m.category) ?? []), m]);
  for (const [category, list] of byCategory) {
    cause.push(`**${category}** below ${LIGHTHOUSE_MIN} on ${list.map((m) => `${m.page} (${m.score ?? 'no run'})`).join(', ')}.`);
    /** @type {Map<string, { id: string, title: string, weight: number, pages: string[] }>} */
    const audits = new Map();
    for (const m of list) {
      const page = lh.pages.find((p) => p.path === m.page);
      if (!page) continue;
      for (const a of page.warm.median.failingAudits) {
        if (a.category !== category || a.runs < Math.ceil((page.warm.median.validRuns || 1) / 2)) continue;
        const e = audits.get(a.id) ?? { id: a.id, title: a.title, weight: a.weight, pages: [] };
        e.pages.push(`${m.page}${a.displayValues[0] ? ` ${a.displayValues[0]}` : ''}`);
        audits.set(a.id, e);
      }
    }
    if (audits.size) {
      cause.push(`Audits failing in most runs: ${[...audits.values()].map((a) => `\`${a.id}\` (${a.title}; weight ${a.weight}; ${a.pages.join(', ')})`).join('; ')}.`);
    }
    if (category === 'performance') cause.push(...performanceCauses(results, 'warm', list.map((m) => m.page)));
  }
  return { ...t, met: misses.length === 0, value, cause };
}

/** Every step page's performance median ≥ the blank page's, cold and warm. @param {import('./index.mjs').Results} results @returns {import('./index.mjs').Target} */
function blankTarget(results) {
  const lh = results.lighthouse;
  const t = { id: 'lighthouse-vs-blank', name: "Every step page's mobile performance median ≥ the blank Next.js page's, cold and warm", target: '≥ blank (same run, same mode)' };
  if (!lh || !lh.blank) return { ...t, met: null, value: 'not measured in this run', cause: [] };
  const steps = lh.pages.filter((p) => p.stepPage);
  if (!steps.length) return { ...t, met: null, value: 'no step page measured', cause: [] };
  const values = [];
  const cause = [];
  let met = true;
  for (const mode of lh.modes) {
    const blank = lh.blank[mode].median.scores.performance;
    const scored = steps.map((p) => ({ path: p.path, score: p[mode].median.scores.performance }));
    const below = scored.filter((s) => s.score === null || blank === null || s.score < blank);
    const worst = [...scored].sort((a, b) => (a.score ?? -1) - (b.score ?? -1))[0];
    values.push(`${mode}: blank ${blank ?? '–'}, step pages ${scored.map((s) => s.score ?? '–').join('/')} (lowest ${worst?.path} ${worst?.score ?? '–'}; ${below.length} of ${scored.length} below)`);
    if (below.length) {
      met = false;
      cause.push(`**${mode}**: below the blank page's ${blank ?? '–'}: ${below.map((s) => `${s.path} (${s.score ?? 'no run'})`).join(', ')}.`);
      cause.push(...performanceCauses(results, mode, below.map((s) => s.path)));
    }
  }
  return { ...t, met, value: values.join('; '), cause };
}

/** @type {import('./index.mjs').Phase} */
export const lighthousePhase = {
  id: 'lighthouse',
  title: 'Lighthouse',
  needsBlank: true,
  needsStyledBlank: true,
  options: {
    'lh-runs': { type: 'string', default: '3', description: 'Lighthouse runs per page and mode' },
    'lh-modes': { type: 'string', default: MODES.join(','), description: 'cold (a fresh Chromium per run), warm (one warmed Chromium), or both' },
    'lh-pages': { type: 'string', description: 'run on these paths (comma-separated) instead of the sample' },
  },
  async run(ctx) {
    const { blank, results, options, chromePath } = ctx;
    const runs = Number(options['lh-runs']);
    const modes = MODES.filter((m) => String(options['lh-modes']).split(',').includes(m));
    if (!modes.length) throw new Error(`--lh-modes: expected ${MODES.join(' and/or ')}`);
    const { how, pages, targets } = sampleTargets(ctx);
    const styledPath = results.styledBlankApp?.pagePath;
    if (ctx.styledBlank && styledPath) targets.push({ key: 'blankStyled', url: `${ctx.styledBlank.origin}/`, server: ctx.styledBlank });
    log(`lighthouse: ${targets.length} pages × ${runs} runs × ${modes.join(' + ')} (mobile, simulated throttling)`);
    const lh = await runLighthouse({ targets, runs, chromePath, modes });
    const blankResult = lh.blank;
    const blankHtml = blank ? decodeBody(await get(`${blank.origin}/`, { 'accept-encoding': 'gzip' })).toString('utf8') : null;
    results.lighthouse = {
      method: `lighthouse ${results.versions.lighthouse} Node API, default config (mobile form factor, simulated throttling); ${runs} runs per page and mode, interleaved, per-metric median. cold = a fresh Chromium (new process, new temporary profile) for every run, no warm-up; warm = one Chromium for the whole phase after one discarded warm-up run. Chromium via chrome-launcher with ${CHROME_FLAGS.join(' ')}`,
      modes: [...modes],
      runsPerMode: runs,
      sample: how,
      pages: pages.flatMap((p) => {
        const r = lh[p.path];
        return r ? [{ type: p.type, locale: p.locale, path: p.path, stepPage: p.stepPage, inlineScriptBytes: p.inlineScriptBytes, clientRenderedBoundaries: p.clientRenderedBoundaries, ...r }] : [];
      }),
      blank: blankResult ?? null,
      blankStyled: lh.blankStyled && styledPath ? { pagePath: styledPath, ...lh.blankStyled } : null,
      blankPage: blankHtml === null ? null : { inlineScriptBytes: inlineScriptBytes(blankHtml), clientRenderedBoundaries: clientRenderedBoundaries(blankHtml) },
    };
  },
  targets: (results) => [blankTarget(results), categoriesTarget(results)],
  render(r) {
    const lh = r.lighthouse;
    if (!lh) return [];
    const out = ['## Lighthouse (mobile, simulated throttling)', '', `${lh.method}.`, '', `Pages: ${lh.sample}. Scores 0–100; metric columns are medians; "perf runs" lists each run's performance score.`, ''];
    for (const mode of lh.modes) {
      /** @param {string} label @param {ModeResult} m @param {{ inlineScriptBytes: number, clientRenderedBoundaries: number } | undefined} page */
      const row = (label, m, page) => {
        const x = m.median;
        const bold = (/** @type {number | null} */ s) => (s === null ? '–' : page && s < LIGHTHOUSE_MIN ? `**${s}**` : String(s));
        return [
          label,
          ...CATEGORIES.map((c) => bold(x.scores[c])),
          ms(x.metrics.lcpMs),
          ms(x.metrics.tbtMs),
          num(x.metrics.cls, 3),
          ms(x.metrics.fcpMs),
          perfRuns(m),
          kb(x.scriptTransferBytes),
          kb((page ?? lh.blankPage)?.inlineScriptBytes),
          String((page ?? lh.blankPage)?.clientRenderedBoundaries ?? '–'),
        ];
      };
      const rows = lh.pages.map((p) => row(`\`${p.path}\` (${p.type})`, p[mode], p));
      if (lh.blank) rows.push(row('blank Next.js page', lh.blank[mode], undefined));
      if (lh.blankStyled) rows.push(row(`blank page with \`${lh.blankStyled.pagePath}\`'s stylesheet and text`, lh.blankStyled[mode], undefined));
      out.push(`### ${mode === 'cold' ? 'Cold: a fresh Chromium for every run' : 'Warm: one Chromium, warmed up'}`, '');
      out.push(table(['Page', ...CATEGORIES.map((c) => CAT_SHORT[c]), 'LCP', 'TBT', 'CLS', 'FCP', 'perf runs', 'JS transfer kB', `inline scripts kB (today ${kb(BASELINE.stepInlineScriptBytes[0])}–${kb(BASELINE.stepInlineScriptBytes[1])})`, `client-rendered boundaries (today ${BASELINE.stepClientRenderedBoundaries.join('–')})`], rows), '');
    }
    const mode = lh.modes.includes('warm') ? 'warm' : lh.modes[0];
    const failing = mode ? lh.pages.flatMap((p) => p[mode].median.failingAudits.map((a) => ({ ...a, page: p.path, valid: p[mode].median.validRuns }))) : [];
    if (failing.length) {
      out.push(`Scored audits below 1 (${mode}; page: audit — runs where it failed / valid runs, value):`, '');
      /** @type {Map<string, typeof failing>} */
      const byAudit = new Map();
      for (const a of failing) byAudit.set(a.id, [...(byAudit.get(a.id) ?? []), a]);
      for (const [id, list] of byAudit) {
        out.push(`- \`${id}\` (${list[0]?.category}, ${list[0]?.title}): ${list.map((a) => `${a.page} ${a.runs}/${a.valid}${a.displayValues[0] ? ` (${a.displayValues.join(', ')})` : ''}`).join('; ')}`);
      }
      out.push('');
    }
    if (lh.blank) out.push('The blank page has no description, so its SEO and best-practices scores are not comparable; it is there for performance.', '');
    return out;
  },
};
