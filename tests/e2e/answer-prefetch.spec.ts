import { expect, test, type Page } from '@playwright/test';
import { answerLabel, requireStep, stepPath, titleOf } from './support/flow';

/** A question whose answer leads to a remedy (rendered on demand for its live fix rate). */
const question = requireStep('bitmex.symptom');
const answer = question.answers.find((a) => a.token === 'forbidden')!;
const remedy = requireStep(answer.target);
const remedyPath = stepPath('ja', remedy.id);

/**
 * Opens the question, lets the page settle with the answer in view, then taps it. Returns the
 * requests for the remedy's page or data, other than prefetches, made after the tap.
 */
async function tapOnceSettled(page: Page): Promise<string[]> {
  await page.goto('/ja/bitmex');
  const link = page.getByRole('link', { name: answerLabel('ja', question.id, answer.token) });
  await expect(link).toHaveAttribute('href', new RegExp(`^${remedyPath}\\?`));
  await link.scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  const fetchedOnTap: string[] = [];
  page.on('request', (request) => {
    const headers = request.headers();
    const stepData = headers['rsc'] === '1' && headers['next-router-prefetch'] === undefined;
    if ((stepData || request.resourceType() === 'document') && new URL(request.url()).pathname === remedyPath) fetchedOnTap.push(request.url());
  });
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', remedy.id) })).toBeVisible();
  return fetchedOnTap;
}

test.describe('an answer that leads to a remedy is fetched before it is tapped', () => {
  test('the answer under test leads to a remedy', () => {
    expect(remedy.meta.kind).toBe('remedy');
  });

  test('once the page has settled, tapping an answer that leads to a remedy opens it without asking the server again', async ({ page }) => {
    const fetchedOnTap = await tapOnceSettled(page);
    expect(fetchedOnTap).toEqual([]);
  });

  test('with Save-Data on, the remedy is not prefetched whole: the tap fetches it, and it opens', async ({ page }) => {
    // Arrange: the browser's data saver (navigator.connection.saveData), as a user would turn it on.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
    // Act
    const fetchedOnTap = await tapOnceSettled(page);
    // Assert: one request for the remedy's own data, made at the tap.
    expect(fetchedOnTap).toHaveLength(1);
  });
});
