import { describe, expect, it } from 'vitest';
import { reduce, valueAt } from '@/lib/calculator/actions';
import { deriveCalculator, keepUnchanged, type CalculatorModel } from '@/lib/calculator/model';
import { decodeQuery } from '@/lib/calculator/query';
import { applyRuleSet, defaultState, type CalculatorState } from '@/lib/calculator/state';
import { ruleSetById } from '@/lib/margin/rule-sets';

/** The defaults (the brief's worked examples) with some fields changed. */
const stateWith = (change: Partial<CalculatorState> = {}): CalculatorState => ({ ...defaultState(), ...change });
const derive = (change: Partial<CalculatorState> = {}) => deriveCalculator(stateWith(change));

describe('deriveCalculator: every field is read once, with its message', () => {
  it.each([
    ['balance', '５０，０００', null],
    ['balance', '', 'empty'],
    ['balance', '1..5', 'invalid'],
    ['balance', '-1', 'negative'],
    ['floatingPnl', '-1', null],
    ['lots', '0', 'notPositive'],
    ['lots', '0.01', null],
  ] as const)('%s = "%s" → %s', (name, value, error) => {
    const model = derive({ [name]: value });
    const fields: Record<string, unknown> = { ...model.health.fields, ...model.position.fields };
    expect(fields[name]).toMatchObject({ value, error });
  });

  it('reports a choice a link carried that is not an option, next to its field', () => {
    const { state, badChoices } = decodeQuery('sym=BTCUSD&eq=1&eqc=eur&rs=x');
    const model = deriveCalculator(state, badChoices);
    expect(model.position.fields.symbol).toEqual({ value: 'USDJPY', bad: 'BTCUSD' });
    expect(model.leverage.accounts[0]!.currency).toEqual({ value: 'JPY', bad: 'eur' });
    expect(model.rules.fields.ruleSet.bad).toBe('x');
  });
});

describe('deriveCalculator: rules', () => {
  it('defaults to the newest rule set, and gives the zone thresholds from its fields', () => {
    const model = derive();
    expect(model.rules.ruleSet.id).toBe('reported2022New');
    expect(model.rules.fields.maxLeverage.value).toBe('1000');
    expect(model.rules.levels).toMatchObject({ stopOut: 20, marginCall: 50, withdrawal: 150 });
  });

  it('has no thresholds while the stop-out level has an error (the sections show "—")', () => {
    expect(derive({ stopOutLevel: 'x' }).rules.levels).toBeUndefined();
  });
});

describe('deriveCalculator: account health', () => {
  it.each([
    ['the brief’s example: 50,000 + 20,000 − 10,000, margin 11,261', {}, { equity: 60_000, freeMargin: 48_739 }, 'short', []],
    ['no positions', { requiredMargin: '0' }, { equity: 60_000, marginLevel: null }, null, ['noMargin']],
    ['a margin level below the stop-out level', { balance: '2000', credit: '0', floatingPnl: '0', requiredMargin: '11261' }, { equity: 2000 }, 'stopOut', []],
    ['a field with an error', { credit: 'abc' }, undefined, null, ['fixFields']],
    ['an unknown required margin', { requiredMargin: '' }, { equity: 60_000, marginLevel: undefined }, null, ['fixFields']],
  ] as const)('%s', (_name, change, result, zone, messages) => {
    const h = derive(change).health;
    if (result === undefined) expect(h.result).toBeUndefined();
    else expect(h.result).toMatchObject(result);
    expect(h.zone).toBe(zone);
    expect(h.messages).toEqual(messages);
  });
});

