/**
 * What each section of the calculator shows, composed from lib/margin's formulas.
 * Pure: numbers in, numbers out (unrounded). Every function returns undefined instead of
 * throwing when the margin library rejects its input, so one bad field never breaks a page.
 */
import {
  balanceAfterStopOut,
  equity as equityOf,
  freeMargin as freeMarginOf,
  hedgedRequiredMargin,
  marginCallTolerance,
  marginLevel as marginLevelOf,
  maxLeverageForEquity,
  pipValue as pipValueOf,
  requiredMargin,
  simulateStopOut,
  stopOutTolerance,
} from '@/lib/margin';
import { SYMBOLS, XM_RULES, unitsPerLot, type AccountTypeId, type AssetClass, type LeverageTier } from '@/lib/margin/brokers';
import type { Currency } from './fields';

function attempt<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/* ------------------------------------------------------------------ 1. account health */

export type ZoneId = 'long' | 'short' | 'addFunds' | 'withdrawBlocked' | 'marginCall' | 'stopOut' | 'zeroCut';

/** Zones from the healthiest down. */
export const ZONE_ORDER: readonly ZoneId[] = [
  'long',
  'short',
  'addFunds',
  'withdrawBlocked',
  'marginCall',
  'stopOut',
  'zeroCut',
];

export interface ZoneLevels {
  stopOut: number;
  marginCall: number;
  withdrawal: number;
  shortTerm: number;
  longTerm: number;
}

export function zoneLevels(stopOut: number, marginCall: number): ZoneLevels {
  return {
    stopOut,
    marginCall,
    withdrawal: XM_RULES.withdrawalBlockedBelow,
    shortTerm: XM_RULES.comfortableShortTerm,
    longTerm: XM_RULES.comfortableLongTerm,
  };
}

/** The zone a margin level (%) is in; the most urgent one wins if the levels overlap. */
export function zoneOf(level: number, z: ZoneLevels): ZoneId {
  if (level < XM_RULES.zeroCut) return 'zeroCut';
  if (level < z.stopOut) return 'stopOut';
  if (level < z.marginCall) return 'marginCall';
  if (level < z.withdrawal) return 'withdrawBlocked';
  if (level < z.shortTerm) return 'addFunds';
  if (level < z.longTerm) return 'short';
  return 'long';
}

/** Each zone's range of margin levels: [from, to), null = unbounded. */
export function zoneRanges(z: ZoneLevels): Record<ZoneId, { from: number | null; to: number | null }> {
  return {
    long: { from: z.longTerm, to: null },
    short: { from: z.shortTerm, to: z.longTerm },
    addFunds: { from: z.withdrawal, to: z.shortTerm },
    withdrawBlocked: { from: z.marginCall, to: z.withdrawal },
    marginCall: { from: z.stopOut, to: z.marginCall },
    stopOut: { from: XM_RULES.zeroCut, to: z.stopOut },
    zeroCut: { from: null, to: XM_RULES.zeroCut },
  };
}

/**
 * A scale for pictures of margin level: the zone boundaries are spaced evenly (a linear scale
 * would squeeze 20% and 50% into the bottom pixels). `position` maps a level to 0…1.
 */
export function levelScale(z: ZoneLevels): { ticks: number[]; position: (level: number) => number } {
  const top = z.longTerm * 2;
  const ticks = [...new Set([0, z.stopOut, z.marginCall, z.withdrawal, z.shortTerm, z.longTerm, top])]
    .filter((t) => Number.isFinite(t) && t >= 0 && t <= top)
    .sort((a, b) => a - b);
  const bands = ticks.length - 1;
  const position = (level: number) => {
    if (!Number.isFinite(level) || level <= ticks[0]!) return 0;
    for (let i = 0; i < bands; i++) {
      const lo = ticks[i]!;
      const hi = ticks[i + 1]!;
      if (level < hi) return (i + (level - lo) / (hi - lo)) / bands;
    }
    return 1;
  };
  return { ticks, position };
}

export interface HealthResult {
  equity: number;
  /** undefined when the required margin is unknown (its field has an error). */
  freeMargin: number | undefined;
  /** null when no margin is used; undefined when the required margin is unknown. */
  marginLevel: number | null | undefined;
}

