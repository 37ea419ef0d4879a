import { locales, type Locale } from '@/lib/i18n';
import type { StepMeta } from '@/machines/login-wizard';
import { serviceOf, stepPath, steps, type Step } from '@/machines/wizard-graph';

export type DirectoryService = 'general' | 'xm' | 'bitmex';

const kindOrder: StepMeta['kind'][] = ['question', 'remedy', 'contact', 'solved'];

export interface DirectoryGroup {
  service: DirectoryService;
  kinds: { kind: StepMeta['kind']; steps: Step[] }[];
}

/** Every step of the machine, grouped by service, then by kind (questions, causes, contact, solved). */
export function directoryGroups(): DirectoryGroup[] {
  const services: DirectoryService[] = ['general', 'xm', 'bitmex'];
  return services
    .map((service) => {
      const inService = steps.filter((s) => (serviceOf(s.id) ?? 'general') === service);
      return {
        service,
        kinds: kindOrder.map((kind) => ({ kind, steps: inService.filter((s) => s.meta.kind === kind) })).filter((k) => k.steps.length > 0),
      };
    })
    .filter((g) => g.kinds.length > 0);
}

/** Pages under each locale that are not wizard steps. */
export const sectionPages = ['support', 'calculator', 'search', 'privacy'] as const;

export interface SitePage {
  path: string;
  alternates: Record<Locale, string>;
}

/** Every page of the site: the wizard steps and the section pages, in every locale. */
export function sitePages(): SitePage[] {
  const pathSets: ((l: Locale) => string)[] = [
    ...steps.map((s) => (l: Locale) => stepPath(l, s.id)),
    ...sectionPages.map((name) => (l: Locale) => `/${l}/${name}`),
  ];
  return pathSets.flatMap((pathFor) =>
    locales.map((locale) => ({
      path: pathFor(locale),
      alternates: Object.fromEntries(locales.map((l) => [l, pathFor(l)])) as Record<Locale, string>,
    })),
  );
}
