import type { ObservationText, ServiceStatusText } from '@/content/schema';
import { japanTime, type FxWeek } from './fx-weekend';
import type { Incident, StatusReport } from './status/report';
import { fill } from './template';

/**
 * The words for the status check and XM's clock, from their results (pure, so both languages are
 * unit-tested). The page only lays them out.
 */

export type Tone = 'neutral' | 'good' | 'warn' | 'bad';

export interface StatusLine {
  text: string;
  /** A link after the text (the incident on the status page). */
  href?: string;
  linkText?: string;
}

export interface StatusDescription {
  lines: StatusLine[];
  conclusion?: string;
  tone: Tone;
  /** The service's side is down (major or critical outage, or maintenance now): offer that answer. */
  outage: boolean;
}

const SEVERITY: Record<Incident['impact'], number> = { critical: 4, major: 3, minor: 2, none: 1, maintenance: 1 };

/**
 * A time in the reader's time zone (`timeZone` only in tests), with the date when it is not today:
 * `14:05`, `12月5日 11:00`.
 */
export function formatWhen(iso: string, locale: string, now: number, timeZone?: string): string {
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const sameDay = day.format(date) === day.format(new Date(now));
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    ...(sameDay ? {} : { month: 'short', day: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

function formatAge(seconds: number, text: ServiceStatusText): string {
  const minutes = Math.floor(seconds / 60);
  return minutes < 1 ? text.lessThanMinute : fill(text.minutes, { minutes });
}

/** Maintenance going on now, by the summary's own words (not by the device's clock). */
const maintenanceNow = (report: StatusReport) => report.maintenances.filter((m) => m.status === 'in_progress' || m.status === 'verifying');

export function isOutage(report: StatusReport): boolean {
  return report.indicator === 'major' || report.indicator === 'critical' || report.indicator === 'maintenance' || maintenanceNow(report).length > 0;
}

/** What the status page says, from the server's report; `unknown` → "could not check". */
export function describeStatus(report: StatusReport, text: ServiceStatusText, locale: string, now: number, timeZone?: string): StatusDescription {
  if (report.indicator === 'unknown') return { lines: [{ text: text.unavailable }], tone: 'neutral', outage: false };

  const when = (iso: string) => formatWhen(iso, locale, now, timeZone);
  const checked = report.checkedAt ? when(report.checkedAt) : '';
  const lines: StatusLine[] = [];
  const incidents = [...report.incidents].sort((a, b) => SEVERITY[b.impact] - SEVERITY[a.impact]);
  const ongoing = maintenanceNow(report);

  for (const incident of incidents) {
    const impact = incident.impact === 'maintenance' ? 'none' : incident.impact;
    lines.push({ text: fill(text.incident[impact], { since: when(incident.startedAt), title: incident.name }), href: incident.url, linkText: text.details });
  }
  for (const m of ongoing) {
    lines.push({ text: fill(text.maintenanceNow, { until: when(m.scheduledUntil), title: m.name }), href: m.url, linkText: text.details });
  }
  if (lines.length === 0) {
    lines.push({ text: report.indicator === 'none' ? fill(text.none, { checked }) : fill(text.problem[report.indicator], { checked }) });
  }
  if (report.components.length) {
    const list = report.components.map((c) => `${c.name} (${text.componentStatus[c.status]})`).join(locale === 'ja' ? '、' : ', ');
    lines.push({ text: fill(text.affected, { list }) });
  }
  for (const m of report.maintenances.filter((m) => m.status === 'scheduled')) {
    lines.push({ text: fill(text.maintenanceScheduled, { from: when(m.scheduledFor), until: when(m.scheduledUntil), title: m.name }), href: m.url, linkText: text.details });
  }
  if (report.stale) lines.push({ text: fill(text.stale, { age: formatAge(report.ageSeconds ?? 0, text), checked }) });

  const outage = isOutage(report);
  if (outage) return { lines, conclusion: text.conclusionOutage, tone: 'bad', outage };
  const worst = Math.max(0, ...report.incidents.map((i) => SEVERITY[i.impact]));
  if (report.indicator === 'minor' || worst >= SEVERITY.minor) return { lines, conclusion: text.conclusionMinor, tone: 'warn', outage };
  return { lines, conclusion: text.conclusionNone, tone: 'good', outage };
}

/** A Japan-time day and time, apart: `{ day: '土曜', time: '07:00' }`. */
function japanDayAndTime(utcMs: number, text: ObservationText['marketHours']): { day: string; time: string } {
  const { weekday, hour, minute } = japanTime(utcMs);
  return { day: text.weekdays[weekday]!, time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
}

/** A Japan-time day and time: `土曜 07:00`, `Sat 07:00`. */
export const japanDayTime = (utcMs: number, text: ObservationText['marketHours']): string => fill(text.dayTime, japanDayAndTime(utcMs, text));

export interface MarketHoursDescription {
  now: string;
  state: string;
  conclusion: string;
  season: string;
}

/** XM's clock in words: the time in Japan, whether the market is in its weekend closure, until when. */
export function describeMarketHours(at: number, week: FxWeek, text: ObservationText['marketHours']): MarketHoursDescription {
  return {
    now: fill(text.now, japanDayAndTime(at, text)),
    state: week.closed
      ? fill(text.closed, japanDayAndTime(week.opensAt, text))
      : fill(text.open, { from: japanDayTime(week.closesAt, text), until: japanDayTime(week.opensAt, text) }),
    conclusion: week.closed ? text.closedConclusion : text.openConclusion,
    season: week.summerTime ? text.summerTime : text.winterTime,
  };
}
