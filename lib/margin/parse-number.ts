/**
 * Parse a number the way Japanese (and English) users type it:
 * full-width digits/signs/period/comma, thousands separators (`,` `，` or
 * spaces, groups of 3, one kind per number), and a decimal comma only when
 * unambiguous ("1,5" → 1.5, but "1,000" → 1000). Anything else is rejected.
 */
export type ParseNumberResult = { ok: true; value: number } | { ok: false; reason: 'empty' | 'invalid' };

const FULL_WIDTH: Record<string, string> = {
  '，': ',',
  '．': '.',
  '＋': '+',
  '－': '-',
  '−': '-', // U+2212 MINUS SIGN
  '\u3000': ' ', // ideographic space
  '\u00a0': ' ', // no-break space
};

function toAscii(raw: string): string {
  return raw.replace(/[０-９，．＋－−\u3000\u00a0]/g, (ch) =>
    ch >= '０' && ch <= '９' ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : FULL_WIDTH[ch]!,
  );
}

const PLAIN_INT = /^\d+$/;
const GROUPED_INT = /^\d{1,3}([, ])\d{3}(?:\1\d{3})*$/;
const DECIMAL_COMMA = /^(\d+),(\d{1,2}|\d{4,})$/;

/**
 * `locale` is accepted for callers' clarity; 'ja' and 'en' both use "." as the
 * decimal mark, so the rules are the same for both.
 */
export function parseNumberInput(raw: string, locale: 'ja' | 'en'): ParseNumberResult {
  void locale;
  const text = toAscii(raw).trim();
  if (text === '') return { ok: false, reason: 'empty' };

  const match = /^([+-]?)(.+)$/.exec(text)!;
  const sign = match[1]!;
  const body = match[2]!;

  let normalized: string | undefined;
  const decimalComma = DECIMAL_COMMA.exec(body);
  if (decimalComma) {
    normalized = `${decimalComma[1]}.${decimalComma[2]}`;
  } else {
    const [intPart = '', fraction, ...extra] = body.split('.');
    const intOk = PLAIN_INT.test(intPart) || GROUPED_INT.test(intPart);
    const fractionOk = fraction === undefined || PLAIN_INT.test(fraction);
    if (intOk && fractionOk && extra.length === 0) {
      normalized = intPart.replace(/[, ]/g, '') + (fraction === undefined ? '' : `.${fraction}`);
    }
  }
  if (normalized === undefined) return { ok: false, reason: 'invalid' };

  const value = Number(sign + normalized);
  return Number.isFinite(value) ? { ok: true, value: value + 0 } : { ok: false, reason: 'invalid' };
}
