import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_TYPES,
  ARTICLES_RULE_SET,
  BROKERS,
  SOURCE_DATES,
  SYMBOLS,
  XM_RULE_SETS,
  XM_RULES,
  accountTypeMaxLeverage,
  maxLeverageForEquity,
  ruleSetById,
  unitsPerLot,
} from '@/lib/margin';

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
    // The articles' date (a span of years), never the build's.
    expect(XM_RULES.asOf).toBe('2020/2022');
    expect(XM_RULES.source).toBe('articles');
  });

  it('every broker row carries its own source and date', () => {
    for (const b of BROKERS) {
      expect(b.source, b.id).toBe('articles');
      expect(b.asOf, b.id).toBe(SOURCE_DATES.articles);
    }
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
    ['XAUUSD', 'kiwami', 100],
    ['XAGUSD', 'standard', 5_000],
    ['USDJPY', 'kiwami', 100_000],
  ] as const)('1 lot of %s on %s = %d units', (symbol, account, units) => {
    expect(unitsPerLot(symbol, account)).toBe(units);
  });

  it('account types: standard, zero and KIWAMI 100,000 units per lot, micro 1,000', () => {
    expect(ACCOUNT_TYPES.map((a) => [a.id, a.unitsPerLot])).toEqual([
      ['standard', 100_000],
      ['zero', 100_000],
      ['micro', 1_000],
      ['kiwami', 100_000],
    ]);
  });
});

describe('XM rule sets: named, dated, with their source', () => {
  it.each([
    ['reported2022New', 1000, [[40_000, 500], [80_000, 200], [200_000, 100]]],
    ['reported2022Kept', 1000, [[20_000, 200], [100_000, 100]]],
    ['articles', 888, [[20_000, 200], [100_000, 100]]],
  ] as const)('%s: up to %d×, tiers %j', (id, max, tiers) => {
    const rs = ruleSetById(id);
    expect(rs.maxLeverage).toBe(max);
    expect([...rs.leverageTiers].sort((a, b) => a.minEquityUsd - b.minEquityUsd).map((t) => [t.minEquityUsd, t.maxLeverage])).toEqual(tiers);
  });

  it('lists the newest first (the page’s default) and dates each from its source', () => {
    expect(XM_RULE_SETS.map((r) => r.id)).toEqual(['reported2022New', 'reported2022Kept', 'articles']);
    expect(XM_RULE_SETS.map((r) => [r.source, r.asOf, r.since ?? null, r.grade])).toEqual([
      ['reportedSince2022', '2026-11', '2022-06', 'varies'],
      ['reportedSince2022', '2026-11', '2022-06', 'varies'],
      ['articles', '2020/2022', null, 'articles'],
    ]);
  });

  it('caps Zero accounts at 500× and KIWAMI at 1,000× after June 2022; the articles state no caps', () => {
    const since2022 = ruleSetById('reported2022New');
    expect(accountTypeMaxLeverage('zero', since2022)).toBe(500);
    expect(accountTypeMaxLeverage('kiwami', since2022)).toBe(1000);
    expect(accountTypeMaxLeverage('standard', since2022)).toBe(1000);
    expect(accountTypeMaxLeverage('zero')).toBe(888);
  });

  it('the articles’ set is the default, so existing callers keep their results', () => {
    expect(ARTICLES_RULE_SET.leverageTiers).toBe(XM_RULES.leverageTiers);
    expect(maxLeverageForEquity([20_000])).toBe(maxLeverageForEquity([20_000], ARTICLES_RULE_SET.leverageTiers, ARTICLES_RULE_SET.maxLeverage));
    const rs = ruleSetById('reported2022New');
    expect(maxLeverageForEquity([39_999], rs.leverageTiers, rs.maxLeverage)).toBe(1000);
    expect(maxLeverageForEquity([40_000], rs.leverageTiers, rs.maxLeverage)).toBe(500);
    expect(maxLeverageForEquity([100_000, 100_000], rs.leverageTiers, rs.maxLeverage)).toBe(100);
  });
});
