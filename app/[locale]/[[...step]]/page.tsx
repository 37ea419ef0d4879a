import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getMessages } from '@/content';
import { isLocale, locales } from '@/lib/i18n';
import { resolvePath, stepPath, steps } from '@/machines/wizard-graph';
import { pageMetadata } from '@/app/_components/shared/page-metadata';
import { StepView } from '@/app/_components/wizard/step-view';

/** Every step of the machine, in every locale, is prerendered as HTML; no other step exists. */
export function generateStaticParams() {
  return locales.flatMap((locale) => steps.map((step) => ({ locale, step: step.segments })));
}

export const dynamicParams = false;

async function resolve(params: PageProps<'/[locale]/[[...step]]'>['params']) {
  const { locale, step: segments } = await params;
  if (!isLocale(locale)) return undefined;
  // Old and alias addresses are redirected by the proxy before they get here.
  const found = resolvePath(segments ?? []);
  return found && !found.redirected ? { locale, step: found.step } : undefined;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[[...step]]'>): Promise<Metadata> {
  const found = await resolve(params);
  if (!found) return {};
  const text = getMessages(found.locale).steps[found.step.meta.content];
  return pageMetadata({
    locale: found.locale,
    path: (locale) => stepPath(locale, found.step.id),
    title: text.title,
    description: text.description,
    siteName: getMessages(found.locale).ui.siteName,
  });
}

export default async function StepPage({ params }: PageProps<'/[locale]/[[...step]]'>) {
  const found = await resolve(params);
  if (!found) notFound();
  return <StepView locale={found.locale} step={found.step} />;
}
