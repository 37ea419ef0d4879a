import { request as httpRequest } from 'node:http';
import { createHash } from 'node:crypto';

/** The server the browser tests run against (playwright.config.ts). */
export const origin = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}`;

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * One HTTP request with the path sent as given (no URL normalisation, unlike fetch and
 * Playwright's request context: `%78`, `..` and bad escapes go out as written; only characters
 * outside printable ASCII are percent-encoded, as a browser does), redirects not followed.
 */
export function raw(
  path: string,
  { method = 'GET', headers = {}, base = origin }: { method?: string; headers?: Record<string, string>; base?: string } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  const sent = path.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, method, path: sent, headers: { connection: 'close', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const flat: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(', ') : v;
        resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', reject);
    });
    req.setTimeout(20_000, () => req.destroy(new Error(`timeout: ${method} ${path}`)));
    req.on('error', reject);
    req.end();
  });
}

/** The sha256 sources of the inline scripts of an HTML document, as a CSP lists them. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? '')
    .filter((body) => body.length > 0)
    .map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
}

/**
 * The inline scripts of a document that its Content-Security-Policy would block: those allowed
 * neither by their hash (prerendered pages) nor by the policy's nonce (pages rendered on demand).
 */
export function blockedInlineScripts(html: string, csp: string): string[] {
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1]?.split(' ') ?? [];
  return [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => (m[2] ?? '').length > 0)
    .filter((m) => {
      const nonce = /\snonce="([^"]+)"/.exec(m[1] ?? '')?.[1];
      if (nonce && scriptSrc.includes(`'nonce-${nonce}'`)) return false;
      return !scriptSrc.includes(`'sha256-${createHash('sha256').update(m[2] ?? '', 'utf8').digest('base64')}'`);
    })
    .map((m) => (m[2] ?? '').slice(0, 80));
}

/** The security headers every response must carry (next.config.ts and proxy.ts). */
export const alwaysHeaders = ['x-content-type-options', 'referrer-policy', 'x-frame-options', 'permissions-policy'] as const;
