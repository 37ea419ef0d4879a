// Targets (met / missed, with the cause read from the measurements) and bench/RESULTS.md.
import { CATEGORIES } from './lighthouse.mjs';

export const TARGETS = {
  lighthouseMin: 98,
  jsOverBlankBytes: 20_000,
  stepChangeP50Ms: 50,
  keystrokeP50Ms: 16,
  keystrokeThrottledP50Ms: 50,
  loadErrors: 0,
};

const kb = (bytes) => (typeof bytes === 'number' ? (bytes / 1000).toFixed(1) : '–');
const ms = (v, d = 0) => (typeof v === 'number' ? `${v.toFixed(d)} ms` : '–');
const num = (v, d = 0) => (typeof v === 'number' ? v.toFixed(d) : '–');
const signed = (bytes) => (typeof bytes === 'number' ? `${bytes >= 0 ? '+' : '−'}${kb(Math.abs(bytes))}` : '–');
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

function jsTarget(results) {
  const js = results.jsWeight;
  const t = { id: 'js', name: 'JS per step page ≤ blank Next.js + 20 kB gzip', target: `≤ blank + ${kb(TARGETS.jsOverBlankBytes)} kB (gzip -9)` };
  if (!js) return { ...t, met: null, value: 'not measured in this run', cause: [] };
  const steps = js.pages.filter((p) => p.built && p.stepPage);
  if (!steps.length) return { ...t, met: null, value: 'no step page built', cause: [] };
  const worst = [...steps].sort((a, b) => b.vsBlank.diffBytes - a.vsBlank.diffBytes)[0];
  const met = steps.every((p) => p.vsBlank.diffBytes <= TARGETS.jsOverBlankBytes);
  const value = `worst ${worst.path}: ${kb(worst.total.gzip9Bytes)} kB vs blank ${kb(js.blank.total.gzip9Bytes)} kB (${signed(worst.vsBlank.diffBytes)} kB, ×${worst.vsBlank.ratio})`;
  const cause = [];
  if (!met) {
    const stepPaths = new Set(steps.map((p) => p.path));
    const mods = js.modulesBeyondBlank.filter((m) => m.pages.some((p) => stepPaths.has(p)) && m.deltaGzip9Bytes >= 100).slice(0, 8);
    cause.push(
      `Largest modules the step pages load beyond the blank page: ${mods.map((m) => `#${m.id} ${m.exports} (${m.origin}, ${signed(m.deltaGzip9Bytes)} kB)`).join('; ')}.`,
    );
  }
  return { ...t, met, value, cause };
}

function stepTarget(results) {
  const sc = results.stepChange;
  const t = { id: 'step-change', name: `Step change p50 ≤ ${TARGETS.stepChangeP50Ms} ms`, target: `p50 ≤ ${TARGETS.stepChangeP50Ms} ms` };
  if (!sc) return { ...t, met: null, value: 'not measured in this run', cause: [] };
  const met = sc.frameMs.p50 <= TARGETS.stepChangeP50Ms;
  const value = `p50 ${ms(sc.frameMs.p50, 1)}, p95 ${ms(sc.frameMs.p95, 1)} (n = ${sc.count})`;
  const cause = [];
  if (!met) {
    cause.push(
      `DOM updated at p50 ${ms(sc.domMs.p50, 1)}; an empty frame took p50 ${ms(sc.frameFloorMs?.p50, 1)} at the same moments (machine load average ${(results.loadAverage?.steps ?? []).join(' / ')} on ${results.machine.cpuCount} cores); ${sc.changesThatFetched} of ${sc.count} changes fetched the RSC payload at click time (prefetch missing); slowest: ${sc.slowest.map((s) => `${s.from}→${s.to} ${ms(s.frameMs)}`).join(', ')}.`,
    );
    cause.push(
      `${sc.changesWithLongFrame} of ${sc.count} changes contained a long animation frame (> 50 ms); script time in those frames by file: ${sc.longFrameScriptMs.map((x) => `${x.script} ${x.ms} ms`).join(', ') || 'none attributed'}.`,
    );
  }
  return { ...t, met, value, cause };
}

