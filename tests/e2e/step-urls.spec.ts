import { expect, test } from '@playwright/test';
import { messages, stepPath, steps, testLocales, titleOf } from './support/flow';

/** Steps in groups of ten: one test per group keeps the browser's start-up cost low and each test short. */
const groups = Array.from({ length: Math.ceil(steps.length / 10) }, (_, i) => steps.slice(i * 10, i * 10 + 10));

for (const locale of testLocales) {
  test.describe(`every step URL opens cold in ${locale}, with its own title, description and a way to the start`, () => {
    for (const group of groups) {
      test(`${locale}: ${group[0]!.id} … ${group[group.length - 1]!.id}`, async ({ page }) => {
        const { ui, steps: texts } = messages[locale];
        for (const step of group) {
          const response = await page.goto(stepPath(locale, step.id));
          expect(response?.status(), step.id).toBe(200);
          await expect(page.getByRole('heading', { level: 1, name: titleOf(locale, step.id) })).toBeVisible();
          await expect(page.locator('html')).toHaveAttribute('lang', locale);
          const text = texts[step.meta.content];
          await expect(page).toHaveTitle(`${text.title} | ${ui.siteName}`);
          await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', text.description);
          await expect(page.getByRole('link', { name: ui.siteName })).toHaveAttribute('href', `/${locale}`);
        }
      });
    }
  });
}

test('a step opened from a support link continues from there', async ({ page }) => {
  const { ui } = messages.ja;
  await page.goto(stepPath('ja', 'xm.publicWifi'));
  await expect(page.getByText(ui.trailEmpty)).toBeVisible();

  await page.getByRole('link', { name: ui.answerNotFixed }).click();

  await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', 'xm.mobileData') })).toBeVisible();
  await expect(page).toHaveURL(/\/ja\/xm\/mobile-data\?a=notFixed&from=xm\/public-wifi$/);
  const trail = page.getByRole('region', { name: ui.trailHeading });
  await expect(trail.getByText(messages.ja.steps.publicWifi.short)).toBeVisible();
  await expect(trail.getByText(ui.trailEmpty)).toBeVisible();
});

test('the start page and the dormant-account remedy link to the margin calculator', async ({ page }) => {
  const { ui } = messages.ja;
  for (const path of ['/ja', stepPath('ja', 'xm.dormantAccount')]) {
    await page.goto(path);
    await page.getByRole('link', { name: ui.calculatorLink }).click();
    await expect(page).toHaveURL(/\/ja\/calculator$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
});
