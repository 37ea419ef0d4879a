import { describe, expect, it } from 'vitest';
import { canonicalNumberText, readNumber } from '@/lib/calculator/fields';
import { createFormatter, fill, priceDecimals } from '@/lib/calculator/format';

const ja = createFormatter('ja');
const en = createFormatter('en');

describe('money', () => {
  it('formats yen without decimals and dollars with cents, per locale', () => {
    expect(ja.money(11261.26, 'JPY')).toBe('￥11,261');
    expect(en.money(11261.26, 'JPY')).toBe('¥11,261');
    expect(en.money(11261.26, 'USD')).toBe('$11,261.26');
    expect(ja.money(-10000, 'JPY')).toBe('-￥10,000');
  });

  it('can drop the cents of whole-dollar thresholds', () => {
    expect(en.money(20000, 'USD', 0)).toBe('$20,000');
  });

  it('never shows a negative zero', () => {
    expect(en.money(-0.2, 'JPY')).toBe('¥0');
    expect(en.percent(-0.001)).toBe('0.00%');
  });
});

describe('margin level and thresholds', () => {
  it('shows margin level with 2 decimals, as MT4/MT5 do', () => {
    expect(en.percent(532.8123)).toBe('532.81%');
    expect(ja.percent(1176.4706)).toBe('1,176.47%');
  });

  it('shows thresholds without needless decimals', () => {
    expect(en.level(20)).toBe('20%');
    expect(en.level(12.5)).toBe('12.5%');
    expect(en.level(1000)).toBe('1,000%');
  });
});

describe('distances and prices round towards an earlier stop-out', () => {
  it('floors pips', () => {
    expect(en.pips(97.74775, 'floor')).toBe('97.7');
    expect(en.pips(97.79999, 'floor')).toBe('97.7');
    // Floating-point noise does not cost a tenth: 97.8 computed as 97.79999999999 stays 97.8.
    expect(en.pips(97.8 - 1e-12, 'floor')).toBe('97.8');
  });

  it('rounds a long stop-out price up and a short one down', () => {
    expect(en.price(99.0225225, 3, 'ceil')).toBe('99.023');
    expect(en.price(100.9774775, 3, 'floor')).toBe('100.977');
    expect(en.price(1.0912345, 5, 'ceil')).toBe('1.09124');
  });

  it('shows prices to a tenth of a pip', () => {
    expect(priceDecimals(0.01)).toBe(3);
    expect(priceDecimals(0.0001)).toBe(5);
    expect(priceDecimals(1)).toBe(1);
    expect(priceDecimals(0)).toBe(2);
  });
});

describe('dates and templates', () => {
  it('formats the data date per locale', () => {
    expect(ja.date('2026-11-21')).toBe('2026年11月21日');
    expect(en.date('2026-11-21')).toBe('November 21, 2026');
    expect(en.date('not a date')).toBe('not a date');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: 1, b: 'two' })).toBe('1 and two');
    expect(fill('{a} {missing}', { a: 'x' })).toBe('x {missing}');
    expect(fill('{toString}', {})).toBe('{toString}');
  });
});

describe('number fields', () => {
  it('accept what Japanese users type', () => {
    expect(readNumber('１００，０００', 'nonNegative')).toEqual({ ok: true, value: 100000 });
    expect(readNumber('1,5', 'positive')).toEqual({ ok: true, value: 1.5 });
    expect(readNumber('－１０，０００', 'any')).toEqual({ ok: true, value: -10000 });
  });

  it('name what is wrong', () => {
    expect(readNumber('', 'any')).toEqual({ ok: false, error: 'empty' });
    expect(readNumber('abc', 'any')).toEqual({ ok: false, error: 'invalid' });
    expect(readNumber('-1', 'nonNegative')).toEqual({ ok: false, error: 'negative' });
    expect(readNumber('0', 'positive')).toEqual({ ok: false, error: 'notPositive' });
  });

  it('have a canonical text for links (invalid text is kept)', () => {
    expect(canonicalNumberText('１００，０００')).toBe('100000');
    expect(canonicalNumberText('0.50')).toBe('0.5');
    expect(canonicalNumberText('1 000 000 000 000 000 000 000')).toBe('1 000 000 000 000 000 000 000');
    expect(canonicalNumberText('x1')).toBe('x1');
  });
});
