// After `next build`: hashes every inline <script> of every prerendered page, so the
// Content-Security-Policy can allow exactly those scripts (no 'unsafe-inline'). Writes
// .next/csp-hashes.json: { "/ja/xm/frozen-account": ["sha256-…", …], … }, read by proxy.ts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = join(process.cwd(), '.next', 'server', 'app');
const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

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
  const list = [...html.matchAll(inlineScript)]
    .map((m) => m[1])
    .filter((body) => body.length > 0)
    .map((body) => `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  hashes[route] = [...new Set(list)];
}

writeFileSync(join(process.cwd(), '.next', 'csp-hashes.json'), JSON.stringify(hashes));
console.log(`csp-hashes: ${Object.keys(hashes).length} pages`);
