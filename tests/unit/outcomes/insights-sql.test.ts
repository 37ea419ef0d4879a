import { beforeAll, describe, expect, it } from 'vitest';
import { collapseRepeats, listVersions, loadInsights, topPaths, wilsonInterval } from '@/lib/outcomes/insights';
import { openStore, type OutcomeStore, type StoredEvent } from '@/lib/outcomes/store';
import { steps } from '@/machines/wizard-graph';
import { databaseBackends } from './database-backends';

/**
 * The insights queries run through the store, on the embedded database and, when
 * TEST_DATABASE_URL is set (scripts/check.sh), on a PostgreSQL server: the same SQL on both.
 */
const { backends } = databaseBackends('outcomes_insights');

const VERSION = 'aaaaaaaaaaaa';
const OLD = 'bbbbbbbbbbbb';
const shapes = steps.map((s) => ({ id: s.id, kind: s.meta.kind, answers: s.answers }));
const range = { flowVersion: VERSION, from: '2026-11-01', to: '2026-11-30' };
const visit = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * A small known history, minute by minute on 2026-11-10:
 * - visits 1–3: start → xm → xm.symptom → xm.resetPassword: 1 and 2 fixed (solved), 3 not fixed
 *   (contact, copied);
 * - visit 4 views start twice (a reload), then xm.symptom, and leaves without answering;
 * - keyless (JavaScript off): 2 views of xm.resetPassword, 1 fixed;
 * - out of range (October, December) and an old version: must not count.
 */
function history(): StoredEvent[] {
  const events: StoredEvent[] = [];
  let minute = 0;
  const at = () => new Date(Date.UTC(2026, 10, 10, 9, minute++));
  const push = (e: Partial<StoredEvent> & Pick<StoredEvent, 'kind' | 'step'>, extra: Partial<StoredEvent> = {}) =>
    events.push({ locale: 'ja', flowVersion: VERSION, receivedAt: at(), ...e, ...extra } as StoredEvent);
  for (const n of [1, 2, 3]) {
    const v = { visit: visit(n) };
    push({ kind: 'view', step: 'start' }, v);
    push({ kind: 'answer', step: 'start', answer: 'xm', next: 'xm.symptom' }, v);
    push({ kind: 'view', step: 'xm.symptom' }, v);
    push({ kind: 'answer', step: 'xm.symptom', answer: 'forgotPassword', next: 'xm.resetPassword' }, v);
    push({ kind: 'view', step: 'xm.resetPassword' }, v);
    if (n < 3) {
      push({ kind: 'answer', step: 'xm.resetPassword', answer: 'fixed', next: 'xm.solved' }, v);
      push({ kind: 'view', step: 'xm.solved' }, v);
    } else {
      push({ kind: 'answer', step: 'xm.resetPassword', answer: 'notFixed', next: 'xm.contactSupport' }, v);
      push({ kind: 'view', step: 'xm.contactSupport' }, v);
      push({ kind: 'copied', step: 'xm.contactSupport' }, v);
    }
  }
  const four = { visit: visit(4) };
  push({ kind: 'view', step: 'start' }, four);
  push({ kind: 'view', step: 'start' }, four);
  push({ kind: 'answer', step: 'start', answer: 'xm', next: 'xm.symptom' }, four);
  push({ kind: 'view', step: 'xm.symptom' }, four);
  push({ kind: 'view', step: 'xm.resetPassword' });
  push({ kind: 'view', step: 'xm.resetPassword' });
  push({ kind: 'answer', step: 'xm.resetPassword', answer: 'fixed', next: 'xm.solved' });
  push({ kind: 'view', step: 'xm.resetPassword' }, { receivedAt: new Date('2026-10-31T23:59:59Z') });
  push({ kind: 'view', step: 'xm.resetPassword' }, { receivedAt: new Date('2026-12-01T00:00:00Z') });
  push({ kind: 'view', step: 'xm.resetPassword' }, { flowVersion: OLD });
  return events;
}

