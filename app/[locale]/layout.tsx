import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { getMessages } from '@/content';
import { isLocale, locales, otherLocale } from '@/lib/i18n';
import { LanguageSwitch } from '../_components/language-switch';
import { LocaleTextProvider } from '../_components/locale-text';
import { StepFocus } from '../_components/step-focus';
import '../globals.css';

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

/** Only the locales above exist; any other path is answered by app/global-not-found.tsx. */
export const dynamicParams = false;

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#194d9b',
};

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const { ui } = getMessages(locale);
  return {
    title: { default: ui.siteName, template: `%s | ${ui.siteName}` },
    description: ui.siteDescription,
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { ui } = getMessages(locale);
  const other = otherLocale(locale);
  const otherUi = getMessages(other).ui;

  return (
    <html lang={locale}>
      <body>
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded-lg focus:bg-white focus:p-3">
          {ui.skipToContent}
        </a>
        <header className="border-b border-calm-100 bg-white">
          <div className="mx-auto flex max-w-prose items-center justify-between gap-3 px-4 py-3">
            <Link href={`/${locale}`} className="font-bold text-calm-800">
              {ui.siteName}
            </Link>
            <LanguageSwitch to={other} label={ui.switchLanguage} name={ui.languageName} />
          </div>
        </header>
        <main id="main" className="mx-auto max-w-prose px-4 py-6 sm:py-10">
          <LocaleTextProvider
            value={{
              locale,
              notFoundTitle: ui.notFoundTitle,
              notFoundBody: ui.notFoundBody,
              notFoundStart: ui.notFoundStart,
              errorTitle: ui.errorTitle,
              errorBody: ui.errorBody,
              errorRetry: ui.errorRetry,
            }}
          >
            {children}
          </LocaleTextProvider>
        </main>
        <footer className="mx-auto max-w-prose px-4 pb-10 text-xs text-calm-600">
          <p>{ui.footerNote}</p>
          <p lang={other} className="mt-1">
            {otherUi.siteName}
          </p>
        </footer>
        <Suspense fallback={null}>
          <StepFocus />
        </Suspense>
      </body>
    </html>
  );
}
