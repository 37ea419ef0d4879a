/**
 * The public address of the site (SITE_URL, read at build time), used for the absolute links
 * a page cannot leave relative: link previews (Open Graph), the sitemap, robots.txt and the
 * address printed on a step without JavaScript.
 *
 * Without SITE_URL there is no address to show: pages use paths (resolved by the browser against
 * the page's own origin), link previews carry no image or URL, the sitemap is empty and robots.txt
 * names none. A production build without it prints a warning (next.config.js). The site never
 * makes up an origin (like http://localhost:3000) for a page served elsewhere.
 * See docs/decisions/008-hardening.md.
 */

/** The origin of a SITE_URL value (`https://example.com`), or null when unset; throws on anything else. */
export function parseSiteUrl(value: string | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) address such as https://example.com, not ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// or http://, not ${JSON.stringify(value)}`);
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL must be an origin only (https://example.com), without a path, query or credentials: ${JSON.stringify(value)}`);
  }
  return url.origin;
}

export const siteUrl: string | null = parseSiteUrl(process.env.SITE_URL);

/** The absolute address of a path on the configured site, or null when SITE_URL is not set. */
export function absoluteUrl(path: string): string | null {
  if (!siteUrl) return null;
  return `${siteUrl}${path.startsWith('/') ? path : `/${path}`}`;
}

/** What a production build prints when SITE_URL is missing (next.config.js). */
export const missingSiteUrlWarning = [
  '',
  '!!! SITE_URL is not set: this build has no public address. !!!',
  '    Link previews carry no image or URL, canonical and language links are paths only,',
  '    the sitemap is empty and robots.txt names no sitemap.',
  '    Build again with SITE_URL=https://your.domain npm run build for a public deployment.',
  '',
].join('\n');
