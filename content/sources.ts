/**
 * Where the facts that are not in the five source articles come from (../shared/brief/
 * beyond-the-articles.md). A step lists the ids it relies on in `sources`; the page shows each
 * one as a small note with its date and what its grade means:
 * - `news`: reported by a named outlet on a date: stated as a dated fact;
 * - `reported`: several third-party pages agree: worded as "reported", sent to the official site;
 * - `varies`: third-party pages disagree: every variant is given, and the page says they differ.
 * `date` is the outlet's date for news, else the month the pages were read. The names of the
 * sources, in each language, are in `content/{ja,en}.ts` (`sources.names`).
 */
export type SourceGrade = 'news' | 'reported' | 'varies';

export interface Source {
  grade: SourceGrade;
  /** ISO date (`2020-05-04`) or month (`2026-11`). */
  date: string;
}

export const sources = {
  /** What 無効な口座 / 回線不通 / 古いバージョン / アップデート待機中 mean, and the order support checks them in. */
  mtStatusMessages: { grade: 'reported', date: '2026-11' },
  /** The member page's password and the trading password can differ after one is changed. */
  xmPasswordSplit: { grade: 'reported', date: '2026-11' },
  /** Demo accounts expire after a period without use: 90 or 120 days depending on the page. */
  xmDemoExpiry: { grade: 'varies', date: '2026-11' },
  /** FX markets close from Saturday morning to Monday morning (Japan time); maintenance on weekends. */
  fxWeekend: { grade: 'reported', date: '2026-11' },
  /** Dormant accounts: login usually works, bonuses and points are forfeited, a monthly fee ($5, later $10). */
  xmDormancy: { grade: 'reported', date: '2026-11' },
  /** Frozen or closed accounts cannot be reopened; accounts are also closed for breaking the terms. */
  xmAccountClosure: { grade: 'reported', date: '2026-11' },
  /** XMTrading and XM Global are run by different companies with separate member pages. */
  xmBrands: { grade: 'reported', date: '2026-11' },
  /** BitMEX restricted residents of Japan from 2020-05-01 (CoinDesk, 2020-05-04). */
  bitmexJapan: { grade: 'news', date: '2020-05-04' },
  /** A rejected 2FA code is most often a phone clock that is off. */
  totpClock: { grade: 'reported', date: '2026-11' },
  /** Changing or resetting 2FA at BitMEX locks withdrawals for a while (reported: 24 hours). */
  bitmex2faLock: { grade: 'reported', date: '2026-11' },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;
