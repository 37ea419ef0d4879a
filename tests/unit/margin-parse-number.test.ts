import { describe, expect, it } from 'vitest';
import { parseNumberInput } from '@/lib/margin';

describe('parseNumberInput accepts what Japanese users type', () => {
  it.each([
    ['100000', 100_000],
    ['100,000', 100_000],
    ['1,000,000.25', 1_000_000.25],
    ['１００，０００．５', 100_000.5],
    ['１２３', 123],
    ['－５０', -50],
    ['＋５０', 50],
    ['-0.5', -0.5],
    ['+888', 888],
    ['−20', -20], // U+2212 minus sign
    ['  42  ', 42],
    ['\u3000４２\u3000', 42],
    ['100 000', 100_000],
    ['100\u3000000', 100_000],
    ['1,5', 1.5],
    ['１，５', 1.5],
    ['12,25', 12.25],
    ['1,0000', 1],
    ['1,000', 1_000],
    ['-0', 0],
    ['0.0001', 0.0001],
  ])('%j → %d', (raw, expected) => {
    expect(parseNumberInput(raw, 'ja')).toEqual({ ok: true, value: expected });
  });

  it('the same rules apply to the en locale', () => {
    expect(parseNumberInput('1,234.5', 'en')).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumberInput('1,5', 'en')).toEqual({ ok: true, value: 1.5 });
  });

  it.each(['', '   ', '\u3000'])('%j is empty', (raw) => {
    expect(parseNumberInput(raw, 'ja')).toEqual({ ok: false, reason: 'empty' });
  });

  it.each([
    'abc',
    '12a',
    '1.2.3',
    '1,00,0',
    '1234,567',
    '1.000,5',
    '1,000,5',
    '1 2',
    '1, 000',
    '1,000 000',
    '--5',
    '+',
    '-',
    '.5',
    '5.',
    '1e5',
    '0x10',
    'Infinity',
    'NaN',
    '１、０００',
    '²',
    '9'.repeat(400),
  ])('%j is invalid', (raw) => {
    expect(parseNumberInput(raw, 'ja')).toEqual({ ok: false, reason: 'invalid' });
  });
});
