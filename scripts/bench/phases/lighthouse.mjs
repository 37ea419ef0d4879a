// Phase `lighthouse`: Lighthouse (mobile, simulated throttling) on every built page and the blank
// Next.js page; the target, its causes read from the reports, and the report section.
import { CATEGORIES, runLighthouse } from '../lib/lighthouse.mjs';
import { kb, ms, num, signed, table } from '../lib/format.mjs';
import { log } from '../lib/util.mjs';

export const LIGHTHOUSE_MIN = 98;
const TARGETS = { lighthouseMin: LIGHTHOUSE_MIN };
const CAT_SHORT = { performance: 'Perf', accessibility: 'A11y', 'best-practices': 'BP', seo: 'SEO' };

/** The run whose performance score is the page's median (for its diagnostics). */
function medianRun(page) {
  const ok = (page.runs ?? []).filter((r) => !r.error);
  if (!ok.length) return null;
  const target = page.median.scores.performance;
  return [...ok].sort((a, b) => Math.abs(a.scores.performance - target) - Math.abs(b.scores.performance - target))[0];
}

function lighthouseTarget(results) {
  const lh = results.lighthouse;
  const t = { id: 'lighthouse', name: `Lighthouse ≥ ${TARGETS.lighthouseMin} in every category on every page measured`, target: `≥ ${TARGETS.lighthouseMin}` };
  if (!lh) return { ...t, met: null, value: 'not measured in this run', cause: [] };
  const misses = [];
  let lowest = null;
  for (const p of lh.pages) {
    if (!p.median?.validRuns) {
      misses.push({ page: p.path, category: 'all', score: null });
      continue;
    }
    for (const c of CATEGORIES) {
      const s = p.median.scores[c];
      if (lowest === null || s < lowest.score) lowest = { page: p.path, category: c, score: s };
      if (s < TARGETS.lighthouseMin) misses.push({ page: p.path, category: c, score: s });
    }
  }
  const value = lowest ? `lowest median ${lowest.score} (${lowest.page}, ${lowest.category}); ${misses.length} page×category below ${TARGETS.lighthouseMin}` : 'no valid run';
  const cause = [];
  const blank = lh.blank?.median;
  const byCategory = new Map();
  for (const m of misses) byCategory.set(m.category, [...(byCategory.get(m.category) ?? []), m]);
  for (const [category, list] of byCategory) {
    cause.push(`**${category}** below ${TARGETS.lighthouseMin} on ${list.map((m) => `${m.page} (${m.score ?? 'no run'})`).join(', ')}.`);
    const audits = new Map();
    for (const m of list) {
      const page = lh.pages.find((p) => p.path === m.page);
      for (const a of page?.median?.failingAudits ?? []) {
        if (a.category !== category || a.runs < Math.ceil((page.median.validRuns ?? 1) / 2)) continue;
        const e = audits.get(a.id) ?? { ...a, pages: [] };
        e.pages.push(`${m.page}${a.displayValues?.[0] ? ` ${a.displayValues[0]}` : ''}`);
        audits.set(a.id, e);
      }
    }
    if (audits.size) {
      cause.push(
        `Audits failing in most runs: ${[...audits.values()]
          .map((a) => `\`${a.id}\` (${a.title}; weight ${a.weight}; ${a.pages.join(', ')})`)
          .join('; ')}.`,
      );
    }
    if (category === 'performance') {
      for (const m of list) {
        const page = lh.pages.find((p) => p.path === m.page);
        const run = page && medianRun(page);
        if (!run) continue;
        const d = run.diagnostics;
        const parts = [
          `${m.page}: FCP ${ms(page.median.metrics.fcpMs)}, LCP ${ms(page.median.metrics.lcpMs)}, TBT ${ms(page.median.metrics.tbtMs)}, SI ${ms(page.median.metrics.siMs)}, CLS ${num(page.median.metrics.cls, 3)}`,
        ];
        if (d.bootup?.length) parts.push(`JS execution (bootup-time, simulated): ${d.bootup.slice(0, 4).map((b) => `${b.url} ${b.totalMs} ms`).join(', ')}`);
        if (d.longTasks?.length) parts.push(`long tasks: ${d.longTasks.slice(0, 3).map((l) => `${l.url} ${l.durationMs} ms`).join(', ')}`);
        if (d.lcpElement) parts.push(`LCP element: ${d.lcpElement.nodeLabel ?? d.lcpElement.snippet}`);
        if (d.lcpBreakdown) parts.push(`LCP subparts (observed, unthrottled): ${Object.entries(d.lcpBreakdown).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
        const scriptEval = d.mainThread?.find((g) => /script evaluation/i.test(g.group));
        if (scriptEval) parts.push(`main-thread script evaluation ${scriptEval.ms} ms`);
        parts.push(`perf per run ${page.runs.map((x) => (x.error ? 'err' : x.scores.performance)).join(' / ')}`);
        if (d.renderBlocking?.length) parts.push(`render-blocking: ${d.renderBlocking.map((r) => `${r.url} (${r.wastedMs} ms)`).join(', ')}`);
        cause.push(parts.join('; ') + '.');
      }
      // Why LCP is late while FCP is not: what had arrived when the unthrottled load painted.
      const obsPages = [...lh.pages.filter((p) => list.some((m) => m.page === p.path)), ...(lh.blank ? [{ ...lh.blank, path: 'blank page' }] : [])];
      const obsText = obsPages
        .map((p) => {
          const runs = p.runs.filter((x) => !x.error && x.diagnostics.observed?.lcpMs != null);
          if (!runs.length) return null;
          const counts = runs.map((x) => `${x.diagnostics.observed.scriptsEndedBeforeLcp}/${x.diagnostics.observed.scripts}`).join(', ');
          const o = medianRun(p)?.diagnostics.observed ?? runs[0].diagnostics.observed;
          return `${p.path} ${counts} (median run: paint at ${o.lcpMs} ms${o.stylesheets ? `, stylesheet done at ${o.stylesheetsEndMs} ms` : ', no stylesheet'})`;
        })
        .filter(Boolean);
      if (obsText.length) {
        cause.push(
          `LCP: the LCP element is server-rendered text (nothing to download), yet simulated LCP is far above FCP. Lantern builds LCP from everything that finished before the LCP paint of the unthrottled load it observed, async scripts included (FCP leaves low-priority scripts out). Scripts downloaded before that paint, per run: ${obsText.join('; ')}. Each of those is charged at slow-4G speed (and its evaluation at 4× CPU) to LCP. On the app's pages the first paint waits for the render-blocking stylesheet and then for the main thread, which runs the scripts that arrived in the meantime; the blank page (no stylesheet, a tiny document) paints before its scripts arrive.`,
        );
      }
      if (blank) {
        const blankRun = medianRun(lh.blank);
        const blankEval = blankRun?.diagnostics.mainThread?.find((g) => /script evaluation/i.test(g.group));
        const blankDoc = blankRun?.diagnostics.bootup?.find((b) => b.url === '/');
        cause.push(
          `Reference, same machine and settings: the blank Next.js page scores performance ${blank.scores.performance} (FCP ${ms(blank.metrics.fcpMs)}, LCP ${ms(blank.metrics.lcpMs)}, TBT ${ms(blank.metrics.tbtMs)}, script evaluation ${blankEval ? `${blankEval.ms} ms` : '–'}, its own document's inline scripts ${blankDoc ? `${blankDoc.totalMs} ms` : '–'}); Lighthouse's benchmarkIndex of this machine: ${num(blank.benchmarkIndex)} (median); load average during Lighthouse ${(results.loadAverage?.lighthouse ?? []).join(' / ')} on ${results.machine.cpuCount} cores.`,
        );
      }
      const js = results.jsWeight;
      if (js) {
        const missedPaths = new Set(list.map((m) => m.page));
        const rows = js.pages.filter((p) => p.built && missedPaths.has(p.path));
        if (rows.length) {
          cause.push(
            `What these pages make the browser parse and hydrate beyond the blank page: JS ${rows.map((p) => `${p.path} ${signed(p.vsBlank.diffBytes)} kB`).join(', ')} (gzip); inline scripts (RSC payload) ${rows.map((p) => `${kb(p.inlineScriptBytes)} kB`).join(', ')} raw vs ${kb(js.blank.inlineScriptBytes)} kB on the blank page (the document's own row in bootup-time above is the time spent on those inline scripts); Suspense boundaries the server left to the client (\`<!--$!-->\`, rendered from scratch in the browser instead of hydrated) ${rows.map((p) => p.clientRenderedBoundaries).join(', ')} vs ${js.blank.clientRenderedBoundaries} on the blank page.`,
          );
        }
      }
    }
  }
  return { ...t, met: misses.length === 0, value, misses, cause };
}

