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

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  compress: true,
  experimental: {
    // A URL that is no page (unknown step or locale) is answered by app/global-not-found.tsx,
    // server-rendered with status 404 (notFound() in a page is not server-rendered in Next 16).
    globalNotFound: true,
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

module.exports = nextConfig;
