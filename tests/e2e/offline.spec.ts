import { expect, test } from '@playwright/test';
import { answerLabel, messages, stepPath, titleOf } from './support/flow';

test.use({ serviceWorkers: 'allow' });

test('after one visit, steps in both languages open and work without a network', async ({ page, context }) => {
  await page.goto('/ja');
  await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', 'start') })).toBeVisible();
  // The worker is active once it has kept every page (see lib/offline.ts).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);

  for (const [locale, id] of [
    ['ja', 'xm.frozenAccount'],
    ['en', 'bitmex.lost2fa'],
    ['en', 'xm.symptom'],
    ['ja', 'bitmex.dataCap'],
  ] as const) {
    await page.goto(stepPath(locale, id));
    await expect(page.getByRole('heading', { level: 1, name: titleOf(locale, id) })).toBeVisible();
  }

  // The checks' code, fetched after a step is interactive, was kept too: offline looks offline.
  const o = messages.ja.observations;
  await page.goto(stepPath('ja', 'bitmex.publicWifi'));
  await expect(page.getByRole('region', { name: o.heading }).getByText(o.online.offline)).toBeVisible();

  await page.goto('/ja/xm/data-cap?a=xm.notLoading.no.phone.notFixed.notFixed');
  await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', 'xm.dataCap') })).toBeVisible();

  await page.goto('/ja/support');
  await expect(page.locator('[data-step]').first()).toBeVisible();

  // The calculator opens and computes offline (the brief's worked example is its default).
  await page.goto('/en/calculator');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('¥11,261').first()).toBeVisible();

  await page.goto('/ja');
  await page.getByRole('link', { name: answerLabel('ja', 'start', 'bitmex') }).click();
  await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', 'bitmex.symptom') })).toBeVisible();
  await page.getByRole('link', { name: answerLabel('ja', 'bitmex.symptom', 'lost2fa') }).click();
  await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', 'bitmex.lost2fa') })).toBeVisible();

  await context.setOffline(false);
});
