// @ts-check
// Phase `js`: for every page of the sitemap, the JS it loads (gzip) beside the blank Next.js page,
// the modules the app adds, and what the browser hydrates from: the inline scripts (RSC payload)
// and the Suspense boundaries left to the client, beside the figures issue 14 quoted as "today".
import { measurePage, modulesBeyond, ScriptCache } from '../lib/js-weight.mjs';
import { kb, signed, table } from '../lib/format.mjs';
import { log, round } from '../lib/util.mjs';

export const TARGET_JS_OVER_BLANK_BYTES = 20_000;

/**
 * What the step pages carried when issue 14 was filed (bench/RESULTS.md of commit 475580f): the
 * figures each run is shown beside.
 */
export const BASELINE = {
  source: 'issue 14, from the bench of commit 475580f',
  stepInlineScriptBytes: [14_000, 22_000],
  stepClientRenderedBoundaries: [2, 5],
  blankInlineScriptBytes: 3_600,
};

/** @typedef {Awaited<ReturnType<typeof measurePage>>} Measured */
/** @typedef {Omit<Measured, 'modules'>} MeasuredPage */
/**
 * @typedef {MeasuredPage & { type: string, locale: string, stepPage: boolean, vsBlank: { diffBytes: number, ratio: number | null, servedDiffBytes: number } }} JsPage
 */
/** @typedef {ReturnType<typeof modulesBeyond>[number] & { pages: string[] }} ModuleRow */
/**
 * @typedef {object} JsWeightResults
 * @property {string} method
 * @property {MeasuredPage} blank
 * @property {JsPage[]} pages every built page of the sitemap
 * @property {ModuleRow[]} modulesBeyondBlank
 */

/** min–max of a list, formatted. @param {number[]} values @param {(v: number) => string} f */
const range = (values, f) => {
  if (!values.length) return '–';
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? f(lo) : `${f(lo)}–${f(hi)}`;
};

