import type { OfflinePlan, pagesToKeep as PagesToKeep } from './offline-plan';

/**
 * The service worker (served at /sw.js, see app/sw.js/route.ts). Kept as a plain function so its
 * source is readable and type-checked; it is serialised into the worker script with the site's
 * pages, the redirects of old addresses, the words of its two offline pages and a version that
 * changes with every build. Decision records 004 and 008.
 *
 * - Nothing is fetched on install. The page tells the worker what to keep (`keep` message, from
 *   lib/offline-plan.ts: the connection decides); the current page comes from what the browser has
 *   already downloaded, further pages only as the plan allows, and the worker answers `kept`.
 * - Pages: network first (fresh content whenever online, a 5xx falls back to the kept copy); when
 *   the network fails: an old address goes to its step (308), a kept page is shown, a page of the
 *   site that is not kept gets "not saved for offline use" (503), any other address the 404 page
 *   (404), both in the address's language. The answers in the query (?a=…) do not matter.
 *   The chunks a page's scripts load later (the live checks) are kept with it, so the checks work offline.
 * - Built assets under /_next/static/ never change: cache first.
 * - The probe file of the observations always goes to the network (offline must look offline).
 * - A new version activates at once and deletes the old copies, so nobody is stuck on old pages.
 */
interface ExtendableEvent {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageSource {
  postMessage(message: unknown): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
  source: MessageSource | null;
}
/** The parts of the worker's global scope used here (the DOM lib has no worker types). */
export interface WorkerScope {
  location: Location;
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

/** What the page asks: keep the page at `path` (loaded as `url`) and what `plan` allows. */
export interface KeepMessage {
  type: 'keep';
  path: string;
  url: string;
  plan: OfflinePlan;
}
/** What the worker answers once a `keep` is done: `complete` when every page could be kept. */
export interface KeptMessage {
  type: 'kept';
  plan: OfflinePlan;
  complete: boolean;
}

export interface OfflinePageText {
  siteName: string;
  start: string;
  notFoundTitle: string;
  notFoundBody: string;
  notSavedTitle: string;
  notSavedBody: string;
}

export interface OfflineManifest {
  version: string;
  /** Every page of the site, both languages (`/ja/xm/frozen-account`). */
  pages: string[];
  /** The second path segments that name a service (`xm`, `bitmex`). */
  services: string[];
  /** Old or alias addresses (`/ja/xm/frozen`) → the step's address. */
  redirects: Record<string, string>;
  locales: string[];
  texts: Record<string, OfflinePageText>;
}

export function serviceWorker(self: WorkerScope, manifest: OfflineManifest, keepOrder: typeof PagesToKeep): void {
  const CACHE = `login-help-${manifest.version}`;
  const NETWORK_TIMEOUT_MS = 4000;
  const known = new Set(manifest.pages);
  const plans = ['visited', 'own', 'all'];

  /** The build files a page uses; not the `noModule` polyfills, which current browsers never load. */
  const assetsIn = (html: string): string[] =>
    [...html.matchAll(/<(?:script|link)\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => !/\snoModule\b/i.test(tag))
      .map((tag) => /(?:src|href)="(\/_next\/static\/[^"]+)"/.exec(tag)?.[1])
      .filter((u, i, all): u is string => !!u && all.indexOf(u) === i);

  /** Chunks a script loads later (the live checks, loaded after the step is interactive). */
  const chunksIn = (script: string): string[] => [...script.matchAll(/"(static\/chunks\/[\w.-]+\.js)"/g)].map((m) => `/_next/${m[1]!}`);

  /** Keeps one page, its assets and the chunks its scripts load later; `url` is fetched from the browser's cache when `cached`. */
  async function keep(cache: Cache, path: string, url: string, cached: boolean): Promise<boolean> {
    if (await cache.match(path)) return true;
    const response = await fetch(url, { cache: cached ? 'force-cache' : 'no-cache', credentials: 'same-origin' });
    if (!response.ok) return false;
    const pending = assetsIn(await response.clone().text());
    const seen = new Set<string>();
    while (pending.length) {
      const asset = pending.shift()!;
      if (seen.has(asset)) continue;
      seen.add(asset);
      if (await cache.match(asset)) continue;
      // Content-hashed: whatever the browser already has is right.
      const file = await fetch(asset, { cache: 'force-cache' });
      if (!file.ok) return false;
      if (asset.endsWith('.js')) pending.push(...chunksIn(await file.clone().text()));
      await cache.put(asset, file);
    }
    // The page last: a kept page always has its assets.
    await cache.put(path, response);
    return true;
  }

  let queue: Promise<unknown> = Promise.resolve();
  function run(message: KeepMessage, source: MessageSource | null): Promise<unknown> {
    queue = queue.then(async () => {
      const cache = await caches.open(CACHE);
      let complete = true;
      try {
        complete = await keep(cache, message.path, message.url, true);
      } catch {
        complete = false;
      }
      for (const path of keepOrder(manifest.pages, message.path, message.plan, manifest.services)) {
        try {
          if (!(await keep(cache, path, path, false))) complete = false;
        } catch {
          // A page that fails to download is fetched again on its next online visit.
          complete = false;
        }
      }
      const reply: KeptMessage = { type: 'kept', plan: message.plan, complete };
      source?.postMessage(reply);
    });
    return queue;
  }

  self.addEventListener('install', (event) => {
    event.waitUntil(self.skipWaiting());
  });

  self.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
        await self.clients.claim();
      })(),
    );
  });

  self.addEventListener('message', (event) => {
    const data = event.data as Partial<KeepMessage> | null;
    if (!data || data.type !== 'keep' || typeof data.path !== 'string' || typeof data.url !== 'string') return;
    if (!known.has(data.path) || !plans.includes(data.plan ?? '')) return;
    const url = new URL(data.url, self.location.origin);
    if (url.origin !== self.location.origin || url.pathname !== data.path) return;
    event.waitUntil(run({ type: 'keep', path: data.path, url: url.pathname + url.search, plan: data.plan! }, event.source));
  });

  function withTimeout(request: Request): Promise<Response> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timeout')), NETWORK_TIMEOUT_MS);
      fetch(request).then(
        (r) => {
          clearTimeout(timer);
          resolve(r);
        },
        (e: unknown) => {
          clearTimeout(timer);
          reject(e instanceof Error ? e : new Error('network'));
        },
      );
    });
  }

  const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  /** The offline 404 or "not saved" page, built here: it needs nothing from the network. */
  async function offlinePage(pathname: string, kind: 'notFound' | 'notSaved'): Promise<Response> {
    const first = pathname.split('/')[1] ?? '';
    const locale = manifest.locales.includes(first) ? first : manifest.locales[0]!;
    const text = manifest.texts[locale]!;
    const cache = await caches.open(CACHE);
    const stylesheet = (await cache.keys()).map((r) => new URL(r.url).pathname).find((p) => p.startsWith('/_next/static/') && p.endsWith('.css'));
    const [title, body] = kind === 'notFound' ? [text.notFoundTitle, text.notFoundBody] : [text.notSavedTitle, text.notSavedBody];
    const html = [
      '<!DOCTYPE html>',
      `<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
      `<meta name="robots" content="noindex"><title>${escapeHtml(title)} | ${escapeHtml(text.siteName)}</title>`,
      stylesheet ? `<link rel="stylesheet" href="${stylesheet}">` : '',
      '</head><body><main class="mx-auto grid max-w-prose gap-4 px-4 py-10">',
      `<p class="font-bold">${escapeHtml(text.siteName)}</p><h1 class="text-2xl font-bold">${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p>`,
      `<p><a href="/${locale}" class="inline-block rounded-xl bg-brand-700 px-4 py-3 font-semibold text-white hover:bg-brand-800">${escapeHtml(text.start)}</a></p>`,
      '</main></body></html>',
    ].join('');
    return new Response(html, {
      status: kind === 'notFound' ? 404 : 503,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
        'Cache-Control': 'no-store',
      },
    });
  }

  async function page(request: Request): Promise<Response> {
    const url = new URL(request.url);
    try {
      const response = await withTimeout(request);
      if (response.status >= 500) {
        const kept = await caches.match(url.pathname, { ignoreSearch: true });
        if (kept) return kept;
      }
      if (response.ok && known.has(url.pathname)) {
        const cache = await caches.open(CACHE);
        await cache.put(url.pathname, response.clone());
      }
      return response;
    } catch {
      const target =
        url.pathname === '/'
          ? `/${manifest.locales.find((l) => navigator.languages.some((n) => n.toLowerCase().startsWith(l))) ?? manifest.locales[0]}`
          : Object.hasOwn(manifest.redirects, url.pathname)
            ? manifest.redirects[url.pathname]
            : undefined;
      if (target) return Response.redirect(new URL(`${target}${url.search}`, url.origin).href, 308);
      const kept = await caches.match(url.pathname, { ignoreSearch: true });
      if (kept) return kept;
      return offlinePage(url.pathname, known.has(url.pathname) ? 'notSaved' : 'notFound');
    }
  }

  async function asset(request: Request): Promise<Response> {
    const kept = await caches.match(request, { ignoreSearch: true });
    if (kept) return kept;
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(CACHE);
      await cache.put(request, response.clone());
    }
    return response;
  }

  self.addEventListener('fetch', (event) => {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== self.location.origin) return;
    if (url.pathname === '/probe.bin' || url.pathname === '/sw.js') return;
    if (request.headers.has('rsc') || url.searchParams.has('_rsc')) return;
    if (request.mode === 'navigate') {
      event.respondWith(page(request));
    } else if (url.pathname.startsWith('/_next/static/')) {
      event.respondWith(asset(request));
    }
  });
}
