'use client';

import type { ReactNode } from 'react';
import type { FieldText } from '@/content/calculator/schema';
import type { FieldResult, FieldRule } from '@/lib/calculator/fields';
import { fill } from '@/lib/calculator/format';
import { MAX_VALUE_LENGTH } from '@/lib/calculator/query';
import type { NumberKey } from '@/lib/calculator/state';
import { useCalculator } from './context';

/** Input style without width and side padding (table cells set their own). */
export const inputBase =
  'min-h-11 rounded-lg border border-calm-600 bg-white py-2 text-base text-calm-800 aria-[invalid=true]:border-danger-700 aria-[invalid=true]:bg-danger-50 read-only:bg-calm-50';
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

/** The message for a field's error, in the page's language (empty when the field is fine). */
export function useErrorText(result: FieldResult | undefined): string {
  const { text } = useCalculator();
  return result && !result.ok ? text.errors[result.error] : '';
}

interface NumberInputProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  result: FieldResult | undefined;
  rule: FieldRule;
  /** Visible label, or (in tables) a visually hidden one. */
  label: string;
  hideLabel?: boolean;
  hint?: string;
  /** A warning that is not an error (e.g. above the maximum leverage). */
  note?: string;
  className?: string;
  inputClassName?: string;
}

/**
 * A number field: accepts what users type (full-width digits, separators), shows its error
 * inline (aria-invalid, aria-describedby, announced politely) and never blocks other fields.
 */
export function NumberInput({ id, value, onChange, result, rule, label, hideLabel, hint, note, className, inputClassName }: NumberInputProps) {
  const { live } = useCalculator();
  const error = useErrorText(result);
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
        readOnly={!live}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
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
        {error}
      </p>
    </div>
  );
}

/** A number field bound to one key of the calculator's state. */
export function NumberField({ name, field, hint, note, rule }: { name: NumberKey; field: FieldText; hint?: string; note?: string; rule: FieldRule }) {
  const { state, read, setField } = useCalculator();
  return (
    <NumberInput
      id={`calc-${name}`}
      value={state[name]}
      onChange={(value) => setField(name, value)}
      result={read[name]}
      rule={rule}
      label={field.label}
      hint={hint ?? field.hint}
      note={note}
    />
  );
}

interface SelectFieldProps<T extends string> {
  id: string;
  label: string;
  hideLabel?: boolean;
  hint?: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  /** The value a link carried that is not an option, if any. */
  badValue?: string;
  className?: string;
}

export function SelectField<T extends string>({ id, label, hideLabel, hint, value, options, onChange, badValue, className }: SelectFieldProps<T>) {
  const { live, text } = useCalculator();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const error = badValue === undefined ? '' : fill(text.errors.badChoice, { value: badValue });
  return (
    <div className={className ?? 'grid content-start gap-1'}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : labelClass}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={!live}
        onChange={(event) => onChange(event.target.value as T)}
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
}

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

/** A button in the calculator's style; disabled in the read-only fallback. */
export function ActionButton({ children, onClick, disabled, label, variant = 'secondary' }: { children: ReactNode; onClick: () => void; disabled?: boolean; label?: string; variant?: 'primary' | 'secondary' | 'icon' }) {
  const { live } = useCalculator();
  const style = {
    primary: 'min-h-11 rounded-xl bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:bg-calm-600',
    secondary:
      'min-h-11 rounded-xl border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:border-calm-600 disabled:text-calm-600',
    icon: 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg border border-calm-600 bg-white px-2 text-calm-800 hover:border-danger-700 hover:text-danger-700 disabled:text-calm-600',
  }[variant];
  return (
    <button type="button" onClick={onClick} disabled={!live || disabled} aria-label={label} className={style}>
      {children}
    </button>
  );
}
