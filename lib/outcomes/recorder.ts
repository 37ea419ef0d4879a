import type { OutcomeEvent } from './events';
import { flowVersion } from './flow-version';
import { closeStore, getStore, type Env, type OutcomeStore, type StoredEvent } from './store';

/**
 * Recording outcomes without making anyone wait for the database (docs/decisions/006-outcomes.md):
 * events are buffered in memory and written in batches, every FLUSH_INTERVAL_MS or as soon as a
 * batch is full. When a write fails the database is "down": its events are counted as dropped,
 * new events are refused (the endpoint answers 503) and the database is probed until it answers
 * again, then recording resumes. SIGTERM and SIGINT write what is buffered before the process exits.
 *
 * Nothing here is awaited by a page: a page that shows statistics reads the store itself, with a
 * time limit (see `withTimeout`).
 */
export type DatabaseState = 'up' | 'down' | 'off';

export interface RecorderHealth {
  database: DatabaseState;
  /** Events accepted but lost because the database could not take them, since the process started. */
  dropped: number;
  /** Events waiting in memory to be written. */
  buffered: number;
  flowVersion: string;
}

export type RecordResult = 'accepted' | 'off' | 'unavailable';

export interface RecorderOptions {
  store?: () => Promise<Pick<OutcomeStore, 'insert' | 'query'>>;
  flushIntervalMs?: number;
  /** A write starts as soon as this many events wait. */
  batchSize?: number;
  /** Most events in one write (one statement per 5,000: lib/outcomes/store.ts). */
  maxWrite?: number;
  /** Past this many waiting events, new ones are refused (the database is too slow). */
  maxBuffered?: number;
  /** While the database is down, try it this often. */
  probeIntervalMs?: number;
  /** Longest a write or a probe may take before it counts as failed. */
  timeoutMs?: number;
  now?: () => Date;
}

export const FLUSH_INTERVAL_MS = 200;
export const BATCH_SIZE = 500;

export class TimeoutError extends Error {}

