import 'server-only';
import type { Locale } from '@/lib/i18n';
import { calculatorEn } from './en';
import { calculatorJa } from './ja';
import type { CalculatorMessages } from './schema';

const messages: Record<Locale, CalculatorMessages> = { ja: calculatorJa, en: calculatorEn };

/** The calculator's words in one language. Server-side only: the page passes them down as props. */
export function getCalculatorMessages(locale: Locale): CalculatorMessages {
  return messages[locale];
}

export type { CalculatorMessages, FieldText } from './schema';
