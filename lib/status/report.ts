/**
 * What `GET /api/status/bitmex` answers: a small, normalised reading of a Statuspage summary
 * (`/api/v2/summary.json`). Shared by the route (which writes it) and the browser (which reads it
 * and checks it again, since anything that arrives over the network can be wrong).
 */

/** `unknown`: the status could not be read (source down, slow, or answering something unexpected). */
export type Indicator = 'none' | 'minor' | 'major' | 'critical' | 'maintenance' | 'unknown';

export type ComponentStatus = 'degraded_performance' | 'partial_outage' | 'major_outage' | 'under_maintenance';

export interface AffectedComponent {
  name: string;
  status: ComponentStatus;
}

export interface Incident {
  name: string;
  /** Statuspage's impact: none, minor, major, critical (maintenance for maintenance windows). */
  impact: 'none' | 'minor' | 'major' | 'critical' | 'maintenance';
  status: string;
  /** ISO time the incident started. */
  startedAt: string;
  /** Link to the incident on the official status page. */
  url: string;
}

export interface Maintenance {
  name: string;
  /** `scheduled` (upcoming) or `in_progress` / `verifying` (now). */
  status: 'scheduled' | 'in_progress' | 'verifying';
  scheduledFor: string;
  scheduledUntil: string;
  url: string;
}

export interface StatusReport {
  indicator: Indicator;
  /** When the source answered with this reading (ISO); absent when it never did. */
  checkedAt?: string;
  /** Seconds since `checkedAt` at the time of this answer. */
  ageSeconds?: number;
  /** The source failed just now and this is the last good reading (at most 15 minutes old). */
  stale: boolean;
  /** Why the source could not be read, when it could not. */
  problem?: 'timeout' | 'unreachable' | 'http' | 'invalid';
  /** The official status page, for a person to read. */
  pageUrl: string;
  components: AffectedComponent[];
  incidents: Incident[];
  maintenances: Maintenance[];
}

const INDICATORS = new Set<Indicator>(['none', 'minor', 'major', 'critical', 'maintenance', 'unknown']);
const COMPONENT_STATUSES = new Set<string>(['degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance']);
const IMPACTS = new Set<string>(['none', 'minor', 'major', 'critical', 'maintenance']);
const MAINTENANCE_STATUSES = new Set<string>(['scheduled', 'in_progress', 'verifying']);

/** At most this many of each list are passed on: a phone does not need fifty incidents. */
export const MAX_ITEMS = 5;
const MAX_TEXT = 200;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim().slice(0, MAX_TEXT) : undefined);
const time = (v: unknown): string | undefined => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(Date.parse(v)).toISOString() : undefined);
/** Statuspage ids are short lowercase alphanumerics; anything else does not go into a link. */
const id = (v: unknown): string | undefined => (typeof v === 'string' && /^[a-z0-9]{1,40}$/i.test(v) ? v : undefined);

export class InvalidSummaryError extends Error {}

/**
 * Reads a Statuspage summary into the normalised report. Throws `InvalidSummaryError` when the
 * overall indicator is missing or not one Statuspage uses: an unexpected answer is never read as
 * "all good". Items of the lists that are malformed are left out one by one.
 */
export function normaliseSummary(raw: unknown, pageUrl: string): Omit<StatusReport, 'checkedAt' | 'ageSeconds' | 'stale'> {
  if (!isObject(raw) || !isObject(raw.status)) throw new InvalidSummaryError('no status object');
  const indicator = raw.status.indicator;
  if (typeof indicator !== 'string' || indicator === 'unknown' || !INDICATORS.has(indicator as Indicator)) {
    throw new InvalidSummaryError('unexpected status indicator');
  }
  if (!Array.isArray(raw.components) || !Array.isArray(raw.incidents) || !Array.isArray(raw.scheduled_maintenances)) {
    throw new InvalidSummaryError('missing lists');
  }
  const base = pageUrl.replace(/\/+$/, '');

  const components: AffectedComponent[] = raw.components
    .filter(isObject)
    .flatMap((c) => {
      const name = text(c.name);
      return name && typeof c.status === 'string' && COMPONENT_STATUSES.has(c.status) && c.group !== true
        ? [{ name, status: c.status as ComponentStatus }]
        : [];
    })
    .slice(0, MAX_ITEMS);

  const incidents: Incident[] = raw.incidents
    .filter(isObject)
    .flatMap((i) => {
      const name = text(i.name);
      const incidentId = id(i.id);
      const startedAt = time(i.started_at) ?? time(i.created_at);
      const impact = typeof i.impact === 'string' && IMPACTS.has(i.impact) ? (i.impact as Incident['impact']) : undefined;
      const status = text(i.status);
      if (!name || !incidentId || !startedAt || !impact || !status || status === 'resolved' || status === 'postmortem') return [];
      return [{ name, impact, status, startedAt, url: `${base}/incidents/${incidentId}` }];
    })
    .slice(0, MAX_ITEMS);

  const maintenances: Maintenance[] = raw.scheduled_maintenances
    .filter(isObject)
    .flatMap((m) => {
      const name = text(m.name);
      const maintenanceId = id(m.id);
      const scheduledFor = time(m.scheduled_for);
      const scheduledUntil = time(m.scheduled_until);
      if (!name || !maintenanceId || !scheduledFor || !scheduledUntil) return [];
      if (typeof m.status !== 'string' || !MAINTENANCE_STATUSES.has(m.status)) return [];
      return [{ name, status: m.status as Maintenance['status'], scheduledFor, scheduledUntil, url: `${base}/incidents/${maintenanceId}` }];
    })
    .slice(0, MAX_ITEMS);

  return { indicator: indicator as Indicator, pageUrl: base, components, incidents, maintenances };
}

/** The browser's check of what this site answered (a cached or tampered answer must not crash the page). */
export function isStatusReport(value: unknown): value is StatusReport {
  if (!isObject(value)) return false;
  return (
    typeof value.indicator === 'string' &&
    INDICATORS.has(value.indicator as Indicator) &&
    typeof value.stale === 'boolean' &&
    typeof value.pageUrl === 'string' &&
    (value.checkedAt === undefined || time(value.checkedAt) !== undefined) &&
    (value.ageSeconds === undefined || (typeof value.ageSeconds === 'number' && value.ageSeconds >= 0)) &&
    Array.isArray(value.components) &&
    value.components.every((c) => isObject(c) && typeof c.name === 'string' && typeof c.status === 'string') &&
    Array.isArray(value.incidents) &&
    value.incidents.every((i) => isObject(i) && typeof i.name === 'string' && typeof i.url === 'string' && time(i.startedAt) !== undefined) &&
    Array.isArray(value.maintenances) &&
    value.maintenances.every(
      (m) => isObject(m) && typeof m.name === 'string' && typeof m.url === 'string' && time(m.scheduledFor) !== undefined && time(m.scheduledUntil) !== undefined,
    )
  );
}
