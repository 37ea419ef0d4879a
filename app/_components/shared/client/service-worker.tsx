'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { OfflineText } from '@/content/schema';
import type { KeepMessage, KeptMessage } from '@/lib/offline';
import { offlinePlan, startsOnDemand, type OfflinePlan } from '@/lib/offline-plan';
import { connectionHints } from './connection';
import { fill } from '@/lib/template';

export type OfflineLabels = Pick<OfflineText, 'saving' | 'savedVisited' | 'savedService' | 'savedLanguage' | 'savedAll' | 'saveAll' | 'notSavedSaveData' | 'saveThis'>;

/** Set when the visitor asks to save everything: it holds for the rest of the visit. */
let chosenPlan: OfflinePlan | undefined;

function post(message: KeepMessage, sent: () => void) {
  void navigator.serviceWorker.ready.then((registration) => {
    if (!registration.active) return;
    sent();
    registration.active.postMessage(message);
  });
}

const inProduction = process.env.NODE_ENV === 'production';

function register() {
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
    // Offline support is a bonus: the site works the same without it.
  });
}

/**
 * Registers the offline service worker after the page has loaded (production builds only), tells
 * it what to keep for this visitor (lib/offline-plan.ts: Save-Data and the connection decide) on
 * every page, says what is kept, and offers to save the rest on demand. With Save-Data on and no
 * worker installed yet, nothing is downloaded (not even the worker) until the visitor asks.
 */
export function OfflineSupport({ labels, services }: { labels: OfflineLabels; services: Record<string, string> }) {
  const pathname = usePathname();
  const [status, setStatus] = useState<'idle' | 'on-demand' | 'saving' | KeptMessage>('idle');
  /** Whether the worker is (being) installed: false while Save-Data waits for the visitor. */
  const [active, setActive] = useState(false);

  useEffect(() => {
    if (!inProduction || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    const onMessage = (event: MessageEvent) => {
      const data = event.data as Partial<KeptMessage> | null;
      if (data?.type === 'kept') setStatus(data as KeptMessage);
    };
    navigator.serviceWorker.addEventListener('message', onMessage);
    const start = () => {
      register();
      if (!cancelled) setActive(true);
    };
    void navigator.serviceWorker.getRegistration('/').then((existing) => {
      if (cancelled) return;
      if (!existing && !chosenPlan && startsOnDemand(connectionHints())) {
        setStatus('on-demand');
        return;
      }
      if (document.readyState === 'complete') start();
      else window.addEventListener('load', start, { once: true });
    });
    return () => {
      cancelled = true;
      navigator.serviceWorker.removeEventListener('message', onMessage);
    };
  }, []);

  useEffect(() => {
    if (!active) return;
    post({ type: 'keep', path: pathname, url: `${pathname}${window.location.search}`, plan: chosenPlan ?? offlinePlan(connectionHints()) }, () => setStatus('saving'));
  }, [active, pathname]);

  const choose = (plan: OfflinePlan) => {
    chosenPlan = plan;
    if (!active) {
      register();
      setActive(true);
      setStatus('saving');
      return;
    }
    post({ type: 'keep', path: pathname, url: `${pathname}${window.location.search}`, plan }, () => setStatus('saving'));
  };

  const service = pathname.split('/')[2] ?? '';
  let text = '';
  if (status === 'saving') text = labels.saving;
  else if (status === 'on-demand') text = labels.notSavedSaveData;
  else if (status !== 'idle' && status.complete) {
    if (status.plan === 'all') text = labels.savedAll;
    else if (status.plan === 'visited') text = labels.savedVisited;
    else text = Object.hasOwn(services, service) ? fill(labels.savedService, { service: services[service]! }) : labels.savedLanguage;
  }
  const offer: { plan: OfflinePlan; label: string } | null =
    status === 'on-demand'
      ? { plan: 'visited', label: labels.saveThis }
      : status !== 'idle' && status !== 'saving' && status.plan !== 'all'
        ? { plan: 'all', label: labels.saveAll }
        : null;

  return (
    <div className="grid gap-2" data-offline={status === 'idle' || status === 'saving' || status === 'on-demand' ? status : status.complete ? status.plan : 'incomplete'}>
      <p aria-live="polite">{text}</p>
      {offer ? (
        <p>
          <button type="button" onClick={() => choose(offer.plan)} className="inline-flex min-h-11 items-center text-sm text-brand-700 underline">
            {offer.label}
          </button>
        </p>
      ) : null}
    </div>
  );
}
