// @ts-check
// Phase `calc`: the margin calculator — `simulateStopOut` in Node and the page's recompute after one
// input change.
import path from 'node:path';
import { measureInputRecompute } from '../lib/browser.mjs';
import { benchSimulateStopOut } from '../lib/margin.mjs';
import { ms, num, table } from '../lib/format.mjs';
import { log } from '../lib/util.mjs';

/**
 * @typedef {object} CalculatorResults
 * @property {Awaited<ReturnType<typeof benchSimulateStopOut>>} simulateStopOut
 * @property {Awaited<ReturnType<typeof measureInputRecompute>> | { skipped: true, note: string }} [pageRecompute]
 */

/** @type {import('./index.mjs').Phase} */
export const calculatorPhase = {
  id: 'calc',
  title: 'Calculator',
  options: {
    'recompute-path': { type: 'string', description: 'time the input-recompute on this page instead of /ja/calculator (to test it)' },
  },
  async run(ctx) {
    const { app, pages, results, options, chromePath, root, tmpDir } = ctx;
    log('calculator: simulateStopOut with vitest bench (tests/bench)');
    const stopOut = await benchSimulateStopOut({ root, logFile: path.join(tmpDir, 'vitest-bench.log'), outFile: path.join(tmpDir, 'vitest-bench.json') });
    results.calculator = { simulateStopOut: stopOut };
    for (const c of stopOut.cases) log(`simulateStopOut ${c.name}: median ${c.perCallUs.p50} µs per call`);
    const calcPage = options['recompute-path']
      ? { path: String(options['recompute-path']), built: true, note: '' }
      : pages.find((p) => p.type === 'calculator' && p.locale === 'ja');
    if (calcPage?.built) {
      log(`calculator: page recompute after one input change on ${calcPage.path}`);
      results.calculator.pageRecompute = await measureInputRecompute({ origin: app.origin, path: calcPage.path, chromePath });
    } else {
      results.calculator.pageRecompute = { skipped: true, note: `${calcPage?.path ?? '/ja/calculator'}: ${calcPage?.note ?? 'not built in this run'}` };
    }
  },
  render(r) {
    const c = r.calculator;
    if (!c) return [];
    const out = [];
    out.push('## Calculator');
    out.push('');
    out.push(`\`simulateStopOut\` (lib/margin): ${c.simulateStopOut.method}; synthetic accounts starting at ~15 % margin level (XM stop-out 20 %).`);
    out.push('');
    out.push(
      table(
        ['Account', 'median µs/call', 'p75 µs/call', 'p99 µs/call', 'calls/s', '± (rme)', 'calls timed'],
        c.simulateStopOut.cases.map((k) => [
          k.name,
          num(k.perCallUs.p50, 2),
          num(k.perCallUs.p75, 2),
          num(k.perCallUs.p99, 2),
          k.callsPerSecond.toLocaleString('en'),
          `${num(k.rmePercent, 1)} %`,
          k.samples.toLocaleString('en'),
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
    return out;
  },
};
