import type { Currency, FieldError } from '@/lib/calculator/fields';
import type { ZoneId } from '@/lib/calculator/compute';
import type { AccountTypeId, AssetClass, DataSourceId } from '@/lib/margin/brokers';
import type { RuleSetId } from '@/lib/margin/rule-sets';

/**
 * The words of the margin calculator (/[locale]/calculator).
 * `{name}` marks a placeholder filled in by the page (lib/calculator/format.ts `fill`).
 * Numbers in the words come from the data (lib/margin/brokers.ts) through placeholders,
 * so a change of the broker's terms never leaves a stale number in the text.
 */

/** A form field: its label and an optional hint shown under it. */
export interface FieldText {
  label: string;
  hint?: string;
}

export interface CalculatorMessages {
  meta: {
    /** <title> (the layout adds the site name) */
    title: string;
    description: string;
  };

  page: {
    heading: string;
    lead: string;
    /** How to type, and that the inputs live in the link. */
    howTo: string;
    /** The stop-out method ignores the spread. */
    spreadNote: string;
    /** Results are estimates. */
    estimate: string;
    /** Shown with JavaScript off: the figures are the example. */
    noScript: string;
    /** Label of the navigation between sections. */
    sectionsNav: string;
  };

  data: {
    /** Each source of figures, by name (lib/margin/brokers.ts `DataSourceId`). */
    sources: Record<DataSourceId, string>;
    /** "Source: {source} ({date})": one line per rule set or broker row. */
    sourceLine: string;
    /** The numbers are data from the source and may be out of date. */
    caveat: string;
    /** Reported figures: they differ between sources, confirm on the official page. */
    reported: string;
    /** Link text to the official site. {domain} */
    official: string;
  };

  errors: Record<FieldError, string> & {
    /** A choice in the link that is not an option. {value} */
    badChoice: string;
  };

  common: {
    /** Shown instead of a result that cannot be computed. */
    notAvailable: string;
    /** {value} → "888×" */
    leverageValue: string;
    /** {value} → "97.7 pips" */
    pipsValue: string;
    long: string;
    short: string;
    results: string;
    currencies: Record<Currency, string>;
    /** Margin level ranges. {from} {to} are formatted percentages. */
    rangeAtLeast: string;
    rangeBetween: string;
    rangeBelow: string;
  };

  rules: {
    heading: string;
    intro: string;
    ruleSet: FieldText;
    /** Name of each rule set, for the select. */
    ruleSetNames: Record<RuleSetId, string>;
    /** What each rule set says, with its figures. {max} {tiers} {caps} */
    ruleSetSummary: Record<RuleSetId, string>;
    /** Since when a reported set applies. {date} */
    since: string;
    /** Per account type caps of a set. {caps} */
    caps: string;
    /** One account type's cap. {type} {max} */
    cap: string;
    /** The set gives no account-type caps. */
    noCaps: string;
    /** One tier in a summary. {equity} {leverage} */
    tierItem: string;
    /** Choosing a set fills in its figures, which can then be edited. */
    ruleSetHint: string;
    currency: FieldText;
    stopOut: FieldText;
    marginCall: FieldText;
    maxLeverage: FieldText;
  };

  health: {
    heading: string;
    intro: string;
    balance: FieldText;
    credit: FieldText;
    pnl: FieldText;
    margin: FieldText;
    equity: string;
    equityFormula: string;
    freeMargin: string;
    freeMarginFormula: string;
    marginLevel: string;
    marginLevelFormula: string;
    zone: string;
    noMargin: string;
    gaugeTitle: string;
    /** {level} {zone} */
    gaugeDesc: string;
    zonesHeading: string;
    /** Marks the current zone in the list. */
    current: string;
    /**
     * Placeholders: {stopOut} {marginCall} {withdrawal} {shortTerm} {longTerm} (formatted %).
     */
    zones: Record<ZoneId, { name: string; meaning: string }>;
  };

  position: {
    heading: string;
    intro: string;
    balance: FieldText;
    credit: FieldText;
    symbol: FieldText;
    /** {label} {pip} */
    symbolOption: string;
    symbolNames: Record<string, string>;
    accountType: FieldText;
    /** {name} {units} */
    accountTypeOption: string;
    accountTypeNames: Record<AccountTypeId, string>;
    lots: FieldText;
    leverage: FieldText;
    price: FieldText;
    /** Shown when the symbol's quote currency is not the account currency. {quote} {account} */
    rate: FieldText;
    /** When another symbol is chosen, an example price is filled in. */
    examplePrice: string;
    /** {units} */
    unitsValue: string;
    /** {units} (gold: troy ounces) */
    unitsValueMetal: string;
    units: string;
    margin: string;
    pipValue: string;
    levelAtEntry: string;
    stopOutEquity: string;
    tolerableLoss: string;
    /** {level} */
    stopOutDistance: string;
    stopOutPrice: string;
    /** {level} */
    marginCallDistance: string;
    marginCallPrice: string;
    balanceLeft: string;
    loss: string;
    /** {margin} {funds} */
    cannotOpen: string;
    /** The long stop-out price is at or below 0. */
    unreachable: string;
    /** The typed leverage is above the account type's maximum, which is used instead. {type} {max} */
    capped: string;
    /** The contract size of one lot of a metal (gold, silver). {units} */
    contractSize: string;
    /** A field has an error: the results wait for it. */
    fixFields: string;
    methodHeading: string;
    method: string[];
    creditNote: string;
    roundingNote: string;
    chart: {
      title: string;
      /** {entry} {level} {longMarginCall} {longStopOut} {shortMarginCall} {shortStopOut} */
      desc: string;
      priceAxis: string;
      levelAxis: string;
      /** {level} */
      marginCallLine: string;
      /** {level} */
      stopOutLine: string;
      entry: string;
      scaleNote: string;
      none: string;
    };
  };

