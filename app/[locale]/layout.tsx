import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getMessages } from '@/content';
import { isLocale, locales, otherLocale } from '@/lib/i18n';
import { siteUrl } from '@/lib/site';
import { LanguageSwitch } from '@/app/_components/shared/client/language-switch';
import { LocaleTextProvider } from '@/app/_components/shared/client/locale-text';
import { OfflineSupport } from '@/app/_components/shared/client/service-worker';
import { StepFocus } from '@/app/_components/shared/client/step-focus';
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
    // Without SITE_URL no origin is made up: links stay paths (lib/site.ts).
    metadataBase: siteUrl ? new URL(siteUrl) : null,
    title: { default: ui.siteName, template: `%s | ${ui.siteName}` },
    description: ui.siteDescription,
    applicationName: ui.siteName,
    openGraph: { siteName: ui.siteName },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { ui, support } = getMessages(locale);
  const other = otherLocale(locale);
  const { saving, savedVisited, savedService, savedLanguage, savedAll, saveAll, notSavedSaveData, saveThis } = ui.offline;
  const offlineLabels = { saving, savedVisited, savedService, savedLanguage, savedAll, saveAll, notSavedSaveData, saveThis };

  return (
    <html lang={locale}>
      <body>
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded-lg focus:bg-white focus:p-3">
          {ui.skipToContent}
        </a>
        <header className="border-b border-calm-100 bg-white print:hidden">
          <div className="mx-auto flex max-w-prose items-center justify-between gap-3 px-4 py-3">
            <Link href={`/${locale}`} className="inline-flex min-h-11 items-center font-bold text-calm-800">
              {ui.siteName}
            </Link>
            <LanguageSwitch to={other} label={ui.switchLanguage} name={ui.languageName} />
          </div>
        </header>
        <main id="main" className="mx-auto max-w-prose px-4 py-6 sm:py-10">
          <LocaleTextProvider
            value={{
              locale,
              notFoundStart: ui.notFoundStart,
              errorTitle: ui.errorTitle,
              errorBody: ui.errorBody,
              errorRetry: ui.errorRetry,
            }}
          >
            {children}
          </LocaleTextProvider>
        </main>
        <footer className="mx-auto grid max-w-prose gap-3 px-4 pb-10 text-xs text-calm-600 print:hidden">
          <nav aria-label={ui.navLabel}>
            <ul className="flex flex-wrap gap-x-4 text-sm">
              <li>
                <Link className="inline-flex min-h-11 min-w-11 items-center justify-center text-brand-700 underline" href={`/${locale}`}>
                  {ui.navWizard}
                </Link>
              </li>
              <li>
                <Link className="inline-flex min-h-11 min-w-11 items-center justify-center text-brand-700 underline" href={`/${locale}/calculator`}>
                  {ui.navCalculator}
                </Link>
              </li>
              <li>
                <Link className="inline-flex min-h-11 min-w-11 items-center justify-center text-brand-700 underline" href={`/${locale}/support`}>
                  {ui.navSupport}
                </Link>
              </li>
              <li>
                <Link className="inline-flex min-h-11 min-w-11 items-center justify-center text-brand-700 underline" href={`/${locale}/privacy`}>
                  {ui.navPrivacy}
                </Link>
              </li>
            </ul>
          </nav>
          <p>{ui.footerNote}</p>
          <OfflineSupport labels={offlineLabels} services={{ xm: support.services.xm, bitmex: support.services.bitmex }} />
        </footer>
        <StepFocus />
      </body>
    </html>
  );
}
