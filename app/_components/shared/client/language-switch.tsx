'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useSearch } from './use-location';

function swapLocale(pathname: string, to: string): string {
  const parts = pathname.split('/');
  parts[1] = to;
  return parts.join('/');
}

const className = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg px-3 text-sm font-medium text-brand-700 underline underline-offset-4';

interface Props {
  to: string;
  label: string;
  name: string;
}

/**
 * Link to the same page in the other language, with the page's query (the answers so far, the
 * calculator's inputs). The path is known when the page is prerendered, so it works with
 * JavaScript off; the query is added in the browser. Pages that rewrite their own query while the
 * user types (calculator, search) do it without telling React, so a click reads it afresh.
 */
export function LanguageSwitch({ to, label, name }: Props) {
  const router = useRouter();
  const path = swapLocale(usePathname() ?? `/${to}`, to);
  const search = useSearch();
  return (
    <Link
      className={className}
      href={`${path}${search}`}
      hrefLang={to}
      lang={to}
      aria-label={label}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        router.push(`${path}${window.location.search}`);
      }}
    >
      {name}
    </Link>
  );
}
