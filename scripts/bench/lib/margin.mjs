// simulateStopOut (lib/margin, TypeScript) timed in Node: lib/margin is compiled on the fly with the
// project's own node_modules/.bin/tsc to a temp folder (CommonJS), then called on synthetic
// accounts of 10, 100 and 1,000 positions. Each figure is the median over many timed batches
// (a batch is enough calls to last ≥ 5 ms, so the clock's resolution does not matter). Wall time is
// the figure; the process's CPU time per call is kept beside it because on a busy shared machine the
// wall clock also counts the time the process waited for a core.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { seededRandom, summary, timedShell } from './util.mjs';

const require = createRequire(import.meta.url);

/** An account whose margin level starts at ~15 % (below XM's 20 % stop-out), so positions get closed. */
export function syntheticAccount(n, seed = 7) {
  const rand = seededRandom(seed + n);
  const positions = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    requiredMargin: 50 + rand() * 950,
    floatingPnl: (rand() - 0.7) * 800,
  }));
  const margin = positions.reduce((a, p) => a + p.requiredMargin, 0);
  const pnl = positions.reduce((a, p) => a + p.floatingPnl, 0);
  return { balance: Math.max(0, 0.15 * margin - pnl), credit: 0, stopOutLevel: 20, positions };
}

function timeBatches(fn, { batches = 60, warmupBatches = 15, minBatchMs = 5 }) {
  let size = 1;
  for (;;) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < size; i++) fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms >= minBatchMs || size >= 1 << 22) break;
    size *= 2;
  }
  const perCallUs = [];
  const perCallCpuUs = [];
  for (let b = 0; b < warmupBatches + batches; b++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < size; i++) fn();
    const us = Number(process.hrtime.bigint() - t0) / 1e3 / size;
    const c = process.cpuUsage(c0);
    if (b >= warmupBatches) {
      perCallUs.push(us);
      perCallCpuUs.push((c.user + c.system) / size);
    }
  }
  return { batchSize: size, batches, perCallUs: summary(perCallUs), perCallCpuUs: summary(perCallCpuUs) };
}

export async function benchSimulateStopOut({ root, logFile, sizes = [10, 100, 1000] }) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'bench-margin-'));
  try {
    const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
    const compile = await timedShell(
      `"${tsc}" --outDir "${out}" --rootDir lib/margin --module nodenext --moduleResolution nodenext --target es2022 --skipLibCheck --strict --ignoreConfig lib/margin/index.ts`,
      { cwd: root, logFile },
    );
    const { simulateStopOut } = require(path.join(out, 'index.js'));
    if (typeof simulateStopOut !== 'function') throw new Error('lib/margin did not export simulateStopOut');
    const cases = [];
    for (const n of sizes) {
      const account = syntheticAccount(n);
      const check = simulateStopOut(account);
      const timing = timeBatches(() => simulateStopOut(account), {});
      cases.push({
        positions: n,
        closedByStopOut: check.closed.length,
        remaining: check.remaining.length,
        ...timing,
      });
    }
    return {
      method: `node_modules/.bin/tsc → CommonJS in a temp dir; Node ${process.version}; median of per-call time over timed batches`,
      compileSeconds: compile.seconds,
      cases,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
