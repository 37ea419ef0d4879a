'use client';

import { memo, type ReactNode, type Ref, type RefObject } from 'react';
import type { FieldText } from '@/content/calculator/schema';
import { FIELDS, MAX_VALUE_LENGTH, type ListName, type NumberName } from '@/lib/calculator/fields';
import { fill } from '@/lib/calculator/format';
import type { NumberView } from '@/lib/calculator/model';
import { nextKey } from '@/lib/calculator/state';
import { useCalculator } from './context';
import { useFieldValue } from './field-store';

/** Input style without width and side padding (table cells set their own). */
export const inputBase =
  'min-h-11 rounded-lg border border-calm-600 bg-white py-2 text-base text-calm-800 aria-[invalid=true]:border-danger-700 aria-[invalid=true]:bg-danger-50 disabled:bg-calm-50';
export const inputClass = `w-full px-3 ${inputBase}`;
/** Inputs inside table cells: narrow enough for a phone. */
export const cellInputClass = `w-20 px-2 ${inputBase}`;

const labelClass = 'text-sm font-semibold text-calm-800';
const hintClass = 'text-sm text-calm-600';
const errorClass = 'text-sm font-medium text-danger-700';
const noteClass = 'text-sm text-warn-700';

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

/** The field as the model gives it (rule, error) plus where it goes and its words; its text comes from the field store. */
interface NumberInputProps extends Omit<NumberView, 'value'> {
  id: string;
  /** Where the value goes (see lib/calculator/actions.ts). */
  address: string;
  /** Visible label, or (in tables) a visually hidden one. */
  label: string;
  hideLabel?: boolean;
  hint?: string;
  /** A warning that is not an error (e.g. the leverage was capped). */
  note?: string;
  className?: string;
  inputClassName?: string;
}

/**
 * A number field: accepts what users type (full-width digits, separators), shows its error
 * inline (aria-invalid, aria-describedby, announced politely) and never blocks other fields.
 * Its text is read from the field store (useFieldValue), so a keystroke re-renders this input
 * only; its error comes with the results, a frame later. Memoised on plain values.
 */
export const NumberInput = memo(function NumberInput({ id, address, error, rule, label, hideLabel, hint, note, className, inputClassName }: NumberInputProps) {
  const { text, actions } = useCalculator();
  const value = useFieldValue(address);
  const message = error ? text.errors[error] : '';
  const hintId = hint ? `${id}-hint` : undefined;
  const noteId = note ? `${id}-note` : undefined;
  const errorId = `${id}-error`;
  return (
    <div className={className ?? 'grid content-start gap-1'}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : labelClass}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        // Fields that accept a minus sign keep the full keyboard (phone number pads have no "−").
        inputMode={rule === 'any' ? undefined : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_VALUE_LENGTH}
        value={value}
        onChange={(event) => actions.change(address, event.target.value)}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(hintId, noteId, errorId)}
        className={inputClassName ?? inputClass}
      />
      {hint ? (
        <p id={hintId} className={hintClass}>
          {hint}
        </p>
      ) : null}
      {note ? (
        <p id={noteId} className={noteClass}>
          {note}
        </p>
      ) : null}
      <p id={errorId} className={errorClass} aria-live="polite">
        {message}
      </p>
    </div>
  );
});

/** A single field of the calculator (its id is `calc-<query key>`). */
export function NumberField({ name, field, view, hint, note }: { name: NumberName; field: FieldText; view: NumberView; hint?: string; note?: string }) {
  return (
    <NumberInput
      id={`calc-${FIELDS[name].query}`}
      address={name}
      rule={view.rule}
      error={view.error}
      label={field.label}
      hint={hint ?? field.hint}
      note={note}
    />
  );
}

interface SelectFieldProps {
  id: string;
  address: string;
  label: string;
  hideLabel?: boolean;
  hint?: string;
  value: string;
  options: readonly { value: string; label: string }[];
  /** The value a link carried that is not an option, if any. */
  badValue?: string | null;
  className?: string;
}

