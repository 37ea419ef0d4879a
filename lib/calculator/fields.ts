/**
 * Reading the calculator's number fields: what the user typed (or what a link carried) →
 * a number, or the reason it is not one. Pure; the words for each reason live in content/.
 */
import { parseNumberInput } from '@/lib/margin/parse-number';

/** What a field accepts besides "a number". */
export type FieldRule = 'any' | 'nonNegative' | 'positive';

export type FieldError = 'empty' | 'invalid' | 'negative' | 'notPositive';

export type FieldResult = { ok: true; value: number } | { ok: false; error: FieldError };

/** Parses `raw` (full-width digits, separators… see parseNumberInput) and applies `rule`. */
export function readNumber(raw: string, rule: FieldRule, locale: 'ja' | 'en'): FieldResult {
  const parsed = parseNumberInput(raw, locale);
  if (!parsed.ok) return { ok: false, error: parsed.reason };
  const { value } = parsed;
  if (rule === 'nonNegative' && value < 0) return { ok: false, error: 'negative' };
  if (rule === 'positive' && value <= 0) return { ok: false, error: 'notPositive' };
  return { ok: true, value };
}

/** The value, or undefined when the field has an error. */
export function valueOf(result: FieldResult): number | undefined {
  return result.ok ? result.value : undefined;
}

/**
 * The canonical text of a valid number (ASCII digits, no separators), used in links;
 * anything invalid stays as typed so the link reproduces the same message.
 */
export function canonicalNumberText(raw: string, locale: 'ja' | 'en'): string {
  const parsed = parseNumberInput(raw, locale);
  if (!parsed.ok) return raw;
  const text = String(parsed.value);
  // Very large or small numbers print in exponent form, which the parser rejects: keep them as typed.
  return /e/i.test(text) ? raw.trim() : text;
}
