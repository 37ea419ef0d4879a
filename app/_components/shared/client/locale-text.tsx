'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n';

/** The few words the error screen needs, for the current locale. */
export interface LocaleText {
  locale: Locale;
  notFoundStart: string;
  errorTitle: string;
  errorBody: string;
  errorRetry: string;
}

const LocaleTextContext = createContext<LocaleText | null>(null);

export function LocaleTextProvider({ value, children }: { value: LocaleText; children: ReactNode }) {
  return <LocaleTextContext.Provider value={value}>{children}</LocaleTextContext.Provider>;
}

export function useLocaleText(): LocaleText {
  const value = useContext(LocaleTextContext);
  if (!value) throw new Error('useLocaleText must be used inside <LocaleTextProvider>');
  return value;
}
