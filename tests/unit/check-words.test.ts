import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '@/content/en';
import { ja } from '@/content/ja';
import { describeMarketHours, describeStatus, isOutage } from '@/lib/describe-checks';
import { fxWeek } from '@/lib/fx-weekend';
import { normaliseSummary, type StatusReport } from '@/lib/status/report';

/** The fixtures the fake Statuspage server serves, as the route would answer them at 14:07 Japan time. */
const CHECKED = '2026-12-02T05:07:00.000Z';
const NOW = Date.parse(CHECKED);
const TZ = 'Asia/Tokyo';
function reportOf(name: string, patch: Partial<StatusReport> = {}): StatusReport {
  const raw: unknown = JSON.parse(readFileSync(new URL(`../fixtures/statuspage/${name}.json`, import.meta.url), 'utf8'));
  return { ...normaliseSummary(raw, 'https://status.bitmex.com'), checkedAt: CHECKED, ageSeconds: 0, stale: false, ...patch };
}
const messages = { ja, en };
const texts = (locale: 'ja' | 'en') => messages[locale].serviceStatus;
const describeIn = (locale: 'ja' | 'en', report: StatusReport) => describeStatus(report, texts(locale), locale, NOW, TZ);

describe('what the status check says', () => {
  it.each([
    ['ja', 'BitMEXは問題を報告していません（14:07に確認）。'],
    ['en', 'BitMEX reports no problem (checked 14:07).'],
  ] as const)('no problem (%s): says when it was checked, and nudges toward the user-side causes', (locale, headline) => {
    const words = describeIn(locale, reportOf('none'));
    expect(words.lines.map((l) => l.text)).toEqual([headline]);
    expect(words.conclusion).toBe(texts(locale).conclusionNone);
    expect(words.outage).toBe(false);
  });

  it.each([
    ['ja', 'BitMEXは14:05から大きな障害を報告しています：「Login and trading unavailable」', '影響がある部分：Website (停止)、REST API (一部停止)'],
    ['en', 'BitMEX reports a major outage since 14:05: “Login and trading unavailable”', 'Affected: Website (down), REST API (partly down)'],
  ] as const)('a major outage (%s): the incident, since when, its link, and what is affected', (locale, headline, affected) => {
    const words = describeIn(locale, reportOf('major'));
    expect(words.lines[0]).toEqual({ text: headline, href: 'https://status.bitmex.com/incidents/q7mjr2k8w1cd', linkText: texts(locale).details });
    expect(words.lines[1]!.text).toBe(affected);
    expect(words.conclusion).toBe(texts(locale).conclusionOutage);
    expect(words.outage).toBe(true);
  });

  it.each([
    ['ja', 'BitMEXは13:48から軽い障害を報告しています：「Delayed WebSocket order book updates」'],
    ['en', 'BitMEX reports a minor problem since 13:48: “Delayed WebSocket order book updates”'],
  ] as const)('a minor problem (%s) is not called an outage', (locale, headline) => {
    const words = describeIn(locale, reportOf('minor'));
    expect(words.lines[0]!.text).toBe(headline);
    expect(words.conclusion).toBe(texts(locale).conclusionMinor);
    expect(words.outage).toBe(false);
  });

  it.each([
    ['ja', '予定されているメンテナンス：12月5日 11:00〜12月5日 13:00「Trading engine upgrade」'],
    ['en', 'Maintenance scheduled from Dec 5, 11:00 to Dec 5, 13:00: “Trading engine upgrade”'],
  ] as const)('scheduled maintenance (%s) is listed with its window beside "no problem"', (locale, line) => {
    const words = describeIn(locale, reportOf('maintenance'));
    expect(words.lines.map((l) => l.text)).toContain(line);
    expect(words.outage).toBe(false);
  });

  it('maintenance going on now counts as an outage, whatever the overall indicator', () => {
    const report = reportOf('maintenance');
    const now = { ...report, maintenances: report.maintenances.map((m) => ({ ...m, status: 'in_progress' as const })) };
    const words = describeIn('en', now);
    expect(isOutage(now)).toBe(true);
    expect(words.lines[0]!.text).toBe('BitMEX is in scheduled maintenance until Dec 5, 13:00: “Trading engine upgrade”');
  });

  it.each([
    ['ja', 'いま状態ページから応答がないため、7分前（14:07）の情報を表示しています。'],
    ['en', 'The status page did not answer just now: this is what it said 7 min ago, at 14:07.'],
  ] as const)('a stale reading (%s) says how old it is', (locale, note) => {
    const words = describeIn(locale, reportOf('major', { stale: true, ageSeconds: 7 * 60 + 20, problem: 'timeout' }));
    expect(words.lines.at(-1)!.text).toBe(note);
    expect(words.outage).toBe(true);
  });

  it.each(['ja', 'en'] as const)('"unknown" (%s) says it could not check, and never that all is well', (locale) => {
    const words = describeIn(locale, { indicator: 'unknown', stale: false, problem: 'invalid', pageUrl: 'https://status.bitmex.com', components: [], incidents: [], maintenances: [] });
    expect(words.lines.map((l) => l.text)).toEqual([texts(locale).unavailable]);
    expect(words.conclusion).toBeUndefined();
    expect(words.outage).toBe(false);
  });
});

describe("what XM's clock says", () => {
  const marketText = (locale: 'ja' | 'en') => messages[locale].observations.marketHours;

  it.each([
    ['ja', 'この端末の時計では、いまは日本時間で土曜 10:15です。', 'FX市場は週末のクローズ中です。再開は日本時間で月曜 07:00ごろです。'],
    ['en', 'By this device’s clock it is Sat 10:15 in Japan.', 'The FX market is in its weekend closure until Mon 07:00 (Japan time).'],
  ] as const)('in the winter closure (%s): the time in Japan and when the market opens', (locale, now, state) => {
    const at = Date.parse('2026-01-10T10:15:00+09:00');
    const words = describeMarketHours(at, fxWeek(at), marketText(locale));
    expect(words.now).toBe(now);
    expect(words.state).toBe(state);
    expect(words.conclusion).toBe(marketText(locale).closedConclusion);
    expect(words.season).toBe(marketText(locale).winterTime);
  });

  it.each([
    ['ja', 'FX市場は開いています。次の週末のクローズは、日本時間で土曜 06:00から月曜 06:00までです。'],
    ['en', 'The FX market is open. The next weekend closure is from Sat 06:00 to Mon 06:00 (Japan time).'],
  ] as const)('on a summer weekday (%s): open, and the next closure an hour earlier', (locale, state) => {
    const at = Date.parse('2026-07-08T12:00:00+09:00');
    const words = describeMarketHours(at, fxWeek(at), marketText(locale));
    expect(words.state).toBe(state);
    expect(words.conclusion).toBe(marketText(locale).openConclusion);
    expect(words.season).toBe(marketText(locale).summerTime);
  });
});
