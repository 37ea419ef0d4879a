/**
 * The calculator's inputs ⇄ the link's query string (see docs/decisions/003-calculator.md).
 *
 * - Only values that differ from the defaults are written, so a link stays short.
 * - A valid number is written in canonical form (ASCII digits, no separators); anything else is
 *   written as typed, so opening the link shows the same inline message.
 * - Reading never throws: unknown keys are ignored, over-long values are cut, a choice that is
 *   not one of the options falls back to the default and is reported in `badChoices`.
 */
import { BROKERS } from '@/lib/margin/brokers';
import { canonicalNumberText } from './fields';
import {
  CHOICE_KEYS,
  CHOICE_OPTIONS,
  CURRENCIES,
  MAX_ACCOUNTS,
  MAX_POSITION_ROWS,
  NUMBER_KEYS,
  defaultState,
  type AccountRow,
  type CalculatorState,
  type ChoiceKey,
  type Currency,
  type PositionRow,
} from './state';

/** Longest value read from a link (longer values are cut). */
export const MAX_VALUE_LENGTH = 40;

/** Keys of the list fields in the query. */
export const LIST_KEYS = {
  accountEquity: 'eq',
  accountCurrency: 'eqc',
  positionName: 'pn',
  positionMargin: 'pm',
  positionPnl: 'pp',
} as const;

export const brokerLeverageKey = (id: string) => `lv_${id}`;
export const brokerStopOutKey = (id: string) => `so_${id}`;

/** A choice read from a link that is not one of the options: where, and what the link said. */
export type BadChoices = Record<string, string>;

/** Where a bad choice of a list row is reported in BadChoices. */
export const accountCurrencyField = (index: number) => `${LIST_KEYS.accountCurrency}.${index}`;

const clip = (raw: string) => raw.slice(0, MAX_VALUE_LENGTH);

function choiceFrom<T extends string>(options: readonly T[], raw: string): T | undefined {
  const wanted = raw.trim().toLowerCase();
  return options.find((option) => option.toLowerCase() === wanted);
}

function sameAccounts(a: readonly AccountRow[], b: readonly AccountRow[], locale: 'ja' | 'en') {
  return (
    a.length === b.length &&
    a.every(
      (row, i) =>
        row.currency === b[i]!.currency &&
        canonicalNumberText(row.equity, locale) === canonicalNumberText(b[i]!.equity, locale),
    )
  );
}

function sameRows(a: readonly PositionRow[], b: readonly PositionRow[], locale: 'ja' | 'en') {
  return (
    a.length === b.length &&
    a.every(
      (row, i) =>
        row.name === b[i]!.name &&
        canonicalNumberText(row.margin, locale) === canonicalNumberText(b[i]!.margin, locale) &&
        canonicalNumberText(row.pnl, locale) === canonicalNumberText(b[i]!.pnl, locale),
    )
  );
}

/** The query string (without "?") for `state`; empty when everything is at its default. */
export function encodeQuery(state: CalculatorState, locale: 'ja' | 'en'): string {
  const defaults = defaultState();
  const params = new URLSearchParams();

  for (const key of CHOICE_KEYS) {
    if (state[key] !== defaults[key]) params.set(key, state[key].toLowerCase());
  }
  for (const key of NUMBER_KEYS) {
    const text = canonicalNumberText(state[key], locale);
    if (text !== defaults[key]) params.set(key, text);
  }
  if (!sameAccounts(state.accounts, defaults.accounts, locale)) {
    for (const row of state.accounts) {
      params.append(LIST_KEYS.accountEquity, canonicalNumberText(row.equity, locale));
      params.append(LIST_KEYS.accountCurrency, row.currency.toLowerCase());
    }
    // An empty list is written as one empty value so that it is not read back as the default.
    if (state.accounts.length === 0) params.set(LIST_KEYS.accountEquity, '');
  }
  if (!sameRows(state.rows, defaults.rows, locale)) {
    for (const row of state.rows) {
      params.append(LIST_KEYS.positionName, row.name);
      params.append(LIST_KEYS.positionMargin, canonicalNumberText(row.margin, locale));
      params.append(LIST_KEYS.positionPnl, canonicalNumberText(row.pnl, locale));
    }
    if (state.rows.length === 0) params.set(LIST_KEYS.positionName, '');
  }
  for (const broker of BROKERS) {
    const value = state.brokers[broker.id];
    const base = defaults.brokers[broker.id]!;
    if (!value) continue;
    const lev = canonicalNumberText(value.lev, locale);
    const so = canonicalNumberText(value.so, locale);
    if (lev !== base.lev) params.set(brokerLeverageKey(broker.id), lev);
    if (so !== base.so) params.set(brokerStopOutKey(broker.id), so);
  }
  return params.toString();
}

