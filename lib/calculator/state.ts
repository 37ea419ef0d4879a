/**
 * The calculator's inputs, exactly as typed (strings), and their defaults.
 * Numbers stay text until they are read (lib/calculator/fields.ts), so a bad entry can be shown
 * back to the user with its message instead of being silently replaced.
 */
import {
  ACCOUNT_TYPES,
  BROKERS,
  SYMBOLS,
  XM_RULES,
  type AccountTypeId,
  type AssetClass,
} from '@/lib/margin/brokers';
import type { FieldRule } from './fields';

export const CURRENCIES = ['JPY', 'USD'] as const;
export type Currency = (typeof CURRENCIES)[number];

export const SYMBOL_IDS = SYMBOLS.map((s) => s.id);
export const ACCOUNT_TYPE_IDS: readonly AccountTypeId[] = ACCOUNT_TYPES.map((a) => a.id);
export const ASSET_CLASSES: readonly AssetClass[] = ['fx', 'metal', 'cfd'];

/** Most accounts a person may hold (XM): the leverage-limit section accepts this many. */
export const MAX_ACCOUNTS = XM_RULES.maxAccounts;
/** Most rows of the several-positions table. */
export const MAX_POSITION_ROWS = 20;

export interface AccountRow {
  /** React key; not part of the link. */
  key: number;
  equity: string;
  currency: Currency;
}

export interface PositionRow {
  /** React key; not part of the link. */
  key: number;
  name: string;
  margin: string;
  pnl: string;
}

export interface BrokerOverride {
  lev: string;
  so: string;
}

/** Number fields (text as typed). Their names are also their keys in the link's query. */
export const NUMBER_KEYS = [
  // rules used by every section
  'so',
  'mc',
  'ml',
  // 1. account health
  'bal',
  'cr',
  'pl',
  'rm',
  // 2. position
  'pb',
  'pc',
  'lots',
  'lev',
  'px',
  'fx',
  // 3. leverage limit
  'eqfx',
  'om',
  'olev',
  't1e',
  't1l',
  't2e',
  't2l',
  'ev',
  // 4. hedge
  'hbuy',
  'hsell',
  'hu',
  'hpx',
  'hlev',
  // 5. several positions
  'sb',
  'sc',
] as const;
export type NumberKey = (typeof NUMBER_KEYS)[number];

export interface Choices {
  cur: Currency;
  sym: string;
  type: AccountTypeId;
  hcls: AssetClass;
}
export type ChoiceKey = keyof Choices;

/** Allowed values of each choice field. */
export const CHOICE_OPTIONS: { readonly [K in ChoiceKey]: readonly Choices[K][] } = {
  cur: CURRENCIES,
  sym: SYMBOL_IDS,
  type: ACCOUNT_TYPE_IDS,
  hcls: ASSET_CLASSES,
};
export const CHOICE_KEYS = Object.keys(CHOICE_OPTIONS) as ChoiceKey[];

export type CalculatorState = Record<NumberKey, string> &
  Choices & {
    accounts: AccountRow[];
    rows: PositionRow[];
    brokers: Record<string, BrokerOverride>;
  };

const tier = (index: number) => XM_RULES.leverageTiers.slice().sort((a, b) => a.minEquityUsd - b.minEquityUsd)[index];

/**
 * Defaults: the brief's worked examples, so the page shows meaningful results before typing
 * (health: 50,000 + 20,000 − 10,000 = 60,000; position: ¥100,000, 1 lot USD/JPY at 100.00, 888×).
 */
export function defaultState(): CalculatorState {
  return {
    cur: 'JPY',
    so: String(XM_RULES.stopOutLevel),
    mc: String(XM_RULES.marginCallLevel),
    ml: String(XM_RULES.maxLeverage),

    bal: '50000',
    cr: '20000',
    pl: '-10000',
    rm: '11261',

    pb: '100000',
    pc: '0',
    sym: 'USDJPY',
    type: 'standard',
    lots: '1',
    lev: String(XM_RULES.maxLeverage),
    px: '100',
    fx: '150',

    accounts: [
      { key: 0, equity: '2000000', currency: 'JPY' },
      { key: 1, equity: '1500000', currency: 'JPY' },
    ],
    eqfx: '150',
    om: '170000',
    olev: String(XM_RULES.maxLeverage),
    t1e: String(tier(0)?.minEquityUsd ?? 20_000),
    t1l: String(tier(0)?.maxLeverage ?? 200),
    t2e: String(tier(1)?.minEquityUsd ?? 100_000),
    t2l: String(tier(1)?.maxLeverage ?? 100),
    ev: String(XM_RULES.eventLeverage),

    hcls: 'fx',
    hbuy: '2',
    hsell: '1',
    hu: '100000',
    hpx: '100',
    hlev: String(XM_RULES.maxLeverage),

    sb: '100000',
    sc: '0',
    rows: [
      { key: 0, name: 'USD/JPY', margin: '11261', pnl: '-30000' },
      { key: 1, name: 'EUR/JPY', margin: '18018', pnl: '-70000' },
      { key: 2, name: 'GBP/JPY', margin: '21396', pnl: '5000' },
    ],

    brokers: Object.fromEntries(
      BROKERS.map((b) => [b.id, { lev: String(b.maxLeverage), so: String(b.stopOutLevel) }]),
    ),
  };
}

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
};

/** The next free React key of a list of rows. */
export function nextKey(rows: readonly { key: number }[]): number {
  return rows.reduce((max, r) => Math.max(max, r.key), -1) + 1;
}

/** What each number field accepts (see lib/calculator/fields.ts). */
export const FIELD_RULES: Readonly<Record<NumberKey, FieldRule>> = {
  so: 'nonNegative',
  mc: 'nonNegative',
  ml: 'positive',
  bal: 'nonNegative',
  cr: 'nonNegative',
  pl: 'any',
  rm: 'nonNegative',
  pb: 'nonNegative',
  pc: 'nonNegative',
  lots: 'positive',
  lev: 'positive',
  px: 'positive',
  fx: 'positive',
  eqfx: 'positive',
  om: 'nonNegative',
  olev: 'positive',
  t1e: 'nonNegative',
  t1l: 'positive',
  t2e: 'nonNegative',
  t2l: 'positive',
  ev: 'positive',
  hbuy: 'nonNegative',
  hsell: 'nonNegative',
  hu: 'positive',
  hpx: 'positive',
  hlev: 'positive',
  sb: 'nonNegative',
  sc: 'nonNegative',
};

/** Rules of the list fields. */
export const LIST_RULES = {
  accountEquity: 'any',
  positionMargin: 'nonNegative',
  positionPnl: 'any',
  brokerLeverage: 'positive',
  brokerStopOut: 'nonNegative',
} as const satisfies Record<string, FieldRule>;
