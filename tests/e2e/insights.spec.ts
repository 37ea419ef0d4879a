import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hashPassword } from '@/lib/insights-auth';
import { answerLabel, messages, stepPath, steps, titleOf, type StepId } from './support/flow';
import { NextServer } from './support/next-server';
import { freePort } from './support/free-port';

/**
 * The flow map on its own page, linked from the support directory (the suite's server), and the staff-only insights page on
 * a server of this file's own: a known password (INSIGHTS_PASSWORD_HASH), an empty embedded
 * database, so the numbers it shows are exactly the events sent here.
 */

const PASSWORD = 'insights e2e password';
const { flowMap, insights: text } = messages.en;

test.describe('the flow map', () => {
  test('the support directory links to the flow map, which is not on the directory itself', async ({ page }) => {
    await page.goto('/en/support');
    await expect(page.getByRole('region', { name: flowMap.regionLabel })).toHaveCount(0);
    await page.getByRole('link', { name: messages.en.support.flowMapLink }).click();
    await expect(page).toHaveURL('/en/support/flow-map');
    await expect(page.getByRole('heading', { level: 1, name: flowMap.title })).toBeVisible();
    await expect(page.getByRole('region', { name: flowMap.regionLabel })).toBeVisible();
    await page.getByRole('link', { name: messages.en.support.backToDirectory }).click();
    await expect(page).toHaveURL('/en/support');
  });

  test('every box of the map links to its step, one box per step', async ({ page }) => {
    await page.goto('/ja/support/flow-map');
    const map = page.getByRole('region', { name: messages.ja.flowMap.regionLabel });
    await expect(map).toBeVisible();
    const nodes = map.locator('[data-flow-node]');
    await expect(nodes).toHaveCount(steps.length);
    const links = await nodes.evaluateAll((els) => els.map((el) => [el.getAttribute('data-flow-node'), el.getAttribute('href')]));
    expect(Object.fromEntries(links)).toEqual(Object.fromEntries(steps.map((s) => [s.id, stepPath('ja', s.id)])));
  });

  for (const id of ['xm.symptom', 'bitmex.lost2fa', 'xm.vpnProxy'] as const satisfies readonly StepId[]) {
    test(`the map's box for ${id} opens its step`, async ({ page }) => {
      await page.goto('/en/support/flow-map');
      const node = page.getByRole('region', { name: flowMap.regionLabel }).locator(`[data-flow-node="${id}"]`);
      await node.click();
      await expect(page).toHaveURL(stepPath('en', id));
      const title = messages.en.steps[steps.find((s) => s.id === id)!.meta.content].title;
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    });
  }

  test('the map has a text version: every step and where each answer leads', async ({ page }) => {
    await page.goto('/en/support/flow-map');
    await page.getByText(flowMap.textVersion).click();
    const items = page.locator('[data-flow-text]');
    await expect(items).toHaveCount(steps.length);
    const solved = messages.en.steps[steps.find((s) => s.id === 'xm.solved')!.meta.content].short;
    await expect(page.locator('[data-flow-text="xm.resetPassword"]')).toContainText(`${messages.en.ui.answerFixed} → ${solved}`);
  });

  test('axe finds no violations on the flow map page', async ({ page }) => {
    await page.goto('/ja/support/flow-map');
    await expect(page.getByRole('region', { name: messages.ja.flowMap.regionLabel })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
});

// ——— The insights page, on a server of its own ———

let server: NextServer | undefined;
let base = '';
let dataDir = '';

async function signIn(page: Page, password = PASSWORD) {
  await page.goto(`${base}/en/support/insights`);
  await page.getByLabel(text.passwordLabel).fill(password);
  await page.getByRole('button', { name: text.signIn }).click();
}

const visit = () => randomUUID();
const view = (step: StepId, v: string) => ({ kind: 'view', step, locale: 'en', visit: v });
const answer = (step: StepId, token: string, next: StepId, v: string) => ({ kind: 'answer', step, answer: token, next, locale: 'en', visit: v });

test.describe('insights for staff', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    test.setTimeout(60_000);
    dataDir = mkdtempSync(join(tmpdir(), 'insights-e2e-'));
    server = new NextServer(await freePort(), {
      // A cheap scrypt cost: the tests sign in many times; the format is the operator's.
      INSIGHTS_PASSWORD_HASH: hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 }),
      INSIGHTS_SECRET: '',
      OUTCOMES_DATA_DIR: dataDir,
      OUTCOMES_RATE_LIMIT: '0',
      DATABASE_URL: '',
    });
    await server.start();
    base = server.origin;
  });

  test.afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('without a session the page shows the sign-in form and no data; the CSV is refused', async ({ page }) => {
    await page.goto(`${base}/en/support/insights`);
    await expect(page.getByRole('heading', { name: text.signInHeading })).toBeVisible();
    await expect(page.getByLabel(text.passwordLabel)).toBeVisible();
    await expect(page.locator('[data-insights-summary]')).toHaveCount(0);
    expect((await fetch(`${base}/en/support/insights/export.csv`)).status).toBe(401);
  });

  test('a forged session cookie is refused like none', async ({ page, context }) => {
    const forged = `v1.${Math.floor(Date.now() / 1000) + 3600}.${'A'.repeat(43)}`;
    await context.addCookies([{ name: 'insights_session', value: forged, url: base }]);
    await page.goto(`${base}/en/support/insights`);
    await expect(page.getByLabel(text.passwordLabel)).toBeVisible();
    await expect(page.locator('[data-insights-summary]')).toHaveCount(0);
    expect((await fetch(`${base}/en/support/insights/export.csv`, { headers: { cookie: `insights_session=${forged}` } })).status).toBe(401);
  });

  test('axe finds no violations on the sign-in form', async ({ page }) => {
    await page.goto(`${base}/ja/support/insights`);
    await expect(page.getByLabel(messages.ja.insights.passwordLabel)).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test('a wrong password is refused with a message, and shows no data', async ({ page }) => {
    await signIn(page, 'not the password');
    await expect(page.getByRole('alert').filter({ hasText: text.wrongPassword })).toBeVisible();
    await expect(page.locator('[data-insights-summary]')).toHaveCount(0);
  });

  test('seeded outcomes show as the expected numbers, paths and CSV', async ({ page, request }) => {
    // Three visits: start → XM → forgot password → reset; two fixed it, one went on to contact.
    const events: object[] = [];
    for (const fixed of [true, true, false]) {
      const v = visit();
      events.push(view('start', v), answer('start', 'xm', 'xm.symptom', v), view('xm.symptom', v), answer('xm.symptom', 'forgotPassword', 'xm.resetPassword', v));
      events.push(view('xm.resetPassword', v));
      if (fixed) events.push(answer('xm.resetPassword', 'fixed', 'xm.solved', v), view('xm.solved', v));
      else events.push(answer('xm.resetPassword', 'notFixed', 'xm.contactSupport', v), view('xm.contactSupport', v));
    }
    // One more visit leaves the symptom question without answering.
    const left = visit();
    events.push(view('start', left), answer('start', 'xm', 'xm.symptom', left), view('xm.symptom', left));
    for (let i = 0; i < events.length; i += 20) {
      const response = await request.post(`${base}/api/outcomes`, { data: { events: events.slice(i, i + 20) } });
      expect(response.status()).toBe(202);
    }

    await signIn(page);
    const summary = page.locator('[data-insights-summary]');
    await expect(async () => {
      await page.reload();
      await expect(summary.locator('[data-summary="events"]')).toHaveText(`Events: ${events.length}`, { timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    await expect(summary.locator('[data-summary="visits"]')).toHaveText('Visits (with a visit key): 4');
    await expect(summary.locator('[data-summary="contact"]')).toHaveText('Visits that ended with contacting support: 25% (1 of 4)');

    const reset = page.locator('[data-insights-step="xm.resetPassword"]');
    await expect(reset.locator('[data-cell="views"]')).toHaveText('3');
    await expect(reset.locator('[data-answer="fixed"]')).toHaveText(`${messages.en.ui.answerFixed}: 2`);
    await expect(reset.locator('[data-answer="notFixed"]')).toHaveText(`${messages.en.ui.answerNotFixed}: 1`);
    // 2 of 3: 66.7%, Wilson 95% interval 20.8%–93.9%.
    await expect(reset.locator('[data-cell="fixed"]')).toHaveText('66.7% (20.8%–93.9%, 2 of 3)');
    await expect(reset.locator('[data-cell="drop-off"]')).toHaveText('0% (0 of 3)');
    await expect(reset.locator('[data-cell="contact"]')).toHaveText('33.3% (1 of 3)');
    const symptom = page.locator('[data-insights-step="xm.symptom"]');
    await expect(symptom.locator('[data-cell="views"]')).toHaveText('4');
    await expect(symptom.locator('[data-cell="drop-off"]')).toHaveText('25% (1 of 4)');

    const paths = page.locator('[data-path]');
    await expect(paths.first()).toHaveAttribute('data-path', 'start xm.symptom xm.resetPassword xm.solved');
    await expect(paths.first()).toContainText('visits: 2');
    await expect(paths).toHaveCount(3);

    // The flow map carries the numbers too.
    await expect(page.locator('[data-flow-node="xm.resetPassword"]')).toHaveAttribute('aria-label', /views: 3 — fixed 66\.7% \(n=3\)/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: text.exportCsv }).click()]);
    expect(download.suggestedFilename()).toMatch(/^insights-[0-9a-f]{12}-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    const header = csv[0]!.split(',');
    const row = csv.find((line) => line.split(',')[3] === 'xm.resetPassword')!.split(',');
    const cell = (name: string) => row[header.indexOf(name)];
    expect([cell('views'), cell('fixed'), cell('tried'), cell('fixed_rate'), cell('fixed_low95'), cell('fixed_high95')]).toEqual(['3', '2', '3', '0.6667', '0.2077', '0.9385']);
  });

  test('answers clicked with JavaScript on and with it off show in insights exactly as clicked', async ({ page, browser }) => {
    // Two walks through BitMEX steps the seeded outcomes above do not touch.
    const walk = async (p: Page, answers: readonly (readonly [StepId, string, StepId])[]) => {
      await p.goto(`${base}/en`);
      for (const [step, token, next] of answers) {
        await p.getByRole('link', { name: answerLabel('en', step, token), exact: true }).click();
        await expect(p.getByRole('heading', { level: 1, name: titleOf('en', next) })).toBeVisible();
      }
      await p.waitForLoadState('networkidle');
    };
    await walk(page, [
      ['start', 'bitmex', 'bitmex.symptom'],
      ['bitmex.symptom', 'outage', 'bitmex.serverDown'],
      ['bitmex.serverDown', 'fixed', 'bitmex.solved'],
    ]);
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    try {
      await walk(await noScript.newPage(), [
        ['start', 'bitmex', 'bitmex.symptom'],
        ['bitmex.symptom', 'regionBlocked', 'bitmex.regionRestricted'],
        ['bitmex.regionRestricted', 'notFixed', 'bitmex.contactSupport'],
      ]);
    } finally {
      await noScript.close();
    }

    await signIn(page);
    const row = (id: StepId) => page.locator(`[data-insights-step="${id}"]`);
    await expect(async () => {
      await page.reload();
      await expect(row('bitmex.contactSupport').locator('[data-cell="views"]')).toHaveText('1', { timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    // Both walks viewed the symptom question (the page without JavaScript is counted on arrival).
    await expect(row('bitmex.symptom').locator('[data-cell="views"]')).toHaveText('2');
    await expect(row('bitmex.symptom').locator('[data-answer="outage"]')).toContainText(': 1');
    await expect(row('bitmex.symptom').locator('[data-answer="regionBlocked"]')).toContainText(': 1');
    await expect(row('bitmex.serverDown').locator('[data-cell="views"]')).toHaveText('1');
    await expect(row('bitmex.serverDown').locator('[data-answer="fixed"]')).toHaveText(`${messages.en.ui.answerFixed}: 1`);
    await expect(row('bitmex.regionRestricted').locator('[data-cell="views"]')).toHaveText('1');
    await expect(row('bitmex.regionRestricted').locator('[data-answer="notFixed"]')).toHaveText(`${messages.en.ui.answerNotFixed}: 1`);
    await expect(row('bitmex.solved').locator('[data-cell="views"]')).toHaveText('1');
  });

  test('axe finds no violations on the insights page with its numbers', async ({ page }) => {
    test.slow();
    await signIn(page);
    await expect(page.locator('[data-insights-summary]')).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test('signing out ends the session', async ({ page }) => {
    await signIn(page);
    await page.getByRole('button', { name: text.signOut }).click();
    await expect(page.getByLabel(text.passwordLabel)).toBeVisible();
    await expect(page.locator('[data-insights-summary]')).toHaveCount(0);
  });

  test('wrong passwords from one address are rate-limited: 429 with a message', async ({ page }) => {
    // One wrong password was sent above; the fifth in ten minutes pauses sign-in.
    let status = 0;
    for (let i = 0; i < 4 && status !== 429; i++) {
      const response = await page.request.post(`${base}/api/insights/session`, { form: { locale: 'en', intent: 'signIn', password: `wrong ${i}` }, maxRedirects: 0 });
      status = response.status();
    }
    expect(status).toBe(429);
    await signIn(page);
    await expect(page.getByText(text.tooManyAttempts.split('{minutes}')[0]!)).toBeVisible();
  });
});

test('without a configured password, insights explains how to set one and shows no data', async ({ page }) => {
  test.setTimeout(60_000);
  const folder = mkdtempSync(join(tmpdir(), 'insights-e2e-off-'));
  const bare = new NextServer(await freePort(), { INSIGHTS_PASSWORD_HASH: '', OUTCOMES_DATA_DIR: folder, DATABASE_URL: '' });
  try {
    await bare.start();
    await page.goto(bare.url('/en/support/insights'));
    await expect(page.getByRole('heading', { name: text.notConfiguredHeading })).toBeVisible();
    await expect(page.getByText('npm run insights:hash-password')).toBeVisible();
    await expect(page.locator('input[type="password"]')).toHaveCount(0);
    await expect(page.locator('[data-insights-summary]')).toHaveCount(0);
    expect((await fetch(bare.url('/en/support/insights/export.csv'))).status).toBe(401);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  } finally {
    await bare.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});
