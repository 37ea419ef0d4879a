import { expect, test, type Page } from '@playwright/test';
import { officialStatusPages } from '@/lib/official-sites';
import { STATUS_FIXTURE_HEADER } from '@/lib/status/bitmex';
import type { Locale } from '@/lib/i18n';
import { messages, stepPath, titleOf, type StepId } from './support/flow';
import { scrollTo } from './support/scroll';

/**
 * BitMEX's status on the steps where it decides the answer, against the fake Statuspage server
 * that playwright.config.ts starts (fixtures in tests/fixtures/statuspage/). Each test picks its
 * fixture with a request header the server honours only under STATUS_TEST_SOURCES=1.
 * The browser's clock is fixed at 14:10 Japan time on the fixtures' day.
 */

const STATUS_STEPS: StepId[] = ['bitmex.symptom', 'bitmex.otherSites', 'bitmex.serverDown', 'bitmex.contactSupport'];
const FIXTURES_DAY = new Date('2026-12-02T05:10:00Z');

test.use({ timezoneId: 'Asia/Tokyo' });

/**
 * Opens a step with the given fixture behind the status route and scrolls to its status, as a
 * visitor does (the checks start once the visitor scrolls or they come into view); every request
 * the page makes is recorded.
 */
async function open(page: Page, locale: Locale, stepId: StepId, fixture: string): Promise<string[]> {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.setExtraHTTPHeaders({ [STATUS_FIXTURE_HEADER]: fixture });
  await page.clock.setFixedTime(FIXTURES_DAY);
  await page.goto(stepPath(locale, stepId));
  await expect(page.getByRole('heading', { level: 1, name: titleOf(locale, stepId), exact: true })).toBeVisible();
  await scrollTo(statusRegion(page, locale));
  return requests;
}

function statusRegion(page: Page, locale: Locale) {
  return page.getByRole('region', { name: messages[locale].serviceStatus.heading });
}

/** Only this site: no request of the page, its scripts or the status check goes to another origin. */
function expectSameOrigin(requests: string[], baseURL: string | undefined) {
  const origin = new URL(baseURL!).origin;
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin)).toEqual([]);
}

const expected = {
  none: {
    ja: /^BitMEXは問題を報告していません（(\d+月\d+日 )?\d\d:\d\dに確認）。$/,
    en: /^BitMEX reports no problem \(checked ([A-Z][a-z]+ \d+, )?\d\d:\d\d\)\.$/,
  },
  minor: {
    ja: /^BitMEXは13:48から軽い障害を報告しています：「Delayed WebSocket order book updates」/,
    en: /^BitMEX reports a minor problem since 13:48: “Delayed WebSocket order book updates”/,
  },
  major: {
    ja: /^BitMEXは14:05から大きな障害を報告しています：「Login and trading unavailable」/,
    en: /^BitMEX reports a major outage since 14:05: “Login and trading unavailable”/,
  },
  maintenance: {
    ja: /^予定されているメンテナンス：12月5日 11:00〜12月5日 13:00「Trading engine upgrade」/,
    en: /^Maintenance scheduled from Dec 5, 11:00 to Dec 5, 13:00: “Trading engine upgrade”/,
  },
} satisfies Record<string, Record<Locale, RegExp>>;

