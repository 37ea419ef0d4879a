'use client';

import { memo, useRef } from 'react';
import { MAX_VALUE_LENGTH } from '@/lib/calculator/fields';
import { fill } from '@/lib/calculator/format';
import type { PositionRowView, PositionsView } from '@/lib/calculator/model';
import { useCalculator } from './context';
import { useFieldValue } from './field-store';
import { AddRow, NumberField, NumberInput, Problem, RemoveRow, cellInputClass as cellInput } from './fields';
import { FieldGrid, SECTION_IDS, Section } from './section';

export const PositionsSection = memo(function PositionsSection({ view }: { view: PositionsView }) {
  const { text, fmt } = useCalculator();
  const t = text.positions;
  const na = text.common.notAvailable;
  const addRef = useRef<HTMLButtonElement>(null);
  const money = (value: number) => fmt.money(value, view.currency);
  const { rows, sequence, messages } = view;
  const nameOf = (row: PositionRowView) => row.name.trim() || fill(t.unnamed, { n: row.n });
  const byId = new Map(rows.map((r) => [String(r.key), r]));
  const stopOutText = view.stopOutLevel === undefined ? na : fmt.level(view.stopOutLevel);

  return (
    <Section id={SECTION_IDS.positions} heading={t.heading} intro={<p>{fill(t.intro, { stopOut: stopOutText })}</p>}>
      <FieldGrid>
        <NumberField name="sequenceBalance" field={t.balance} view={view.fields.sequenceBalance} />
        <NumberField name="sequenceCredit" field={t.credit} view={view.fields.sequenceCredit} />
      </FieldGrid>

      {messages.includes('empty') ? (
        <p className="text-sm">{t.empty}</p>
      ) : (
        <div className="grid gap-1">
          <h3 id="calc-positions-table" className="font-semibold">
            {t.tableCaption}
          </h3>
          <p className="text-xs text-calm-600 sm:hidden">{t.scrollHint}</p>
          <div className="overflow-x-auto rounded-lg border border-calm-100">
            <table aria-labelledby="calc-positions-table" className="w-full border-collapse text-sm">
              <thead>
                <tr className="border-b border-calm-600">
                  <th scope="col" className="p-1.5 text-left">
                    {t.nameColumn}
                  </th>
                  <th scope="col" className="p-1.5 text-left">
                    {t.marginColumn} ({view.currency})
                  </th>
                  <th scope="col" className="p-1.5 text-left">
                    {t.pnlColumn} ({view.currency})
                  </th>
                  <th scope="col" className="p-1.5 text-left">
                    {t.actionColumn}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key} className="border-b border-calm-100 align-top last:border-b-0">
                    <td className="p-1.5">
                      <label htmlFor={`calc-pn-${row.key}`} className="sr-only">
                        {fill(t.nameLabel, { n: row.n })}
                      </label>
                      <RowNameInput rowKey={row.key} placeholder={fill(t.unnamed, { n: row.n })} />
                    </td>
                    <td className="p-1.5">
                      <NumberInput
                        id={`calc-pm-${row.key}`}
                        address={`rows.${row.key}.margin`}
                        rule={row.margin.rule}
                    error={row.margin.error}
                        label={fill(t.marginLabel, { n: row.n })}
                        hideLabel
                        inputClassName={cellInput}
                      />
                    </td>
                    <td className="p-1.5">
                      <NumberInput
                        id={`calc-pp-${row.key}`}
                        address={`rows.${row.key}.pnl`}
                        rule={row.pnl.rule}
                    error={row.pnl.error}
                        label={fill(t.pnlLabel, { n: row.n })}
                        hideLabel
                        inputClassName={cellInput}
                      />
                    </td>
                    <td className="p-1.5">
                      <RemoveRow list="rows" rowKey={row.key} label={fill(t.remove, { name: nameOf(row) })} addRef={addRef} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <AddRow
        list="rows"
        rows={rows}
        max={view.maxRows}
        label={t.add}
        fullText={fill(t.maxRows, { max: view.maxRows })}
        firstFieldId={(key) => `calc-pn-${key}`}
        buttonRef={addRef}
      />

      {messages.includes('fixFields') ? <Problem>{t.invalidRows}</Problem> : null}
      {sequence ? (
        <div className="grid gap-2 rounded-lg bg-brand-50 p-3">
          <h3 className="font-semibold">{t.orderHeading}</h3>
          <p className="text-sm">
            {fill(t.start, {
              equity: money(sequence.equity),
              margin: money(sequence.requiredMargin),
              level: sequence.startLevel === null ? na : fmt.percent(sequence.startLevel),
            })}
          </p>
          {messages.includes('safe') ? (
            <p className="font-semibold text-ok-700">{fill(t.safe, { stopOut: stopOutText })}</p>
          ) : (
            <>
              <ol className="grid gap-1" aria-label={t.orderHeading}>
                {sequence.steps.map((step, index) => {
                  const values = { n: index + 1, name: nameOf(byId.get(step.id)!), pnl: money(step.floatingPnl) };
                  return (
                    <li key={step.id} className="rounded-md bg-white p-2 text-sm font-medium tabular-nums">
                      {step.levelAfter === null ? fill(t.stepLast, values) : fill(t.step, { ...values, level: fmt.percent(step.levelAfter) })}
                    </li>
                  );
                })}
              </ol>
              <p className="text-sm">
                {sequence.remaining.length === 0
                  ? t.noneRemaining
                  : fill(t.remaining, { names: sequence.remaining.map((id) => nameOf(byId.get(id)!)).join(t.listSeparator) })}
              </p>
              <p className="text-sm">{fill(t.finalBalance, { balance: money(sequence.finalBalance) })}</p>
            </>
          )}
          {messages.includes('zeroCut') ? <p className="text-sm font-semibold">{fill(t.zeroCut, { negative: money(sequence.zeroCutFrom!) })}</p> : null}
        </div>
      ) : null}
      <p className="text-sm text-calm-600">{t.perAccount}</p>
      <p className="text-sm text-calm-600">{t.hedgeNote}</p>
    </Section>
  );
});

/** A position's name: its text from the field store, so typing re-renders this input only. */
const RowNameInput = memo(function RowNameInput({ rowKey, placeholder }: { rowKey: number; placeholder: string }) {
  const { actions } = useCalculator();
  const address = `rows.${rowKey}.name`;
  const value = useFieldValue(address);
  return (
    <input
      id={`calc-pn-${rowKey}`}
      type="text"
      autoComplete="off"
      maxLength={MAX_VALUE_LENGTH}
      value={value}
      placeholder={placeholder}
      onChange={(event) => actions.change(address, event.target.value)}
      className={cellInput}
    />
  );
});
