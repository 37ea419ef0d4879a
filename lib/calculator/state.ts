/**
 * The calculator's state: every field as typed, derived from the field tables (fields.ts).
 */
import { BROKERS } from '@/lib/margin/brokers';
import { ruleSetById, type XmRuleSet } from '@/lib/margin/rule-sets';
import {
  BROKER_COLUMNS,
  CHOICE_NAMES,
  DEFAULT_RULE_SET,
  FIELDS,
  LISTS,
  NUMBER_NAMES,
  brokerInitial,
  type BrokerColumn,
  type ChoiceName,
  type ChoiceValue,
  type ColumnName,
  type ListName,
  type NumberName,
} from './fields';

type ColumnValue<S> = S extends { kind: 'choice'; options: readonly (infer T)[] } ? T : string;

/** One row of a list: its columns as typed, plus a React key that is not part of the link. */
export type ListRow<L extends ListName> = { key: number } & {
  -readonly [C in ColumnName<L>]: ColumnValue<(typeof LISTS)[L]['columns'][C]>;
};

export type CalculatorState = { [K in NumberName]: string } & { [K in ChoiceName]: ChoiceValue<K> } & {
  [L in ListName]: ListRow<L>[];
} & {
  brokers: Record<string, Record<BrokerColumn, string>>;
};

export type AccountRow = ListRow<'accounts'>;
export type TierRow = ListRow<'tiers'>;
export type PositionRow = ListRow<'rows'>;
export type { BrokerColumn };
export const BROKER_COLUMN_NAMES = Object.keys(BROKER_COLUMNS) as BrokerColumn[];

const initialOf = (name: NumberName, rs: XmRuleSet) => {
  const spec = FIELDS[name];
  return typeof spec.initial === 'function' ? spec.initial(rs) : spec.initial;
};

/** The rows a list starts with (tiers: the rule set's). */
export function initialRows<L extends ListName>(list: L, rs: XmRuleSet = DEFAULT_RULE_SET): ListRow<L>[] {
  const rows = (LISTS[list].initial as (rs: XmRuleSet) => Record<string, string>[])(rs);
  return rows.map((row, key) => ({ key, ...row })) as ListRow<L>[];
}

/** Every field at its default, for a rule set (default: the newest). */
export function defaultState(ruleSet: XmRuleSet = DEFAULT_RULE_SET): CalculatorState {
  const state = {} as Record<string, unknown>;
  for (const name of CHOICE_NAMES) state[name] = FIELDS[name].initial;
  state.ruleSet = ruleSet.id;
  for (const name of NUMBER_NAMES) state[name] = initialOf(name, ruleSet);
  for (const list of Object.keys(LISTS) as ListName[]) state[list] = initialRows(list, ruleSet);
  state.brokers = Object.fromEntries(BROKERS.map((b) => [b.id, brokerInitial(b.id)]));
  return state as CalculatorState;
}

/** The fields a rule set decides: choosing another set puts its values in them. */
export function applyRuleSet(state: CalculatorState, ruleSet: XmRuleSet): CalculatorState {
  return { ...state, ruleSet: ruleSet.id, maxLeverage: initialOf('maxLeverage', ruleSet), tiers: initialRows('tiers', ruleSet) };
}

export const ruleSetOf = (state: Pick<CalculatorState, 'ruleSet'>) => ruleSetById(state.ruleSet);

/** The next free React key of a list of rows. */
export function nextKey(rows: readonly { key: number }[]): number {
  return rows.reduce((max, r) => Math.max(max, r.key), -1) + 1;
}
