'use client';

import { createContext, useContext } from 'react';
import type { CalculatorMessages } from '@/content/calculator/schema';
import type { Formatter } from '@/lib/calculator/format';
import type { CalculatorActions } from '@/lib/calculator/actions';

/** The calculator's words (everything but the page metadata), passed down from the server page. */
export type CalculatorText = Omit<CalculatorMessages, 'meta'>;

/** What every part of the calculator needs and never changes while typing (so reading it re-renders nothing). */
export interface CalculatorContextValue {
  locale: 'ja' | 'en';
  text: CalculatorText;
  fmt: Formatter;
  actions: CalculatorActions;
  /** XM's official site, for "confirm on the official page" links. */
  officialSite: { domain: string; url: string };
}

const CalculatorContext = createContext<CalculatorContextValue | null>(null);

export const CalculatorProvider = CalculatorContext.Provider;

export function useCalculator(): CalculatorContextValue {
  const value = useContext(CalculatorContext);
  if (!value) throw new Error('useCalculator must be used inside <CalculatorProvider>');
  return value;
}
