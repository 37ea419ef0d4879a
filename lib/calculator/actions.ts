/**
 * Every change the calculator's controls can make, as functions of the state (pure), plus the
 * stable callbacks the components call. A field is addressed by a string: a field name
 * (`lots`), a list cell (`accounts.3.equity`: list, row key, column) or a broker cell
 * (`brokers.xm.leverage`).
 */
import { EXAMPLE_PRICES, FIELDS, LISTS, type ChoiceName, type ListName, type NumberName } from './fields';
import { listFieldId, type BadChoices } from './query';
import { applyRuleSet, defaultState, nextKey, type BrokerColumn, type CalculatorState } from './state';
import { ruleSetById, type RuleSetId } from '@/lib/margin/rule-sets';

export interface Store {
  state: CalculatorState;
  badChoices: BadChoices;
}

export interface CalculatorActions {
  /** A number or text field changed (address as above). */
  change(address: string, value: string): void;
  /** A select changed: clears its "not an option" message; a symbol brings its example price, a rule set its figures. */
  choose(address: string, value: string): void;
  addRow(list: ListName): void;
  removeRow(list: ListName, key: number): void;
  resetBrokers(): void;
  reset(): void;
}

type Row = { key: number; [column: string]: string | number };

function withoutBad(bad: BadChoices, id: string): BadChoices {
  if (!(id in bad)) return bad;
  const rest = { ...bad };
  delete rest[id];
  return rest;
}

function setCell(store: Store, list: ListName, key: number, column: string, value: string): Store {
  const rows = store.state[list] as unknown as Row[];
  const index = rows.findIndex((r) => r.key === key);
  if (index < 0) return store;
  const next = rows.map((r) => (r.key === key ? { ...r, [column]: value } : r));
  return {
    state: { ...store.state, [list]: next },
    badChoices: withoutBad(store.badChoices, listFieldId(list, column, index)),
  };
}

export type CalculatorAction =
  | { type: 'change' | 'choose'; address: string; value: string }
  | { type: 'add' | 'remove'; list: ListName; key?: number }
  | { type: 'resetBrokers' | 'reset' };

/** The store after one change. Pure. */
export function reduce(store: Store, action: CalculatorAction): Store {
  const { state } = store;
  switch (action.type) {
    case 'change':
    case 'choose': {
      const [head, second, column] = action.address.split('.');
      if (head === 'brokers' && second && column) {
        const current = state.brokers[second];
        if (!current) return store;
        return { ...store, state: { ...state, brokers: { ...state.brokers, [second]: { ...current, [column as BrokerColumn]: action.value } } } };
      }
      if (head && head in LISTS && second && column) return setCell(store, head as ListName, Number(second), column, action.value);
      if (!head || !(head in FIELDS)) return store;
      if (action.type === 'change') return { ...store, state: { ...state, [head as NumberName]: action.value } };
      const name = head as ChoiceName;
      const badChoices = withoutBad(store.badChoices, name);
      if (name === 'ruleSet') return { state: applyRuleSet(state, ruleSetById(action.value as RuleSetId)), badChoices };
      if (name === 'symbol') return { state: { ...state, symbol: action.value, price: EXAMPLE_PRICES[action.value] ?? state.price }, badChoices };
      return { state: { ...state, [name]: action.value }, badChoices };
    }
    case 'add': {
      const rows = state[action.list] as unknown as Row[];
      if (rows.length >= LISTS[action.list].max) return store;
      const blank: Row = { key: nextKey(rows) };
      for (const [column, spec] of Object.entries(LISTS[action.list].columns)) {
        blank[column] = spec.kind === 'choice' ? (column === 'currency' ? state.currency : spec.initial) : '';
      }
      return { ...store, state: { ...state, [action.list]: [...rows, blank] } };
    }
    case 'remove': {
      const rows = state[action.list] as unknown as Row[];
      return { ...store, state: { ...state, [action.list]: rows.filter((r) => r.key !== action.key) } };
    }
    case 'resetBrokers':
      return { ...store, state: { ...state, brokers: defaultState().brokers } };
    case 'reset':
      return { state: defaultState(), badChoices: {} };
  }
}

/**
 * The text of the field at `address` (as `reduce` addresses it), or '' when there is no such
 * field (a removed row). Pure: what an input shows, read from the store on every keystroke.
 */
export function valueAt(state: CalculatorState, address: string): string {
  const [head, second, column] = address.split('.');
  if (!head) return '';
  if (head === 'brokers') return (second && column && state.brokers[second]?.[column as BrokerColumn]) || '';
  if (head in LISTS) {
    const key = Number(second);
    const row = (state[head as ListName] as unknown as Row[]).find((r) => r.key === key);
    const value = row && column ? row[column] : undefined;
    return typeof value === 'string' ? value : '';
  }
  const value = (state as unknown as Record<string, unknown>)[head];
  return typeof value === 'string' ? value : '';
}
