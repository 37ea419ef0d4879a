import { describe, expect, it } from 'vitest';
import {
  balanceAfterStopOut,
  equity,
  freeMargin,
  hedgedRequiredMargin,
  marginCallTolerance,
  marginLevel,
  requiredMargin,
  stopOutTolerance,
  XM_RULES,
} from '@/lib/margin';

describe('equity = balance + credit + floating P/L', () => {
  it.each([
    { balance: 50_000, credit: 20_000, floatingPnl: -10_000, expected: 60_000 }, // brief's example
    { balance: 100_000, credit: undefined, floatingPnl: undefined, expected: 100_000 },
    { balance: 0, credit: 0, floatingPnl: -5_000, expected: -5_000 },
  ])('balance $balance + credit $credit + P/L $floatingPnl = $expected', ({ expected, ...input }) => {
    expect(equity(input)).toBe(expected);
  });
});

describe('requiredMargin = price × units ÷ leverage × quoteToAccount', () => {
  it.each([
    { price: 100, units: 100_000, leverage: 888, quoteToAccount: undefined, expected: 11_261.26 },
    { price: 100, units: 100_000, leverage: 100, quoteToAccount: undefined, expected: 100_000 },
    { price: 1.1, units: 100_000, leverage: 888, quoteToAccount: 150, expected: 18_581.08 },
    { price: 2000, units: 100, leverage: 888, quoteToAccount: 150, expected: 33_783.78 },
    { price: 150, units: 0, leverage: 888, quoteToAccount: undefined, expected: 0 },
  ])('$price × $units ÷ $leverage × $quoteToAccount ≈ $expected', ({ expected, ...input }) => {
    expect(requiredMargin(input)).toBeCloseTo(expected, 2);
  });

  it('returns the unrounded value (rounding is the UI job)', () => {
    expect(requiredMargin({ price: 100, units: 100_000, leverage: 888 })).toBe(10_000_000 / 888);
  });
});

describe('freeMargin and marginLevel', () => {
  it('free margin is equity minus required margin and may be negative', () => {
    expect(freeMargin({ equity: 60_000, requiredMargin: 11_000 })).toBe(49_000);
    expect(freeMargin({ equity: 1_000, requiredMargin: 11_000 })).toBe(-10_000);
  });

  it.each([
    { equity: 60_000, requiredMargin: 12_000, expected: 500 },
    { equity: 2_400, requiredMargin: 12_000, expected: 20 },
    { equity: -1_200, requiredMargin: 12_000, expected: -10 },
  ])('margin level of equity $equity over margin $requiredMargin is $expected%', ({ expected, ...input }) => {
    expect(marginLevel(input)).toBeCloseTo(expected, 10);
  });

  it('margin level is null when no margin is used', () => {
    expect(marginLevel({ equity: 100_000, requiredMargin: 0 })).toBeNull();
  });
});

describe('stopOutTolerance (brief example: ¥100,000, 1 lot USD/JPY at 100.00, 888×, 20%)', () => {
  const result = stopOutTolerance({
    balance: 100_000,
    price: 100,
    units: 100_000,
    leverage: 888,
    stopOutLevel: XM_RULES.stopOutLevel,
    pipSize: 0.01,
  });

  it.each([
    ['requiredMargin', 11_261.26, 2],
    ['stopOutEquity', 2_252.25, 2],
    ['tolerableLoss', 97_747.75, 2],
    ['tolerancePips', 97.75, 2],
    ['longStopOutPrice', 99.023, 3],
    ['shortStopOutPrice', 100.977, 3],
  ] as const)('%s ≈ %d', (field, expected, digits) => {
    expect(result[field]).toBeCloseTo(expected, digits);
  });

  it('the position can be entered because margin ≤ balance', () => {
    expect(result.canEnter).toBe(true);
  });

  it('canEnter is false when the required margin is larger than the balance', () => {
    const r = stopOutTolerance({
      balance: 10_000,
      price: 100,
      units: 100_000,
      leverage: 888,
      stopOutLevel: 20,
      pipSize: 0.01,
    });
    expect(r.requiredMargin).toBeGreaterThan(10_000);
    expect(r.canEnter).toBe(false);
  });

  it('converts the pip value into the account currency with quoteToAccount', () => {
    // EUR/USD 1.10, 1 lot, JPY account at 150 JPY per USD: pip value = 0.0001 × 100,000 × 150 = ¥1,500.
    const r = stopOutTolerance({
      balance: 100_000,
      price: 1.1,
      units: 100_000,
      leverage: 888,
      stopOutLevel: 20,
      pipSize: 0.0001,
      quoteToAccount: 150,
    });
    const margin = (1.1 * 100_000 * 150) / 888;
    expect(r.requiredMargin).toBeCloseTo(margin, 8);
    expect(r.tolerancePips).toBeCloseTo((100_000 - margin * 0.2) / 1_500, 8);
    expect(r.longStopOutPrice).toBeCloseTo(1.1 - r.tolerancePips * 0.0001, 12);
  });
});

