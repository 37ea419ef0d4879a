/**
 * Core margin formulas (MT4/MT5 wording). All results are unrounded; rounding
 * is the UI's job. Invalid input throws a RangeError naming the field.
 */
import { XM_RULES, type AssetClass, type LeverageTier } from './brokers';
import { finite, nonNegative, positive } from './validate';

/** price × units ÷ leverage × quoteToAccount (account currency). */
export function requiredMargin(i: {
  price: number;
  units: number;
  leverage: number;
  quoteToAccount?: number;
}): number {
  const price = positive('price', i.price);
  const units = nonNegative('units', i.units);
  const leverage = positive('leverage', i.leverage);
  const quoteToAccount = positive('quoteToAccount', i.quoteToAccount ?? 1);
  return ((price * units) / leverage) * quoteToAccount;
}

/** Value of one pip for `units` in account currency: pip size × units × quoteToAccount. */
export function pipValue(i: { pipSize: number; units: number; quoteToAccount?: number }): number {
  return positive('pipSize', i.pipSize) * nonNegative('units', i.units) * positive('quoteToAccount', i.quoteToAccount ?? 1);
}

/** balance + credit + floating P/L. */
export function equity(i: { balance: number; credit?: number; floatingPnl?: number }): number {
  return (
    nonNegative('balance', i.balance) +
    nonNegative('credit', i.credit ?? 0) +
    finite('floatingPnl', i.floatingPnl ?? 0)
  );
}

/** equity − required margin (may be negative). */
export function freeMargin(i: { equity: number; requiredMargin: number }): number {
  return finite('equity', i.equity) - nonNegative('requiredMargin', i.requiredMargin);
}

/** equity ÷ required margin × 100 (%); null when no margin is used. */
export function marginLevel(i: { equity: number; requiredMargin: number }): number | null {
  const eq = finite('equity', i.equity);
  const required = nonNegative('requiredMargin', i.requiredMargin);
  return required === 0 ? null : (eq / required) * 100;
}

export interface LevelToleranceInput {
  balance: number;
  price: number;
  units: number;
  leverage: number;
  pipSize: number;
  quoteToAccount?: number;
}

/** How far the price may move before margin level reaches `level` (%) — the brief's method. */
function levelTolerance(i: LevelToleranceInput, levelField: string, level: number) {
  const balance = nonNegative('balance', i.balance);
  const price = positive('price', i.price);
  const units = positive('units', i.units);
  const pipSize = positive('pipSize', i.pipSize);
  const quoteToAccount = positive('quoteToAccount', i.quoteToAccount ?? 1);
  nonNegative(levelField, level);
  const margin = requiredMargin({ price, units, leverage: i.leverage, quoteToAccount });
  const equityAtLevel = (margin * level) / 100;
  const tolerableLoss = balance - equityAtLevel;
  const tolerancePips = tolerableLoss / pipValue({ pipSize, units, quoteToAccount });
  return {
    requiredMargin: margin,
    equityAtLevel,
    tolerableLoss,
    tolerancePips,
    longPrice: price - tolerancePips * pipSize,
    shortPrice: price + tolerancePips * pipSize,
  };
}

/**
 * Tolerance before stop-out for one position (spread ignored). A long stop-out
 * price ≤ 0 means the price cannot fall far enough to stop the position out.
 */
export function stopOutTolerance(i: LevelToleranceInput & { stopOutLevel: number }): {
  requiredMargin: number;
  stopOutEquity: number;
  tolerableLoss: number;
  tolerancePips: number;
  longStopOutPrice: number;
  shortStopOutPrice: number;
  canEnter: boolean;
} {
  const t = levelTolerance(i, 'stopOutLevel', i.stopOutLevel);
  return {
    requiredMargin: t.requiredMargin,
    stopOutEquity: t.equityAtLevel,
    tolerableLoss: t.tolerableLoss,
    tolerancePips: t.tolerancePips,
    longStopOutPrice: t.longPrice,
    shortStopOutPrice: t.shortPrice,
    canEnter: t.requiredMargin <= i.balance,
  };
}

