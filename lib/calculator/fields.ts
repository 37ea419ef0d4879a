/**
 * The calculator's fields, written once: for each field its name, its key in the link's query,
 * what it accepts and its default. The state type (state.ts), the defaults and the link's codec
 * (query.ts) are derived from these tables; nothing else lists the fields.
 *
 * Inputs stay text as typed until they are read (readNumber), so a bad entry is shown back to
 * the user with its message instead of being replaced. Defaults are the brief's worked examples,
 * so the page shows meaningful results before anyone types.
 */
import {
  ACCOUNT_TYPES,
  BROKERS,
  SYMBOLS,
  XM_RULES,
  type AccountTypeId,
  type AssetClass,
} from '@/lib/margin/brokers';
import { parseNumberInput } from '@/lib/margin/parse-number';
import { RULE_SET_IDS, XM_RULE_SETS, type RuleSetId, type XmRuleSet } from '@/lib/margin/rule-sets';

/** What a number field accepts besides "a number". */
export type FieldRule = 'any' | 'nonNegative' | 'positive';

export type FieldError = 'empty' | 'invalid' | 'negative' | 'notPositive';

export type FieldResult = { ok: true; value: number } | { ok: false; error: FieldError };

/** Parses `raw` (full-width digits, separators… see parseNumberInput) and applies `rule`. */
export function readNumber(raw: string, rule: FieldRule): FieldResult {
  const parsed = parseNumberInput(raw, 'ja');
  if (!parsed.ok) return { ok: false, error: parsed.reason };
  const { value } = parsed;
  if (rule === 'nonNegative' && value < 0) return { ok: false, error: 'negative' };
  if (rule === 'positive' && value <= 0) return { ok: false, error: 'notPositive' };
  return { ok: true, value };
}

/**
 * The canonical text of a valid number (ASCII digits, no separators), used in links;
 * anything invalid stays as typed so the link reproduces the same message.
 */
export function canonicalNumberText(raw: string): string {
  const parsed = parseNumberInput(raw, 'ja');
  if (!parsed.ok) return raw;
  const text = String(parsed.value);
  // Very large or small numbers print in exponent form, which the parser rejects: keep them as typed.
  return /e/i.test(text) ? raw.trim() : text;
}

export const CURRENCIES = ['JPY', 'USD'] as const;
export type Currency = (typeof CURRENCIES)[number];
export const SYMBOL_IDS: readonly string[] = SYMBOLS.map((s) => s.id);
export const ACCOUNT_TYPE_IDS: readonly AccountTypeId[] = ACCOUNT_TYPES.map((a) => a.id);
export const ASSET_CLASSES: readonly AssetClass[] = ['fx', 'metal', 'cfd'];

/** The rule set a fresh page starts from: the newest. */
export const DEFAULT_RULE_SET: XmRuleSet = XM_RULE_SETS[0]!;

/** A number field: its query key, its rule, and its default (which may depend on the rule set). */
export interface NumberSpec {
  readonly kind: 'number';
  readonly query: string;
  readonly rule: FieldRule;
  readonly initial: string | ((ruleSet: XmRuleSet) => string);
}
/** A choice among fixed options (a select). */
export interface ChoiceSpec<T extends string = string> {
  readonly kind: 'choice';
  readonly query: string;
  readonly options: readonly T[];
  readonly initial: T;
}
/** Free text (a position's name). */
export interface TextSpec {
  readonly kind: 'text';
  readonly query: string;
}
export type ColumnSpec = NumberSpec | ChoiceSpec | TextSpec;

const number = (query: string, rule: FieldRule, initial: NumberSpec['initial']): NumberSpec => ({ kind: 'number', query, rule, initial });
const choice = <T extends string>(query: string, options: readonly T[], initial: T): ChoiceSpec<T> => ({ kind: 'choice', query, options, initial });
const text = (query: string): TextSpec => ({ kind: 'text', query });

/** Single fields, by section (the query keys are part of the public interface: never rename one). */
export const FIELDS = {
  // Rules every section uses.
  ruleSet: choice<RuleSetId>('rs', RULE_SET_IDS, DEFAULT_RULE_SET.id),
  currency: choice<Currency>('cur', CURRENCIES, 'JPY'),
  maxLeverage: number('ml', 'positive', (rs) => String(rs.maxLeverage)),
  stopOutLevel: number('so', 'nonNegative', String(XM_RULES.stopOutLevel)),
  marginCallLevel: number('mc', 'nonNegative', String(XM_RULES.marginCallLevel)),
  // 1. Account health (brief: 50,000 + 20,000 − 10,000 = 60,000).
  balance: number('bal', 'nonNegative', '50000'),
  credit: number('cr', 'nonNegative', '20000'),
  floatingPnl: number('pl', 'any', '-10000'),
  requiredMargin: number('rm', 'nonNegative', '11261'),
  // What you can do now: the margin level to reach.
  targetLevel: number('goal', 'positive', String(XM_RULES.comfortableLongTerm)),
  // 2. Position (brief: ¥100,000, 1 lot USD/JPY at 100.00, 888×).
  positionBalance: number('pb', 'nonNegative', '100000'),
  positionCredit: number('pc', 'nonNegative', '0'),
  symbol: choice<string>('sym', SYMBOL_IDS, 'USDJPY'),
  accountType: choice<AccountTypeId>('type', ACCOUNT_TYPE_IDS, 'standard'),
  lots: number('lots', 'positive', '1'),
  leverage: number('lev', 'positive', String(XM_RULES.maxLeverage)),
  price: number('px', 'positive', '100'),
  usdJpy: number('fx', 'positive', '150'),
  // 3. Leverage limit.
  accountsUsdJpy: number('eqfx', 'positive', '150'),
  openMargin: number('om', 'nonNegative', '170000'),
  openLeverage: number('olev', 'positive', String(XM_RULES.maxLeverage)),
  eventLeverage: number('ev', 'positive', String(XM_RULES.eventLeverage)),
  // 4. Hedge.
  hedgeClass: choice<AssetClass>('hcls', ASSET_CLASSES, 'fx'),
  hedgeBuyLots: number('hbuy', 'nonNegative', '2'),
  hedgeSellLots: number('hsell', 'nonNegative', '1'),
  hedgeUnitsPerLot: number('hu', 'positive', '100000'),
  hedgePrice: number('hpx', 'positive', '100'),
  hedgeLeverage: number('hlev', 'positive', String(XM_RULES.maxLeverage)),
  // 5. Several positions.
  sequenceBalance: number('sb', 'nonNegative', '100000'),
  sequenceCredit: number('sc', 'nonNegative', '0'),
} as const;

