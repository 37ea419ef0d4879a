'use client';

import { useSearchParams } from 'next/navigation';
import { createContext, useContext, type ReactNode } from 'react';
import { parseTrailParam, TRAIL_PARAM, walkTrail, type TrailEntry, type TrailTable } from '@/lib/trail';

export interface ClientFlow extends TrailTable {
  steps: Record<string, { segments: string[]; next: Partial<Record<string, string>> }>;
}

interface WizardContextValue {
  locale: string;
  step: string;
  flow: ClientFlow;
}

const WizardContext = createContext<WizardContextValue | null>(null);

/** Static facts about the current step, given by the server page to the small client parts. */
export function WizardProvider({ value, children }: { value: WizardContextValue; children: ReactNode }) {
  return <WizardContext.Provider value={value}>{children}</WizardContext.Provider>;
}

export function useWizard(): WizardContextValue {
  const value = useContext(WizardContext);
  if (!value) throw new Error('useWizard must be used inside <WizardProvider>');
  return value;
}

export function stepHref(flow: ClientFlow, locale: string, step: string, tokens: readonly string[] = []): string {
  const segments = flow.steps[step]?.segments ?? [];
  const path = ['', locale, ...segments].join('/');
  return tokens.length ? `${path}?${TRAIL_PARAM}=${tokens.join('.')}` : path;
}

export interface CurrentTrail {
  /** Answers that lead from the start to this step (empty when opened from a plain link). */
  entries: TrailEntry[];
  tokens: string[];
  /** The URL carried answers that could not be used (tampered, outdated, or for another step). */
  tampered: boolean;
}

/** The answers in the URL, as far as they are valid and lead to the current step. */
export function useCurrentTrail(): CurrentTrail {
  const { flow, step } = useWizard();
  const raw = useSearchParams().get(TRAIL_PARAM);
  const tokens = parseTrailParam(raw);
  const trail = walkTrail(flow, tokens);
  if (tokens.length === 0) return { entries: [], tokens: [], tampered: false };
  if (trail.at !== step) return { entries: [], tokens: [], tampered: true };
  return { entries: trail.entries, tokens: trail.entries.map((e) => e.token), tampered: !trail.complete };
}
