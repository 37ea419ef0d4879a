import type { Metadata } from 'next';
import { getMessages } from '@/content';
import type { Locale } from '@/lib/i18n';
import { stepPath, type Step } from '@/machines/wizard-graph';
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
