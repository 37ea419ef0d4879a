import { describe, expect, it } from 'vitest';
import { simulateStopOut } from '@/lib/margin';

describe('simulateStopOut', () => {
  it('closes the largest floating loss first and stops once margin level recovers', () => {
    // Arrange: equity = 10,000 − 9,000 = 1,000; required = 6,000 → 16.7% < 20%.
    const positions = [
      { id: 'a', requiredMargin: 2_000, floatingPnl: -2_000 },
      { id: 'b', requiredMargin: 2_000, floatingPnl: -5_000 },
      { id: 'c', requiredMargin: 2_000, floatingPnl: -2_000 },
    ];
    // Act
    const r = simulateStopOut({ balance: 10_000, stopOutLevel: 20, positions });
    // Assert: closing b leaves equity 1,000 over margin 4,000 = 25% ≥ 20%.
    expect(r.closed).toEqual(['b']);
    expect(r.remaining).toEqual(['a', 'c']);
    expect(r.balance).toBe(5_000);
    expect(r.marginLevel).toBeCloseTo(25, 10);
  });

  it('keeps closing while the level stays below stop-out; ties go by input order', () => {
    const positions = [
      { id: 'win', requiredMargin: 1_000, floatingPnl: 500 },
      { id: 'x', requiredMargin: 3_000, floatingPnl: -3_000 },
      { id: 'y', requiredMargin: 3_000, floatingPnl: -3_000 },
      { id: 'z', requiredMargin: 3_000, floatingPnl: -1_000 },
    ];
    // equity = 7,000 − 6,500 = 500 over 10,000 = 5% → after x: 500/7,000 = 7% → after y: 500/4,000 = 12.5%
    // → after z: 500/1,000 = 50%.
    const r = simulateStopOut({ balance: 7_000, stopOutLevel: 20, positions });
    expect(r.closed).toEqual(['x', 'y', 'z']);
    expect(r.remaining).toEqual(['win']);
    expect(r.balance).toBe(0);
    expect(r.marginLevel).toBeCloseTo(50, 10);
  });

  it('closes nothing when margin level is already at or above the stop-out level', () => {
    const positions = [{ id: 'a', requiredMargin: 1_000, floatingPnl: -800 }];
    const r = simulateStopOut({ balance: 1_000, stopOutLevel: 20, positions });
    expect(r).toEqual({ closed: [], remaining: ['a'], marginLevel: 20, balance: 1_000 });
  });

  it('credit counts into equity', () => {
    const positions = [{ id: 'a', requiredMargin: 1_000, floatingPnl: -1_000 }];
    expect(simulateStopOut({ balance: 1_000, credit: 300, stopOutLevel: 20, positions }).closed).toEqual([]);
    expect(simulateStopOut({ balance: 1_000, credit: 100, stopOutLevel: 20, positions }).closed).toEqual(['a']);
  });

  it('zero-cut: a negative balance after every position is closed is reset to 0; level is null', () => {
    const positions = [
      { id: 'a', requiredMargin: 1_000, floatingPnl: -1_500 },
      { id: 'b', requiredMargin: 1_000, floatingPnl: -800 },
    ];
    const r = simulateStopOut({ balance: 2_000, stopOutLevel: 20, positions });
    expect(r.closed).toEqual(['a', 'b']);
    expect(r.remaining).toEqual([]);
    expect(r.balance).toBe(0);
    expect(r.marginLevel).toBeNull();
  });

  it('no positions: nothing to close, margin level null', () => {
    expect(simulateStopOut({ balance: 500, stopOutLevel: 20, positions: [] })).toEqual({
      closed: [],
      remaining: [],
      marginLevel: null,
      balance: 500,
    });
  });

  const one = (requiredMargin: number, floatingPnl: number, id = 'a') => ({ id, requiredMargin, floatingPnl });
  it.each([
    ['positions', { balance: 1, stopOutLevel: 20, positions: [one(1, 0), one(1, 0)] }],
    ['balance', { balance: -1, stopOutLevel: 20, positions: [] }],
    ['credit', { balance: 1, credit: Number.NaN, stopOutLevel: 20, positions: [] }],
    ['stopOutLevel', { balance: 1, stopOutLevel: -20, positions: [] }],
    ['positions.requiredMargin', { balance: 1, stopOutLevel: 20, positions: [one(-1, 0)] }],
    ['positions.floatingPnl', { balance: 1, stopOutLevel: 20, positions: [one(1, Number.NaN)] }],
  ])('invalid %s throws a RangeError naming it', (field, input) => {
    expect(() => simulateStopOut(input)).toThrow(RangeError);
    expect(() => simulateStopOut(input)).toThrow(new RegExp(`^${field.replace('.', '\\.')} must`));
  });

  it('accounts for every one of 100,000 positions (speed is measured by the benchmark, not here)', () => {
    const positions = Array.from({ length: 100_000 }, (_, k) => ({
      id: `p${k}`,
      requiredMargin: 100,
      floatingPnl: -((k * 7919) % 1000),
    }));
    const r = simulateStopOut({ balance: 50_000_000, stopOutLevel: 20, positions });
    expect(r.closed.length + r.remaining.length).toBe(100_000);
  });
});