  leverage: {
    heading: string;
    intro: string;
    /** {tiers} {max} */
    tiersSummary: string;
    accountsLegend: string;
    /** {n} */
    accountEquity: string;
    /** {n} */
    accountCurrency: string;
    accountHint: string;
    account1Note: string;
    addAccount: string;
    /** {n} */
    removeAccount: string;
    /** {max} */
    maxAccounts: string;
    rate: FieldText;
    openMargin: FieldText;
    currentLeverage: FieldText;
    total: string;
    /** {usd} {jpy} */
    totalValue: string;
    maxLeverageResult: string;
    noLimit: string;
    /** {from} {to} */
    limited: string;
    tableCaption: string;
    rowHeader: string;
    before: string;
    after: string;
    /** {value} */
    eventColumn: string;
    marginRow: string;
    levelRow: string;
    /** {stopOut} */
    warning: string;
    eventHeading: string;
    /** {value} */
    event: string;
    /** {max} */
    restoreHeading: string;
    /** {tier1} {max} */
    restoreSteps: string[];
    tiersLegend: string;
    /** Where the tiers come from. {ruleSet} */
    tiersFrom: string;
    /** {n} */
    tierEquity: string;
    /** {n} */
    tierLeverage: string;
    addTier: string;
    /** {n} */
    removeTier: string;
    /** {max} */
    maxTiers: string;
    noTiers: string;
    eventLeverage: FieldText;
    needsAccounts: string;
  };

  recovery: {
    heading: string;
    intro: string;
    target: FieldText;
    /** {level} {target} */
    status: string;
    reached: string;
    needsHealth: string;
    noMargin: string;
    toAdd: string;
    ways: {
      deposit: { heading: string; text: string; speeds: string[] };
      /** {minimum} */
      transfer: { heading: string; text: string };
      points: { heading: string; text: string };
      /** {share} {margin} */
      partialClose: { heading: string; text: string; steps: string[] };
    };
    /** The amount each way needs. {amount} */
    amount: string;
    /** Transfers move at least {minimum}. */
    transferMinimum: string;
    /** Share of the positions to close. {share} {margin} */
    closeShare: string;
    closeAll: string;
    /** Where to do it: the official member page. */
    memberPage: string;
  };

  hedge: {
    heading: string;
    intro: string;
    assetClass: FieldText;
    assetClasses: Record<AssetClass, string>;
    buyLots: FieldText;
    sellLots: FieldText;
    unitsPerLot: FieldText;
    price: FieldText;
    leverage: FieldText;
    hedged: string;
    unhedged: string;
    buyOnly: string;
    sellOnly: string;
    ruleFx: string;
    /** {ratio} */
    ruleCfd: string;
    cautionHeading: string;
    cautions: string[];
  };

  positions: {
    heading: string;
    /** {stopOut} */
    intro: string;
    balance: FieldText;
    credit: FieldText;
    tableCaption: string;
    nameColumn: string;
    marginColumn: string;
    pnlColumn: string;
    actionColumn: string;
    /** {n} */
    nameLabel: string;
    /** {n} */
    marginLabel: string;
    /** {n} */
    pnlLabel: string;
    /** {n} */
    unnamed: string;
    add: string;
    /** {name} */
    remove: string;
    /** {max} */
    maxRows: string;
    empty: string;
    scrollHint: string;
    /** {equity} {margin} {level} */
    start: string;
    /** {stopOut} */
    safe: string;
    orderHeading: string;
    /** {n} {name} {pnl} {level} */
    step: string;
    /** {n} {name} {pnl} */
    stepLast: string;
    /** {names} */
    remaining: string;
    noneRemaining: string;
    /** {balance} */
    finalBalance: string;
    /** {negative} */
    zeroCut: string;
    listSeparator: string;
    invalidRows: string;
    perAccount: string;
    /** How hedged legs are treated by the table. */
    hedgeNote: string;
  };

  brokers: {
    heading: string;
    intro: string;
    caption: string;
    brokerColumn: string;
    leverageColumn: string;
    stopOutColumn: string;
    marginColumn: string;
    distanceColumn: string;
    longColumn: string;
    shortColumn: string;
    /** {broker} */
    leverageLabel: string;
    /** {broker} */
    stopOutLabel: string;
    cannotOpen: string;
    needsPosition: string;
    scrollHint: string;
    reset: string;
    sourceColumn: string;
  };

  share: {
    heading: string;
    intro: string;
    label: string;
    copy: string;
    copied: string;
    failed: string;
    reset: string;
  };
}