export const SelectField = memo(function SelectField({ id, address, label, hideLabel, hint, value, options, badValue, className }: SelectFieldProps) {
  const { text, actions } = useCalculator();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const error = badValue == null ? '' : fill(text.errors.badChoice, { value: badValue });
  return (
    <div className={className ?? 'grid content-start gap-1'}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : labelClass}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => actions.choose(address, event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
        className={`${inputClass} disabled:opacity-100`}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={hintId} className={hintClass}>
          {hint}
        </p>
      ) : null}
      <p id={errorId} className={errorClass} aria-live="polite">
        {error}
      </p>
    </div>
  );
});

/** A list of results: label, value and an optional explanation. */
export function Results({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-2 rounded-lg bg-brand-50 p-3">
      <h3 className="text-base font-semibold text-calm-800">{label}</h3>
      <dl className="grid gap-2">{children}</dl>
    </div>
  );
}

export function Result({ term, value, note, strong }: { term: string; value: ReactNode; note?: string; strong?: boolean }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-3 border-b border-brand-100 pb-1 last:border-b-0">
      <dt className="text-sm text-calm-800">
        {term}
        {note ? <span className="block text-xs text-calm-600">{note}</span> : null}
      </dt>
      <dd className={`${strong ? 'text-lg font-bold' : 'font-semibold'} tabular-nums text-calm-800`}>{value}</dd>
    </div>
  );
}

/** A message that stands in for results that cannot be computed. */
export function Problem({ children }: { children: ReactNode }) {
  return <p className="text-sm font-medium text-danger-700">{children}</p>;
}

/** A button in the calculator's style (disabled with the rest until the page is interactive). */
export function ActionButton({
  children,
  onClick,
  disabled,
  label,
  variant = 'secondary',
  buttonRef,
}: {
  children: ReactNode;
  onClick: () => void;
  disabled?: boolean;
  label?: string;
  variant?: 'primary' | 'secondary' | 'icon';
  buttonRef?: Ref<HTMLButtonElement>;
}) {
  const style = {
    primary: 'min-h-11 rounded-xl bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:bg-calm-600',
    secondary:
      'min-h-11 rounded-xl border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:border-calm-600 disabled:text-calm-600',
    icon: 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg border border-calm-600 bg-white px-2 text-calm-800 hover:border-danger-700 hover:text-danger-700 disabled:text-calm-600',
  }[variant];
  return (
    <button ref={buttonRef} type="button" onClick={onClick} disabled={disabled} aria-label={label} className={style}>
      {children}
    </button>
  );
}

/**
 * The "add a row" control of a list, with a note when the list is full. The new row's first field
 * gets the focus, so keyboard users can type at once; removing a row (RemoveRow) brings the focus
 * back here.
 */
export function AddRow({
  list,
  rows,
  max,
  label,
  fullText,
  firstFieldId,
  buttonRef,
}: {
  list: ListName;
  rows: readonly { key: number }[];
  max: number;
  label: string;
  fullText: string;
  firstFieldId: (key: number) => string;
  buttonRef: RefObject<HTMLButtonElement | null>;
}) {
  const { actions } = useCalculator();
  const full = rows.length >= max;
  const focusId = firstFieldId(nextKey(rows));
  return (
    <div className="flex flex-wrap items-center gap-3">
      <ActionButton
        buttonRef={buttonRef}
        disabled={full}
        onClick={() => {
          actions.addRow(list);
          // The new row exists after React commits; focus it on the next frame.
          requestAnimationFrame(() => document.getElementById(focusId)?.focus());
        }}
      >
        <span aria-hidden="true">+ </span>
        {label}
      </ActionButton>
      {full ? <p className="text-sm text-calm-600">{fullText}</p> : null}
    </div>
  );
}

/** A remove-row button ("✕" with a spoken name); the focus goes to the list's add button. */
export function RemoveRow({ list, rowKey, label, disabled, addRef }: { list: ListName; rowKey: number; label: string; disabled?: boolean; addRef: RefObject<HTMLButtonElement | null> }) {
  const { actions } = useCalculator();
  return (
    <ActionButton
      variant="icon"
      label={label}
      disabled={disabled}
      onClick={() => {
        actions.removeRow(list, rowKey);
        addRef.current?.focus();
      }}
    >
      <span aria-hidden="true">✕</span>
    </ActionButton>
  );
}
