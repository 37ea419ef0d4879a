'use client';

import { memo } from 'react';
import { fill, priceDecimals } from '@/lib/calculator/format';
import type { BrokersView } from '@/lib/calculator/model';
import { useCalculator } from './context';
import { SourceLine } from './data-source';
import { ActionButton, NumberInput, Problem, cellInputClass as cellInput } from './fields';
import { SECTION_IDS, Section } from './section';

export const BrokersSection = memo(function BrokersSection({ view }: { view: BrokersView }) {
  const { text, fmt, actions } = useCalculator();
  const t = text.brokers;
  const na = text.common.notAvailable;
  const decimals = priceDecimals(view.symbol?.pipSize ?? 0.01);

  return (
    <Section id={SECTION_IDS.brokers} heading={t.heading} intro={<p>{t.intro}</p>}>
      {view.messages.includes('needsPosition') ? <Problem>{t.needsPosition}</Problem> : null}
      <div className="grid gap-1">
        <h3 id="calc-brokers-table" className="font-semibold">
          {t.caption}
        </h3>
        <p className="text-xs text-calm-600">{t.scrollHint}</p>
        <div className="overflow-x-auto rounded-lg border border-calm-100">
          <table aria-labelledby="calc-brokers-table" className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-calm-600 align-bottom">
                <th scope="col" className="sticky left-0 bg-white p-2 text-left">
                  {t.brokerColumn}
                </th>
                <th scope="col" className="p-2 text-left">
                  {t.leverageColumn}
                </th>
                <th scope="col" className="p-2 text-left">
                  {t.stopOutColumn}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t.marginColumn}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t.distanceColumn}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t.longColumn}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t.shortColumn}
                </th>
                <th scope="col" className="min-w-40 p-2 text-left">
                  {t.sourceColumn}
                </th>
              </tr>
            </thead>
            <tbody className="tabular-nums">
              {view.rows.map(({ broker, leverage, stopOutLevel, result }) => (
                <tr key={broker.id} className="border-b border-calm-100 align-top last:border-b-0">
                  <th scope="row" className="sticky left-0 bg-white p-2 text-left font-semibold">
                    {broker.name}
                  </th>
                  <td className="p-2">
                    <NumberInput
                      id={`calc-lv-${broker.id}`}
                      address={`brokers.${broker.id}.leverage`}
                      rule={leverage.rule}
                    error={leverage.error}
                      label={fill(t.leverageLabel, { broker: broker.name })}
                      hideLabel
                      inputClassName={cellInput}
                    />
                  </td>
                  <td className="p-2">
                    <NumberInput
                      id={`calc-so-${broker.id}`}
                      address={`brokers.${broker.id}.stopOutLevel`}
                      rule={stopOutLevel.rule}
                    error={stopOutLevel.error}
                      label={fill(t.stopOutLabel, { broker: broker.name })}
                      hideLabel
                      inputClassName={cellInput}
                    />
                  </td>
                  <td className="p-2 text-right">{result ? fmt.money(result.requiredMargin, view.currency) : na}</td>
                  {result && !result.canEnter ? (
                    <td colSpan={3} className="p-2 text-right font-semibold text-danger-700">
                      {t.cannotOpen}
                    </td>
                  ) : (
                    <>
                      <td className="p-2 text-right font-semibold">{result ? fill(text.common.pipsValue, { value: fmt.pips(result.tolerancePips, 'floor') }) : na}</td>
                      <td className="p-2 text-right">
                        {result ? (result.longStopOutPrice <= 0 ? text.position.unreachable : fmt.price(result.longStopOutPrice, decimals, 'ceil')) : na}
                      </td>
                      <td className="p-2 text-right">{result ? fmt.price(result.shortStopOutPrice, decimals, 'floor') : na}</td>
                    </>
                  )}
                  <td className="p-2 text-left text-xs text-calm-600">
                    <SourceLine source={broker.source} date={broker.asOf} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <div>
        <ActionButton onClick={actions.resetBrokers}>{t.reset}</ActionButton>
      </div>
      <p className="text-sm text-calm-600">{text.data.caveat}</p>
    </Section>
  );
});
