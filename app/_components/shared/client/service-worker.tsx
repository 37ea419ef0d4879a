'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { OfflineText } from '@/content/schema';
import type { KeepMessage, KeptMessage } from '@/lib/offline';
import { offlinePlan, type ConnectionHints, type OfflinePlan } from '@/lib/offline-plan';
import { fill } from '@/lib/template';

export type OfflineLabels = Pick<OfflineText, 'saving' | 'savedVisited' | 'savedService' | 'savedLanguage' | 'savedAll' | 'saveAll'>;

/** Set when the visitor asks to save everything: it holds for the rest of the visit. */
let chosenPlan: OfflinePlan | undefined;

function post(message: KeepMessage, sent: () => void) {
  void navigator.serviceWorker.ready.then((registration) => {
    if (!registration.active) return;
    sent();
    registration.active.postMessage(message);
  });
}

/**
 * Registers the offline service worker after the page has loaded (production builds only), tells
 * it what to keep for this visitor (lib/offline-plan.ts: Save-Data and the connection decide) on
 * every page, says what is kept, and offers to save the rest on demand.
 */
export function OfflineSupport({ labels, services }: { labels: OfflineLabels; services: Record<string, string> }) {
  const pathname = usePathname();
  const [status, setStatus] = useState<'idle' | 'saving' | KeptMessage>('idle');

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const onMessage = (event: MessageEvent) => {
      const data = event.data as Partial<KeptMessage> | null;
      if (data?.type === 'kept') setStatus(data as KeptMessage);
    };
    navigator.serviceWorker.addEventListener('message', onMessage);
    const register = () => {
      navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
        // Offline support is a bonus: the site works the same without it.
      });
    };
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => navigator.serviceWorker.removeEventListener('message', onMessage);
  }, []);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const connection = (navigator as Navigator & { connection?: ConnectionHints }).connection;
    post({ type: 'keep', path: pathname, url: `${pathname}${window.location.search}`, plan: chosenPlan ?? offlinePlan(connection) }, () => setStatus('saving'));
  }, [pathname]);

  const saveAll = () => {
    chosenPlan = 'all';
    post({ type: 'keep', path: pathname, url: `${pathname}${window.location.search}`, plan: 'all' }, () => setStatus('saving'));
  };

  const service = pathname.split('/')[2] ?? '';
  let text = '';
  if (status === 'saving') text = labels.saving;
  else if (status !== 'idle' && status.complete) {
    if (status.plan === 'all') text = labels.savedAll;
    else if (status.plan === 'visited') text = labels.savedVisited;
    else text = Object.hasOwn(services, service) ? fill(labels.savedService, { service: services[service]! }) : labels.savedLanguage;
  }
  const offerAll = status !== 'idle' && status !== 'saving' && status.plan !== 'all';

  return (
    <div className="grid gap-2" data-offline={status === 'idle' || status === 'saving' ? status : status.complete ? status.plan : 'incomplete'}>
      <p aria-live="polite">{text}</p>
      {offerAll ? (
        <p>
          <button type="button" onClick={saveAll} className="inline-flex min-h-11 items-center text-sm text-brand-700 underline">
            {labels.saveAll}
          </button>
        </p>
      ) : null}
    </div>
  );
}
