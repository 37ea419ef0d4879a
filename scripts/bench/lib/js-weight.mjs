// @ts-check
// JS weight of a page: the external <script src> files of the served HTML (nomodule polyfills
// excluded), each counted two ways:
//  - gzip9: the file gzipped with zlib level 9 (deterministic; this is the figure the target uses),
//  - served: the bytes `next start` actually sent for `accept-encoding: gzip` (compression on; files
//    under ~1 kB are sent uncompressed, so served can be larger than gzip9).
// Also splits Turbopack chunks into their modules, so what the app adds over a blank Next.js page
// can be named module by module.
import vm from 'node:vm';
import zlib from 'node:zlib';
import { clientRenderedBoundaries, decodeBody, inlineScriptBytes } from './pages.mjs';
import { get } from './server.mjs';

/** @param {Buffer} buf */
const gzip9 = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

/** gzip -9 size of a module's code, memoised: every page shares most modules. @type {Map<string, number>} */
const moduleGzip = new Map();
/** @param {string} code */
function moduleSize(code) {
  let size = moduleGzip.get(code);
  if (size === undefined) {
    size = gzip9(Buffer.from(code));
    moduleGzip.set(code, size);
  }
  return size;
}

/** @param {string} attrs @param {string} name @returns {string | undefined} */
function attr(attrs, name) {
  const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(attrs);
  if (!m) return undefined;
  return m[1] ?? m[2] ?? m[3] ?? '';
}

/** The external <script src> tags of an HTML document (nomodule marked). @param {string} html */
export function externalScripts(html) {
  /** @type {{ src: string, nomodule: boolean }[]} */
  const external = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attr(m[1] ?? '', 'src');
    if (src) external.push({ src, nomodule: attr(m[1] ?? '', 'nomodule') !== undefined });
  }
  return external;
}

/**
 * Turbopack chunk → { moduleId: factory source }. Evaluated in an empty sandbox (factories are not run).
 * @param {string} source
 * @returns {Record<string, string>}
 */
export function chunkModules(source) {
  /** @type {{ globalThis?: unknown, self?: unknown, TURBOPACK?: unknown }} */
  const sandbox = {};
  sandbox.globalThis = sandbox;
  sandbox.self = sandbox;
  try {
    vm.runInNewContext(source, sandbox, { timeout: 2000 });
  } catch {
    // the runtime chunk touches browser APIs; whatever was pushed before is still read below
  }
  /** @type {Record<string, string>} */
  const modules = {};
  const pushed = Array.isArray(sandbox.TURBOPACK) ? sandbox.TURBOPACK : [];
  for (const entry of pushed) {
    if (!Array.isArray(entry)) continue;
    for (let i = 0; i < entry.length - 1; i++) {
      const id = entry[i];
      const factory = entry[i + 1];
      if (typeof id === 'number' && typeof factory === 'function') {
        modules[id] = factory.toString();
        i++;
      }
    }
  }
  return modules;
}

