import { isLocale, locales } from '@/lib/i18n';
import { buildSearchIndex } from '@/lib/search-index';

/**
 * The search index of a locale as JSON, built at build time from the machine and the content.
 * The search page fetches it only when the user starts typing, so the page itself stays light.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/search/index.json'>) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  return Response.json(buildSearchIndex(locale));
}
