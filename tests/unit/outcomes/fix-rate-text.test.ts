import { describe, expect, it } from 'vitest';
import { en } from '@/content/en';
import { ja } from '@/content/ja';
import { FIX_RATE_MIN_ANSWERS, fixPercent, fixRateText } from '@/lib/outcomes/fix-rate-text';

describe('the fix rate shown on a remedy', () => {
  it('reads as the issue words it, in Japanese and in English, with the locale’s digit grouping', () => {
    const rate = { fixed: 769, answered: 1240 };
    expect(fixRateText(rate, 'ja', ja.ui.fixRate)).toBe('この対処で解決した人：62%（1,240人中）');
    expect(fixRateText(rate, 'en', en.ui.fixRate)).toBe('This fixed it for 62% of 1,240 people who tried it');
  });

  it('is shown from 30 answers on, and not below', () => {
    expect(FIX_RATE_MIN_ANSWERS).toBe(30);
    expect(fixRateText({ fixed: 20, answered: 29 }, 'en', en.ui.fixRate)).toBeNull();
    expect(fixRateText({ fixed: 20, answered: 30 }, 'en', en.ui.fixRate)).toBe('This fixed it for 67% of 30 people who tried it');
  });

  it('is not shown without any answer recorded', () => {
    expect(fixRateText(undefined, 'ja', ja.ui.fixRate)).toBeNull();
  });

  it('is not shown for counts that cannot be true', () => {
    expect(fixRateText({ fixed: 31, answered: 30 }, 'en', en.ui.fixRate)).toBeNull();
    expect(fixRateText({ fixed: -1, answered: 30 }, 'en', en.ui.fixRate)).toBeNull();
  });

  it('rounds to whole percent', () => {
    expect(fixPercent({ fixed: 25, answered: 40 })).toBe(63);
    expect(fixPercent({ fixed: 1, answered: 3 })).toBe(33);
  });

  it('never says 0% when someone was helped, nor 100% when someone was not', () => {
    expect(fixPercent({ fixed: 1, answered: 1000 })).toBe(1);
    expect(fixPercent({ fixed: 999, answered: 1000 })).toBe(99);
    expect(fixPercent({ fixed: 0, answered: 1000 })).toBe(0);
    expect(fixPercent({ fixed: 1000, answered: 1000 })).toBe(100);
  });
});
