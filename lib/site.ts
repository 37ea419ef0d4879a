/**
 * The public address of the site, used for absolute links (Open Graph, sitemap, printed links).
 * Set SITE_URL when building for production; locally it is the address `npm start` serves.
 */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

export function absoluteUrl(path: string): string {
  return `${siteUrl}${path.startsWith('/') ? path : `/${path}`}`;
}
