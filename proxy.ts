import { NextResponse, type NextRequest } from 'next/server';
import { isLocale, localeFromAcceptLanguage } from '@/lib/i18n';

/**
 * Every page lives under a locale.
 * - `/` → redirect to `/ja` or `/en`, from the browser's language (Japanese by default).
 * - `/fr/...`, `/anything` → shown as a not-found page in the browser's language, with a way
 *   to the start (rewritten under that locale, where no such step exists).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const first = pathname.split('/')[1] ?? '';
  if (isLocale(first)) return NextResponse.next();

  const locale = localeFromAcceptLanguage(request.headers.get('accept-language'));
  const url = request.nextUrl.clone();
  if (pathname === '/') {
    url.pathname = `/${locale}`;
    return NextResponse.redirect(url, 307);
  }
  url.pathname = `/${locale}/not-found${pathname}`;
  return NextResponse.rewrite(url);
}

export const config = {
  matcher: ['/((?!_next/|favicon\\.ico|icon|apple-icon|robots\\.txt|sitemap\\.xml|manifest|.*\\.[a-z0-9]+$).*)'],
};
