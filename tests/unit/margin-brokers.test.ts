import { describe, expect, it } from 'vitest';
import { ACCOUNT_TYPES, BROKERS, maxLeverageForEquity, SYMBOLS, unitsPerLot, XM_RULES } from '@/lib/margin';

describe('maxLeverageForEquity (XM tiers, equity summed over all accounts, boundaries inclusive)', () => {
  it.each([
    { equities: [], expected: 888 },
    { equities: [0], expected: 888 },
    { equities: [19_999.99], expected: 888 },
    { equities: [20_000], expected: 200 },
    { equities: [99_999.99], expected: 200 },
    { equities: [100_000], expected: 100 },
    { equities: [10_000, 10_000], expected: 200 },
    { equities: [15_000, 4_999], expected: 888 },
    { equities: [50_000, 30_000, 20_000], expected: 100 },
    { equities: [12_500, 12_500, 12_500, 12_500, 12_500, 12_500, 12_500, 12_500], expected: 100 },
    { equities: [30_000, -15_000], expected: 888 }, // floating losses count
  ])('total of $equities → $expected×', ({ equities, expected }) => {
    expect(maxLeverageForEquity(equities)).toBe(expected);
  });

  it('more than 8 accounts throws a RangeError naming accountEquitiesUsd', () => {
    expect(() => maxLeverageForEquity(Array.from({ length: 9 }, () => 1_000))).toThrow(
      /^accountEquitiesUsd must list at most 8 accounts/,
    );
  });

  it('a non-finite equity throws a RangeError naming accountEquitiesUsd', () => {
    expect(() => maxLeverageForEquity([Number.NaN])).toThrow(RangeError);
    expect(() => maxLeverageForEquity([Number.NaN])).toThrow(/^accountEquitiesUsd/);
  });

  it('the tiers can be overridden (order does not matter)', () => {
    const tiers = [
      { minEquityUsd: 5_000, maxLeverage: 400 },
      { minEquityUsd: 50_000, maxLeverage: 50 },
    ];
    expect(maxLeverageForEquity([4_999], tiers, 1000)).toBe(1000);
    expect(maxLeverageForEquity([5_000], tiers, 1000)).toBe(400);
    expect(maxLeverageForEquity([25_000, 25_000], tiers, 1000)).toBe(50);
  });
});

describe('broker data is one dated table with its source', () => {
  it('XM_RULES keeps the thresholds of the brief', () => {
    expect(XM_RULES).toMatchObject({
      maxLeverage: 888,
      marginCallLevel: 50,
      stopOutLevel: 20,
      withdrawalBlockedBelow: 150,
      comfortableShortTerm: 500,
      comfortableLongTerm: 1000,
      zeroCut: 0,
      eventLeverage: 50,
      maxAccounts: 8,
    });
    expect(XM_RULES.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(XM_RULES.source).toContain('XM');
  });

  it('BROKERS lists the six brokers with max leverage and stop-out level', () => {
    expect(BROKERS.map((b) => [b.name, b.maxLeverage, b.stopOutLevel])).toEqual([
      ['XM', 888, 20],
      ['AXIORY', 400, 20],
      ['TitanFX', 500, 20],
      ['Tradeview', 500, 100],
      ['FXGT', 500, 50],
      ['LandFX', 500, 30],
    ]);
    expect(new Set(BROKERS.map((b) => b.id)).size).toBe(BROKERS.length);
  });

  it.each([
    ['USDJPY', 0.01],
    ['EURUSD', 0.0001],
    ['EURJPY', 0.01],
    ['GBPJPY', 0.01],
    ['AUDJPY', 0.01],
    ['GBPUSD', 0.0001],
    ['XAUUSD', 0.01],
  ])('%s has pip size %d', (id, pipSize) => {
    expect(SYMBOLS.find((s) => s.id === id)?.pipSize).toBe(pipSize);
  });

  it.each([
    ['USDJPY', 'standard', 100_000],
    ['USDJPY', 'zero', 100_000],
    ['USDJPY', 'micro', 1_000],
    ['XAUUSD', 'standard', 100],
    ['XAUUSD', 'micro', 1],
  ] as const)('1 lot of %s on %s = %d units', (symbol, account, units) => {
    expect(unitsPerLot(symbol, account)).toBe(units);
  });

  it('account types: standard and zero 100,000 units per lot, micro 1,000', () => {
    expect(ACCOUNT_TYPES.map((a) => [a.id, a.unitsPerLot])).toEqual([
      ['standard', 100_000],
      ['zero', 100_000],
      ['micro', 1_000],
    ]);
  });
});
