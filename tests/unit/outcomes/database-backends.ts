import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll } from 'vitest';
import type { StoreOptions } from '@/lib/outcomes/store';

export interface DatabaseBackend {
  name: string;
  /** Several app instances can use it at once. */
  shared: boolean;
  /** Why this backend is skipped here (no server given), or undefined. */
  skip?: string;
  /** Options for a fresh, empty database. */
  fresh(): Promise<StoreOptions>;
}

/**
 * The two databases the outcomes suites run on, with the same SQL: the embedded one (PGlite, a new
 * folder each time) and a PostgreSQL server when scripts/check.sh gives one in TEST_DATABASE_URL
 * (scripts/ensure-postgres.sh; a new database each time). What they make is removed after the file's
 * tests. `prefix` names the folders and databases (letters, digits and underscores).
 */
export function databaseBackends(prefix: string): { backends: DatabaseBackend[]; freshFolder(): Promise<string> } {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const admin = serverUrl ? postgres(serverUrl, { max: 1, onnotice: () => {} }) : undefined;
  const folders: string[] = [];
  const databases: string[] = [];
  afterAll(async () => {
    for (const name of databases) await admin?.unsafe(`drop database if exists ${name} with (force)`);
    await admin?.end();
    await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  const freshFolder = async () => {
    const dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
    folders.push(dir);
    return dir;
  };
  const backends: DatabaseBackend[] = [
    { name: 'the embedded database (PGlite)', shared: false, fresh: async () => ({ dataDir: await freshFolder() }) },
    {
      name: 'a PostgreSQL server',
      shared: true,
      skip: serverUrl ? undefined : 'TEST_DATABASE_URL is not set (scripts/check.sh sets it: scripts/ensure-postgres.sh)',
      fresh: async () => {
        const name = `${prefix}_${Math.random().toString(36).slice(2, 10)}`;
        await admin!.unsafe(`create database ${name}`);
        databases.push(name);
        const url = new URL(serverUrl!);
        url.pathname = `/${name}`;
        return { databaseUrl: url.toString() };
      },
    },
  ];
  return { backends, freshFolder };
}