function loadTarget(results) {
  const t = { id: 'load', name: 'Zero errors under load', target: '0 (non-2xx + errors + timeouts)' };
  const runs = (results.load ?? []).filter((l) => !l.skipped);
  if (!runs.length) return { ...t, met: null, value: 'not measured in this run', cause: [] };
  const errors = runs.reduce((a, l) => a + l.errors, 0);
  const value = runs.map((l) => `${l.url}: ${l.errors} errors of ${l.totalRequests}`).join('; ');
  const cause = errors
    ? runs.filter((l) => l.errors).map((l) => `${l.url}: non-2xx ${l.non2xx} (${JSON.stringify(l.status)}), connection errors ${l.socketErrors}, timeouts (no answer within 10 s) ${l.timeouts}; latency p50 ${ms(l.latencyMs.p50)}, p99 ${ms(l.latencyMs.p99)}, max ${ms(l.latencyMs.max)}.`)
    : [];
  const ref = results.loadReference;
  if (errors && ref) {
    cause.push(
      `Reference at the same moment, the blank Next.js page on the same machine: ${num(ref.requestsPerSecond.mean)} req/s, p99 ${ms(ref.latencyMs.p99)}, ${ref.errors} errors (${ref.timeouts} timeouts). Load average during the load phase: ${(results.loadAverage?.load ?? []).join(' / ')} on ${results.machine.cpuCount} cores.`,
    );
  }
  return { ...t, met: errors === 0, value, cause };
}

function keystrokeTarget(results) {
  const k = results.keystrokes;
  const t = {
    id: 'keystrokes',
    name: `Calculator keystroke → next frame p50 ≤ ${TARGETS.keystrokeP50Ms} ms, ≤ ${TARGETS.keystrokeThrottledP50Ms} ms at 4× CPU`,
    target: `p50 ≤ ${TARGETS.keystrokeP50Ms} ms (×1), ≤ ${TARGETS.keystrokeThrottledP50Ms} ms (×4)`,
  };
  if (!k || k.skipped) return { ...t, met: null, value: k?.note ?? 'not measured in this run', cause: [] };
  const limit = (rate) => (rate === 1 ? TARGETS.keystrokeP50Ms : TARGETS.keystrokeThrottledP50Ms);
  const met = k.passes.every((p) => p.frameMs.p50 <= limit(p.cpuThrottlingRate));
  const value = k.passes
    .map((p) => `×${p.cpuThrottlingRate}: p50 ${ms(p.frameMs.p50, 1)} over ${p.fields} fields (worst field \`${p.worstField?.id}\` ${ms(p.worstField?.p50, 1)})`)
    .join('; ');
  const cause = met
    ? []
    : k.passes.map(
        (p) =>
          `×${p.cpuThrottlingRate}: an empty frame took p50 ${ms(p.frameFloorMs.p50, 1)} at the same moments (load average ${(results.loadAverage?.keys ?? []).join(' / ')}); slowest fields ${p.slowestFields.map((f) => `${f.id} ${ms(f.p50, 1)}`).join(', ')}.`,
      );
  return { ...t, met, value, cause };
}

/** The calculator's Lighthouse performance (median, both languages) against the blank page's. */
function calculatorLighthouseTarget(results) {
  const lh = results.lighthouse;
  const t = { id: 'calculator-lighthouse', name: 'Calculator Lighthouse performance (median) ≥ the blank Next.js page’s', target: '≥ blank' };
  const pages = (lh?.pages ?? []).filter((p) => p.type === 'calculator' && p.median?.validRuns);
  const blank = lh?.blank?.median?.scores?.performance;
  if (!pages.length || typeof blank !== 'number') return { ...t, met: null, value: 'not measured in this run', cause: [] };
  const met = pages.every((p) => p.median.scores.performance >= blank);
  const value = `${pages.map((p) => `${p.path} ${p.median.scores.performance} (TBT ${ms(p.median.metrics.tbtMs)})`).join(', ')}; blank ${blank}`;
  return { ...t, met, value, cause: [] };
}

export function evaluateTargets(results) {
  return [lighthouseTarget(results), calculatorLighthouseTarget(results), jsTarget(results), stepTarget(results), keystrokeTarget(results), loadTarget(results)];
}

