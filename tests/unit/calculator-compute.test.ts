import { describe, expect, it } from 'vitest';
import {
  accountHealth,
  brokerStopOut,
  hedgeResult,
  leverageLimit,
  levelScale,
  marginAtLeverage,
  marginLevelSeries,
  positionResult,
  quoteToAccount,
  stopOutSequence,
  zoneLevels,
  zoneOf,
  zoneRanges,
} from '@/lib/calculator/compute';
import { XM_RULES } from '@/lib/margin/brokers';

const xm = zoneLevels(XM_RULES.stopOutLevel, XM_RULES.marginCallLevel);

describe('account health', () => {
  it('adds balance, credit and floating P/L (brief: 50,000 + 20,000 − 10,000 = 60,000)', () => {
    const r = accountHealth({ balance: 50_000, credit: 20_000, floatingPnl: -10_000, requiredMargin: 11_261 })!;
    expect(r.equity).toBe(60_000);
    expect(r.freeMargin).toBe(48_739);
    expect(r.marginLevel).toBeCloseTo(532.81, 2);
  });

  it('has no margin level without positions, and only equity when the margin is unknown', () => {
    expect(accountHealth({ balance: 1, credit: 0, floatingPnl: 0, requiredMargin: 0 })!.marginLevel).toBeNull();
    expect(accountHealth({ balance: 1, credit: 0, floatingPnl: 0, requiredMargin: undefined })).toEqual({
      equity: 1,
      freeMargin: undefined,
      marginLevel: undefined,
    });
  });

  it('puts every margin level in one zone, boundaries inclusive from below', () => {
    expect(zoneOf(1000, xm)).toBe('long');
    expect(zoneOf(999.99, xm)).toBe('short');
    expect(zoneOf(500, xm)).toBe('short');
    expect(zoneOf(150, xm)).toBe('addFunds');
    expect(zoneOf(149.99, xm)).toBe('withdrawBlocked');
    expect(zoneOf(50, xm)).toBe('withdrawBlocked');
    expect(zoneOf(49.99, xm)).toBe('marginCall');
    expect(zoneOf(20, xm)).toBe('marginCall');
    expect(zoneOf(19.99, xm)).toBe('stopOut');
    expect(zoneOf(0, xm)).toBe('stopOut');
    expect(zoneOf(-5, xm)).toBe('zeroCut');
  });

  it('lets the most urgent zone win when overridden levels overlap', () => {
    expect(zoneOf(70, zoneLevels(100, 50))).toBe('stopOut');
  });

  it('describes each zone with its range', () => {
    const r = zoneRanges(xm);
    expect(r.long).toEqual({ from: 1000, to: null });
    expect(r.marginCall).toEqual({ from: 20, to: 50 });
    expect(r.zeroCut).toEqual({ from: null, to: 0 });
  });

  it('spaces the zone boundaries evenly on pictures, monotonically', () => {
    const { ticks, position } = levelScale(xm);
    expect(ticks).toEqual([0, 20, 50, 150, 500, 1000, 2000]);
    expect(position(-10)).toBe(0);
    expect(position(20)).toBeCloseTo(1 / 6);
    expect(position(50)).toBeCloseTo(2 / 6);
    expect(position(5000)).toBe(1);
    let last = -1;
    for (let level = -50; level < 2500; level += 7) {
      const p = position(level);
      expect(p).toBeGreaterThanOrEqual(last);
      last = p;
    }
  });
});

