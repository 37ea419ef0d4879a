import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { missingSiteUrlWarning, parseSiteUrl } from './lib/site';

/**
 * Headers every response carries. The Content-Security-Policy is per page (it lists the hashes of
 * that page's inline scripts): proxy.ts sets it, see lib/security-headers.ts.
 */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
];

/**
 * Browsers honour Strict-Transport-Security only when it arrives over HTTPS, so it is sent when the
 * request came over HTTPS: directly, or through a reverse proxy that says so in X-Forwarded-Proto
 * (docs/reverse-proxy/nginx.conf sets it).
 */
const hsts = { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' };

export default function config(phase: string): NextConfig {
  // Throws on a SITE_URL that is no origin, so a typo stops the build instead of shipping.
  const siteUrl = parseSiteUrl(process.env.SITE_URL);
  if (phase === PHASE_PRODUCTION_BUILD && !siteUrl) console.warn(missingSiteUrlWarning);
  return {
    poweredByHeader: false,
    reactStrictMode: true,
    compress: true,
    // proxy.ts sees each request as it was sent and makes every redirect itself (with the security
    // headers and one hop to the canonical address): lib/request-guard.ts.
    skipProxyUrlNormalize: true,
    skipTrailingSlashRedirect: true,
    // The app has no <Image>: the optimizer at /_next/image would only resize pictures for others.
    images: { unoptimized: true },
    // The outcomes store's drivers (lib/outcomes/store.ts) load their own files (PGlite's WASM
    // and data) at run time: required from node_modules, not bundled.
    serverExternalPackages: ['@electric-sql/pglite', 'postgres'],
    experimental: {
      // A URL that is no page (unknown step or locale) is answered by app/global-not-found.tsx,
      // server-rendered with status 404 (notFound() in a page is not server-rendered in Next 16).
      globalNotFound: true,
    },
    async headers() {
      return [
        { source: '/:path*', headers: securityHeaders },
        { source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }], headers: [hsts] },
      ];
    },
  };
}
