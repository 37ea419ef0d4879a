import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getMessages } from '@/content';
import { defaultLocale, isLocale, LOCALE_HEADER } from '@/lib/i18n';
import './globals.css';

export const metadata: Metadata = { robots: { index: false } };

/** The 404 page for any URL that is no page of the product, in the visitor's language. */
export default async function GlobalNotFound() {
  const requested = (await headers()).get(LOCALE_HEADER);
  const locale = isLocale(requested) ? requested : defaultLocale;
  const { ui } = getMessages(locale);
  return (
    <html lang={locale}>
      <head>
        <title>{`${ui.notFoundTitle} | ${ui.siteName}`}</title>
      </head>
      <body>
        <main className="mx-auto grid max-w-prose gap-4 px-4 py-10">
          <p className="font-bold">{ui.siteName}</p>
          <h1 className="text-2xl font-bold">{ui.notFoundTitle}</h1>
          <p>{ui.notFoundBody}</p>
          <p>
            <a href={`/${locale}`} className="inline-block rounded-xl bg-brand-700 px-4 py-3 font-semibold text-white hover:bg-brand-800">
              {ui.notFoundStart}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
