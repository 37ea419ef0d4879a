/**
 * Stop-out simulation for one account (stop-out is per account).
 */
import { XM_RULES } from './brokers';
import { finite, nonNegative } from './validate';

export interface OpenPosition {
  id: string;
  requiredMargin: number;
  floatingPnl: number;
}

export interface StopOutResult {
  /** Ids of the positions closed, in closing order. */
  closed: string[];
  /** Ids still open, in input order. */
  remaining: string[];
  /** Margin level (%) after the simulation; null when no margin is used. */
  marginLevel: number | null;
  /** Balance after realising the closed positions' P/L (zero-cut applied when all are closed). */
  balance: number;
}

/**
 * While margin level < stopOutLevel and positions remain, close the position
 * with the largest floating loss (ties: input order) and realise its P/L into
 * the balance. Zero-cut: if every position was closed and the balance is
 * negative, it is reset to 0. O(n log n): sorted once, running sums.
 */
export function simulateStopOut(i: {
  balance: number;
  credit?: number;
  stopOutLevel: number;
  positions: OpenPosition[];
}): StopOutResult {
  const startBalance = nonNegative('balance', i.balance);
  const credit = nonNegative('credit', i.credit ?? 0);
  const stopOutLevel = nonNegative('stopOutLevel', i.stopOutLevel);
  const seen = new Set<string>();
  for (const p of i.positions) {
    if (seen.has(p.id)) throw new RangeError(`positions must have unique ids (duplicate: ${p.id})`);
    seen.add(p.id);
    nonNegative('positions.requiredMargin', p.requiredMargin);
    finite('positions.floatingPnl', p.floatingPnl);
  }

  // Closing order: most negative floating P/L first, ties by input order.
  const order = i.positions
    .map((p, index) => ({ p, index }))
    .sort((a, b) => a.p.floatingPnl - b.p.floatingPnl || a.index - b.index)
    .map(({ p }) => p);

  // Suffix sums: margin and floating P/L of the positions still open after k closes.
  const n = order.length;
  const marginLeft = new Array<number>(n + 1).fill(0);
  const pnlLeft = new Array<number>(n + 1).fill(0);
  for (let k = n - 1; k >= 0; k--) {
    const p = order[k]!;
    marginLeft[k] = marginLeft[k + 1]! + p.requiredMargin;
    pnlLeft[k] = pnlLeft[k + 1]! + p.floatingPnl;
  }

  const levelAfter = (k: number, balance: number): number | null => {
    const margin = marginLeft[k]!;
    return margin === 0 ? null : ((balance + credit + pnlLeft[k]!) / margin) * 100;
  };

  let balance = startBalance;
  let k = 0;
  let level = levelAfter(0, balance);
  while (k < n && level !== null && level < stopOutLevel) {
    balance += order[k]!.floatingPnl;
    k++;
    level = levelAfter(k, balance);
  }

  const closedIds = order.slice(0, k).map((p) => p.id);
  const closedSet = new Set(closedIds);
  const remaining = i.positions.filter((p) => !closedSet.has(p.id)).map((p) => p.id);
  if (remaining.length === 0 && balance < XM_RULES.zeroCut) balance = XM_RULES.zeroCut;
  return { closed: closedIds, remaining, marginLevel: remaining.length === 0 ? null : level, balance };
}
