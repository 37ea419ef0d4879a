'use client';

import { fill } from '@/lib/calculator/format';
import { CURRENCIES, FIELD_RULES } from '@/lib/calculator/state';
import { MARGIN_DATA_AS_OF, MARGIN_DATA_SOURCE } from '@/lib/margin/brokers';
import { useCalculator } from './context';
import { NumberField, SelectField } from './fields';
import { FieldGrid, SECTION_IDS, Section } from './section';

/** The data's date and source, as recorded with the numbers (lib/margin/brokers.ts). */
export function DataSource() {
  const { text, fmt } = useCalculator();
  return (
    <p className="text-sm text-calm-600">
      {fill(text.data.asOf, { date: fmt.date(MARGIN_DATA_AS_OF) })}
      {' · '}
      {text.data.source.split('{source}')[0]}
      <span lang="en">{MARGIN_DATA_SOURCE}</span>
      {text.data.source.split('{source}')[1]}
      <br />
      {text.data.caveat}
    </p>
  );
}

export function RulesSection() {
  const { text, state, update, badChoices, clearBadChoice } = useCalculator();
  const t = text.rules;
  return (
    <Section id={SECTION_IDS.rules} heading={t.heading} intro={<p>{t.intro}</p>}>
      <FieldGrid>
        <SelectField
          id="calc-cur"
          label={t.currency.label}
          value={state.cur}
          options={CURRENCIES.map((c) => ({ value: c, label: text.common.currencies[c] }))}
          onChange={(cur) => {
            clearBadChoice('cur');
            update((s) => ({ ...s, cur }));
          }}
          badValue={badChoices.cur}
        />
        <NumberField name="ml" field={t.maxLeverage} rule={FIELD_RULES.ml} />
        <NumberField name="so" field={t.stopOut} rule={FIELD_RULES.so} />
        <NumberField name="mc" field={t.marginCall} rule={FIELD_RULES.mc} />
      </FieldGrid>
      <DataSource />
    </Section>
  );
}
