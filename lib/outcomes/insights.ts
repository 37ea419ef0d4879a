import type { OutcomeStore } from './store';

/**
 * The statistics of the insights page (docs/decisions/011-flow-map-and-insights.md): SQL
 * aggregates (the same SQL on PGlite and PostgreSQL) read through the store's `query`, turned
 * into numbers by the pure functions below.
 *
 * Definitions, per step, for one flow version and date range:
 * - views: 'view' events at the step;
 * - answer split: 'answer' events at the step, by answer;
 * - fixed-here rate (remedies): fixed ÷ (fixed + notFixed) answers, with its 95% Wilson interval;
 * - drop-off: of the views, those left without an answer at that step. Events with a visit key
 *   count visits: visits that viewed the step and sent no answer there ÷ visits that viewed it.
 *   Events without one count events: views − answers (never below 0). Both parts are added:
 *   (visits left + max(0, keyless views − keyless answers)) ÷ (visits + keyless views);
 * - ended at contact: of the visits (with a key) that viewed the step, the share whose last
 *   viewed step is a contact step.
 * Paths: per visit (with a key), the steps viewed in order, a step repeated in a row (a reload)
 * counted once; the most common ones.
 */

export type Queryable = Pick<OutcomeStore, 'query'>;

const Z95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** The Wilson score interval of `successes` out of `total` (undefined when nothing was tried). */
export function wilsonInterval(successes: number, total: number, z: number = Z95): Interval | undefined {
  if (!(total > 0) || successes < 0 || successes > total) return undefined;
  const p = successes / total;
  const z2 = z * z;
  const centre = (p + z2 / (2 * total)) / (1 + z2 / total);
  const half = (z / (1 + z2 / total)) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface Share {
  count: number;
  of: number;
  rate: number;
}

export interface DropOffInput {
  /** Visits (with a key) that viewed the step, and of them those that answered there. */
  visitViews: number;
  visitAnswered: number;
  /** Events without a visit key. */
  keylessViews: number;
  keylessAnswers: number;
}

/** Left without answering ÷ views, as defined above; undefined with no views. */
export function dropOff({ visitViews, visitAnswered, keylessViews, keylessAnswers }: DropOffInput): Share | undefined {
  const of = visitViews + keylessViews;
  if (of <= 0) return undefined;
  const count = Math.max(0, visitViews - visitAnswered) + Math.max(0, keylessViews - keylessAnswers);
  return { count, of, rate: count / of };
}

/** A path with every step repeated in a row counted once (`a a b a` → `a b a`). */
export function collapseRepeats<T>(path: readonly T[]): T[] {
  return path.filter((step, i) => i === 0 || step !== path[i - 1]);
}

export interface PathCount {
  steps: string[];
  visits: number;
}

/** The `limit` most common paths (repeats collapsed, equal paths merged), most visits first, then by path. */
export function topPaths(paths: readonly PathCount[], limit = 10): PathCount[] {
  const merged = new Map<string, PathCount>();
  for (const { steps, visits } of paths) {
    const collapsed = collapseRepeats(steps);
    const key = collapsed.join(' ');
    const known = merged.get(key);
    if (known) known.visits += visits;
    else merged.set(key, { steps: collapsed, visits });
  }
  return [...merged.entries()]
    .sort(([a, x], [b, y]) => y.visits - x.visits || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([, path]) => path);
}

/** What the statistics need to know of a step. */
export interface StepShape {
  id: string;
  kind: string;
  answers: readonly { token: string }[];
}

export type EventCountRow = {
  step: string;
  kind: string;
  answer: string | null;
  keyless: boolean;
  n: number;
};

export type VisitAnsweredRow = {
  step: string;
  visits: number;
  answered: number;
};

export type VisitEndRow = {
  step: string;
  last_step: string;
  visits: number;
};

export interface StepStatistics {
  step: string;
  kind: string;
  views: number;
  /** Answers by token, every answer of the step listed (0 when none). */
  answers: Record<string, number>;
  answered: number;
  copied: number;
  /** Remedies: fixed ÷ (fixed + notFixed), with the 95% Wilson interval. */
  fixed?: Share & { interval: Interval };
  /** Steps with answers: see dropOff(). */
  dropOff?: Share;
  /** Visits (with a key) that viewed the step and ended at a contact step. */
  endedAtContact?: Share;
}

const isContact = (kinds: Map<string, string>, step: string) => kinds.get(step) === 'contact';

/** Per step statistics from the aggregate rows, in the order of `steps`. */
export function stepStatistics(steps: readonly StepShape[], counts: readonly EventCountRow[], answeredRows: readonly VisitAnsweredRow[], endRows: readonly VisitEndRow[]): StepStatistics[] {
  const kinds = new Map(steps.map((s) => [s.id, s.kind]));
  return steps.map((step) => {
    const mine = counts.filter((c) => c.step === step.id);
    const sum = (pred: (c: EventCountRow) => boolean) => mine.filter(pred).reduce((n, c) => n + c.n, 0);
    const views = sum((c) => c.kind === 'view');
    const answers = Object.fromEntries(step.answers.map((a) => [a.token, sum((c) => c.kind === 'answer' && c.answer === a.token)]));
    const answered = sum((c) => c.kind === 'answer');
    const copied = sum((c) => c.kind === 'copied');

    const result: StepStatistics = { step: step.id, kind: step.kind, views, answers, answered, copied };

    if (step.kind === 'remedy') {
      const fixed = answers.fixed ?? 0;
      const tried = fixed + (answers.notFixed ?? 0);
      const interval = wilsonInterval(fixed, tried);
      if (interval) result.fixed = { count: fixed, of: tried, rate: fixed / tried, interval };
    }
    if (step.answers.length > 0) {
      const visitRow = answeredRows.find((r) => r.step === step.id);
      result.dropOff = dropOff({
        visitViews: visitRow?.visits ?? 0,
        visitAnswered: visitRow?.answered ?? 0,
        keylessViews: sum((c) => c.kind === 'view' && c.keyless),
        keylessAnswers: sum((c) => c.kind === 'answer' && c.keyless),
      });
    }
    const ends = endRows.filter((r) => r.step === step.id);
    const visits = ends.reduce((n, r) => n + r.visits, 0);
    if (visits > 0) {
      const count = ends.filter((r) => isContact(kinds, r.last_step)).reduce((n, r) => n + r.visits, 0);
      result.endedAtContact = { count, of: visits, rate: count / visits };
    }
    return result;
  });
}

/** Of all visits (with a key), the share whose last viewed step is a contact step. */
export function visitsEndingAtContact(steps: readonly StepShape[], lastSteps: readonly { last_step: string; visits: number }[]): Share | undefined {
  const kinds = new Map(steps.map((s) => [s.id, s.kind]));
  const of = lastSteps.reduce((n, r) => n + r.visits, 0);
  if (of === 0) return undefined;
  const count = lastSteps.filter((r) => isContact(kinds, r.last_step)).reduce((n, r) => n + r.visits, 0);
  return { count, of, rate: count / of };
}

// ——— Date range and flow version ———

export interface InsightsRange {
  flowVersion: string;
  /** Inclusive days, YYYY-MM-DD (UTC). */
  from: string;
  to: string;
}

export const DEFAULT_DAYS = 90;
const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A YYYY-MM-DD that is a real day, as its midnight UTC in ms; undefined otherwise. */
export function parseDay(value: string | undefined): number | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(ms) && isoDay(ms) === value ? ms : undefined;
}

