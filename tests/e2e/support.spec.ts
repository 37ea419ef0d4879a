import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { sitePages } from '@/lib/directory';
import { stepRedirects } from '@/machines/step-redirects';
import { answerInTurn, answerLabel, messages, requireStep, stepPath, steps, testLocales, titleOf } from './support/flow';

const published = readFileSync(join(process.cwd(), 'tests/published-urls.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

for (const locale of testLocales) {
  test(`the ${locale} directory lists exactly the machine's steps, and every link points at its step`, async ({ page }) => {
    const { support } = messages[locale];
    await page.goto(`/${locale}/support`);
    await expect(page.getByRole('heading', { level: 1, name: support.title })).toBeVisible();

    const items = page.locator('[data-step]');
    await expect(items).toHaveCount(steps.length);
    const listed = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-step')));
    expect([...listed].sort()).toEqual(steps.map((s) => s.id).sort());

    for (const step of steps) {
      const link = page.locator(`[data-step="${step.id}"]`).getByRole('link', { name: titleOf(locale, step.id), exact: true });
      await expect(link).toHaveAttribute('href', stepPath(locale, step.id));
    }
    // Every step URL opening its step is step-urls.spec.ts's rule; here, one link is followed.
    const last = requireStep(steps[steps.length - 1]?.id ?? 'start');
    await page.locator(`[data-step="${last.id}"]`).getByRole('link', { name: titleOf(locale, last.id), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: titleOf(locale, last.id) })).toBeVisible();
  });
}

test('the filter narrows the directory as the agent types, in Japanese or English', async ({ page }) => {
  const { support } = messages.ja;
  await page.goto('/ja/support');
  const filter = page.getByRole('searchbox', { name: support.filterLabel });
  await expect(filter).toBeVisible();
  const visible = page.locator('[data-step]:visible');
  await expect(visible).toHaveCount(steps.length);

  await filter.fill('凍結');
  await expect(page.getByRole('link', { name: titleOf('ja', 'xm.frozenAccount') })).toBeVisible();
  expect(await visible.count()).toBeLessThan(steps.length);
  expect(await visible.count()).toBeGreaterThan(0);

  await filter.fill('ﾛｸﾞｲﾝID');
  await expect(page.getByRole('link', { name: titleOf('ja', 'xm.requestLoginId') })).toBeVisible();

  await filter.fill('frozen');
  await expect(page.getByRole('link', { name: titleOf('ja', 'xm.frozenAccount') })).toBeVisible();

  await filter.fill('zzzz-nothing');
  await expect(page.getByText(support.noMatch)).toBeVisible();
  await expect(visible).toHaveCount(0);
});

test('copy link in the directory puts the step URL on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { support, ui } = messages.en;
  await page.goto('/en/support');
  const title = titleOf('en', 'bitmex.lost2fa');
  await page.getByRole('button', { name: `${support.copyLink}: ${title}` }).click();
  await expect(page.getByText(ui.linkCopied)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en/bitmex/lost2fa`);
});

test('when the clipboard is refused, the link is shown selected to copy by hand', async ({ page }) => {
  const { ui } = messages.ja;
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  await page.goto('/ja/xm/frozen-account');
  await page.getByRole('button', { name: ui.copyLink }).click();
  await expect(page.getByText(ui.linkCopyFailed)).toBeVisible();
  const field = page.getByRole('textbox', { name: ui.linkLabel });
  await expect(field).toHaveValue(/\/ja\/xm\/frozen-account$/);
});

test("a customer's share link shows the agent the same step and the answers", async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { ui } = messages.ja;
  await page.goto('/ja');
  await answerInTurn(page, 'ja', [
    ['start', 'bitmex'],
    ['bitmex.symptom', 'notLoading'],
    ['bitmex.otherSites', 'no'],
    ['bitmex.deviceType', 'phone'],
  ]);
  await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', 'bitmex.publicWifi') })).toBeVisible();
  await page.getByRole('button', { name: ui.copyShareLink }).click();
  await expect(page.getByText(ui.linkCopied)).toBeVisible();
  const shared = await page.evaluate(() => navigator.clipboard.readText());
  expect(shared).toMatch(/\/ja\/bitmex\/public-wifi\?a=bitmex\.notLoading\.no\.phone$/);

  const agent = await browser.newPage();
  await agent.goto(shared);
  await expect(agent.getByRole('heading', { level: 1, name: titleOf('ja', 'bitmex.publicWifi') })).toBeVisible();
  const trail = agent.getByRole('region', { name: ui.trailHeading });
  await expect(trail.getByText(answerLabel('ja', 'bitmex.symptom', 'notLoading'))).toBeVisible();
  await expect(trail.getByText(answerLabel('ja', 'bitmex.otherSites', 'no'))).toBeVisible();
  await agent.close();
});

test('an outdated share link shows the answers it can still read, never an error page', async ({ page }) => {
  const { ui } = messages.en;
  const response = await page.goto('/en/xm/data-cap?a=xm.notLoading.no.notFixed.oldAnswer&from=');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: titleOf('en', 'xm.dataCap') })).toBeVisible();
  await expect(page.getByText(ui.trailTampered)).toBeVisible();
});

test('every published URL still opens a page, directly or through a redirect to a real step', async ({ request }) => {
  const aliases = Object.keys(stepRedirects).flatMap((path) => testLocales.map((l) => `/${l}/${path}`));
  const currentPaths = new Set(sitePages().map((p) => p.path));
  for (const url of [...published, ...aliases]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const finalPath = new URL(response.url()).pathname;
    expect(currentPaths.has(finalPath), `${url} → ${finalPath}`).toBe(true);
  }
});

test('a redirected step keeps the answers in the query', async ({ page }) => {
  await page.goto('/ja/xm/forgot-password?a=xm.forgotPassword');
  await expect(page).toHaveURL(/\/ja\/xm\/reset-password\?a=xm\.forgotPassword$/);
  await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', 'xm.resetPassword') })).toBeVisible();
});

// The sitemap's pages: tests/unit/sitemap.test.ts. These builds have no SITE_URL, so no page may
// name an origin (tests/e2e/hardening.spec.ts): links are paths and previews carry no picture.
test('robots.txt names no sitemap without SITE_URL, and the site has an icon', async ({ request, page }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Allow: /');
  expect(robots).not.toMatch(/sitemap/i);
  await page.goto('/ja');
  const icon = page.locator('link[rel="icon"]');
  await expect(icon.first()).toHaveAttribute('href', /icon/);
  expect((await request.get((await icon.first().getAttribute('href'))!)).status()).toBe(200);
});

test('a step page previews well when pasted: Open Graph, hreflang alternates, canonical', async ({ page, request }) => {
  const text = messages.en.steps.xmFrozenAccount;
  await page.goto('/en/xm/frozen-account');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', text.title);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', text.description);
  await expect(page.locator('link[rel="alternate"][hreflang="ja"]')).toHaveAttribute('href', '/ja/xm/frozen-account');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', '/en/xm/frozen-account');
  // The picture a build with SITE_URL names (absolute) exists for each locale.
  await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);
  const response = await request.get('/en/opengraph-image');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/png');
});

test('a remedy prints cleanly: procedure and link, no navigation chrome', async ({ page }) => {
  const { ui } = messages.ja;
  await page.goto('/ja/xm/reset-password');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', 'xm.resetPassword') })).toBeVisible();
  await expect(page.getByRole('heading', { name: ui.procedureHeading })).toBeVisible();
  await expect(page.getByText(`${ui.printLink}:`)).toBeVisible();
  await expect(page.getByRole('link', { name: ui.siteName })).toBeHidden();
  await expect(page.getByRole('link', { name: ui.answerNotFixed })).toBeHidden();
  await expect(page.getByRole('button', { name: ui.copyLink })).toBeHidden();
});
