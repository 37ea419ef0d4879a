// @ts-check
// Phase `keys`: the calculator's keystroke → next frame, every field, without CPU throttling and at
// 4× (lib/browser.mjs measureKeystrokes), and the calculator's Lighthouse performance against the
// blank page's (read from the lighthouse phase).
import { measureKeystrokes } from '../lib/browser.mjs';
import { ms, table } from '../lib/format.mjs';
import { log } from '../lib/util.mjs';

const KEYSTROKE_P50_MS = 16;
const KEYSTROKE_THROTTLED_P50_MS = 50;

/** @typedef {({ method: string, skipped?: undefined } & Awaited<ReturnType<typeof measureKeystrokes>>) | { skipped: true, note: string }} KeystrokeResults */

/** @param {import('./index.mjs').Results} results @returns {import('./index.mjs').Target} */
function keystrokeTarget(results) {
  const k = results.keystrokes;
  const t = {
    id: 'keystrokes',
    name: `Calculator keystroke → next frame p50 ≤ ${KEYSTROKE_P50_MS} ms, ≤ ${KEYSTROKE_THROTTLED_P50_MS} ms at 4× CPU`,
    target: `p50 ≤ ${KEYSTROKE_P50_MS} ms (×1), ≤ ${KEYSTROKE_THROTTLED_P50_MS} ms (×4)`,
  };
  if (!k || k.skipped) return { ...t, met: null, value: k?.note ?? 'not measured in this run', cause: [] };
  const limit = (/** @type {number} */ rate) => (rate === 1 ? KEYSTROKE_P50_MS : KEYSTROKE_THROTTLED_P50_MS);
  const met = k.passes.every((p) => p.frameMs.p50 <= limit(p.cpuThrottlingRate));
  const value = k.passes
    .map((p) => `×${p.cpuThrottlingRate}: p50 ${ms(p.frameMs.p50, 1)} over ${p.fields} fields (worst field \`${p.worstField?.id}\` ${ms(p.worstField?.p50, 1)})`)
    .join('; ');
  const cause = met
    ? []
    : k.passes.map(
        (p) =>
          `×${p.cpuThrottlingRate}: an empty frame took p50 ${ms(p.frameFloorMs.p50, 1)} at the same moments (load average ${(results.loadAverage?.keys ?? []).join(' / ')}); slowest fields ${p.slowestFields.map((/** @type {any} */ f) => `${f.id} ${ms(f.p50, 1)}`).join(', ')}.`,
      );
  return { ...t, met, value, cause };
}


/** The calculator's Lighthouse performance median ≥ the blank page's, in each way Lighthouse ran. @param {import('./index.mjs').Results} results @returns {import('./index.mjs').Target} */
function calculatorLighthouseTarget(results) {
  const lh = results.lighthouse;
  const t = { id: 'calculator-lighthouse', name: 'Calculator Lighthouse performance (median) ≥ the blank Next.js page’s, cold and warm', target: '≥ blank' };
  const pages = (lh?.pages ?? []).filter((p) => p.type === 'calculator');
  if (!lh || !lh.blank || !pages.length) return { ...t, met: null, value: 'not measured in this run', cause: [] };
  let met = true;
  const values = [];
  for (const mode of lh.modes) {
    const blank = lh.blank[mode].median.scores.performance;
    for (const p of pages) {
      const score = p[mode].median.scores.performance;
      if (score === null || blank === null || score < blank) met = false;
    }
    values.push(`${mode}: ${pages.map((p) => `${p.path} ${p[mode].median.scores.performance ?? '–'} (TBT ${ms(p[mode].median.metrics.tbtMs)})`).join(', ')}; blank ${blank ?? '–'}`);
  }
  return { ...t, met, value: values.join('; '), cause: [] };
}

/** @type {import('./index.mjs').Phase} */
export const keystrokesPhase = {
  id: 'keys',
  title: 'Calculator keystrokes',
  options: {
    'keys-per-field': { type: 'string', default: '6', description: 'keystrokes timed per calculator field and CPU rate (after 2 warm-ups)' },
  },
  async run(ctx) {
    const { app, pages, results, options, chromePath } = ctx;
    const perField = Number(options['keys-per-field']);
    const calcPage = options['recompute-path']
      ? { path: String(options['recompute-path']), built: true, note: '' }
      : pages.find((p) => p.type === 'calculator' && p.locale === 'ja');
    if (!calcPage?.built) {
      results.keystrokes = { skipped: true, note: `${calcPage?.path ?? '/ja/calculator'}: ${calcPage?.note ?? 'not built in this run'}` };
      return;
    }
    log(`keystrokes: every field of ${calcPage.path}, ${perField} keystrokes each, CPU throttling ×1 and ×4`);
    await app.ensure();
    results.keystrokes = {
      method:
        'Playwright (library) + headless Chromium, Pixel 7 emulation. Every <details> of <main> opened; every visible editable text field focused in turn (caret at the end) and given 2 warm-up + N timed keystrokes ("1" / Backspace alternately). Timed in the page: keydown timeStamp → requestAnimationFrame + setTimeout(0) registered in that keydown (the next frame). Once without CPU throttling and once with Emulation.setCPUThrottlingRate 4 (CDP), each after a fresh load. p50 over all keystrokes; worst field = the field with the highest median.',
      ...(await measureKeystrokes({ origin: app.origin, path: calcPage.path, chromePath, perField })),
    };
  },
  targets: (results) => [calculatorLighthouseTarget(results), keystrokeTarget(results)],
  render(r) {
    if (!r.keystrokes || r.keystrokes.skipped) return [];
    const out = [];
    const k = r.keystrokes;
    out.push('## Calculator: keystroke → next frame, every field');
    out.push('');
    out.push(k.method);
    out.push('');
    out.push(
      table(
        ['CPU', 'fields', 'keystrokes', 'p50', 'p95', 'max', 'worst field (its p50)', 'empty frame p50'],
        k.passes.map((/** @type {any} */ p) => [
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
    for (const p of k.passes) out.push(`Slowest fields at ×${p.cpuThrottlingRate}: ${p.slowestFields.map((/** @type {any} */ f) => `\`${f.id}\` ${ms(f.p50, 1)}`).join(', ')}.`);
    out.push('');
    return out;
  },
};
