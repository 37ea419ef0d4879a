/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // A URL that is no page (unknown step or locale) is answered by app/global-not-found.tsx,
    // server-rendered with status 404 (notFound() in a page is not server-rendered in Next 16).
    globalNotFound: true,
  },
};

module.exports = nextConfig;
