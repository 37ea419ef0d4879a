import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { flowVersion } from '@/lib/outcomes/flow-version';
import { openStore, type OutcomeStore, type StoreOptions, type StoredEvent } from '@/lib/outcomes/store';
import { databaseBackends, type DatabaseBackend } from './database-backends';

/**
 * The storage suite runs twice, with the same SQL: on the embedded database (PGlite, the default)
 * and on a PostgreSQL server. scripts/check.sh starts one from Debian's package
 * (scripts/ensure-postgres.sh) and passes its address in TEST_DATABASE_URL.
 */
const { backends, freshFolder } = databaseBackends('outcomes_store');

const open: OutcomeStore[] = [];
async function openFresh(backend: DatabaseBackend, extra: Partial<StoreOptions> = {}): Promise<{ store: OutcomeStore; options: StoreOptions }> {
  const options = { ...(await backend.fresh()), ...extra };
  const store = await openStore(options);
  open.push(store);
  return { store, options };
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

const VISIT = '3f0c8a52-7d1e-4b6a-9f3c-2e8d5a1b4c70';
const event = (overrides: Partial<StoredEvent> = {}): StoredEvent => ({ kind: 'view', step: 'xm.frozenAccount', locale: 'ja', flowVersion, ...overrides });

for (const backend of backends) {
  describe.skipIf(backend.skip)(`outcome storage on ${backend.name}${backend.skip ? ` — skipped: ${backend.skip}` : ''}`, () => {
    it('applies the migrations when it opens and records each one', async () => {
      const { store } = await openFresh(backend);
      const versions = await store.query<{ version: string }>('select version from schema_migrations order by version');
      expect(versions.map((v) => v.version)).toEqual(['001_outcome_events']);
      expect(await store.query('select count(*) as n from outcome_events')).toEqual([{ n: 0 }]);
    });

    it('opens an existing database again without applying a migration twice or losing data', async () => {
      const { store, options } = await openFresh(backend);
      await store.insert([event()]);
      await store.close();
      open.splice(open.indexOf(store), 1);
      const again = await openStore(options);
      open.push(again);
      expect(await again.query('select count(*) as n from schema_migrations')).toEqual([{ n: 1 }]);
      expect(await again.query('select count(*) as n from outcome_events')).toEqual([{ n: 1 }]);
    });

    // The embedded database belongs to one process: only a server is shared.
    if (backend.shared) it('lets several instances start together on one server: each migration runs once', async () => {
      const options = await backend.fresh();
      const stores = await Promise.all([openStore(options), openStore(options), openStore(options)]);
      open.push(...stores);
      expect(await stores[0]!.query('select count(*) as n from schema_migrations')).toEqual([{ n: 1 }]);
    });

    it('applies a migration added later once, after the ones already applied', async () => {
      const migrationsDir = await freshFolder();
      await writeFile(join(migrationsDir, '001_outcome_events.sql'), await readFile('db/migrations/001_outcome_events.sql', 'utf8'));
      const { store, options } = await openFresh(backend, { migrationsDir });
      await store.close();
      open.splice(open.indexOf(store), 1);
      await mkdir(migrationsDir, { recursive: true });
      await writeFile(join(migrationsDir, '002_note.sql'), 'create table migration_note (id int);\ninsert into migration_note values (1);');
      for (let i = 0; i < 2; i++) {
        const again = await openStore(options);
        await again.close();
      }
      const last = await openStore(options);
      open.push(last);
      expect((await last.query<{ version: string }>('select version from schema_migrations order by version')).map((v) => v.version)).toEqual([
        '001_outcome_events',
        '002_note',
      ]);
      expect(await last.query('select count(*) as n from migration_note')).toEqual([{ n: 1 }]);
    });

    it('stores each field of an event and nothing else', async () => {
      const { store } = await openFresh(backend);
      const at = new Date('2026-11-30T12:34:56.000Z');
      await store.insert([event({ kind: 'answer', answer: 'notFixed', next: 'xm.contactSupport', locale: 'en', visit: VISIT, receivedAt: at })]);
      const rows = await store.query('select received_at, flow_version, visit, kind, step, answer, next_step, locale from outcome_events');
      expect(rows).toEqual([
        { received_at: at, flow_version: flowVersion, visit: VISIT, kind: 'answer', step: 'xm.frozenAccount', answer: 'notFixed', next_step: 'xm.contactSupport', locale: 'en' },
      ]);
      const columns = await store.query<{ column_name: string }>(
        "select column_name from information_schema.columns where table_name = 'outcome_events' order by ordinal_position",
      );
      expect(columns.map((c) => c.column_name)).toEqual(['id', 'received_at', 'flow_version', 'visit', 'kind', 'step', 'answer', 'next_step', 'locale']);
    });

    it('stamps an event with the time it was stored when it carries none', async () => {
      const { store } = await openFresh(backend);
      const before = Date.now();
      await store.insert([event()]);
      const [row] = await store.query<{ received_at: Date; visit: null; answer: null }>('select received_at, visit, answer from outcome_events');
      expect(row!.received_at.getTime()).toBeGreaterThanOrEqual(before - 5_000);
      expect(row!.received_at.getTime()).toBeLessThanOrEqual(Date.now() + 5_000);
      expect(row!.visit).toBeNull();
      expect(row!.answer).toBeNull();
    });

    it('stores a large batch completely (several statements) and counts as JS numbers', async () => {
      const { store } = await openFresh(backend);
      const batch = Array.from({ length: 5_001 }, (_, i) => event({ locale: i % 2 ? 'en' : 'ja' }));
      await store.insert(batch);
      expect(await store.query('select locale, count(*) as n from outcome_events group by locale order by locale')).toEqual([
        { locale: 'en', n: 2_500 },
        { locale: 'ja', n: 2_501 },
      ]);
    });

    it('answers statistics per flow version: an edited flow does not mix with the old one', async () => {
      const { store } = await openFresh(backend);
      const answer = (answer: 'fixed' | 'notFixed', version: string) =>
        event({ kind: 'answer', answer, next: answer === 'fixed' ? 'xm.solved' : 'xm.contactSupport', flowVersion: version });
      await store.insert([answer('fixed', flowVersion), answer('fixed', flowVersion), answer('notFixed', flowVersion), answer('notFixed', 'old000000000')]);
      const rows = await store.query<{ fixed: number; answered: number; share: number }>(
        `select count(*) filter (where answer = 'fixed') as fixed, count(*) as answered,
                round(avg(case when answer = 'fixed' then 1 else 0 end), 4) as share
           from outcome_events
          where flow_version = $1 and step = $2 and kind = 'answer' and answer in ('fixed', 'notFixed')
            and received_at > now() - interval '90 days'`,
        [flowVersion, 'xm.frozenAccount'],
      );
      expect(rows).toEqual([{ fixed: 2, answered: 3, share: 0.6667 }]);
    });

    it('refuses a row the schema does not allow (an unknown kind)', async () => {
      const { store } = await openFresh(backend);
      await expect(store.insert([event({ kind: 'clicked' as never })])).rejects.toThrow(/check constraint/);
      expect(await store.query('select count(*) as n from outcome_events')).toEqual([{ n: 0 }]);
    });
  });
}
