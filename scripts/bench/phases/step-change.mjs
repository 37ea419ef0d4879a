// @ts-check
// Phase `steps`: the time of a step change in the wizard (click → frame with the new step).
import { measureStepChanges } from '../lib/browser.mjs';
import { ms, table } from '../lib/format.mjs';
import { log } from '../lib/util.mjs';

const TARGETS = { stepChangeP50Ms: 50 };

/** @typedef {{ method: string } & Awaited<ReturnType<typeof measureStepChanges>>} StepChangeResults */

/** @param {import('./index.mjs').Results} results @returns {import('./index.mjs').Target} */
function stepTarget(results) {
  const sc = results.stepChange;
  const t = { id: 'step-change', name: `Step change p50 ≤ ${TARGETS.stepChangeP50Ms} ms`, target: `p50 ≤ ${TARGETS.stepChangeP50Ms} ms` };
  if (!sc) return { ...t, met: null, value: 'not measured in this run', cause: [] };
  const met = sc.frameMs.p50 !== null && sc.frameMs.p50 <= TARGETS.stepChangeP50Ms;
  const value = `p50 ${ms(sc.frameMs.p50, 1)}, p95 ${ms(sc.frameMs.p95, 1)} (n = ${sc.count})`;
  const cause = [];
  if (!met) {
    cause.push(
      `DOM updated at p50 ${ms(sc.domMs.p50, 1)}; an empty frame took p50 ${ms(sc.frameFloorMs?.p50, 1)} at the same moments (machine load average ${(results.loadAverage?.steps ?? []).join(' / ')} on ${results.machine.cpuCount} cores); ${sc.changesThatFetched} of ${sc.count} changes fetched the opened step's data at click time (its prefetch had not arrived); slowest: ${sc.slowest.map((s) => `${s.from}→${s.to} ${ms(s.frameMs)}`).join(', ')}.`,
    );
    cause.push(
      `${sc.changesWithLongFrame} of ${sc.count} changes contained a long animation frame (> 50 ms); script time in those frames by file: ${sc.longFrameScriptMs.map((x) => `${x.script} ${x.ms} ms`).join(', ') || 'none attributed'}.`,
    );
    const fonts = results.machine.japaneseFonts;
    if (fonts === 0) {
      cause.push(
        `This machine has no Japanese font (${results.versions.chromium}): every new Japanese character of the opened step goes through a font fallback that finds nothing, in the layout Next.js forces while committing the step (its scroll handler reads the new segment's client rects). Measured in decision 013 (seventh session): that layout took 42–48 ms per change here and 14 ms with a Japanese font installed; p50 60.4 ms without, 39.7 ms with one (the build of 8909b2b, measured at 39.7 ms on Chromium 156 without a font, gives 61.5 ms on Chromium 150). Every phone our users read Japanese on has one.`,
      );
    }
  }
  return { ...t, met, value, cause };
}

/** @type {import('./index.mjs').Phase} */
export const stepChangePhase = {
  id: 'steps',
  title: 'Step change',
  options: {
    steps: { type: 'string', default: '200', description: 'step changes to time' },
  },
  async run(ctx) {
    const { app, results, options, chromePath } = ctx;
    const count = Number(options.steps);
    log(`step change: ${count} clicks through the wizard from /ja`);
    const sc = await measureStepChanges({ origin: app.origin, server: app, count, chromePath });
    results.stepChange = {
      method:
        'Playwright (library) + headless Chromium, Pixel 7 emulation, no CPU throttling. Timed in the page: from the click event timeStamp to the frame after the MutationObserver saw the new step (article[data-step] changed, <h1> with text and checkVisibility()) — frameMs; domMs stops at the mutation. Answers chosen with a seeded PRNG; restart at /ja on a final step; the page settles (no request for 150 ms) before each click.',
      ...sc,
    };
    log(`step change: p50 ${sc.frameMs.p50?.toFixed(1)} ms, p95 ${sc.frameMs.p95?.toFixed(1)} ms over ${sc.count}`);
  },
  targets: (results) => [stepTarget(results)],
  render(r) {
    const s = r.stepChange;
    if (!s) return [];
    const out = [];
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
    out.push(`${s.distinctTransitions} distinct transitions; ${s.restartsAtStart} restarts at /ja; ${s.changesThatFetched} changes fetched the opened step's data at click time (its prefetch had not arrived); ${s.fullPageLoadsDiscarded} full page loads discarded; ${s.changesWithLongFrame} changes contained a long animation frame (> 50 ms).`);
    if (s.longFrameScriptMs?.length) {
      out.push('');
      out.push(`Script time inside those long frames, summed over all changes: ${s.longFrameScriptMs.map((x) => `\`${x.script}\` ${x.ms} ms`).join(', ')}.`);
    }
    out.push('');
    out.push(`Slowest changes: ${s.slowest.map((x) => `${x.from} → ${x.to} ${ms(x.frameMs)}`).join(', ')}.`);
    out.push('');
    return out;
  },
};
