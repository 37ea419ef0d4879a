/**
 * Broker data the calculator is built on. Everything here is DATA, not code:
 * the numbers come from the source articles (see `source`), may be out of date
 * and can be overridden by the user in the UI.
 */

export interface LeverageTier {
  /** Tier applies when the summed equity of all accounts (USD) is ≥ this value (inclusive). */
  readonly minEquityUsd: number;
  readonly maxLeverage: number;
}

/**
 * Where a figure comes from (the words for each are in content/calculator): the source articles
 * about XM (about 2020–2022), or third-party pages reporting later changes (graded `reported` or
 * `varies` as in content/sources.ts: worded as reported, with the official page to confirm).
 */
export type DataSourceId = 'articles' | 'reportedSince2022';

/**
 * The date of a source: an ISO date or month, or an ISO 8601 interval of years (`2020/2022`) for
 * the articles, which span those years. Never the date of the build.
 */
export const SOURCE_DATES: Readonly<Record<DataSourceId, string>> = {
  articles: '2020/2022',
  /** The month the reporting pages were read. */
  reportedSince2022: '2026-11',
};

/** Date of the articles' figures (XM_RULES, BROKERS). */
export const MARGIN_DATA_AS_OF = SOURCE_DATES.articles;
/** Internal description of where XM_RULES come from (not shown to users: see content/calculator). */
export const MARGIN_DATA_SOURCE = 'articles' satisfies DataSourceId;

/** XM thresholds. Levels are margin-level percentages (equity ÷ required margin × 100). */
export const XM_RULES = {
  asOf: MARGIN_DATA_AS_OF,
  source: MARGIN_DATA_SOURCE as DataSourceId,
  maxLeverage: 888,
  /** Margin call at this margin level (%). */
  marginCallLevel: 50,
  /** Stop-out (forced close) below this margin level (%). */
  stopOutLevel: 20,
  /** Withdrawals are impossible below this margin level (%). */
  withdrawalBlockedBelow: 150,
  /** Comfortable margin level (%) for short-term trading; below it, add funds. */
  comfortableShortTerm: 500,
  /** Comfortable margin level (%) for long-term trading. */
  comfortableLongTerm: 1000,
  /** Zero-cut: a negative balance is reset to this value. */
  zeroCut: 0,
  /** Approximate leverage cap for everyone before scheduled high-volatility events. */
  eventLeverage: 50,
  /** Leverage limits by summed equity (USD) over all of a person's accounts; highest tier first. */
  leverageTiers: [
    { minEquityUsd: 100_000, maxLeverage: 100 },
    { minEquityUsd: 20_000, maxLeverage: 200 },
  ] as readonly LeverageTier[],
  /** A person may hold at most this many trading accounts. */
  maxAccounts: 8,
  /** Hedged CFDs (not FX / metals) need this share of each side's margin. */
  cfdHedgeMarginRatio: 0.5,
  /** Minimum internal transfer between own accounts (JPY). */
  minInternalTransferJpy: 500,
} as const;

export interface Broker {
  readonly id: string;
  readonly name: string;
  readonly maxLeverage: number;
  /** Stop-out margin level (%). */
  readonly stopOutLevel: number;
  /** Where this row's figures come from, and that source's date (SOURCE_DATES). */
  readonly source: DataSourceId;
  readonly asOf: string;
}

const fromArticles = { source: 'articles', asOf: SOURCE_DATES.articles } as const;

/** Brokers as the source compared them (max leverage / stop-out level). */
export const BROKERS: readonly Broker[] = [
  { id: 'xm', name: 'XM', maxLeverage: 888, stopOutLevel: 20, ...fromArticles },
  { id: 'axiory', name: 'AXIORY', maxLeverage: 400, stopOutLevel: 20, ...fromArticles },
  { id: 'titanfx', name: 'TitanFX', maxLeverage: 500, stopOutLevel: 20, ...fromArticles },
  { id: 'tradeview', name: 'Tradeview', maxLeverage: 500, stopOutLevel: 100, ...fromArticles },
  { id: 'fxgt', name: 'FXGT', maxLeverage: 500, stopOutLevel: 50, ...fromArticles },
  { id: 'landfx', name: 'LandFX', maxLeverage: 500, stopOutLevel: 30, ...fromArticles },
];

