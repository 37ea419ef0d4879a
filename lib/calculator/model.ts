/**
 * The calculator as one pure function: `deriveCalculator(state)` reads every field once and
 * returns, for each section, what it shows: its fields (value as typed and error), its results
 * (unrounded numbers) or the messages that stand in for them. Components only render this.
 * The formulas are lib/margin's (through compute.ts); the words for each message are in
 * content/calculator.
 */
import { SYMBOLS, XM_RULES, unitsPerLot, type MarginSymbol } from '@/lib/margin/brokers';
import { BROKERS, type Broker } from '@/lib/margin/brokers';
import { ruleSetById, type XmRuleSet } from '@/lib/margin/rule-sets';
import {
  brokerStopOut,
  hedgeResult,
  leverageLimit,
  marginLevelSeries,
  needsRate,
  positionResult,
  quoteToAccount,
  stopOutSequence,
  zoneLevels,
  zoneOf,
  zoneRanges,
  accountHealth,
  type BrokerRowResult,
  type HealthResult,
  type HedgeResult,
  type LeverageLimitResult,
  type PositionResult,
  type StopOutSequence,
  type ZoneId,
  type ZoneLevels,
} from './compute';
import {
  FIELDS,
  LISTS,
  readNumber,
  type ChoiceName,
  type Currency,
  type FieldError,
  type FieldResult,
  type FieldRule,
  type NumberName,
} from './fields';
import { listFieldId, type BadChoices } from './query';
import type { CalculatorState, ListRow } from './state';

/** A number field as shown: the text as typed, its rule (for the keyboard) and its error, if any. */
export interface NumberView {
  value: string;
  rule: FieldRule;
  error: FieldError | null;
}
/** A select as shown: its value, and what a link carried that is not an option. */
export interface ChoiceView<T extends string = string> {
  value: T;
  bad: string | null;
}

const view = (value: string, rule: FieldRule, read: FieldResult): NumberView => ({ value, rule, error: read.ok ? null : read.error });
const ok = (read: FieldResult): number | undefined => (read.ok ? read.value : undefined);

/** Every number field, read once. */
class Reader {
  private readonly cache = new Map<NumberName, FieldResult>();
  constructor(
    private readonly state: CalculatorState,
    private readonly bad: BadChoices,
  ) {}
  read(name: NumberName): FieldResult {
    let r = this.cache.get(name);
    if (!r) {
      r = readNumber(this.state[name], FIELDS[name].rule);
      this.cache.set(name, r);
    }
    return r;
  }
  value(name: NumberName): number | undefined {
    return ok(this.read(name));
  }
  number(name: NumberName): NumberView {
    return view(this.state[name], FIELDS[name].rule, this.read(name));
  }
  numbers<K extends NumberName>(...names: K[]): Record<K, NumberView> {
    return Object.fromEntries(names.map((n) => [n, this.number(n)])) as Record<K, NumberView>;
  }
  choice<K extends ChoiceName>(name: K): ChoiceView<CalculatorState[K]> {
    return { value: this.state[name], bad: this.bad[name] ?? null };
  }
}

/* ------------------------------------------------------------------ sections */

export interface RulesView {
  ruleSet: XmRuleSet;
  fields: { ruleSet: ChoiceView<CalculatorState['ruleSet']>; currency: ChoiceView<Currency> } & Record<
    'maxLeverage' | 'stopOutLevel' | 'marginCallLevel',
    NumberView
  >;
  /** The zone thresholds, when the stop-out and margin-call fields are valid. */
  levels: ZoneLevels | undefined;
}

export interface HealthView {
  currency: Currency;
  fields: Record<'balance' | 'credit' | 'floatingPnl' | 'requiredMargin', NumberView>;
  levels: ZoneLevels | undefined;
  result: HealthResult | undefined;
  zone: ZoneId | null;
  ranges: ReturnType<typeof zoneRanges> | undefined;
  /** fixFields: a field it needs has an error; noMargin: no margin used, so no margin level. */
  messages: ('fixFields' | 'noMargin')[];
}

export interface RecoveryResult {
  equity: number;
  requiredMargin: number;
  level: number;
  target: number;
  /** Money to add (deposit, transfer from another own account, or points turned into bonus) to reach the target. */
  toAdd: number;
  /** A transfer between own accounts moves at least this much (JPY accounts). */
  transferMinimum: number | null;
  /** Share (0…1) of the open positions' margin to close to reach the target; 1 = everything. */
  closeShare: number;
  /** Required margin left after that partial close. */
  marginAfterClose: number;
}

