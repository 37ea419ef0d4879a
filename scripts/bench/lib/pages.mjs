// @ts-check
// The pages to measure: every address of the app's sitemap (/sitemap.xml), each fetched once to
// know what it is (a wizard step and its kind, or a section page) and what the browser gets with
// it: the inline scripts (the RSC payload React hydrates from) and the Suspense boundaries left to
// the client. The sitemap lists absolute addresses only when the build had SITE_URL set; the bench
// sets one for its own build (run.mjs).
import zlib from 'node:zlib';
import { get } from './server.mjs';

/**
 * @typedef {object} Page
 * @property {string} path
 * @property {string} locale its first path segment
 * @property {string} type `start` (the locale's root), a step kind (`question`, `remedy`, `contact`, `solved`) or the section (`support`, `calculator`, `search`)
 * @property {boolean} stepPage a step of the wizard
 * @property {string | null} step the step id (article[data-step])
 * @property {number} status
 * @property {boolean} built answered 200
 * @property {string} note why it is not measured
 * @property {number} htmlBytes the decoded HTML
 * @property {number} inlineScriptBytes raw bytes inside inline <script> tags (mostly the RSC payload)
 * @property {number} clientRenderedBoundaries Suspense boundaries rendered from scratch in the browser
 */

/** @param {import('./server.mjs').Response} res */
export function decodeBody(res) {
  const enc = res.headers['content-encoding'];
  if (enc === 'gzip') return zlib.gunzipSync(res.body);
  if (enc === 'br') return zlib.brotliDecompressSync(res.body);
  if (enc === 'deflate') return zlib.inflateSync(res.body);
  return res.body;
}

/** Raw bytes of the inline <script> tags of an HTML document. @param {string} html */
export function inlineScriptBytes(html) {
  let bytes = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/(?:^|\s)src\s*=/i.test(m[1] ?? '')) bytes += Buffer.byteLength(m[2] ?? '');
  }
  return bytes;
}

/**
 * Suspense boundaries the server left to the client (e.g. a component that reads the query string
 * in a prerendered page): React renders them from scratch in the browser instead of hydrating them.
 * React 19 marks each with `<!--$!-->` followed by `<template data-dgst=…>` (the digest is Next's
 * BAILOUT_TO_CLIENT_SIDE_RENDERING; a production build of Next 16.4 / React 19.3 leaves it empty).
 * @param {string} html
 */
export function clientRenderedBoundaries(html) {
  return (html.match(/<!--\$!-->/g) ?? []).length;
}

/** The paths listed in a sitemap document (<loc> elements, origin removed). @param {string} xml */
export function sitemapPaths(xml) {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => new URL((m[1] ?? '').replace(/&amp;/g, '&')).pathname);
}

/**
 * Every page of the app's sitemap, fetched and classified.
 * @param {string} origin the app server
 * @returns {Promise<Page[]>}
 */
export async function findPages(origin) {
  const res = await get(`${origin}/sitemap.xml`);
  if (res.status !== 200) throw new Error(`/sitemap.xml answered ${res.status}`);
  const paths = [...new Set(sitemapPaths(decodeBody(res).toString('utf8')))];
  if (!paths.length) {
    throw new Error('/sitemap.xml lists no page: the build had no SITE_URL (with --skip-build, build with SITE_URL=https://example.com npm run build first)');
  }
  /** @type {Page[]} */
  const pages = [];
  for (const pagePath of paths) {
    const page = await get(origin + pagePath, { 'accept-encoding': 'gzip' });
    const html = page.status === 200 ? decodeBody(page).toString('utf8') : '';
    const article = /<article\b[^>]*\bdata-step="([^"]+)"[^>]*>/.exec(html);
    const kind = article ? /\bdata-kind="([^"]+)"/.exec(article[0])?.[1] ?? 'step' : null;
    const segments = pagePath.split('/').filter(Boolean);
    const locale = segments[0] ?? '';
    const built = page.status === 200;
    pages.push({
      path: pagePath,
      locale,
      type: segments.length === 1 && article ? 'start' : (kind ?? segments[segments.length - 1] ?? '/'),
      stepPage: article !== null,
      step: article?.[1] ?? null,
      status: page.status,
      built,
      note: built ? '' : page.status === 404 ? 'not built in this run' : `answered ${page.status}`,
      htmlBytes: Buffer.byteLength(html),
      inlineScriptBytes: inlineScriptBytes(html),
      clientRenderedBoundaries: clientRenderedBoundaries(html),
    });
  }
  return pages;
}
