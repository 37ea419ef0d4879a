/**
 * Display formatting for the calculator: Intl.NumberFormat for the page's locale and the
 * account currency. Values are only rounded here, for display; every computation uses the
 * unrounded numbers. See docs/decisions/003-calculator.md for the rounding rules.
 */
import type { Currency } from './fields';

export type DisplayLocale = 'ja' | 'en';

const INTL_LOCALE: Record<DisplayLocale, string> = { ja: 'ja-JP', en: 'en-US' };

/** Decimals shown for an amount of money: yen has none, dollars have cents. */
export const MONEY_DECIMALS: Record<Currency, number> = { JPY: 0, USD: 2 };

/** Direction a displayed value is rounded in. */
export type Rounding = 'halfExpand' | 'floor' | 'ceil';

/** Decimals of a price: one more than the pip (0.01 → 3, as brokers quote "fractional pips"). */
export function priceDecimals(pipSize: number): number {
  if (!(pipSize > 0) || !Number.isFinite(pipSize)) return 2;
  const pipDecimals = Math.max(0, Math.round(-Math.log10(pipSize)));
  return Math.min(pipDecimals + 1, 8);
}

export { fill } from '../template';

export interface Formatter {
  locale: DisplayLocale;
  /** An amount in `currency`, with its symbol (JPY without decimals, USD with cents unless `decimals` says otherwise). */
  money(value: number, currency: Currency, decimals?: number): string;
  /** A margin level (%), with 2 decimals as MT4/MT5 show it. */
  percent(value: number, decimals?: number): string;
  /** A threshold (%) such as a stop-out level: no decimals unless it has some (20%, 12.5%). */
  level(value: number): string;
  /** A plain number with at most `maxDecimals` decimals (and at least `minDecimals`). */
  number(value: number, maxDecimals?: number, minDecimals?: number, rounding?: Rounding): string;
  /** A price with exactly `decimals` decimals, rounded in the given direction. */
  price(value: number, decimals: number, rounding?: Rounding): string;
  /** A distance in pips (1 decimal), rounded in the given direction. */
  pips(value: number, rounding?: Rounding): string;
  /** A date given as YYYY-MM-DD. */
  date(isoDate: string): string;
}

/** Formatters are cached: creating Intl.NumberFormat objects is the costly part. */
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: DisplayLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], options);
    cache.set(key, format);
  }
  return format;
}

/** Avoids "-0" after rounding a tiny negative number. */
function clean(text: string): string {
  return text.replace(/^-(?=[^1-9]*$)/, '');
}

/**
 * Directed rounding is exact on the binary value, so 97.8 computed as 97.7999999999 would floor to
 * 97.7. Snapping to 9 decimals first removes that floating-point noise.
 */
function snap(value: number, rounding: Rounding): number {
  return rounding === 'halfExpand' ? value : Math.round(value * 1e9) / 1e9;
}

export function createFormatter(locale: DisplayLocale): Formatter {
  return {
    locale,
    money(value, currency, decimals) {
      const digits = decimals ?? MONEY_DECIMALS[currency];
      return clean(
        numberFormat(locale, {
          style: 'currency',
          currency,
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(value),
      );
    },
    percent(value, decimals = 2) {
      return clean(
        numberFormat(locale, {
          style: 'percent',
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
        }).format(value / 100),
      );
    },
    level(value) {
      return clean(numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100));
    },
    number(value, maxDecimals = 2, minDecimals = 0, rounding = 'halfExpand') {
      return clean(
        numberFormat(locale, {
          minimumFractionDigits: Math.min(minDecimals, maxDecimals),
          maximumFractionDigits: maxDecimals,
          roundingMode: rounding,
        }).format(snap(value, rounding)),
      );
    },
    price(value, decimals, rounding = 'halfExpand') {
      return clean(
        numberFormat(locale, {
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
          roundingMode: rounding,
        }).format(snap(value, rounding)),
      );
    },
    pips(value, rounding = 'halfExpand') {
      return clean(
        numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, roundingMode: rounding }).format(
          snap(value, rounding),
        ),
      );
    },
    date(isoDate) {
      const parsed = new Date(`${isoDate}T00:00:00Z`);
      if (Number.isNaN(parsed.getTime())) return isoDate;
      return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(parsed);
    },
  };
}