export interface RecoveryView {
  currency: Currency;
  fields: Record<'targetLevel', NumberView>;
  result: RecoveryResult | undefined;
  /**
   * needsHealth: section 1 cannot be computed; noMargin: no positions; reached: already at or
   * above the target; closeAll: equity is not positive, closing everything is the only way.
   */
  messages: ('needsHealth' | 'noMargin' | 'reached' | 'closeAll')[];
}

export interface PositionView {
  currency: Currency;
  fields: Record<'positionBalance' | 'positionCredit' | 'lots' | 'leverage' | 'price' | 'usdJpy', NumberView> & {
    symbol: ChoiceView<string>;
    accountType: ChoiceView<CalculatorState['accountType']>;
  };
  symbol: MarginSymbol | undefined;
  /** Units in one lot of the symbol on the account type (the contract size). */
  unitsPerLot: number | undefined;
  rateNeeded: boolean;
  /** The most leverage the account type allows (rule set, its account-type cap, and the max field). */
  leverageCap: number | undefined;
  /** The leverage used: the typed one, capped. */
  effectiveLeverage: number | undefined;
  funds: number | undefined;
  price: number | undefined;
  levels: ZoneLevels | undefined;
  result: PositionResult | undefined;
  chart: ReturnType<typeof marginLevelSeries>;
  /**
   * fixFields: a field has an error; cannotOpen: more margin than funds; capped: the typed
   * leverage is above the account type's maximum, the maximum is used; credit: credit is part
   * of what is left after a stop-out.
   */
  messages: ('fixFields' | 'cannotOpen' | 'capped' | 'credit')[];
}

export interface AccountView {
  key: number;
  equity: NumberView;
  currency: ChoiceView<Currency>;
}
export interface TierView {
  key: number;
  equity: NumberView;
  leverage: NumberView;
}

export interface LeverageView {
  ruleSet: XmRuleSet;
  fields: Record<'accountsUsdJpy' | 'openMargin' | 'openLeverage' | 'eventLeverage', NumberView>;
  accounts: AccountView[];
  tiers: TierView[];
  maxAccounts: number;
  maxTiers: number;
  /** The valid tiers, lowest equity first. */
  sortedTiers: { minEquityUsd: number; maxLeverage: number }[];
  baseMaxLeverage: number | undefined;
  eventLeverage: number | undefined;
  stopOutLevel: number | undefined;
  /** Currency of account 1 (the one holding the positions). */
  account1Currency: Currency;
  result: LeverageLimitResult | undefined;
  /** fixFields: an account, tier or other field has an error; limited / noLimit: the outcome. */
  messages: ('fixFields' | 'limited' | 'noLimit')[];
}

export interface HedgeView {
  currency: Currency;
  fields: Record<'hedgeBuyLots' | 'hedgeSellLots' | 'hedgeUnitsPerLot' | 'hedgePrice' | 'hedgeLeverage', NumberView> & {
    hedgeClass: ChoiceView<CalculatorState['hedgeClass']>;
  };
  cfdRatio: number;
  result: HedgeResult | undefined;
  messages: ('fixFields' | 'ruleCfd' | 'ruleFx')[];
}

export interface PositionRowView {
  key: number;
  /** 1-based row number. */
  n: number;
  name: string;
  margin: NumberView;
  pnl: NumberView;
}

export interface PositionsView {
  currency: Currency;
  fields: Record<'sequenceBalance' | 'sequenceCredit', NumberView>;
  rows: PositionRowView[];
  maxRows: number;
  stopOutLevel: number | undefined;
  sequence: StopOutSequence | undefined;
  /** empty: no rows; fixFields: a field has an error; safe: nothing is closed; zeroCut: the balance is reset to 0. */
  messages: ('empty' | 'fixFields' | 'safe' | 'zeroCut')[];
}

export interface BrokerRowView {
  broker: Broker;
  leverage: NumberView;
  stopOutLevel: NumberView;
  result: BrokerRowResult | undefined;
}

export interface BrokersView {
  currency: Currency;
  symbol: MarginSymbol | undefined;
  rows: BrokerRowView[];
  /** needsPosition: section 2 has an error, nothing to compare. */
  messages: 'needsPosition'[];
}

export interface CalculatorModel {
  rules: RulesView;
  health: HealthView;
  recovery: RecoveryView;
  position: PositionView;
  leverage: LeverageView;
  hedge: HedgeView;
  positions: PositionsView;
  brokers: BrokersView;
}