describe('deriveCalculator: what you can do now', () => {
  it.each([
    // equity 60,000, margin 11,261 → to 1000%: 112,610 − 60,000 = 52,610 more; or keep 6,000 of margin.
    ['to 1000%', {}, { toAdd: 52_610, marginAfterClose: 6_000, transferMinimum: 500 }, []],
    ['already above the target', { targetLevel: '500' }, { toAdd: 0, closeShare: 0 }, ['reached']],
    ['equity at or below zero', { balance: '0', credit: '0', floatingPnl: '-100' }, { closeShare: 1 }, ['closeAll']],
    ['no positions', { requiredMargin: '0' }, undefined, ['noMargin']],
    ['account health has an error', { balance: 'x' }, undefined, ['needsHealth']],
    ['the target has an error', { targetLevel: '0' }, undefined, ['needsHealth']],
  ] as const)('%s', (_name, change, result, messages) => {
    const r = derive(change).recovery;
    if (result === undefined) expect(r.result).toBeUndefined();
    else for (const [key, value] of Object.entries(result)) expect(r.result![key as keyof typeof result], key).toBeCloseTo(value as number, 6);
    expect(r.messages).toEqual(messages);
  });

  it('reaching the target by a partial close: the level after it is the target', () => {
    const r = derive({ targetLevel: '800' }).recovery.result!;
    expect((r.equity / r.marginAfterClose) * 100).toBeCloseTo(800, 9);
    expect(r.closeShare).toBeCloseTo(1 - r.marginAfterClose / r.requiredMargin, 12);
  });

  it('gives no transfer minimum in a dollar account (the ¥500 minimum is in yen)', () => {
    expect(derive({ currency: 'USD' }).recovery.result!.transferMinimum).toBeNull();
  });
});

describe('deriveCalculator: position', () => {
  it('computes the brief’s example: margin ≈ 11,261, 97.7 pips, long 99.023, short 100.977', () => {
    const p = derive().position;
    expect(p.result!.requiredMargin).toBeCloseTo(11_261.26, 2);
    expect(p.result!.stopOut.tolerancePips).toBeCloseTo(97.75, 2);
    expect(p.result!.stopOut.longStopOutPrice).toBeCloseTo(99.0225, 4);
    expect(p.chart?.long.length).toBe(49);
    expect(p.messages).toEqual([]);
  });

  it.each([
    ['more margin than funds', { lots: '10' }, ['cannotOpen']],
    ['a field with an error', { price: '' }, ['fixFields']],
    ['credit entered', { positionCredit: '5000' }, ['credit']],
    ['a Zero account above its 500× cap', { accountType: 'zero' as const }, ['capped']],
    ['leverage above the maximum field', { leverage: '2000' }, ['capped']],
  ] as const)('%s', (_name, change, messages) => {
    expect(derive(change).position.messages).toEqual(messages);
  });

  it('applies the account type’s cap: a Zero account at 888× is computed at 500×', () => {
    const p = derive({ accountType: 'zero' }).position;
    expect([p.leverageCap, p.effectiveLeverage]).toEqual([500, 500]);
    expect(p.result!.requiredMargin).toBeCloseTo(20_000, 6);
  });

  it('shows the contract size of gold and silver', () => {
    expect(derive({ symbol: 'XAUUSD' }).position.unitsPerLot).toBe(100);
    expect(derive({ symbol: 'XAGUSD' }).position.unitsPerLot).toBe(5_000);
    expect(derive({ symbol: 'XAUUSD', accountType: 'micro' }).position.unitsPerLot).toBe(1);
  });

  it('needs the USD/JPY rate only when the quote currency is not the account currency', () => {
    expect(derive({ symbol: 'EURUSD' }).position.rateNeeded).toBe(true);
    expect(derive({ symbol: 'EURUSD', usdJpy: 'x' }).position.messages).toEqual(['fixFields']);
    expect(derive({ usdJpy: 'x' }).position.messages).toEqual([]);
  });
});

