/**
 * The Content-Security-Policy of a page. Scripts run only from this origin: external files from
 * 'self', inline scripts only when their hash (prerendered pages, computed after the build by
 * scripts/csp-hashes.mjs) or the request's nonce (pages rendered on demand) allows them.
 * No 'unsafe-eval' and no 'unsafe-inline' for scripts, outside `next dev`.
 */
export function contentSecurityPolicy({ nonce, scriptHashes = [], dev = false }: { nonce: string; scriptHashes?: readonly string[]; dev?: boolean }): string {
  const scriptSrc = ["'self'", `'nonce-${nonce}'`, ...scriptHashes.map((h) => `'${h}'`), ...(dev ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(' ')}`,
    `style-src 'self'${dev ? " 'unsafe-inline'" : ''}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
