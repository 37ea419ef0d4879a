import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site';

export default function robots(): MetadataRoute.Robots {
  const sitemap = absoluteUrl('/sitemap.xml');
  return {
    rules: { userAgent: '*', allow: '/' },
    // A sitemap must be named by its absolute address: only when SITE_URL is set (lib/site.ts).
    ...(sitemap ? { sitemap } : {}),
  };
}
