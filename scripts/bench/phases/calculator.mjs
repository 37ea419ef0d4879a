// Phase `calc`: the margin calculator — `simulateStopOut` in Node and the page's recompute after one
// input change.
import { measureInputRecompute } from '../lib/browser.mjs';
import { benchSimulateStopOut } from '../lib/margin.mjs';
import { ms, num, table } from '../lib/format.mjs';
import { log } from '../lib/util.mjs';

/** @type {import('./index.mjs').Phase} */
export const calculatorPhase = {
  id: 'calc',
  title: 'Calculator',
  options: {
    'recompute-path': { type: 'string', description: 'time the input-recompute on this page instead of /ja/calculator (to test it)' },
  },
  async run(ctx) {
    const { app, pages, results, options, chromePath, root, buildLog } = ctx;
    log('calculator: simulateStopOut with 10 / 100 / 1,000 positions');
    results.calculator = { simulateStopOut: await benchSimulateStopOut({ root, logFile: buildLog }) };
    for (const c of results.calculator.simulateStopOut.cases) log(`simulateStopOut ${c.positions}: median ${c.perCallUs.p50.toFixed(2)} µs per call`);
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
    return out;
  },
};
