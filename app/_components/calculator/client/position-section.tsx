'use client';

import { memo } from 'react';
import { ACCOUNT_TYPE_IDS, SYMBOL_IDS } from '@/lib/calculator/fields';
import { fill, priceDecimals } from '@/lib/calculator/format';
import type { PositionView } from '@/lib/calculator/model';
import { ACCOUNT_TYPES, SYMBOLS } from '@/lib/margin/brokers';
import { useCalculator } from './context';
import { NumberField, Problem, Result, Results, SelectField } from './fields';
import { MarginChart } from './margin-chart';
import { FieldGrid, SECTION_IDS, Section } from './section';

export const PositionSection = memo(function PositionSection({ view }: { view: PositionView }) {
  const { text, fmt } = useCalculator();
  const t = text.position;
  const na = text.common.notAvailable;
  const { symbol, result, price, levels, fields, messages } = view;

  const money = (value: number | undefined) => (value === undefined ? na : fmt.money(value, view.currency));
  const decimals = priceDecimals(symbol?.pipSize ?? 0.01);
  const pips = (value: number) => fill(text.common.pipsValue, { value: fmt.pips(value, 'floor') });
  const lev = (value: number) => fill(text.common.leverageValue, { value: fmt.number(value, 2) });
  const canShow = result?.canEnter === true;

  const symbolOptions = SYMBOL_IDS.map((id) => {
    const s = SYMBOLS.find((x) => x.id === id)!;
    return { value: id, label: fill(t.symbolOption, { label: t.symbolNames[id] ?? s.label, pip: fmt.number(s.pipSize, 6) }) };
  });
  const typeOptions = ACCOUNT_TYPE_IDS.map((id) => ({
    value: id,
    label: fill(t.accountTypeOption, {
      name: t.accountTypeNames[id],
      units: fmt.number(ACCOUNT_TYPES.find((a) => a.id === id)!.unitsPerLot, 0),
    }),
  }));

  const longPrice = (value: number) => (value <= 0 ? t.unreachable : fmt.price(value, decimals, 'ceil'));
  const shortPrice = (value: number) => fmt.price(value, decimals, 'floor');
  const summary =
    result && price !== undefined && result.levelAtEntry !== null
      ? fill(t.chart.desc, {
          entry: fmt.price(price, decimals),
          level: fmt.percent(result.levelAtEntry),
          longMarginCall: longPrice(result.marginCall.longMarginCallPrice),
          longStopOut: longPrice(result.stopOut.longStopOutPrice),
          shortMarginCall: shortPrice(result.marginCall.shortMarginCallPrice),
          shortStopOut: shortPrice(result.stopOut.shortStopOutPrice),
        })
      : '';
  const metal = symbol?.assetClass === 'metal' && view.unitsPerLot !== undefined;

  return (
    <Section
      id={SECTION_IDS.position}
      heading={t.heading}
      intro={
        <>
          <p>{t.intro}</p>
          <p className="rounded-lg bg-warn-50 p-3 text-sm text-warn-700">{text.page.spreadNote}</p>
        </>
      }
    >
      <FieldGrid>
        <NumberField name="positionBalance" field={t.balance} view={fields.positionBalance} />
        <NumberField name="positionCredit" field={t.credit} view={fields.positionCredit} />
        <SelectField
          id="calc-sym"
          address="symbol"
          className="grid content-start gap-1 sm:col-span-2"
          label={t.symbol.label}
          hint={metal ? `${fill(t.contractSize, { units: fmt.number(view.unitsPerLot!, 0) })} ${t.examplePrice}` : t.examplePrice}
          value={fields.symbol.value}
          options={symbolOptions}
          badValue={fields.symbol.bad}
        />
        <SelectField
          id="calc-type"
          address="accountType"
          className="grid content-start gap-1 sm:col-span-2"
          label={t.accountType.label}
          value={fields.accountType.value}
          options={typeOptions}
          badValue={fields.accountType.bad}
        />
        <NumberField name="lots" field={t.lots} view={fields.lots} />
        <NumberField
          name="leverage"
          field={t.leverage}
          view={fields.leverage}
          note={
            messages.includes('capped') && view.leverageCap !== undefined
              ? fill(t.capped, { type: t.accountTypeNames[fields.accountType.value], max: lev(view.leverageCap) })
              : undefined
          }
        />
        <NumberField name="price" field={t.price} view={fields.price} />
        {view.rateNeeded && symbol ? (
          <NumberField name="usdJpy" field={t.rate} view={fields.usdJpy} hint={fill(t.rate.hint ?? '', { quote: symbol.quote, account: view.currency })} />
        ) : null}
      </FieldGrid>

      {result && messages.includes('cannotOpen') ? (
        <p role="alert" className="rounded-lg border border-danger-700 bg-danger-50 p-3 font-semibold text-danger-700">
          {fill(t.cannotOpen, { margin: money(result.requiredMargin), funds: money(view.funds) })}
        </p>
      ) : null}
      {messages.includes('fixFields') ? <Problem>{t.fixFields}</Problem> : null}

      <Results label={text.common.results}>
        <Result
          term={t.units}
          value={result ? fill(result.assetClass === 'metal' ? t.unitsValueMetal : t.unitsValue, { units: fmt.number(result.units, 2) }) : na}
        />
        <Result term={t.margin} value={money(result?.requiredMargin)} strong />
        <Result term={t.pipValue} value={money(result?.pipValue)} />
        <Result term={t.levelAtEntry} value={result?.levelAtEntry == null ? na : fmt.percent(result.levelAtEntry)} />
        <Result term={t.stopOutEquity} value={money(result?.stopOut.stopOutEquity)} />
        <Result term={t.tolerableLoss} value={canShow ? money(result.stopOut.tolerableLoss) : na} />
        <Result term={fill(t.stopOutDistance, { level: levels ? fmt.level(levels.stopOut) : na })} value={canShow ? pips(result.stopOut.tolerancePips) : na} strong />
        <Result
          term={t.stopOutPrice}
          value={
            canShow ? (
              <span className="grid text-right">
                <span>
                  {text.common.long}: {longPrice(result.stopOut.longStopOutPrice)}
                </span>
                <span>
                  {text.common.short}: {shortPrice(result.stopOut.shortStopOutPrice)}
                </span>
              </span>
            ) : (
              na
            )
          }
          strong
        />
        <Result term={fill(t.marginCallDistance, { level: levels ? fmt.level(levels.marginCall) : na })} value={canShow ? pips(result.marginCall.tolerancePips) : na} />
        <Result
          term={t.marginCallPrice}
          value={
            canShow ? (
              <span className="grid text-right">
                <span>
                  {text.common.long}: {longPrice(result.marginCall.longMarginCallPrice)}
                </span>
                <span>
                  {text.common.short}: {shortPrice(result.marginCall.shortMarginCallPrice)}
                </span>
              </span>
            ) : (
              na
            )
          }
        />
        <Result term={t.balanceLeft} value={canShow ? money(result.afterStopOut.balanceLeft) : na} />
        <Result term={t.loss} value={canShow ? money(result.afterStopOut.loss) : na} />
      </Results>
      <p className="text-sm text-calm-600">
        {t.roundingNote}
        {messages.includes('credit') ? ` ${t.creditNote}` : ''}
      </p>

      {result && levels && price !== undefined ? (
        <MarginChart result={result} series={view.chart} entry={price} levels={levels} decimals={decimals} summary={summary} />
      ) : null}

      <details className="rounded-lg border border-calm-100 p-3 text-sm">
        <summary className="cursor-pointer font-semibold">{t.methodHeading}</summary>
        <ol className="mt-2 list-decimal space-y-1 pl-5">
          {t.method.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </details>
    </Section>
  );
});
