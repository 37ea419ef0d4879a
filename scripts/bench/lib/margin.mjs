// @ts-check
// `simulateStopOut` (lib/margin) timed by Vitest's benchmark runner: tests/bench/*.bench.ts run with
// `vitest bench --run` (tinybench: each bench repeated for 1 s after a 200 ms warm-up), its JSON
// report (--outputJson) read back. Vitest compiles the TypeScript itself, with the project's config.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { timedShell } from './util.mjs';

/**
 * One benchmark of Vitest's JSON report (times in ms).
 * @typedef {object} VitestBenchmark
 * @property {string} name
 * @property {number} hz
 * @property {number} median
 * @property {number} mean
 * @property {number} p75
 * @property {number} p99
 * @property {number} min
 * @property {number} max
 * @property {number} rme relative margin of error, %
 * @property {number} sampleCount
 */

/** @typedef {{ files: { filepath: string, groups: { fullName: string, benchmarks: VitestBenchmark[] }[] }[] }} VitestBenchReport */

const µs = (/** @type {number} */ msValue) => Math.round(msValue * 1000 * 100) / 100;

/**
 * Runs tests/bench with `vitest bench` and returns each benchmark's per-call times in µs.
 * @param {{ root: string, logFile: string, outFile: string }} o
 */
export async function benchSimulateStopOut({ root, logFile, outFile }) {
  const vitest = path.join(root, 'node_modules', '.bin', 'vitest');
  const run = await timedShell(`"${vitest}" bench --run tests/bench --outputJson "${outFile}"`, { cwd: root, logFile });
  /** @type {VitestBenchReport} */
  const report = JSON.parse(readFileSync(outFile, 'utf8'));
  const cases = report.files.flatMap((f) =>
    f.groups.flatMap((g) =>
      g.benchmarks.map((b) => ({
        group: g.fullName.split(' > ').slice(1).join(' > '),
        name: b.name,
        samples: b.sampleCount,
        perCallUs: { p50: µs(b.median), mean: µs(b.mean), p75: µs(b.p75), p99: µs(b.p99), min: µs(b.min), max: µs(b.max) },
        callsPerSecond: Math.round(b.hz),
        rmePercent: Math.round(b.rme * 10) / 10,
      })),
    ),
  );
  if (!cases.length) throw new Error('vitest bench reported no benchmark');
  return {
    method: `vitest bench --run tests/bench (tinybench: each benchmark called for 1 s after a 200 ms warm-up; per-call wall time, median and percentiles over the calls); Node ${process.version}`,
    seconds: Math.round(run.seconds * 10) / 10,
    cases,
  };
}
