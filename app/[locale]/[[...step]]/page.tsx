import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { locales } from '@/lib/i18n';
import { steps, type Step } from '@/machines/wizard-graph';
import { stepMetadata, stepOfRoute } from '@/app/_components/wizard/step-metadata';
import { StepView } from '@/app/_components/wizard/step-view';

/**
 * Every step of the machine but the remedies, in every locale, is prerendered as HTML; no other
 * step exists here. Remedies show their fix rate, read at request time: they are rendered on
 * demand by app/[locale]/remedy/[...step], at their own address (proxy.ts rewrites).
 */
const serves = (step: Step) => step.meta.kind !== 'remedy';

export function generateStaticParams() {
  return locales.flatMap((locale) => steps.filter(serves).map((step) => ({ locale, step: step.segments })));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<'/[locale]/[[...step]]'>): Promise<Metadata> {
  const found = await stepOfRoute(params, serves);
  return found ? stepMetadata(found.locale, found.step) : {};
}

export default async function StepPage({ params }: PageProps<'/[locale]/[[...step]]'>) {
  const found = await stepOfRoute(params, serves);
  if (!found) notFound();
  return <StepView locale={found.locale} step={found.step} />;
}
