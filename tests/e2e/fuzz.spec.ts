import { expect, test } from '@playwright/test';
import { alwaysHeaders, blockedInlineScripts, raw, type RawResponse } from './support/http';

/**
 * A bounded fuzz of the server (issue 12): 300 requests built from real and hostile path segments,
 * queries, methods and headers by a seeded generator, so every run sends the same requests and a
 * failure names the request that caused it. Every answer must be below 500, carry the security
 * headers, and an HTML answer its Content-Security-Policy (allowing exactly its inline scripts);
 * no redirect may leave the site and no injected markup may come back unescaped.
 *
 * Next.js answers a few requests before any app code runs; the reverse proxy in front handles them
 * (docs/reverse-proxy/nginx.conf, tested in reverse-proxy.spec.ts): the TRACE method and paths
 * ending in `.rsc` (500 without it) are not generated here, and Next's own redirect of repeated
 * slashes (`/ja//xm` → `/ja/xm`, no body) is exempt from the header check, not from the others.
 */

const SEED = 20261202;
const REQUESTS = 300;

/** mulberry32: a small, fast, seedable PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MARKER = '<script>alert(7)</script>';
const segments = [
  'ja', 'en', 'xm', 'bitmex', 'frozen-account', 'frozen', 'symptom', 'lost2fa', 'support', 'calculator', 'search', 'index.json',
  'opengraph-image', 'icons', '192', '512', 'sw.js', 'probe.bin', 'robots.txt', 'sitemap.xml', 'manifest.webmanifest', 'icon.svg',
  '_next', 'static', 'chunks', 'image', 'data', 'api', 'outcomes',
  '..', '%2e%2e', '.', '%2e', '%ff', '%00', '%2F', '%5C', '%E0%A4%A', '%c0%af', '%25', '%u0041', '%%', '%0d%0aSet-Cookie:%20x=1',
  'constructor', '__proto__', 'toString', 'hasOwnProperty', encodeURIComponent(MARKER), '%22%27%3E', '無効な口座', 'ｊａ', 'JA', 'Xm',
  'x'.repeat(300), ';jsessionid=1', '*', '~', '.env', '.git', 'config', 'wp-admin', 'index.php', 'xm.html', 'a.json', 'a.map', '@', ':',
];
const queries = [
  '', '', '', '?a=xm.frozenMessage', '?a=zz.yy.%ff', '?a=', '?q=403', '?q=%E7%84%A1%E5%8A%B9', `?q=${encodeURIComponent(MARKER)}`,
  '?q=' + 'あ'.repeat(500), '?_rsc=1', '?__proto__[x]=1', '?constructor=1', '?s=xm&q=%ff', '?bal=%EF%BC%91%EF%BC%90%EF%BC%90&lev=abc',
  '?a=xm&a=bitmex', '?url=%2Ficons%2F192&w=64&q=75', '?%', '?a=%00',
];
const methods = ['GET', 'GET', 'GET', 'GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'];
const headerSets: Record<string, string>[] = [
  {},
  {},
  { 'accept-language': 'en-US,en;q=0.9' },
  { 'accept-language': 'ja;q=abc, *;q=0' },
  { 'accept-language': 'x'.repeat(2000) },
  { rsc: '1' },
  { 'next-router-prefetch': '1' },
  { rsc: '1', 'next-router-state-tree': '%7Bgarbage' },
  { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
  { host: 'evil.example' },
  { 'next-action': 'abc' },
  { 'if-none-match': '"x"', 'if-modified-since': 'yesterday' },
  { range: 'bytes=5-1' },
];

function generate(random: () => number): { method: string; path: string; headers: Record<string, string> } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const depth = Math.floor(random() * 4);
  const parts: string[] = [];
  if (random() < 0.7) parts.push(pick(['ja', 'en']));
  for (let i = 0; i < depth; i++) parts.push(pick(segments));
  let path = `/${parts.join(random() < 0.1 ? '//' : '/')}${random() < 0.1 ? '/' : ''}`;
  if (path.endsWith('.rsc')) path += 'x';
  return { method: pick(methods), path: `${path}${pick(queries)}`, headers: pick(headerSets) };
}

function problemsOf(method: string, path: string, response: RawResponse): string[] {
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`status ${response.status}`);
  const frameworkSlashRedirect = response.status === 308 && /\/\/|\\/.test(path.split('?')[0]!);
  if (!frameworkSlashRedirect) for (const name of alwaysHeaders) if (!response.headers[name]) problems.push(`no ${name}`);
  const isHtml = (response.headers['content-type'] ?? '').includes('text/html');
  if (isHtml) {
    const csp = response.headers['content-security-policy'];
    if (!csp) problems.push('HTML without Content-Security-Policy');
    else if (method !== 'HEAD') {
      const blocked = blockedInlineScripts(response.body, csp);
      if (blocked.length) problems.push(`inline scripts its CSP blocks: ${blocked.length}`);
    }
  }
  const location = response.headers.location;
  if (location && !/^\/(?![/\\])/.test(location)) problems.push(`redirect off the site: ${location}`);
  if (response.body.includes(MARKER)) problems.push('injected markup came back unescaped');
  return problems;
}

test(`${REQUESTS} generated requests (seed ${SEED}): no 5xx, every answer with its security headers`, async () => {
  test.setTimeout(180_000);
  const random = prng(SEED);
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  for (let i = 0; i < REQUESTS; i++) {
    const { method, path, headers } = generate(random);
    const response = await raw(path, { method, headers: method === 'GET' || method === 'HEAD' ? headers : { ...headers, 'content-length': '0' } });
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    const problems = problemsOf(method, path, response);
    if (problems.length) failures.push(`${method} ${path.slice(0, 120)} ${JSON.stringify(headers).slice(0, 80)} → ${problems.join('; ')}`);
  }
  test.info().annotations.push({ type: 'statuses', description: JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0]))) });
  expect(failures, `${failures.length} of ${REQUESTS} requests failed`).toEqual([]);
});
