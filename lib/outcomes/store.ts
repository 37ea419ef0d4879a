import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { OutcomeEvent } from './events';

/**
 * Where outcomes are kept (docs/decisions/006-outcomes.md): PostgreSQL, either embedded (PGlite,
 * a data folder under the project: the default) or a server (`DATABASE_URL=postgres://…`, through
 * postgres.js). The same SQL serves both, and so do the migrations in db/migrations/, applied in
 * order when the store opens and recorded in `schema_migrations`.
 *
 * Numbers: `bigint` and `numeric` results (count(*), sum(), avg()) come back as JS numbers on both
 * drivers; `timestamptz` as Date.
 */
export type StoredEvent = OutcomeEvent & { flowVersion: string; receivedAt?: Date };

export interface OutcomeStore {
  /** 'embedded' (PGlite) or 'postgres' (a server). */
  readonly kind: 'embedded' | 'postgres';
  insert(events: readonly StoredEvent[]): Promise<void>;
  /** Read-only SQL with $1… placeholders; same SQL on PGlite and PostgreSQL. */
  query<T extends Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** postgres://… : a PostgreSQL server. Absent: the embedded database in `dataDir`. */
  databaseUrl?: string;
  /** The embedded database's folder (default OUTCOMES_DATA_DIR, else `.data/outcomes`). */
  dataDir?: string;
  /** Folder of the *.sql migrations (default db/migrations under the working directory). */
  migrationsDir?: string;
  /** PostgreSQL server: seconds to wait for a connection before a query fails (default 3). */
  connectTimeout?: number;
}

/** Environment variables (process.env, or a plain object in tests). */
export type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_DATA_DIR = '.data/outcomes';