describe('deriveCalculator: leverage limit', () => {
  const accounts = (...equities: string[]) => equities.map((equity, key) => ({ key, equity, currency: 'JPY' as const }));
  it.each([
    // ¥3,500,000 ÷ 150 = $23,333: the newest set limits from $40,000, the articles' from $20,000.
    ['newest set, $23,333', {}, 1000, ['noLimit']],
    ['articles’ set, $23,333', applyRuleSet(defaultState(), ruleSetById('articles')), 200, ['limited']],
    ['newest set, $60,000', { accounts: accounts('9000000') }, 500, ['limited']],
    ['an account with an error', { accounts: accounts('x') }, undefined, ['fixFields']],
    ['no accounts', { accounts: [] }, undefined, ['fixFields']],
    ['a tier with an error', { tiers: [{ key: 0, equity: '', leverage: '100' }] }, undefined, ['fixFields']],
  ] as const)('%s', (_name, change, max, messages) => {
    const l = derive(change as Partial<CalculatorState>).leverage;
    expect(l.result?.maxLeverage).toBe(max);
    expect(l.messages).toEqual(messages);
  });

  it('takes any number of tiers: a third tier changes the result', () => {
    const state = applyRuleSet(defaultState(), ruleSetById('reported2022Kept'));
    state.accounts = accounts('30000000'); // $200,000
    expect(deriveCalculator(state).leverage.result!.maxLeverage).toBe(100);
    state.tiers = [...state.tiers, { key: 9, equity: '150000', leverage: '50' }];
    expect(deriveCalculator(state).leverage.result!.maxLeverage).toBe(50);
    expect(deriveCalculator(state).leverage.sortedTiers.map((t) => t.minEquityUsd)).toEqual([20_000, 100_000, 150_000]);
  });
});

describe('deriveCalculator: hedge', () => {
  it.each([
    ['FX: only the excess', {}, 11_261.26, ['ruleFx']],
    ['other CFDs: half of each side', { hedgeClass: 'cfd' as const }, 16_891.89, ['ruleCfd']],
    ['a field with an error', { hedgeSellLots: '-1' }, undefined, ['fixFields', 'ruleFx']],
  ] as const)('%s', (_name, change, hedged, messages) => {
    const h = derive(change).hedge;
    if (hedged === undefined) expect(h.result).toBeUndefined();
    else expect(h.result!.hedged).toBeCloseTo(hedged, 2);
    expect(h.messages).toEqual(messages);
  });
});

describe('deriveCalculator: several positions', () => {
  const rows = (...r: [string, string][]) => r.map(([margin, pnl], key) => ({ key, name: '', margin, pnl }));
  it.each([
    ['the default rows: two closed, largest loss first', {}, 2, []],
    ['above the stop-out level', { sequenceBalance: '1000000' }, 0, ['safe']],
    ['everything closed with a negative balance', { sequenceBalance: '1000', rows: rows(['10000', '-50000']) }, 1, ['zeroCut']],
    ['no rows', { rows: [] }, undefined, ['empty']],
    ['a row with an error', { rows: rows(['x', '0']) }, undefined, ['fixFields']],
  ] as const)('%s', (_name, change, closed, messages) => {
    const p = derive(change as Partial<CalculatorState>).positions;
    expect(p.sequence?.steps.length).toBe(closed);
    expect(p.messages).toEqual(messages);
  });
});

describe('deriveCalculator: broker comparison', () => {
  it('compares the position at each broker, each row with its source and date', () => {
    const b = derive().brokers;
    expect(b.rows.map((r) => r.broker.id)).toEqual(['xm', 'axiory', 'titanfx', 'tradeview', 'fxgt', 'landfx']);
    expect(b.rows[0]!.result!.tolerancePips).toBeCloseTo(97.75, 2);
    expect(b.rows.every((r) => r.broker.asOf === '2020/2022')).toBe(true);
    expect(b.messages).toEqual([]);
  });

  it.each([
    ['section 2 has an error', { lots: '' }, ['needsPosition']],
    ['a broker cell has an error', { brokers: { ...defaultState().brokers, xm: { leverage: '0', stopOutLevel: '20' } } }, []],
  ] as const)('%s', (_name, change, messages) => {
    const b = derive(change as Partial<CalculatorState>).brokers;
    expect(b.messages).toEqual(messages);
  });
});

