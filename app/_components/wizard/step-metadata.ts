import type { Metadata } from 'next';
import { getMessages } from '@/content';
import { isLocale, type Locale } from '@/lib/i18n';
import { resolvePath, stepPath, type Step } from '@/machines/wizard-graph';
import { pageMetadata } from '@/app/_components/shared/page-metadata';

/** Title, description and addresses of a step's page (prerendered or rendered on demand). */
export function stepMetadata(locale: Locale, step: Step): Metadata {
  const text = getMessages(locale).steps[step.meta.content];
  return pageMetadata({
    locale,
    path: (l) => stepPath(l, step.id),
    title: text.title,
    description: text.description,
    siteName: getMessages(locale).ui.siteName,
  });
}

/**
 * The locale and step a step route's parameters name, when that route serves the step (`serves`:
 * the prerendered route takes every step but the remedies, the on-demand route the remedies).
 * Old and alias addresses are redirected by the proxy before they get here.
 */
export async function stepOfRoute(
  params: Promise<{ locale: string; step?: string[] }>,
  serves: (step: Step) => boolean,
): Promise<{ locale: Locale; step: Step } | undefined> {
  const { locale, step: segments } = await params;
  if (!isLocale(locale)) return undefined;
  const found = resolvePath(segments ?? []);
  return found && !found.redirected && serves(found.step) ? { locale, step: found.step } : undefined;
}
