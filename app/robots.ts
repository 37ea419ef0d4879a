import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site';

export default function robots(): MetadataRoute.Robots {
  const sitemap = absoluteUrl('/sitemap.xml');
  return {
    // The answer links of a page without JavaScript pass through the recording route
    // (/api/outcomes/answer): a crawler following them would count answers nobody gave (they also
    // carry rel="nofollow").
    rules: { userAgent: '*', allow: '/', disallow: '/api/outcomes' },
    // A sitemap must be named by its absolute address: only when SITE_URL is set (lib/site.ts).
    ...(sitemap ? { sitemap } : {}),
  };
}