function readAccounts(params: URLSearchParams, bad: BadChoices): AccountRow[] | undefined {
  const equities = params.getAll(LIST_KEYS.accountEquity);
  const currencies = params.getAll(LIST_KEYS.accountCurrency);
  if (equities.length === 0 && currencies.length === 0) return undefined;
  // The encoder's marker for "no accounts": one empty equity and no currency.
  if (equities.length === 1 && equities[0] === '' && currencies.length === 0) return [];
  const count = Math.min(Math.max(equities.length, currencies.length), MAX_ACCOUNTS);
  const rows: AccountRow[] = [];
  for (let i = 0; i < count; i++) {
    const rawCurrency = currencies[i];
    let currency: Currency = 'JPY';
    if (rawCurrency !== undefined) {
      const found = choiceFrom(CURRENCIES, rawCurrency);
      if (found) currency = found;
      else bad[accountCurrencyField(i)] = clip(rawCurrency);
    }
    rows.push({ key: i, equity: clip(equities[i] ?? ''), currency });
  }
  return rows;
}

function readRows(params: URLSearchParams): PositionRow[] | undefined {
  const names = params.getAll(LIST_KEYS.positionName);
  const margins = params.getAll(LIST_KEYS.positionMargin);
  const pnls = params.getAll(LIST_KEYS.positionPnl);
  if (names.length + margins.length + pnls.length === 0) return undefined;
  if (names.length === 1 && names[0] === '' && margins.length === 0 && pnls.length === 0) return [];
  const count = Math.min(Math.max(names.length, margins.length, pnls.length), MAX_POSITION_ROWS);
  const rows: PositionRow[] = [];
  for (let i = 0; i < count; i++) {
    rows.push({ key: i, name: clip(names[i] ?? ''), margin: clip(margins[i] ?? ''), pnl: clip(pnls[i] ?? '') });
  }
  return rows;
}

/** The inputs a link carries, over the defaults. Never throws. */
export function decodeQuery(search: string): { state: CalculatorState; badChoices: BadChoices } {
  const state = defaultState();
  const badChoices: BadChoices = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return { state, badChoices };
  }

  for (const key of CHOICE_KEYS) {
    const raw = params.get(key);
    if (raw === null) continue;
    const found = choiceFrom<string>(CHOICE_OPTIONS[key], raw);
    if (found) (state as Record<ChoiceKey, string>)[key] = found;
    else badChoices[key] = clip(raw);
  }
  for (const key of NUMBER_KEYS) {
    const raw = params.get(key);
    if (raw !== null) state[key] = clip(raw);
  }
  state.accounts = readAccounts(params, badChoices) ?? state.accounts;
  state.rows = readRows(params) ?? state.rows;
  for (const broker of BROKERS) {
    const lev = params.get(brokerLeverageKey(broker.id));
    const so = params.get(brokerStopOutKey(broker.id));
    const current = state.brokers[broker.id]!;
    state.brokers[broker.id] = {
      lev: lev === null ? current.lev : clip(lev),
      so: so === null ? current.so : clip(so),
    };
  }
  return { state, badChoices };
}
