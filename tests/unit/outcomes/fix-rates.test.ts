import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flowVersion } from '@/lib/outcomes/flow-version';
import { readFixRates } from '@/lib/outcomes/fix-rates';
import { openStore, type OutcomeStore, type StoreOptions, type StoredEvent } from '@/lib/outcomes/store';

/**
 * The fix rates of the remedy pages, read from the store: on the embedded database, and on a
 * PostgreSQL server when scripts/check.sh gives one (TEST_DATABASE_URL).
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const backends: { name: string; skip: boolean; fresh: () => Promise<StoreOptions> }[] = [
  {
    name: 'the embedded database (PGlite)',
    skip: false,
    fresh: async () => {
      const dir = await mkdtemp(join(tmpdir(), 'outcomes-rates-'));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      return { dataDir: dir };
    },
  },
  {
    name: 'a PostgreSQL server',
    skip: !serverUrl,
    fresh: async () => {
      const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
      const name = `outcomes_rates_${Math.random().toString(36).slice(2, 10)}`;
      await admin.unsafe(`create database ${name}`);
      cleanups.push(async () => {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      });
      const url = new URL(serverUrl!);
      url.pathname = `/${name}`;
      return { databaseUrl: url.toString() };
    },
  },
];

const now = new Date('2026-12-01T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

function answers(step: StoredEvent['step'], answer: 'fixed' | 'notFixed', count: number, extra: Partial<StoredEvent> = {}): StoredEvent[] {
  const next = answer === 'fixed' ? 'xm.solved' : 'xm.contactSupport';
  return Array.from({ length: count }, () => ({ kind: 'answer', step, answer, next, locale: 'ja', flowVersion, receivedAt: daysAgo(1), ...extra }) as StoredEvent);
}

for (const backend of backends) {
  describe.skipIf(backend.skip)(`fix rates on ${backend.name}`, () => {
    let store: OutcomeStore;
    beforeAll(async () => {
      store = await openStore(await backend.fresh());
      cleanups.push(() => store.close());
      await store.insert([
        ...answers('xm.frozenAccount', 'fixed', 25),
        ...answers('xm.frozenAccount', 'notFixed', 15),
        ...answers('xm.dormantAccount', 'fixed', 2),
        // None of these count:
        ...answers('xm.frozenAccount', 'fixed', 5, { receivedAt: daysAgo(91) }),
        ...answers('xm.frozenAccount', 'notFixed', 5, { flowVersion: '000000000000' }),
        { kind: 'view', step: 'xm.frozenAccount', locale: 'en', flowVersion, receivedAt: daysAgo(1) },
      ]);
    });

    it('counts, per remedy, the answers "fixed" among "fixed" and "not fixed" of the last 90 days in this flow version', async () => {
      const rates = await readFixRates(store, flowVersion, now);
      expect(rates.get('xm.frozenAccount')).toEqual({ fixed: 25, answered: 40 });
      expect(rates.get('xm.dormantAccount')).toEqual({ fixed: 2, answered: 2 });
    });

    it('has no rate for a remedy nobody answered', async () => {
      const rates = await readFixRates(store, flowVersion, now);
      expect(rates.has('xm.resetPassword')).toBe(false);
    });
  });
}
