/**
 * The answers a user gave, carried in a step's URL (a "share my diagnosis" link):
 *
 *   /ja/xm/frozen-account?a=xm.rejected.no.no          answers from the start
 *   /ja/xm/data-cap?a=notFixed.notFixed&from=xm/public-wifi   answers from a step opened by link
 *
 * `a` lists answer tokens (the machine's `answer.*` events without the prefix) in order; `from`
 * is the path (after the locale) of the step the answers start at, when it is not the start.
 * Pure and dependency-free so small client components can use it. A tampered or outdated list
 * is read as far as it is valid, never as an error; renamed steps and answers are followed
 * through the redirect tables.
 */

import type { Locale } from './i18n';

export const TRAIL_PARAM = 'a';
export const FROM_PARAM = 'from';
const TOKEN = /^[a-zA-Z0-9]{1,40}$/;
export const MAX_TOKENS = 64;

export interface TrailTable {
  start: string;
  steps: Record<string, { segments: string[]; next: Partial<Record<string, string>> }>;
  /** Old or alias step paths (after the locale) → current step id. */
  stepRedirects?: Readonly<Record<string, string>>;
  /** Old answer tokens → current ones. */
  answerAliases?: Readonly<Record<string, string>>;
}

export interface TrailEntry {
  /** The step where the answer was given. */
  step: string;
  token: string;
}

export interface Trail {
  /** Where the answers start. */
  origin: string;
  /** The answers understood, in order (possibly fewer than in the URL). */
  entries: TrailEntry[];
  /** The step the understood answers lead to. */
  at: string;
  /** True when every part of the URL was understood. */
  complete: boolean;
}

/**
 * The step at a path (after the locale; extra slashes ignored): the step whose address it is, or
 * the step an old or alias address redirects to (`redirected: true`); undefined when unknown.
 * The one path → step lookup: the pages, the proxy, the trail and the tests all use it.
 */
export function lookupPath(table: TrailTable, path: string): { id: string; redirected: boolean } | undefined {
  const clean = path.split('/').filter(Boolean).join('/');
  for (const [id, step] of Object.entries(table.steps)) if (step.segments.join('/') === clean) return { id, redirected: false };
  const redirected = table.stepRedirects?.[clean];
  return redirected && table.steps[redirected] ? { id: redirected, redirected: true } : undefined;
}

/** The step id at a path (after the locale), following redirects; undefined when unknown. */
export function stepAtPath(table: TrailTable, path: string): string | undefined {
  return lookupPath(table, path)?.id;
}

/** Reads `a` and `from`. Never throws: what cannot be understood is left out. */
export function readTrail(table: TrailTable, params: { get(name: string): string | null }): Trail {
  const raw = params.get(TRAIL_PARAM) ?? '';
  const fromRaw = params.get(FROM_PARAM);
  const tokens = raw ? raw.split('.') : [];
  const origin = fromRaw === null ? table.start : stepAtPath(table, fromRaw);
  if (origin === undefined) return { origin: table.start, entries: [], at: table.start, complete: false };
  const walked = walkTrail(table, tokens, origin);
  return { ...walked, complete: walked.complete && (raw !== '' || fromRaw === null) };
}

export function walkTrail(table: TrailTable, tokens: readonly string[], from: string = table.start): Trail {
  let at = from;
  const entries: TrailEntry[] = [];
  for (const raw of tokens.slice(0, MAX_TOKENS)) {
    const token = table.answerAliases?.[raw] ?? raw;
    const next = TOKEN.test(token) ? table.steps[at]?.next[token] : undefined;
    if (!next) break;
    entries.push({ step: at, token });
    at = next;
  }
  return { origin: from, entries, at, complete: entries.length === tokens.length };
}

/** `?a=…` (and `&from=…` unless the answers start at the start), or '' when there are none. */
export function trailQuery(table: TrailTable, tokens: readonly string[], origin: string = table.start): string {
  if (!tokens.length) return '';
  const from = origin !== table.start ? `&${FROM_PARAM}=${table.steps[origin]?.segments.join('/') ?? ''}` : '';
  return `?${TRAIL_PARAM}=${tokens.join('.')}${from}`;
}

/** The URL of a step (in a locale) carrying answers. */
export function trailHref(table: TrailTable, locale: Locale, step: string, tokens: readonly string[] = [], origin?: string): string {
  const segments = table.steps[step]?.segments ?? [];
  return ['', locale, ...segments].join('/') + trailQuery(table, tokens, origin);
}