/** @param {import('./index.mjs').Results} results @returns {import('./index.mjs').Target} */
function jsTarget(results) {
  const js = results.jsWeight;
  const t = { id: 'js', name: 'JS per step page ≤ blank Next.js + 20 kB gzip', target: `≤ blank + ${kb(TARGET_JS_OVER_BLANK_BYTES)} kB (gzip -9)` };
  if (!js) return { ...t, met: null, value: 'not measured in this run', cause: [] };
  const steps = js.pages.filter((p) => p.stepPage);
  const worst = [...steps].sort((a, b) => b.vsBlank.diffBytes - a.vsBlank.diffBytes)[0];
  if (!worst) return { ...t, met: null, value: 'no step page built', cause: [] };
  const met = steps.every((p) => p.vsBlank.diffBytes <= TARGET_JS_OVER_BLANK_BYTES);
  const value = `${steps.length} step pages; worst ${worst.path}: ${kb(worst.total.gzip9Bytes)} kB vs blank ${kb(js.blank.total.gzip9Bytes)} kB (${signed(worst.vsBlank.diffBytes)} kB, ×${worst.vsBlank.ratio})`;
  const cause = [];
  if (!met) {
    const stepPaths = new Set(steps.map((p) => p.path));
    const mods = js.modulesBeyondBlank.filter((m) => m.pages.some((p) => stepPaths.has(p)) && m.deltaGzip9Bytes >= 100).slice(0, 8);
    cause.push(`Largest modules the step pages load beyond the blank page: ${mods.map((m) => `#${m.id} ${m.exports} (${m.origin}, ${signed(m.deltaGzip9Bytes)} kB)`).join('; ')}.`);
  }
  return { ...t, met, value, cause };
}

/** @param {JsWeightResults} js */
function renderHydration(js) {
  const steps = js.pages.filter((p) => p.stepPage);
  const [inLo, inHi] = BASELINE.stepInlineScriptBytes;
  const [bLo, bHi] = BASELINE.stepClientRenderedBoundaries;
  return [
    `**What the browser hydrates from, beside "today" (${BASELINE.source}).** Over the ${steps.length} step pages of the sitemap: inline scripts (RSC payload, raw) ${range(steps.map((p) => p.inlineScriptBytes), kb)} kB (today ${kb(inLo)}–${kb(inHi)} kB); Suspense boundaries rendered from scratch in the browser (\`<!--$!-->\` + \`<template data-dgst>\`) ${range(steps.map((p) => p.clientRenderedBoundaries), String)} per page (today ${bLo}–${bHi}). The blank page: ${kb(js.blank.inlineScriptBytes)} kB (today ${kb(BASELINE.blankInlineScriptBytes)} kB), ${js.blank.clientRenderedBoundaries} boundaries.`,
    '',
  ];
}

/** @param {JsWeightResults} js */
function renderByType(js) {
  /** @type {Map<string, JsPage[]>} */
  const byType = new Map();
  for (const p of js.pages) byType.set(p.type, [...(byType.get(p.type) ?? []), p]);
  const rows = [...byType].map(([type, list]) => [
    `${type}${list[0]?.stepPage ? ' (step)' : ''}`,
    String(list.length),
    range(list.map((p) => p.total.gzip9Bytes), kb),
    range(list.map((p) => p.vsBlank.diffBytes), signed),
    range(list.map((p) => p.htmlServedBytes), kb),
    range(list.map((p) => p.inlineScriptBytes), kb),
    range(list.map((p) => p.clientRenderedBoundaries), String),
  ]);
  rows.push(['blank Next.js page', '1', kb(js.blank.total.gzip9Bytes), '–', kb(js.blank.htmlServedBytes), kb(js.blank.inlineScriptBytes), String(js.blank.clientRenderedBoundaries)]);
  return [
    'Every page of the sitemap, by type (ranges over the pages of each type, both languages):',
    '',
    table(['Type', 'Pages', 'JS gzip -9 kB', 'Δ vs blank kB', 'HTML served kB', 'inline scripts raw kB', 'client-rendered boundaries'], rows),
    '',
  ];
}

/** The heaviest page of each type and locale (by inline scripts), in full. @param {JsWeightResults} js */
function renderHeaviest(js) {
  /** @type {Map<string, JsPage>} */
  const heaviest = new Map();
  for (const p of js.pages) {
    const key = `${p.type} ${p.locale}`;
    const seen = heaviest.get(key);
    if (!seen || p.inlineScriptBytes > seen.inlineScriptBytes) heaviest.set(key, p);
  }
  const rows = [...heaviest.values()].map((p) => [
    `${p.type}${p.stepPage ? ' (step)' : ''}`,
    `\`${p.path}\``,
    String(p.total.files),
    kb(p.total.gzip9Bytes),
    kb(p.total.servedBytes),
    signed(p.vsBlank.diffBytes),
    `×${p.vsBlank.ratio?.toFixed(2)}`,
    kb(p.htmlServedBytes),
    kb(p.inlineScriptBytes),
    String(p.clientRenderedBoundaries),
  ]);
  rows.push(['blank Next.js page', '`/` (bench/tmp/blank-app)', String(js.blank.total.files), kb(js.blank.total.gzip9Bytes), kb(js.blank.total.servedBytes), '–', '×1.00', kb(js.blank.htmlServedBytes), kb(js.blank.inlineScriptBytes), String(js.blank.clientRenderedBoundaries)]);
  return [
    'The heaviest page of each type and language (largest inline scripts):',
    '',
    table(['Page', 'Path', 'Files', 'JS gzip -9 kB', 'JS served kB', 'Δ kB', 'ratio', 'HTML served kB', 'inline scripts raw kB', 'client-rendered boundaries'], rows),
    '',
    'The last three columns are not part of the JS figure: the HTML as served (gzip), the raw size of its inline scripts (mostly the RSC payload React hydrates from), and the Suspense boundaries the prerender left to the browser (`<!--$!-->`: rendered from scratch on load, not hydrated).',
    '',
  ];
}

/** @param {JsWeightResults} js */
function renderModules(js) {
  if (!js.modulesBeyondBlank.length) return [];
  const added = js.modulesBeyondBlank.filter((m) => m.change === 'not in blank');
  const changed = js.modulesBeyondBlank.filter((m) => m.change !== 'not in blank');
  const sum = (/** @type {ModuleRow[]} */ list, /** @type {'gzip9Bytes' | 'deltaGzip9Bytes'} */ k) => list.reduce((a, m) => a + m[k], 0);
  const pageCount = js.pages.length;
  return [
    `What the app adds, module by module (Turbopack chunks split into their modules; each module gzipped alone, so sums run a little above the Δ column): ${added.length} modules the blank page does not load (${kb(sum(added, 'gzip9Bytes'))} kB) and ${changed.length} modules both load whose minified text differs (mostly other mangled names; net ${signed(sum(changed, 'deltaGzip9Bytes'))} kB; listed only when they differ by ≥ 0.1 kB). Names are the modules' exports; origin "app" = code with the app's classes/hooks (heuristic).`,
    '',
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
          m.pages.length === pageCount ? 'every page' : m.pages.length > 4 ? `${m.pages.length} pages, e.g. ${m.pages.slice(0, 3).join(' ')}` : m.pages.join(' '),
        ]),
    ),
    '',
  ];
}

