// @ts-check
// Command-line options (node:util parseArgs). The general ones are here; each phase declares its
// own in its `options` (scripts/bench/phases/). Unknown options are an error.
import { parseArgs } from 'node:util';

/**
 * @typedef {object} OptionSpec
 * @property {'string' | 'boolean'} type
 * @property {string} [default]
 * @property {string} description shown by --help
 */

/** @type {Record<string, OptionSpec>} */
export const GENERAL_OPTIONS = {
  'skip-build': { type: 'boolean', description: 'measure the existing .next (and bench/tmp/blank-app/.next when kept)' },
  only: { type: 'string', description: 'run only these phases (comma-separated ids)' },
  'keep-tmp': { type: 'boolean', description: 'keep bench/tmp/blank-app after the run' },
  pages: { type: 'string', description: 'measure only pages of these types (comma-separated: start, question, remedy, contact, solved, support, calculator, search)' },
  help: { type: 'boolean', description: 'show the options' },
};

/**
 * @param {string[]} argv
 * @param {{ id: string, options?: Record<string, OptionSpec> }[]} phases
 */
export function parseOptions(argv, phases) {
  /** @type {Record<string, OptionSpec>} */
  const specs = { ...GENERAL_OPTIONS };
  for (const p of phases) Object.assign(specs, p.options ?? {});
  const { values, tokens } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    tokens: true,
    options: Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, s.type === 'string' && s.default !== undefined ? { type: s.type, default: s.default } : { type: s.type }])),
  });
  const ids = phases.map((p) => p.id);
  const only = typeof values.only === 'string' ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : null;
  const unknown = (only ?? []).filter((id) => !ids.includes(id));
  if (unknown.length) throw new Error(`--only: unknown phase ${unknown.join(', ')} (phases: ${ids.join(', ')})`);
  // A run that changes what is measured writes to bench/tmp/, not over the committed results.
  const partial = tokens.some((t) => t.kind === 'option' && t.name !== 'keep-tmp' && t.name !== 'help');
  return {
    values,
    phases: only ?? ids,
    partial,
    help: () => Object.entries(specs).map(([k, s]) => `  --${k}${s.type === 'string' ? '=…' : ''}`.padEnd(26) + s.description + (s.default !== undefined ? ` (default ${s.default})` : '')).join('\n'),
  };
}