type Fields = typeof FIELDS;
export type FieldName = keyof Fields;
export type NumberName = { [K in FieldName]: Fields[K] extends NumberSpec ? K : never }[FieldName];
export type ChoiceName = { [K in FieldName]: Fields[K] extends ChoiceSpec ? K : never }[FieldName];
export type ChoiceValue<K extends ChoiceName> = Fields[K] extends ChoiceSpec<infer T> ? T : never;

export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];
export const NUMBER_NAMES = FIELD_NAMES.filter((k) => FIELDS[k].kind === 'number') as NumberName[];
export const CHOICE_NAMES = FIELD_NAMES.filter((k) => FIELDS[k].kind === 'choice') as ChoiceName[];

/**
 * Lists of rows: each column's query key is repeated once per row (`eq=…&eq=…`), values paired
 * by position. `legacy` reads keys written by earlier versions of the page.
 */
export const LISTS = {
  accounts: {
    max: XM_RULES.maxAccounts,
    columns: { equity: number('eq', 'any', ''), currency: choice<Currency>('eqc', CURRENCIES, 'JPY') },
    initial: (): Record<'equity' | 'currency', string>[] => [
      { equity: '2000000', currency: 'JPY' },
      { equity: '1500000', currency: 'JPY' },
    ],
  },
  tiers: {
    max: 10,
    columns: { equity: number('te', 'nonNegative', ''), leverage: number('tl', 'positive', '') },
    initial: (rs: XmRuleSet): Record<'equity' | 'leverage', string>[] =>
      [...rs.leverageTiers]
        .sort((a, b) => a.minEquityUsd - b.minEquityUsd)
        .map((t) => ({ equity: String(t.minEquityUsd), leverage: String(t.maxLeverage) })),
  },
  rows: {
    max: 20,
    columns: { name: text('pn'), margin: number('pm', 'nonNegative', ''), pnl: number('pp', 'any', '') },
    initial: (): Record<'name' | 'margin' | 'pnl', string>[] => [
      { name: 'USD/JPY', margin: '11261', pnl: '-30000' },
      { name: 'EUR/JPY', margin: '18018', pnl: '-70000' },
      { name: 'GBP/JPY', margin: '21396', pnl: '5000' },
    ],
  },
} as const;

/** Tiers of version 1 of the page: two fixed tiers under their own keys. */
export const LEGACY_TIER_KEYS = [
  { equity: 't1e', leverage: 't1l' },
  { equity: 't2e', leverage: 't2l' },
] as const;

export type ListName = keyof typeof LISTS;
export type ColumnName<L extends ListName> = keyof (typeof LISTS)[L]['columns'] & string;

/** Per-broker overrides of the comparison table: `lv_<id>` and `so_<id>`. */
export const BROKER_COLUMNS = {
  leverage: number('lv_', 'positive', ''),
  stopOutLevel: number('so_', 'nonNegative', ''),
} as const;
export type BrokerColumn = keyof typeof BROKER_COLUMNS;
export const brokerQueryKey = (column: BrokerColumn, brokerId: string) => `${BROKER_COLUMNS[column].query}${brokerId}`;
export const brokerInitial = (id: string): Record<BrokerColumn, string> => {
  const b = BROKERS.find((x) => x.id === id)!;
  return { leverage: String(b.maxLeverage), stopOutLevel: String(b.stopOutLevel) };
};

/** Longest value read from a link (longer values are cut); also the fields' maxLength. */
export const MAX_VALUE_LENGTH = 40;

/**
 * Example entry prices filled in when the user picks another symbol (so the figures stay
 * plausible). Not market data: the page asks the user to type their own price.
 */
export const EXAMPLE_PRICES: Readonly<Record<string, string>> = {
  USDJPY: '100',
  EURUSD: '1.1',
  EURJPY: '160',
  GBPJPY: '190',
  AUDJPY: '95',
  GBPUSD: '1.3',
  XAUUSD: '2000',
  XAGUSD: '25',
};
