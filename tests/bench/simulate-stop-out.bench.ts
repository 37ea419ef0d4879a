// `simulateStopOut` timed with Vitest's benchmark runner (tinybench). Run by the bench's `calc`
// phase (`npm run bench`, scripts/bench/phases/calculator.mjs), not by `npm run check`:
//   npx vitest bench --run tests/bench
// Synthetic accounts of 10, 100 and 1,000 positions that start at ~15 % margin level, below XM's
// 20 % stop-out, so the simulation closes positions; each bench's name says how many.
import { bench, describe } from 'vitest';
import { simulateStopOut, type OpenPosition } from '@/lib/margin';
import { seededRandom } from '@/scripts/bench/lib/util.mjs';

/** An account whose margin level starts at ~15 % (below XM's 20 % stop-out), so positions get closed. */
function syntheticAccount(n: number, seed = 7) {
  const rand = seededRandom(seed + n);
  const positions: OpenPosition[] = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    requiredMargin: 50 + rand() * 950,
    floatingPnl: (rand() - 0.7) * 800,
  }));
  const margin = positions.reduce((a, p) => a + p.requiredMargin, 0);
  const pnl = positions.reduce((a, p) => a + p.floatingPnl, 0);
  return { balance: Math.max(0, 0.15 * margin - pnl), credit: 0, stopOutLevel: 20, positions };
}

describe('simulateStopOut', () => {
  for (const n of [10, 100, 1000]) {
    const account = syntheticAccount(n);
    const closed = simulateStopOut(account).closed.length;
    bench(`${n.toLocaleString('en')} positions (${closed} closed)`, () => {
      simulateStopOut(account);
    }, { time: 1000, warmupTime: 200 });
  }
});
