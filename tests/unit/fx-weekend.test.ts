import { describe, expect, it } from 'vitest';
import { fxWeek, isUsSummerTime, japanTime, nextFxChange } from '@/lib/fx-weekend';

/** Times are written in Japan time, as a user in Japan reads them. */
const jst = (local: string) => Date.parse(`${local}:00+09:00`);

describe('the FX weekend closure in Japan time', () => {
  it.each([
    // Winter (US standard time): Saturday 07:00 → Monday 07:00.
    ['winter, Saturday 06:59: still open', '2026-01-10T06:59', false],
    ['winter, Saturday 07:00: closed', '2026-01-10T07:00', true],
    ['winter, Sunday noon: closed', '2026-01-11T12:00', true],
    ['winter, Monday 06:59: still closed', '2026-01-12T06:59', true],
    ['winter, Monday 07:00: open', '2026-01-12T07:00', false],
    // Summer (US summer time): Saturday 06:00 → Monday 06:00.
    ['summer, Saturday 05:59: still open', '2026-07-11T05:59', false],
    ['summer, Saturday 06:00: closed', '2026-07-11T06:00', true],
    ['summer, Monday 05:59: still closed', '2026-07-13T05:59', true],
    ['summer, Monday 06:00: open', '2026-07-13T06:00', false],
    // US summer time begins on Sunday 8 March 2026: closes in winter time, opens in summer time.
    ['spring change, Saturday 07:00: closed', '2026-03-07T07:00', true],
    ['spring change, Monday 05:59: still closed', '2026-03-09T05:59', true],
    ['spring change, Monday 06:00: open', '2026-03-09T06:00', false],
    // US summer time ends on Sunday 1 November 2026: closes in summer time, opens in winter time.
    ['autumn change, Saturday 05:59: open', '2026-10-31T05:59', false],
    ['autumn change, Saturday 06:00: closed', '2026-10-31T06:00', true],
    ['autumn change, Monday 06:59: still closed', '2026-11-02T06:59', true],
    ['autumn change, Monday 07:00: open', '2026-11-02T07:00', false],
    // Midweek.
    ['Wednesday noon: open', '2026-01-14T12:00', false],
    ['Friday 23:59: open', '2026-07-10T23:59', false],
  ])('%s', (_name, local, closed) => {
    expect(fxWeek(jst(local)).closed).toBe(closed);
  });

  it('names the closure a weekday is waiting for, in Japan time', () => {
    const week = fxWeek(jst('2026-01-14T12:00'));
    expect(week.closesAt).toBe(jst('2026-01-17T07:00'));
    expect(week.opensAt).toBe(jst('2026-01-19T07:00'));
    expect(week.summerTime).toBe(false);
  });

  it('names the closure it is in, with its summer-time start and end', () => {
    const week = fxWeek(jst('2026-07-12T09:30'));
    expect(week).toEqual({ closed: true, closesAt: jst('2026-07-11T06:00'), opensAt: jst('2026-07-13T06:00'), summerTime: true });
  });

  it('a closure that spans the autumn change lasts 49 hours, the spring one 47', () => {
    const autumn = fxWeek(jst('2026-11-01T12:00'));
    const spring = fxWeek(jst('2026-03-08T12:00'));
    expect((autumn.opensAt - autumn.closesAt) / 3_600_000).toBe(49);
    expect((spring.opensAt - spring.closesAt) / 3_600_000).toBe(47);
  });

  it('the next change is the opening while closed and the closing while open', () => {
    expect(nextFxChange(jst('2026-01-11T12:00'))).toBe(jst('2026-01-12T07:00'));
    expect(nextFxChange(jst('2026-01-12T07:00'))).toBe(jst('2026-01-17T07:00'));
  });
});

describe('US summer time', () => {
  it.each([
    ['2026-03-08T06:59:59Z', false],
    ['2026-03-08T07:00:00Z', true],
    ['2026-11-01T05:59:59Z', true],
    ['2026-11-01T06:00:00Z', false],
    ['2027-03-14T07:00:00Z', true],
    ['2027-03-13T12:00:00Z', false],
  ])('%s: %s', (iso, summer) => {
    expect(isUsSummerTime(Date.parse(iso))).toBe(summer);
  });
});

describe('Japan wall-clock time', () => {
  it('is UTC+9 all year', () => {
    expect(japanTime(Date.parse('2026-01-09T22:00:00Z'))).toEqual({ weekday: 6, hour: 7, minute: 0 });
    expect(japanTime(Date.parse('2026-07-10T21:05:00Z'))).toEqual({ weekday: 6, hour: 6, minute: 5 });
  });
});
