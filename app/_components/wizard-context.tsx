'use client';

import { useSearchParams } from 'next/navigation';
import { createContext, useContext, type ReactNode } from 'react';
import { FROM_PARAM, parseTrailParam, TRAIL_PARAM, trailQuery, walkTrail, type TrailEntry, type TrailTable } from '@/lib/trail';

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

export function stepHref(flow: ClientFlow, locale: string, step: string, tokens: readonly string[] = [], from?: string): string {
  const segments = flow.steps[step]?.segments ?? [];
  return ['', locale, ...segments].join('/') + trailQuery(tokens, from, flow.start);
}

export interface CurrentTrail {
  /** Answers that lead from `origin` to this step (empty when opened from a plain link). */
  entries: TrailEntry[];
  tokens: string[];
  /** Where the answers start: the wizard's start, or the step a shared link opened. */
  origin: string;
  /** The URL carried answers that could not be used (tampered, outdated, or for another step). */
  tampered: boolean;
}

/**
 * The answers in the URL, as far as they are valid and lead to the current step. With no usable
 * answers the current step is the origin, so answers given from here on are still recorded.
 */
export function useCurrentTrail(): CurrentTrail {
  const { flow, step } = useWizard();
  const params = useSearchParams();
  const raw = params.get(TRAIL_PARAM);
  const from = params.get(FROM_PARAM) ?? flow.start;
  const tokens = parseTrailParam(raw);
  const fresh = { entries: [], tokens: [], origin: step };
  if (tokens.length === 0) return { ...fresh, tampered: params.has(FROM_PARAM) };
  if (!flow.steps[from]) return { ...fresh, tampered: true };
  const trail = walkTrail(flow, tokens, from);
  if (trail.at !== step) return { ...fresh, tampered: true };
  return { entries: trail.entries, tokens: trail.entries.map((e) => e.token), origin: from, tampered: !trail.complete };
}
