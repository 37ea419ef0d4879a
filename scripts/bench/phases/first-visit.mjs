// @ts-check
// Phase `firstvisit`: the bytes a new visitor downloads — the page, the offline worker's script and
// what the worker fetches in the background — on a normal and on a Save-Data connection (issue 12).
import { measureFirstVisits } from '../lib/first-visit.mjs';
import { num, table } from '../lib/format.mjs';
import { log } from '../lib/util.mjs';

/**
 * @typedef {object} FirstVisitResults
 * @property {string} method
 * @property {string} referenceBeforeIssue12
 * @property {Awaited<ReturnType<typeof measureFirstVisits>>} visits
 */

const MODES = /** @type {const} */ ({ page: 'service worker blocked (the page alone)', normal: 'normal', saveData: 'Save-Data' });

/** @type {import('./index.mjs').Phase} */
export const firstVisitPhase = {
  id: 'firstvisit',
  title: 'First visit',
  options: {
    'firstvisit-paths': { type: 'string', description: 'pages of the first-visit phase, comma-separated (default /ja,/en/xm/frozen-account)' },
  },
  async run(ctx) {
    const { app, options, chromePath, results } = ctx;
    await app.ensure();
    const paths = String(options['firstvisit-paths'] ?? '/ja,/en/xm/frozen-account').split(',');
    results.firstVisit = {
      method:
        'Playwright Chromium (Pixel 7), fresh profile per visit, through a forwarder counting every byte the server sends (headers and body as sent, gzip). Modes: service workers blocked (the page alone), allowed on a normal connection, allowed with Save-Data (DevTools data-saver override). A visit ends when the footer says what the worker kept (or 3 s without a request). 1 kB = 1000 bytes.',
      referenceBeforeIssue12: 'about 760 kB gzip in the background on any connection (issue 12, measured on the build before it)',
      visits: await measureFirstVisits({ chromePath, origin: app.origin, paths }),
    };
    for (const v of results.firstVisit.visits) log(`first visit ${v.path} ${v.mode}: total ${(v.bytes.total / 1000).toFixed(1)} kB, plan ${v.plan}`);
  },
  targets(r) {
    const visits = r.firstVisit?.visits ?? [];
    const byPath = new Map();
    for (const v of visits) byPath.set(`${v.path} ${v.mode}`, v);
    const checks = visits
      .filter((v) => v.mode === 'saveData')
      .map((v) => {
        const alone = byPath.get(`${v.path} page`);
        return {
          path: v.path,
          saveData: v.bytes.total,
          page: alone?.bytes.total,
          // What the Save-Data visit fetched beyond the page's own requests: the worker and what it
          // keeps. Compared with the page alone's extra requests (the wizard's own), not byte for
          // byte with its total: a page rendered on demand varies by a few bytes between visits.
          extra: v.bytes.workerScript + v.bytes.background,
          pageExtra: alone ? alone.bytes.workerScript + alone.bytes.background : undefined,
        };
      });
    const measured = checks.length > 0 && checks.every((c) => c.page !== undefined);
    return [
      {
        id: 'first-visit-save-data',
        name: 'First visit with Save-Data costs at most the page itself',
        target: 'Save-Data total ≤ the page alone (service worker blocked): beyond the page, no worker script and nothing kept',
        met: measured ? checks.every((c) => c.extra <= /** @type {number} */ (c.pageExtra)) : null,
        value: !checks.length
          ? 'not measured in this run'
          : checks
              .map((c) => `${c.path}: ${num(c.saveData / 1000, 1)} kB vs ${num((c.page ?? 0) / 1000, 1)} kB (beyond the page's HTML, scripts and styles: ${num(c.extra / 1000, 1)} vs ${num((c.pageExtra ?? 0) / 1000, 1)} kB)`)
              .join('; '),
        cause: [],
      },
    ];
  },
  render(r) {
    const f = r.firstVisit;
    if (!f) return [];
    const kB = (/** @type {number} */ b) => num(b / 1000, 1);
    return [
      '## First visit: bytes downloaded (page, offline worker, background)',
      '',
      f.method,
      '',
      table(
        ['Page', 'Connection', 'total kB', 'page kB', 'worker script kB', 'background kB', 'requests (page / worker / background)', 'kept'],
        f.visits.map((v) => [
          `\`${v.path}\``,
          MODES[/** @type {keyof typeof MODES} */ (v.mode)] ?? v.mode,
          kB(v.bytes.total),
          kB(v.bytes.page),
          kB(v.bytes.workerScript),
          kB(v.bytes.background),
          `${v.requests.page} / ${v.requests.workerScript} / ${v.requests.background}`,
          v.plan ?? '–',
        ]),
      ),
      '',
      `Before issue 12: ${f.referenceBeforeIssue12}.`,
      '',
    ];
  },
};
