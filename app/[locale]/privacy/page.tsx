import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getMessages } from '@/content';
import { isLocale } from '@/lib/i18n';
import { pageMetadata } from '@/app/_components/shared/page-metadata';
import { PageHeading } from '@/app/_components/shared/page-heading';
import { HeadedSection } from '@/app/_components/shared/headed-section';

export async function generateMetadata({ params }: PageProps<'/[locale]/privacy'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const { privacy, ui } = getMessages(locale);
  return pageMetadata({ locale, path: (l) => `/${l}/privacy`, title: privacy.title, description: privacy.description, siteName: ui.siteName });
}

function List({ items }: { items: string[] }) {
  return (
    <ul className="grid list-disc gap-1.5 pl-5">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * What the outcome records hold and what they never hold (docs/decisions/006, lib/outcomes/).
 * Prerendered, no script of its own.
 */
export default async function PrivacyPage({ params }: PageProps<'/[locale]/privacy'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { privacy } = getMessages(locale);
  return (
    <article className="grid gap-6">
      <header className="grid gap-3">
        <PageHeading>{privacy.title}</PageHeading>
        <p className="text-calm-600">{privacy.intro}</p>
      </header>
      <HeadedSection id="recorded-heading" heading={privacy.recordedHeading} size="lg">
        <List items={privacy.recorded} />
        <p className="rounded-xl bg-brand-50 p-3">{privacy.visitKey}</p>
      </HeadedSection>
      <HeadedSection id="not-recorded-heading" heading={privacy.notRecordedHeading} size="lg">
        <List items={privacy.notRecorded} />
      </HeadedSection>
      <HeadedSection id="use-heading" heading={privacy.useHeading} size="lg">
        {privacy.use.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </HeadedSection>
      <HeadedSection id="opt-out-heading" heading={privacy.optOutHeading} size="lg">
        {privacy.optOut.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </HeadedSection>
    </article>
  );
}
