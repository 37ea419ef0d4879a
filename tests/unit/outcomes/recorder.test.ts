import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OutcomeEvent } from '@/lib/outcomes/events';
import { flowVersion } from '@/lib/outcomes/flow-version';
import { declinesRecording, Recorder } from '@/lib/outcomes/recorder';
import type { StoredEvent } from '@/lib/outcomes/store';

/** A store in memory that can be switched off, as a stopped database. */
function fakeStore() {
  const written: StoredEvent[][] = [];
  const state = { up: true };
  return {
    written,
    state,
    rows: () => written.flat(),
    open: async () => ({
      insert: async (events: readonly StoredEvent[]) => {
        if (!state.up) throw new Error('connection refused');
        written.push([...events]);
      },
      query: async <T,>() => {
        if (!state.up) throw new Error('connection refused');
        return [{ ok: 1 }] as T[];
      },
    }),
  };
}

const view: OutcomeEvent = { kind: 'view', step: 'xm.frozenAccount', locale: 'ja' };
const at = new Date('2026-12-03T08:00:00Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'info').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  delete process.env.OUTCOMES;
});

describe('the outcomes recorder', () => {
  it('buffers events and writes them in one batch after the flush interval, stamped with the flow version', async () => {
    const store = fakeStore();
    const recorder = new Recorder({ store: store.open, flushIntervalMs: 200, now: () => at });
    expect(recorder.record([view])).toBe('accepted');
    expect(recorder.record([view, view])).toBe('accepted');
    expect(store.written).toEqual([]);
    expect(recorder.health().buffered).toBe(3);
    await vi.advanceTimersByTimeAsync(200);
    expect(store.written).toEqual([[{ ...view, flowVersion, receivedAt: at }, { ...view, flowVersion, receivedAt: at }, { ...view, flowVersion, receivedAt: at }]]);
    expect(recorder.health()).toEqual({ database: 'up', dropped: 0, buffered: 0, flowVersion });
  });

  it('writes at once when a batch is full, without waiting for the interval', async () => {
    const store = fakeStore();
    const recorder = new Recorder({ store: store.open, flushIntervalMs: 10_000, batchSize: 3 });
    recorder.record([view, view, view]);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.rows()).toHaveLength(3);
  });

  it('drains everything in writes of at most maxWrite, events arriving during a write included', async () => {
    const store = fakeStore();
    const recorder = new Recorder({ store: store.open, batchSize: 2, maxWrite: 2 });
    recorder.record([view, view, view, view, view]);
    const draining = recorder.drain();
    recorder.record([view]);
    await draining;
    expect(store.written.map((w) => w.length)).toEqual([2, 2, 2]);
    expect(recorder.health().buffered).toBe(0);
  });

  it('counts the events of a failed write as dropped, refuses new ones, and resumes when the database answers', async () => {
    const store = fakeStore();
    const recorder = new Recorder({ store: store.open, probeIntervalMs: 1_000 });
    store.state.up = false;
    recorder.record([view, view]);
    await recorder.flush();
    expect(recorder.health()).toMatchObject({ database: 'down', dropped: 2, buffered: 0 });
    expect(recorder.record([view])).toBe('unavailable');

    store.state.up = true;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(recorder.health().database).toBe('up');
    expect(recorder.record([view])).toBe('accepted');
    await recorder.drain();
    expect(store.rows()).toHaveLength(1);
    expect(recorder.health().dropped).toBe(2);
  });

  it('notices a database that stopped while idle when asked (health check)', async () => {
    const store = fakeStore();
    const recorder = new Recorder({ store: store.open });
    expect((await recorder.check()).database).toBe('up');
    store.state.up = false;
    expect((await recorder.check()).database).toBe('down');
  });

  it('treats a write that hangs as failed after the time limit', async () => {
    const recorder = new Recorder({
      store: async () => ({ insert: () => new Promise<void>(() => {}), query: async <T,>() => [] as T[] }),
      timeoutMs: 500,
    });
    recorder.record([view]);
    const flushing = recorder.flush();
    await vi.advanceTimersByTimeAsync(500);
    await flushing;
    expect(recorder.health()).toMatchObject({ database: 'down', dropped: 1 });
  });

  it('refuses events past the buffer limit (a database too slow to keep up)', () => {
    const recorder = new Recorder({ store: fakeStore().open, maxBuffered: 2, batchSize: 10 });
    expect(recorder.record([view, view])).toBe('accepted');
    expect(recorder.record([view])).toBe('unavailable');
  });

  it('records nothing with OUTCOMES=off and reports the database as off', () => {
    process.env.OUTCOMES = 'off';
    const recorder = new Recorder({ store: fakeStore().open });
    expect(recorder.record([view])).toBe('off');
    expect(recorder.health()).toEqual({ database: 'off', dropped: 0, buffered: 0, flowVersion });
  });

  it('honours DNT: 1 and Sec-GPC: 1', () => {
    expect(declinesRecording(new Headers({ DNT: '1' }))).toBe(true);
    expect(declinesRecording(new Headers({ 'Sec-GPC': '1' }))).toBe(true);
    expect(declinesRecording(new Headers({ DNT: '0' }))).toBe(false);
    expect(declinesRecording(new Headers())).toBe(false);
  });
});
