import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_TYPE_IDS,
  ASSET_CLASSES,
  CURRENCIES,
  FIELDS,
  LISTS,
  MAX_VALUE_LENGTH,
  NUMBER_NAMES,
  SYMBOL_IDS,
  canonicalNumberText,
} from '@/lib/calculator/fields';
import { decodeQuery, encodeQuery, listFieldId } from '@/lib/calculator/query';
import { applyRuleSet, defaultState, type CalculatorState } from '@/lib/calculator/state';
import { BROKERS } from '@/lib/margin/brokers';
import { RULE_SET_IDS, ruleSetById } from '@/lib/margin/rule-sets';

/** The state as a link can carry it: row keys dropped, numbers in canonical form. */
function comparable(state: CalculatorState) {
  const c = canonicalNumberText;
  return {
    ...Object.fromEntries(NUMBER_NAMES.map((k) => [k, c(state[k])])),
    ruleSet: state.ruleSet,
    currency: state.currency,
    symbol: state.symbol,
    accountType: state.accountType,
    hedgeClass: state.hedgeClass,
    accounts: state.accounts.map((a) => ({ equity: c(a.equity), currency: a.currency })),
    tiers: state.tiers.map((t) => ({ equity: c(t.equity), leverage: c(t.leverage) })),
    rows: state.rows.map((r) => ({ name: r.name, margin: c(r.margin), pnl: c(r.pnl) })),
    brokers: Object.fromEntries(
      BROKERS.map((b) => [b.id, { leverage: c(state.brokers[b.id]!.leverage), stopOutLevel: c(state.brokers[b.id]!.stopOutLevel) }]),
    ),
  };
}

const roundTrip = (state: CalculatorState) => decodeQuery(encodeQuery(state));

