'use client';

import { memo } from 'react';
import { CURRENCIES } from '@/lib/calculator/fields';
import { fill } from '@/lib/calculator/format';
import type { RulesView } from '@/lib/calculator/model';
import type { AccountTypeId } from '@/lib/margin/brokers';
import { XM_RULE_SETS, type XmRuleSet } from '@/lib/margin/rule-sets';
import { formatSourceDate } from '@/lib/source-date';
import { useCalculator } from './context';
import { OfficialLink, SourceLine } from './data-source';
import { NumberField, SelectField } from './fields';
import { FieldGrid, SECTION_IDS, Section } from './section';

/** One rule set in words: its maximum, its account-type caps and its equity tiers. */
export function useRuleSetSummary(): (rs: XmRuleSet) => string {
  const { text, fmt } = useCalculator();
  const t = text.rules;
  const lev = (value: number) => fill(text.common.leverageValue, { value: fmt.number(value, 2) });
  return (rs) => {
    const caps = Object.entries(rs.accountTypeMaxLeverage).map(([type, max]) =>
      fill(t.cap, { type: text.position.accountTypeNames[type as AccountTypeId], max: lev(max) }),
    );
    const tiers = [...rs.leverageTiers]
      .sort((a, b) => a.minEquityUsd - b.minEquityUsd)
      .map((tier) => fill(t.tierItem, { equity: fmt.money(tier.minEquityUsd, 'USD', 0), leverage: lev(tier.maxLeverage) }));
    return fill(t.ruleSetSummary[rs.id], {
      max: lev(rs.maxLeverage),
      caps: caps.length ? fill(t.caps, { caps: caps.join(text.positions.listSeparator) }) : t.noCaps,
      tiers: tiers.join(text.positions.listSeparator),
    });
  };
}

export const RulesSection = memo(function RulesSection({ view }: { view: RulesView }) {
  const { text, locale } = useCalculator();
  const t = text.rules;
  const summary = useRuleSetSummary();
  const { fields } = view;
  return (
    <Section id={SECTION_IDS.rules} heading={t.heading} intro={<p>{t.intro}</p>}>
      <FieldGrid>
        <SelectField
          id="calc-rs"
          address="ruleSet"
          className="grid content-start gap-1 sm:col-span-2"
          label={t.ruleSet.label}
          hint={t.ruleSet.hint}
          value={fields.ruleSet.value}
          options={XM_RULE_SETS.map((rs) => ({ value: rs.id, label: t.ruleSetNames[rs.id] }))}
          badValue={fields.ruleSet.bad}
        />
      </FieldGrid>
      <ul className="grid gap-2" aria-label={t.ruleSet.label}>
        {XM_RULE_SETS.map((rs) => {
          const current = rs.id === view.ruleSet.id;
          return (
            <li
              key={rs.id}
              aria-current={current ? 'true' : undefined}
              className={`rounded-lg border p-3 text-sm ${current ? 'border-2 border-calm-800 bg-calm-50' : 'border-calm-100'}`}
            >
              <p className="font-semibold">
                {t.ruleSetNames[rs.id]}
                {rs.since ? ` · ${fill(t.since, { date: formatSourceDate(rs.since, locale) })}` : ''}
              </p>
              <p className="mt-1">{summary(rs)}</p>
              <p className="mt-1 text-calm-600">
                <SourceLine source={rs.source} date={rs.asOf} />
              </p>
            </li>
          );
        })}
      </ul>
      {view.ruleSet.grade !== 'articles' ? (
        <p className="rounded-lg bg-warn-50 p-3 text-sm text-warn-700">
          {text.data.reported} <OfficialLink />
        </p>
      ) : null}
      <FieldGrid>
        <SelectField
          id="calc-cur"
          address="currency"
          label={t.currency.label}
          value={fields.currency.value}
          options={CURRENCIES.map((c) => ({ value: c, label: text.common.currencies[c] }))}
          badValue={fields.currency.bad}
        />
        <NumberField name="maxLeverage" field={t.maxLeverage} view={fields.maxLeverage} />
        <NumberField name="stopOutLevel" field={t.stopOut} view={fields.stopOutLevel} />
        <NumberField name="marginCallLevel" field={t.marginCall} view={fields.marginCallLevel} />
      </FieldGrid>
      <p className="text-sm text-calm-600">{text.data.caveat}</p>
    </Section>
  );
});
