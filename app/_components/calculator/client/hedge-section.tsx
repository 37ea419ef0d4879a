'use client';

import { hedgeResult } from '@/lib/calculator/compute';
import { valueOf } from '@/lib/calculator/fields';
import { fill } from '@/lib/calculator/format';
import { ASSET_CLASSES, FIELD_RULES } from '@/lib/calculator/state';
import { XM_RULES, type AssetClass } from '@/lib/margin/brokers';
import { useCalculator } from './context';
import { NumberField, Result, Results, SelectField } from './fields';
import { FieldGrid, SECTION_IDS, Section } from './section';

export function HedgeSection() {
  const { text, fmt, state, read, update, badChoices, clearBadChoice } = useCalculator();
  const t = text.hedge;
  const na = text.common.notAvailable;
  const buyLots = valueOf(read.hbuy);
  const sellLots = valueOf(read.hsell);
  const unitsPerLot = valueOf(read.hu);
  const price = valueOf(read.hpx);
  const leverage = valueOf(read.hlev);
  const result =
    buyLots !== undefined && sellLots !== undefined && unitsPerLot !== undefined && price !== undefined && leverage !== undefined
      ? hedgeResult({ assetClass: state.hcls, buyLots, sellLots, unitsPerLot, price, leverage })
      : undefined;
  const money = (value: number | undefined) => (value === undefined ? na : fmt.money(value, state.cur));

  return (
    <Section id={SECTION_IDS.hedge} heading={t.heading} intro={<p>{t.intro}</p>}>
      <FieldGrid>
        <SelectField<AssetClass>
          id="calc-hcls"
          label={t.assetClass.label}
          value={state.hcls}
          options={ASSET_CLASSES.map((c) => ({ value: c, label: t.assetClasses[c] }))}
          onChange={(hcls) => {
            clearBadChoice('hcls');
            update((s) => ({ ...s, hcls }));
          }}
          badValue={badChoices.hcls}
        />
        <NumberField name="hbuy" field={t.buyLots} rule={FIELD_RULES.hbuy} />
        <NumberField name="hsell" field={t.sellLots} rule={FIELD_RULES.hsell} />
        <NumberField name="hu" field={t.unitsPerLot} rule={FIELD_RULES.hu} />
        <NumberField name="hpx" field={t.price} rule={FIELD_RULES.hpx} />
        <NumberField name="hlev" field={t.leverage} rule={FIELD_RULES.hlev} />
      </FieldGrid>

      <p className="rounded-lg bg-calm-50 p-3 text-sm">
        {state.hcls === 'cfd' ? fill(t.ruleCfd, { ratio: fmt.level(XM_RULES.cfdHedgeMarginRatio * 100) }) : t.ruleFx}
      </p>

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
}
