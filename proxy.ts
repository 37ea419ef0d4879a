import { NextResponse, type NextRequest } from 'next/server';
import { isLocale, localeFromAcceptLanguage } from '@/lib/i18n';
import { stepRedirects } from '@/machines/step-redirects';
import { stepPath } from '@/machines/wizard-graph';

export const LOCALE_HEADER = 'x-wizard-locale';

/**
 * Every page lives under a locale.
 * - `/` → redirect to `/ja` or `/en`, from the browser's language (Japanese by default).
 * - A renamed or aliased step (machines/step-redirects.ts) → permanent redirect to its step,
 *   keeping the answers in the query.
 * - Every other request is told its language (the URL's locale, else the browser's), so the
 *   not-found page of an unknown path speaks it.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const first = pathname.split('/')[1] ?? '';
  const locale = isLocale(first) ? first : localeFromAcceptLanguage(request.headers.get('accept-language'));

  if (pathname === '/') {
    const url = request.nextUrl.clone();
    url.pathname = `/${locale}`;
    return NextResponse.redirect(url, 307);
  }
  if (isLocale(first)) {
    const target = stepRedirects[pathname.split('/').slice(2).filter(Boolean).join('/')];
    if (target) {
      const url = request.nextUrl.clone();
      url.pathname = stepPath(locale, target);
      return NextResponse.redirect(url, 308);
    }
  }
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, locale);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ['/((?!_next/|favicon\\.ico|icon|apple-icon|robots\\.txt|sitemap\\.xml|manifest|.*\\.[a-z0-9]+$).*)'],
};
