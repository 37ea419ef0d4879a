import { expect, test } from '@playwright/test';
import { messages, titleOf } from './support/flow';

test.describe('bad input gets a clear page in the right language', () => {
  for (const locale of ['ja', 'en'] as const) {
    test(`an unknown step in ${locale} is a 404 that links to the start`, async ({ page }) => {
      const { ui } = messages[locale];
      const response = await page.goto(`/${locale}/xm/no-such-step`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: ui.notFoundTitle })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);

      await page.getByRole('link', { name: ui.notFoundStart }).click();

      await expect(page.getByRole('heading', { level: 1, name: titleOf(locale, 'start') })).toBeVisible();
    });
  }

  test('an unknown locale shows the not-found page in the browser language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const response = await page.goto('/fr/xm/reset-password');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: messages.en.ui.notFoundTitle })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });

  test('the bare address sends a Japanese browser to /ja and an English one to /en', async ({ browser }) => {
    for (const [browserLocale, expected] of [['ja-JP', '/ja'], ['en-GB', '/en'], ['de-DE', '/ja']] as const) {
      const context = await browser.newContext({ locale: browserLocale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL((url) => url.pathname === expected);
      await context.close();
    }
  });

  test('an unknown origin step in the answer list is ignored, not trusted', async ({ page }) => {
    const { ui } = messages.ja;
    await page.goto('/ja/xm/mobile-data?a=notFixed&from=xm/nowhere');
    await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', 'xm.mobileData') })).toBeVisible();
    await expect(page.getByText(ui.trailTampered)).toBeVisible();
  });

  test('a tampered answer list keeps the step and says what was skipped', async ({ page }) => {
    const { ui } = messages.ja;
    await page.goto('/ja/xm/member-page-status?a=xm.invalidAccount.<script>.no');
    await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', 'xm.memberPageStatus') })).toBeVisible();
    await expect(page.getByText(ui.trailTampered)).toBeVisible();
  });

  test('an answer list that leads elsewhere is ignored, not trusted', async ({ page }) => {
    const { ui } = messages.en;
    await page.goto('/en/xm/frozen-account?a=bitmex.lost2fa');
    await expect(page.getByRole('heading', { level: 1, name: titleOf('en', 'xm.frozenAccount') })).toBeVisible();
    await expect(page.getByText(ui.trailTampered)).toBeVisible();
    await expect(page.getByRole('link', { name: ui.answerNotFixed })).toHaveAttribute(
      'href',
      '/en/xm/contact-support?a=notFixed&from=xm/frozen-account',
    );
  });
});
