import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The folder rules a newcomer relies on (README "Where things are"; decision 010). */
const root = process.cwd();

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mjs)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** Module specifiers a file imports at run time (`import type …` is left out). */
function runtimeImports(file: string): string[] {
  const source = readFileSync(join(root, file), 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

const isClient = (file: string) => /^['"]use client['"]/.test(readFileSync(join(root, file), 'utf8').trimStart());

/**
 * Client files that run one of the small check machines (machines/checks/) in the browser.
 * The diagnosis itself never runs there: its pages are links (decision 010).
 */
const machineRunners = new Set<string>([]);

describe('folders', () => {
  it('lib/ and machines/ never import from app/', () => {
    const offending = [...filesUnder('lib'), ...filesUnder('machines')].filter((file) =>
      runtimeImports(file).some((spec) => spec.startsWith('@/app/') || spec.includes('/app/')),
    );
    expect(offending).toEqual([]);
  });

  it("every component file marked 'use client' sits in a client/ folder", () => {
    // A client/ folder may also hold helpers without the directive (imported only by client files).
    const misplaced = filesUnder('app/_components').filter((file) => isClient(file) && !file.split('/').includes('client'));
    expect(misplaced).toEqual([]);
  });

  it('the browser gets the flow as data: no client file runs XState or the diagnosis machine', () => {
    const clientFiles = filesUnder('app/_components').filter((file) => file.split('/').includes('client'));
    const offending = clientFiles.filter(
      (file) =>
        !machineRunners.has(file) &&
        runtimeImports(file).some((spec) => spec === 'xstate' || spec.startsWith('xstate/') || spec.startsWith('@xstate/') || spec.startsWith('@/machines/')),
    );
    expect(offending).toEqual([]);
  });
});
