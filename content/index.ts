import 'server-only';
import type { Locale } from '@/lib/i18n';
import { en } from './en';
import { ja } from './ja';
import type { Messages } from './schema';

const messages: Record<Locale, Messages> = { ja, en };

/** The words of the product in one language. Server-side only: pages pass strings down. */
export function getMessages(locale: Locale): Messages {
  return messages[locale];
}

export type { Messages, StepText, MessageTemplate, UiText } from './schema';
