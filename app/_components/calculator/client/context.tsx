'use client';

import { createContext, useContext } from 'react';
import type { CalculatorMessages } from '@/content/calculator/schema';
import type { FieldResult } from '@/lib/calculator/fields';
import type { Formatter } from '@/lib/calculator/format';
import type { BadChoices } from '@/lib/calculator/query';
import type { CalculatorState, NumberKey } from '@/lib/calculator/state';

/** The calculator's words (everything but the page metadata), passed down from the server page. */
export type CalculatorText = Omit<CalculatorMessages, 'meta'>;

export interface CalculatorContextValue {
  locale: 'ja' | 'en';
  text: CalculatorText;
  fmt: Formatter;
  state: CalculatorState;
  /** Every number field, read (value or error). */
  read: Record<NumberKey, FieldResult>;
  /** Choices a link carried that are not options (shown next to their field until changed). */
  badChoices: BadChoices;
  /** false while the server-rendered fallback is shown: fields are read-only. */
  live: boolean;
  update: (change: (state: CalculatorState) => CalculatorState) => void;
  setField: (key: NumberKey, value: string) => void;
  clearBadChoice: (field: string) => void;
}

const CalculatorContext = createContext<CalculatorContextValue | null>(null);

export const CalculatorProvider = CalculatorContext.Provider;

export function useCalculator(): CalculatorContextValue {
  const value = useContext(CalculatorContext);
  if (!value) throw new Error('useCalculator must be used inside <CalculatorProvider>');
  return value;
}
