'use client';

import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { reduce, valueAt, type CalculatorAction, type Store } from '@/lib/calculator/actions';

type Listener = () => void;
/** What a change was: typing in a field, or anything else (a choice, a row added or removed, a reset, a link read). */
export type ChangeKind = 'typing' | 'other';
type StoreListener = (kind: ChangeKind) => void;

/**
 * The calculator's inputs as typed, outside React: each input subscribes to its own field
 * (`useFieldValue`), so a keystroke re-renders that input only. The results are rendered from a
 * copy of the store that the calculator takes a frame later (calculator.tsx).
 */
export class FieldStore {
  private store: Store;
  /** The store as the server rendered it (the defaults), for hydration. */
  private readonly initial: Store;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly storeListeners = new Set<StoreListener>();

  constructor(initial: Store) {
    this.store = initial;
    this.initial = initial;
  }

  get(): Store {
    return this.store;
  }

  /** The store after `action` (lib/calculator/actions.ts `reduce`); only the fields whose text changed are told. */
  dispatch(action: CalculatorAction): void {
    this.replace(reduce(this.store, action), action.type === 'change' ? 'typing' : 'other');
  }

  replace(next: Store, kind: ChangeKind = 'other'): void {
    const previous = this.store;
    if (next === previous) return;
    this.store = next;
    for (const [address, set] of this.listeners) {
      if (valueAt(previous.state, address) === valueAt(next.state, address)) continue;
      for (const listener of set) listener();
    }
    for (const listener of this.storeListeners) listener(kind);
  }

  /** Told of every change (whatever field), with its kind. */
  subscribeAll(listener: StoreListener): () => void {
    this.storeListeners.add(listener);
    return () => this.storeListeners.delete(listener);
  }

  subscribe(address: string, listener: Listener): () => void {
    let set = this.listeners.get(address);
    if (!set) {
      set = new Set();
      this.listeners.set(address, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(address);
    };
  }

  value(address: string): string {
    return valueAt(this.store.state, address);
  }

  initialValue(address: string): string {
    return valueAt(this.initial.state, address);
  }
}

const FieldStoreContext = createContext<FieldStore | null>(null);

export const FieldStoreProvider = FieldStoreContext.Provider;

function useFieldStore(): FieldStore {
  const store = useContext(FieldStoreContext);
  if (!store) throw new Error('useFieldValue must be used inside <FieldStoreProvider>');
  return store;
}

/** The text of one field as typed; the component re-renders when (and only when) that text changes. */
export function useFieldValue(address: string): string {
  const store = useFieldStore();
  const subscribe = useCallback((listener: Listener) => store.subscribe(address, listener), [store, address]);
  return useSyncExternalStore(
    subscribe,
    () => store.value(address),
    () => store.initialValue(address),
  );
}
