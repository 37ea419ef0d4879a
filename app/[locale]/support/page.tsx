import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getMessages } from '@/content';
import { directoryGroups } from '@/lib/directory';
import { isLocale, locales } from '@/lib/i18n';
import { normalizeSearchText } from '@/lib/search-text';
import { stepPath, steps } from '@/machines/wizard-graph';
import { DirectoryCopy } from '@/app/_components/support/client/directory-copy';
import { pageMetadata } from '@/app/_components/shared/page-metadata';
import { StepFilter } from '@/app/_components/support/client/step-filter';
import { PageHeading } from '@/app/_components/shared/page-heading';
import { HeadedSection } from '@/app/_components/shared/headed-section';

export async function generateMetadata({ params }: PageProps<'/[locale]/support'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const { support, ui } = getMessages(locale);
  return pageMetadata({ locale, path: (l) => `/${l}/support`, title: support.title, description: support.description, siteName: ui.siteName });
}

/** The support agent's directory of every step, generated from the machine and the content. */
export default async function SupportPage({ params }: PageProps<'/[locale]/support'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { ui, support, steps: texts } = getMessages(locale);
  const all = locales.map((l) => getMessages(l).steps);
  const copyLabels = { copied: ui.linkCopied, failed: ui.linkCopyFailed, link: ui.linkLabel };

  return (
    <div className="grid gap-6">
      <header className="grid gap-3">
        <PageHeading>{support.title}</PageHeading>
        <p className="text-calm-600">{support.description}</p>
        <p className="text-sm text-calm-600">{support.intro}</p>
      </header>

      <StepFilter
        total={steps.length}
        labels={{ label: support.filterLabel, hint: support.filterHint, count: support.count, noMatch: support.noMatch }}
      />

      {directoryGroups().map((group) => (
        <section key={group.service} aria-labelledby={`service-${group.service}`} className="grid gap-4" data-filter-group>
          <h2 id={`service-${group.service}`} className="text-xl font-bold">
            {support.services[group.service]}
          </h2>
          {group.kinds.map(({ kind, steps: inKind }) => (
            <div key={kind} className="grid gap-2" data-filter-group>
              <h3 className="text-sm font-semibold text-calm-600">
                {ui.stepKind[kind]}
              </h3>
              <ul className="grid gap-2">
                {inKind.map((step) => {
                  const path = stepPath(locale, step.id);
                  const search = normalizeSearchText(
                    [path, ...all.flatMap((t) => [t[step.meta.content].title, t[step.meta.content].short])].join(' '),
                  );
                  return (
                    <li key={step.id} data-search={search} data-step={step.id} className="grid gap-2 rounded-xl bg-white p-3 shadow-sm">
                      <a href={path} className="font-medium text-brand-800 underline underline-offset-2">
                        {texts[step.meta.content].title}
                      </a>
                      <p className="break-all font-mono text-xs text-calm-600">{path}</p>
                      <DirectoryCopy path={path} label={support.copyLink} title={texts[step.meta.content].title} labels={copyLabels} />
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
      ))}

      <HeadedSection
        id="flow-map-link-heading"
        size="lg"
        className="grid gap-1 rounded-xl border border-calm-100 bg-white p-4"
        heading={
          <a href={`/${locale}/support/flow-map`} className="text-brand-800 underline underline-offset-2">
            {support.flowMapLink}
          </a>
        }
      >
        <p className="text-sm text-calm-600">{support.flowMapLinkHint}</p>
      </HeadedSection>

      <aside className="rounded-xl bg-brand-50 p-4 text-sm">
        <h2 className="font-semibold">{support.shareHeading}</h2>
        <p>{support.shareSummary}</p>
      </aside>
    </div>
  );
}
