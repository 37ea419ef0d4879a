import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalNumberText } from '@/lib/calculator/fields';
import { MAX_VALUE_LENGTH, accountCurrencyField, decodeQuery, encodeQuery } from '@/lib/calculator/query';
import {
  ACCOUNT_TYPE_IDS,
  ASSET_CLASSES,
  CURRENCIES,
  MAX_ACCOUNTS,
  MAX_POSITION_ROWS,
  NUMBER_KEYS,
  SYMBOL_IDS,
  defaultState,
  type CalculatorState,
} from '@/lib/calculator/state';
import { BROKERS } from '@/lib/margin/brokers';

/** The state as a link can carry it: row keys dropped, numbers in canonical form. */
function comparable(state: CalculatorState) {
  const c = (raw: string) => canonicalNumberText(raw, 'ja');
  return {
    ...Object.fromEntries(NUMBER_KEYS.map((k) => [k, c(state[k])])),
    cur: state.cur,
    sym: state.sym,
    type: state.type,
    hcls: state.hcls,
    accounts: state.accounts.map((a) => ({ equity: c(a.equity), currency: a.currency })),
    rows: state.rows.map((r) => ({ name: r.name, margin: c(r.margin), pnl: c(r.pnl) })),
    brokers: Object.fromEntries(BROKERS.map((b) => [b.id, { lev: c(state.brokers[b.id]!.lev), so: c(state.brokers[b.id]!.so) }])),
  };
}

const roundTrip = (state: CalculatorState) => decodeQuery(encodeQuery(state, 'ja'));

describe('calculator link: encode', () => {
  it('writes nothing when every field is at its default', () => {
    expect(encodeQuery(defaultState(), 'ja')).toBe('');
  });

  it('writes only what differs, with short readable keys', () => {
    const state = { ...defaultState(), pb: '200000', sym: 'EURJPY', lots: '2' };
    expect(encodeQuery(state, 'en')).toBe('sym=eurjpy&pb=200000&lots=2');
  });

  it('writes valid numbers in canonical form, whatever the user typed', () => {
    const state = { ...defaultState(), pb: '１００，０００', lots: '０．５', pl: '-1,234.5' };
    const query = new URLSearchParams(encodeQuery(state, 'ja'));
    expect(query.has('pb')).toBe(false); // 100,000 is the default
    expect(query.get('lots')).toBe('0.5');
    expect(query.get('pl')).toBe('-1234.5');
  });

  it('keeps an invalid entry as typed so the link shows the same message', () => {
    const state = { ...defaultState(), px: '1oo', lev: '' };
    const decoded = roundTrip(state).state;
    expect(decoded.px).toBe('1oo');
    expect(decoded.lev).toBe('');
  });

  it('writes lists only when they differ, in order', () => {
    const state = defaultState();
    state.accounts = [{ key: 5, equity: '3000', currency: 'USD' }];
    state.rows = [{ key: 9, name: 'Gold', margin: '5000', pnl: '-200' }];
    expect(encodeQuery(state, 'en')).toBe('eq=3000&eqc=usd&pn=Gold&pm=5000&pp=-200');
  });

  it('writes broker overrides under lv_<id> and so_<id>', () => {
    const state = defaultState();
    state.brokers.fxgt = { lev: '1000', so: '50' };
    expect(encodeQuery(state, 'en')).toBe('lv_fxgt=1000');
  });
});

