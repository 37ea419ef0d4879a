// @ts-check
// Phase `blocking`: how long the main thread is blocked after the first paint on a phone-speed CPU,
// as the browser observes it (Long Tasks API, 4× CPU throttling, a fresh Chromium per load), on the
// pages Lighthouse runs on and on the blank Next.js page. Lighthouse's TBT is simulated: Lantern
// multiplies the tasks of an unthrottled load by 4 and counts them up to a simulated TTI, so it
// depends on which tasks it finds (docs/decisions/013-lighthouse-lcp-race.md); this is the
// observed counterpart, to tell the app's own script work from the simulation's.
import { measureBlocking } from '../lib/browser.mjs';
import { ms, table } from '../lib/format.mjs';
import { log, median } from '../lib/util.mjs';
import { sampleTargets } from './lighthouse.mjs';

const RATE = 4;
/** How long after the load event long tasks are still collected (the work a page does once interactive). */
const SETTLE_MS = 3000;

/** @typedef {Awaited<ReturnType<typeof measureBlocking>>} BlockingRun */
/** @typedef {{ runs: BlockingRun[], median: { blockingMs: number | null, beforePaintMs?: number | null, longestMs: number | null, fcpMs: number | null } }} BlockingPage */
/**
 * @typedef {object} BlockingResults
 * @property {string} method
 * @property {number} cpuThrottlingRate
 * @property {number} runsPerPage
 * @property {({ path: string, type: string } & BlockingPage)[]} pages
 * @property {BlockingPage | null} blank
 */

/** @param {BlockingRun[]} runs @returns {BlockingPage} */
function summarize(runs) {
  const of = (/** @type {keyof BlockingRun} */ key) => median(runs.flatMap((r) => (typeof r[key] === 'number' ? [r[key]] : [])));
  return { runs, median: { blockingMs: of('blockingMs'), beforePaintMs: of('beforePaintMs'), longestMs: of('longestMs'), fcpMs: of('fcpMs') } };
}

/** @param {BlockingPage} p */
const perRun = (p) => p.runs.map((r) => Math.round(r.blockingMs)).join(' / ');

/** @type {import('./index.mjs').Phase} */
export const blockingPhase = {
  id: 'blocking',
  title: 'Main-thread blocking at 4× CPU (observed)',
  needsBlank: true,
  options: {
    'blocking-runs': { type: 'string', default: '5', description: 'cold loads per page for the observed blocking time' },
  },
  async run(ctx) {
    const { blank, results, options, chromePath } = ctx;
    const runs = Number(options['blocking-runs']);
    const { pages, targets } = sampleTargets(ctx);
    log(`blocking: ${targets.length} pages × ${runs} cold loads at ${RATE}× CPU`);
    /** @type {Map<string, BlockingRun[]>} */
    const byKey = new Map(targets.map((t) => [t.key, []]));
    for (let i = 0; i < runs; i++) {
      // Interleaved (run 1 of every page, then run 2, …) so a busy moment of the machine does not
      // fall on one page's runs only.
      for (const t of targets) {
        await t.server.ensure();
        byKey.get(t.key)?.push(await measureBlocking({ url: t.url, chromePath, rate: RATE, settleMs: SETTLE_MS }));
      }
    }
    results.blocking = {
      method: `Playwright (library) + headless Chromium, Pixel 7 emulation, Emulation.setCPUThrottlingRate ${RATE} (CDP) from before the navigation; a fresh Chromium for every load (cold), pages interleaved. Long tasks (PerformanceObserver 'longtask', buffered) from the first byte until ${SETTLE_MS / 1000} s after the load event; blocking time = Σ (duration − 50 ms) of the long tasks starting at or after the first contentful paint; before the paint, the same sum over those starting earlier (TBT leaves them out; on a local server the scripts can arrive, and the page hydrate, before the first paint). ${runs} loads per page, medians`,
      cpuThrottlingRate: RATE,
      runsPerPage: runs,
      pages: pages.map((p) => ({ path: p.path, type: p.type, ...summarize(byKey.get(p.path) ?? []) })),
      blank: blank ? summarize(byKey.get('blank') ?? []) : null,
    };
  },
  render(r) {
    const b = r.blocking;
    if (!b) return [];
    const simulated = (/** @type {string | null} */ path) => {
      const lh = r.lighthouse;
      const m = path === null ? lh?.blank?.cold : lh?.pages.find((p) => p.path === path)?.cold;
      return m ? ms(m.median.metrics.tbtMs) : '–';
    };
    /** @param {string} label @param {BlockingPage} p @param {string | null} path */
    const row = (label, p, path) => [label, ms(p.median.blockingMs), perRun(p), ms(p.median.beforePaintMs), ms(p.median.longestMs), ms(p.median.fcpMs), simulated(path)];
    const rows = b.pages.map((p) => row(`\`${p.path}\` (${p.type})`, p, p.path));
    if (b.blank) rows.push(row('blank Next.js page', b.blank, null));
    const steps = b.pages.filter((p) => !['calculator', 'support'].includes(p.type)).map((p) => p.median.blockingMs ?? NaN);
    const out = ['## Main-thread blocking at 4× CPU (observed)', '', `${b.method}.`, ''];
    out.push(table(['Page', 'blocking time', 'per run', 'blocking before the first paint', 'longest task', 'FCP (4× CPU, no network throttling)', 'Lighthouse TBT (simulated, cold median)'], rows), '');
    if (b.blank && steps.length) {
      out.push(
        `Step pages: median blocking time ${Math.min(...steps) === Math.max(...steps) ? ms(steps[0]) : `${ms(Math.min(...steps))}–${ms(Math.max(...steps))}`} against ${ms(b.blank.median.blockingMs)} for the blank Next.js page in the same phase. Lighthouse's TBT column is Lantern's estimate from an unthrottled load (its tasks × 4, counted up to a simulated TTI).`,
        '',
      );
    }
    return out;
  },
};
