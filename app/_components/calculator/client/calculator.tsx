'use client';

import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { type CalculatorAction, type CalculatorActions, type Store } from '@/lib/calculator/actions';
import { createFormatter } from '@/lib/calculator/format';
import { deriveCalculator, keepUnchanged, type CalculatorModel } from '@/lib/calculator/model';
import { decodeQuery, encodeQuery } from '@/lib/calculator/query';
import { defaultState } from '@/lib/calculator/state';
import { BrokersSection } from './brokers-section';
import { FieldStore, FieldStoreProvider } from './field-store';
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
 * source of change.
 *
 * A keystroke goes to the field store (field-store.ts), which re-renders the one input typed in
 * and nothing else, so the frame after the key shows the character at once. The results are
 * rendered from a copy of the store taken on the next animation frame, in a transition (React
 * renders it in slices and drops it for the next keystroke): the model is derived again
 * (lib/calculator/model.ts, pure) and only sections whose part of it changed re-render (memo,
 * keepUnchanged). Choices, added and removed rows and resets change what is on the page, so they
 * update the copy at once. The link is encoded from the copy and written to the address bar with
 * history.replaceState once typing pauses: no navigation, no React render.
 */
export function Calculator({ locale, text, officialSite }: Props) {
  const [fields] = useState(() => new FieldStore({ state: defaultState(), badChoices: {} }));
  const [store, setStore] = useState<Live>(() => withModel(undefined, fields.get()));
  // false while hydrating (the server's HTML has the defaults), true from the render after.
  const live = useSyncExternalStore(subscribeNever, () => true, () => false);

  useLayoutEffect(() => {
    let frame: number | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const cancel = () => {
      if (frame !== null) cancelAnimationFrame(frame);
      if (timer !== null) clearTimeout(timer);
      frame = timer = null;
    };
    const take = () => setStore((s) => (s.state === fields.get().state && s.badChoices === fields.get().badChoices ? s : withModel(s.model, fields.get())));
    const unsubscribe = fields.subscribeAll((kind) => {
      if (kind === 'typing') {
        // The results follow once the frame with the character is painted (a task queued from
        // requestAnimationFrame runs after that frame), in a transition.
        if (frame === null && timer === null) {
          frame = requestAnimationFrame(() => {
            frame = null;
            timer = setTimeout(() => {
              timer = null;
              startTransition(take);
            }, 0);
          });
        }
        return;
      }
      cancel();
      take();
    });
    // Once, right after hydration (before the browser paints): the link's inputs replace the defaults.
    const search = window.location.search;
    if (search.length > 1) fields.replace(decodeQuery(search));
    return () => {
      unsubscribe();
      cancel();
    };
  }, [fields]);

  const dispatch = useCallback((action: CalculatorAction) => fields.dispatch(action), [fields]);
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
  const query = useMemo(() => encodeQuery(store.state), [store.state]);

  // Keep the inputs in the address once typing pauses: replaceState keeps Next's history state
  // (no history entry, no refetch, no render).
  useEffect(() => {
    if (!live) return;
    const timer = setTimeout(() => {
      const { pathname, search: current, hash } = window.location;
      const next = query ? `?${query}` : '';
      if (next === current) return;
      try {
        window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`);
      } catch {
        // Some browsers limit how often the address may change; the next change will catch up.
      }
    }, URL_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, live]);

  return (
    <FieldStoreProvider value={fields}>
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
    </FieldStoreProvider>
  );
}
