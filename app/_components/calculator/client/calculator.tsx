'use client';

import { useSearchParams } from 'next/navigation';
import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { readNumber, type FieldResult } from '@/lib/calculator/fields';
import { createFormatter } from '@/lib/calculator/format';
import { decodeQuery, encodeQuery, type BadChoices } from '@/lib/calculator/query';
import { FIELD_RULES, NUMBER_KEYS, defaultState, type CalculatorState, type NumberKey } from '@/lib/calculator/state';
import { BrokersSection } from './brokers-section';
import { CalculatorProvider, type CalculatorContextValue, type CalculatorText } from './context';
import { HealthSection } from './health-section';
import { HedgeSection } from './hedge-section';
import { LeverageSection } from './leverage-section';
import { PositionSection } from './position-section';
import { PositionsSection } from './positions-section';
import { RulesSection } from './rules-section';
import { ShareSection } from './share-section';

interface Props {
  locale: 'ja' | 'en';
  text: CalculatorText;
}

/** How long typing must pause before the address bar is updated. */
const URL_DELAY_MS = 250;

function CalculatorForm({ locale, text, search, live }: Props & { search: string; live: boolean }) {
  const [initial] = useState(() => decodeQuery(search));
  const [state, setState] = useState<CalculatorState>(initial.state);
  const [badChoices, setBadChoices] = useState<BadChoices>(initial.badChoices);

  const fmt = useMemo(() => createFormatter(locale), [locale]);
  const read = useMemo(
    () =>
      Object.fromEntries(NUMBER_KEYS.map((key) => [key, readNumber(state[key], FIELD_RULES[key], locale)])) as Record<
        NumberKey,
        FieldResult
      >,
    [state, locale],
  );
  const query = useMemo(() => encodeQuery(state, locale), [state, locale]);

  // Keep the inputs in the address (replaceState: no history entry, no refetch), once typing pauses.
  useEffect(() => {
    if (!live) return;
    const timer = setTimeout(() => {
      const { pathname, search: current, hash } = window.location;
      const next = query ? `?${query}` : '';
      if (next === current) return;
      try {
        window.history.replaceState(null, '', `${pathname}${next}${hash}`);
      } catch {
        // Some browsers limit how often the address may change; the next change will catch up.
      }
    }, URL_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, live]);

  const update = useCallback((change: (s: CalculatorState) => CalculatorState) => setState(change), []);
  const setField = useCallback((key: NumberKey, value: string) => setState((s) => ({ ...s, [key]: value })), []);
  const clearBadChoice = useCallback(
    (field: string) =>
      setBadChoices((bad) => {
        if (!(field in bad)) return bad;
        const rest = { ...bad };
        delete rest[field];
        return rest;
      }),
    [],
  );
  const reset = useCallback(() => {
    setState(defaultState());
    setBadChoices({});
  }, []);

  const value: CalculatorContextValue = { locale, text, fmt, state, read, badChoices, live, update, setField, clearBadChoice };

  return (
    <CalculatorProvider value={value}>
      <div className="grid gap-8" data-calculator={live ? 'live' : 'static'}>
        <RulesSection />
        <HealthSection />
        <PositionSection />
        <LeverageSection />
        <HedgeSection />
        <PositionsSection />
        <BrokersSection />
        <ShareSection query={query} onReset={reset} />
      </div>
    </CalculatorProvider>
  );
}

/** Reads the link's query once, when the calculator starts; later changes come from typing. */
function CalculatorFromUrl(props: Props) {
  const params = useSearchParams();
  const [search] = useState(() => params.toString());
  return <CalculatorForm {...props} search={search} live />;
}

/**
 * The interactive calculator. The page is prerendered, so the query is only known in the
 * browser: the server sends the same calculator filled with the defaults (read-only) as the
 * Suspense fallback — same layout, no shift — and the browser replaces it with the live one,
 * filled from the link.
 */
export function Calculator(props: Props) {
  return (
    <Suspense fallback={<CalculatorForm {...props} search="" live={false} />}>
      <CalculatorFromUrl {...props} />
    </Suspense>
  );
}
