/**
 * Pure margin math (no React, no I/O). Results are unrounded; the UI rounds.
 * Broker numbers live as dated data in ./brokers.
 */
export {
  requiredMargin,
  pipValue,
  equity,
  freeMargin,
  marginLevel,
  stopOutTolerance,
  marginCallTolerance,
  balanceAfterStopOut,
  maxLeverageForEquity,
  hedgedRequiredMargin,
  type LevelToleranceInput,
} from './math';
export { simulateStopOut, type OpenPosition, type StopOutResult } from './stop-out';
export { parseNumberInput, type ParseNumberResult } from './parse-number';
export {
  XM_RULES,
  BROKERS,
  SYMBOLS,
  ACCOUNT_TYPES,
  MARGIN_DATA_AS_OF,
  MARGIN_DATA_SOURCE,
  SOURCE_DATES,
  unitsPerLot,
  type DataSourceId,
  type AccountType,
  type AccountTypeId,
  type AssetClass,
  type Broker,
  type LeverageTier,
  type MarginSymbol,
} from './brokers';
export {
  ARTICLES_RULE_SET,
  XM_RULE_SETS,
  RULE_SET_IDS,
  ruleSetById,
  accountTypeMaxLeverage,
  type RuleSetId,
  type XmRuleSet,
} from './rule-sets';
