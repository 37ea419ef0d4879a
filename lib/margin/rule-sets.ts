/**
 * XM's leverage rules as named, dated rule sets (data, not code). The source articles give one
 * set (888×; $20,000 → 200×; $100,000 → 100×). Third-party pages report that the maximum was
 * raised to 1,000× in June 2022, with Zero accounts at 500× and KIWAMI at 1,000×, and disagree
 * about the equity tiers after that change; every variant is kept, with its source and date, so
 * the page can say that sources differ and let the user pick or edit (../shared/brief/
 * beyond-the-articles.md, "XM leverage").
 */
import { SOURCE_DATES, XM_RULES, type AccountTypeId, type DataSourceId, type LeverageTier } from './brokers';

export type RuleSetId = 'articles' | 'reported2022Kept' | 'reported2022New';

export interface XmRuleSet {
  readonly id: RuleSetId;
  /** Where the figures come from, and how sure they are (content/sources.ts grades). */
  readonly source: DataSourceId;
  readonly grade: 'articles' | 'reported' | 'varies';
  /** The source's date (SOURCE_DATES); never the build's. */
  readonly asOf: string;
  /** From when the figures are reported to apply (ISO month), when the source says. */
  readonly since?: string;
  /** Maximum leverage without an equity limit. */
  readonly maxLeverage: number;
  /** Maximum leverage per account type, where it differs from maxLeverage. */
  readonly accountTypeMaxLeverage: Readonly<Partial<Record<AccountTypeId, number>>>;
  /** Limits by summed equity (USD) over all of a person's accounts; boundaries inclusive. */
  readonly leverageTiers: readonly LeverageTier[];
}

/** The articles' set: what XM_RULES say. The default of every function that takes a rule set. */
export const ARTICLES_RULE_SET: XmRuleSet = {
  id: 'articles',
  source: 'articles',
  grade: 'articles',
  asOf: SOURCE_DATES.articles,
  maxLeverage: XM_RULES.maxLeverage,
  accountTypeMaxLeverage: {},
  leverageTiers: XM_RULES.leverageTiers,
};

const since2022 = {
  source: 'reportedSince2022',
  grade: 'varies',
  asOf: SOURCE_DATES.reportedSince2022,
  since: '2022-06',
  maxLeverage: 1000,
  accountTypeMaxLeverage: { zero: 500, kiwami: 1000 },
} as const;

/** Newest first: the page defaults to the first. */
export const XM_RULE_SETS: readonly XmRuleSet[] = [
  {
    ...since2022,
    id: 'reported2022New',
    leverageTiers: [
      { minEquityUsd: 40_000, maxLeverage: 500 },
      { minEquityUsd: 80_000, maxLeverage: 200 },
      { minEquityUsd: 200_000, maxLeverage: 100 },
    ],
  },
  {
    ...since2022,
    id: 'reported2022Kept',
    leverageTiers: [
      { minEquityUsd: 20_000, maxLeverage: 200 },
      { minEquityUsd: 100_000, maxLeverage: 100 },
    ],
  },
  ARTICLES_RULE_SET,
];

export const RULE_SET_IDS: readonly RuleSetId[] = XM_RULE_SETS.map((r) => r.id);

export function ruleSetById(id: RuleSetId): XmRuleSet {
  return XM_RULE_SETS.find((r) => r.id === id)!;
}

/** The most leverage an account type allows under a rule set (the account-type cap, if any). */
export function accountTypeMaxLeverage(accountType: AccountTypeId, ruleSet: XmRuleSet = ARTICLES_RULE_SET): number {
  return Math.min(ruleSet.maxLeverage, ruleSet.accountTypeMaxLeverage[accountType] ?? ruleSet.maxLeverage);
}