/** Same method as stopOutTolerance, at the margin-call level (XM: 50%). */
export function marginCallTolerance(
  i: LevelToleranceInput & { marginCallLevel?: number },
): {
  requiredMargin: number;
  marginCallEquity: number;
  tolerableLoss: number;
  tolerancePips: number;
  longMarginCallPrice: number;
  shortMarginCallPrice: number;
} {
  const t = levelTolerance(i, 'marginCallLevel', i.marginCallLevel ?? XM_RULES.marginCallLevel);
  return {
    requiredMargin: t.requiredMargin,
    marginCallEquity: t.equityAtLevel,
    tolerableLoss: t.tolerableLoss,
    tolerancePips: t.tolerancePips,
    longMarginCallPrice: t.longPrice,
    shortMarginCallPrice: t.shortPrice,
  };
}

/** Balance left after a stop-out ≈ required margin × stop-out level; loss = balance − that. */
export function balanceAfterStopOut(i: {
  balance: number;
  requiredMargin: number;
  stopOutLevel: number;
}): { balanceLeft: number; loss: number } {
  const balance = nonNegative('balance', i.balance);
  const margin = nonNegative('requiredMargin', i.requiredMargin);
  const level = nonNegative('stopOutLevel', i.stopOutLevel);
  const balanceLeft = (margin * level) / 100;
  return { balanceLeft, loss: balance - balanceLeft };
}

/**
 * Maximum leverage for a person: the equities (USD, floating P/L included) of
 * all accounts (at most 8) are summed; the highest tier whose minEquityUsd is
 * ≤ the total applies (boundaries inclusive). No tier → base maximum.
 */
export function maxLeverageForEquity(
  accountEquitiesUsd: number[],
  tiers: readonly LeverageTier[] = XM_RULES.leverageTiers,
  baseMaxLeverage: number = XM_RULES.maxLeverage,
): number {
  if (accountEquitiesUsd.length > XM_RULES.maxAccounts) {
    throw new RangeError(`accountEquitiesUsd must list at most ${XM_RULES.maxAccounts} accounts`);
  }
  positive('baseMaxLeverage', baseMaxLeverage);
  const total = accountEquitiesUsd.reduce((sum, e) => sum + finite('accountEquitiesUsd', e), 0);
  let best: LeverageTier | undefined;
  for (const tier of tiers) {
    finite('tiers.minEquityUsd', tier.minEquityUsd);
    positive('tiers.maxLeverage', tier.maxLeverage);
    if (total >= tier.minEquityUsd && (!best || tier.minEquityUsd > best.minEquityUsd)) best = tier;
  }
  return best ? best.maxLeverage : baseMaxLeverage;
}

/**
 * Required margin of a hedged (両建て) position on one symbol.
 * fx / metal: only the excess of the larger side needs margin.
 * cfd: each side needs 50% of its margin.
 */
export function hedgedRequiredMargin(i: {
  buyUnits: number;
  sellUnits: number;
  price: number;
  leverage: number;
  assetClass: AssetClass;
  quoteToAccount?: number;
}): number {
  const buy = nonNegative('buyUnits', i.buyUnits);
  const sell = nonNegative('sellUnits', i.sellUnits);
  const base = { price: i.price, leverage: i.leverage, quoteToAccount: i.quoteToAccount };
  switch (i.assetClass) {
    case 'fx':
    case 'metal':
      return requiredMargin({ ...base, units: Math.abs(buy - sell) });
    case 'cfd':
      return requiredMargin({ ...base, units: buy + sell }) * XM_RULES.cfdHedgeMarginRatio;
    default:
      throw new RangeError(`assetClass must be one of fx, metal, cfd`);
  }
}
