'use client';

import { useEffect, useRef, useState, type Ref, type RefObject } from 'react';
import type { ObservationText, ServiceStatusText } from '@/content/schema';
import type { officialStatusPages } from '@/lib/official-sites';
import { ObservationsPending, type BrowserCheck } from '../observation-frame';

/**
 * The checks' code (XState, @xstate/react, the machines in `machines/checks/`, the words' logic)
 * is not part of a step page's first load. It is fetched once the visitor engages with the page
 * (`whenEngaged`) and the browser is idle, then kept for the next steps. On every step, the live
 * checks replace the server-rendered "checking…" placeholders only after the step has been shown,
 * so a step change never waits for them. With JavaScript off, the placeholders are hidden and the
 * steps link to the status page instead.
 */

type LiveChecks = typeof import('./live-checks');
let loading: Promise<LiveChecks> | undefined;
let loaded = false;
/** The visitor has scrolled, or a check came into view, on this page or an earlier step. */
let engaged = false;
/** The checks waiting for that, each with what stops its own watching. */
const waiting = new Map<() => void, () => void>();

function engage() {
  engaged = true;
  for (const [start, stop] of [...waiting]) {
    waiting.delete(start);
    stop();
    start();
  }
}

function loadLiveChecks(): Promise<LiveChecks> {
  loading ??= import('./live-checks').then((module) => {
    loaded = true;
    return module;
  });
  return loading;
}

/**
 * Runs `start` once the visitor engages: at once when they already have (on this page or an
 * earlier step) or the browser cannot observe, else on their first scroll or when `element` is in
 * view (a check on the first screen starts at once). On most steps the checks sit below the first
 * screen, so a visitor who reads the question and taps an answer never pays for them: the checks'
 * chunk, the status request and the machines' start (decision 009). Returns what stops the waiting.
 */
function whenEngaged(element: Element | null, start: () => void): () => void {
  if (engaged || !element || typeof IntersectionObserver !== 'function') {
    start();
    return () => {};
  }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) engage();
  });
  const stop = () => {
    observer.disconnect();
    window.removeEventListener('scroll', engage);
  };
  waiting.set(start, stop);
  observer.observe(element);
  window.addEventListener('scroll', engage, { passive: true });
  return () => {
    waiting.delete(start);
    stop();
  };
}

function useLiveChecks(placeholder: RefObject<Element | null>): LiveChecks | undefined {
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
    let cancel = () => {};
    const schedule = () => {
      if (typeof window.requestIdleCallback === 'function') {
        // Once the code is here, the next idle moment comes right after the new step's frame.
        const id = window.requestIdleCallback(load, { timeout: loaded ? 200 : 1_500 });
        cancel = () => window.cancelIdleCallback(id);
      } else {
        const timer = window.setTimeout(load, 1);
        cancel = () => window.clearTimeout(timer);
      }
    };
    const stopWaiting = whenEngaged(placeholder.current, schedule);
    return () => {
      active = false;
      stopWaiting();
      cancel();
    };
  }, [placeholder]);
  return live;
}

export function ObservationsLoader(props: { checks: BrowserCheck[]; text: ObservationText; suggestAnswer?: string }) {
  const placeholder = useRef<HTMLElement>(null);
  const live = useLiveChecks(placeholder);
  return live ? <live.LiveObservations {...props} /> : <ObservationsPending ref={placeholder} checks={props.checks} text={props.text} />;
}

function StatusPending({ text, ref }: { text: ServiceStatusText; ref: Ref<HTMLParagraphElement> }) {
  return (
    <p ref={ref} className="js-only text-calm-600">
      {text.checking}
    </p>
  );
}

export function StatusLoader(props: { service: keyof typeof officialStatusPages; text: ServiceStatusText; suggestAnswer?: string }) {
  const placeholder = useRef<HTMLParagraphElement>(null);
  const live = useLiveChecks(placeholder);
  return live ? <live.LiveStatus {...props} /> : <StatusPending ref={placeholder} text={props.text} />;
}