for (const locale of ['ja', 'en'] as const) {
  const text = messages[locale].serviceStatus;

  test.describe(`BitMEX's status (${locale})`, () => {
    for (const fixture of Object.keys(expected) as (keyof typeof expected)[]) {
      test(`"${fixture}" is reported on each BitMEX step where it decides the answer`, async ({ page, baseURL }) => {
        const requests: string[] = [];
        for (const stepId of STATUS_STEPS) {
          requests.push(...(await open(page, locale, stepId, fixture)));
          const region = statusRegion(page, locale);
          await expect(region.getByText(expected[fixture][locale]), stepId).toBeVisible();
          await expect(region.getByRole('link', { name: officialStatusPages.bitmex.domain }), stepId).toHaveAttribute('href', officialStatusPages.bitmex.url);
        }
        expectSameOrigin(requests, baseURL);
      });
    }

    test('a major outage links to its incident, says it is on BitMEX’s side, and suggests the server-down answer', async ({ page }) => {
      await open(page, locale, 'bitmex.symptom', 'major');
      const region = statusRegion(page, locale);
      await expect(region.getByText(text.conclusionOutage)).toBeVisible();
      await expect(region.getByRole('link', { name: text.details })).toHaveAttribute('href', 'https://status.bitmex.com/incidents/q7mjr2k8w1cd');

      await region.getByRole('link', { name: text.suggestOutage }).click();

      await expect(page.getByRole('heading', { level: 1, name: titleOf(locale, 'bitmex.serverDown'), exact: true })).toBeVisible();
      await expect(page).toHaveURL(/\/bitmex\/server-down\?a=outage\b/);
    });

    test('"no problem" nudges toward the causes on the user’s side, without suggesting an answer', async ({ page }) => {
      await open(page, locale, 'bitmex.symptom', 'none');
      const region = statusRegion(page, locale);
      await expect(region.getByText(text.conclusionNone)).toBeVisible();
      await expect(region.getByRole('link', { name: text.suggestOutage })).toHaveCount(0);
    });

    for (const fixture of ['slow', 'error', 'invalid']) {
      test(`a status page that is ${fixture === 'slow' ? 'slower than the timeout' : fixture === 'error' ? 'failing (HTTP 500)' : 'answering invalid JSON'} means "could not check", with the status page's link`, async ({
        page,
        baseURL,
      }) => {
        const requests = await open(page, locale, 'bitmex.serverDown', fixture);
        const region = statusRegion(page, locale);
        await expect(region.getByText(text.unavailable)).toBeVisible();
        await expect(region.getByText(text.conclusionNone)).toHaveCount(0);
        await expect(region.getByRole('link', { name: officialStatusPages.bitmex.domain })).toHaveAttribute('href', officialStatusPages.bitmex.url);
        expectSameOrigin(requests, baseURL);
      });
    }
  });
}

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the status steps link to the status page instead of checking', async ({ page }) => {
    const text = messages.ja.serviceStatus;
    await page.goto(stepPath('ja', 'bitmex.serverDown'));
    const region = statusRegion(page, 'ja');
    await expect(region.getByText(text.lookYourself)).toBeVisible();
    await expect(region.getByRole('link', { name: officialStatusPages.bitmex.domain })).toHaveAttribute('href', officialStatusPages.bitmex.url);
    await expect(region.getByText(text.checking)).toBeHidden();
  });
});

test.describe("XM's clock", () => {
  test('on a Saturday morning in Japan it says the market is in its weekend closure, and until when', async ({ page }) => {
    const o = messages.en.observations;
    await page.clock.setFixedTime(new Date('2026-01-10T10:15:00+09:00'));
    await page.goto(stepPath('en', 'xm.weekendClosure'));
    const section = page.getByRole('region', { name: o.heading });
    await scrollTo(section);
    await expect(section.getByText('By this device’s clock it is Sat 10:15 in Japan.')).toBeVisible();
    await expect(section.getByText('The FX market is in its weekend closure until Mon 07:00 (Japan time).')).toBeVisible();
    await expect(section.getByText(o.marketHours.closedConclusion)).toBeVisible();
  });

  test('on a summer weekday it says the market is open, and when the next closure is', async ({ page }) => {
    const o = messages.ja.observations;
    await page.clock.setFixedTime(new Date('2026-07-08T12:00:00+09:00'));
    await page.goto(stepPath('ja', 'xm.outageCheck'));
    const section = page.getByRole('region', { name: o.heading });
    await scrollTo(section);
    await expect(section.getByText('この端末の時計では、いまは日本時間で水曜 12:00です。')).toBeVisible();
    await expect(section.getByText('FX市場は開いています。次の週末のクローズは、日本時間で土曜 06:00から月曜 06:00までです。')).toBeVisible();
    await expect(section.getByText(o.marketHours.summerTime)).toBeVisible();
  });
});