for (const backend of backends) {
  describe.skipIf(backend.skip)(`insights queries on ${backend.name}${backend.skip ? ` — skipped: ${backend.skip}` : ''}`, () => {
    let store: OutcomeStore;
    beforeAll(async () => {
      store = await openStore(await backend.fresh());
      await store.insert(history());
      return () => store.close();
    });

    it('counts views and answers per step, in the range and version only', async () => {
      const insights = await loadInsights(store, range, shapes);
      const reset = insights.steps.find((s) => s.step === 'xm.resetPassword')!;
      expect(reset.views).toBe(3 + 2);
      expect(reset.answers).toEqual({ fixed: 3, notFixed: 1 });
      const start = insights.steps.find((s) => s.step === 'start')!;
      expect(start).toMatchObject({ views: 5, answers: { xm: 4, bitmex: 0 }, answered: 4 });
      expect(insights.events).toBe(history().length - 3);
    });

    it('gives the fixed-here rate of a remedy with its Wilson interval', async () => {
      const reset = (await loadInsights(store, range, shapes)).steps.find((s) => s.step === 'xm.resetPassword')!;
      expect(reset.fixed).toEqual({ count: 3, of: 4, rate: 0.75, interval: wilsonInterval(3, 4) });
    });

    it('measures drop-off by visits where there is a key and by events where there is none', async () => {
      const insights = await loadInsights(store, range, shapes);
      const of = (id: string) => insights.steps.find((s) => s.step === id)!;
      // Visit 4 viewed xm.symptom and left; visits 1–3 answered there.
      expect(of('xm.symptom').dropOff).toEqual({ count: 1, of: 4, rate: 0.25 });
      // Visit 4's reload counts once: it answered at the start.
      expect(of('start').dropOff).toEqual({ count: 0, of: 4, rate: 0 });
      // Visits 1–3 answered; keyless: 2 views, 1 answer.
      expect(of('xm.resetPassword').dropOff).toEqual({ count: 1, of: 5, rate: 0.2 });
    });

    it('gives the share of visits that ended at a contact step, per step and overall', async () => {
      const insights = await loadInsights(store, range, shapes);
      const of = (id: string) => insights.steps.find((s) => s.step === id)!;
      expect(of('xm.resetPassword').endedAtContact).toEqual({ count: 1, of: 3, rate: 1 / 3 });
      expect(of('start').endedAtContact).toEqual({ count: 1, of: 4, rate: 0.25 });
      expect(insights.visits).toBe(4);
      expect(insights.endedAtContact).toEqual({ count: 1, of: 4, rate: 0.25 });
      expect(of('xm.contactSupport').copied).toBe(1);
    });

    it('lists the most common paths, a reload counted once, as the pure function would', async () => {
      const insights = await loadInsights(store, range, shapes);
      expect(insights.paths).toEqual([
        { steps: ['start', 'xm.symptom', 'xm.resetPassword', 'xm.solved'], visits: 2 },
        { steps: ['start', 'xm.symptom'], visits: 1 },
        { steps: ['start', 'xm.symptom', 'xm.resetPassword', 'xm.contactSupport'], visits: 1 },
      ]);
      const byVisit = new Map<string, string[]>();
      for (const e of history()) if (e.visit && e.kind === 'view') byVisit.set(e.visit, [...(byVisit.get(e.visit) ?? []), e.step]);
      expect(topPaths([...byVisit.values()].map((s) => ({ steps: collapseRepeats(s), visits: 1 })))).toEqual(insights.paths);
    });

    it('an empty range has no numbers, not errors', async () => {
      const insights = await loadInsights(store, { ...range, from: '2020-01-01', to: '2020-01-31' }, shapes);
      expect(insights.events).toBe(0);
      expect(insights.paths).toEqual([]);
      expect(insights.endedAtContact).toBeUndefined();
      expect(insights.steps.every((s) => s.views === 0 && !s.fixed && !s.dropOff)).toBe(true);
    });

    it('lists the flow versions present, the latest first', async () => {
      const versions = await listVersions(store);
      expect(versions.map((v) => v.flowVersion).sort()).toEqual([OLD, VERSION].sort());
      expect(versions.find((v) => v.flowVersion === VERSION)!.events).toBe(history().length - 1);
    });
  });
}
