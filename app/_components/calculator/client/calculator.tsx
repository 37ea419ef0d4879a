'use client';

import { useCallback, useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { reduce, type CalculatorAction, type CalculatorActions, type Store } from '@/lib/calculator/actions';
import { createFormatter } from '@/lib/calculator/format';
import { deriveCalculator, keepUnchanged, type CalculatorModel } from '@/lib/calculator/model';
import { decodeQuery, encodeQuery } from '@/lib/calculator/query';
import { defaultState } from '@/lib/calculator/state';
import { BrokersSection } from './brokers-section';
import { CalculatorProvider, type CalculatorContextValue, type CalculatorText } from './context';
import { HealthSection } from './health-section';
import { HedgeSection } from './hedge-section';
import { LeverageSection } from './leverage-section';
import { PositionSection } from './position-section';
import { PositionsSection } from './positions-section';
import { RecoverySection } from './recovery-section';
import { RulesSection } from './rules-section';
import { ShareSection } from './share-section';

interface Props {
  locale: 'ja' | 'en';
  text: CalculatorText;
  officialSite: { domain: string; url: string };
}

/** How long typing must pause before the address bar is updated. */
const URL_DELAY_MS = 250;
const subscribeNever = () => () => {};

/** The store with its model: a section equal to the previous one keeps its identity (keepUnchanged). */
type Live = Store & { model: CalculatorModel };
const withModel = (previous: CalculatorModel | undefined, next: Store): Live => ({
  ...next,
  model: keepUnchanged(previous, deriveCalculator(next.state, next.badChoices)),
});

/**
 * The interactive calculator. The page is prerendered with the default inputs (the brief's
 * worked examples), so the server's HTML is this component's first render: the browser hydrates
 * it instead of rendering it again. Until then the fields are disabled (nobody types into a form
 * about to be replaced); once it runs, the link's query is read once and typing is the only
 * source of change. Each keystroke derives the model again (lib/calculator/model.ts, pure and
 * cheap); sections whose part of the model did not change keep its identity and are skipped
 * (memo). The link is encoded from a deferred copy of the state, after the keystroke's frame.
 */
export function Calculator({ locale, text, officialSite }: Props) {
  const [store, setStore] = useState<Live>(() => withModel(undefined, { state: defaultState(), badChoices: {} }));
  // false while hydrating (the server's HTML has the defaults), true from the render after.
  const hydrated = useSyncExternalStore(subscribeNever, () => true, () => false);
  const [live, setLive] = useState(false);
  if (hydrated && !live) {
    // Once, right after hydration: the link's inputs replace the defaults.
    setLive(true);
    const search = window.location.search;
    if (search.length > 1) setStore((s) => withModel(s.model, decodeQuery(search)));
  }

  const dispatch = useCallback((action: CalculatorAction) => setStore((s) => withModel(s.model, reduce(s, action))), []);
  const actions = useMemo<CalculatorActions>(
    () => ({
      change: (address, value) => dispatch({ type: 'change', address, value }),
      choose: (address, value) => dispatch({ type: 'choose', address, value }),
      addRow: (list) => dispatch({ type: 'add', list }),
      removeRow: (list, key) => dispatch({ type: 'remove', list, key }),
      resetBrokers: () => dispatch({ type: 'resetBrokers' }),
      reset: () => dispatch({ type: 'reset' }),
    }),
    [dispatch],
  );
  const context = useMemo<CalculatorContextValue>(
    () => ({ locale, text, fmt: createFormatter(locale), actions, officialSite }),
    [locale, text, actions, officialSite],
  );

  const { model } = store;
  const deferredState = useDeferredValue(store.state);
  const query = useMemo(() => encodeQuery(deferredState), [deferredState]);

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

  return (
    <CalculatorProvider value={context}>
      <fieldset disabled={!live} className="m-0 grid min-w-0 gap-8 border-0 p-0" data-calculator={live ? 'live' : 'static'}>
        <RulesSection view={model.rules} />
        <HealthSection view={model.health} />
        <RecoverySection view={model.recovery} />
        <PositionSection view={model.position} />
        <LeverageSection view={model.leverage} />
        <HedgeSection view={model.hedge} />
        <PositionsSection view={model.positions} />
        <BrokersSection view={model.brokers} />
        <ShareSection query={query} />
      </fieldset>
    </CalculatorProvider>
  );
}