/** @type {import('./index.mjs').Phase} */
export const jsWeightPhase = {
  id: 'js',
  title: 'JS weight',
  needsBlank: true,
  async run(ctx) {
    const { app, blank, builtPages, results } = ctx;
    if (!blank) throw new Error('the js phase needs the blank app');
    log(`js weight: the served HTML of ${builtPages.length} pages and their <script src> files`);
    const cache = new ScriptCache();
    const { modules: blankModules, ...blankPage } = await measurePage(blank.origin, '/', cache);
    /** @type {JsPage[]} */
    const rows = [];
    /** @type {Map<number, ModuleRow>} */
    const beyond = new Map();
    for (const p of builtPages) {
      const { modules, ...m } = await measurePage(app.origin, p.path, cache);
      for (const mod of modulesBeyond(modules, blankModules)) {
        const e = beyond.get(mod.id) ?? { ...mod, pages: [] };
        e.pages.push(p.path);
        beyond.set(mod.id, e);
      }
      rows.push({
        ...m,
        type: p.type,
        locale: p.locale,
        stepPage: p.stepPage,
        vsBlank: {
          diffBytes: m.total.gzip9Bytes - blankPage.total.gzip9Bytes,
          ratio: round(m.total.gzip9Bytes / blankPage.total.gzip9Bytes, 3),
          servedDiffBytes: m.total.servedBytes - blankPage.total.servedBytes,
        },
      });
    }
    const steps = rows.filter((r) => r.stepPage);
    log(`js weight: ${rows.length} pages; step pages ${range(steps.map((p) => p.total.gzip9Bytes), kb)} kB gzip-9 (blank ${kb(blankPage.total.gzip9Bytes)} kB), inline scripts ${range(steps.map((p) => p.inlineScriptBytes), kb)} kB, client-rendered boundaries ${range(steps.map((p) => p.clientRenderedBoundaries), String)}`);
    results.jsWeight = {
      method:
        'External <script src> files of the served HTML (nomodule excluded, each file once), each gzipped with zlib level 9 (the figure the target uses); "served" = bytes next start sent for accept-encoding: gzip (files < ~1 kB are sent uncompressed). 1 kB = 1000 bytes. Every page of the sitemap.',
      blank: blankPage,
      pages: rows,
      modulesBeyondBlank: [...beyond.values()].sort((a, b) => b.deltaGzip9Bytes - a.deltaGzip9Bytes),
    };
  },
  targets: (results) => [jsTarget(results)],
  render(r) {
    const js = r.jsWeight;
    if (!js) return [];
    return ['## JS weight', '', js.method, '', ...renderHydration(js), ...renderByType(js), ...renderHeaviest(js), ...renderModules(js)];
  },
};