/** The few operations the store needs from a driver. */
interface Driver {
  query(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
  /** Several statements, no parameters (a migration file). */
  exec(sql: string): Promise<void>;
  transaction<T>(fn: (tx: Pick<Driver, 'query' | 'exec'>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const INT8 = 20;
const NUMERIC = 1700;
const toNumber = (value: string) => Number(value);

async function embeddedDriver(dataDir: string): Promise<Driver> {
  const { PGlite } = await import('@electric-sql/pglite');
  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir, { parsers: { [INT8]: toNumber, [NUMERIC]: toNumber } });
  const wrap = (q: Pick<typeof db, 'query' | 'exec'>): Pick<Driver, 'query' | 'exec'> => ({
    query: async (sql, params) => (await q.query<Record<string, unknown>>(sql, params ? [...params] : undefined)).rows,
    exec: async (sql) => {
      await q.exec(sql);
    },
  });
  return {
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}

async function serverDriver(url: string, connectTimeout: number): Promise<Driver> {
  const { default: postgres } = await import('postgres');
  const sql = postgres(url, {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connect_timeout: connectTimeout,
    idle_timeout: 60,
    onnotice: () => {},
    types: {
      bigint: { to: INT8, from: [INT8], serialize: (x: number) => String(x), parse: toNumber },
      numeric: { to: NUMERIC, from: [NUMERIC], serialize: (x: number) => String(x), parse: toNumber },
    },
  });
  type Sql = Pick<typeof sql, 'unsafe'>;
  const wrap = (q: Sql): Pick<Driver, 'query' | 'exec'> => ({
    query: async (text, params) => [...((await q.unsafe(text, params ? ([...params] as never[]) : [])) as unknown as Record<string, unknown>[])],
    exec: async (text) => {
      await q.unsafe(text).simple();
    },
  });
  return {
    ...wrap(sql),
    transaction: async (fn) => (await sql.begin((tx) => fn(wrap(tx)))) as Awaited<ReturnType<typeof fn>>,
    close: () => sql.end({ timeout: 5 }),
  };
}

/** A lock number of this app's own, so that instances starting together migrate one at a time. */
const MIGRATION_LOCK = 6_006_2026;

/** Applies the migrations not applied yet, in file-name order, each in its own transaction. */
export async function migrate(driver: Pick<Driver, 'transaction'>, migrationsDir: string): Promise<string[]> {
  const files = (await readdir(migrationsDir)).filter((f) => f.endsWith('.sql')).sort();
  const applied: string[] = [];
  await driver.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec('create table if not exists schema_migrations (version text primary key, applied_at timestamptz not null default now())');
    const done = new Set((await tx.query('select version from schema_migrations')).map((r) => String(r.version)));
    for (const file of files) {
      const version = file.replace(/\.sql$/, '');
      if (done.has(version)) continue;
      await tx.exec(await readFile(join(migrationsDir, file), 'utf8'));
      await tx.query('insert into schema_migrations (version) values ($1)', [version]);
      applied.push(version);
    }
  });
  return applied;
}

const COLUMNS = ['received_at', 'flow_version', 'visit', 'kind', 'step', 'answer', 'next_step', 'locale'] as const;
const TYPES = ['timestamptz', 'text', 'uuid', 'text', 'text', 'text', 'text', 'text'] as const;
/**
 * One statement per batch whatever its size: each column is one array parameter, unnested into
 * rows (8 parameters, one parse, on both drivers). A row without a time gets now().
 */
const INSERT = `insert into outcome_events (${COLUMNS.join(', ')})
  select coalesce(received_at, now()), flow_version, visit, kind, step, answer, next_step, locale
    from unnest(${TYPES.map((t, i) => `$${i + 1}::${t}[]`).join(', ')}) as e(${COLUMNS.join(', ')})`;
/** Rows per statement: keeps each parameter array a reasonable size. */
const ROWS_PER_STATEMENT = 5000;

function columnsOf(events: readonly StoredEvent[]): unknown[][] {
  const columns: unknown[][] = COLUMNS.map(() => []);
  for (const e of events) {
    const row = [e.receivedAt ? e.receivedAt.toISOString() : null, e.flowVersion, e.visit ?? null, e.kind, e.step, e.answer ?? null, e.next ?? null, e.locale];
    row.forEach((value, i) => columns[i]!.push(value));
  }
  return columns;
}

/** Opens the store and applies the migrations (safe to run again: each one runs once). */
export async function openStore(options: StoreOptions = {}): Promise<OutcomeStore> {
  const databaseUrl = options.databaseUrl;
  const migrationsDir = options.migrationsDir ?? join(process.cwd(), 'db', 'migrations');
  const driver = databaseUrl
    ? await serverDriver(databaseUrl, options.connectTimeout ?? 3)
    : await embeddedDriver(resolve(/*turbopackIgnore: true*/ options.dataDir ?? process.env.OUTCOMES_DATA_DIR ?? DEFAULT_DATA_DIR));
  try {
    await migrate(driver, migrationsDir);
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw error;
  }
  return {
    kind: databaseUrl ? 'postgres' : 'embedded',
    async insert(events) {
      for (let i = 0; i < events.length; i += ROWS_PER_STATEMENT) {
        await driver.query(INSERT, columnsOf(events.slice(i, i + ROWS_PER_STATEMENT)));
      }
    },
    query: async <T extends Record<string, unknown>>(sql: string, params?: readonly unknown[]) => (await driver.query(sql, params)) as T[],
    close: () => driver.close(),
  };
}

/** The options the environment gives: DATABASE_URL, else OUTCOMES_DATA_DIR (default .data/outcomes). */
export function storeOptionsFromEnv(env: Env = process.env): StoreOptions {
  const url = env.DATABASE_URL?.trim();
  return url ? { databaseUrl: url } : { dataDir: env.OUTCOMES_DATA_DIR || DEFAULT_DATA_DIR };
}

/**
 * Kept on globalThis: the framework bundles instrumentation.ts, route handlers and pages
 * separately, and the embedded database must be opened once per process, not once per bundle.
 */
const STORE_KEY = Symbol.for('login-help.outcomes.store');
type Holder = { [STORE_KEY]?: Promise<OutcomeStore> };

/**
 * The process-wide store, opened from the environment on first use. When opening fails (server
 * unreachable), the next call tries again.
 */
export function getStore(): Promise<OutcomeStore> {
  const holder = globalThis as Holder;
  let pending = holder[STORE_KEY];
  if (!pending) {
    pending = openStore(storeOptionsFromEnv());
    holder[STORE_KEY] = pending;
    pending.catch(() => {
      if (holder[STORE_KEY] === pending) delete holder[STORE_KEY];
    });
  }
  return pending;
}

/** Closes the process-wide store (at exit), if it was opened. */
export async function closeStore(): Promise<void> {
  const holder = globalThis as Holder;
  const pending = holder[STORE_KEY];
  delete holder[STORE_KEY];
  if (pending) await (await pending.catch(() => undefined))?.close();
}
