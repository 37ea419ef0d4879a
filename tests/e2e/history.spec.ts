import { expect, test } from '@playwright/test';
import { answerLabel, messages, titleOf, type StepId } from './support/flow';

const heading = (page: import('@playwright/test').Page, stepId: StepId) =>
  page.getByRole('heading', { level: 1, name: titleOf('ja', stepId) });

test.describe('browser history walks the answers', () => {
  test('back and forward move between the steps answered', async ({ page }) => {
    await page.goto('/ja');
    await page.getByRole('link', { name: answerLabel('ja', 'start', 'xm') }).click();
    await expect(heading(page, 'xm.symptom')).toBeVisible();
    await page.getByRole('link', { name: answerLabel('ja', 'xm.symptom', 'invalidAccount') }).click();
    await expect(heading(page, 'xm.checkCredentials')).toBeVisible();

    await page.goBack();
    await expect(heading(page, 'xm.symptom')).toBeVisible();
    await page.goBack();
    await expect(heading(page, 'start')).toBeVisible();
    await page.goForward();
    await expect(heading(page, 'xm.symptom')).toBeVisible();
    await page.goForward();
    await expect(heading(page, 'xm.checkCredentials')).toBeVisible();
  });

  test('reload keeps the step and the answers so far', async ({ page }) => {
    const { ui } = messages.ja;
    await page.goto('/ja');
    await page.getByRole('link', { name: answerLabel('ja', 'start', 'bitmex') }).click();
    await page.getByRole('link', { name: answerLabel('ja', 'bitmex.symptom', 'notLoading') }).click();
    await expect(heading(page, 'bitmex.otherSites')).toBeVisible();

    await page.reload();

    await expect(heading(page, 'bitmex.otherSites')).toBeVisible();
    const trail = page.getByRole('region', { name: ui.trailHeading });
    await expect(trail.getByText(answerLabel('ja', 'bitmex.symptom', 'notLoading'))).toBeVisible();
  });

  test('changing an earlier answer goes back to that question', async ({ page }) => {
    const { ui } = messages.ja;
    await page.goto('/ja/xm/member-page-status?a=xm.invalidAccount.notFixed.yes.notFixed.idle');
    await expect(heading(page, 'xm.memberPageStatus')).toBeVisible();

    const trail = page.getByRole('region', { name: ui.trailHeading });
    await trail.getByRole('link', { name: `${ui.trailChange}: ${titleOf('ja', 'xm.symptom')}` }).click();

    await expect(heading(page, 'xm.symptom')).toBeVisible();
    await expect(page).toHaveURL(/\/ja\/xm\?a=xm$/);
  });

  test('the language switch keeps the step and the answers', async ({ page }) => {
    await page.goto('/ja/xm/member-page-status?a=xm.invalidAccount.notFixed.yes.notFixed.idle');
    await page.getByRole('link', { name: messages.ja.ui.switchLanguage }).click();

    await expect(page.getByRole('heading', { level: 1, name: titleOf('en', 'xm.memberPageStatus') })).toBeVisible();
    await expect(page).toHaveURL(/\/en\/xm\/member-page-status\?a=xm\.invalidAccount\.notFixed\.yes\.notFixed\.idle$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
