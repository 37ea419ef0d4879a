'use client';

import { useRef, type Ref } from 'react';
import { leverageLimit, tiersFrom, type LeverageScenario } from '@/lib/calculator/compute';
import { readNumber, valueOf } from '@/lib/calculator/fields';
import { fill } from '@/lib/calculator/format';
import { accountCurrencyField } from '@/lib/calculator/query';
import { CURRENCIES, FIELD_RULES, LIST_RULES, MAX_ACCOUNTS, nextKey, type Currency } from '@/lib/calculator/state';
import { useCalculator } from './context';
import { ActionButton, NumberField, NumberInput, Result, Results, SelectField } from './fields';
import { FieldGrid, SECTION_IDS, Section } from './section';

export function LeverageSection() {
  const { text, fmt, state, read, update, locale, badChoices, clearBadChoice } = useCalculator();
  const t = text.leverage;
  const na = text.common.notAvailable;
  const addRef = useRef<HTMLButtonElement>(null);
  const lev = (value: number) => fill(text.common.leverageValue, { value: fmt.number(value, 2) });

  const accounts = state.accounts.map((row) => ({ row, read: readNumber(row.equity, LIST_RULES.accountEquity, locale) }));
  const account1 = accounts[0];
  const account1Currency: Currency = account1?.row.currency ?? state.cur;

  const tiers = tiersFrom([
    { minEquityUsd: valueOf(read.t1e), maxLeverage: valueOf(read.t1l) },
    { minEquityUsd: valueOf(read.t2e), maxLeverage: valueOf(read.t2l) },
  ]);
  const tiersOk = tiers.length === 2;
  const values = {
    usdJpy: valueOf(read.eqfx),
    base: valueOf(read.ml),
    current: valueOf(read.olev),
    margin: valueOf(read.om),
    event: valueOf(read.ev),
  };
  const allAccountsOk = accounts.length > 0 && accounts.every((a) => a.read.ok);
  const result =
    allAccountsOk &&
    tiersOk &&
    values.usdJpy !== undefined &&
    values.base !== undefined &&
    values.current !== undefined &&
    values.margin !== undefined &&
    values.event !== undefined
      ? leverageLimit({
          accounts: accounts.map((a) => ({ equity: valueOf(a.read)!, currency: a.row.currency })),
          usdJpy: values.usdJpy,
          tiers,
          baseMaxLeverage: values.base,
          currentLeverage: values.current,
          openMargin: values.margin,
          accountEquity: valueOf(accounts[0]!.read)!,
          eventLeverage: values.event,
        })
      : undefined;

  const stopOut = valueOf(read.so);
  const tierText = (equity: number | undefined) => (equity === undefined ? na : fmt.money(equity, 'USD', 0));
  const sortedTiers = [...tiers].sort((a, b) => a.minEquityUsd - b.minEquityUsd);
  const lowestTier = sortedTiers[0];
  const money1 = (value: number) => fmt.money(value, account1Currency);
  const levelText = (s: LeverageScenario) => (s.marginLevel === null ? na : fmt.percent(s.marginLevel));

  const setAccount = (key: number, change: Partial<{ equity: string; currency: Currency }>) =>
    update((s) => ({ ...s, accounts: s.accounts.map((a) => (a.key === key ? { ...a, ...change } : a)) }));

  return (
    <Section
      id={SECTION_IDS.leverage}
      heading={t.heading}
      intro={
        <>
          <p>{t.intro}</p>
          <p>
            {fill(t.tiersSummary, {
              tier1: tierText(sortedTiers[0]?.minEquityUsd),
              lev1: sortedTiers[0] ? lev(sortedTiers[0].maxLeverage) : na,
              tier2: tierText(sortedTiers[1]?.minEquityUsd),
              lev2: sortedTiers[1] ? lev(sortedTiers[1].maxLeverage) : na,
              max: values.base === undefined ? na : lev(values.base),
            })}
          </p>
        </>
      }
    >
      <fieldset className="grid gap-3">
        <legend className="mb-2 font-semibold">{t.accountsLegend}</legend>
        <p className="text-sm text-calm-600">
          {t.accountHint} {t.account1Note}
        </p>
        <ol className="grid gap-3">
          {accounts.map(({ row, read: result }, index) => {
            const n = index + 1;
            const currencyField = accountCurrencyField(index);
            return (
              <li key={row.key} className="grid grid-cols-[1fr_auto] items-start gap-x-2 gap-y-1 rounded-lg border border-calm-100 p-2 sm:grid-cols-[1fr_9rem_auto]">
                <NumberInput
                  id={`calc-eq-${row.key}`}
                  value={row.equity}
                  onChange={(equity) => setAccount(row.key, { equity })}
                  result={result}
                  rule={LIST_RULES.accountEquity}
                  label={fill(t.accountEquity, { n })}
                  className="col-span-2 grid content-start gap-1 sm:col-span-1"
                />
                <SelectField<Currency>
                  id={`calc-eqc-${row.key}`}
                  label={fill(t.accountCurrency, { n })}
                  value={row.currency}
                  options={CURRENCIES.map((c) => ({ value: c, label: c }))}
                  onChange={(currency) => {
                    clearBadChoice(currencyField);
                    setAccount(row.key, { currency });
                  }}
                  badValue={badChoices[currencyField]}
                />
                <div className="self-end pb-1">
                  <ActionButton
                    variant="icon"
                    label={fill(t.removeAccount, { n })}
                    disabled={accounts.length <= 1}
                    onClick={() => {
                      update((s) => ({ ...s, accounts: s.accounts.filter((a) => a.key !== row.key) }));
                      addRef.current?.focus();
                    }}
                  >
                    <span aria-hidden="true">✕</span>
                  </ActionButton>
                </div>
              </li>
            );
          })}
        </ol>
        <div className="flex flex-wrap items-center gap-3">
          <AddButton
            buttonRef={addRef}
            label={t.addAccount}
            disabled={accounts.length >= MAX_ACCOUNTS}
            onClick={() =>
              update((s) =>
                s.accounts.length >= MAX_ACCOUNTS
                  ? s
                  : { ...s, accounts: [...s.accounts, { key: nextKey(s.accounts), equity: '', currency: s.cur }] },
              )
            }
            focusId={(s) => `calc-eq-${nextKey(s)}`}
            rows={state.accounts}
          />
          {accounts.length >= MAX_ACCOUNTS ? (
            <p className="text-sm text-calm-600">{fill(t.maxAccounts, { max: MAX_ACCOUNTS })}</p>
          ) : null}
        </div>
      </fieldset>

      <FieldGrid>
        <NumberField name="eqfx" field={t.rate} rule={FIELD_RULES.eqfx} />
        <NumberField name="olev" field={t.currentLeverage} rule={FIELD_RULES.olev} />
        <NumberField name="om" field={t.openMargin} rule={FIELD_RULES.om} />
      </FieldGrid>

      {result ? (
        <>
          <Results label={text.common.results}>
            <Result
              term={t.total}
              value={fill(t.totalValue, { usd: fmt.money(result.totalUsd, 'USD'), jpy: fmt.money(result.totalJpy, 'JPY') })}
              strong
            />
            <Result term={t.maxLeverageResult} value={lev(result.maxLeverage)} strong />
          </Results>
          <p className={result.limited ? 'font-semibold text-danger-700' : 'text-ok-700'}>
            {result.limited ? fill(t.limited, { from: lev(result.before.leverage), to: lev(result.after.leverage) }) : t.noLimit}
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
          <p className="text-sm">{fill(t.warning, { stopOut: stopOut === undefined ? na : fmt.level(stopOut) })}</p>
        </>
      ) : (
        <p className="text-sm font-medium text-danger-700">{t.needsAccounts}</p>
      )}

      <div className="grid gap-2">
        <h3 className="font-semibold">{t.eventHeading}</h3>
        <p className="text-sm">{fill(t.event, { value: values.event === undefined ? na : lev(values.event) })}</p>
        <h3 className="font-semibold">{fill(t.restoreHeading, { max: values.base === undefined ? na : lev(values.base) })}</h3>
        <ol className="list-decimal space-y-1 pl-5 text-sm">
          {t.restoreSteps.map((step) => (
            <li key={step}>
              {fill(step, {
                tier1: tierText(lowestTier?.minEquityUsd),
                max: values.base === undefined ? na : fmt.number(values.base, 2),
              })}
            </li>
          ))}
        </ol>
      </div>

      <details className="rounded-lg border border-calm-100 p-3">
        <summary className="cursor-pointer font-semibold">{t.tiersLegend}</summary>
        <div className="mt-3">
          <FieldGrid>
            <NumberField name="t1e" field={t.tier1Equity} rule={FIELD_RULES.t1e} />
            <NumberField name="t1l" field={t.tier1Leverage} rule={FIELD_RULES.t1l} />
            <NumberField name="t2e" field={t.tier2Equity} rule={FIELD_RULES.t2e} />
            <NumberField name="t2l" field={t.tier2Leverage} rule={FIELD_RULES.t2l} />
            <NumberField name="ev" field={t.eventLeverage} rule={FIELD_RULES.ev} />
          </FieldGrid>
        </div>
      </details>
    </Section>
  );
}

/**
 * "Add a row" button: adds the row, then moves focus to the new row's first field so keyboard
 * users can type at once.
 */
export function AddButton<Row extends { key: number }>({
  label,
  onClick,
  disabled,
  focusId,
  rows,
  buttonRef,
}: {
  label: string;
  onClick: () => void;
  disabled: boolean;
  focusId: (rows: readonly Row[]) => string;
  rows: readonly Row[];
  buttonRef?: Ref<HTMLButtonElement>;
}) {
  const { live } = useCalculator();
  return (
    <button
      ref={buttonRef}
      type="button"
      disabled={!live || disabled}
      onClick={() => {
        const id = focusId(rows);
        onClick();
        // The new row exists after React commits; focus it on the next frame.
        requestAnimationFrame(() => document.getElementById(id)?.focus());
      }}
      className="min-h-11 rounded-xl border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:border-calm-600 disabled:text-calm-600"
    >
      <span aria-hidden="true">+ </span>
      {label}
    </button>
  );
}
