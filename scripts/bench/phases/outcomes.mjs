// @ts-check
// Phase `outcomes`: POST /api/outcomes under load (autocannon, 50 connections) on the embedded
// database and on a PostgreSQL server (scripts/ensure-postgres.sh), every event sent counted in
// the database afterwards; and a remedy page's p99 with recording on vs off (OUTCOMES=off).
// Each measurement runs on a `next start` of its own (its own data folder, no rate limit).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { loadTest } from '../lib/load.mjs';
import { ms, num, table } from '../lib/format.mjs';
import { get, NextServer } from '../lib/server.mjs';
import { log, round, sleep } from '../lib/util.mjs';

const CONNECTIONS = 50;
const DURATION_SECONDS = 10;
const PAGE = '/ja/xm/frozen-account';
const WARM_UP_REQUESTS = 1000;
/** POSTs per second of 2 events beside the page load (about one answer per 3 page views). */
const BACKGROUND_RATE = 200;

/**
 * @typedef {object} IngestRun
 * @property {'embedded' | 'postgres'} database
 * @property {number} eventsPerRequest
 * @property {number} durationSeconds of the measured run
 * @property {number} requestsPerSecond
 * @property {number} eventsPerSecond
 * @property {{ p50: number, p99: number, max: number }} latencyMs
 * @property {number} requests accepted (202) in the measured run and its warm-up
 * @property {number} refused non-2xx responses + connection errors + timeouts
 * @property {number} eventsSent events in the accepted requests
 * @property {number} eventsStored rows in the database afterwards
 * @property {number} dropped the server's own count (GET /api/health) before it stopped
 */

/**
 * @typedef {object} PageRun
 * @property {'on' | 'off'} recording
 * @property {number} requestsPerSecond
 * @property {{ p50: number, p99: number }} latencyMs
 * @property {number} errors
 */

/**
 * @typedef {object} OutcomesResults
 * @property {string} method
 * @property {IngestRun[]} ingest
 * @property {PageRun[]} page
 * @property {number | null} pageP99Ratio recording on ÷ off
 */

/** A batch as the wizard sends it: a view and an answer, repeated. @param {number} n */
function batch(n) {
  const events = [];
  for (let i = 0; i < n; i++) {
    events.push(
      i % 2 === 0
        ? { kind: 'view', step: 'xm.frozenAccount', locale: 'ja' }
        : { kind: 'answer', step: 'xm.frozenAccount', answer: 'notFixed', next: 'xm.contactSupport', locale: 'ja' },
    );
  }
  return JSON.stringify({ events });
}

/** @param {NextServer} server */
async function waitForFlush(server) {
  for (let i = 0; i < 300; i++) {
    const health = JSON.parse((await get(`${server.origin}/api/health`)).body.toString('utf8'));
    if (health.buffered === 0) return /** @type {{ dropped: number }} */ (health);
    await sleep(100);
  }
  throw new Error('the buffer did not empty within 30 s');
}

/**
 * @param {object} o
 * @param {import('../run.mjs').Context} o.ctx
 * @param {'embedded' | 'postgres'} o.database
 * @param {Record<string, string>} o.env
 * @param {number} o.eventsPerRequest
 * @param {() => Promise<number>} o.count rows stored, called after the server stopped
 * @returns {Promise<IngestRun>}
 */
