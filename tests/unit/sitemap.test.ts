import { describe, expect, it } from 'vitest';
import { sitePages } from '@/lib/directory';
import { locales } from '@/lib/i18n';
import { sitemapEntries } from '@/lib/sitemap';

describe('the sitemap', () => {
  it('lists the same pages as the directory, in both languages, at the site’s origin, with their alternates', () => {
    const entries = sitemapEntries('https://example.com');
    expect(entries.map((e) => e.url).sort()).toEqual(sitePages().map((p) => `https://example.com${p.path}`).sort());
    for (const locale of locales) expect(entries.map((e) => e.url)).toContain(`https://example.com/${locale}/support`);
    const start = entries.find((e) => e.url === 'https://example.com/ja');
    expect(start?.alternates?.languages).toEqual({ ja: 'https://example.com/ja', en: 'https://example.com/en' });
  });

  it('is empty without SITE_URL: it never names a made-up origin', () => {
    expect(sitemapEntries(null)).toEqual([]);
  });
});
