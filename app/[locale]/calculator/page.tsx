import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Calculator } from '@/app/_components/calculator/client/calculator';
import { SECTION_IDS } from '@/app/_components/calculator/client/section';
import { pageMetadata } from '@/app/_components/shared/page-metadata';
import { getMessages } from '@/content';
import { getCalculatorMessages } from '@/content/calculator';
import { isLocale } from '@/lib/i18n';
import { officialSites } from '@/lib/official-sites';
import { PageHeading } from '@/app/_components/shared/page-heading';

/**
 * The margin calculator. Prerendered for every locale (the [locale] layout lists them); the
 * inputs live in the query string and are read in the browser, so the HTML is the same for
 * every link and the page stays static.
 */
export async function generateMetadata({ params }: PageProps<'/[locale]/calculator'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const { meta } = getCalculatorMessages(locale);
  const { ui } = getMessages(locale);
  return pageMetadata({ locale, path: (l) => `/${l}/calculator`, title: meta.title, description: meta.description, siteName: ui.siteName });
}

export default async function CalculatorPage({ params }: PageProps<'/[locale]/calculator'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { meta, ...text } = getCalculatorMessages(locale);
  void meta;

  const contents: { id: string; label: string }[] = [
    { id: SECTION_IDS.rules, label: text.rules.heading },
    { id: SECTION_IDS.health, label: text.health.heading },
    { id: SECTION_IDS.recovery, label: text.recovery.heading },
    { id: SECTION_IDS.position, label: text.position.heading },
    { id: SECTION_IDS.leverage, label: text.leverage.heading },
    { id: SECTION_IDS.hedge, label: text.hedge.heading },
    { id: SECTION_IDS.positions, label: text.positions.heading },
    { id: SECTION_IDS.brokers, label: text.brokers.heading },
    { id: SECTION_IDS.share, label: text.share.heading },
  ];

  return (
    <div className="grid gap-8">
      <header className="grid gap-3">
        <PageHeading>{text.page.heading}</PageHeading>
        <p>{text.page.lead}</p>
        <p className="text-sm">{text.page.howTo}</p>
        <p className="text-sm text-calm-600">{text.page.estimate}</p>
        <noscript>
          <p className="rounded-lg bg-warn-50 p-3 text-sm text-warn-700">{text.page.noScript}</p>
        </noscript>
        <nav aria-labelledby="calc-contents-heading" className="rounded-xl border border-calm-100 bg-white p-4">
          <h2 id="calc-contents-heading" className="text-base font-semibold">
            {text.page.sectionsNav}
          </h2>
          <ol className="mt-2 grid list-decimal gap-1 pl-5 text-sm">
            {contents.map((item) => (
              <li key={item.id}>
                <a className="text-brand-700 underline underline-offset-2" href={`#${item.id}`}>
                  {item.label}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      </header>
      <Calculator locale={locale} text={text} officialSite={officialSites.xm} />
    </div>
  );
}