/** Equity, free margin and margin level; a missing required margin leaves only equity. */
export function accountHealth(i: {
  balance: number;
  credit: number;
  floatingPnl: number;
  requiredMargin: number | undefined;
}): HealthResult | undefined {
  return attempt(() => {
    const eq = equityOf({ balance: i.balance, credit: i.credit, floatingPnl: i.floatingPnl });
    if (i.requiredMargin === undefined) return { equity: eq, freeMargin: undefined, marginLevel: undefined };
    return {
      equity: eq,
      freeMargin: freeMarginOf({ equity: eq, requiredMargin: i.requiredMargin }),
      marginLevel: marginLevelOf({ equity: eq, requiredMargin: i.requiredMargin }),
    };
  });
}

/* ------------------------------------------------------------------ 2. position */

/** Whether a symbol quoted in `quote` needs a conversion rate on an account in `account`. */
export function needsRate(quote: string, account: Currency): boolean {
  return quote !== account;
}

/**
 * Quote currency → account currency, from one USD/JPY rate (the only conversion the supported
 * symbols and account currencies need). undefined when no such conversion exists.
 */
export function quoteToAccount(quote: string, account: Currency, usdJpy: number | undefined): number | undefined {
  if (quote === account) return 1;
  if (usdJpy === undefined || !(usdJpy > 0)) return undefined;
  if (quote === 'USD' && account === 'JPY') return usdJpy;
  if (quote === 'JPY' && account === 'USD') return 1 / usdJpy;
  return undefined;
}

export interface PositionInput {
  /** Balance + credit: what can absorb losses (XM counts credit into equity). */
  funds: number;
  symbolId: string;
  accountType: AccountTypeId;
  lots: number;
  leverage: number;
  price: number;
  quoteToAccount: number;
  stopOutLevel: number;
  marginCallLevel: number;
}

export interface PositionResult {
  units: number;
  pipSize: number;
  assetClass: AssetClass;
  /** Value of one pip for the whole position, in account currency. */
  pipValue: number;
  requiredMargin: number;
  /** Margin level right after entry (equity = funds). */
  levelAtEntry: number | null;
  canEnter: boolean;
  stopOut: ReturnType<typeof stopOutTolerance>;
  marginCall: ReturnType<typeof marginCallTolerance>;
  /** Equity left after a stop-out and the loss up to it. */
  afterStopOut: { balanceLeft: number; loss: number };
}

export function positionResult(i: PositionInput): PositionResult | undefined {
  const symbol = SYMBOLS.find((s) => s.id === i.symbolId);
  if (!symbol) return undefined;
  return attempt(() => {
    const units = unitsPerLot(symbol.id, i.accountType) * i.lots;
    const base = {
      balance: i.funds,
      price: i.price,
      units,
      leverage: i.leverage,
      pipSize: symbol.pipSize,
      quoteToAccount: i.quoteToAccount,
    };
    const stopOut = stopOutTolerance({ ...base, stopOutLevel: i.stopOutLevel });
    const marginCall = marginCallTolerance({ ...base, marginCallLevel: i.marginCallLevel });
    return {
      units,
      pipSize: symbol.pipSize,
      assetClass: symbol.assetClass,
      pipValue: pipValueOf({ pipSize: symbol.pipSize, units, quoteToAccount: i.quoteToAccount }),
      requiredMargin: stopOut.requiredMargin,
      levelAtEntry: marginLevelOf({ equity: i.funds, requiredMargin: stopOut.requiredMargin }),
      canEnter: stopOut.canEnter,
      stopOut,
      marginCall,
      afterStopOut: balanceAfterStopOut({
        balance: i.funds,
        requiredMargin: stopOut.requiredMargin,
        stopOutLevel: i.stopOutLevel,
      }),
    };
  });
}

export interface ChartPoint {
  price: number;
  level: number;
}

/**
 * Margin level of a long and a short position across prices around the entry (the chart of
 * section 2): equity = funds ± movement × pip value, margin fixed. Spans 1.25 × the stop-out
 * distance on each side. undefined when there is nothing to draw (no room before stop-out).
 */