async function ingest({ ctx, database, env, eventsPerRequest, count }) {
  const server = new NextServer({
    name: `outcomes-${database}`,
    dir: ctx.root,
    nextBin: path.join(ctx.root, 'node_modules', 'next', 'dist', 'bin', 'next'),
    logFile: path.join(ctx.tmpDir, `server-outcomes-${database}.log`),
    probe: '/api/health',
    env: { OUTCOMES_RATE_LIMIT: '0', ...env },
  });
  await server.start([ctx.app.port ?? 0]);
  const body = batch(eventsPerRequest);
  const options = { url: `${server.origin}/api/outcomes`, method: 'POST', body, headers: { 'content-type': 'application/json' }, connections: CONNECTIONS, timeout: 10 };
  // A fixed number of requests (not a duration), so that every request sent is answered before
  // the run ends and "sent" is exact: a warm-up of WARM_UP_REQUESTS, then as many as the warm-up's
  // rate gives in DURATION_SECONDS.
  const warm = await autocannon({ ...options, amount: WARM_UP_REQUESTS });
  // The rate once warm (the first run is slower: a fresh server, the JIT) sets the measured run's size.
  let started = performance.now();
  const probe = await autocannon({ ...options, amount: WARM_UP_REQUESTS });
  const probeSeconds = (performance.now() - started) / 1000;
  const amount = Math.max(WARM_UP_REQUESTS, Math.round((probe['2xx'] / probeSeconds) * DURATION_SECONDS));
  log(`outcomes ${database}: autocannon ${CONNECTIONS} connections, ${amount} requests (~${DURATION_SECONDS} s) of ${eventsPerRequest} events, after ${2 * WARM_UP_REQUESTS} to warm up`);
  started = performance.now();
  const r = await autocannon({ ...options, amount });
  const seconds = (performance.now() - started) / 1000;
  const { dropped } = await waitForFlush(server);
  await server.stop();
  const requests = warm['2xx'] + probe['2xx'] + r['2xx'];
  const run = {
    database,
    eventsPerRequest,
    durationSeconds: round(seconds, 1) ?? seconds,
    requestsPerSecond: Math.round(r['2xx'] / seconds),
    eventsPerSecond: Math.round((r['2xx'] * eventsPerRequest) / seconds),
    latencyMs: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
    requests,
    refused: [warm, probe, r].reduce((sum, x) => sum + x.non2xx + x.errors, 0),
    eventsSent: requests * eventsPerRequest,
    eventsStored: await count(),
    dropped,
  };
  log(`outcomes ${database}: ${run.eventsPerSecond} events/s, p99 ${run.latencyMs.p99} ms; sent ${run.eventsSent}, stored ${run.eventsStored}, refused ${run.refused}`);
  return run;
}

/**
 * @param {import('../run.mjs').Context} ctx
 * @param {'on' | 'off'} recording
 * @param {Record<string, string>} env
 * @returns {Promise<PageRun>}
 */
async function pageLoad(ctx, recording, env) {
  const server = new NextServer({
    name: `outcomes-page-${recording}`,
    dir: ctx.root,
    nextBin: path.join(ctx.root, 'node_modules', 'next', 'dist', 'bin', 'next'),
    logFile: path.join(ctx.tmpDir, `server-outcomes-page-${recording}.log`),
    probe: '/api/health',
    env,
  });
  await server.start([ctx.app.port ?? 0]);
  try {
    log(`outcomes: ${PAGE} with recording ${recording}, autocannon ${CONNECTIONS} connections × ${DURATION_SECONDS} s, beside ${BACKGROUND_RATE} POSTs/s of 2 events`);
    // Visitors send their answers while others load pages: the same POSTs in both runs (answered
    // 202 and written with recording on, 204 with it off), at a steady rate, during warm-up and run.
    const background = autocannon({
      url: `${server.origin}/api/outcomes`,
      method: 'POST',
      body: batch(2),
      headers: { 'content-type': 'application/json' },
      connections: 5,
      overallRate: BACKGROUND_RATE,
      duration: DURATION_SECONDS + 4,
      timeout: 10,
    });
    const r = await loadTest({ url: server.origin + PAGE, connections: CONNECTIONS, durationSeconds: DURATION_SECONDS });
    await background;
    log(`outcomes: ${PAGE} recording ${recording}: ${r.requestsPerSecond.mean.toFixed(0)} req/s, p99 ${r.latencyMs.p99} ms, errors ${r.errors}`);
    return { recording, requestsPerSecond: Math.round(r.requestsPerSecond.mean), latencyMs: { p50: r.latencyMs.p50, p99: r.latencyMs.p99 }, errors: r.errors };
  } finally {
    await server.stop();
  }
}

