'use client';

import Link, { useLinkStatus } from 'next/link';
import type { ReactNode } from 'react';
import { answerRecordHref } from '@/lib/outcomes/answer-link';
import { prefetchesRemedies } from '@/lib/offline-plan';
import { connectionHints } from '@/app/_components/shared/client/connection';
import { useHydrated } from '@/app/_components/shared/client/use-location';
import { recordOutcome } from './outcomes';
import { stepHref, useCurrentTrail, useWizard } from './wizard-context';

export interface AnswerItem {
  token: string;
  target: string;
  label: string;
  /** The next step is rendered on demand (a remedy): prefetch it whole, not just its layout. */
  onDemand: boolean;
}

/** Answers in order, under an optional heading (long symptom lists come in groups). */
export interface AnswerGroup {
  heading?: string;
  items: AnswerItem[];
}

const linkClass =
  'flex min-h-12 w-full items-center justify-between gap-3 rounded-xl border border-calm-100 bg-white px-4 py-3 text-left font-medium text-brand-800 shadow-sm transition-colors hover:border-brand-600 hover:bg-brand-50';

function Arrow() {
  return (
    <span aria-hidden="true" className="text-brand-600">
      →
    </span>
  );
}

/**
 * Inside an answer link once the page is interactive: the arrow, or, while the tapped answer's next
 * step is still on its way (its prefetch has not arrived yet), a line saying so, so a tap on a slow
 * connection never looks ignored.
 */
function ArrowOrOpening({ label }: { label: string }) {
  const { pending } = useLinkStatus();
  return pending ? <span className="shrink-0 text-sm font-normal text-calm-600">{label}</span> : <Arrow />;
}

function Groups({ groups, link }: { groups: AnswerGroup[]; link: (item: AnswerItem) => ReactNode }) {
  return (
    <div className="grid gap-4">
      {groups.map((group, index) => (
        <div key={group.heading ?? index} className="grid gap-2">
          {group.heading ? <h3 className="text-sm font-semibold text-calm-600">{group.heading}</h3> : null}
          <ul className="grid gap-2">
            {group.items.map((item) => (
              <li key={item.token}>{link(item)}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/**
 * The step's answers as links. The server renders plain links through the recording route (what
 * works with JavaScript off: it counts the answer and redirects to the next step,
 * lib/outcomes/answer-link.ts). Once the page is interactive they become links to the next step
 * that carry the answers given so far in the URL, change step client-side, and count the answer
 * from the page: each answer is counted once either way. A link to a remedy (rendered on demand
 * for its live fix rate) is prefetched whole, as a static step's is, so its tap does not wait for
 * the server (decision 006), except with Save-Data.
 */
export function AnswerLinks({ groups, openingLabel }: { groups: AnswerGroup[]; openingLabel: string }) {
  const { flow, locale, step } = useWizard();
  const { tokens, origin } = useCurrentTrail();
  const hydrated = useHydrated();
  // Read once hydrated (the server cannot know): Save-Data keeps remedies from being prefetched whole.
  const prefetchWhole = hydrated && prefetchesRemedies(connectionHints());
  return (
    <Groups
      groups={groups}
      link={(item) =>
        hydrated ? (
          <Link
            className={linkClass}
            href={stepHref(flow, locale, item.target, [...tokens, item.token], origin)}
            prefetch={item.onDemand && prefetchWhole ? true : null}
            data-answer={item.token}
            onClick={() => recordOutcome({ kind: 'answer', step, answer: item.token, next: item.target, locale })}
          >
            <span>{item.label}</span>
            <ArrowOrOpening label={openingLabel} />
          </Link>
        ) : (
          // A plain link until hydrated: a click before then is a full page load, counted by the server.
          <a className={linkClass} href={answerRecordHref(locale, step, item.token)} rel="nofollow" data-answer={item.token}>
            <span>{item.label}</span>
            <Arrow />
          </a>
        )
      }
    />
  );
}