describe('position (the brief’s worked example)', () => {
  const example = positionResult({
    funds: 100_000,
    symbolId: 'USDJPY',
    accountType: 'standard',
    lots: 1,
    leverage: 888,
    price: 100,
    quoteToAccount: 1,
    stopOutLevel: 20,
    marginCallLevel: 50,
  })!;

  it('needs ≈ ¥11,261 of margin and stops out at ≈ ¥2,252 of equity', () => {
    expect(example.units).toBe(100_000);
    expect(example.pipValue).toBeCloseTo(1000, 9);
    expect(example.requiredMargin).toBeCloseTo(11_261.26, 2);
    expect(example.stopOut.stopOutEquity).toBeCloseTo(2252.25, 2);
    expect(example.stopOut.tolerableLoss).toBeCloseTo(97_747.75, 2);
  });

  it('can move ≈ 97.7 pips: long stopped out near 99.023, short near 100.977', () => {
    expect(example.stopOut.tolerancePips).toBeCloseTo(97.748, 3);
    expect(example.stopOut.longStopOutPrice).toBeCloseTo(99.0225, 4);
    expect(example.stopOut.shortStopOutPrice).toBeCloseTo(100.9775, 4);
    expect(example.afterStopOut.balanceLeft).toBeCloseTo(2252.25, 2);
    expect(example.canEnter).toBe(true);
  });

  it('reaches the margin call (50%) first', () => {
    expect(example.marginCall.tolerancePips).toBeLessThan(example.stopOut.tolerancePips);
    expect(example.marginCall.longMarginCallPrice).toBeGreaterThan(example.stopOut.longStopOutPrice);
  });

  it('cannot be opened when the margin is more than the funds', () => {
    const r = positionResult({
      funds: 10_000,
      symbolId: 'USDJPY',
      accountType: 'standard',
      lots: 1,
      leverage: 888,
      price: 100,
      quoteToAccount: 1,
      stopOutLevel: 20,
      marginCallLevel: 50,
    })!;
    expect(r.canEnter).toBe(false);
    expect(marginLevelSeries(r, 100)).toBeUndefined();
  });

  it('uses the account type’s lot size and converts the quote currency', () => {
    // EUR/USD (quoted in USD) on a JPY account, Micro: 1 lot = 1,000 units, USD/JPY 150.
    const micro = positionResult({
      funds: 100_000,
      symbolId: 'EURUSD',
      accountType: 'micro',
      lots: 1,
      leverage: 100,
      price: 1.1,
      quoteToAccount: 150,
      stopOutLevel: 20,
      marginCallLevel: 50,
    })!;
    expect(micro.units).toBe(1000);
    expect(micro.requiredMargin).toBeCloseTo(1650, 9);
    expect(micro.pipValue).toBeCloseTo(0.0001 * 1000 * 150, 9);
    const gold = positionResult({
      funds: 1_000_000,
      symbolId: 'XAUUSD',
      accountType: 'standard',
      lots: 1,
      leverage: 888,
      price: 2000,
      quoteToAccount: 150,
      stopOutLevel: 20,
      marginCallLevel: 50,
    })!;
    expect(gold.units).toBe(100);
    expect(gold.requiredMargin).toBeCloseTo((2000 * 100 * 150) / 888, 6);
    expect(gold.assetClass).toBe('metal');
  });

  it('returns undefined for an unknown symbol or input the margin library rejects', () => {
    const base = { funds: 1, accountType: 'standard' as const, lots: 1, leverage: 1, price: 1, quoteToAccount: 1, stopOutLevel: 20, marginCallLevel: 50 };
    expect(positionResult({ ...base, symbolId: 'BTCUSD' })).toBeUndefined();
    expect(positionResult({ ...base, symbolId: 'USDJPY', leverage: 0 })).toBeUndefined();
  });

  it('draws margin level falling to the stop-out level at the stop-out prices', () => {
    const series = marginLevelSeries(example, 100)!;
    expect(series.from).toBeLessThan(example.stopOut.longStopOutPrice);
    expect(series.to).toBeGreaterThan(example.stopOut.shortStopOutPrice);
    const mid = series.long[(series.long.length - 1) / 2]!;
    expect(mid.price).toBeCloseTo(100, 9);
    expect(mid.level).toBeCloseTo(888, 6);
    // Linear in price: the level at the stop-out price is the stop-out level.
    const slope = (series.long.at(-1)!.level - series.long[0]!.level) / (series.to - series.from);
    expect(mid.level + slope * (example.stopOut.longStopOutPrice - 100)).toBeCloseTo(20, 6);
  });
});

describe('conversion', () => {
  it('converts between yen and dollars with one USD/JPY rate', () => {
    expect(quoteToAccount('JPY', 'JPY', undefined)).toBe(1);
    expect(quoteToAccount('USD', 'JPY', 150)).toBe(150);
    expect(quoteToAccount('JPY', 'USD', 150)).toBeCloseTo(1 / 150);
    expect(quoteToAccount('USD', 'JPY', undefined)).toBeUndefined();
    expect(quoteToAccount('EUR', 'JPY', 150)).toBeUndefined();
  });
});

