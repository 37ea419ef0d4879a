// Phase `js`: the JS each page loads (gzip) beside the blank Next.js page, the modules the app adds,
// and what the browser hydrates from (inline scripts = RSC payload, client-rendered boundaries).
import { measurePage, modulesBeyond, ScriptCache } from '../lib/js-weight.mjs';
import { kb, signed, table } from '../lib/format.mjs';
import { log, round } from '../lib/util.mjs';

export const TARGET_JS_OVER_BLANK_BYTES = 20_000;

/** @type {import('./index.mjs').Phase} */
export const jsWeightPhase = {
  id: 'js',
  title: 'JS weight',
  needsBlank: true,
  async run(ctx) {
    const { app, blank, pages, results } = ctx;
    if (!blank) throw new Error('the js phase needs the blank app');
    log('js weight: fetching the served HTML and its <script src> files');
    const cache = new ScriptCache();
    const blankPage = await measurePage(blank.origin, '/', cache);
    const rows = [];
    const beyond = new Map();
    for (const p of pages) {
      if (!p.built) {
        rows.push({ type: p.type, locale: p.locale, path: p.path, built: false, note: p.note });
        continue;
      }
      const m = await measurePage(app.origin, p.path, cache);
      for (const mod of modulesBeyond(m.modules, blankPage.modules)) {
        const e = beyond.get(mod.id) ?? { ...mod, pages: [] };
        e.pages.push(p.path);
        beyond.set(mod.id, e);
      }
      const { modules: _modules, ...rest } = m;
      void _modules;
      rows.push({
        type: p.type,
        locale: p.locale,
        stepPage: p.stepPage,
        built: true,
        ...rest,
        vsBlank: {
          diffBytes: m.total.gzip9Bytes - blankPage.total.gzip9Bytes,
          ratio: round(m.total.gzip9Bytes / blankPage.total.gzip9Bytes, 3),
          servedDiffBytes: m.total.servedBytes - blankPage.total.servedBytes,
        },
      });
      log(`js weight ${p.path}: ${(m.total.gzip9Bytes / 1000).toFixed(1)} kB gzip-9 in ${m.total.files} files (blank ${(blankPage.total.gzip9Bytes / 1000).toFixed(1)} kB)`);
    }
    const { modules: _blankModules, ...blankRest } = blankPage;
    void _blankModules;
    results.jsWeight = {
      method:
        'External <script src> files of the served HTML (nomodule excluded, each file once), each gzipped with zlib level 9 (the figure the target uses); "served" = bytes next start sent for accept-encoding: gzip (files < ~1 kB are sent uncompressed). 1 kB = 1000 bytes.',
      blank: blankRest,
      pages: rows,
      modulesBeyondBlank: [...beyond.values()].sort((a, b) => b.deltaGzip9Bytes - a.deltaGzip9Bytes),
    };
  },

  targets(results) {
    const js = results.jsWeight;
    const t = { id: 'js', name: 'JS per step page ≤ blank Next.js + 20 kB gzip', target: `≤ blank + ${kb(TARGET_JS_OVER_BLANK_BYTES)} kB (gzip -9)` };
    if (!js) return [{ ...t, met: null, value: 'not measured in this run', cause: [] }];
    const steps = js.pages.filter((p) => p.built && p.stepPage);
    if (!steps.length) return [{ ...t, met: null, value: 'no step page built', cause: [] }];
    const worst = [...steps].sort((a, b) => b.vsBlank.diffBytes - a.vsBlank.diffBytes)[0];
    const met = steps.every((p) => p.vsBlank.diffBytes <= TARGET_JS_OVER_BLANK_BYTES);
    const value = `worst ${worst.path}: ${kb(worst.total.gzip9Bytes)} kB vs blank ${kb(js.blank.total.gzip9Bytes)} kB (${signed(worst.vsBlank.diffBytes)} kB, ×${worst.vsBlank.ratio})`;
    const cause = [];
    if (!met) {
      const stepPaths = new Set(steps.map((p) => p.path));
      const mods = js.modulesBeyondBlank.filter((m) => m.pages.some((p) => stepPaths.has(p)) && m.deltaGzip9Bytes >= 100).slice(0, 8);
      cause.push(
        `Largest modules the step pages load beyond the blank page: ${mods.map((m) => `#${m.id} ${m.exports} (${m.origin}, ${signed(m.deltaGzip9Bytes)} kB)`).join('; ')}.`,
      );
    }
    return [{ ...t, met, value, cause }];
  },

  render(r) {
    const js = r.jsWeight;
    if (!js) return [];
    const out = ['## JS weight', '', js.method, ''];
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
    return out;
  },
};
