import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { httpErrors } from '@/content/http-errors';
import { LOCALE_HEADER } from '@/lib/i18n';
import { errorPage } from '@/lib/error-page';
import { ALLOWED_METHODS, guardRequest } from '@/lib/request-guard';
import { contentSecurityPolicy } from '@/lib/security-headers';

let scriptHashes: Record<string, string[]> | undefined;

/**
 * Hashes of a prerendered page's inline scripts, written after the build (scripts/csp-hashes.mjs);
 * undefined for a path that is no prerendered page.
 */
function prerenderedHashes(pathname: string): string[] | undefined {
  if (!scriptHashes) {
    try {
      scriptHashes = JSON.parse(readFileSync(join(process.cwd(), '.next', 'csp-hashes.json'), 'utf8')) as Record<string, string[]>;
    } catch {
      scriptHashes = {};
    }
  }
  return Object.hasOwn(scriptHashes, pathname) ? scriptHashes[pathname] : undefined;
}

/**
 * Prerendered pages are built at deploy time, and their HTML (and RSC payload) names chunks of
 * that build only. Browsers and CDNs must ask again every time (cheap: ETag → 304), while the
 * hashed chunks under /_next/static/ stay immutable for a year (the framework's default).
 */
export const PAGE_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/**
 * Every request but the hashed build files passes here (lib/request-guard.ts decides):
 * - non-page methods → 405; odd spellings of a path → 308 to its one spelling; `/` → 307 to the
 *   start in the browser's language; renamed steps → 308 to their step; undecodable paths → 400,
 *   a small page in the visitor's language;
 * - everything else is told its language (the URL's locale, else the browser's), so the 404 page
 *   of an unknown path speaks it, and gets its Content-Security-Policy and cache policy.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const guard = guardRequest({
    method: request.method,
    pathname,
    search,
    acceptLanguage: request.headers.get('accept-language'),
    serverAction: request.headers.has('next-action'),
  });

  if (guard.action === 'redirect') {
    // The framework sends a same-origin Location as a path: the Host header cannot choose it.
    return NextResponse.redirect(new URL(guard.location, request.url), guard.status);
  }

  const nonce = btoa(crypto.randomUUID());
  const hashes = guard.action === 'next' ? prerenderedHashes(guard.pathname) : undefined;
  const csp = contentSecurityPolicy({
    nonce,
    scriptHashes: hashes ?? [],
    dev: process.env.NODE_ENV === 'development',
  });

  const text = httpErrors[guard.locale];
  if (guard.action === 'method-not-allowed') {
    return new NextResponse(text.methodNotAllowed, {
      status: 405,
      headers: { Allow: ALLOWED_METHODS.join(', '), 'Content-Type': 'text/plain; charset=utf-8', ...errorHeaders(guard.locale, csp) },
    });
  }
  if (guard.action === 'bad-address') {
    // Answered here: the framework fails on such a path (500) before any page could.
    const html = errorPage({ locale: guard.locale, siteName: text.siteName, title: text.badAddressTitle, body: text.badAddressBody, start: text.start });
    return new NextResponse(request.method === 'HEAD' ? null : html, {
      status: 400,
      headers: { 'Content-Type': 'text/html; charset=utf-8', ...errorHeaders(guard.locale, csp) },
    });
  }

  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, guard.locale);
  headers.set('Content-Security-Policy', csp);
  // Remedy steps are rendered by their own route (lib/request-guard.ts, REMEDY_ROUTE).
  const response =
    guard.action === 'next' && guard.rewrite
      ? NextResponse.rewrite(new URL(`${guard.rewrite}${search}`, request.url), { request: { headers } })
      : NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  // Pages rendered on demand (search, 404) keep the framework's no-store.
  if (hashes) response.headers.set('Cache-Control', PAGE_CACHE_CONTROL);
  return response;
}

function errorHeaders(locale: string, csp: string): Record<string, string> {
  return { 'Content-Language': locale, 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' };
}

export const config = {
  // Everything but the content-hashed build output (prefetches included: they get the same policy).
  matcher: ['/((?!_next/static/).*)'],
};