const status = (met) => (met === null ? 'not measured' : met ? '✅ met' : '❌ missed');

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function renderMarkdown(r) {
  const out = [];
  const v = r.versions;
  out.push('# Benchmark results');
  out.push('');
  out.push('Written by `npm run bench` (scripts/bench/run.mjs; what it measures and how: scripts/bench/README.md). Do not edit by hand: the next run overwrites it.');
  out.push('');
  out.push(`- **Date:** ${r.date} (run took ${r.durationSeconds} s)`);
  out.push(`- **Commit measured:** ${r.gitCommitMeasured ?? 'unknown'}`);
  out.push(`- **Machine:** ${r.machine.cpuCount} × ${r.machine.cpuModel}, ${r.machine.memoryGB} GB RAM, ${r.machine.os} (shared machine: figures are noisy, read medians and ratios)`);
  out.push(`- **Load average (1/5/15 min) at the start of each phase:** ${Object.entries(r.loadAverage ?? {}).map(([k, v]) => `${k} ${v.join('/')}`).join(' · ')}`);
  out.push(`- **Versions:** Node ${v.node}, Next.js ${v.next}, React ${v.react} (react-dom ${v.reactDom}), ${v.chromium}, Lighthouse ${v.lighthouse}, Playwright ${v.playwright}, autocannon ${v.autocannon}`);
  if (Object.values(r.serverRestarts ?? {}).some(Boolean)) {
    out.push(`- **Server restarts during the run** (a server disappeared and was started again): ${JSON.stringify(r.serverRestarts)}`);
  }
  const notBuilt = (r.pages ?? []).filter((p) => !p.built);
  if (notBuilt.length) out.push(`- **Not built in this run:** ${notBuilt.map((p) => `${p.path} (${p.status})`).join(', ')} — recorded, not failed.`);
  out.push('');

  out.push('## Targets');
  out.push('');
  out.push(table(['Target', 'Result', 'Status'], r.targets.map((t) => [t.name, t.value, status(t.met)])));
  out.push('');
  const missed = r.targets.filter((t) => t.met === false);
  if (missed.length) {
    out.push('### Causes of the missed targets');
    out.push('');
    out.push('Read from this run\'s measurements (see the sections below for the figures).');
    out.push('');
    for (const t of missed) {
      out.push(`**${t.name}**`);
      out.push('');
      for (const line of t.cause) out.push(`- ${line}`);
      out.push('');
    }
  }

  if (r.jsWeight) {
    const js = r.jsWeight;
    out.push('## JS weight');
    out.push('');
    out.push(js.method);
    out.push('');
    const rows = js.pages.map((p) =>
      p.built
        ? [
            `${p.type}${p.stepPage ? ' (step)' : ''}`,
            `\`${p.path}\``,
            String(p.total.files),
            kb(p.total.gzip9Bytes),
            kb(p.total.servedBytes),
            kb(js.blank.total.gzip9Bytes),
            signed(p.vsBlank.diffBytes),
            `×${p.vsBlank.ratio.toFixed(2)}`,
            kb(p.htmlServedBytes),
            kb(p.inlineScriptBytes),
            String(p.clientRenderedBoundaries),
          ]
        : [p.type, `\`${p.path}\``, '–', p.note, '–', '–', '–', '–', '–', '–', '–'],
    );
    rows.push([
      'blank Next.js page',
      '`/` (bench/tmp/blank-app)',
      String(js.blank.total.files),
      kb(js.blank.total.gzip9Bytes),
      kb(js.blank.total.servedBytes),
      '–',
      '–',
      '×1.00',
      kb(js.blank.htmlServedBytes),
      kb(js.blank.inlineScriptBytes),
      String(js.blank.clientRenderedBoundaries),
    ]);
    out.push(table(['Page', 'Path', 'Files', 'JS gzip -9 kB', 'JS served kB', 'blank JS kB', 'Δ kB', 'ratio', 'HTML served kB', 'inline scripts raw kB', 'client-rendered boundaries'], rows));
    out.push('');
    out.push('The last three columns are not part of the JS figure: the HTML as served (gzip), the raw size of its inline scripts (mostly the RSC payload React hydrates from), and the Suspense boundaries the prerender left to the browser (`<!--$!-->`: rendered from scratch on load, not hydrated).');
    out.push('');
    if (js.modulesBeyondBlank?.length) {
      const added = js.modulesBeyondBlank.filter((m) => m.change === 'not in blank');
      const changed = js.modulesBeyondBlank.filter((m) => m.change !== 'not in blank');
      const sum = (list, k) => list.reduce((a, m) => a + m[k], 0);
      const builtCount = js.pages.filter((p) => p.built).length;
      out.push(
        `What the app adds, module by module (Turbopack chunks split into their modules; each module gzipped alone, so sums run a little above the Δ column): ${added.length} modules the blank page does not load (${kb(sum(added, 'gzip9Bytes'))} kB) and ${changed.length} modules both load whose minified text differs (mostly other mangled names; net ${signed(sum(changed, 'deltaGzip9Bytes'))} kB; listed only when they differ by ≥ 0.1 kB). Names are the modules' exports; origin "app" = code with the app's classes/hooks (heuristic).`,
      );
      out.push('');
      out.push(
        table(
          ['Module', 'Exports', 'Origin', 'Change', 'gzip kB', 'Δ vs blank kB', 'Loaded by'],
          js.modulesBeyondBlank
            .filter((m) => m.change === 'not in blank' || Math.abs(m.deltaGzip9Bytes) >= 100)
            .slice(0, 15)
            .map((m) => [
              `#${m.id}`,
              m.exports.replace(/\|/g, '\\|').slice(0, 90),
              m.origin,
              m.change,
              kb(m.gzip9Bytes),
              signed(m.deltaGzip9Bytes),
              m.pages.length === builtCount ? 'every page' : m.pages.join(' '),
            ]),
        ),
      );
      out.push('');
    }
  }

  if (r.lighthouse) {
    const lh = r.lighthouse;
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
  }

  if (r.stepChange) {
    const s = r.stepChange;
    out.push('## Step change');
    out.push('');
    out.push(s.method);
    out.push('');
    out.push(
      table(
        ['Measure', 'n', 'p50', 'p95', 'p99', 'max', 'mean'],
        [
          ['click → frame with the new h1 (target)', String(s.frameMs.n), ms(s.frameMs.p50, 1), ms(s.frameMs.p95, 1), ms(s.frameMs.p99, 1), ms(s.frameMs.max, 1), ms(s.frameMs.mean, 1)],
          ['click → new h1 in the DOM', String(s.domMs.n), ms(s.domMs.p50, 1), ms(s.domMs.p95, 1), ms(s.domMs.p99, 1), ms(s.domMs.max, 1), ms(s.domMs.mean, 1)],
          ...(s.frameFloorMs
            ? [['frame floor (rAF + setTimeout, no work), before each click', String(s.frameFloorMs.n), ms(s.frameFloorMs.p50, 1), ms(s.frameFloorMs.p95, 1), ms(s.frameFloorMs.p99, 1), ms(s.frameFloorMs.max, 1), ms(s.frameFloorMs.mean, 1)]]
            : []),
        ],
      ),
    );
    out.push('');
    out.push(`${s.distinctTransitions} distinct transitions; ${s.restartsAtStart} restarts at /ja; ${s.changesThatFetched} changes fetched the RSC payload at click time; ${s.fullPageLoadsDiscarded} full page loads discarded; ${s.changesWithLongFrame} changes contained a long animation frame (> 50 ms).`);
    if (s.longFrameScriptMs?.length) {
      out.push('');
      out.push(`Script time inside those long frames, summed over all changes: ${s.longFrameScriptMs.map((x) => `\`${x.script}\` ${x.ms} ms`).join(', ')}.`);
    }
    out.push('');
    out.push(`Slowest changes: ${s.slowest.map((x) => `${x.from} → ${x.to} ${ms(x.frameMs)}`).join(', ')}.`);
    out.push('');
  }

  if (r.calculator) {
    const c = r.calculator;
    out.push('## Calculator');
    out.push('');
    out.push(`\`simulateStopOut\` (lib/margin): ${c.simulateStopOut.method}; synthetic accounts starting at ~15 % margin level (XM stop-out 20 %).`);
    out.push('');
    out.push(
      table(
        ['Positions', 'closed by stop-out', 'median µs/call (wall)', 'p95 µs/call (wall)', 'median µs/call (CPU)', 'batches × calls'],
        c.simulateStopOut.cases.map((k) => [
          k.positions.toLocaleString('en'),
          String(k.closedByStopOut),
          num(k.perCallUs.p50, 2),
          num(k.perCallUs.p95, 2),
          num(k.perCallCpuUs?.p50, 2),
          `${k.batches} × ${k.batchSize}`,
        ]),
      ),
    );
    out.push('');
    const pr = c.pageRecompute;
    if (pr?.skipped) out.push(`Page recompute after one input change: **skipped** — ${pr.note}.`);
    else if (pr)
      out.push(
        `Page recompute after one input change on \`${pr.path}\` (field \`${pr.field.id}\` "${pr.field.label}", ${pr.measured} keystrokes): input → frame after the last DOM mutation p50 ${ms(pr.frameMs.p50, 1)}, p95 ${ms(pr.frameMs.p95, 1)}; → last mutation p50 ${ms(pr.lastMutationMs.p50, 1)}; ${num(pr.mutationsPerChange.p50)} mutation records per change (median).`,
      );
    out.push('');
  }

  if (r.keystrokes && !r.keystrokes.skipped) {
    const k = r.keystrokes;
    out.push('## Calculator: keystroke → next frame, every field');
    out.push('');
    out.push(k.method);
    out.push('');
    out.push(
      table(
        ['CPU', 'fields', 'keystrokes', 'p50', 'p95', 'max', 'worst field (its p50)', 'empty frame p50'],
        k.passes.map((p) => [
          `×${p.cpuThrottlingRate}`,
          String(p.fields),
          String(p.keystrokes),
          ms(p.frameMs.p50, 1),
          ms(p.frameMs.p95, 1),
          ms(p.frameMs.max, 1),
          `\`${p.worstField?.id}\` ${ms(p.worstField?.p50, 1)}`,
          ms(p.frameFloorMs.p50, 1),
        ]),
      ),
    );
    out.push('');
    for (const p of k.passes) out.push(`Slowest fields at ×${p.cpuThrottlingRate}: ${p.slowestFields.map((f) => `\`${f.id}\` ${ms(f.p50, 1)}`).join(', ')}.`);
    out.push('');
  }

  if (r.build) {
    out.push('## Build');
    out.push('');
    if (r.build.skipped) out.push(r.build.note);
    else {
      out.push(`\`${r.build.command}\` from a clean \`.next\`: **next build ${num(r.build.nextBuildSeconds, 1)} s** wall, whole script ${num(r.build.totalSeconds, 1)} s.`);
      out.push('');
      out.push(table(['Command', 'Wall s', 'Next.js "Compiled successfully in"'], r.build.steps.map((s) => [`\`${s.command}\``, num(s.seconds, 1), s.nextReportedCompileSeconds ? `${s.nextReportedCompileSeconds} s` : '–'])));
    }
    if (r.blankApp?.buildSeconds) out.push(`\nBlank app build: ${num(r.blankApp.buildSeconds, 1)} s.`);
    out.push('');
  }

  if (r.load) {
    out.push('## Load (autocannon, 50 connections, 10 s, accept-encoding: gzip)');
    out.push('');
    out.push(
      table(
        ['Page', 'req/s (mean)', 'p50 latency', 'p99 latency', 'requests', 'errors (non-2xx + errors + timeouts)', 'encoding'],
        r.load.map((l) =>
          l.skipped
            ? [`${l.name} \`${l.url}\``, l.note, '', '', '', '', '']
            : [`${l.name} \`${l.url}\``, num(l.requestsPerSecond.mean, 0), ms(l.latencyMs.p50), ms(l.latencyMs.p99), String(l.totalRequests), `${l.errors} (${l.non2xx} + ${l.socketErrors} + ${l.timeouts})`, l.probeEncoding],
        ),
      ),
    );
    out.push('');
    if (r.loadReference) {
      const l = r.loadReference;
      out.push(`Reference, same conditions right after: blank Next.js page \`/\` ${num(l.requestsPerSecond.mean, 0)} req/s, p50 ${ms(l.latencyMs.p50)}, p99 ${ms(l.latencyMs.p99)}, ${l.errors} errors (${l.non2xx} + ${l.socketErrors} + ${l.timeouts}).`);
      out.push('');
    }
    out.push(`Load generator and server share the ${r.machine.cpuCount} cores (load average at the start of this phase: ${(r.loadAverage?.load ?? []).join(' / ')}): requests/s is a floor, not the server's capacity. A 3 s warm-up run precedes each measured run.`);
    out.push('');
  }

  if (r.firstVisit) {
    const kB = (b) => num(b / 1000, 1);
    out.push('## First visit: bytes downloaded (page, offline worker, background)');
    out.push('');
    out.push(r.firstVisit.method);
    out.push('');
    out.push(
      table(
        ['Page', 'Connection', 'total kB', 'page kB', 'worker script kB', 'background kB', 'requests (page / worker / background)', 'kept'],
        r.firstVisit.visits.map((v) => [
          `\`${v.path}\``,
          { page: 'service worker blocked (the page alone)', normal: 'normal', saveData: 'Save-Data' }[v.mode],
          kB(v.bytes.total),
          kB(v.bytes.page),
          kB(v.bytes.workerScript),
          kB(v.bytes.background),
          `${v.requests.page} / ${v.requests.workerScript} / ${v.requests.background}`,
          v.plan ?? '–',
        ]),
      ),
    );
    out.push('');
    out.push(`Before issue 12: ${r.firstVisit.referenceBeforeIssue12}.`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