/** @type {import('./index.mjs').Phase} */
export const lighthousePhase = {
  id: 'lighthouse',
  title: 'Lighthouse',
  needsBlank: true,
  options: {
    'lh-runs': { type: 'string', default: '3', description: 'Lighthouse runs per page' },
  },
  async run(ctx) {
    const { app, blank, pages, builtPages, results, options, chromePath } = ctx;
    const runs = Number(options['lh-runs']);
    const targets = builtPages.map((p) => ({ key: p.path, url: app.origin + p.path, server: app }));
    if (blank) targets.push({ key: 'blank', url: `${blank.origin}/`, server: blank });
    log(`lighthouse: ${targets.length} pages × ${runs} runs (mobile, simulated throttling)`);
    const lh = await runLighthouse({ targets, runs, chromePath });
    results.lighthouse = {
      method: `lighthouse ${results.versions.lighthouse} Node API, default config (mobile form factor, simulated throttling), ${runs} runs per page interleaved, per-metric median; Chromium via chrome-launcher with --headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run`,
      pages: builtPages.map((p) => ({ type: p.type, locale: p.locale, path: p.path, ...lh[p.path] })),
      notBuilt: pages.filter((p) => !p.built).map((p) => p.path),
      blank: lh.blank ?? null,
    };
  },
  targets: (results) => [lighthouseTarget(results)],
  render(r) {
    const lh = r.lighthouse;
    if (!lh) return [];
    const out = [];
    out.push('## Lighthouse (mobile, simulated throttling)');
    out.push('');
    out.push(`${lh.method}. Scores 0–100; metric columns are medians; "perf runs" lists each run's performance score.`);
    out.push('');
    const row = (label, page) => {
      const m = page.median;
      return [
        label,
        ...CATEGORIES.map((c) => (m.scores[c] === null ? '–' : `${m.scores[c] < TARGETS.lighthouseMin && label !== 'blank Next.js page' ? '**' : ''}${m.scores[c]}${m.scores[c] < TARGETS.lighthouseMin && label !== 'blank Next.js page' ? '**' : ''}`)),
        ms(m.metrics.lcpMs),
        ms(m.metrics.tbtMs),
        num(m.metrics.cls, 3),
        ms(m.metrics.fcpMs),
        page.runs.map((x) => (x.error ? 'err' : x.scores.performance)).join(' / '),
        kb(m.scriptTransferBytes),
      ];
    };
    const rows = lh.pages.map((p) => row(`\`${p.path}\` (${p.type})`, p));
    for (const path of lh.notBuilt) rows.push([`\`${path}\``, 'not built in this run', '', '', '', '', '', '', '', '', '']);
    if (lh.blank) rows.push(row('blank Next.js page', lh.blank));
    out.push(table(['Page', ...CATEGORIES.map((c) => CAT_SHORT[c]), 'LCP', 'TBT', 'CLS', 'FCP', 'perf runs', 'JS transfer kB'], rows));
    out.push('');
    const failing = lh.pages.flatMap((p) => (p.median.failingAudits ?? []).map((a) => ({ ...a, page: p.path, valid: p.median.validRuns })));
    if (failing.length) {
      out.push('Scored audits below 1 (page: audit — runs where it failed / valid runs, value):');
      out.push('');
      const byAudit = new Map();
      for (const a of failing) byAudit.set(a.id, [...(byAudit.get(a.id) ?? []), a]);
      for (const [id, list] of byAudit) {
        out.push(`- \`${id}\` (${list[0].category}, ${list[0].title}): ${list.map((a) => `${a.page} ${a.runs}/${a.valid}${a.displayValues?.[0] ? ` (${a.displayValues.join(', ')})` : ''}`).join('; ')}`);
      }
      out.push('');
    }
    if (lh.blank) {
      out.push('The blank page has no description, so its SEO and best-practices scores are not comparable; it is there for performance.');
      out.push('');
    }
    return out;
  },
};
