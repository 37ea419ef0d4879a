import { expect, test, type Locator, type Page } from '@playwright/test';
import { STATUS_FIXTURE_HEADER } from '@/lib/status/bitmex';
import { answerLabel, messages, requireStep, stepPath, titleOf } from './support/flow';
import { scrollTo } from './support/scroll';

/**
 * The live checks (their script, the status request, the machines) start only once the visitor
 * scrolls or a check is in view, and from then on, on every later step at once (decision 009).
 */

const text = messages.en.serviceStatus;
const question = requireStep('bitmex.symptom');
/** An answer that leads to another step with BitMEX's status on it. */
const toOtherSites = question.answers.find((a) => a.target === 'bitmex.otherSites')!;

/** Two idle periods of the browser: before this change the checks started in the first. */
async function letTheBrowserIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestIdleCallback(() => requestIdleCallback(() => resolve(), { timeout: 2_000 }), { timeout: 2_000 });
      }),
  );
}

/**
 * Opens the question and waits until it is hydrated. `fetchedLater()` lists what the page has
 * asked for since that is not named in its HTML: the checks' chunk and the status route.
 */
async function openQuestion(page: Page): Promise<{ region: Locator; fetchedLater: () => string[] }> {
  const requested: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (request.resourceType() === 'script' || pathname.startsWith('/api/status/')) requested.push(pathname);
  });
  await page.setExtraHTTPHeaders({ [STATUS_FIXTURE_HEADER]: 'none' });
  const response = await page.goto(stepPath('en', question.id));
  const html = await response!.text();
  // Hydrated: the answers have become links to the next steps.
  await expect(page.getByRole('link', { name: answerLabel('en', question.id, toOtherSites.token) })).toHaveAttribute('href', /^\/en\/bitmex\/other-sites\?/);
  return { region: page.getByRole('region', { name: text.heading }), fetchedLater: () => requested.filter((path) => !html.includes(path)) };
}

test('the question has its status check below the first screen of a phone', async ({ page }) => {
  const { region } = await openQuestion(page);

  const box = await region.boundingBox();

  expect(box!.y).toBeGreaterThan(page.viewportSize()!.height);
});

test('checks below the first screen wait for the visitor: nothing is fetched until they scroll', async ({ page }) => {
  const { region, fetchedLater } = await openQuestion(page);

  await letTheBrowserIdle(page);

  expect(fetchedLater()).toEqual([]);
  await expect(region.getByText(text.checking)).toBeVisible();
});

test('scrolling to the checks starts them', async ({ page }) => {
  const { region } = await openQuestion(page);

  await scrollTo(region);

  await expect(region.getByText(text.conclusionNone)).toBeVisible();
  await expect(region.getByText(text.checking)).toHaveCount(0);
});

test('once the visitor has scrolled, the next step’s checks start without another scroll', async ({ page }) => {
  const { region } = await openQuestion(page);
  await scrollTo(region);
  await expect(region.getByText(text.conclusionNone)).toBeVisible();

  await page.getByRole('link', { name: answerLabel('en', question.id, toOtherSites.token) }).click();
  await expect(page.getByRole('heading', { level: 1, name: titleOf('en', toOtherSites.target), exact: true })).toBeVisible();

  await expect(page.getByRole('region', { name: text.heading }).getByText(text.conclusionNone)).toBeVisible();
});
