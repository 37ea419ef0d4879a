import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { rendersOnDemand } from '@/machines/wizard-graph';
import { stepMetadata, stepOfRoute } from '@/app/_components/wizard/step-metadata';
import { StepView } from '@/app/_components/wizard/step-view';

/**
 * The remedy steps, rendered on demand so that they show their fix rate as it is now (with the
 * request's nonce in their Content-Security-Policy, never stored). Served at each remedy's own
 * address (`/ja/xm/frozen-account`): proxy.ts rewrites it here, and answers this route's own
 * addresses with the 404 page (lib/request-guard.ts, REMEDY_ROUTE).
 */
const serves = rendersOnDemand;

export async function generateMetadata({ params }: PageProps<'/[locale]/remedy/[...step]'>): Promise<Metadata> {
  const found = await stepOfRoute(params, serves);
  return found ? stepMetadata(found.locale, found.step) : {};
}

export default async function RemedyPage({ params }: PageProps<'/[locale]/remedy/[...step]'>) {
  const found = await stepOfRoute(params, serves);
  if (!found) notFound();
  return <StepView locale={found.locale} step={found.step} />;
}
