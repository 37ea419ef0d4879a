'use client';

import { memo, useRef } from 'react';
import type { LeverageScenario } from '@/lib/calculator/compute';
import { CURRENCIES } from '@/lib/calculator/fields';
import { fill } from '@/lib/calculator/format';
import type { LeverageView } from '@/lib/calculator/model';
import { useCalculator } from './context';
import { AddRow, NumberField, NumberInput, Problem, RemoveRow, Result, Results, SelectField } from './fields';
import { FieldGrid, SECTION_IDS, Section } from './section';

export const LeverageSection = memo(function LeverageSection({ view }: { view: LeverageView }) {
  const { text, fmt } = useCalculator();
  const t = text.leverage;
  const na = text.common.notAvailable;
  const addAccountRef = useRef<HTMLButtonElement>(null);
  const addTierRef = useRef<HTMLButtonElement>(null);
  const lev = (value: number) => fill(text.common.leverageValue, { value: fmt.number(value, 2) });
  const usd = (equity: number | undefined) => (equity === undefined ? na : fmt.money(equity, 'USD', 0));
  const { result, sortedTiers, accounts, tiers } = view;
  const base = view.baseMaxLeverage === undefined ? na : lev(view.baseMaxLeverage);
  const money1 = (value: number) => fmt.money(value, view.account1Currency);
  const levelText = (s: LeverageScenario) => (s.marginLevel === null ? na : fmt.percent(s.marginLevel));
  const tierList = sortedTiers
    .map((tier) => fill(text.rules.tierItem, { equity: usd(tier.minEquityUsd), leverage: lev(tier.maxLeverage) }))
    .join(text.positions.listSeparator);

  return (
    <Section
      id={SECTION_IDS.leverage}
      heading={t.heading}
      intro={
        <>
          <p>{t.intro}</p>
          <p>{sortedTiers.length ? fill(t.tiersSummary, { tiers: tierList, max: base }) : t.noTiers}</p>
        </>
      }
    >
      <fieldset className="grid min-w-0 gap-3">
        <legend className="mb-2 font-semibold">{t.accountsLegend}</legend>
        <p className="text-sm text-calm-600">
          {t.accountHint} {t.account1Note}
        </p>
        <ol className="grid gap-3">
          {accounts.map((row, index) => {
            const n = index + 1;
            return (
              <li key={row.key} className="grid grid-cols-[1fr_auto] items-start gap-x-2 gap-y-1 rounded-lg border border-calm-100 p-2 sm:grid-cols-[1fr_9rem_auto]">
                <NumberInput
                  id={`calc-eq-${row.key}`}
                  address={`accounts.${row.key}.equity`}
                  rule={row.equity.rule}
                    error={row.equity.error}
                  label={fill(t.accountEquity, { n })}
                  className="col-span-2 grid content-start gap-1 sm:col-span-1"
                />
                <SelectField
                  id={`calc-eqc-${row.key}`}
                  address={`accounts.${row.key}.currency`}
                  label={fill(t.accountCurrency, { n })}
                  value={row.currency.value}
                  options={CURRENCIES.map((c) => ({ value: c, label: c }))}
                  badValue={row.currency.bad}
                />
                <div className="self-end pb-1">
                  <RemoveRow list="accounts" rowKey={row.key} label={fill(t.removeAccount, { n })} disabled={accounts.length <= 1} addRef={addAccountRef} />
                </div>
              </li>
            );
          })}
        </ol>
        <AddRow
          list="accounts"
          rows={accounts}
          max={view.maxAccounts}
          label={t.addAccount}
          fullText={fill(t.maxAccounts, { max: view.maxAccounts })}
          firstFieldId={(key) => `calc-eq-${key}`}
          buttonRef={addAccountRef}
        />
      </fieldset>

      <FieldGrid>
        <NumberField name="accountsUsdJpy" field={t.rate} view={view.fields.accountsUsdJpy} />
        <NumberField name="openLeverage" field={t.currentLeverage} view={view.fields.openLeverage} />
        <NumberField name="openMargin" field={t.openMargin} view={view.fields.openMargin} />
      </FieldGrid>

      {result ? (
        <>
          <Results label={text.common.results}>
            <Result term={t.total} value={fill(t.totalValue, { usd: fmt.money(result.totalUsd, 'USD'), jpy: fmt.money(result.totalJpy, 'JPY') })} strong />
            <Result term={t.maxLeverageResult} value={lev(result.maxLeverage)} strong />
          </Results>
          <p className={result.limited ? 'font-semibold text-danger-700' : 'text-ok-700'}>
            {view.messages.includes('limited') ? fill(t.limited, { from: lev(result.before.leverage), to: lev(result.after.leverage) }) : t.noLimit}
          </p>
          <table className="w-full border-collapse text-sm">
            <caption className="mb-2 text-left font-semibold">{t.tableCaption}</caption>
            <thead>
              <tr className="border-b border-calm-600 align-bottom">
                <th scope="col" className="p-2 text-left">
                  {t.rowHeader}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t.marginRow}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t.levelRow}
                </th>
              </tr>
            </thead>
            <tbody className="tabular-nums">
              {[
                { key: 'before', label: `${t.before} (${lev(result.before.leverage)})`, scenario: result.before },
                { key: 'after', label: `${t.after} (${lev(result.after.leverage)})`, scenario: result.after },
                { key: 'event', label: fill(t.eventColumn, { value: lev(result.event.leverage) }), scenario: result.event },
              ].map((row) => (
                <tr key={row.key} className="border-b border-calm-100 last:border-b-0">
                  <th scope="row" className="p-2 text-left font-normal">
                    {row.label}
                  </th>
                  <td className="p-2 text-right">{money1(row.scenario.requiredMargin)}</td>
                  <td className="p-2 text-right font-semibold">{levelText(row.scenario)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="text-sm">{fill(t.warning, { stopOut: view.stopOutLevel === undefined ? na : fmt.level(view.stopOutLevel) })}</p>
        </>
      ) : (
        <Problem>{t.needsAccounts}</Problem>
      )}

      <div className="grid gap-2">
        <h3 className="font-semibold">{t.eventHeading}</h3>
        <p className="text-sm">{fill(t.event, { value: view.eventLeverage === undefined ? na : lev(view.eventLeverage) })}</p>
        <h3 className="font-semibold">{fill(t.restoreHeading, { max: base })}</h3>
        <ol className="list-decimal space-y-1 pl-5 text-sm">
          {t.restoreSteps.map((step) => (
            <li key={step}>
              {fill(step, {
                tier1: usd(sortedTiers[0]?.minEquityUsd),
                max: view.baseMaxLeverage === undefined ? na : fmt.number(view.baseMaxLeverage, 2),
              })}
            </li>
          ))}
        </ol>
      </div>

      <details className="rounded-lg border border-calm-100 p-3">
        <summary className="cursor-pointer font-semibold">{t.tiersLegend}</summary>
        <div className="mt-3 grid gap-3">
          <p className="text-sm text-calm-600">{fill(t.tiersFrom, { ruleSet: text.rules.ruleSetNames[view.ruleSet.id] })}</p>
          {tiers.length === 0 ? <p className="text-sm">{t.noTiers}</p> : null}
          <ol className="grid gap-3">
            {tiers.map((row, index) => {
              const n = index + 1;
              return (
                <li key={row.key} className="grid grid-cols-[1fr_1fr_auto] items-start gap-2 rounded-lg border border-calm-100 p-2">
                  <NumberInput
                    id={`calc-te-${row.key}`}
                    address={`tiers.${row.key}.equity`}
                    rule={row.equity.rule}
                    error={row.equity.error}
                    label={fill(t.tierEquity, { n })}
                  />
                  <NumberInput
                    id={`calc-tl-${row.key}`}
                    address={`tiers.${row.key}.leverage`}
                    rule={row.leverage.rule}
                    error={row.leverage.error}
                    label={fill(t.tierLeverage, { n })}
                  />
                  <div className="self-end pb-1">
                    <RemoveRow list="tiers" rowKey={row.key} label={fill(t.removeTier, { n })} addRef={addTierRef} />
                  </div>
                </li>
              );
            })}
          </ol>
          <AddRow
            list="tiers"
            rows={tiers}
            max={view.maxTiers}
            label={t.addTier}
            fullText={fill(t.maxTiers, { max: view.maxTiers })}
            firstFieldId={(key) => `calc-te-${key}`}
            buttonRef={addTierRef}
          />
          <FieldGrid>
            <NumberField name="eventLeverage" field={t.eventLeverage} view={view.fields.eventLeverage} />
          </FieldGrid>
        </div>
      </details>
    </Section>
  );
});
