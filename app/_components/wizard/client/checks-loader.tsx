'use client';

import { useEffect, useState } from 'react';
import type { ObservationText, ServiceStatusText } from '@/content/schema';
import type { officialStatusPages } from '@/lib/official-sites';
import { ObservationsPending, type BrowserCheck } from '../observation-frame';

/**
 * The checks' code (XState, @xstate/react, the machines in `machines/checks/`, the words' logic)
 * is not part of a step page's first load: it is fetched once the step is interactive and the
 * browser is idle, then kept for the next steps. On every step, the live checks replace the
 * server-rendered "checking…" placeholders only after the step has been shown, so a step change
 * never waits for them. With JavaScript off, the placeholders are hidden and the steps link to
 * the status page instead.
 */

type LiveChecks = typeof import('./live-checks');
let loading: Promise<LiveChecks> | undefined;
let loaded = false;

function loadLiveChecks(): Promise<LiveChecks> {
  loading ??= import('./live-checks').then((module) => {
    loaded = true;
    return module;
  });
  return loading;
}

function useLiveChecks(): LiveChecks | undefined {
  const [live, setLive] = useState<LiveChecks>();
  useEffect(() => {
    let active = true;
    const load = () => {
      loadLiveChecks().then(
        (module) => {
          if (active) setLive(module);
        },
        () => {
          // The chunk could not be fetched (offline before it was kept): the placeholders stay.
          loading = undefined;
        },
      );
    };
    if (typeof window.requestIdleCallback === 'function') {
      // Once the code is here, the next idle moment comes right after the new step's frame.
      const id = window.requestIdleCallback(load, { timeout: loaded ? 200 : 1_500 });
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
  }, []);
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
