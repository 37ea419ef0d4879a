import type { MetadataRoute } from 'next';
import { sitePages } from '@/lib/directory';
import { absoluteUrl } from '@/lib/site';

/** Every page of the product in every locale, each with its other-language alternate. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitePages().map((page) => ({
    url: absoluteUrl(page.path),
    alternates: { languages: Object.fromEntries(Object.entries(page.alternates).map(([l, p]) => [l, absoluteUrl(p)])) },
  }));
}
