import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '@/lib/source-date';

describe('formatSourceDate shows a source date the way each language writes it', () => {
  it.each([
    ['2020-05-04', 'ja', '2020年5月4日'],
    ['2020-05-04', 'en', '4 May 2020'],
    ['2026-11', 'ja', '2026年11月'],
    ['2026-11', 'en', 'November 2026'],
    ['2020/2022', 'ja', '2020〜2022年'],
    ['2020/2022', 'en', '2020–2022'],
  ] as const)('%s in %s is %s', (date, locale, expected) => {
    expect(formatSourceDate(date, locale)).toBe(expected);
  });
});