/**
 * The range asked for in the query (`from`, `to`, `version`), else the defaults: the last 90 days
 * up to today (UTC) and the current flow version. `problem` says what was not understood (the
 * defaults are used for it).
 */
export function resolveRange(query: { from?: string; to?: string; version?: string }, currentVersion: string, nowMs: number = Date.now()): { range: InsightsRange; problem?: 'badDate' | 'badVersion' | 'reversed' } {
  let problem: 'badDate' | 'badVersion' | 'reversed' | undefined;
  const today = Date.parse(`${isoDay(nowMs)}T00:00:00Z`);
  let to = query.to ? parseDay(query.to) : today;
  if (to === undefined) {
    problem = 'badDate';
    to = today;
  }
  let from = query.from ? parseDay(query.from) : to - (DEFAULT_DAYS - 1) * DAY_MS;
  if (from === undefined) {
    problem = 'badDate';
    from = to - (DEFAULT_DAYS - 1) * DAY_MS;
  }
  if (from > to) {
    problem = 'reversed';
    [from, to] = [to, from];
  }
  let flowVersion = query.version ?? currentVersion;
  if (!/^[0-9a-f]{12}$/.test(flowVersion)) {
    problem = 'badVersion';
    flowVersion = currentVersion;
  }
  return { range: { flowVersion, from: isoDay(from), to: isoDay(to) }, ...(problem ? { problem } : {}) };
}

/** The SQL parameters of a range: version, start (inclusive), end (exclusive: the day after `to`). */
function rangeParams(range: InsightsRange): [string, string, string] {
  return [range.flowVersion, `${range.from}T00:00:00Z`, new Date(Date.parse(`${range.to}T00:00:00Z`) + DAY_MS).toISOString()];
}

const IN_RANGE = 'flow_version = $1 and received_at >= $2::timestamptz and received_at < $3::timestamptz';

// ——— Queries ———

export interface VersionRow {
  flowVersion: string;
  events: number;
  first: Date;
  last: Date;
}

/** The flow versions with events, the latest first. */
export async function listVersions(store: Queryable): Promise<VersionRow[]> {
  const rows = await store.query<{ flow_version: string; events: number; first: Date | string; last: Date | string }>(
    'select flow_version, count(*) as events, min(received_at) as first, max(received_at) as last from outcome_events group by flow_version order by max(received_at) desc, flow_version',
  );
  return rows.map((r) => ({ flowVersion: r.flow_version, events: Number(r.events), first: new Date(r.first), last: new Date(r.last) }));
}

