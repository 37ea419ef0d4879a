// @ts-check
// First visit: the bytes a new visitor's phone downloads for one page, and what the offline worker
// downloads in the background after it (issue 12: the data-cap user). Playwright's Chromium,
// Pixel 7 emulation, a fresh profile per run, through a counting forwarder in front of the server:
// every byte the server sends to the browser (status line, headers, body as sent, gzip included)
// is counted per request, so the service worker's own requests are counted too.
//
// Three visits per page: service workers blocked ("page": what the page itself needs: HTML,
// stylesheet, scripts, Next.js's prefetches), service workers allowed on a normal connection, and
// with Save-Data on (Chromium's data-saver override through the DevTools protocol, which sets
// navigator.connection.saveData and nothing else). A visit ends when the page's footer says what
// is kept (data-offline) or, without a worker, when no request has run for 3 s.
// Requests are split: "worker script" (Service-Worker: script), "background" (the worker's own
// fetches: Sec-Fetch-Dest empty, mode not no-cors, no RSC header, not the observations' probe) and
// "page" (the rest, including the page's requests the worker passes on).
import { createServer, request as httpRequest } from 'node:http';
import { chromium, devices } from 'playwright';
import { log, sleep } from './util.mjs';

const LAUNCH_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];

/** @param {import('node:http').IncomingMessage} req @returns {'page' | 'workerScript' | 'background'} */
function classify(req) {
  const h = req.headers;
  if (h['service-worker'] === 'script') return 'workerScript';
  // The worker's own fetch() calls; a page's script passed through the worker keeps its no-cors mode.
  if (h['sec-fetch-dest'] === 'empty' && h['sec-fetch-mode'] !== 'no-cors' && !h.rsc && !(req.url ?? '').startsWith('/probe.bin')) return 'background';
  return 'page';
}

/** A forwarder that counts the bytes sent back for each request. @param {string} targetOrigin */
async function countingForwarder(targetOrigin) {
  const target = new URL(targetOrigin);
  const counts = { page: 0, workerScript: 0, background: 0, requests: { page: 0, workerScript: 0, background: 0 }, last: Date.now() };
  const server = createServer((req, res) => {
    const kind = classify(req);
    counts.requests[kind] += 1;
    counts.last = Date.now();
    const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } }, (answer) => {
      let head = `HTTP/1.1 ${answer.statusCode} ${answer.statusMessage}\r\n`;
      for (let i = 0; i < answer.rawHeaders.length; i += 2) head += `${answer.rawHeaders[i]}: ${answer.rawHeaders[i + 1]}\r\n`;
      counts[kind] += Buffer.byteLength(`${head}\r\n`);
      res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
      answer.on('data', (chunk) => {
        counts[kind] += chunk.length;
        counts.last = Date.now();
      });
      answer.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await /** @type {Promise<void>} */ (new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve())));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    counts,
    close: () =>
      /** @type {Promise<void>} */ (new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })),
  };
}

/** @param {{ chromePath: string, targetOrigin: string, path: string, mode: 'page' | 'normal' | 'saveData' }} visitOptions */
async function visit({ chromePath, targetOrigin, path, mode }) {
  const forwarder = await countingForwarder(targetOrigin);
  const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: LAUNCH_ARGS });
  try {
    const context = await browser.newContext({ ...devices['Pixel 7'], serviceWorkers: mode === 'page' ? 'block' : 'allow' });
    const page = await context.newPage();
    if (mode === 'saveData') {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
    }
    const started = Date.now();
    await page.goto(`${forwarder.origin}${path}`, { waitUntil: 'load' });
    let plan = null;
    if (mode !== 'page') {
      // Main's worker has no footer status: then the visit ends when the network is quiet.
      const status = page.locator('[data-offline="visited"], [data-offline="own"], [data-offline="all"], [data-offline="incomplete"], [data-offline="on-demand"]');
      const hasFooter = (await page.locator('[data-offline]').count()) > 0;
      while (Date.now() - started < 180_000) {
        if ((await status.count()) > 0) {
          plan = await status.first().getAttribute('data-offline');
          break;
        }
        if (!hasFooter && Date.now() - forwarder.counts.last > 5000) break;
        await sleep(250);
      }
    }
    while (Date.now() - forwarder.counts.last < 3000) await sleep(250);
    const { counts } = forwarder;
    return {
      path,
      mode,
      plan,
      seconds: Math.round((Date.now() - started) / 100) / 10,
      bytes: { page: counts.page, workerScript: counts.workerScript, background: counts.background, total: counts.page + counts.workerScript + counts.background },
      requests: counts.requests,
    };
  } finally {
    await browser.close();
    await forwarder.close();
  }
}

/** The first-visit figures for each path, in the three modes. */
/** @param {{ chromePath: string, origin: string, paths: string[] }} options */
export async function measureFirstVisits({ chromePath, origin, paths }) {
  const rows = [];
  for (const path of paths) {
    for (const mode of /** @type {const} */ (['page', 'normal', 'saveData'])) {
      log(`first visit: ${path} (${mode})`);
      rows.push(await visit({ chromePath, targetOrigin: origin, path, mode }));
    }
  }
  return rows;
}
