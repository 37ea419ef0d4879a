import { beforeAll, describe, expect, it } from 'vitest';
import { flowVersion } from '@/lib/outcomes/flow-version';
import { readFixRates } from '@/lib/outcomes/fix-rates';
import { openStore, type OutcomeStore, type StoredEvent } from '@/lib/outcomes/store';
import { databaseBackends } from './database-backends';

/**
 * The fix rates of the remedy pages, read from the store: on the embedded database, and on a
 * PostgreSQL server when scripts/check.sh gives one (TEST_DATABASE_URL).
 */
const { backends } = databaseBackends('outcomes_rates');

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
      await store.insert([
        ...answers('xm.frozenAccount', 'fixed', 25),
        ...answers('xm.frozenAccount', 'notFixed', 15),
        ...answers('xm.dormantAccount', 'fixed', 2),
        // None of these count:
        ...answers('xm.frozenAccount', 'fixed', 5, { receivedAt: daysAgo(91) }),
        ...answers('xm.frozenAccount', 'notFixed', 5, { flowVersion: '000000000000' }),
        { kind: 'view', step: 'xm.frozenAccount', locale: 'en', flowVersion, receivedAt: daysAgo(1) },
      ]);
      return () => store.close();
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