export interface Insights {
  range: InsightsRange;
  events: number;
  /** Visits with a key, and the share of them that ended at a contact step. */
  visits: number;
  endedAtContact?: Share;
  steps: StepStatistics[];
  paths: PathCount[];
}

export async function loadInsights(store: Queryable, range: InsightsRange, steps: readonly StepShape[], pathLimit = 10): Promise<Insights> {
  const params = rangeParams(range);
  const counts = await store.query<EventCountRow>(
    `select step, kind, answer, (visit is null) as keyless, count(*) as n from outcome_events where ${IN_RANGE} group by step, kind, answer, (visit is null)`,
    params,
  );
  const answered = await store.query<VisitAnsweredRow>(
    `with seen as (select distinct visit, step from outcome_events where ${IN_RANGE} and kind = 'view' and visit is not null),
          answered as (select distinct visit, step from outcome_events where ${IN_RANGE} and kind = 'answer' and visit is not null)
     select seen.step, count(*) as visits, count(answered.visit) as answered
     from seen left join answered on answered.visit = seen.visit and answered.step = seen.step
     group by seen.step`,
    params,
  );
  const lastOf = `views as (select visit, step, received_at, id from outcome_events where ${IN_RANGE} and kind = 'view' and visit is not null),
          last as (select distinct on (visit) visit, step from views order by visit, received_at desc, id desc)`;
  const ends = await store.query<VisitEndRow>(
    `with ${lastOf}
     select views.step, last.step as last_step, count(distinct views.visit) as visits
     from views join last on last.visit = views.visit
     group by views.step, last.step`,
    params,
  );
  const lastSteps = await store.query<{ last_step: string; visits: number }>(`with ${lastOf} select step as last_step, count(*) as visits from last group by step`, params);
  // Paths with repeats in a row already collapsed (lag), so the limit counts merged paths.
  const pathRows = await store.query<{ path: string; visits: number }>(
    `with ordered as (
       select visit, step, received_at, id, lag(step) over (partition by visit order by received_at, id) as previous
       from outcome_events where ${IN_RANGE} and kind = 'view' and visit is not null
     ), paths as (
       select visit, string_agg(step, ' ' order by received_at, id) as path from ordered where previous is null or previous <> step group by visit
     )
     select path, count(*) as visits from paths group by path order by count(*) desc, path limit ${Math.max(1, Math.floor(pathLimit))}`,
    params,
  );

  const num = <T extends Record<string, unknown>>(rows: T[], keys: (keyof T)[]) => rows.map((r) => ({ ...r, ...Object.fromEntries(keys.map((k) => [k, Number(r[k])])) }) as T);
  const countRows = num(counts, ['n']).map((r) => ({ ...r, keyless: r.keyless === true || String(r.keyless) === 'true' }));
  const lastRows = num(lastSteps, ['visits']);
  return {
    range,
    events: countRows.reduce((n, r) => n + r.n, 0),
    visits: lastRows.reduce((n, r) => n + r.visits, 0),
    endedAtContact: visitsEndingAtContact(steps, lastRows),
    steps: stepStatistics(steps, countRows, num(answered, ['visits', 'answered']), num(ends, ['visits'])),
    paths: topPaths(
      num(pathRows, ['visits']).map((r) => ({ steps: r.path.split(' '), visits: r.visits })),
      pathLimit,
    ),
  };
}

// ——— CSV ———

/** One CSV field: quoted when needed; a leading = + - @ is neutralised (spreadsheet formulas). */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (/^[=+\-@\t\r]/.test(text) && typeof value !== 'number') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const round = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 10_000) / 10_000);

/**
 * The statistics as CSV (RFC 4180, CRLF): one row per step. Column names are identifiers,
 * `title` is the step's name in the page's language.
 */
export function insightsCsv(insights: Insights, titleOf: (step: string) => string, pathOf: (step: string) => string): string {
  const header = [
    'flow_version', 'from', 'to', 'step', 'title', 'kind', 'path', 'views', 'answered', 'answers',
    'fixed', 'tried', 'fixed_rate', 'fixed_low95', 'fixed_high95', 'drop_off', 'drop_off_rate', 'visits', 'ended_at_contact', 'ended_at_contact_rate', 'copied',
  ];
  const rows = insights.steps.map((s) => [
    insights.range.flowVersion, insights.range.from, insights.range.to, s.step, titleOf(s.step), s.kind, pathOf(s.step), s.views, s.answered,
    Object.entries(s.answers).map(([token, n]) => `${token}=${n}`).join(';'),
    s.fixed?.count, s.fixed?.of, round(s.fixed?.rate), round(s.fixed?.interval.low), round(s.fixed?.interval.high),
    s.dropOff?.count, round(s.dropOff?.rate), s.endedAtContact?.of, s.endedAtContact?.count, round(s.endedAtContact?.rate), s.copied,
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