/** `promise`, or a rejection after `ms` (the promise itself is left to settle on its own). */
export function withTimeout<T>(promise: Promise<T>, ms: number, what = 'the database'): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} did not answer within ${ms} ms`)), ms);
    timer.unref?.();
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

export class Recorder {
  private buffer: StoredEvent[] = [];
  private dropped = 0;
  private state: 'starting' | 'up' | 'down' = 'starting';
  private timer: NodeJS.Timeout | undefined;
  private probeTimer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private readonly store: () => Promise<Pick<OutcomeStore, 'insert' | 'query'>>;
  private readonly flushIntervalMs: number;
  private readonly batchSize: number;
  private readonly maxWrite: number;
  private readonly maxBuffered: number;
  private readonly probeIntervalMs: number;
  private readonly timeoutMs: number;
  private readonly now: () => Date;

  constructor(options: RecorderOptions = {}) {
    this.store = options.store ?? getStore;
    this.flushIntervalMs = options.flushIntervalMs ?? flushIntervalFromEnv();
    this.batchSize = options.batchSize ?? BATCH_SIZE;
    this.maxWrite = options.maxWrite ?? 5_000;
    this.maxBuffered = options.maxBuffered ?? 20_000;
    this.probeIntervalMs = options.probeIntervalMs ?? 1_000;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.now = options.now ?? (() => new Date());
  }

  /** Buffers valid events (see events.ts) for the next write; 'unavailable' while the database is down. */
  record(events: readonly OutcomeEvent[]): RecordResult {
    if (recordingOff()) return 'off';
    if (this.state === 'down' || this.buffer.length + events.length > this.maxBuffered) return 'unavailable';
    const receivedAt = this.now();
    for (const event of events) this.buffer.push({ ...event, flowVersion, receivedAt });
    this.schedule();
    return 'accepted';
  }

  health(): RecorderHealth {
    return {
      database: recordingOff() ? 'off' : this.state === 'down' ? 'down' : 'up',
      dropped: this.dropped,
      buffered: this.buffer.length,
      flowVersion,
    };
  }

  /** Asks the database whether it answers (within the time limit) and notes the answer. */
  async check(timeoutMs = 2_000): Promise<RecorderHealth> {
    if (recordingOff()) return this.health();
    try {
      await withTimeout(
        this.store().then((store) => store.query('select 1 as ok')),
        timeoutMs,
      );
      this.markUp();
    } catch {
      this.markDown();
    }
    return this.health();
  }

  /** Writes everything buffered now (one batch after another); resolves when done or failed. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.flushing ??= this.writeAll().finally(() => {
      this.flushing = undefined;
      if (this.buffer.length) this.schedule();
    });
    return this.flushing;
  }

  /** Until nothing is buffered or being written (events arriving meanwhile included). */
  async drain(): Promise<void> {
    while (this.flushing || this.buffer.length) {
      if (this.state === 'down' && !this.flushing) {
        this.dropped += this.buffer.length;
        this.buffer = [];
        return;
      }
      await this.flush();
    }
  }

  /** Stops the timers (tests, shutdown). */
  stop(): void {
    clearTimeout(this.timer);
    clearTimeout(this.probeTimer);
    this.timer = this.probeTimer = undefined;
  }

  private schedule(): void {
    if (this.flushing) return;
    if (this.buffer.length >= this.batchSize) {
      void this.flush();
      return;
    }
    if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.flush();
      }, this.flushIntervalMs);
      this.timer.unref?.();
    }
  }

  private async writeAll(): Promise<void> {
    while (this.buffer.length) {
      const batch = this.buffer.splice(0, this.maxWrite);
      try {
        const store = await withTimeout(this.store(), this.timeoutMs);
        await withTimeout(store.insert(batch), this.timeoutMs);
        this.markUp();
      } catch (error) {
        this.dropped += batch.length + this.buffer.length;
        this.buffer = [];
        this.markDown(error);
        return;
      }
    }
  }

  private markUp(): void {
    if (this.state !== 'up') {
      if (this.state === 'down') console.info('outcomes: the database answers again, recording resumed');
      this.state = 'up';
    }
    clearTimeout(this.probeTimer);
    this.probeTimer = undefined;
  }

  private markDown(error?: unknown): void {
    if (this.state !== 'down') {
      console.error(`outcomes: the database is unavailable, events are refused until it answers (${error instanceof Error ? error.message : 'no answer'})`);
      this.state = 'down';
    }
    if (!this.probeTimer) {
      this.probeTimer = setTimeout(() => {
        this.probeTimer = undefined;
        void this.check(this.probeIntervalMs * 2).then((health) => {
          if (health.database === 'down') this.markDown();
        });
      }, this.probeIntervalMs);
      this.probeTimer.unref?.();
    }
  }
}

/** OUTCOMES_FLUSH_INTERVAL_MS: how long events may wait in memory before a write (default 200 ms). */
export function flushIntervalFromEnv(env: Env = process.env): number {
  const value = Number(env.OUTCOMES_FLUSH_INTERVAL_MS);
  return env.OUTCOMES_FLUSH_INTERVAL_MS && Number.isFinite(value) && value >= 0 ? value : FLUSH_INTERVAL_MS;
}

/** `OUTCOMES=off` turns recording off for the whole site (read on each request). */
export function recordingOff(env: Env = process.env): boolean {
  return env.OUTCOMES?.trim().toLowerCase() === 'off';
}

/**
 * The process-wide recorder. On globalThis, as the store: instrumentation.ts, the route handlers
 * and the pages are bundled separately but must share one buffer.
 */
const RECORDER_KEY = Symbol.for('login-help.outcomes.recorder');
type Holder = { [RECORDER_KEY]?: Recorder };

export function getRecorder(): Recorder {
  const holder = globalThis as Holder;
  return (holder[RECORDER_KEY] ??= new Recorder());
}

/**
 * Records events that are already valid (checked with `validateEvents` from ./events): what
 * the endpoint and the no-JavaScript answer route call. Never throws and never waits for the
 * database. The caller decides about DNT / Sec-GPC (see `declinesRecording`).
 */
export function recordEvents(events: readonly OutcomeEvent[]): RecordResult {
  return getRecorder().record(events);
}

/** The request asks not to be tracked: `DNT: 1` or `Sec-GPC: 1`. Nothing is recorded for it. */
export function declinesRecording(headers: Pick<Headers, 'get'>): boolean {
  return headers.get('dnt')?.trim() === '1' || headers.get('sec-gpc')?.trim() === '1';
}

let shutdownInstalled = false;

/**
 * Opens the store (running the migrations) and makes SIGTERM and SIGINT write the buffer before
 * the process exits. Called once at start by instrumentation.ts; never throws.
 *
 * `next start` exits on those signals itself once its server has closed (in-flight requests
 * answered): its `process.exit` is held until the buffer is written (at most 10 s) and the store
 * closed. With NEXT_MANUAL_SIG_HANDLE set, the framework leaves the signals alone and this exits.
 */
export async function startRecording(): Promise<void> {
  if (recordingOff()) return;
  const recorder = getRecorder();
  if (!shutdownInstalled) {
    shutdownInstalled = true;
    const realExit = process.exit.bind(process);
    let exiting = false;
    const writeAndClose = () =>
      withTimeout(recorder.drain(), 10_000, 'writing the buffered outcomes')
        .catch((error: unknown) => console.error(`outcomes: ${error instanceof Error ? error.message : String(error)}`))
        .then(() => {
          recorder.stop();
          return closeStore();
        })
        .catch(() => undefined);
    const onSignal = (signal: NodeJS.Signals) => {
      if (exiting) return;
      exiting = true;
      void recorder.drain();
      process.exit = ((code?: number) => {
        void writeAndClose().then(() => realExit(code));
      }) as typeof process.exit;
      if (process.env.NEXT_MANUAL_SIG_HANDLE) void writeAndClose().then(() => realExit(signal === 'SIGINT' ? 130 : 143));
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }
  const health = await recorder.check(15_000);
  if (health.database === 'down') console.error('outcomes: the database did not open at start; recording starts when it answers');
}
