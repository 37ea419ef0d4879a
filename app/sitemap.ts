import type { MetadataRoute } from 'next';
import { sitePages } from '@/lib/directory';
import { siteUrl } from '@/lib/site';

/**
 * Every page of the product in every locale, each with its other-language alternate. A sitemap
 * lists absolute addresses: without SITE_URL there are none to list, so it is empty (lib/site.ts).
 */
export default function sitemap(): MetadataRoute.Sitemap {
  if (!siteUrl) return [];
  return sitePages().map((page) => ({
    url: `${siteUrl}${page.path}`,
    alternates: { languages: Object.fromEntries(Object.entries(page.alternates).map(([l, p]) => [l, `${siteUrl}${p}`])) },
  }));
}
