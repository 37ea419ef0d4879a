/**
 * The service worker (served at /sw.js, see app/sw.js/route.ts). Kept as a plain function so its
 * source is readable and type-checked; it is serialised into the worker script with the list of
 * pages to keep for offline use and a version that changes with every build.
 *
 * - On install: fetch every page (both languages), the scripts and styles each page uses, and
 *   the chunks those scripts load later (the live checks), so the checks work offline too.
 * - Pages: network first (fresh content whenever online), the kept copy when the network fails.
 *   The answers in the query string (?a=…) do not matter for the kept copy.
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
/** The parts of the worker's global scope used here (the DOM lib has no worker types). */
export interface WorkerScope {
  location: Location;
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

export function serviceWorker(self: WorkerScope, version: string, pages: string[]): void {
  const CACHE = `login-help-${version}`;
  const NETWORK_TIMEOUT_MS = 4000;

  const assetsIn = (html: string): string[] =>
    [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]!).filter((u, i, all) => all.indexOf(u) === i);

  /** Chunks a script loads later (the live checks, loaded after the step is interactive). */
  const chunksIn = (script: string): string[] => [...script.matchAll(/"(static\/chunks\/[\w.-]+\.js)"/g)].map((m) => `/_next/${m[1]!}`);

  async function keep(cache: Cache, path: string, seen: Set<string>): Promise<void> {
    const response = await fetch(path, { cache: 'no-cache', credentials: 'same-origin' });
    if (!response.ok) return;
    await cache.put(path, response.clone());
    const queue = assetsIn(await response.text());
    while (queue.length) {
      const asset = queue.shift()!;
      if (seen.has(asset)) continue;
      seen.add(asset);
      if (!(await cache.match(asset))) {
        const file = await fetch(asset);
        if (!file.ok) continue;
        if (asset.endsWith('.js')) queue.push(...chunksIn(await file.clone().text()));
        await cache.put(asset, file);
      }
    }
  }

  self.addEventListener('install', (event) => {
    event.waitUntil(
      (async () => {
        const cache = await caches.open(CACHE);
        const seen = new Set<string>();
        for (const path of pages) {
          try {
            await keep(cache, path, seen);
          } catch {
            // One page that fails to download is fetched again on its next online visit.
          }
        }
        await self.skipWaiting();
      })(),
    );
  });

  self.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
        await self.clients.claim();
      })(),
    );
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

  async function page(request: Request): Promise<Response> {
    const url = new URL(request.url);
    try {
      const response = await withTimeout(request);
      if (response.ok && pages.includes(url.pathname)) {
        const cache = await caches.open(CACHE);
        await cache.put(url.pathname, response.clone());
      }
      return response;
    } catch {
      const kept = await caches.match(url.pathname, { ignoreSearch: true });
      if (kept) return kept;
      const locale = url.pathname.split('/')[1] === 'en' ? '/en' : '/ja';
      return (await caches.match(locale)) ?? Response.error();
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