function rules(r: Reader, s: CalculatorState): RulesView {
  const stopOut = r.value('stopOutLevel');
  const marginCall = r.value('marginCallLevel');
  return {
    ruleSet: ruleSetById(s.ruleSet),
    fields: { ruleSet: r.choice('ruleSet'), currency: r.choice('currency'), ...r.numbers('maxLeverage', 'stopOutLevel', 'marginCallLevel') },
    levels: stopOut === undefined || marginCall === undefined ? undefined : zoneLevels(stopOut, marginCall),
  };
}

function health(r: Reader, s: CalculatorState, levels: ZoneLevels | undefined): HealthView {
  const [balance, credit, floatingPnl] = [r.value('balance'), r.value('credit'), r.value('floatingPnl')];
  const result =
    balance !== undefined && credit !== undefined && floatingPnl !== undefined
      ? accountHealth({ balance, credit, floatingPnl, requiredMargin: r.value('requiredMargin') })
      : undefined;
  const level = result?.marginLevel;
  const messages: HealthView['messages'] = [];
  if (!result || level === undefined) messages.push('fixFields');
  if (level === null) messages.push('noMargin');
  return {
    currency: s.currency,
    fields: r.numbers('balance', 'credit', 'floatingPnl', 'requiredMargin'),
    levels,
    result,
    zone: level == null || !levels ? null : zoneOf(level, levels),
    ranges: levels ? zoneRanges(levels) : undefined,
    messages,
  };
}

function recovery(r: Reader, s: CalculatorState, h: HealthView): RecoveryView {
  const target = r.value('targetLevel');
  const base = { currency: s.currency, fields: r.numbers('targetLevel') };
  const equity = h.result?.equity;
  const margin = r.value('requiredMargin');
  if (equity === undefined || margin === undefined || target === undefined) return { ...base, result: undefined, messages: ['needsHealth'] };
  if (margin === 0) return { ...base, result: undefined, messages: ['noMargin'] };
  const level = (equity / margin) * 100;
  const needed = (target / 100) * margin;
  const toAdd = Math.max(0, needed - equity);
  // Closing part of the positions realises their P/L into the balance: equity stays, margin falls.
  const marginAfterClose = equity > 0 ? Math.min(margin, (equity / target) * 100) : 0;
  const messages: RecoveryView['messages'] = [];
  if (toAdd === 0) messages.push('reached');
  if (equity <= 0) messages.push('closeAll');
  return {
    ...base,
    result: {
      equity,
      requiredMargin: margin,
      level,
      target,
      toAdd,
      transferMinimum: s.currency === 'JPY' ? XM_RULES.minInternalTransferJpy : null,
      closeShare: 1 - marginAfterClose / margin,
      marginAfterClose,
    },
    messages,
  };
}

function position(r: Reader, s: CalculatorState, ruleSet: XmRuleSet, levels: ZoneLevels | undefined): PositionView {
  const symbol = SYMBOLS.find((x) => x.id === s.symbol);
  const rateNeeded = symbol ? needsRate(symbol.quote, s.currency) : false;
  const [balance, credit] = [r.value('positionBalance'), r.value('positionCredit')];
  const funds = balance !== undefined && credit !== undefined ? balance + credit : undefined;
  const price = r.value('price');
  const q2a = symbol ? quoteToAccount(symbol.quote, s.currency, rateNeeded ? r.value('usdJpy') : 1) : undefined;
  const lots = r.value('lots');
  const typed = r.value('leverage');
  const max = r.value('maxLeverage');
  const typeCap = ruleSet.accountTypeMaxLeverage[s.accountType];
  const leverageCap = max === undefined ? undefined : Math.min(max, typeCap ?? max);
  const effectiveLeverage = typed === undefined ? undefined : leverageCap === undefined ? typed : Math.min(typed, leverageCap);
  const stopOutLevel = r.value('stopOutLevel');
  const marginCallLevel = r.value('marginCallLevel');
  const result =
    symbol &&
    funds !== undefined &&
    price !== undefined &&
    q2a !== undefined &&
    lots !== undefined &&
    effectiveLeverage !== undefined &&
    stopOutLevel !== undefined &&
    marginCallLevel !== undefined
      ? positionResult({
          funds,
          symbolId: symbol.id,
          accountType: s.accountType,
          lots,
          leverage: effectiveLeverage,
          price,
          quoteToAccount: q2a,
          stopOutLevel,
          marginCallLevel,
        })
      : undefined;
  const messages: PositionView['messages'] = [];
  if (!result) messages.push('fixFields');
  else if (!result.canEnter) messages.push('cannotOpen');
  if (typed !== undefined && leverageCap !== undefined && typed > leverageCap) messages.push('capped');
  if ((credit ?? 0) > 0) messages.push('credit');
  return {
    currency: s.currency,
    fields: {
      ...r.numbers('positionBalance', 'positionCredit', 'lots', 'leverage', 'price', 'usdJpy'),
      symbol: r.choice('symbol'),
      accountType: r.choice('accountType'),
    },
    symbol,
    unitsPerLot: symbol ? unitsPerLot(symbol.id, s.accountType) : undefined,
    rateNeeded,
    leverageCap,
    effectiveLeverage,
    funds,
    price,
    levels,
    result,
    chart: result && price !== undefined ? marginLevelSeries(result, price) : undefined,
    messages,
  };
}