export type AccountTypeId = 'standard' | 'zero' | 'micro' | 'kiwami';

export interface AccountType {
  readonly id: AccountTypeId;
  readonly name: string;
  /** FX units per lot. */
  readonly unitsPerLot: number;
}

export const ACCOUNT_TYPES: readonly AccountType[] = [
  { id: 'standard', name: 'Standard', unitsPerLot: 100_000 },
  { id: 'zero', name: 'Zero', unitsPerLot: 100_000 },
  { id: 'micro', name: 'Micro', unitsPerLot: 1_000 },
  { id: 'kiwami', name: 'KIWAMI', unitsPerLot: 100_000 },
];

export type AssetClass = 'fx' | 'metal' | 'cfd';

export interface MarginSymbol {
  readonly id: string;
  readonly label: string;
  readonly base: string;
  readonly quote: string;
  readonly assetClass: AssetClass;
  /** Price change of one pip, in quote currency per unit. */
  readonly pipSize: number;
  /**
   * Units per lot where they differ from the account type's FX lot size.
   * Gold: 1 lot = 100 oz on Standard (per the brief); Zero and KIWAMI are assumed equal to
   * Standard and Micro to 1 oz (1/100, the same ratio as FX lots). Silver: 5,000 oz on Standard
   * (XM's contract specification as third-party pages give it), the same ratios assumed.
   * Assumptions, not stated by the source articles: the page shows the contract size and asks
   * the user to check it on the platform.
   */
  readonly unitsPerLot?: Readonly<Record<AccountTypeId, number>>;
}

export const SYMBOLS: readonly MarginSymbol[] = [
  { id: 'USDJPY', label: 'USD/JPY', base: 'USD', quote: 'JPY', assetClass: 'fx', pipSize: 0.01 },
  { id: 'EURUSD', label: 'EUR/USD', base: 'EUR', quote: 'USD', assetClass: 'fx', pipSize: 0.0001 },
  { id: 'EURJPY', label: 'EUR/JPY', base: 'EUR', quote: 'JPY', assetClass: 'fx', pipSize: 0.01 },
  { id: 'GBPJPY', label: 'GBP/JPY', base: 'GBP', quote: 'JPY', assetClass: 'fx', pipSize: 0.01 },
  { id: 'AUDJPY', label: 'AUD/JPY', base: 'AUD', quote: 'JPY', assetClass: 'fx', pipSize: 0.01 },
  { id: 'GBPUSD', label: 'GBP/USD', base: 'GBP', quote: 'USD', assetClass: 'fx', pipSize: 0.0001 },
  {
    id: 'XAUUSD',
    label: 'XAU/USD (Gold)',
    base: 'XAU',
    quote: 'USD',
    assetClass: 'metal',
    pipSize: 0.01,
    unitsPerLot: { standard: 100, zero: 100, micro: 1, kiwami: 100 },
  },
  {
    id: 'XAGUSD',
    label: 'XAG/USD (Silver)',
    base: 'XAG',
    quote: 'USD',
    assetClass: 'metal',
    pipSize: 0.001,
    unitsPerLot: { standard: 5_000, zero: 5_000, micro: 50, kiwami: 5_000 },
  },
];

/** Units in one lot of `symbolId` on `accountTypeId`. Throws RangeError for unknown ids. */
export function unitsPerLot(symbolId: string, accountTypeId: AccountTypeId): number {
  const symbol = SYMBOLS.find((s) => s.id === symbolId);
  if (!symbol) throw new RangeError(`symbolId must be one of ${SYMBOLS.map((s) => s.id).join(', ')}`);
  const account = ACCOUNT_TYPES.find((a) => a.id === accountTypeId);
  if (!account) {
    throw new RangeError(`accountTypeId must be one of ${ACCOUNT_TYPES.map((a) => a.id).join(', ')}`);
  }
  return symbol.unitsPerLot?.[account.id] ?? account.unitsPerLot;
}
