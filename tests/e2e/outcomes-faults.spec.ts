import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { openStore } from '@/lib/outcomes/store';
import { NextServer } from './support/next-server';

/**
 * POST /api/outcomes under bad input and faults (issue 10, docs/decisions/006-outcomes.md): each
 * status it answers, a database that stops and comes back while the site runs, and SIGTERM with
 * events still in memory. The servers with an environment of their own listen on E2E_PORT + 2 and + 3.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const answer = { kind: 'answer', step: 'xm.frozenAccount', answer: 'notFixed', next: 'xm.contactSupport', locale: 'ja' };
const view = { kind: 'view', step: 'xm.frozenAccount', locale: 'en' };
const post = (body: unknown, headers: Record<string, string> = {}) => ({ data: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

test.describe('POST /api/outcomes answers each kind of request for what it is', () => {
  test('a valid batch → 202', async ({ request }) => {
    const response = await request.post('/api/outcomes', post({ events: [view, answer] }));
    expect(response.status()).toBe(202);
  });

  test('an unknown step or answer → 400 saying which', async ({ request }) => {
    const step = await request.post('/api/outcomes', post({ ...answer, step: 'xm.nowhere' }));
    expect(step.status()).toBe(400);
    expect(await step.json()).toEqual({ error: 'event.step "xm.nowhere" is not a step of the wizard' });
    const token = await request.post('/api/outcomes', post({ events: [view, { ...answer, answer: 'maybe' }] }));
    expect(token.status()).toBe(400);
    expect(await token.json()).toEqual({ error: 'events[1].answer "maybe" is not an answer of step xm.frozenAccount (expected one of: fixed, notFixed)' });
  });

  test('a body over 8 kB → 413', async ({ request }) => {
    const response = await request.post('/api/outcomes', { data: 'x'.repeat(9 * 1024), headers: { 'content-type': 'application/json' } });
    expect(response.status()).toBe(413);
  });

  test('any method but POST → 405 with Allow: POST', async ({ request }) => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const response = await request.fetch('/api/outcomes', { method });
      expect(response.status(), method).toBe(405);
      expect(response.headers()['allow'], method).toBe('POST');
    }
  });
});

test.describe('a server of its own (embedded database, rate limit 5 a minute, writes held 60 s)', () => {
  test.describe.configure({ mode: 'serial' });
  let dataDir = '';
  let server: NextServer;

  test.beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'outcomes-e2e-'));
    server = new NextServer(port + 2, { OUTCOMES_DATA_DIR: dataDir, OUTCOMES_RATE_LIMIT: '5', OUTCOMES_FLUSH_INTERVAL_MS: '60000' });
    await server.start();
  });
  test.afterAll(async () => {
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('too many requests from one address → 429 with Retry-After; another address is still served', async ({ request }) => {
    const from = (address: string) => request.post(server.url('/api/outcomes'), post(view, { 'x-forwarded-for': address }));
    for (let i = 0; i < 5; i++) expect((await from('198.51.100.1')).status()).toBe(202);
    const refused = await from('198.51.100.1');
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
    expect((await from('198.51.100.2')).status()).toBe(202);
  });

  test('DNT: 1 or Sec-GPC: 1 → 204, and nothing is recorded', async ({ request }) => {
    const buffered = async () => (await (await request.get(server.url('/api/health'))).json()).buffered as number;
    const before = await buffered();
    for (const header of [{ DNT: '1' }, { 'Sec-GPC': '1' }] as Record<string, string>[]) {
      const response = await request.post(server.url('/api/outcomes'), post({ events: [view, answer] }, { ...header, 'x-forwarded-for': '198.51.100.9' }));
      expect(response.status()).toBe(204);
    }
    expect(await buffered()).toBe(before);
  });

  test('SIGTERM with events still in memory writes every one of them before the process exits', async ({ request }) => {
    const batch = { events: Array.from({ length: 20 }, () => answer) };
    for (let i = 0; i < 3; i++) expect((await request.post(server.url('/api/outcomes'), post(batch, { 'x-forwarded-for': `203.0.113.${i}` }))).status()).toBe(202);
    const before = await (await request.get(server.url('/api/health'))).json();
    // 6 views from the test before, 60 answers here: none written yet (writes are held 60 s).
    expect(before).toMatchObject({ database: 'up', buffered: 66, dropped: 0 });

    await server.stop('SIGTERM');
    const store = await openStore({ dataDir });
    try {
      expect(await store.query("select kind, count(*) as n from outcome_events group by kind order by kind")).toEqual([
        { kind: 'answer', n: 60 },
        { kind: 'view', n: 6 },
      ]);
    } finally {
      await store.close();
    }
  });
});

test.describe('the PostgreSQL server stops while the site runs, then comes back', () => {
  test.describe.configure({ mode: 'serial' });
  let pgDir = '';
  const pg = (command: 'start' | 'stop' | 'remove') => execFileSync('bash', ['scripts/ensure-postgres.sh', command, join(pgDir, 'server')], { encoding: 'utf8' }).trim();
  let databaseUrl = '';
  let server: NextServer;
  let sql: ReturnType<typeof postgres>;
  const stored = async () => Number((await sql`select count(*) as n from outcome_events`)[0]!.n);

  test.beforeAll(async () => {
    pgDir = mkdtempSync(join(tmpdir(), 'outcomes-e2e-pg-'));
    // The server runs as the `postgres` user when the tests run as root: it must reach its folder.
    chmodSync(pgDir, 0o755);
    databaseUrl = pg('start');
    sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    server = new NextServer(port + 3, { DATABASE_URL: databaseUrl, OUTCOMES_RATE_LIMIT: '0' });
    await server.start();
  });
  test.afterAll(async () => {
    await sql?.end();
    await server?.stop();
    if (pgDir) {
      pg('remove');
      rmSync(pgDir, { recursive: true, force: true });
    }
  });

  test('pages stay 200, the endpoint answers 503, health says down and counts the dropped event; after the restart recording resumes', async ({ request }) => {
    expect((await request.post(server.url('/api/outcomes'), post({ events: [view, answer] }))).status()).toBe(202);
    await expect.poll(stored).toBe(2);

    await sql.end();
    pg('stop');
    // Accepted before the server knows: its write fails, and the event is counted as dropped.
    expect((await request.post(server.url('/api/outcomes'), post({ events: [view] }))).status()).toBe(202);
    await expect.poll(async () => (await request.get(server.url('/api/health'))).json()).toMatchObject({ database: 'down', dropped: 1, buffered: 0 });
    expect((await request.get(server.url('/api/health'))).status()).toBe(503);
    expect((await request.post(server.url('/api/outcomes'), post({ events: [view] }))).status()).toBe(503);
    for (const path of ['/ja', '/ja/xm/frozen-account', '/en/xm/frozen-account']) {
      expect((await request.get(server.url(path))).status(), path).toBe(200);
    }

    pg('start');
    await expect.poll(async () => (await request.get(server.url('/api/health'))).status()).toBe(200);
    expect((await request.post(server.url('/api/outcomes'), post({ events: [answer] }))).status()).toBe(202);
    sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    await expect.poll(stored).toBe(3);
  });
});
