import { describe, expect, test } from 'vitest';
import {
  collapseRepeats,
  csvField,
  dropOff,
  parseDay,
  resolveRange,
  stepStatistics,
  topPaths,
  visitsEndingAtContact,
  wilsonInterval,
  type EventCountRow,
} from '@/lib/outcomes/insights';

describe('the 95% Wilson interval', () => {
  // Reference values: Wilson score interval, z = 1.96 (e.g. Newcombe 1998, table I).
  test.each([
    { successes: 81, total: 263, low: 0.2553, high: 0.3662 },
    { successes: 15, total: 148, low: 0.0624, high: 0.1605 },
    { successes: 0, total: 20, low: 0, high: 0.1611 },
    { successes: 1, total: 29, low: 0.0061, high: 0.1718 },
    { successes: 10, total: 10, low: 0.7225, high: 1 },
    { successes: 62, total: 100, low: 0.5221, high: 0.709 },
  ])('$successes of $total lies in [$low, $high]', ({ successes, total, low, high }) => {
    const interval = wilsonInterval(successes, total)!;
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  test.each([
    { successes: 0, total: 0 },
    { successes: 3, total: 2 },
    { successes: -1, total: 5 },
  ])('$successes of $total has no interval', ({ successes, total }) => {
    expect(wilsonInterval(successes, total)).toBeUndefined();
  });

  test('the interval narrows as more people answer, around the same rate', () => {
    const small = wilsonInterval(6, 10)!;
    const large = wilsonInterval(600, 1000)!;
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
    expect(large.low).toBeLessThan(0.6);
    expect(large.high).toBeGreaterThan(0.6);
  });
});

describe('drop-off: left without answering ÷ views', () => {
  test.each([
    { name: 'visits: 2 of 5 left', input: { visitViews: 5, visitAnswered: 3, keylessViews: 0, keylessAnswers: 0 }, count: 2, of: 5 },
    { name: 'keyless events: views − answers', input: { visitViews: 0, visitAnswered: 0, keylessViews: 10, keylessAnswers: 7 }, count: 3, of: 10 },
    { name: 'both added', input: { visitViews: 4, visitAnswered: 4, keylessViews: 6, keylessAnswers: 3 }, count: 3, of: 10 },
    { name: 'more keyless answers than views never goes below 0', input: { visitViews: 0, visitAnswered: 0, keylessViews: 2, keylessAnswers: 5 }, count: 0, of: 2 },
  ])('$name', ({ input, count, of }) => {
    expect(dropOff(input)).toEqual({ count, of, rate: count / of });
  });

  test('no views: no drop-off', () => {
    expect(dropOff({ visitViews: 0, visitAnswered: 0, keylessViews: 0, keylessAnswers: 0 })).toBeUndefined();
  });
});

describe('paths', () => {
  test.each([
    { path: ['a', 'a', 'b', 'a'], collapsed: ['a', 'b', 'a'] },
    { path: ['a'], collapsed: ['a'] },
    { path: [], collapsed: [] },
    { path: ['a', 'b', 'b', 'b', 'c'], collapsed: ['a', 'b', 'c'] },
  ])('$path collapses to $collapsed', ({ path, collapsed }) => {
    expect(collapseRepeats(path)).toEqual(collapsed);
  });

  test('the most common paths first, equal ones merged, ties by path, cut at the limit', () => {
    const paths = [
      { steps: ['s', 'x'], visits: 2 },
      { steps: ['s', 's', 'x'], visits: 2 },
      { steps: ['s', 'y'], visits: 3 },
      { steps: ['s', 'b'], visits: 3 },
      { steps: ['s'], visits: 1 },
    ];
    expect(topPaths(paths, 3)).toEqual([
      { steps: ['s', 'x'], visits: 4 },
      { steps: ['s', 'b'], visits: 3 },
      { steps: ['s', 'y'], visits: 3 },
    ]);
  });
});

describe('per-step statistics from the aggregate rows', () => {
  const steps = [
    { id: 'q', kind: 'question', answers: [{ token: 'one' }, { token: 'two' }] },
    { id: 'r', kind: 'remedy', answers: [{ token: 'fixed' }, { token: 'notFixed' }] },
    { id: 'c', kind: 'contact', answers: [] },
    { id: 'ok', kind: 'solved', answers: [] },
  ];
  const row = (step: string, kind: string, answer: string | null, n: number, keyless = false): EventCountRow => ({ step, kind, answer, keyless, n });
  const stats = stepStatistics(
    steps,
    [row('q', 'view', null, 10), row('q', 'answer', 'one', 6), row('q', 'answer', 'two', 2), row('r', 'view', null, 6), row('r', 'answer', 'fixed', 3), row('r', 'answer', 'notFixed', 1), row('r', 'view', null, 2, true), row('r', 'answer', 'fixed', 1, true), row('c', 'view', null, 1), row('c', 'copied', null, 1)],
    [
      { step: 'q', visits: 10, answered: 8 },
      { step: 'r', visits: 6, answered: 4 },
    ],
    [
      { step: 'q', last_step: 'c', visits: 1 },
      { step: 'q', last_step: 'ok', visits: 3 },
      { step: 'q', last_step: 'q', visits: 6 },
      { step: 'c', last_step: 'c', visits: 1 },
    ],
  );
  const of = (id: string) => stats.find((s) => s.step === id)!;

  test('views and the answer split, every answer listed', () => {
    expect(of('q')).toMatchObject({ views: 10, answers: { one: 6, two: 2 }, answered: 8 });
    expect(of('ok')).toMatchObject({ views: 0, answers: {}, answered: 0 });
  });

  test('a remedy has its fixed-here rate over fixed and not fixed, with the interval', () => {
    expect(of('r').fixed).toEqual({ count: 4, of: 5, rate: 0.8, interval: wilsonInterval(4, 5) });
    expect(of('q').fixed).toBeUndefined();
  });

  test('drop-off counts visits and keyless events; steps without answers have none', () => {
    expect(of('q').dropOff).toEqual({ count: 2, of: 10, rate: 0.2 });
    expect(of('r').dropOff).toEqual({ count: 2 + 1, of: 6 + 2, rate: 3 / 8 });
    expect(of('c').dropOff).toBeUndefined();
  });

  test('ended at contact: the share of visits through the step whose last step is a contact step', () => {
    expect(of('q').endedAtContact).toEqual({ count: 1, of: 10, rate: 0.1 });
    expect(of('c').endedAtContact).toEqual({ count: 1, of: 1, rate: 1 });
    expect(of('r').endedAtContact).toBeUndefined();
    expect(of('c').copied).toBe(1);
  });

  test('of all visits, the share that ended at contact', () => {
    expect(visitsEndingAtContact(steps, [{ last_step: 'c', visits: 2 }, { last_step: 'ok', visits: 6 }])).toEqual({ count: 2, of: 8, rate: 0.25 });
    expect(visitsEndingAtContact(steps, [])).toBeUndefined();
  });
});

describe('the date range and flow version of the page', () => {
  const now = Date.parse('2026-12-03T08:00:00Z');
  test.each([
    { name: 'no query: the last 90 days and the current version', query: {}, range: { from: '2026-09-05', to: '2026-12-03', flowVersion: 'aaaaaaaaaaaa' }, problem: undefined },
    { name: 'both days given', query: { from: '2026-11-01', to: '2026-11-30' }, range: { from: '2026-11-01', to: '2026-11-30', flowVersion: 'aaaaaaaaaaaa' }, problem: undefined },
    { name: 'an older version', query: { version: '0123456789ab' }, range: { from: '2026-09-05', to: '2026-12-03', flowVersion: '0123456789ab' }, problem: undefined },
    { name: 'days the wrong way round are swapped', query: { from: '2026-11-30', to: '2026-11-01' }, range: { from: '2026-11-01', to: '2026-11-30', flowVersion: 'aaaaaaaaaaaa' }, problem: 'reversed' },
    { name: 'a day that does not exist', query: { from: '2026-02-30' }, range: { from: '2026-09-05', to: '2026-12-03', flowVersion: 'aaaaaaaaaaaa' }, problem: 'badDate' },
    { name: 'a version that is no hash', query: { version: "x' or 1=1" }, range: { from: '2026-09-05', to: '2026-12-03', flowVersion: 'aaaaaaaaaaaa' }, problem: 'badVersion' },
  ])('$name', ({ query, range, problem }) => {
    expect(resolveRange(query, 'aaaaaaaaaaaa', now)).toEqual({ range, ...(problem ? { problem } : {}) });
  });

  test.each(['2026-13-01', '2026-1-01', 'yesterday', '', '2026-02-29'])('%j is not a day', (value) => {
    expect(parseDay(value)).toBeUndefined();
  });
});

describe('CSV fields', () => {
  test.each([
    { value: 'plain', csv: 'plain' },
    { value: 'a,b', csv: '"a,b"' },
    { value: 'say "hi"', csv: '"say ""hi"""' },
    { value: '=SUM(A1)', csv: "'=SUM(A1)" },
    { value: 0.25, csv: '0.25' },
    { value: -1, csv: '-1' },
    { value: undefined, csv: '' },
  ])('$value → $csv', ({ value, csv }) => {
    expect(csvField(value)).toBe(csv);
  });
});
