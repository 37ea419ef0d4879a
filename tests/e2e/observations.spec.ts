import { expect, test } from '@playwright/test';
import { messages, stepPath, titleOf } from './support/flow';
import { scrollTo } from './support/scroll';

// Each test scrolls to the observations as a visitor does: the checks start once the visitor
// scrolls or they come into view (tests/e2e/checks-on-demand.spec.ts).

const UA = {
  edgeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36',
};

test.describe('connection', () => {
  test('going offline shows the offline observation and suggests the network checks', async ({ page, context }) => {
    const { observations: o } = messages.ja;
    await page.goto(stepPath('ja', 'xm.otherSites'));
    const section = page.getByRole('region', { name: o.heading });
    await scrollTo(section);
    await expect(section.getByText(o.online.online)).toBeVisible();

    await context.setOffline(true);

    await expect(section.getByText(o.online.offline)).toBeVisible();
    await expect(section.getByText(o.online.conclusionOffline)).toBeVisible();
    const suggestion = section.getByRole('link', { name: o.suggestOffline });
    await expect(suggestion).toHaveAttribute('href', /^\/ja\/xm\/device-type\?a=no&from=xm\/other-sites$/);
    await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', 'xm.otherSites') })).toBeVisible();
    await context.setOffline(false);
  });

  test('a slow probe file points to the data-cap and public Wi-Fi causes', async ({ page }) => {
    const { observations: o } = messages.en;
    await page.route('**/probe.bin*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2_600));
      await route.continue();
    });
    await page.goto(stepPath('en', 'bitmex.dataCap'));
    const section = page.getByRole('region', { name: o.heading });
    await scrollTo(section);
    await expect(section.getByText(o.speed.slow)).toBeVisible();
  });

  test('a quick probe says the speed is fine', async ({ page }) => {
    const { observations: o } = messages.en;
    await page.goto(stepPath('en', 'bitmex.dataCap'));
    const section = page.getByRole('region', { name: o.heading });
    await scrollTo(section);
    await expect(section.getByText(o.speed.fast)).toBeVisible();
  });
});

test.describe('browser advice on the "403 Forbidden" step', () => {
  test.describe('Edge on Windows', () => {
    test.use({ userAgent: UA.edgeWindows });
    test('is named, with the report about it and the PC alternatives', async ({ page }) => {
      const { observations: o } = messages.en;
      await page.goto(stepPath('en', 'xm.switchBrowser'));
      const section = page.getByRole('region', { name: o.heading });
    await scrollTo(section);
      await expect(section.getByText('You are using Microsoft Edge on Windows.')).toBeVisible();
      await expect(section.getByText(o.browser.edgeWindows)).toBeVisible();
      await expect(section.getByText(o.browser.pcAlternatives)).toBeVisible();
    });
  });

  test.describe('Safari on iPhone', () => {
    test.use({ userAgent: UA.safariIphone });
    test('gets the phone alternatives', async ({ page }) => {
      const { observations: o } = messages.ja;
      await page.goto(stepPath('ja', 'bitmex.switchBrowser'));
      const section = page.getByRole('region', { name: o.heading });
    await scrollTo(section);
      await expect(section.getByText('iPhone・iPadのSafariをお使いです。')).toBeVisible();
      await expect(section.getByText(o.browser.phoneAlternatives)).toBeVisible();
      await expect(section.getByText(o.browser.edgeWindows)).toHaveCount(0);
    });
  });

  test.describe('Chrome on Android', () => {
    test.use({ userAgent: UA.chromeAndroid });
    test('gets the phone alternatives', async ({ page }) => {
      const { observations: o } = messages.en;
      await page.goto(stepPath('en', 'xm.switchBrowser'));
      const section = page.getByRole('region', { name: o.heading });
    await scrollTo(section);
      await expect(section.getByText('You are using Google Chrome on Android.')).toBeVisible();
      await expect(section.getByText(o.browser.phoneAlternatives)).toBeVisible();
    });
  });
});

test.describe('device clock and 2FA codes', () => {
  test('a clock two minutes ahead triggers the 2FA time warning with how to fix it', async ({ page }) => {
    const { observations: o } = messages.ja;
    await page.clock.install({ time: new Date(Date.now() + 120_000) });
    await page.goto(stepPath('ja', 'bitmex.resetPassword'));
    const section = page.getByRole('region', { name: o.heading });
    await scrollTo(section);
    await expect(section.getByText(o.clock.off)).toBeVisible();
    await expect(section.getByText(o.clock.platforms.android)).toBeVisible();
    await expect(section.getByText(o.clock.platforms.ios)).toBeVisible();
    await expect(section.getByText(o.clock.platforms.windows)).toBeVisible();
    await expect(section.getByText(o.clock.platforms.macos)).toBeVisible();
  });

  test('a correct clock gives no warning', async ({ page }) => {
    const { observations: o } = messages.en;
    await page.goto(stepPath('en', 'xm.resetPassword'));
    const section = page.getByRole('region', { name: o.heading });
    await scrollTo(section);
    await expect(section.getByText(o.clock.ok)).toBeVisible();
    await expect(section.getByText(o.clock.off)).toHaveCount(0);
  });
});

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the step works as before, without the observations', async ({ page }) => {
    const { observations: o } = messages.ja;
    await page.goto(stepPath('ja', 'xm.otherSites'));
    await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', 'xm.otherSites') })).toBeVisible();
    await expect(page.getByRole('region', { name: o.heading })).toBeHidden();
  });
});
