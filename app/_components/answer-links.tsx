'use client';

import Link from 'next/link';
import { stepHref, useCurrentTrail, useWizard } from './wizard-context';

export interface AnswerItem {
  token: string;
  target: string;
  label: string;
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

/** Answer links as plain anchors: what the server sends, and what works with JavaScript off. */
export function AnswerLinksStatic({ items, hrefs }: { items: AnswerItem[]; hrefs: string[] }) {
  return (
    <ul className="grid gap-3">
      {items.map((item, index) => (
        <li key={item.token}>
          <a className={linkClass} href={hrefs[index]} data-answer={item.token}>
            <span>{item.label}</span>
            <Arrow />
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The same links, carrying the answers given so far in the URL, changing step client-side. */
export function AnswerLinks({ items }: { items: AnswerItem[] }) {
  const { flow, locale } = useWizard();
  const { tokens, origin } = useCurrentTrail();
  return (
    <ul className="grid gap-3">
      {items.map((item) => (
        <li key={item.token}>
          <Link className={linkClass} href={stepHref(flow, locale, item.target, [...tokens, item.token], origin)} data-answer={item.token}>
            <span>{item.label}</span>
            <Arrow />
          </Link>
        </li>
      ))}
    </ul>
  );
}