describe('keepUnchanged: a keystroke changes only the sections that depend on it', () => {
  const sections = (a: CalculatorModel, b: CalculatorModel) =>
    (Object.keys(a) as (keyof CalculatorModel)[]).filter((k) => a[k] !== b[k]);

  it.each([
    ['balance', 'change', ['health', 'recovery']],
    ['lots', 'change', ['position', 'brokers']],
    ['hedgeBuyLots', 'change', ['hedge']],
    ['rows.0.pnl', 'change', ['positions']],
    ['brokers.xm.leverage', 'change', ['brokers']],
    ['stopOutLevel', 'change', ['rules', 'health', 'position', 'leverage', 'positions']],
  ] as const)('typing in %s', (address, type, changed) => {
    const before = deriveCalculator(defaultState());
    const store = reduce({ state: defaultState(), badChoices: {} }, { type, address, value: '7' });
    const after = keepUnchanged(before, deriveCalculator(store.state));
    expect(sections(before, after).sort()).toEqual([...changed].sort());
  });
});

describe('reduce: what the controls do', () => {
  const start = () => ({ state: defaultState(), badChoices: {} });

  it('choosing a rule set puts its maximum and tiers in the fields', () => {
    const { state } = reduce(start(), { type: 'choose', address: 'ruleSet', value: 'articles' });
    expect(state.maxLeverage).toBe('888');
    expect(state.tiers.map((t) => [t.equity, t.leverage])).toEqual([
      ['20000', '200'],
      ['100000', '100'],
    ]);
  });

  it('choosing a symbol fills in its example price and clears the link’s bad choice', () => {
    const { state, badChoices } = decodeQuery('sym=btc');
    const next = reduce({ state, badChoices }, { type: 'choose', address: 'symbol', value: 'XAUUSD' });
    expect([next.state.symbol, next.state.price]).toEqual(['XAUUSD', '2000']);
    expect(next.badChoices).toEqual({});
  });

  it('adds rows up to the list’s maximum and removes them by key', () => {
    let store = start();
    for (let i = 0; i < 12; i++) store = reduce(store, { type: 'add', list: 'tiers' });
    expect(store.state.tiers).toHaveLength(10);
    store = reduce(store, { type: 'remove', list: 'tiers', key: 0 });
    expect(store.state.tiers).toHaveLength(9);
    expect(store.state.tiers[0]!.key).toBe(1);
  });

  it('edits a cell of a list and a broker’s figure by address; ignores unknown addresses', () => {
    let store = reduce(start(), { type: 'change', address: 'accounts.1.equity', value: '5' });
    store = reduce(store, { type: 'change', address: 'brokers.fxgt.stopOutLevel', value: '40' });
    expect(store.state.accounts[1]!.equity).toBe('5');
    expect(store.state.brokers.fxgt!.stopOutLevel).toBe('40');
    expect(reduce(store, { type: 'change', address: 'nope', value: '1' })).toBe(store);
    expect(reduce(store, { type: 'change', address: 'rows.99.pnl', value: '1' })).toBe(store);
  });

  it('reads back, by the same address, the text each input shows; an address without a field reads as empty', () => {
    let store = reduce(start(), { type: 'change', address: 'accounts.1.equity', value: '5' });
    store = reduce(store, { type: 'change', address: 'brokers.fxgt.stopOutLevel', value: '40' });
    store = reduce(store, { type: 'change', address: 'lots', value: '0.5' });
    store = reduce(store, { type: 'change', address: 'rows.0.name', value: 'EUR/USD' });
    expect(['accounts.1.equity', 'brokers.fxgt.stopOutLevel', 'lots', 'rows.0.name'].map((a) => valueAt(store.state, a))).toEqual(['5', '40', '0.5', 'EUR/USD']);
    expect(['nope', 'rows.99.pnl', 'brokers.nope.leverage', 'accounts.1', ''].map((a) => valueAt(store.state, a))).toEqual(['', '', '', '', '']);
  });
});
