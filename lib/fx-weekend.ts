/**
 * The FX market's weekend closure, read from a clock (pure: pass the time in).
 *
 * The market closes at 17:00 New York time on Friday and opens at 17:00 New York time on Sunday,
 * so in Japan (UTC+9 all year) it is closed from Saturday 07:00 to Monday 07:00 in winter and from
 * Saturday 06:00 to Monday 06:00 while the United States is on summer time
 * (../shared/brief/beyond-the-articles.md: "roughly Sat 06:00–07:00 to Mon 06:00–07:00, one hour
 * earlier in northern-hemisphere summer time"; brokers schedule maintenance at weekends [reported]).
 *
 * US summer time is computed from its rule (second Sunday of March 02:00 to first Sunday of
 * November 02:00, local time) rather than read from the browser's time-zone data, so the result
 * does not depend on the device's settings or its copy of the time-zone database.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Japan has no summer time. */
export const JAPAN_OFFSET_MS = 9 * HOUR;
const NEW_YORK_WINTER_OFFSET_MS = -5 * HOUR;
const NEW_YORK_SUMMER_OFFSET_MS = -4 * HOUR;
/** Close on Friday and open on Sunday, both at this New York hour. */
const NEW_YORK_CHANGE_HOUR = 17;

/** UTC ms of the n-th Sunday (1-based) of a month, at `hourUtc`. */
function nthSundayUtc(year: number, month: number, n: number, hourUtc: number): number {
  const firstDay = new Date(Date.UTC(year, month, 1)).getUTCDay();
  const firstSunday = 1 + ((7 - firstDay) % 7);
  return Date.UTC(year, month, firstSunday + 7 * (n - 1), hourUtc);
}

/** Whether New York is on summer time (EDT) at this instant. */
export function isUsSummerTime(utcMs: number): boolean {
  const year = new Date(utcMs).getUTCFullYear();
  // 02:00 EST = 07:00 UTC (second Sunday of March); 02:00 EDT = 06:00 UTC (first Sunday of November).
  const start = nthSundayUtc(year, 2, 2, 7);
  const end = nthSundayUtc(year, 10, 1, 6);
  return utcMs >= start && utcMs < end;
}

function newYorkOffset(utcMs: number): number {
  return isUsSummerTime(utcMs) ? NEW_YORK_SUMMER_OFFSET_MS : NEW_YORK_WINTER_OFFSET_MS;
}

/** UTC ms of a New York wall-clock time (17:00 is never inside a summer-time change). */
function fromNewYorkWallClock(wallMs: number): number {
  const winter = wallMs - NEW_YORK_WINTER_OFFSET_MS;
  return isUsSummerTime(winter) ? wallMs - NEW_YORK_SUMMER_OFFSET_MS : winter;
}

export interface FxWeek {
  /** The market is in its weekend closure now. */
  closed: boolean;
  /** When the current weekend closure began (closed) or the next one begins (open), UTC ms. */
  closesAt: number;
  /** When the market opens after that closure, UTC ms. */
  opensAt: number;
  /** New York is on summer time at the closure's start (the closure is an hour earlier in Japan). */
  summerTime: boolean;
}

/** The weekend closure that contains `utcMs`, or the next one. */
export function fxWeek(utcMs: number): FxWeek {
  const wall = utcMs + newYorkOffset(utcMs);
  const weekday = new Date(wall).getUTCDay();
  const midnight = Math.floor(wall / DAY) * DAY;
  // The Friday of the current week (Sunday belongs to the week that began on the previous Friday).
  const daysSinceFriday = (weekday + 2) % 7;
  let fridayClose = midnight - daysSinceFriday * DAY + NEW_YORK_CHANGE_HOUR * HOUR;
  let sundayOpen = fridayClose + 2 * DAY;
  if (wall >= sundayOpen) {
    fridayClose += 7 * DAY;
    sundayOpen += 7 * DAY;
  }
  const closesAt = fromNewYorkWallClock(fridayClose);
  const opensAt = fromNewYorkWallClock(sundayOpen);
  return { closed: utcMs >= closesAt && utcMs < opensAt, closesAt, opensAt, summerTime: isUsSummerTime(closesAt) };
}

/** When the answer of `fxWeek` next changes (the market closes or opens), UTC ms. */
export function nextFxChange(utcMs: number): number {
  const week = fxWeek(utcMs);
  return week.closed ? week.opensAt : week.closesAt;
}

export interface JapanTime {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  hour: number;
  minute: number;
}

/** The wall-clock time in Japan (UTC+9, no summer time). */
export function japanTime(utcMs: number): JapanTime {
  const d = new Date(utcMs + JAPAN_OFFSET_MS);
  return { weekday: d.getUTCDay(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}
