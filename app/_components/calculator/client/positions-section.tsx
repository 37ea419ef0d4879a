'use client';

import { useRef } from 'react';
import { stopOutSequence } from '@/lib/calculator/compute';
import { readNumber, valueOf } from '@/lib/calculator/fields';
import { fill } from '@/lib/calculator/format';
import { MAX_VALUE_LENGTH } from '@/lib/calculator/query';
import { FIELD_RULES, LIST_RULES, MAX_POSITION_ROWS, nextKey, type PositionRow } from '@/lib/calculator/state';
import { useCalculator } from './context';
import { ActionButton, NumberField, NumberInput, cellInputClass as cellInput } from './fields';
import { AddButton } from './leverage-section';
import { FieldGrid, SECTION_IDS, Section } from './section';


export function PositionsSection() {
  const { text, fmt, state, read, update, locale, live } = useCalculator();
  const t = text.positions;
  const na = text.common.notAvailable;
  const addRef = useRef<HTMLButtonElement>(null);
  const money = (value: number) => fmt.money(value, state.cur);

  const rows = state.rows.map((row, index) => ({
    row,
    n: index + 1,
    margin: readNumber(row.margin, LIST_RULES.positionMargin, locale),
    pnl: readNumber(row.pnl, LIST_RULES.positionPnl, locale),
  }));
  const nameOf = (row: PositionRow, n: number) => row.name.trim() || fill(t.unnamed, { n });

  const balance = valueOf(read.sb);
  const credit = valueOf(read.sc);
  const stopOut = valueOf(read.so);
  const rowsOk = rows.every((r) => r.margin.ok && r.pnl.ok);
  const sequence =
    balance !== undefined && credit !== undefined && stopOut !== undefined && rowsOk && rows.length > 0
      ? stopOutSequence({
          balance,
          credit,
          stopOutLevel: stopOut,
          rows: rows.map((r) => ({ id: String(r.row.key), requiredMargin: valueOf(r.margin)!, floatingPnl: valueOf(r.pnl)! })),
        })
      : undefined;
  const byId = new Map(rows.map((r) => [String(r.row.key), r]));
  const stopOutText = stopOut === undefined ? na : fmt.level(stopOut);

  const setRow = (key: number, change: Partial<PositionRow>) =>
    update((s) => ({ ...s, rows: s.rows.map((r) => (r.key === key ? { ...r, ...change } : r)) }));

  return (
    <Section id={SECTION_IDS.positions} heading={t.heading} intro={<p>{fill(t.intro, { stopOut: stopOutText })}</p>}>
      <FieldGrid>
        <NumberField name="sb" field={t.balance} rule={FIELD_RULES.sb} />
        <NumberField name="sc" field={t.credit} rule={FIELD_RULES.sc} />
      </FieldGrid>

      {rows.length === 0 ? (
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
                    {t.marginColumn} ({state.cur})
                  </th>
                  <th scope="col" className="p-1.5 text-left">
                    {t.pnlColumn} ({state.cur})
                  </th>
                  <th scope="col" className="p-1.5 text-left">
                    {t.actionColumn}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ row, n, margin, pnl }) => (
                  <tr key={row.key} className="border-b border-calm-100 align-top last:border-b-0">
                    <td className="p-1.5">
                      <label htmlFor={`calc-pn-${row.key}`} className="sr-only">
                        {fill(t.nameLabel, { n })}
                      </label>
                      <input
                        id={`calc-pn-${row.key}`}
                        type="text"
                        autoComplete="off"
                        maxLength={MAX_VALUE_LENGTH}
                        value={row.name}
                        readOnly={!live}
                        placeholder={fill(t.unnamed, { n })}
                        onChange={(event) => setRow(row.key, { name: event.target.value })}
                        className={cellInput}
                      />
                    </td>
                    <td className="p-1.5">
                      <NumberInput
                        id={`calc-pm-${row.key}`}
                        value={row.margin}
                        onChange={(value) => setRow(row.key, { margin: value })}
                        result={margin}
                        rule={LIST_RULES.positionMargin}
                        label={fill(t.marginLabel, { n })}
                        hideLabel
                        inputClassName={cellInput}
                      />
                    </td>
                    <td className="p-1.5">
                      <NumberInput
                        id={`calc-pp-${row.key}`}
                        value={row.pnl}
                        onChange={(value) => setRow(row.key, { pnl: value })}
                        result={pnl}
                        rule={LIST_RULES.positionPnl}
                        label={fill(t.pnlLabel, { n })}
                        hideLabel
                        inputClassName={cellInput}
                      />
                    </td>
                    <td className="p-1.5">
                      <ActionButton
                        variant="icon"
                        label={fill(t.remove, { name: nameOf(row, n) })}
                        onClick={() => {
                          update((s) => ({ ...s, rows: s.rows.filter((r) => r.key !== row.key) }));
                          addRef.current?.focus();
                        }}
                      >
                        <span aria-hidden="true">✕</span>
                      </ActionButton>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <AddButton
          buttonRef={addRef}
          label={t.add}
          disabled={rows.length >= MAX_POSITION_ROWS}
          rows={state.rows}
          focusId={(r) => `calc-pn-${nextKey(r)}`}
          onClick={() =>
            update((s) =>
              s.rows.length >= MAX_POSITION_ROWS
                ? s
                : { ...s, rows: [...s.rows, { key: nextKey(s.rows), name: '', margin: '', pnl: '' }] },
            )
          }
        />
        {rows.length >= MAX_POSITION_ROWS ? <p className="text-sm text-calm-600">{fill(t.maxRows, { max: MAX_POSITION_ROWS })}</p> : null}
      </div>

      {rows.length === 0 ? null : sequence ? (
        <div className="grid gap-2 rounded-lg bg-brand-50 p-3">
          <h3 className="font-semibold">{t.orderHeading}</h3>
          <p className="text-sm">
            {fill(t.start, {
              equity: money(sequence.equity),
              margin: money(sequence.requiredMargin),
              level: sequence.startLevel === null ? na : fmt.percent(sequence.startLevel),
            })}
          </p>
          {sequence.steps.length === 0 ? (
            <p className="font-semibold text-ok-700">{fill(t.safe, { stopOut: stopOutText })}</p>
          ) : (
            <ol className="grid gap-1" aria-label={t.orderHeading}>
              {sequence.steps.map((step, index) => {
                const r = byId.get(step.id)!;
                const values = { n: index + 1, name: nameOf(r.row, r.n), pnl: money(step.floatingPnl) };
                return (
                  <li key={step.id} className="rounded-md bg-white p-2 text-sm font-medium tabular-nums">
                    {step.levelAfter === null
                      ? fill(t.stepLast, values)
                      : fill(t.step, { ...values, level: fmt.percent(step.levelAfter) })}
                  </li>
                );
              })}
            </ol>
          )}
          {sequence.steps.length > 0 ? (
            <p className="text-sm">
              {sequence.remaining.length === 0
                ? t.noneRemaining
                : fill(t.remaining, {
                    names: sequence.remaining.map((id) => nameOf(byId.get(id)!.row, byId.get(id)!.n)).join(t.listSeparator),
                  })}
            </p>
          ) : null}
          {sequence.steps.length > 0 ? (
            <p className="text-sm">{fill(t.finalBalance, { balance: money(sequence.finalBalance) })}</p>
          ) : null}
          {sequence.zeroCutFrom !== null ? (
            <p className="text-sm font-semibold">{fill(t.zeroCut, { negative: money(sequence.zeroCutFrom) })}</p>
          ) : null}
        </div>
      ) : (
        <p className="text-sm font-medium text-danger-700">{t.invalidRows}</p>
      )}
      <p className="text-sm text-calm-600">{t.perAccount}</p>
      <p className="text-sm text-calm-600">{t.hedgeNote}</p>
    </Section>
  );
}
