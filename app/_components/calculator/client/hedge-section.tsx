'use client';

import { memo } from 'react';
import { ASSET_CLASSES } from '@/lib/calculator/fields';
import { fill } from '@/lib/calculator/format';
import type { HedgeView } from '@/lib/calculator/model';
import { useCalculator } from './context';
import { NumberField, Problem, Result, Results, SelectField } from './fields';
import { FieldGrid, SECTION_IDS, Section } from './section';

export const HedgeSection = memo(function HedgeSection({ view }: { view: HedgeView }) {
  const { text, fmt } = useCalculator();
  const t = text.hedge;
  const na = text.common.notAvailable;
  const { result, fields, messages } = view;
  const money = (value: number | undefined) => (value === undefined ? na : fmt.money(value, view.currency));

  return (
    <Section id={SECTION_IDS.hedge} heading={t.heading} intro={<p>{t.intro}</p>}>
      <FieldGrid>
        <SelectField
          id="calc-hcls"
          address="hedgeClass"
          label={t.assetClass.label}
          value={fields.hedgeClass.value}
          options={ASSET_CLASSES.map((c) => ({ value: c, label: t.assetClasses[c] }))}
          badValue={fields.hedgeClass.bad}
        />
        <NumberField name="hedgeBuyLots" field={t.buyLots} view={fields.hedgeBuyLots} />
        <NumberField name="hedgeSellLots" field={t.sellLots} view={fields.hedgeSellLots} />
        <NumberField name="hedgeUnitsPerLot" field={t.unitsPerLot} view={fields.hedgeUnitsPerLot} />
        <NumberField name="hedgePrice" field={t.price} view={fields.hedgePrice} />
        <NumberField name="hedgeLeverage" field={t.leverage} view={fields.hedgeLeverage} />
      </FieldGrid>

      <p className="rounded-lg bg-calm-50 p-3 text-sm">
        {messages.includes('ruleCfd') ? fill(t.ruleCfd, { ratio: fmt.level(view.cfdRatio * 100) }) : t.ruleFx}
      </p>
      {messages.includes('fixFields') ? <Problem>{text.position.fixFields}</Problem> : null}

      <Results label={text.common.results}>
        <Result term={t.hedged} value={money(result?.hedged)} strong />
        <Result term={t.unhedged} value={money(result?.unhedged)} />
        <Result term={t.buyOnly} value={money(result?.buyOnly)} />
        <Result term={t.sellOnly} value={money(result?.sellOnly)} />
      </Results>

      <div className="grid gap-2 rounded-lg border border-warn-600 bg-warn-50 p-3 text-sm text-calm-800">
        <h3 className="font-semibold text-warn-700">{t.cautionHeading}</h3>
        <ul className="list-disc space-y-1 pl-5">
          {t.cautions.map((caution) => (
            <li key={caution}>{caution}</li>
          ))}
        </ul>
      </div>
    </Section>
  );
});
