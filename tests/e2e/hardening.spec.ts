import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { en } from '@/content/en';
import { httpErrors } from '@/content/http-errors';
import { ja } from '@/content/ja';
import { alwaysHeaders, blockedInlineScripts, inlineScriptHashes, raw } from './support/http';

/**
 * What a hostile or unlucky visitor finds, asked at the HTTP level (issue 12; no browser needed).
 * Browser and service-worker behaviour is in offline.spec.ts; the reverse proxy in front in
 * reverse-proxy.spec.ts; random paths and queries in fuzz.spec.ts.
 */

/** Prerendered pages of every kind (start, question, contact, directory, calculator, privacy). */
const pages = ['/ja', '/en', '/ja/xm', '/ja/bitmex/lost2fa', '/ja/support', '/en/calculator', '/ja/privacy'];
/** A remedy: rendered on demand, for its fix rate (issue 10). */
const remedyPage = '/en/xm/frozen-account';
const everyKind = [...pages, remedyPage];
const notFoundTitle = { ja: ja.ui.notFoundTitle, en: en.ui.notFoundTitle };

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f));
}

test.describe('1. the link-preview picture exists for real locales only', () => {
  test('each locale has its picture', async () => {
    for (const locale of ['ja', 'en']) {
      const response = await raw(`/${locale}/opengraph-image`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('image/png');
    }
  });

  test('any other path is a 404 that draws and writes nothing', async () => {
    const token = `zz${Date.now().toString(36)}`;
    for (const path of [`/${token}/opengraph-image`, `/ja/${token}/opengraph-image`, `/${token}/opengraph-image/x`]) {
      const response = await raw(path);
      expect(response.status, path).toBe(404);
      expect(response.headers['content-type'], path).toContain('text/html');
    }
    expect(filesUnder(join(process.cwd(), '.next')).filter((f) => f.includes(token))).toEqual([]);
  });
});

test.describe('2. no made-up origin', () => {
  // CI builds without SITE_URL: no page may name any origin (the browser resolves paths
  // against the page's own). With SITE_URL set, lib/site.ts makes them absolute.
  test('pages carry no absolute address of this site: canonical and language links are paths, previews have no URL or picture', async () => {
    for (const path of [...everyKind, '/ja/search?q=403']) {
      const { body } = await raw(path);
      expect(body, path).not.toMatch(/https?:\/\/(localhost|127\.0\.0\.1)/);
      for (const [, href] of body.matchAll(/<link rel="(?:canonical|alternate)"[^>]* href="([^"]+)"/g)) expect(href, path).toMatch(/^\/(ja|en)\b/);
      expect(body, path).not.toContain('og:image');
      expect(body, path).not.toContain('og:url');
    }
  });

  test('the address shown without JavaScript is the path, not an origin', async () => {
    // The no-JavaScript share box and the printed address are in the page's payload.
    const { body } = await raw('/ja/xm/frozen-account');
    expect(body).toMatch(/\\"url\\":\\"\/ja\/xm\/frozen-account\\"/);
    expect(body).not.toMatch(/\\"url\\":\\"https?:/);
  });

  test('the sitemap is empty and robots.txt names no sitemap', async () => {
    const sitemap = await raw('/sitemap.xml');
    expect(sitemap.status).toBe(200);
    expect(sitemap.body).not.toContain('<url>');
    const robots = await raw('/robots.txt');
    expect(robots.body).not.toMatch(/sitemap/i);
    expect(robots.body).not.toContain('localhost');
  });

  test('Strict-Transport-Security is sent when the request came over HTTPS, and only then', async () => {
    const overHttps = await raw('/ja', { headers: { 'x-forwarded-proto': 'https' } });
    expect(overHttps.headers['strict-transport-security']).toMatch(/max-age=\d{8,}/);
    const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(overHttps.body)![1]!;
    expect((await raw(asset, { headers: { 'x-forwarded-proto': 'https' } })).headers['strict-transport-security']).toBeDefined();
    expect((await raw('/ja')).headers['strict-transport-security']).toBeUndefined();
  });

  test('redirects are paths on this site whatever the Host header says', async () => {
    for (const headers of [{ host: 'evil.example' }, { 'x-forwarded-host': 'evil.example' }] as Record<string, string>[]) {
      const response = await raw('/ja/xm/frozen', { headers });
      expect(response.status).toBe(308);
      expect(response.headers.location).toBe('/ja/xm/frozen-account');
    }
  });
});

test.describe('3. caching after a deploy', () => {
  test('pages are revalidated every time; hashed chunks stay immutable', async () => {
    for (const path of pages) {
      const response = await raw(path);
      expect(response.status, path).toBe(200);
      const cacheControl = response.headers['cache-control'] ?? '';
      expect(cacheControl, path).toMatch(/(^|, )max-age=0(,|$)/);
      expect(cacheControl, path).toContain('must-revalidate');
      expect(cacheControl, path).not.toContain('s-maxage');
      expect(response.headers.etag, path).toBeDefined();
    }
    const { body } = await raw('/ja');
    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(body)![1]!;
    expect((await raw(chunk)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('a page rendered on demand (the search) is not stored at all', async () => {
    const response = await raw('/ja/search?q=403');
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toContain('no-store');
    expect(blockedInlineScripts(response.body, response.headers['content-security-policy'] ?? '')).toEqual([]);
  });

  test('a remedy page (rendered on demand, for its fix rate) is not stored at all and runs its scripts by the request’s nonce', async () => {
    const response = await raw(remedyPage);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toContain('no-store');
    const csp = response.headers['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'(;| )/);
    expect(csp).not.toContain("'sha256-");
    expect(blockedInlineScripts(response.body, csp)).toEqual([]);
    expect((await raw(remedyPage)).headers['content-security-policy']).not.toBe(csp);
  });

  test('a revalidation of an unchanged page costs a 304', async () => {
    const first = await raw('/ja/xm');
    const again = await raw('/ja/xm', { headers: { 'if-none-match': first.headers.etag! } });
    expect(again.status).toBe(304);
  });

  test('a prefetch gets its page with the page’s policy', async () => {
    for (const path of everyKind) {
      const response = await raw(path, { headers: { 'next-router-prefetch': '1' } });
      expect(response.headers['content-type'], path).toContain('text/html');
      const csp = response.headers['content-security-policy'] ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(blockedInlineScripts(response.body, csp), path).toEqual([]);
    }
  });
});

test.describe('4. odd spellings of real addresses', () => {
  for (const [odd, canonical] of [
    ['/ja/%78m', '/ja/xm'],
    ['/ja/x%6d/account-state', '/ja/xm/account-state'],
    ['/en//xm', '/en/xm'],
  ] as const) {
    test(`${odd} is redirected to ${canonical}, which allows exactly its own scripts`, async () => {
      const response = await raw(odd);
      expect(response.status).toBe(308);
      expect(response.headers.location).toBe(canonical);
      const page = await raw(canonical);
      const hashes = inlineScriptHashes(page.body);
      expect(hashes.length).toBeGreaterThan(0);
      for (const hash of hashes) expect(page.headers['content-security-policy']).toContain(hash);
    });
  }

  test('/favicon.ico, which browsers ask for on their own, leads to the site icon with the headers', async () => {
    const response = await raw('/favicon.ico');
    expect(response.status).toBe(308);
    expect(response.headers.location).toBe('/icon.svg');
    for (const name of alwaysHeaders) expect(response.headers[name], name).toBeDefined();
    const icon = await raw('/icon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers['content-type']).toContain('image/svg+xml');
  });

  for (const [path, locale, acceptLanguage] of [
    ['/en/xm.html', 'en', undefined],
    ['/ja/xm.html', 'ja', 'en'],
    ['/icons/999', 'en', 'en-US,en;q=0.9'],
    ['/favicon.svg', 'en', 'en'],
    ['/favicon.svg', 'ja', 'ja,en;q=0.5'],
    ['/_next/image?url=%2Ficons%2F192&w=64&q=75', 'ja', undefined],
  ] as const) {
    test(`${path} (Accept-Language ${acceptLanguage ?? 'none'}) is a 404 page in ${locale} with the security headers`, async () => {
      const response = await raw(path, { headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} });
      expect(response.status).toBe(404);
      expect(response.body).toContain(`<html lang="${locale}"`);
      expect(response.body).toContain(notFoundTitle[locale]);
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      for (const name of alwaysHeaders) expect(response.headers[name], name).toBeDefined();
    });
  }
});

test.describe('5. no framework 500s the app can prevent', () => {
  test('methods other than GET and HEAD on pages and files are 405, with Allow and the headers', async () => {
    for (const path of ['/ja', '/ja/xm/frozen-account', '/probe.bin', '/robots.txt', '/sw.js', '/icons/192', '/en/nowhere']) {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
        const response = await raw(path, { method, headers: { 'content-length': '0' } });
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.allow).toBe('GET, HEAD');
        expect(response.headers['content-security-policy']).toBeDefined();
        for (const name of alwaysHeaders) expect(response.headers[name], `${method} ${path} ${name}`).toBeDefined();
      }
    }
    const english = await raw('/en/xm', { method: 'POST' });
    expect(english.body).toContain('GET and HEAD');
  });

  test('a path that cannot be decoded is a 400 page in the URL’s language, with the headers', async () => {
    for (const [path, locale] of [
      ['/ja/%ff', 'ja'],
      ['/en/%E0%A4%A', 'en'],
      ['/en/xm/%c0%af', 'en'],
      ['/%u0041', 'ja'],
    ] as const) {
      const response = await raw(path);
      expect(response.status, path).toBe(400);
      expect(response.body, path).toContain(`<html lang="${locale}"`);
      expect(response.body, path).toContain(httpErrors[locale].badAddressTitle);
      expect(response.body, path).toContain(`<a href="/${locale}">`);
      expect(response.headers['content-security-policy'], path).toBeDefined();
      for (const name of alwaysHeaders) expect(response.headers[name], `${path} ${name}`).toBeDefined();
    }
  });

  test('names of Object.prototype in a path are a 404, not a 500', async () => {
    for (const path of ['/ja/constructor', '/en/__proto__', '/ja/xm/toString']) expect((await raw(path)).status, path).toBe(404);
  });

  test('the image optimizer is off', async () => {
    expect((await raw('/_next/image?url=%2Ficons%2F192&w=64&q=75')).status).toBe(404);
  });
});