describe('the field table', () => {
  it('gives every field its own query key', () => {
    const keys = [
      ...Object.values(FIELDS).map((f) => f.query),
      ...Object.values(LISTS).flatMap((l) => Object.values(l.columns).map((c) => c.query)),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps the query keys published by the first version', () => {
    const published = ['cur', 'so', 'mc', 'ml', 'bal', 'cr', 'pl', 'rm', 'pb', 'pc', 'sym', 'type', 'lots', 'lev', 'px', 'fx', 'eqfx', 'om', 'olev', 'ev', 'hcls', 'hbuy', 'hsell', 'hu', 'hpx', 'hlev', 'sb', 'sc'];
    const keys = Object.values(FIELDS).map((f) => f.query);
    for (const key of published) expect(keys).toContain(key);
    expect(LISTS.accounts.columns.equity.query).toBe('eq');
    expect(LISTS.accounts.columns.currency.query).toBe('eqc');
    expect(Object.values(LISTS.rows.columns).map((c) => c.query)).toEqual(['pn', 'pm', 'pp']);
  });
});

describe('calculator link: encode', () => {
  it('writes nothing when every field is at its default', () => {
    expect(encodeQuery(defaultState())).toBe('');
  });

  it('writes only what differs, with short readable keys', () => {
    const state = { ...defaultState(), positionBalance: '200000', symbol: 'EURJPY', lots: '2' };
    expect(encodeQuery(state)).toBe('sym=eurjpy&pb=200000&lots=2');
  });

  it('writes valid numbers in canonical form, whatever the user typed', () => {
    const state = { ...defaultState(), positionBalance: '１００，０００', lots: '０．５', floatingPnl: '-1,234.5' };
    const query = new URLSearchParams(encodeQuery(state));
    expect(query.has('pb')).toBe(false); // 100,000 is the default
    expect(query.get('lots')).toBe('0.5');
    expect(query.get('pl')).toBe('-1234.5');
  });

  it('keeps an invalid entry as typed so the link shows the same message', () => {
    const state = { ...defaultState(), price: '1oo', leverage: '' };
    const decoded = roundTrip(state).state;
    expect(decoded.price).toBe('1oo');
    expect(decoded.leverage).toBe('');
  });

  it('writes lists only when they differ, in order', () => {
    const state = defaultState();
    state.accounts = [{ key: 5, equity: '3000', currency: 'USD' }];
    state.rows = [{ key: 9, name: 'Gold', margin: '5000', pnl: '-200' }];
    expect(encodeQuery(state)).toBe('eq=3000&eqc=usd&pn=Gold&pm=5000&pp=-200');
  });

  it('writes broker overrides under lv_<id> and so_<id>', () => {
    const state = defaultState();
    state.brokers.fxgt = { leverage: '1000', stopOutLevel: '50' };
    expect(encodeQuery(state)).toBe('lv_fxgt=1000');
  });

  it('writes a rule set with the figures it decides left implicit', () => {
    const state = applyRuleSet(defaultState(), ruleSetById('articles'));
    expect(encodeQuery(state)).toBe('rs=articles');
    state.tiers.push({ key: 7, equity: '500000', leverage: '50' });
    expect(encodeQuery(state)).toBe('rs=articles&te=20000&tl=200&te=100000&tl=100&te=500000&tl=50');
  });
});

describe('calculator link: round trip', () => {
  it('reads back a hand-made state', () => {
    const state = defaultState();
    Object.assign(state, { currency: 'USD', symbol: 'XAUUSD', accountType: 'micro', hedgeClass: 'cfd', stopOutLevel: '50', balance: 'abc', requiredMargin: '' });
    state.accounts = [
      { key: 0, equity: '10000', currency: 'USD' },
      { key: 1, equity: '-500', currency: 'JPY' },
    ];
    state.rows = [];
    state.brokers.xm = { leverage: '500', stopOutLevel: '' };
    const { state: decoded, badChoices } = roundTrip(state);
    expect(comparable(decoded)).toEqual(comparable(state));
    expect(badChoices).toEqual({});
  });

  it('keeps an emptied list empty instead of restoring the defaults', () => {
    const state = defaultState();
    state.accounts = [];
    state.rows = [];
    state.tiers = [];
    const decoded = roundTrip(state).state;
    expect(decoded.accounts).toEqual([]);
    expect(decoded.rows).toEqual([]);
    expect(decoded.tiers).toEqual([]);
  });

  it('holds for any state a user can type (property)', () => {
    const text = fc.string({ maxLength: MAX_VALUE_LENGTH });
    const numberish = fc.oneof(
      text,
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map(String),
      fc.integer().map((n) => n.toLocaleString('en-US')),
    );
    const stateArb = fc.record({
      numbers: fc.tuple(...NUMBER_NAMES.map(() => numberish)),
      ruleSet: fc.constantFrom(...RULE_SET_IDS),
      currency: fc.constantFrom(...CURRENCIES),
      symbol: fc.constantFrom(...SYMBOL_IDS),
      accountType: fc.constantFrom(...ACCOUNT_TYPE_IDS),
      hedgeClass: fc.constantFrom(...ASSET_CLASSES),
      accounts: fc.array(fc.record({ equity: numberish, currency: fc.constantFrom(...CURRENCIES) }), { maxLength: LISTS.accounts.max }),
      tiers: fc.array(fc.record({ equity: numberish, leverage: numberish }), { maxLength: LISTS.tiers.max }),
      rows: fc.array(fc.record({ name: text, margin: numberish, pnl: numberish }), { maxLength: LISTS.rows.max }),
      brokers: fc.tuple(...BROKERS.map(() => fc.record({ leverage: numberish, stopOutLevel: numberish }))),
    });
    fc.assert(
      fc.property(stateArb, (g) => {
        const state: CalculatorState = {
          ...defaultState(),
          ...Object.fromEntries(NUMBER_NAMES.map((k, i) => [k, g.numbers[i]!])),
          ruleSet: g.ruleSet,
          currency: g.currency,
          symbol: g.symbol,
          accountType: g.accountType,
          hedgeClass: g.hedgeClass,
          accounts: g.accounts.map((a, key) => ({ ...a, key })),
          tiers: g.tiers.map((t, key) => ({ ...t, key })),
          rows: g.rows.map((r, key) => ({ ...r, key })),
          brokers: Object.fromEntries(BROKERS.map((b, i) => [b.id, g.brokers[i]!])),
        };
        const { state: decoded, badChoices } = roundTrip(state);
        expect(comparable(decoded)).toEqual(comparable(state));
        expect(badChoices).toEqual({});
      }),
      { numRuns: 200 },
    );
  }, 30_000); // ~1 s on an idle machine; a shared one can be ten times slower
});

describe('links made by the first version of the page', () => {
  it('open with the same fields, its two tiers read into the tier list', () => {
    const { state, badChoices } = decodeQuery('sym=eurjpy&pb=200000&lots=2&lev=500&px=160&t1e=30000&t2l=50&eq=1000000&eqc=jpy&eq=10000&eqc=usd&lv_xm=500');
    expect(badChoices).toEqual({});
    expect([state.symbol, state.positionBalance, state.lots, state.leverage, state.price]).toEqual(['EURJPY', '200000', '2', '500', '160']);
    expect(state.tiers.map(({ equity, leverage }) => ({ equity, leverage }))).toEqual([
      { equity: '30000', leverage: '200' },
      { equity: '100000', leverage: '50' },
    ]);
    expect(state.accounts.map(({ equity, currency }) => ({ equity, currency }))).toEqual([
      { equity: '1000000', currency: 'JPY' },
      { equity: '10000', currency: 'USD' },
    ]);
    expect(state.brokers.xm!.leverage).toBe('500');
  });
});

describe('calculator link: tampering', () => {
  it('falls back to the default for a choice that is not an option, and says which', () => {
    const { state, badChoices } = decodeQuery('cur=eur&sym=<script>&type=vip&hcls=crypto&rs=2030&eq=1&eqc=gbp');
    expect([state.currency, state.symbol, state.accountType, state.hedgeClass, state.ruleSet]).toEqual(['JPY', 'USDJPY', 'standard', 'fx', RULE_SET_IDS[0]]);
    expect(badChoices).toEqual({
      currency: 'eur',
      symbol: '<script>',
      accountType: 'vip',
      hedgeClass: 'crypto',
      ruleSet: '2030',
      [listFieldId('accounts', 'currency', 0)]: 'gbp',
    });
    expect(state.accounts).toEqual([{ key: 0, equity: '1', currency: 'JPY' }]);
  });

  it('reads choices case-insensitively', () => {
    const { state, badChoices } = decodeQuery('cur=USD&sym=XauUsd&type=ZERO&rs=ARTICLES');
    expect([state.currency, state.symbol, state.accountType, state.ruleSet]).toEqual(['USD', 'XAUUSD', 'zero', 'articles']);
    expect(badChoices).toEqual({});
  });

  it('keeps a bad number as text (the field shows its message) and cuts over-long values', () => {
    const long = '9'.repeat(500);
    const { state } = decodeQuery(`pb=${long}&px=NaN&lev=Infinity&lots=1e3`);
    expect(state.positionBalance).toHaveLength(MAX_VALUE_LENGTH);
    expect([state.price, state.leverage, state.lots]).toEqual(['NaN', 'Infinity', '1e3']);
  });

  it('accepts at most 8 accounts, 10 tiers and 20 positions, pairing list values by position', () => {
    const accounts = Array.from({ length: 12 }, (_, i) => `eq=${i}`).join('&');
    const tiers = Array.from({ length: 15 }, (_, i) => `te=${i}`).join('&');
    const rows = Array.from({ length: 30 }, (_, i) => `pm=${i}`).join('&');
    const { state } = decodeQuery(`${accounts}&${tiers}&${rows}&pp=-1`);
    expect(state.accounts).toHaveLength(8);
    expect(state.tiers).toHaveLength(10);
    expect(state.rows).toHaveLength(20);
    expect(state.rows[0]).toEqual({ key: 0, name: '', margin: '0', pnl: '-1' });
    expect(state.rows[1]).toEqual({ key: 1, name: '', margin: '1', pnl: '' });
  });

  it('ignores unknown keys, a leading "?" and broken percent-encoding', () => {
    expect(decodeQuery('?utm_source=mail&zz=1').state).toEqual(defaultState());
    expect(() => decodeQuery('pb=%E0%A4%A&%%%=&=&&')).not.toThrow();
    expect(decodeQuery('pb=%E0%A4%A').state.positionBalance).toBe('\uFFFD%A');
  });

  it('never throws, whatever the query (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (search) => {
        const { state } = decodeQuery(search);
        expect(CURRENCIES).toContain(state.currency);
        expect(SYMBOL_IDS).toContain(state.symbol);
        expect(state.accounts.length).toBeLessThanOrEqual(LISTS.accounts.max);
        expect(state.rows.length).toBeLessThanOrEqual(LISTS.rows.max);
      }),
      { numRuns: 500 },
    );
  });
});
