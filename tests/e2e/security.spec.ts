import { expect, test, type Page } from '@playwright/test';
import { answerLabel, messages, titleOf } from './support/flow';

/** Collects CSP violations and console errors; the test fails on any. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

const pageTypes = [
  ['start', '/ja'],
  ['question', '/en/xm'],
  ['remedy', '/ja/xm/frozen-account?a=xm.frozenMessage'],
  ['contact', '/en/bitmex/lost2fa'],
  ['support directory', '/ja/support'],
  ['calculator', '/en/calculator'],
] as const;

for (const [kind, url] of pageTypes) {
  test(`the ${kind} page sends the security headers and runs without CSP violations or console errors`, async ({ page }) => {
    const problems = watch(page);
    const response = await page.goto(url);
    const headers = response!.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['x-powered-by']).toBeUndefined();

    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await cspViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('the pages still work under the policy: answering changes step client-side', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/ja');
  await page.getByRole('link', { name: answerLabel('ja', 'start', 'xm') }).click();
  const heading = page.getByRole('heading', { level: 1, name: titleOf('ja', 'xm.symptom') });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  expect(await cspViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('the not-found page is served under the policy too', async ({ page }) => {
  const problems = watch(page);
  const response = await page.goto('/en/xm/nowhere');
  expect(response!.status()).toBe(404);
  expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await expect(page.getByRole('heading', { level: 1, name: messages.en.ui.notFoundTitle })).toBeVisible();
  expect(await cspViolations(page)).toEqual([]);
  expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
});