export function marginLevelSeries(
  r: PositionResult,
  entry: number,
  samples = 48,
): { from: number; to: number; long: ChartPoint[]; short: ChartPoint[] } | undefined {
  const distance = r.stopOut.tolerancePips * r.pipSize;
  if (!r.canEnter || !(distance > 0) || !(r.requiredMargin > 0)) return undefined;
  const span = distance * 1.25;
  const from = entry - span;
  const to = entry + span;
  const long: ChartPoint[] = [];
  const short: ChartPoint[] = [];
  const funds = r.stopOut.tolerableLoss + r.stopOut.stopOutEquity;
  for (let k = 0; k <= samples; k++) {
    const price = from + ((to - from) * k) / samples;
    const pips = (price - entry) / r.pipSize;
    const pnl = pips * r.pipValue;
    long.push({ price, level: marginLevelOf({ equity: funds + pnl, requiredMargin: r.requiredMargin })! });
    short.push({ price, level: marginLevelOf({ equity: funds - pnl, requiredMargin: r.requiredMargin })! });
  }
  return { from, to, long, short };
}

/* ------------------------------------------------------------------ 3. leverage limit */

export interface LeverageLimitInput {
  accounts: { equity: number; currency: Currency }[];
  usdJpy: number;
  tiers: readonly LeverageTier[];
  baseMaxLeverage: number;
  currentLeverage: number;
  /** Required margin of the open positions (account 1) at the current leverage. */
  openMargin: number;
  /** Equity of the account holding those positions (account 1), same currency as openMargin. */
  accountEquity: number;
  eventLeverage: number;
}

export interface LeverageScenario {
  leverage: number;
  requiredMargin: number;
  marginLevel: number | null;
}

export interface LeverageLimitResult {
  totalUsd: number;
  totalJpy: number;
  maxLeverage: number;
  limited: boolean;
  before: LeverageScenario;
  after: LeverageScenario;
  event: LeverageScenario;
}

/** Required margin of the same positions at another leverage (a limit never raises leverage). */
export function marginAtLeverage(margin: number, currentLeverage: number, newLeverage: number): number {
  const effective = Math.min(currentLeverage, newLeverage);
  return (margin * currentLeverage) / effective;
}

export function leverageLimit(i: LeverageLimitInput): LeverageLimitResult | undefined {
  if (!(i.usdJpy > 0) || !(i.currentLeverage > 0) || !(i.eventLeverage > 0)) return undefined;
  return attempt(() => {
    const equitiesUsd = i.accounts.map((a) => (a.currency === 'USD' ? a.equity : a.equity / i.usdJpy));
    const totalUsd = equitiesUsd.reduce((sum, e) => sum + e, 0);
    const maxLeverage = maxLeverageForEquity(equitiesUsd, i.tiers, i.baseMaxLeverage);
    const scenario = (limit: number): LeverageScenario => {
      const leverage = Math.min(i.currentLeverage, limit);
      const margin = marginAtLeverage(i.openMargin, i.currentLeverage, limit);
      return {
        leverage,
        requiredMargin: margin,
        marginLevel: marginLevelOf({ equity: i.accountEquity, requiredMargin: margin }),
      };
    };
    return {
      totalUsd,
      totalJpy: totalUsd * i.usdJpy,
      maxLeverage,
      limited: maxLeverage < i.currentLeverage,
      before: scenario(i.currentLeverage),
      after: scenario(maxLeverage),
      event: scenario(i.eventLeverage),
    };
  });
}

/* ------------------------------------------------------------------ 4. hedge */

export interface HedgeResult {
  hedged: number;
  /** Both legs at full margin (no hedge rule). */
  unhedged: number;
  /** After closing the sell leg: the buy leg alone. */
  buyOnly: number;
  /** After closing the buy leg: the sell leg alone. */
  sellOnly: number;
}

export function hedgeResult(i: {
  assetClass: AssetClass;
  buyLots: number;
  sellLots: number;
  unitsPerLot: number;
  price: number;
  leverage: number;
}): HedgeResult | undefined {
  return attempt(() => {
    const buyUnits = i.buyLots * i.unitsPerLot;
    const sellUnits = i.sellLots * i.unitsPerLot;
    const leg = (units: number) => requiredMargin({ price: i.price, units, leverage: i.leverage });
    return {
      hedged: hedgedRequiredMargin({ buyUnits, sellUnits, price: i.price, leverage: i.leverage, assetClass: i.assetClass }),
      unhedged: leg(buyUnits) + leg(sellUnits),
      buyOnly: leg(buyUnits),
      sellOnly: leg(sellUnits),
    };
  });
}

