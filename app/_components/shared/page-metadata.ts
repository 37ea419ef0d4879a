import type { Metadata } from 'next';
import { locales, type Locale } from '@/lib/i18n';

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
  const image = { url: `/${locale}/opengraph-image`, width: 1200, height: 630, alt: siteName };
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
      url: path(locale),
      locale: ogLocale[locale],
      alternateLocale: locales.filter((l) => l !== locale).map((l) => ogLocale[l]),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}
