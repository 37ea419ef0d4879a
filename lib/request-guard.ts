import { isLocale, localeFromAcceptLanguage, type Locale } from '@/lib/i18n';
import { rendersOnDemand, resolvePath, stepPath } from '@/machines/wizard-graph';

/**
 * What proxy.ts does with a request before the app sees it (pure, so every rule is unit-tested:
 * tests/unit/request-guard.test.ts). See docs/decisions/008-hardening.md.
 *
 * - Methods: pages and files answer GET and HEAD only (405 otherwise), so no request reaches a
 *   framework code path that answers 500. Routes under /api/ answer for themselves, and a POST
 *   carrying a `Next-Action` header (a server action) is left to the framework.
 * - One spelling per address: the path is percent-decoded segment by segment and encoded again
 *   in one canonical form (no empty segments, no trailing slash, `%78m` → `xm`). Any other spelling
 *   is redirected (308) to it, so the CSP-hash and redirect lookups below only ever see canonical
 *   paths. A path that cannot be decoded, or decodes to a control character or a slash inside a
 *   segment, is a bad address (400): the framework would fail on it with a 500.
 * - `/` → the start in the browser's language (307); a renamed or aliased step
 *   (machines/step-redirects.ts) → its step (308). Redirects keep the query and are relative,
 *   so no request header (Host, X-Forwarded-Host) can choose where they point.
 *
 * What the framework answers before this runs (paths ending in `.rsc`, the TRACE method, repeated
 * slashes) is for the reverse proxy in front: docs/reverse-proxy/nginx.conf.
 */
export type GuardResult =
  /** `rewrite`: the app route that renders this address (see REMEDY_ROUTE). */
  | { action: 'next'; locale: Locale; pathname: string; rewrite?: string }
  | { action: 'redirect'; status: 307 | 308; location: string }
  | { action: 'bad-address'; locale: Locale }
  | { action: 'method-not-allowed'; locale: Locale };

export interface GuardRequest {
  method: string;
  /** The path as sent (percent-encoded), e.g. `request.nextUrl.pathname`. */
  pathname: string;
  /** The query as sent, with its `?` (or ''). */
  search: string;
  acceptLanguage: string | null;
  /** The request carries a `Next-Action` header (a server action's POST). */
  serverAction?: boolean;
}

export const ALLOWED_METHODS = ['GET', 'HEAD'] as const;

/**
 * Remedy steps are rendered on demand (they show their fix rate, read at request time), every
 * other step is prerendered. They live in a route of their own, `/{locale}/remedy/{step path}`
 * (app/[locale]/remedy/[...step]), which the proxy serves at the step's own address: a route with
 * paths rendered on demand answers every unknown path itself, so the prerendered catch-all must
 * have none, or unknown addresses would lose the site's 404 page. The internal address is never
 * an address of its own: asked for directly, it is the 404 page.
 */
export const REMEDY_ROUTE = 'remedy';

/** Characters a path segment may carry unencoded (RFC 3986 pchar, beside encodeURIComponent's). */
const keptRaw: Record<string, string> = { '%24': '$', '%26': '&', '%2B': '+', '%2C': ',', '%3B': ';', '%3D': '=', '%3A': ':', '%40': '@' };

/** The one spelling of a decoded path segment. */
export function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/%(?:24|26|2B|2C|3B|3D|3A|40)/g, (m) => keptRaw[m] ?? m);
}

/** A path's segments decoded, empty ones dropped; null when one cannot be decoded or is unsafe. */
export function decodeSegments(pathname: string): string[] | null {
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    if (!raw) continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (/[\u0000-\u001f\u007f/\\]/.test(decoded) || decoded === '.' || decoded === '..') return null;
    segments.push(decoded);
  }
  return segments;
}

export function canonicalPath(segments: readonly string[]): string {
  return `/${segments.map(encodeSegment).join('/')}`;
}

/** The address browsers try for an icon, and the site's one icon (app/icon.svg). */
export const FAVICON_PATH = '/favicon.ico';
export const SITE_ICON_PATH = '/icon.svg';

export function guardRequest(request: GuardRequest): GuardResult {
  const segments = decodeSegments(request.pathname);
  const first = segments?.[0] ?? request.pathname.split('/')[1] ?? '';
  const locale: Locale = isLocale(first) ? first : localeFromAcceptLanguage(request.acceptLanguage);
  const isApi = segments?.[0] === 'api';
  const method = request.method.toUpperCase();

  if (!isApi && !(ALLOWED_METHODS as readonly string[]).includes(method) && !(method === 'POST' && request.serverAction)) {
    return { action: 'method-not-allowed', locale };
  }
  if (!segments) return { action: 'bad-address', locale };
  if (segments.length === 0) return { action: 'redirect', status: 307, location: `/${locale}${request.search}` };

  const canonical = canonicalPath(segments);
  // Browsers ask for /favicon.ico on their own (also after client-side navigations): the site's icon.
  if (canonical === FAVICON_PATH) return { action: 'redirect', status: 308, location: SITE_ICON_PATH };
  const found = isLocale(first) ? resolvePath(segments.slice(1)) : undefined;
  const target = found?.redirected ? stepPath(locale, found.step.id) : canonical;
  if (target !== request.pathname) return { action: 'redirect', status: 308, location: `${target}${request.search}` };
  if (found && rendersOnDemand(found.step)) return { action: 'next', locale, pathname: canonical, rewrite: canonicalPath([first, REMEDY_ROUTE, ...segments.slice(1)]) };
  // The internal address of the remedies, asked for directly: rendered as `/{locale}/remedy`, no page.
  if (segments[1] === REMEDY_ROUTE && segments.length > 2) return { action: 'next', locale, pathname: canonical, rewrite: canonicalPath(segments.slice(0, 2)) };
  return { action: 'next', locale, pathname: canonical };
}
