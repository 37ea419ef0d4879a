/**
 * The answers a user gave, carried in the step URL as `?a=xm.rejected.no` (answer tokens in
 * order, from the start step). Pure and dependency-free so client components can use it.
 * A tampered or outdated list is read as far as it is valid, never as an error.
 */

export const TRAIL_PARAM = 'a';
/** Where the answers start when the wizard was opened at a later step (a support agent's link). */
export const FROM_PARAM = 'from';
const TOKEN = /^[a-zA-Z0-9]{1,40}$/;
const MAX_TOKENS = 64;

export interface TrailTable {
  start: string;
  steps: Record<string, { next: Partial<Record<string, string>> }>;
}

export interface TrailEntry {
  /** The step where the answer was given. */
  step: string;
  token: string;
}

export interface Trail {
  entries: TrailEntry[];
  /** The step the valid answers lead to. */
  at: string;
  /** True when every token in the URL was understood. */
  complete: boolean;
}

export function parseTrailParam(raw: string | null | undefined): string[] {
  if (!raw) return [];
  return raw.split('.').slice(0, MAX_TOKENS + 1);
}

export function walkTrail(table: TrailTable, tokens: readonly string[], from: string = table.start): Trail {
  let at = from;
  const entries: TrailEntry[] = [];
  for (const token of tokens.slice(0, MAX_TOKENS)) {
    const next = TOKEN.test(token) ? table.steps[at]?.next[token] : undefined;
    if (!next) break;
    entries.push({ step: at, token });
    at = next;
  }
  return { entries, at, complete: entries.length === tokens.length };
}

export function formatTrail(tokens: readonly string[]): string {
  return tokens.join('.');
}

/** `?a=…` (and `&from=…` unless the answers start at the start) or '' when there are none. */
export function trailQuery(tokens: readonly string[], from?: string, start?: string): string {
  if (!tokens.length) return '';
  const origin = from && from !== start ? `&${FROM_PARAM}=${from}` : '';
  return `?${TRAIL_PARAM}=${formatTrail(tokens)}${origin}`;
}
