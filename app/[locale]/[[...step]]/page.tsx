import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale, locales } from '@/lib/i18n';
import { resolvePath, steps } from '@/machines/wizard-graph';
import { stepMetadata } from '@/app/_components/wizard/step-metadata';
import { StepView } from '@/app/_components/wizard/step-view';

/**
 * Every step of the machine but the remedies, in every locale, is prerendered as HTML; no other
 * step exists here. Remedies show their fix rate, read at request time: they are rendered on
 * demand by app/[locale]/remedy/[...step], at their own address (proxy.ts rewrites).
 */
export function generateStaticParams() {
  return locales.flatMap((locale) => steps.filter((step) => step.meta.kind !== 'remedy').map((step) => ({ locale, step: step.segments })));
}

export const dynamicParams = false;

async function resolve(params: PageProps<'/[locale]/[[...step]]'>['params']) {
  const { locale, step: segments } = await params;
  if (!isLocale(locale)) return undefined;
  // Old and alias addresses are redirected by the proxy before they get here.
  const found = resolvePath(segments ?? []);
  return found && !found.redirected && found.step.meta.kind !== 'remedy' ? { locale, step: found.step } : undefined;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[[...step]]'>): Promise<Metadata> {
  const found = await resolve(params);
  return found ? stepMetadata(found.locale, found.step) : {};
}

export default async function StepPage({ params }: PageProps<'/[locale]/[[...step]]'>) {
  const found = await resolve(params);
  if (!found) notFound();
  return <StepView locale={found.locale} step={found.step} />;
}
