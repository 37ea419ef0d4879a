import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { en } from '@/content/en';
import { ja } from '@/content/ja';
import { alwaysHeaders, origin, raw } from './support/http';
import { freePort } from './support/free-port';

/**
 * docs/reverse-proxy/nginx.conf, run as written in front of the server under test (only its two
 * addresses changed), answers what Next.js would answer before the app's code runs (issue 12).
 * nginx comes from scripts/ensure-nginx.sh (run by `npm run check`) or NGINX_PATH.
 */

test.describe.configure({ mode: 'serial' });

const nginxBinary = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].find((p): p is string => !!p && existsSync(p));
let nginx: ChildProcess | undefined;
let dir = '';
let port = 0;

test.beforeAll(async () => {
  if (!nginxBinary) throw new Error('No nginx: run scripts/ensure-nginx.sh (Debian: apt-get install nginx-light) or set NGINX_PATH');
  port = await freePort();
  dir = mkdtempSync(join(tmpdir(), 'login-help-nginx-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  // nginx's workers drop root to nobody: they need to write their temp files here.
  for (const sub of ['', 'body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) chmodSync(join(dir, sub), 0o777);

  const documented = readFileSync(join(process.cwd(), 'docs', 'reverse-proxy', 'nginx.conf'), 'utf8');
  const upstream = `server ${new URL(origin).host};`;
  const site = documented.replace(/server 127\.0\.0\.1:3000;/, upstream).replace(/listen 80;/, `listen 127.0.0.1:${port};`);
  expect(site).toContain(upstream);
  expect(site).toContain(`listen 127.0.0.1:${port};`);
  writeFileSync(join(dir, 'site.conf'), site);
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  access_log off;',
      `  client_body_temp_path ${join(dir, 'body')};`,
      `  proxy_temp_path ${join(dir, 'proxy')};`,
      `  fastcgi_temp_path ${join(dir, 'fastcgi')};`,
      `  uwsgi_temp_path ${join(dir, 'uwsgi')};`,
      `  scgi_temp_path ${join(dir, 'scgi')};`,
      '  default_type application/octet-stream;',
      `  include ${join(dir, 'site.conf')};`,
      '}',
    ].join('\n'),
  );
  nginx = spawn(nginxBinary, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  for (let i = 0; ; i++) {
    try {
      await viaNginx('/ja');
      break;
    } catch (error) {
      if (i > 50 || nginx.exitCode !== null) throw new Error(`nginx did not start: ${stderr} ${String(error)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});

test.afterAll(() => {
  nginx?.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function viaNginx(path: string, options: { method?: string; headers?: Record<string, string> } = {}) {
  return raw(path, { ...options, base: `http://127.0.0.1:${port}` });
}

test('TRACE and unknown methods are refused with 405 and the security headers', async () => {
  for (const method of ['TRACE', 'TRACK', 'PROPFIND']) {
    const response = await viaNginx('/ja/xm', { method });
    expect(response.status, method).toBe(405);
    for (const name of [...alwaysHeaders, 'content-security-policy'] as const) expect(response.headers[name], `${method} ${name}`).toBeDefined();
  }
});

test('a .rsc path is the 404 page in the visitor’s language, with the app’s own policy', async () => {
  for (const [path, title] of [
    ['/ja.rsc', ja.ui.notFoundTitle],
    ['/en/xm.rsc', en.ui.notFoundTitle],
    ['/ja/xm/frozen-account.rsc', ja.ui.notFoundTitle],
  ] as const) {
    const response = await viaNginx(path);
    expect(response.status, path).toBe(404);
    expect(response.body, path).toContain(title);
    expect(response.headers['content-security-policy'], path).toMatch(/script-src 'self' 'nonce-/);
  }
});

test('the framework’s redirect of repeated slashes gets the security headers', async () => {
  const response = await viaNginx('/ja//xm');
  expect(response.status).toBe(308);
  expect(response.headers.location).toBe('/ja/xm');
  for (const name of alwaysHeaders) expect(response.headers[name], name).toBeDefined();
});

test('the app’s answers pass unchanged: one value per header, the page’s own policy', async () => {
  const direct = await raw('/ja/xm');
  const proxied = await viaNginx('/ja/xm');
  expect(proxied.status).toBe(200);
  for (const name of alwaysHeaders) expect(proxied.headers[name], name).toBe(direct.headers[name]);
  expect(proxied.headers['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self' 'nonce-[^']+' 'sha256-/);
  expect(proxied.body).toBe(direct.body);
});

test('a client cannot claim HTTPS: no Strict-Transport-Security over plain HTTP', async () => {
  const response = await viaNginx('/ja', { headers: { 'x-forwarded-proto': 'https' } });
  expect(response.status).toBe(200);
  expect(response.headers['strict-transport-security']).toBeUndefined();
});

test('a bad address and a non-page method still get the app’s answers', async () => {
  expect((await viaNginx('/ja/%ff')).status).toBe(400);
  const post = await viaNginx('/ja/xm', { method: 'POST', headers: { 'content-length': '0' } });
  expect(post.status).toBe(405);
  expect(post.headers.allow).toBe('GET, HEAD');
});
