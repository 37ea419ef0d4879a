import { expect, test } from '@playwright/test';
import { answerLabel, messages, stepPath, titleOf } from './support/flow';

test.describe('a tapped answer says when the next step is slow to come', () => {
  test('while the next step is on its way, the tapped answer says it is loading; then the step opens', async ({ page }) => {
    // Arrange: every request for a step's data (RSC, prefetches included) waits until released,
    // as on a connection that has stalled.
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/*', async (route) => {
      if (route.request().headers()['rsc'] === '1') await released;
      await route.fallback();
    });
    await page.goto('/ja/bitmex');
    const answer = page.getByRole('link', { name: answerLabel('ja', 'bitmex.symptom', 'notLoading') });
    // Interactive once the server's recording link has become a link to the next step.
    await expect(answer).toHaveAttribute('href', new RegExp(`^${stepPath('ja', 'bitmex.otherSites')}\\?`));

    // Act
    await answer.click();

    // Assert: the tap shows, and the step opens once its data arrives.
    await expect(answer).toContainText(messages.ja.ui.answerOpening);
    await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', 'bitmex.symptom') })).toBeVisible();
    release();
    await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', 'bitmex.otherSites') })).toBeVisible();
    await expect(page.getByText(messages.ja.ui.answerOpening)).toHaveCount(0);
  });
});
