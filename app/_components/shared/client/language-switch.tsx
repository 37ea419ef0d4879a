'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense } from 'react';

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

function SwitchLink({ href, to, label, name }: Props & { href: string }) {
  return (
    <Link className={className} href={href} hrefLang={to} lang={to} aria-label={label}>
      {name}
    </Link>
  );
}

function WithQuery({ path, ...props }: Props & { path: string }) {
  const query = useSearchParams().toString();
  return <SwitchLink {...props} href={query ? `${path}?${query}` : path} />;
}

/**
 * Link to the same page in the other language. The path is known when the page is prerendered
 * (so it works with JavaScript off); the answers in the query are added in the browser.
 */
export function LanguageSwitch(props: Props) {
  const path = swapLocale(usePathname() ?? `/${props.to}`, props.to);
  return (
    <Suspense fallback={<SwitchLink {...props} href={path} />}>
      <WithQuery {...props} path={path} />
    </Suspense>
  );
}