const rowRead = <L extends 'accounts' | 'tiers' | 'rows'>(list: L, column: string, raw: string) => {
  const spec = (LISTS[list].columns as Record<string, { kind: string; rule?: FieldRule }>)[column]!;
  const rule = spec.rule ?? 'any';
  const read = readNumber(raw, rule);
  return { read, view: view(raw, rule, read) };
};

function leverage(r: Reader, s: CalculatorState, ruleSet: XmRuleSet, bad: BadChoices): LeverageView {
  const accounts = s.accounts.map((row: ListRow<'accounts'>, i) => ({
    row,
    equity: rowRead('accounts', 'equity', row.equity),
    badCurrency: bad[listFieldId('accounts', 'currency', i)] ?? null,
  }));
  const tiers = s.tiers.map((row) => ({ row, equity: rowRead('tiers', 'equity', row.equity), leverage: rowRead('tiers', 'leverage', row.leverage) }));
  const validTiers = tiers.flatMap((t) =>
    t.equity.read.ok && t.leverage.read.ok ? [{ minEquityUsd: t.equity.read.value, maxLeverage: t.leverage.read.value }] : [],
  );
  const tiersOk = validTiers.length === tiers.length;
  const accountsOk = accounts.length > 0 && accounts.every((a) => a.equity.read.ok);
  const [usdJpy, base, current, margin, event] = [
    r.value('accountsUsdJpy'),
    r.value('maxLeverage'),
    r.value('openLeverage'),
    r.value('openMargin'),
    r.value('eventLeverage'),
  ];
  const result =
    accountsOk && tiersOk && usdJpy !== undefined && base !== undefined && current !== undefined && margin !== undefined && event !== undefined
      ? leverageLimit({
          accounts: accounts.map((a) => ({ equity: ok(a.equity.read)!, currency: a.row.currency })),
          usdJpy,
          tiers: validTiers,
          baseMaxLeverage: base,
          currentLeverage: current,
          openMargin: margin,
          accountEquity: ok(accounts[0]!.equity.read)!,
          eventLeverage: event,
        })
      : undefined;
  return {
    ruleSet,
    fields: r.numbers('accountsUsdJpy', 'openMargin', 'openLeverage', 'eventLeverage'),
    accounts: accounts.map((a) => ({ key: a.row.key, equity: a.equity.view, currency: { value: a.row.currency, bad: a.badCurrency } })),
    tiers: tiers.map((t) => ({ key: t.row.key, equity: t.equity.view, leverage: t.leverage.view })),
    maxAccounts: LISTS.accounts.max,
    maxTiers: LISTS.tiers.max,
    sortedTiers: [...validTiers].sort((a, b) => a.minEquityUsd - b.minEquityUsd),
    baseMaxLeverage: base,
    eventLeverage: event,
    stopOutLevel: r.value('stopOutLevel'),
    account1Currency: accounts[0]?.row.currency ?? s.currency,
    result,
    messages: !result ? ['fixFields'] : result.limited ? ['limited'] : ['noLimit'],
  };
}

function hedge(r: Reader, s: CalculatorState): HedgeView {
  const [buyLots, sellLots, units, price, lev] = [
    r.value('hedgeBuyLots'),
    r.value('hedgeSellLots'),
    r.value('hedgeUnitsPerLot'),
    r.value('hedgePrice'),
    r.value('hedgeLeverage'),
  ];
  const result =
    buyLots !== undefined && sellLots !== undefined && units !== undefined && price !== undefined && lev !== undefined
      ? hedgeResult({ assetClass: s.hedgeClass, buyLots, sellLots, unitsPerLot: units, price, leverage: lev })
      : undefined;
  const messages: HedgeView['messages'] = [s.hedgeClass === 'cfd' ? 'ruleCfd' : 'ruleFx'];
  if (!result) messages.unshift('fixFields');
  return {
    currency: s.currency,
    fields: {
      ...r.numbers('hedgeBuyLots', 'hedgeSellLots', 'hedgeUnitsPerLot', 'hedgePrice', 'hedgeLeverage'),
      hedgeClass: r.choice('hedgeClass'),
    },
    cfdRatio: XM_RULES.cfdHedgeMarginRatio,
    result,
    messages,
  };
}

