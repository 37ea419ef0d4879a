import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getMessages } from '@/content';
import { isLocale } from '@/lib/i18n';
import { searchSteps } from '@/lib/search';
import { buildSearchIndex } from '@/lib/search-index';
import { requireStep, startStepId, stepPath } from '@/machines/wizard-graph';
import { pageMetadata } from '@/app/_components/shared/page-metadata';
import { SearchLive, type SymptomList } from '@/app/_components/wizard/client/search-live';
import { PageHeading } from '@/app/_components/shared/page-heading';

/** Longest query read from the address: longer input is cut, never an error. */
const MAX_QUERY = 100;

function firstValue(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const { search, ui } = getMessages(locale);
  return {
    ...pageMetadata({ locale, path: (l) => `/${l}/search`, title: search.title, description: search.description, siteName: ui.siteName }),
    robots: { index: false, follow: true },
  };
}

/**
 * "Type what you see": `/{locale}/search?q=…` lists the steps that match the user's words, best
 * first (lib/search.ts), rendered on the server so it works with JavaScript off. `s` (the service
 * of the symptom step the form was on) puts that service's steps first among equals.
 */
export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const query = await searchParams;
  const q = firstValue(query.q).slice(0, MAX_QUERY);
  const service = firstValue(query.s);
  const { search, steps: texts } = getMessages(locale);

  const hits = searchSteps(buildSearchIndex(locale), q, service).map(({ entry }) => ({
    step: entry.step,
    href: entry.href,
    title: entry.title,
    service: entry.service,
  }));

  // The symptom questions of both services, as links: what to offer when nothing matches.
  const symptoms: SymptomList[] = requireStep(startStepId).answers.map((region) => {
    const symptom = requireStep(region.target);
    const labels = texts[symptom.meta.content].answers ?? {};
    return {
      heading: texts[symptom.meta.content].title,
      answers: symptom.answers.map((answer) => ({ label: labels[answer.token] ?? '', href: stepPath(locale, answer.target) })),
    };
  });

  return (
    <div className="grid gap-6">
      <header className="grid gap-2">
        <PageHeading>{search.title}</PageHeading>
        <p className="text-calm-600">{search.description}</p>
      </header>
      <SearchLive
        indexUrl={`/${locale}/search/index.json`}
        action={`/${locale}/search`}
        initialQuery={q}
        initialHits={hits}
        service={service === 'xm' || service === 'bitmex' ? service : undefined}
        labels={search}
        symptoms={symptoms}
      />
    </div>
  );
}