/* ------------------------------------------------------------------ 5. several positions */

export interface SequenceRow {
  id: string;
  requiredMargin: number;
  floatingPnl: number;
}

export interface StopOutStep {
  id: string;
  floatingPnl: number;
  /** Margin level after this close; null when no position is left. */
  levelAfter: number | null;
}

export interface StopOutSequence {
  equity: number;
  requiredMargin: number;
  startLevel: number | null;
  steps: StopOutStep[];
  remaining: string[];
  /** Balance after the closes (zero-cut applied when everything was closed). */
  finalBalance: number;
  /** The negative balance zero-cut reset to 0, if it did. */
  zeroCutFrom: number | null;
}

/**
 * Which positions a stop-out closes, in order (simulateStopOut), and the margin level after
 * each close. Closing realises the P/L into the balance, so equity stays the same while the
 * required margin falls: level after k closes = equity ÷ margin still open × 100.
 */
export function stopOutSequence(i: {
  balance: number;
  credit: number;
  stopOutLevel: number;
  rows: SequenceRow[];
}): StopOutSequence | undefined {
  return attempt(() => {
    const result = simulateStopOut({
      balance: i.balance,
      credit: i.credit,
      stopOutLevel: i.stopOutLevel,
      positions: i.rows.map((r) => ({ id: r.id, requiredMargin: r.requiredMargin, floatingPnl: r.floatingPnl })),
    });
    const totalPnl = i.rows.reduce((sum, r) => sum + r.floatingPnl, 0);
    const eq = equityOf({ balance: i.balance, credit: i.credit, floatingPnl: totalPnl });
    const byId = new Map(i.rows.map((r) => [r.id, r]));
    let marginLeft = i.rows.reduce((sum, r) => sum + r.requiredMargin, 0);
    const startLevel = marginLevelOf({ equity: eq, requiredMargin: marginLeft });
    let realised = i.balance;
    const steps = result.closed.map((id, index) => {
      const row = byId.get(id)!;
      marginLeft -= row.requiredMargin;
      realised += row.floatingPnl;
      const last = index === result.closed.length - 1 && result.remaining.length === 0;
      return {
        id,
        floatingPnl: row.floatingPnl,
        levelAfter: last ? null : marginLevelOf({ equity: eq, requiredMargin: Math.max(0, marginLeft) }),
      };
    });
    return {
      equity: eq,
      requiredMargin: i.rows.reduce((sum, r) => sum + r.requiredMargin, 0),
      startLevel,
      steps,
      remaining: result.remaining,
      finalBalance: result.balance,
      zeroCutFrom: result.remaining.length === 0 && realised < result.balance ? realised : null,
    };
  });
}

/* ------------------------------------------------------------------ 6. broker comparison */

export interface BrokerRowResult {
  requiredMargin: number;
  tolerancePips: number;
  longStopOutPrice: number;
  shortStopOutPrice: number;
  canEnter: boolean;
}

/** Stop-out distance of one position at a broker's leverage and stop-out level. */
export function brokerStopOut(i: {
  funds: number;
  price: number;
  units: number;
  pipSize: number;
  quoteToAccount: number;
  leverage: number;
  stopOutLevel: number;
}): BrokerRowResult | undefined {
  return attempt(() => {
    const t = stopOutTolerance({
      balance: i.funds,
      price: i.price,
      units: i.units,
      leverage: i.leverage,
      pipSize: i.pipSize,
      quoteToAccount: i.quoteToAccount,
      stopOutLevel: i.stopOutLevel,
    });
    return {
      requiredMargin: t.requiredMargin,
      tolerancePips: t.tolerancePips,
      longStopOutPrice: t.longStopOutPrice,
      shortStopOutPrice: t.shortStopOutPrice,
      canEnter: t.canEnter,
    };
  });
}
