import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/lib/i18n';
import { resolvePath } from '@/machines/wizard-graph';
import { stepMetadata } from '@/app/_components/wizard/step-metadata';
import { StepView } from '@/app/_components/wizard/step-view';

/**
 * The remedy steps, rendered on demand so that they show their fix rate as it is now (with the
 * request's nonce in their Content-Security-Policy, never stored). Served at each remedy's own
 * address (`/ja/xm/frozen-account`): proxy.ts rewrites it here, and answers this route's own
 * addresses with the 404 page (lib/request-guard.ts, REMEDY_ROUTE).
 */
async function resolve(params: PageProps<'/[locale]/remedy/[...step]'>['params']) {
  const { locale, step: segments } = await params;
  if (!isLocale(locale)) return undefined;
  const found = resolvePath(segments);
  return found && !found.redirected && found.step.meta.kind === 'remedy' ? { locale, step: found.step } : undefined;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/remedy/[...step]'>): Promise<Metadata> {
  const found = await resolve(params);
  return found ? stepMetadata(found.locale, found.step) : {};
}

export default async function RemedyPage({ params }: PageProps<'/[locale]/remedy/[...step]'>) {
  const found = await resolve(params);
  if (!found) notFound();
  return <StepView locale={found.locale} step={found.step} />;
}
