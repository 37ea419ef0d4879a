'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';

function swapLocale(pathname: string, to: string): string {
  const parts = pathname.split('/');
  parts[1] = to;
  return parts.join('/') || `/${to}`;
}

const className = 'rounded-lg px-3 py-2 text-sm font-medium text-brand-700 underline-offset-4 hover:underline';

/** Link to the same step (and the same answers) in the other language. */
export function LanguageSwitch({ to, label, name, fallbackHref }: { to: string; label: string; name: string; fallbackHref: string }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const href = `${swapLocale(pathname ?? fallbackHref, to)}${query ? `?${query}` : ''}`;
  return (
    <Link className={className} href={href} hrefLang={to} lang={to} aria-label={label}>
      {name}
    </Link>
  );
}

export function LanguageSwitchStatic({ to, label, name, fallbackHref }: { to: string; label: string; name: string; fallbackHref: string }) {
  return (
    <a className={className} href={fallbackHref} hrefLang={to} lang={to} aria-label={label}>
      {name}
    </a>
  );
}