/** A best-effort name for a minified module: its export names, and whether it looks like app code. @param {string} code */
export function moduleLabel(code) {
  const names = new Set();
  for (const m of code.matchAll(/"([A-Za-z_$][\w$]*)",0,/g)) names.add(m[1] ?? '');
  for (const m of code.matchAll(/([A-Za-z_$][\w$]*):function\(\)\{return/g)) names.add(m[1] ?? '');
  for (const m of code.matchAll(/Object\.defineProperty\(\w+,"([A-Za-z_$][\w$]*)",\{enumerable/g)) names.add(m[1] ?? '');
  names.delete('__esModule');
  names.delete('');
  const looksApp = /(brand|calm|warn|danger|ok)-\d{2,3}|data-answer|data-step|useWizard|useLocaleText|calculator/i.test(code);
  const list = [...names].slice(0, 5).join(', ') || code.slice(0, 60).replace(/\s+/g, ' ');
  return { exports: list, origin: looksApp ? 'app' : 'framework/library' };
}

/**
 * @typedef {object} ScriptFile
 * @property {string} src its path
 * @property {number} rawBytes
 * @property {number} gzip9Bytes
 * @property {number} servedBytes
 * @property {string | string[]} servedEncoding
 * @property {Record<string, string>} modules
 */

/** Each script file fetched and measured once per run. */
export class ScriptCache {
  constructor() {
    /** @type {Map<string, ScriptFile>} */
    this.files = new Map();
  }

  /** @param {string} origin @param {string} src @returns {Promise<ScriptFile>} */
  async file(origin, src) {
    const url = new URL(src, origin).href;
    const key = new URL(src, origin).pathname;
    const cached = this.files.get(key);
    if (cached) return cached;
    const res = await get(url, { 'accept-encoding': 'gzip' });
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    const raw = decodeBody(res);
    const info = {
      src: key,
      rawBytes: raw.length,
      gzip9Bytes: gzip9(raw),
      servedBytes: res.body.length,
      servedEncoding: res.headers['content-encoding'] ?? 'identity',
      modules: chunkModules(raw.toString('utf8')),
    };
    this.files.set(key, info);
    return info;
  }
}

/**
 * Fetches a page and the scripts it loads. Throws when the page does not answer 200.
 * @param {string} origin
 * @param {string} pagePath
 * @param {ScriptCache} cache
 */
export async function measurePage(origin, pagePath, cache) {
  const res = await get(origin + pagePath, { 'accept-encoding': 'gzip' });
  const html = decodeBody(res).toString('utf8');
  const result = {
    path: pagePath,
    status: res.status,
    htmlServedBytes: res.body.length,
    htmlGzip9Bytes: gzip9(Buffer.from(html)),
    htmlEncoding: res.headers['content-encoding'] ?? 'identity',
    clientRenderedBoundaries: clientRenderedBoundaries(html),
  };
  if (res.status !== 200) throw new Error(`${pagePath} answered ${res.status}`);
  const external = externalScripts(html);
  const seen = new Set();
  /** @type {Omit<ScriptFile, 'modules'>[]} */
  const scripts = [];
  /** @type {string[]} */
  const nomoduleExcluded = [];
  /** @type {Record<string, string>} */
  const modules = {};
  for (const s of external) {
    if (s.nomodule) {
      nomoduleExcluded.push(s.src);
      continue;
    }
    if (seen.has(s.src)) continue;
    seen.add(s.src);
    const f = await cache.file(origin, s.src);
    Object.assign(modules, f.modules);
    scripts.push({ src: f.src, rawBytes: f.rawBytes, gzip9Bytes: f.gzip9Bytes, servedBytes: f.servedBytes, servedEncoding: f.servedEncoding });
  }
  const sum = (/** @type {'rawBytes' | 'gzip9Bytes' | 'servedBytes'} */ k) => scripts.reduce((a, s) => a + s[k], 0);
  return {
    ...result,
    scripts,
    nomoduleExcluded,
    inlineScriptBytes: inlineScriptBytes(html),
    total: { files: scripts.length, rawBytes: sum('rawBytes'), gzip9Bytes: sum('gzip9Bytes'), servedBytes: sum('servedBytes') },
    modules,
  };
}

/**
 * Modules a page loads that the blank page does not (or loads with different code).
 * @param {Record<string, string>} pageModules
 * @param {Record<string, string>} blankModules
 */
export function modulesBeyond(pageModules, blankModules) {
  const rows = [];
  for (const [id, code] of Object.entries(pageModules)) {
    const inBlank = Object.hasOwn(blankModules, id);
    if (inBlank && blankModules[id] === code) continue;
    const size = moduleSize(code);
    const blankCode = blankModules[id];
    const blankSize = blankCode !== undefined ? moduleSize(blankCode) : 0;
    rows.push({
      id: Number(id),
      change: inBlank ? 'differs from blank' : 'not in blank',
      rawBytes: Buffer.byteLength(code),
      gzip9Bytes: size,
      blankGzip9Bytes: blankSize,
      deltaGzip9Bytes: size - blankSize,
      ...moduleLabel(code),
    });
  }
  return rows.sort((a, b) => b.deltaGzip9Bytes - a.deltaGzip9Bytes);
}
