import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  equity,
  hedgedRequiredMargin,
  marginLevel,
  requiredMargin,
  simulateStopOut,
  stopOutTolerance,
} from '@/lib/margin';

const money = fc.double({ min: 0, max: 1e9, noNaN: true });
const positiveMoney = fc.double({ min: 1, max: 1e9, noNaN: true });
const price = fc.double({ min: 1e-4, max: 1e5, noNaN: true });
const units = fc.double({ min: 1, max: 1e8, noNaN: true });
const leverage = fc.double({ min: 1, max: 1000, noNaN: true });
const level = fc.double({ min: 0, max: 1000, noNaN: true });
const pipSize = fc.constantFrom(0.01, 0.0001);
const rate = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
const assetClass = fc.constantFrom('fx' as const, 'metal' as const, 'cfd' as const);
const positions = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    requiredMargin: fc.double({ min: 0, max: 1e6, noNaN: true }),
    floatingPnl: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  }),
  { selector: (p) => p.id, maxLength: 40 },
);

describe('margin math properties', () => {
  it('margin level falls (never rises) as losses grow', () => {
    fc.assert(
      fc.property(money, money, positiveMoney, money, money, (balance, credit, required, a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const levelWithLoss = (loss: number) =>
          marginLevel({ equity: equity({ balance, credit, floatingPnl: -loss }), requiredMargin: required });
        expect(levelWithLoss(large)!).toBeLessThanOrEqual(levelWithLoss(small)!);
      }),
    );
  });

  it('stop-out distance shrinks as lots grow', () => {
    fc.assert(
      fc.property(money, price, units, fc.double({ min: 1.001, max: 100, noNaN: true }), leverage, level, pipSize, rate,
        (balance, p, u, factor, lev, stopOutLevel, pip, quoteToAccount) => {
          const base = { balance, price: p, leverage: lev, stopOutLevel, pipSize: pip, quoteToAccount };
          const smaller = stopOutTolerance({ ...base, units: u });
          const larger = stopOutTolerance({ ...base, units: u * factor });
          const slack = 1e-9 * Math.max(1, Math.abs(smaller.tolerancePips));
          expect(larger.tolerancePips).toBeLessThanOrEqual(smaller.tolerancePips + slack);
        }),
    );
  });

  it('produces no NaN or Infinity for any valid input', () => {
    fc.assert(
      fc.property(money, price, units, leverage, level, pipSize, rate, (balance, p, u, lev, stopOutLevel, pip, q) => {
        const r = stopOutTolerance({
          balance,
          price: p,
          units: u,
          leverage: lev,
          stopOutLevel,
          pipSize: pip,
          quoteToAccount: q,
        });
        const numbers = [
          ...Object.values(r).filter((v): v is number => typeof v === 'number'),
          requiredMargin({ price: p, units: u, leverage: lev, quoteToAccount: q }),
          marginLevel({ equity: balance, requiredMargin: r.requiredMargin }) ?? 0,
          hedgedRequiredMargin({ buyUnits: u, sellUnits: u / 2, price: p, leverage: lev, assetClass: 'cfd' }),
        ];
        for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
      }),
    );
  });

  it('hedged margin is never more than the margin of both legs unhedged', () => {
    fc.assert(
      fc.property(units, units, price, leverage, assetClass, (buyUnits, sellUnits, p, lev, cls) => {
        const hedged = hedgedRequiredMargin({ buyUnits, sellUnits, price: p, leverage: lev, assetClass: cls });
        const unhedged =
          requiredMargin({ price: p, units: buyUnits, leverage: lev }) +
          requiredMargin({ price: p, units: sellUnits, leverage: lev });
        expect(hedged).toBeLessThanOrEqual(unhedged * (1 + 1e-12));
      }),
    );
  });
});

describe('simulateStopOut properties', () => {
  it('closed ∪ remaining = all ids without duplicates; level ends ≥ stop-out or nothing is left', () => {
    fc.assert(
      fc.property(money, money, level, positions, (balance, credit, stopOutLevel, list) => {
        const r = simulateStopOut({ balance, credit, stopOutLevel, positions: list });
        const all = [...r.closed, ...r.remaining];
        expect(new Set(all).size).toBe(all.length);
        expect([...all].sort()).toEqual(list.map((p) => p.id).sort());
        expect(Number.isNaN(r.balance)).toBe(false);
        if (r.remaining.length === 0) expect(r.marginLevel).toBeNull();
        else if (r.marginLevel !== null) expect(r.marginLevel).toBeGreaterThanOrEqual(stopOutLevel);
      }),
    );
  });

  it('closes positions in order of floating P/L, most negative first', () => {
    fc.assert(
      fc.property(money, level, positions, (balance, stopOutLevel, list) => {
        const r = simulateStopOut({ balance, stopOutLevel, positions: list });
        const pnl = new Map(list.map((p) => [p.id, p.floatingPnl]));
        const closed = r.closed.map((id) => pnl.get(id)!);
        for (let k = 1; k < closed.length; k++) expect(closed[k]!).toBeGreaterThanOrEqual(closed[k - 1]!);
        const worstRemaining = Math.min(...r.remaining.map((id) => pnl.get(id)!));
        if (closed.length > 0) expect(worstRemaining).toBeGreaterThanOrEqual(closed[closed.length - 1]!);
      }),
    );
  });
});
