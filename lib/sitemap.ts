import type { MetadataRoute } from 'next';
import { sitePages } from '@/lib/directory';

/**
 * Every page of the product in every locale, each with its other-language alternates, at the
 * site's origin. A sitemap lists absolute addresses: without an origin (no SITE_URL) there are
 * none to list, so it is empty (lib/site.ts, docs/decisions/008-hardening.md).
 */
export function sitemapEntries(origin: string | null): MetadataRoute.Sitemap {
  if (!origin) return [];
  return sitePages().map((page) => ({
    url: `${origin}${page.path}`,
    alternates: { languages: Object.fromEntries(Object.entries(page.alternates).map(([l, p]) => [l, `${origin}${p}`])) },
  }));
}
