/**
 * The calculator's inputs ⇄ the link's query string, derived from the field tables (fields.ts;
 * see docs/decisions/003-calculator.md and 007-calculator-model.md).
 *
 * - Only values that differ from the defaults are written, so a link stays short. Defaults that
 *   a rule set decides (maximum leverage, tiers) are those of the link's rule set.
 * - A valid number is written in canonical form (ASCII digits, no separators); anything else is
 *   written as typed, so opening the link shows the same inline message.
 * - Reading never throws: unknown keys are ignored, over-long values are cut, a choice that is
 *   not one of the options falls back to the default and is reported in `badChoices`.
 * - Links of the first version keep working: its two tiers (`t1e`, `t1l`, `t2e`, `t2l`) are read
 *   into the tier list.
 */
import { BROKERS } from '@/lib/margin/brokers';
import { ruleSetById } from '@/lib/margin/rule-sets';
import {
  CHOICE_NAMES,
  FIELDS,
  LEGACY_TIER_KEYS,
  LISTS,
  MAX_VALUE_LENGTH,
  NUMBER_NAMES,
  brokerQueryKey,
  canonicalNumberText,
  type ColumnSpec,
  type ListName,
} from './fields';
import { BROKER_COLUMN_NAMES, defaultState, type CalculatorState } from './state';

/** A choice read from a link that is not one of the options: where (field name or `list.column.index`), and what the link said. */
export type BadChoices = Record<string, string>;

/** Where a bad choice in a list row is reported in BadChoices. */
export const listFieldId = (list: ListName, column: string, index: number) => `${list}.${column}.${index}`;

const clip = (raw: string) => raw.slice(0, MAX_VALUE_LENGTH);
const LIST_NAMES = Object.keys(LISTS) as ListName[];

function choiceFrom<T extends string>(options: readonly T[], raw: string): T | undefined {
  const wanted = raw.trim().toLowerCase();
  return options.find((option) => option.toLowerCase() === wanted);
}

/** A value as the link writes it: numbers canonical, choices in lower case, text as is. */
function linkText(spec: ColumnSpec, raw: string): string {
  if (spec.kind === 'number') return canonicalNumberText(raw);
  if (spec.kind === 'choice') return raw.toLowerCase();
  return raw;
}

type Row = Record<string, string>;
const columnsOf = (list: ListName) => Object.entries(LISTS[list].columns) as [string, ColumnSpec][];
const sameRows = (list: ListName, a: readonly Row[], b: readonly Row[]) =>
  a.length === b.length && a.every((row, i) => columnsOf(list).every(([c, spec]) => linkText(spec, row[c]!) === linkText(spec, b[i]![c]!)));

/** The query string (without "?") for `state`; empty when everything is at its default. */
export function encodeQuery(state: CalculatorState): string {
  const defaults = defaultState(ruleSetById(state.ruleSet));
  const params = new URLSearchParams();
  for (const name of CHOICE_NAMES) {
    if (state[name] !== FIELDS[name].initial) params.set(FIELDS[name].query, linkText(FIELDS[name], state[name]));
  }
  for (const name of NUMBER_NAMES) {
    const value = linkText(FIELDS[name], state[name]);
    if (value !== defaults[name]) params.set(FIELDS[name].query, value);
  }
  for (const list of LIST_NAMES) {
    const rows = state[list] as unknown as Row[];
    if (sameRows(list, rows, defaults[list] as unknown as Row[])) continue;
    const columns = columnsOf(list);
    for (const row of rows) for (const [c, spec] of columns) params.append(spec.query, linkText(spec, row[c]!));
    // An empty list is written as its first key with one empty value, so it is not read back as the default.
    if (rows.length === 0) params.set(columns[0]![1].query, '');
  }
  for (const broker of BROKERS) {
    const value = state.brokers[broker.id];
    if (!value) continue;
    for (const column of BROKER_COLUMN_NAMES) {
      const text = canonicalNumberText(value[column]);
      if (text !== defaults.brokers[broker.id]![column]) params.set(brokerQueryKey(column, broker.id), text);
    }
  }
  return params.toString();
}

function readList(list: ListName, params: URLSearchParams, bad: BadChoices): Row[] | undefined {
  const columns = columnsOf(list);
  const values = columns.map(([, spec]) => params.getAll(spec.query));
  const count = Math.max(...values.map((v) => v.length));
  if (count === 0) return undefined;
  // The encoder's marker for "no rows": one empty value of the first column and nothing else.
  if (values[0]!.length === 1 && values[0]![0] === '' && values.slice(1).every((v) => v.length === 0)) return [];
  const rows: Row[] = [];
  for (let i = 0; i < Math.min(count, LISTS[list].max); i++) {
    const row: Row = {};
    columns.forEach(([c, spec], j) => {
      const raw = values[j]![i];
      if (spec.kind !== 'choice') row[c] = clip(raw ?? '');
      else {
        const found = raw === undefined ? undefined : choiceFrom(spec.options, raw);
        if (raw !== undefined && !found) bad[listFieldId(list, c, i)] = clip(raw);
        row[c] = found ?? spec.initial;
      }
    });
    rows.push(row);
  }
  return rows;
}

function readLegacyTiers(params: URLSearchParams): Row[] | undefined {
  if (!LEGACY_TIER_KEYS.some((k) => params.has(k.equity) || params.has(k.leverage))) return undefined;
  // Version 1 always had two tiers; an omitted key meant the articles' value, which version 1 used as its default.
  const articles = [
    { equity: '20000', leverage: '200' },
    { equity: '100000', leverage: '100' },
  ];
  return LEGACY_TIER_KEYS.map((k, i) => ({
    equity: clip(params.get(k.equity) ?? articles[i]!.equity),
    leverage: clip(params.get(k.leverage) ?? articles[i]!.leverage),
  }));
}

/** The inputs a link carries, over the defaults. Never throws. */
export function decodeQuery(search: string): { state: CalculatorState; badChoices: BadChoices } {
  const badChoices: BadChoices = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return { state: defaultState(), badChoices };
  }
  const rawRuleSet = params.get(FIELDS.ruleSet.query);
  const ruleSet = rawRuleSet === null ? undefined : choiceFrom(FIELDS.ruleSet.options, rawRuleSet);
  if (rawRuleSet !== null && !ruleSet) badChoices.ruleSet = clip(rawRuleSet);
  const state = defaultState(ruleSet ? ruleSetById(ruleSet) : undefined) as unknown as Record<string, unknown>;

  for (const name of CHOICE_NAMES) {
    if (name === 'ruleSet') continue;
    const spec = FIELDS[name];
    const raw = params.get(spec.query);
    if (raw === null) continue;
    const found = choiceFrom<string>(spec.options, raw);
    if (found) state[name] = found;
    else badChoices[name] = clip(raw);
  }
  for (const name of NUMBER_NAMES) {
    const raw = params.get(FIELDS[name].query);
    if (raw !== null) state[name] = clip(raw);
  }
  for (const list of LIST_NAMES) {
    const rows = readList(list, params, badChoices) ?? (list === 'tiers' ? readLegacyTiers(params) : undefined);
    if (rows) state[list] = rows.map((row, key) => ({ key, ...row }));
  }
  const brokers = state.brokers as CalculatorState['brokers'];
  for (const broker of BROKERS) {
    for (const column of BROKER_COLUMN_NAMES) {
      const raw = params.get(brokerQueryKey(column, broker.id));
      if (raw !== null) brokers[broker.id]![column] = clip(raw);
    }
  }
  return { state: state as unknown as CalculatorState, badChoices };
}
