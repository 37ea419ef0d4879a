import type { Locale } from '@/lib/i18n';
import { fill } from '@/lib/template';

/**
 * "This fixed it for 62% of 1,240 people who tried it": how a remedy's fix rate is shown, and
 * when (pure: tests/unit/fix-rate.test.ts).
 */

/** Below this many answers ("Did this fix it?") at a remedy, nothing is shown. */
export const FIX_RATE_MIN_ANSWERS = 30;
/** The answers of the last this many days count. */
export const FIX_RATE_DAYS = 90;

export interface FixRate {
  /** Answers "fixed". */
  fixed: number;
  /** Answers "fixed" and "not fixed". */
  answered: number;
}

/**
 * The share fixed in whole percent, rounded, but never 0% while someone was helped nor 100%
 * while someone was not: the rounding must not say "nobody" or "everyone" when it is not true.
 */
export function fixPercent({ fixed, answered }: FixRate): number {
  const rounded = Math.round((fixed / answered) * 100);
  if (fixed > 0 && rounded === 0) return 1;
  if (fixed < answered && rounded === 100) return 99;
  return rounded;
}

/** The sentence for a remedy, in the locale's number format; null when it must not be shown. */
export function fixRateText(rate: FixRate | undefined, locale: Locale, template: string): string | null {
  if (!rate || rate.answered < FIX_RATE_MIN_ANSWERS || rate.fixed < 0 || rate.fixed > rate.answered) return null;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fixPercent(rate) / 100);
  const total = new Intl.NumberFormat(locale).format(rate.answered);
  return fill(template, { percent, total });
}
