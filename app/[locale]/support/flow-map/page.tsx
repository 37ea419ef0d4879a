import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getMessages } from '@/content';
import { isLocale } from '@/lib/i18n';
import { pageMetadata } from '@/app/_components/shared/page-metadata';
import { FlowMap } from '@/app/_components/support/flow-map';

export async function generateMetadata({ params }: PageProps<'/[locale]/support/flow-map'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const { flowMap, ui } = getMessages(locale);
  return pageMetadata({ locale, path: (l) => `/${l}/support/flow-map`, title: flowMap.title, description: flowMap.intro, siteName: ui.siteName });
}

/**
 * The flow map on a page of its own: the diagram is large (about 30 kB of HTML gzip), so the
 * support directory, which agents open on phones too, links here instead of carrying it.
 */
export default async function FlowMapPage({ params }: PageProps<'/[locale]/support/flow-map'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { support, flowMap } = getMessages(locale);
  return (
    <div className="grid gap-6">
      <p>
        <a href={`/${locale}/support`} className="font-medium text-brand-800 underline underline-offset-2">
          {support.backToDirectory}
        </a>
      </p>
      <FlowMap locale={locale} heading={flowMap.title} asPage />
    </div>
  );
}
