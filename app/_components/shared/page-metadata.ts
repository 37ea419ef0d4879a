import type { Metadata } from 'next';
import { locales, type Locale } from '@/lib/i18n';
import { absoluteUrl } from '@/lib/site';

const ogLocale: Record<Locale, string> = { ja: 'ja_JP', en: 'en_US' };

/**
 * Title, description, canonical URL, hreflang alternates and Open Graph fields of one page, so a
 * pasted link previews that page in its language. `path` gives the page's path in a locale.
 */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  siteName,
}: {
  siteName: string;
  locale: Locale;
  path: (locale: Locale) => string;
  title: string;
  description: string;
}): Metadata {
  // Link previews need absolute addresses: without SITE_URL they get no URL and no picture
  // rather than a made-up origin (lib/site.ts). Canonical and language links stay paths then.
  const imageUrl = absoluteUrl(`/${locale}/opengraph-image`);
  const images = imageUrl ? [{ url: imageUrl, width: 1200, height: 630, alt: siteName }] : undefined;
  const url = absoluteUrl(path(locale));
  const languages = Object.fromEntries([...locales.map((l) => [l, path(l)]), ['x-default', path('ja')]]);
  return {
    title,
    description,
    alternates: { canonical: path(locale), languages },
    openGraph: {
      type: 'website',
      siteName,
      title,
      description,
      ...(url ? { url } : {}),
      locale: ogLocale[locale],
      alternateLocale: locales.filter((l) => l !== locale).map((l) => ogLocale[l]),
      ...(images ? { images } : {}),
    },
    twitter: { card: images ? 'summary_large_image' : 'summary', title, description, ...(images ? { images } : {}) },
  };
}
