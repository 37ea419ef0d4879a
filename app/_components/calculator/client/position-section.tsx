'use client';

import { valueOf } from '@/lib/calculator/fields';
import { fill, priceDecimals } from '@/lib/calculator/format';
import { ACCOUNT_TYPE_IDS, EXAMPLE_PRICES, FIELD_RULES, SYMBOL_IDS } from '@/lib/calculator/state';
import { ACCOUNT_TYPES, SYMBOLS, type AccountTypeId } from '@/lib/margin/brokers';
import { useCalculator } from './context';
import { NumberField, Result, Results, SelectField } from './fields';
import { useZoneLevels } from './health-section';
import { MarginChart } from './margin-chart';
import { FieldGrid, SECTION_IDS, Section } from './section';
import { usePosition } from './use-position';

export function PositionSection() {
  const { text, fmt, state, read, update, badChoices, clearBadChoice } = useCalculator();
  const t = text.position;
  const na = text.common.notAvailable;
  const levels = useZoneLevels();
  const { symbol, rateNeeded, funds, price, result } = usePosition();

  const money = (value: number | undefined) => (value === undefined ? na : fmt.money(value, state.cur));
  const decimals = priceDecimals(symbol?.pipSize ?? 0.01);
  const pips = (value: number) => fill(text.common.pipsValue, { value: fmt.pips(value, 'floor') });
  const leverage = valueOf(read.lev);
  const maxLeverage = valueOf(read.ml);
  const overMax = leverage !== undefined && maxLeverage !== undefined && leverage > maxLeverage;
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
        <NumberField name="pb" field={t.balance} rule={FIELD_RULES.pb} />
        <NumberField name="pc" field={t.credit} rule={FIELD_RULES.pc} />
        <SelectField
          id="calc-sym"
          className="grid content-start gap-1 sm:col-span-2"
          label={t.symbol.label}
          hint={t.examplePrice}
          value={state.sym}
          options={symbolOptions}
          onChange={(sym) => {
            clearBadChoice('sym');
            update((s) => ({ ...s, sym, px: EXAMPLE_PRICES[sym] ?? s.px }));
          }}
          badValue={badChoices.sym}
        />
        <SelectField<AccountTypeId>
          id="calc-type"
          className="grid content-start gap-1 sm:col-span-2"
          label={t.accountType.label}
          value={state.type}
          options={typeOptions}
          onChange={(type) => {
            clearBadChoice('type');
            update((s) => ({ ...s, type }));
          }}
          badValue={badChoices.type}
        />
        <NumberField name="lots" field={t.lots} rule={FIELD_RULES.lots} />
        <NumberField
          name="lev"
          field={t.leverage}
          rule={FIELD_RULES.lev}
          note={overMax ? fill(t.overMaxLeverage, { max: fill(text.common.leverageValue, { value: fmt.number(maxLeverage!, 2) }) }) : undefined}
        />
        <NumberField name="px" field={t.price} rule={FIELD_RULES.px} />
        {rateNeeded && symbol ? (
          <NumberField
            name="fx"
            field={t.rate}
            rule={FIELD_RULES.fx}
            hint={fill(t.rate.hint ?? '', { quote: symbol.quote, account: state.cur })}
          />
        ) : null}
      </FieldGrid>

      {result && !result.canEnter ? (
        <p role="alert" className="rounded-lg border border-danger-700 bg-danger-50 p-3 font-semibold text-danger-700">
          {fill(t.cannotOpen, { margin: money(result.requiredMargin), funds: money(funds) })}
        </p>
      ) : null}

      <Results label={text.common.results}>
        <Result
          term={t.units}
          value={
            result
              ? fill(result.assetClass === 'metal' ? t.unitsValueMetal : t.unitsValue, { units: fmt.number(result.units, 2) })
              : na
          }
        />
        <Result term={t.margin} value={money(result?.requiredMargin)} strong />
        <Result term={t.pipValue} value={money(result?.pipValue)} />
        <Result term={t.levelAtEntry} value={result?.levelAtEntry == null ? na : fmt.percent(result.levelAtEntry)} />
        <Result term={t.stopOutEquity} value={money(result?.stopOut.stopOutEquity)} />
        <Result term={t.tolerableLoss} value={canShow ? money(result.stopOut.tolerableLoss) : na} />
        <Result
          term={fill(t.stopOutDistance, { level: levels ? fmt.level(levels.stopOut) : na })}
          value={canShow ? pips(result.stopOut.tolerancePips) : na}
          strong
        />
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
        <Result
          term={fill(t.marginCallDistance, { level: levels ? fmt.level(levels.marginCall) : na })}
          value={canShow ? pips(result.marginCall.tolerancePips) : na}
        />
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
        {(valueOf(read.pc) ?? 0) > 0 ? ` ${t.creditNote}` : ''}
      </p>

      {result && levels && price !== undefined ? (
        <MarginChart result={result} entry={price} levels={levels} decimals={decimals} summary={summary} />
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
}
