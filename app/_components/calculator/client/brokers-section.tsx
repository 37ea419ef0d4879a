'use client';

import { brokerStopOut } from '@/lib/calculator/compute';
import { readNumber, valueOf } from '@/lib/calculator/fields';
import { fill, priceDecimals } from '@/lib/calculator/format';
import { LIST_RULES, defaultState } from '@/lib/calculator/state';
import { BROKERS } from '@/lib/margin/brokers';
import { useCalculator } from './context';
import { ActionButton, NumberInput, cellInputClass as cellInput } from './fields';
import { DataSource } from './rules-section';
import { SECTION_IDS, Section } from './section';
import { usePosition } from './use-position';


export function BrokersSection() {
  const { text, fmt, state, update, locale } = useCalculator();
  const t = text.brokers;
  const na = text.common.notAvailable;
  const { symbol, funds, price, quoteToAccount, result: position } = usePosition();
  const decimals = priceDecimals(symbol?.pipSize ?? 0.01);
  const ready = position !== undefined && symbol !== undefined && funds !== undefined && price !== undefined && quoteToAccount !== undefined;

  const rows = BROKERS.map((broker) => {
    const override = state.brokers[broker.id] ?? { lev: String(broker.maxLeverage), so: String(broker.stopOutLevel) };
    const lev = readNumber(override.lev, LIST_RULES.brokerLeverage, locale);
    const so = readNumber(override.so, LIST_RULES.brokerStopOut, locale);
    const leverage = valueOf(lev);
    const stopOutLevel = valueOf(so);
    const result =
      ready && leverage !== undefined && stopOutLevel !== undefined
        ? brokerStopOut({
            funds,
            price,
            units: position.units,
            pipSize: symbol.pipSize,
            quoteToAccount,
            leverage,
            stopOutLevel,
          })
        : undefined;
    return { broker, override, lev, so, result };
  });

  const setOverride = (id: string, change: Partial<{ lev: string; so: string }>) =>
    update((s) => ({ ...s, brokers: { ...s.brokers, [id]: { ...s.brokers[id]!, ...change } } }));

  return (
    <Section id={SECTION_IDS.brokers} heading={t.heading} intro={<p>{t.intro}</p>}>
      {ready ? null : <p className="text-sm font-medium text-danger-700">{t.needsPosition}</p>}
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
              </tr>
            </thead>
            <tbody className="tabular-nums">
              {rows.map(({ broker, override, lev, so, result }) => (
                <tr key={broker.id} className="border-b border-calm-100 align-top last:border-b-0">
                  <th scope="row" className="sticky left-0 bg-white p-2 text-left font-semibold">
                    {broker.name}
                  </th>
                  <td className="p-2">
                    <NumberInput
                      id={`calc-lv-${broker.id}`}
                      value={override.lev}
                      onChange={(value) => setOverride(broker.id, { lev: value })}
                      result={lev}
                      rule={LIST_RULES.brokerLeverage}
                      label={fill(t.leverageLabel, { broker: broker.name })}
                      hideLabel
                      inputClassName={cellInput}
                    />
                  </td>
                  <td className="p-2">
                    <NumberInput
                      id={`calc-so-${broker.id}`}
                      value={override.so}
                      onChange={(value) => setOverride(broker.id, { so: value })}
                      result={so}
                      rule={LIST_RULES.brokerStopOut}
                      label={fill(t.stopOutLabel, { broker: broker.name })}
                      hideLabel
                      inputClassName={cellInput}
                    />
                  </td>
                  <td className="p-2 text-right">{result ? fmt.money(result.requiredMargin, state.cur) : na}</td>
                  {result && !result.canEnter ? (
                    <td colSpan={3} className="p-2 text-right font-semibold text-danger-700">
                      {t.cannotOpen}
                    </td>
                  ) : (
                    <>
                      <td className="p-2 text-right font-semibold">
                        {result ? fill(text.common.pipsValue, { value: fmt.pips(result.tolerancePips, 'floor') }) : na}
                      </td>
                      <td className="p-2 text-right">
                        {result
                          ? result.longStopOutPrice <= 0
                            ? text.position.unreachable
                            : fmt.price(result.longStopOutPrice, decimals, 'ceil')
                          : na}
                      </td>
                      <td className="p-2 text-right">{result ? fmt.price(result.shortStopOutPrice, decimals, 'floor') : na}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <div>
        <ActionButton onClick={() => update((s) => ({ ...s, brokers: defaultState().brokers }))}>{t.reset}</ActionButton>
      </div>
      <DataSource />
    </Section>
  );
}
