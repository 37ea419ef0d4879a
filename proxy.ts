import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { isLocale, LOCALE_HEADER, localeFromAcceptLanguage } from '@/lib/i18n';
import { contentSecurityPolicy } from '@/lib/security-headers';
import { resolvePath, stepPath } from '@/machines/wizard-graph';

let scriptHashes: Record<string, string[]> | undefined;

/** Hashes of each prerendered page's inline scripts, written after the build (scripts/csp-hashes.mjs). */
function hashesFor(pathname: string): string[] {
  if (!scriptHashes) {
    try {
      scriptHashes = JSON.parse(readFileSync(join(process.cwd(), '.next', 'csp-hashes.json'), 'utf8')) as Record<string, string[]>;
    } catch {
      scriptHashes = {};
    }
  }
  return scriptHashes[pathname.replace(/\/+$/, '') || '/'] ?? [];
}

/**
 * Every page lives under a locale.
 * - `/` → redirect to `/ja` or `/en`, from the browser's language (Japanese by default).
 * - A renamed or aliased step (machines/step-redirects.ts) → permanent redirect to its step,
 *   keeping the answers in the query.
 * - Every other request is told its language (the URL's locale, else the browser's), so the
 *   not-found page of an unknown path speaks it, and gets its Content-Security-Policy.
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
    const found = resolvePath(pathname.split('/').slice(2));
    if (found?.redirected) {
      const url = request.nextUrl.clone();
      url.pathname = stepPath(locale, found.step.id);
      return NextResponse.redirect(url, 308);
    }
  }

  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy({ nonce, scriptHashes: hashesFor(pathname), dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, locale);
  headers.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!_next/|favicon\\.ico|icon|apple-icon|robots\\.txt|sitemap\\.xml|manifest|.*\\.[a-z0-9]+$).*)',
      // Prefetches of client-side navigations do not need a policy of their own.
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
};
