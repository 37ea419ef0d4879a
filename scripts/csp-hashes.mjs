// After `next build`: hashes every inline <script> and <style> of every prerendered page, so the
// Content-Security-Policy can allow exactly those (no 'unsafe-inline'). Writes
// .next/csp-hashes.json: { "/ja/xm/frozen-account": { "script": ["sha256-…"], "style": [...] } },
// read by proxy.ts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = join(process.cwd(), '.next', 'server', 'app');
const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const inlineStyle = /<style[^>]*>([\s\S]*?)<\/style>/g;

function hashesOf(html, pattern) {
  const list = [...html.matchAll(pattern)]
    .map((m) => m[1])
    .filter((body) => body.length > 0)
    .map((body) => `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  return [...new Set(list)];
}

function* htmlFiles(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* htmlFiles(full);
    else if (name.endsWith('.html')) yield full;
  }
}

const hashes = {};
for (const file of htmlFiles(root)) {
  const route = `/${relative(root, file).split(sep).join('/').replace(/\.html$/, '')}`.replace(/\/index$/, '') || '/';
  const html = readFileSync(file, 'utf8');
  hashes[route] = { script: hashesOf(html, inlineScript), style: hashesOf(html, inlineStyle) };
}

writeFileSync(join(process.cwd(), '.next', 'csp-hashes.json'), JSON.stringify(hashes));
console.log(`csp-hashes: ${Object.keys(hashes).length} pages`);