describe('margin-call tolerance and balance after stop-out', () => {
  it('margin-call prices use the same method at the 50% margin-call level', () => {
    const r = marginCallTolerance({ balance: 100_000, price: 100, units: 100_000, leverage: 888, pipSize: 0.01 });
    const margin = 10_000_000 / 888;
    expect(r.marginCallEquity).toBeCloseTo(margin * 0.5, 8);
    expect(r.tolerancePips).toBeCloseTo((100_000 - margin * 0.5) / 1_000, 8);
    expect(r.longMarginCallPrice).toBeCloseTo(100 - r.tolerancePips * 0.01, 10);
    expect(r.shortMarginCallPrice).toBeCloseTo(100 + r.tolerancePips * 0.01, 10);
  });

  it('balance left after stop-out ≈ required margin × stop-out level; loss = balance − that', () => {
    const r = balanceAfterStopOut({ balance: 100_000, requiredMargin: 10_000_000 / 888, stopOutLevel: 20 });
    expect(r.balanceLeft).toBeCloseTo(2_252.25, 2);
    expect(r.loss).toBeCloseTo(97_747.75, 2);
  });
});

describe('hedgedRequiredMargin', () => {
  const price = 100;
  const leverage = 100;
  it.each([
    { assetClass: 'fx', buyUnits: 100_000, sellUnits: 100_000, expected: 0 },
    { assetClass: 'fx', buyUnits: 300_000, sellUnits: 100_000, expected: 200_000 },
    { assetClass: 'fx', buyUnits: 100_000, sellUnits: 300_000, expected: 200_000 },
    { assetClass: 'metal', buyUnits: 100, sellUnits: 100, expected: 0 },
    { assetClass: 'metal', buyUnits: 100, sellUnits: 0, expected: 100 },
    { assetClass: 'cfd', buyUnits: 100, sellUnits: 100, expected: 100 },
    { assetClass: 'cfd', buyUnits: 300, sellUnits: 100, expected: 200 },
  ] as const)(
    '$assetClass: buy $buyUnits / sell $sellUnits needs $expected',
    ({ expected, ...input }) => {
      expect(hedgedRequiredMargin({ ...input, price, leverage })).toBeCloseTo(expected, 8);
    },
  );
});

describe('invalid input throws a RangeError naming the field', () => {
  const tolerance = { balance: 100_000, price: 100, units: 100_000, leverage: 888, stopOutLevel: 20, pipSize: 0.01 };
  const hedge = { buyUnits: 0, sellUnits: 0, price: 1, leverage: 1, assetClass: 'fx' as const };
  it.each([
    ['price', () => requiredMargin({ price: Number.NaN, units: 1, leverage: 1 })],
    ['price', () => requiredMargin({ price: -1, units: 1, leverage: 1 })],
    ['units', () => requiredMargin({ price: 1, units: -1, leverage: 1 })],
    ['units', () => requiredMargin({ price: 1, units: Number.POSITIVE_INFINITY, leverage: 1 })],
    ['leverage', () => requiredMargin({ price: 1, units: 1, leverage: 0 })],
    ['leverage', () => requiredMargin({ price: 1, units: 1, leverage: -888 })],
    ['quoteToAccount', () => requiredMargin({ price: 1, units: 1, leverage: 1, quoteToAccount: 0 })],
    ['balance', () => equity({ balance: -1 })],
    ['credit', () => equity({ balance: 1, credit: Number.NaN })],
    ['floatingPnl', () => equity({ balance: 1, floatingPnl: Number.NEGATIVE_INFINITY })],
    ['equity', () => marginLevel({ equity: Number.NaN, requiredMargin: 1 })],
    ['requiredMargin', () => marginLevel({ equity: 1, requiredMargin: -1 })],
    ['requiredMargin', () => freeMargin({ equity: 1, requiredMargin: Number.NaN })],
    ['balance', () => stopOutTolerance({ ...tolerance, balance: -1 })],
    ['units', () => stopOutTolerance({ ...tolerance, units: 0 })],
    ['stopOutLevel', () => stopOutTolerance({ ...tolerance, stopOutLevel: -1 })],
    ['pipSize', () => stopOutTolerance({ ...tolerance, pipSize: 0 })],
    ['quoteToAccount', () => stopOutTolerance({ ...tolerance, quoteToAccount: -150 })],
    ['leverage', () => stopOutTolerance({ ...tolerance, leverage: Number.NaN })],
    ['marginCallLevel', () => marginCallTolerance({ ...tolerance, marginCallLevel: -50 })],
    ['buyUnits', () => hedgedRequiredMargin({ ...hedge, buyUnits: -1 })],
    ['sellUnits', () => hedgedRequiredMargin({ ...hedge, sellUnits: Number.NaN, assetClass: 'cfd' })],
  ])('%s', (field, act) => {
    expect(act).toThrow(RangeError);
    expect(act).toThrow(new RegExp(`^${field} must be`));
  });

  it('the message reads like a sentence', () => {
    expect(() => requiredMargin({ price: 1, units: 1, leverage: 0 })).toThrow(
      'leverage must be a finite number greater than 0',
    );
  });
});