/** @type {import('./index.mjs').Phase} */
export const outcomesPhase = {
  id: 'outcomes',
  title: 'Outcomes',
  options: {
    'outcomes-batch': { type: 'string', description: 'events per POST in the outcomes phase (default 10; the wizard sends 1–3)' },
  },
  async run(ctx) {
    const { root, tmpDir, results, options } = ctx;
    const eventsPerRequest = Number(options['outcomes-batch'] ?? 10);
    const dataDir = path.join(tmpDir, 'outcomes-embedded');
    const pgDir = path.join(tmpDir, 'outcomes-postgres');
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(pgDir, { recursive: true, force: true });
    mkdirSync(tmpDir, { recursive: true });
    /** @type {OutcomesResults} */
    const out = {
      method: `autocannon, ${CONNECTIONS} connections, a fixed number of requests (what the rate of a second warm-up run gives in ${DURATION_SECONDS} s, so that every request sent is answered) after two runs of ${WARM_UP_REQUESTS} to warm up, POST /api/outcomes with { events: [${eventsPerRequest}] } on a \`next start\` of its own (rate limit off). events/s = events answered 202 ÷ the measured run's wall-clock time. Sent = events in the requests answered 202 (warm-ups included); stored = rows counted in the database once the server's buffer is empty and it has stopped (SIGTERM). Page: autocannon on ${PAGE} (gzip, 3 s warm-up) on a server with recording on (embedded database) and one with OUTCOMES=off, each while ${BACKGROUND_RATE} POSTs/s of 2 events go to /api/outcomes (5 connections).`,
      ingest: [],
      page: [],
      pageP99Ratio: null,
    };
    results.outcomes = out;

    out.ingest.push(
      await ingest({
        ctx,
        database: 'embedded',
        env: { OUTCOMES_DATA_DIR: dataDir },
        eventsPerRequest,
        count: async () => {
          const db = await PGlite.create(dataDir);
          try {
            return Number((await db.query('select count(*) as n from outcome_events')).rows.map((/** @type {any} */ row) => row.n)[0]);
          } finally {
            await db.close();
          }
        },
      }),
    );

    const script = path.join(root, 'scripts', 'ensure-postgres.sh');
    const url = execFileSync('bash', [script, 'start', pgDir], { encoding: 'utf8' }).trim();
    try {
      out.ingest.push(
        await ingest({
          ctx,
          database: 'postgres',
          env: { DATABASE_URL: url },
          eventsPerRequest,
          count: async () => {
            const sql = postgres(url, { max: 1, onnotice: () => {} });
            try {
              return Number((await sql`select count(*) as n from outcome_events`)[0]?.n);
            } finally {
              await sql.end();
            }
          },
        }),
      );
    } finally {
      execFileSync('bash', [script, 'remove', pgDir]);
    }

    out.page.push(await pageLoad(ctx, 'on', { OUTCOMES_DATA_DIR: dataDir }));
    out.page.push(await pageLoad(ctx, 'off', { OUTCOMES: 'off', OUTCOMES_DATA_DIR: dataDir }));
    const [on, off] = out.page;
    out.pageP99Ratio = on && off && off.latencyMs.p99 > 0 ? round(on.latencyMs.p99 / off.latencyMs.p99, 2) : null;
    log(`outcomes: ${PAGE} p99 recording on ÷ off = ${out.pageP99Ratio}`);
  },
  targets(r) {
    const t = { id: 'outcomes-stored', name: 'Every outcome accepted under load is stored', target: 'events stored = events sent, on each database' };
    const runs = r.outcomes?.ingest ?? [];
    if (!runs.length) return [{ ...t, met: null, value: 'not measured in this run', cause: [] }];
    const missed = runs.filter((x) => x.eventsStored !== x.eventsSent);
    return [
      {
        ...t,
        met: missed.length === 0,
        value: runs.map((x) => `${x.database}: ${x.eventsStored} of ${x.eventsSent}`).join('; '),
        cause: missed.map((x) => `${x.database}: ${x.eventsSent - x.eventsStored} missing; the server counted ${x.dropped} dropped (database errors during the run).`),
      },
    ];
  },
  render(r) {
    const o = r.outcomes;
    if (!o) return [];
    const out = ['## Outcomes (POST /api/outcomes, autocannon, 50 connections, ~10 s)', ''];
    out.push(
      table(
        ['Database', 'events/request', 'seconds', 'requests/s', 'events/s', 'p50 latency', 'p99 latency', 'events sent', 'events stored', 'refused', 'dropped'],
        o.ingest.map((x) => [
          x.database === 'embedded' ? 'embedded (PGlite)' : 'PostgreSQL 15 server',
          String(x.eventsPerRequest),
          num(x.durationSeconds, 1),
          num(x.requestsPerSecond),
          num(x.eventsPerSecond),
          ms(x.latencyMs.p50),
          ms(x.latencyMs.p99),
          String(x.eventsSent),
          String(x.eventsStored),
          String(x.refused),
          String(x.dropped),
        ]),
      ),
    );
    out.push('');
    out.push(table(['Remedy page `' + PAGE + '`', 'req/s', 'p50', 'p99', 'errors'], o.page.map((p) => [`recording ${p.recording}`, num(p.requestsPerSecond), ms(p.latencyMs.p50), ms(p.latencyMs.p99), String(p.errors)])));
    out.push('');
    out.push(`p99 with recording on ÷ off: **${o.pageP99Ratio ?? '–'}**.`);
    out.push('');
    out.push(o.method);
    out.push('');
    return out;
  },
};
