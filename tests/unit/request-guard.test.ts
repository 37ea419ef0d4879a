import { describe, expect, it } from 'vitest';
import { canonicalPath, decodeSegments, guardRequest, type GuardRequest } from '@/lib/request-guard';

const get = (pathname: string, extra: Partial<GuardRequest> = {}): GuardRequest => ({
  method: 'GET',
  pathname,
  search: '',
  acceptLanguage: null,
  ...extra,
});

describe('request guard: one spelling per address', () => {
  it.each([
    ['/ja/%78m', '/ja/xm'],
    ['/ja/x%6d/frozen-account', '/ja/xm/frozen-account'],
    ['/%6a%61', '/ja'],
    ['/ja//xm', '/ja/xm'],
    ['/ja/xm/', '/ja/xm'],
    ['/en/bitmex/lost-2fa/', '/en/bitmex/lost-2fa'],
    ['/ja/%e7%84%a1', '/ja/%E7%84%A1'],
    ['/ja/a%3Ab', '/ja/a:b'],
  ])('%s is redirected (308) to %s', (pathname, location) => {
    expect(guardRequest(get(pathname))).toEqual({ action: 'redirect', status: 308, location });
  });

  it.each(['/ja', '/ja/xm/frozen-account', '/en/support', '/ja/%E7%84%A1', '/ja/a:b', '/sw.js', '/icons/192'])('%s is already canonical and goes on', (pathname) => {
    expect(guardRequest(get(pathname))).toMatchObject({ action: 'next', pathname });
  });

  it('/favicon.ico, which browsers ask for on their own, leads to the site’s icon (308)', () => {
    expect(guardRequest(get('/favicon.ico'))).toEqual({ action: 'redirect', status: 308, location: '/icon.svg' });
  });

  it('keeps the query when it redirects', () => {
    expect(guardRequest(get('/ja/%78m', { search: '?a=xm.frozenMessage' }))).toEqual({ action: 'redirect', status: 308, location: '/ja/xm?a=xm.frozenMessage' });
  });

  it('never builds a redirect to another host, whatever the path', () => {
    for (const pathname of ['//evil.example/', '/%2F%2Fevil.example', '/\\evil.example', '//ja//', '/ja/%5C%5Cevil']) {
      const result = guardRequest(get(pathname));
      if (result.action === 'redirect') expect(result.location).toMatch(/^\/[^/\\]/);
    }
  });

  it('decoding then encoding again is stable (no redirect loop)', () => {
    for (const pathname of ['/ja/%78m', '/ja/%e7%84%a1', '/ja/a b', "/ja/!$&'()*+,;=:@", '/ja/%25']) {
      const once = canonicalPath(decodeSegments(pathname)!);
      expect(canonicalPath(decodeSegments(once)!)).toBe(once);
    }
  });
});

describe('request guard: paths that are no address', () => {
  it.each(['/ja/%ff', '/ja/%E0%A4%A', '/ja/%u0041', '/ja/%%', '/ja/%c0%af', '/ja/%00', '/ja/a%2Fb', '/ja/a%5Cb', '/ja/%0d%0aSet-Cookie:x'])(
    '%s is a bad address (400, not a 500)',
    (pathname) => {
      expect(guardRequest(get(pathname))).toEqual({ action: 'bad-address', locale: 'ja' });
    },
  );

  it('an error speaks the language of the URL, else of the browser', () => {
    expect(guardRequest(get('/en/%ff'))).toEqual({ action: 'bad-address', locale: 'en' });
    expect(guardRequest(get('/xx/%ff', { acceptLanguage: 'en-US,en;q=0.9' }))).toEqual({ action: 'bad-address', locale: 'en' });
    expect(guardRequest(get('/en/xm.html'))).toMatchObject({ action: 'next', locale: 'en' });
  });
});

describe('request guard: redirects', () => {
  it('/ goes to the start in the browser’s language (307), Japanese by default', () => {
    expect(guardRequest(get('/'))).toEqual({ action: 'redirect', status: 307, location: '/ja' });
    expect(guardRequest(get('/', { acceptLanguage: 'en-GB,en;q=0.8', search: '?a=x' }))).toEqual({ action: 'redirect', status: 307, location: '/en?a=x' });
  });

  it('an old step address goes to its step in the same language, also when spelled oddly', () => {
    expect(guardRequest(get('/ja/xm/frozen', { search: '?a=xm' }))).toEqual({ action: 'redirect', status: 308, location: '/ja/xm/frozen-account?a=xm' });
    expect(guardRequest(get('/en/x%6d/frozen/'))).toEqual({ action: 'redirect', status: 308, location: '/en/xm/frozen-account' });
  });

  it('names of Object.prototype are no redirects', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(guardRequest(get(`/ja/${name}`))).toMatchObject({ action: 'next' });
    }
  });
});

describe('request guard: remedy steps, rendered on demand by a route of their own', () => {
  it('a remedy step is served by the remedy route, at its own address', () => {
    expect(guardRequest(get('/ja/xm/frozen-account', { search: '?a=xm.frozenMessage' }))).toEqual({
      action: 'next',
      locale: 'ja',
      pathname: '/ja/xm/frozen-account',
      rewrite: '/ja/remedy/xm/frozen-account',
    });
  });

  it('every other step is served as it is (prerendered)', () => {
    for (const pathname of ['/en', '/en/xm', '/en/xm/contact-support', '/en/bitmex/solved', '/en/support']) {
      expect(guardRequest(get(pathname))).toEqual({ action: 'next', locale: 'en', pathname });
    }
  });

  it('the remedy route asked for directly is no page (rendered as an unknown address: 404)', () => {
    expect(guardRequest(get('/ja/remedy/xm/frozen-account'))).toEqual({ action: 'next', locale: 'ja', pathname: '/ja/remedy/xm/frozen-account', rewrite: '/ja/remedy' });
    expect(guardRequest(get('/zz/remedy/xm', { acceptLanguage: 'en' }))).toMatchObject({ rewrite: '/zz/remedy' });
  });
});

describe('request guard: methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND'])('%s on a page or a file is 405', (method) => {
    expect(guardRequest(get('/ja', { method }))).toEqual({ action: 'method-not-allowed', locale: 'ja' });
    expect(guardRequest(get('/probe.bin', { method }))).toMatchObject({ action: 'method-not-allowed' });
  });

  it.each(['GET', 'HEAD', 'get'])('%s goes on', (method) => {
    expect(guardRequest(get('/ja', { method }))).toMatchObject({ action: 'next' });
  });

  it('routes under /api/ and server actions answer methods for themselves', () => {
    expect(guardRequest(get('/api/outcomes', { method: 'POST' }))).toMatchObject({ action: 'next' });
    expect(guardRequest(get('/ja/xm', { method: 'POST', serverAction: true }))).toMatchObject({ action: 'next' });
  });
});
