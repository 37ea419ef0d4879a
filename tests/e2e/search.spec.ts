import { expect, test, type Page } from '@playwright/test';
import type { Locale } from '@/lib/i18n';
import { fill } from '@/lib/template';
import { messages, stepPath, testLocales, titleOf, type StepId } from './support/flow';

/**
 * "Type what you see": /{locale}/search?q=… lists the matching steps best first, rendered by the
 * server (JavaScript off) and filtered as the user types (JavaScript on).
 */
const cases: [query: string, first: StepId[]][] = [
  ['無効な口座', ['xm.checkCredentials']],
  ['むこうなこうざ', ['xm.checkCredentials']],
  ['Invalid account', ['xm.checkCredentials']],
  ['回線不通', ['xm.platformOtherSites']],
  ['403', ['xm.switchBrowser', 'bitmex.switchBrowser']],
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The list of results for a query: its accessible name is the results line ("{n} steps match {q}"). */
function resultList(page: Page, locale: Locale, query: string) {
  const [before, after] = messages[locale].search.results.split('{q}') as [string, string];
  const name = new RegExp(`^${escape(before)}${escape(query.trim())}${escape(after).replace(escape('{n}'), '\\d+')}$`);
  return page.getByRole('list', { name });
}

/** The titles of the results, in order. */
async function resultTitles(page: Page, locale: Locale, query: string): Promise<string[]> {
  const list = resultList(page, locale, query);
  await expect(list).toBeVisible();
  return list.getByRole('link').allTextContents();
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`search with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    for (const locale of testLocales) {
      for (const [query, first] of cases) {
        test(`${locale}: “${query}” lists ${first.join(' and ')} first`, async ({ page }) => {
          const response = await page.goto(`/${locale}/search?q=${encodeURIComponent(query)}`);
          expect(response?.status()).toBe(200);
          const titles = await resultTitles(page, locale, query);
          expect(titles.slice(0, first.length)).toEqual(first.map((id) => titleOf(locale, id)));
          await expect(page.getByRole('link', { name: titleOf(locale, first[0]!) }).first()).toHaveAttribute('href', stepPath(locale, first[0]!));
        });
      }

      test(`${locale}: an empty query asks for words and offers the symptom lists`, async ({ page }) => {
        const { search } = messages[locale];
        await page.goto(`/${locale}/search?q=`);
        await expect(page.getByRole('status')).toHaveText(search.empty);
        await expect(page.getByRole('heading', { name: search.symptomsHeading })).toBeVisible();
        await expect(page.getByRole('heading', { name: titleOf(locale, 'xm.symptom') })).toBeVisible();
      });

      test(`${locale}: a query that matches nothing says so and offers the symptom lists`, async ({ page }) => {
        const { search } = messages[locale];
        await page.goto(`/${locale}/search?q=${encodeURIComponent('zzqx 宇宙人')}`);
        await expect(page.getByRole('status')).toHaveText(fill(search.noMatch, { q: 'zzqx 宇宙人' }));
        await expect(page.getByRole('heading', { name: search.symptomsHeading })).toBeVisible();
        await expect(page.getByRole('heading', { name: titleOf(locale, 'bitmex.symptom') })).toBeVisible();
      });
    }

    test('the form on the symptom step sends the words to the search page', async ({ page }) => {
      const { search } = messages.ja;
      await page.goto(stepPath('ja', 'xm.symptom'));
      await page.getByRole('searchbox', { name: search.label }).fill('「無効な口座」');
      await page.getByRole('button', { name: search.submit }).click();
      await expect(page).toHaveURL(/\/ja\/search\?q=/);
      const titles = await resultTitles(page, 'ja', '「無効な口座」');
      expect(titles[0]).toBe(titleOf('ja', 'xm.checkCredentials'));
    });
  });
}

test('with JavaScript the results follow the words as the user types, and the address keeps them', async ({ page }) => {
  const { search } = messages.en;
  await page.goto('/en/search');
  const box = page.getByRole('searchbox', { name: search.label });
  await expect(box).toBeEditable();
  await box.pressSequentially('no connect');
  await expect(resultList(page, 'en', 'no connect').getByRole('link').first()).toHaveText(titleOf('en', 'xm.platformOtherSites'));
  await expect(page).toHaveURL(/\/en\/search\?q=no\+connect$/);
  await box.fill('ムコウナコウザ');
  await expect(resultList(page, 'en', 'ムコウナコウザ').getByRole('link').first()).toHaveText(titleOf('en', 'xm.checkCredentials'));
});
