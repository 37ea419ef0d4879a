'use client';

import Link from 'next/link';
import { useOrigin } from '@/app/_components/shared/client/use-location';
import { stepHref, useCurrentTrail, useWizard } from './wizard-context';

export interface TrailLabels {
  heading: string;
  change: string;
  empty: string;
  tampered: string;
  startOver: string;
  /** For each step a trail may pass through: its question (or remedy) and its answers' labels. */
  steps: Record<string, { title: string; answers: Partial<Record<string, string>> }>;
}

/** "Your answers so far", each with a link back to change it. */
export function AnswerTrail({ labels }: { labels: TrailLabels }) {
  const { flow, locale } = useWizard();
  const { entries, trailOrigin, origin, tampered } = useCurrentTrail();
  // The answers are in the address, which only the browser reads: nothing to say before that.
  if (useOrigin() === null) return null;
  const tokens = entries.map((e) => e.token);
  return (
    <section aria-labelledby="trail-heading" className="rounded-xl border border-calm-100 bg-white p-4">
      <h2 id="trail-heading" className="text-base font-semibold">
        {labels.heading}
      </h2>
      {tampered ? (
        <p role="status" className="mt-2 text-sm text-warn-700">
          {labels.tampered}
        </p>
      ) : null}
      {trailOrigin !== flow.start || (entries.length === 0 && origin !== flow.start) ? (
        <p className="mt-2 text-sm text-calm-600">
          {labels.empty}{' '}
          <Link className="inline-flex min-h-11 items-center font-medium text-brand-700 underline" href={`/${locale}`}>
            {labels.startOver}
          </Link>
        </p>
      ) : null}
      {entries.length === 0 ? null : (
        <ol className="mt-2 grid gap-2 text-sm">
          {entries.map((entry, index) => {
            const step = labels.steps[entry.step];
            // An outdated link may pass through steps that cannot lead here: they are not listed.
            if (!step) return null;
            return (
              <li key={`${entry.step}-${index}`} className="flex items-center justify-between gap-x-3">
                <span>
                  <span className="text-calm-600">{step.title}</span>{' '}
                  <strong className="font-semibold">{step.answers[entry.token]}</strong>
                </span>
                <Link
                  className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center text-brand-700 underline"
                  href={stepHref(flow, locale, entry.step, tokens.slice(0, index), trailOrigin)}
                  aria-label={`${labels.change}: ${step.title}`}
                >
                  {labels.change}
                </Link>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