describe('leverage limit', () => {
  const input = {
    accounts: [
      { equity: 2_000_000, currency: 'JPY' as const },
      { equity: 1_500_000, currency: 'JPY' as const },
    ],
    usdJpy: 150,
    tiers: XM_RULES.leverageTiers,
    baseMaxLeverage: 888,
    currentLeverage: 888,
    openMargin: 170_000,
    accountEquity: 2_000_000,
    eventLeverage: 50,
  };

  it('adds all accounts (in USD) and applies the tier', () => {
    const r = leverageLimit(input)!;
    expect(r.totalUsd).toBeCloseTo(23_333.33, 2);
    expect(r.totalJpy).toBeCloseTo(3_500_000, 6);
    expect(r.maxLeverage).toBe(200);
    expect(r.limited).toBe(true);
  });

  it('shows what the limit and an event do to margin and margin level', () => {
    const r = leverageLimit(input)!;
    expect(r.before.marginLevel).toBeCloseTo(1176.47, 2);
    expect(r.after.requiredMargin).toBeCloseTo(754_800, 6);
    expect(r.after.marginLevel).toBeCloseTo(264.97, 2);
    expect(r.event.leverage).toBe(50);
    expect(r.event.requiredMargin).toBeCloseTo(3_019_200, 6);
  });

  it('never raises leverage, and mixes currencies', () => {
    const r = leverageLimit({ ...input, currentLeverage: 100, accounts: [{ equity: 10_000, currency: 'USD' }, { equity: 1_500_000, currency: 'JPY' }] })!;
    expect(r.totalUsd).toBeCloseTo(20_000, 9);
    expect(r.maxLeverage).toBe(200);
    expect(r.limited).toBe(false);
    expect(r.after.requiredMargin).toBe(170_000);
    expect(marginAtLeverage(1000, 100, 500)).toBe(1000);
  });

  it('returns undefined instead of throwing for impossible input', () => {
    expect(leverageLimit({ ...input, usdJpy: 0 })).toBeUndefined();
    expect(leverageLimit({ ...input, accounts: Array.from({ length: 9 }, () => ({ equity: 1, currency: 'USD' as const })) })).toBeUndefined();
  });
});

describe('hedge', () => {
  const base = { buyLots: 2, sellLots: 1, unitsPerLot: 100_000, price: 100, leverage: 888 };

  it('FX and metals: only the excess needs margin; equal sides need none', () => {
    const r = hedgeResult({ ...base, assetClass: 'fx' })!;
    expect(r.hedged).toBeCloseTo(11_261.26, 2);
    expect(r.unhedged).toBeCloseTo(33_783.78, 2);
    expect(r.buyOnly).toBeCloseTo(22_522.52, 2);
    expect(hedgeResult({ ...base, sellLots: 2, assetClass: 'metal' })!.hedged).toBe(0);
  });

  it('other CFDs: half of each side', () => {
    expect(hedgeResult({ ...base, assetClass: 'cfd' })!.hedged).toBeCloseTo(16_891.89, 2);
  });
});

describe('several positions', () => {
  it('closes the largest loss first and reports the level after each close', () => {
    const r = stopOutSequence({
      balance: 100_000,
      credit: 0,
      stopOutLevel: 20,
      rows: [
        { id: 'usdjpy', requiredMargin: 11_261, floatingPnl: -30_000 },
        { id: 'eurjpy', requiredMargin: 18_018, floatingPnl: -70_000 },
        { id: 'gbpjpy', requiredMargin: 21_396, floatingPnl: 5_000 },
      ],
    })!;
    expect(r.equity).toBe(5_000);
    expect(r.startLevel).toBeCloseTo(9.87, 2);
    expect(r.steps.map((s) => s.id)).toEqual(['eurjpy', 'usdjpy']);
    expect(r.steps[0]!.levelAfter).toBeCloseTo(15.31, 2);
    expect(r.steps[1]!.levelAfter).toBeCloseTo(23.37, 2);
    expect(r.remaining).toEqual(['gbpjpy']);
    expect(r.finalBalance).toBe(0);
    expect(r.zeroCutFrom).toBeNull();
  });

  it('closes nothing above the stop-out level', () => {
    const r = stopOutSequence({ balance: 100_000, credit: 0, stopOutLevel: 20, rows: [{ id: 'a', requiredMargin: 1000, floatingPnl: -10 }] })!;
    expect(r.steps).toEqual([]);
    expect(r.remaining).toEqual(['a']);
  });

  it('applies zero-cut when everything is closed with a negative balance', () => {
    const r = stopOutSequence({ balance: 1000, credit: 0, stopOutLevel: 20, rows: [{ id: 'a', requiredMargin: 1000, floatingPnl: -3000 }] })!;
    expect(r.steps).toEqual([{ id: 'a', floatingPnl: -3000, levelAfter: null }]);
    expect(r.finalBalance).toBe(0);
    expect(r.zeroCutFrom).toBe(-2000);
  });
});

describe('broker comparison', () => {
  it('gives the stop-out distance at a broker’s leverage and level', () => {
    const base = { funds: 100_000, price: 100, units: 100_000, pipSize: 0.01, quoteToAccount: 1 };
    const xmRow = brokerStopOut({ ...base, leverage: 888, stopOutLevel: 20 })!;
    expect(xmRow.tolerancePips).toBeCloseTo(97.748, 3);
    const tradeview = brokerStopOut({ ...base, leverage: 500, stopOutLevel: 100 })!;
    expect(tradeview.requiredMargin).toBe(20_000);
    expect(tradeview.tolerancePips).toBeCloseTo(80, 9);
    expect(brokerStopOut({ ...base, funds: 1000, leverage: 500, stopOutLevel: 20 })!.canEnter).toBe(false);
    expect(brokerStopOut({ ...base, leverage: -1, stopOutLevel: 20 })).toBeUndefined();
  });
});
