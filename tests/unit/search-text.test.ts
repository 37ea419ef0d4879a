import { describe, expect, it } from 'vitest';
import { matchesQuery, normalizeSearchText } from '@/lib/search-text';

describe('the step filter', () => {
  it.each([
    ['ＸＭ　パスワード', 'xm ぱすわーど'],
    ['ログインＩＤ', 'ろぐいんid'],
    ['  Frozen   Account ', 'frozen account'],
    ['２ＦＡ', '2fa'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeSearchText(input)).toBe(expected);
  });

  it.each([
    ['パスワード', true],
    ['ぱすわーど', true],
    ['ﾊﾟｽﾜｰﾄﾞ', true],
    ['PASSWORD', true],
    ['password xm', true],
    ['password bitmex', false],
    ['凍結', false],
  ])('matches the query %j against an XM password step: %s', (query, expected) => {
    const text = normalizeSearchText('パスワードの再設定（XM） Reset password (XM)');
    expect(matchesQuery(text, query)).toBe(expected);
  });

  it('matches everything with an empty query', () => {
    expect(matchesQuery('anything', '   ')).toBe(true);
  });
});
