'use client';

import { useEffect, useState } from 'react';
import type { ObservationText, ServiceStatusText } from '@/content/schema';
import type { officialStatusPages } from '@/lib/official-sites';
import { ObservationsPending, type BrowserCheck } from '../observation-frame';

/**
 * The checks' code (XState, @xstate/react, the machines in `machines/checks/`, the words' logic)
 * is not part of a step page's first load: it is fetched once the step is interactive and the
 * browser is idle, then kept for the next steps. Until then the server-rendered "checking…"
 * placeholders stay; with JavaScript off, the placeholders are hidden and the steps link to the
 * status page instead.
 */

type LiveChecks = typeof import('./live-checks');
let loading: Promise<LiveChecks> | undefined;
let loaded: LiveChecks | undefined;

function loadLiveChecks(): Promise<LiveChecks> {
  loading ??= import('./live-checks').then((module) => (loaded = module));
  return loading;
}

function useLiveChecks(): LiveChecks | undefined {
  // On a client-side step change the code is already here: no placeholder, no waiting.
  const [live, setLive] = useState<LiveChecks | undefined>(() => loaded);
  useEffect(() => {
    if (live) return;
    let active = true;
    const load = () => {
      loadLiveChecks().then(
        (module) => {
          if (active) setLive(module);
        },
        () => {
          // The chunk could not be fetched (offline before it was cached): the placeholders stay.
          loading = undefined;
        },
      );
    };
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(load, { timeout: 1_500 });
      return () => {
        active = false;
        window.cancelIdleCallback(id);
      };
    }
    const timer = window.setTimeout(load, 1);
    return () => {
      active = false;
      window.clearTimeout(timer);
    };
  }, [live]);
  return live;
}

export function ObservationsLoader(props: { checks: BrowserCheck[]; text: ObservationText; suggestAnswer?: string }) {
  const live = useLiveChecks();
  return live ? <live.LiveObservations {...props} /> : <ObservationsPending checks={props.checks} text={props.text} />;
}

function StatusPending({ text }: { text: ServiceStatusText }) {
  return <p className="js-only text-calm-600">{text.checking}</p>;
}

export function StatusLoader(props: { service: keyof typeof officialStatusPages; text: ServiceStatusText; suggestAnswer?: string }) {
  const live = useLiveChecks();
  return live ? <live.LiveStatus {...props} /> : <StatusPending text={props.text} />;
}
