'use client';

import { useSyncExternalStore } from 'react';

/**
 * The page's query string and origin, read from `window.location` without `useSearchParams`.
 *
 * Every page is prerendered without a query. `useSearchParams` would make Next.js render each part
 * that reads it in the browser from scratch (a Suspense bail-out per part); these hooks let the
 * server render those parts as for an empty query, and the browser re-render them with the real one
 * right after hydration. After a client-side navigation, React re-reads the store once the new
 * page is committed (when Next.js has updated the address), so the values are never stale.
 */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

/** The query string (`?a=…` or ''); '' on the server and during hydration. */
export function useSearch(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );
}

/** The page's origin (`https://…`); null on the server and during hydration. */
export function useOrigin(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => window.location.origin,
    () => null,
  );
}

const noSubscription = () => () => {};

/**
 * False on the server and while the page hydrates, true from the next render on (and on every
 * page rendered in the browser): parts that differ once JavaScript runs switch on it.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
