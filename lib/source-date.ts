import type { Locale } from '@/lib/i18n';

/**
 * A source's date for display: `2020-05-04` → 2020年5月4日 / 4 May 2020; `2026-11` → 2026年11月 /
 * November 2026; a span of years `2020/2022` (ISO 8601 interval) → 2020〜2022年 / 2020–2022.
 */
export function formatSourceDate(date: string, locale: Locale): string {
  const span = /^(\d{4})\/(\d{4})$/.exec(date);
  if (span) return locale === 'ja' ? `${span[1]}〜${span[2]}年` : `${span[1]}–${span[2]}`;
  const [year, month, day] = date.split('-').map(Number);
  const value = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', options).format(value);
}