function positions(r: Reader, s: CalculatorState): PositionsView {
  const rows = s.rows.map((row, i) => ({
    row,
    n: i + 1,
    margin: rowRead('rows', 'margin', row.margin),
    pnl: rowRead('rows', 'pnl', row.pnl),
  }));
  const [balance, credit, stopOut] = [r.value('sequenceBalance'), r.value('sequenceCredit'), r.value('stopOutLevel')];
  const rowsOk = rows.every((x) => x.margin.read.ok && x.pnl.read.ok);
  const sequence =
    balance !== undefined && credit !== undefined && stopOut !== undefined && rowsOk && rows.length > 0
      ? stopOutSequence({
          balance,
          credit,
          stopOutLevel: stopOut,
          rows: rows.map((x) => ({ id: String(x.row.key), requiredMargin: ok(x.margin.read)!, floatingPnl: ok(x.pnl.read)! })),
        })
      : undefined;
  const messages: PositionsView['messages'] = [];
  if (rows.length === 0) messages.push('empty');
  else if (!sequence) messages.push('fixFields');
  else {
    if (sequence.steps.length === 0) messages.push('safe');
    if (sequence.zeroCutFrom !== null) messages.push('zeroCut');
  }
  return {
    currency: s.currency,
    fields: r.numbers('sequenceBalance', 'sequenceCredit'),
    rows: rows.map((x) => ({ key: x.row.key, n: x.n, name: x.row.name, margin: x.margin.view, pnl: x.pnl.view })),
    maxRows: LISTS.rows.max,
    stopOutLevel: stopOut,
    sequence,
    messages,
  };
}

function brokers(s: CalculatorState, p: PositionView): BrokersView {
  const ready = p.result !== undefined && p.symbol !== undefined && p.funds !== undefined && p.price !== undefined;
  const q2a = p.symbol ? quoteToAccount(p.symbol.quote, s.currency, p.rateNeeded ? ok(readNumber(s.usdJpy, FIELDS.usdJpy.rule)) : 1) : undefined;
  const rows = BROKERS.map((broker) => {
    const values = s.brokers[broker.id] ?? { leverage: String(broker.maxLeverage), stopOutLevel: String(broker.stopOutLevel) };
    const lev = readNumber(values.leverage, 'positive');
    const so = readNumber(values.stopOutLevel, 'nonNegative');
    const result =
      ready && q2a !== undefined && lev.ok && so.ok
        ? brokerStopOut({
            funds: p.funds!,
            price: p.price!,
            units: p.result!.units,
            pipSize: p.symbol!.pipSize,
            quoteToAccount: q2a,
            leverage: lev.value,
            stopOutLevel: so.value,
          })
        : undefined;
    return { broker, leverage: view(values.leverage, 'positive', lev), stopOutLevel: view(values.stopOutLevel, 'nonNegative', so), result };
  });
  return { currency: s.currency, symbol: p.symbol, rows, messages: ready ? [] : ['needsPosition'] };
}

/** What every section of the calculator shows for `state`. Pure; never throws. */
export function deriveCalculator(state: CalculatorState, badChoices: BadChoices = {}): CalculatorModel {
  const r = new Reader(state, badChoices);
  const rulesView = rules(r, state);
  const healthView = health(r, state, rulesView.levels);
  const positionView = position(r, state, rulesView.ruleSet, rulesView.levels);
  return {
    rules: rulesView,
    health: healthView,
    recovery: recovery(r, state, healthView),
    position: positionView,
    leverage: leverage(r, state, rulesView.ruleSet, badChoices),
    hedge: hedge(r, state),
    positions: positions(r, state),
    brokers: brokers(state, positionView),
  };
}

/* ------------------------------------------------------------------ unchanged sections keep their identity */

function equal(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * `next`, with every section that equals the one in `previous` replaced by that one, so a
 * section whose inputs did not change keeps its identity and a memoised view skips it.
 */
export function keepUnchanged(previous: CalculatorModel | undefined, next: CalculatorModel): CalculatorModel {
  if (!previous) return next;
  const out = { ...next } as Record<keyof CalculatorModel, unknown>;
  for (const key of Object.keys(next) as (keyof CalculatorModel)[]) {
    if (equal(previous[key], next[key])) out[key] = previous[key];
  }
  return out as unknown as CalculatorModel;
}