describe('calculator link: round trip', () => {
  it('reads back a hand-made state', () => {
    const state = defaultState();
    Object.assign(state, { cur: 'USD', sym: 'XAUUSD', type: 'micro', hcls: 'cfd', so: '50', bal: 'abc', rm: '' });
    state.accounts = [
      { key: 0, equity: '10000', currency: 'USD' },
      { key: 1, equity: '-500', currency: 'JPY' },
    ];
    state.rows = [];
    state.brokers.xm = { lev: '500', so: '' };
    const { state: decoded, badChoices } = roundTrip(state);
    expect(comparable(decoded)).toEqual(comparable(state));
    expect(badChoices).toEqual({});
  });

  it('keeps an emptied list empty instead of restoring the defaults', () => {
    const state = defaultState();
    state.accounts = [];
    state.rows = [];
    const decoded = roundTrip(state).state;
    expect(decoded.accounts).toEqual([]);
    expect(decoded.rows).toEqual([]);
  });

  it('holds for any state a user can type (property)', () => {
    const text = fc.string({ maxLength: MAX_VALUE_LENGTH });
    const numberish = fc.oneof(
      text,
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map(String),
      fc.integer().map((n) => n.toLocaleString('en-US')),
    );
    const stateArb = fc.record({
      numbers: fc.tuple(...NUMBER_KEYS.map(() => numberish)),
      cur: fc.constantFrom(...CURRENCIES),
      sym: fc.constantFrom(...SYMBOL_IDS),
      type: fc.constantFrom(...ACCOUNT_TYPE_IDS),
      hcls: fc.constantFrom(...ASSET_CLASSES),
      accounts: fc.array(fc.record({ equity: numberish, currency: fc.constantFrom(...CURRENCIES) }), { maxLength: MAX_ACCOUNTS }),
      rows: fc.array(fc.record({ name: text, margin: numberish, pnl: numberish }), { maxLength: MAX_POSITION_ROWS }),
      brokers: fc.tuple(...BROKERS.map(() => fc.record({ lev: numberish, so: numberish }))),
    });
    fc.assert(
      fc.property(stateArb, (g) => {
        const state: CalculatorState = {
          ...defaultState(),
          ...Object.fromEntries(NUMBER_KEYS.map((k, i) => [k, g.numbers[i]!])),
          cur: g.cur,
          sym: g.sym,
          type: g.type,
          hcls: g.hcls,
          accounts: g.accounts.map((a, key) => ({ ...a, key })),
          rows: g.rows.map((r, key) => ({ ...r, key })),
          brokers: Object.fromEntries(BROKERS.map((b, i) => [b.id, g.brokers[i]!])),
        };
        const { state: decoded, badChoices } = roundTrip(state);
        expect(comparable(decoded)).toEqual(comparable(state));
        expect(badChoices).toEqual({});
      }),
      { numRuns: 300 },
    );
  });
});

describe('calculator link: tampering', () => {
  it('falls back to the default for a choice that is not an option, and says which', () => {
    const { state, badChoices } = decodeQuery('cur=eur&sym=<script>&type=vip&hcls=crypto&eq=1&eqc=gbp');
    expect([state.cur, state.sym, state.type, state.hcls]).toEqual(['JPY', 'USDJPY', 'standard', 'fx']);
    expect(badChoices).toEqual({
      cur: 'eur',
      sym: '<script>',
      type: 'vip',
      hcls: 'crypto',
      [accountCurrencyField(0)]: 'gbp',
    });
    expect(state.accounts).toEqual([{ key: 0, equity: '1', currency: 'JPY' }]);
  });

  it('reads choices case-insensitively', () => {
    const { state, badChoices } = decodeQuery('cur=USD&sym=XauUsd&type=ZERO');
    expect([state.cur, state.sym, state.type]).toEqual(['USD', 'XAUUSD', 'zero']);
    expect(badChoices).toEqual({});
  });

  it('keeps a bad number as text (the field shows its message) and cuts over-long values', () => {
    const long = '9'.repeat(500);
    const { state } = decodeQuery(`pb=${long}&px=NaN&lev=Infinity&lots=1e3`);
    expect(state.pb).toHaveLength(MAX_VALUE_LENGTH);
    expect([state.px, state.lev, state.lots]).toEqual(['NaN', 'Infinity', '1e3']);
  });

  it('accepts at most 8 accounts and 20 positions, pairing list values by position', () => {
    const accounts = Array.from({ length: 12 }, (_, i) => `eq=${i}`).join('&');
    const rows = Array.from({ length: 30 }, (_, i) => `pm=${i}`).join('&');
    const { state } = decodeQuery(`${accounts}&${rows}&pp=-1`);
    expect(state.accounts).toHaveLength(MAX_ACCOUNTS);
    expect(state.rows).toHaveLength(MAX_POSITION_ROWS);
    expect(state.rows[0]).toEqual({ key: 0, name: '', margin: '0', pnl: '-1' });
    expect(state.rows[1]).toEqual({ key: 1, name: '', margin: '1', pnl: '' });
  });

  it('ignores unknown keys, a leading "?" and broken percent-encoding', () => {
    expect(decodeQuery('?utm_source=mail&zz=1').state).toEqual(defaultState());
    expect(() => decodeQuery('pb=%E0%A4%A&%%%=&=&&')).not.toThrow();
    expect(decodeQuery('pb=%E0%A4%A').state.pb).toBe('\uFFFD%A');
  });

  it('never throws, whatever the query (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (search) => {
        const { state } = decodeQuery(search);
        expect(CURRENCIES).toContain(state.cur);
        expect(SYMBOL_IDS).toContain(state.sym);
        expect(state.accounts.length).toBeLessThanOrEqual(MAX_ACCOUNTS);
        expect(state.rows.length).toBeLessThanOrEqual(MAX_POSITION_ROWS);
      }),
      { numRuns: 500 },
    );
  });
});
