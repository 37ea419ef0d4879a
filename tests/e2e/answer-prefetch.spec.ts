import { expect, test } from '@playwright/test';
import { answerLabel, requireStep, titleOf } from './support/flow';

test.describe('an answer that leads to a remedy is fetched before it is tapped', () => {
  test('once the page has settled, tapping an answer that leads to a remedy opens it without asking the server again', async ({ page }) => {
    // Arrange: a question whose answer leads to a remedy (rendered on demand for its live fix rate).
    const question = requireStep('bitmex.symptom');
    const answer = question.answers.find((a) => a.token === 'forbidden');
    expect(answer).toBeDefined();
    const remedy = requireStep(answer!.target);
    expect(remedy.meta.kind).toBe('remedy');
    await page.goto('/ja/bitmex');
    const link = page.getByRole('link', { name: answerLabel('ja', question.id, answer!.token) });
    await expect(link).toHaveAttribute('href', /^\/ja\/bitmex\/switch-browser/);
    await link.scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    // From now on, any request for a page or a step's data that is not a prefetch is a fetch at tap time.
    const fetchedOnTap: string[] = [];
    page.on('request', (request) => {
      const headers = request.headers();
      const stepData = headers['rsc'] === '1' && headers['next-router-prefetch'] === undefined;
      if (stepData || request.resourceType() === 'document') fetchedOnTap.push(request.url());
    });

    // Act
    await link.click();

    // Assert
    await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', remedy.id) })).toBeVisible();
    expect(fetchedOnTap).toEqual([]);
  });
});
