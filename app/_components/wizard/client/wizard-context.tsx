'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n';
import { readTrail, trailHref, type TrailEntry, type TrailTable } from '@/lib/trail';
import { useSearch } from '@/app/_components/shared/client/use-location';

interface WizardContextValue {
  locale: Locale;
  step: string;
  flow: TrailTable;
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

export const stepHref = trailHref;

export interface CurrentTrail {
  /** The answers in the URL, as far as they are valid (shown to the user and the agent). */
  entries: TrailEntry[];
  /** Where those answers start. */
  trailOrigin: string;
  /** Answers to carry on to the next step: the entries when they lead here, else none. */
  tokens: string[];
  /** Where the carried answers start (this step when nothing is carried). */
  origin: string;
  /** The URL carried answers that could not be used (tampered, outdated, or for another step). */
  tampered: boolean;
}

/**
 * The answers in the current URL, read through the machine's flow table. On the server (and with
 * JavaScript off) there are none: the prerendered page is the step as opened from a link.
 */
export function useCurrentTrail(): CurrentTrail {
  const { flow, step } = useWizard();
  const search = useSearch();
  const trail = useMemo(() => readTrail(flow, new URLSearchParams(search)), [flow, search]);
  const leadsHere = trail.at === step;
  return {
    entries: trail.entries,
    trailOrigin: trail.origin,
    tokens: leadsHere ? trail.entries.map((e) => e.token) : [],
    origin: leadsHere ? trail.origin : step,
    tampered: !trail.complete || (!leadsHere && trail.entries.length > 0),
  };
}
