import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { flowVersion } from '@/lib/outcomes/flow-version';
import { openStore } from '@/lib/outcomes/store';
import { answerLabel, messages, stepPath, titleOf, type StepId } from './support/flow';
import { NextServer } from './support/next-server';
import { freePort } from './support/free-port';

/**
 * Issue 10, the visitor's side: what the wizard records with JavaScript on and off (each answer
 * once), what it never records, and the fix rate on remedy pages. A server of its own with its
 * own embedded database: after the walks it is stopped (SIGTERM writes what is buffered) and the
 * database is read directly, so the counts are compared with exactly what was clicked and sent.
 */

interface Row {
  kind: string;
  step: string;
  answer: string | null;
  next_step: string | null;
  locale: string;
  /** 'page' when the event carries the page's random visit key, 'none' when it has none. */
  visit: 'page' | 'none';
}

const row = (kind: string, step: StepId, locale: string, visit: Row['visit'], answer?: string, next?: StepId): Row => ({
  kind,
  step,
  answer: answer ?? null,
  next_step: next ?? null,
  locale,
  visit,
});
const sorted = (rows: Row[]) => rows.map((r) => JSON.stringify(r)).sort();

/** A path as [step, answer, next] triples, from the machine's transitions. */
type Walk = readonly (readonly [StepId, string, StepId])[];
const jsWalk: Walk = [
  ['start', 'bitmex', 'bitmex.symptom'],
  ['bitmex.symptom', 'codeRejected', 'bitmex.fixClock'],
  ['bitmex.fixClock', 'notFixed', 'bitmex.lost2fa'],
];
const noJsWalk: Walk = [
  ['start', 'xm', 'xm.symptom'],
  ['xm.symptom', 'frozenMessage', 'xm.frozenAccount'],
  ['xm.frozenAccount', 'fixed', 'xm.solved'],
];

/** The remedy seeded with 40 answers ("fixed" 25 times: 63%), and one with too few to show. */
const rated: StepId = 'xm.resetPassword';
const tooFew: StepId = 'xm.wrongSite';

let dataDir: string;
let server: NextServer;

const expected: Row[] = [];
const startedAt = new Date();

test.describe('outcomes in the wizard', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'outcomes-e2e-'));
    server = new NextServer(await freePort(), {
      OUTCOMES_DATA_DIR: dataDir,
      // Every page reads the rates afresh (the 60 s memory would hide what was just seeded).
      OUTCOMES_RATE_TTL_MS: '0',
      OUTCOMES_RATE_LIMIT: '0',
      BITMEX_STATUS_URL: `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`,
    });
    await server.start();
  });

  test.afterAll(async () => {
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  async function send(events: object[]) {
    const response = await fetch(`${server.origin}/api/outcomes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ events }),
    });
    expect(response.status).toBe(202);
  }

  test('a remedy that 30 or more people answered shows how often it fixed the problem, in Japanese and in English', async ({ page }) => {
    const answers = (step: StepId, answer: 'fixed' | 'notFixed', next: StepId, locale: 'ja' | 'en', n: number) => {
      for (let i = 0; i < n; i++) expected.push(row('answer', step, locale, 'none', answer, next));
      return Array.from({ length: n }, () => ({ kind: 'answer', step, answer, locale }));
    };
    await send([...answers(rated, 'fixed', 'xm.solved', 'ja', 15), ...answers(rated, 'notFixed', 'xm.contactSupport', 'ja', 5)]);
    await send([...answers(rated, 'fixed', 'xm.solved', 'en', 10), ...answers(rated, 'notFixed', 'xm.contactSupport', 'en', 10)]);
    await send(answers(tooFew, 'fixed', 'xm.solved', 'en', 20));
    await send(answers(tooFew, 'notFixed', 'xm.resetPassword', 'en', 9));

    // The recorder writes within a fraction of a second (asked without a browser: no view counted).
    await expect.poll(async () => (await fetch(`${server.origin}${stepPath('en', rated)}`)).text()).toContain('This fixed it for 63%');
    await page.goto(`${server.origin}${stepPath('ja', rated)}`);
    await expect(page.getByText('この対処で解決した人：63%（40人中）')).toBeVisible();
    expected.push(row('view', rated, 'ja', 'page'));
    await page.goto(`${server.origin}${stepPath('en', rated)}`);
    await expect(page.getByText('This fixed it for 63% of 40 people who tried it')).toBeVisible();
    expected.push(row('view', rated, 'en', 'page'));
    await page.waitForLoadState('networkidle');
  });

  test('a remedy that fewer than 30 people answered shows no rate', async ({ page }) => {
    await page.goto(`${server.origin}${stepPath('en', tooFew)}`);
    await expect(page.getByRole('heading', { level: 1, name: titleOf('en', tooFew) })).toBeVisible();
    await expect(page.getByText(/This fixed it for/)).toHaveCount(0);
    expected.push(row('view', tooFew, 'en', 'page'));
    await page.waitForLoadState('networkidle');
  });

  for (const locale of ['ja', 'en'] as const) {
    test(`axe finds no violations on a remedy page with its rate (${locale})`, async ({ page }) => {
      await page.goto(`${server.origin}${stepPath(locale, rated)}`);
      await expect(page.getByText(locale === 'ja' ? /この対処で解決した人/ : /This fixed it for/)).toBeVisible();
      await page.waitForLoadState('networkidle');
      expected.push(row('view', rated, locale, 'page'));
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  }

  test('with JavaScript on, each step shown, each answer and the copied message are sent once, with one visit key', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    // Events accepted, however the page groups them into requests.
    let accepted = 0;
    page.on('response', (response) => {
      if (response.url() === `${server.origin}/api/outcomes` && response.status() === 202) {
        accepted += (response.request().postDataJSON() as { events: unknown[] }).events.length;
      }
    });

    await page.goto(`${server.origin}/en`);
    expected.push(row('view', 'start', 'en', 'page'));
    for (const [step, answer, next] of jsWalk) {
      await expect(page.getByRole('heading', { level: 1, name: titleOf('en', step) })).toBeVisible();
      const link = page.getByRole('link', { name: answerLabel('en', step, answer), exact: true });
      // Interactive: the link leads to the next step itself (the answer is sent by the page).
      await expect(link).toHaveAttribute('href', new RegExp(`^${stepPath('en', next)}\\?`));
      await link.click();
      expected.push(row('answer', step, 'en', 'page', answer, next), row('view', next, 'en', 'page'));
    }
    await expect(page.getByRole('heading', { level: 1, name: titleOf('en', 'bitmex.lost2fa') })).toBeVisible();
    await page.getByRole('button', { name: messages.en.ui.copy }).click();
    await expect(page.getByText(messages.en.ui.copied)).toBeVisible();
    expected.push(row('copied', 'bitmex.lost2fa', 'en', 'page'));

    await expect.poll(() => accepted).toBe(1 + jsWalk.length * 2 + 1);
  });

  test('a browser with Global Privacy Control sends nothing', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/outcomes')) sent.push(request.url());
    });
    await page.goto(`${server.origin}/ja`);
    const link = page.getByRole('link', { name: answerLabel('ja', 'start', 'xm'), exact: true });
    await expect(link).toHaveAttribute('href', /^\/ja\/xm\?/);
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', 'xm.symptom') })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(sent).toEqual([]);
  });

  test('an answer clicked before the page is interactive is counted once: by the route, not again by the next page', async ({ page }) => {
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${server.origin}/api/outcomes`)) sent.push(new URL(request.url()).pathname);
    });
    // The first page's scripts never arrive: it stays as the server rendered it.
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await page.goto(`${server.origin}/ja`);
    await page.unroute('**/_next/static/**/*.js');
    const link = page.getByRole('link', { name: answerLabel('ja', 'start', 'bitmex'), exact: true });
    await expect(link).toHaveAttribute('href', '/api/outcomes/answer?locale=ja&step=start&answer=bitmex');
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', 'bitmex.symptom') })).toBeVisible();
    // Interactive again: the mark is gone from the address, and no view was sent for it.
    await expect(page).toHaveURL((url) => url.pathname === stepPath('ja', 'bitmex.symptom') && url.hash === '');
    await page.waitForLoadState('networkidle');
    expect(sent).toEqual(['/api/outcomes/answer']);
    expected.push(row('answer', 'start', 'ja', 'none', 'bitmex', 'bitmex.symptom'), row('view', 'bitmex.symptom', 'ja', 'none'));
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('each answer goes through the recording route to the next step, and is counted there', async ({ page }) => {
      await page.goto(`${server.origin}/ja`);
      for (const [step, answer, next] of noJsWalk) {
        const link = page.getByRole('link', { name: answerLabel('ja', step, answer), exact: true });
        await expect(link).toHaveAttribute('href', `/api/outcomes/answer?locale=ja&step=${step}&answer=${answer}`);
        await expect(link).toHaveAttribute('rel', 'nofollow');
        await link.click();
        await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', next) })).toBeVisible();
        await expect(page).toHaveURL((url) => url.pathname === stepPath('ja', next) && url.hash === '#counted');
        expected.push(row('answer', step, 'ja', 'none', answer, next), row('view', next, 'ja', 'none'));
      }
    });

    test('a browser that sends Do Not Track is led on, and nothing is counted', async ({ page }) => {
      await page.setExtraHTTPHeaders({ DNT: '1' });
      await page.goto(`${server.origin}/en`);
      await page.getByRole('link', { name: answerLabel('en', 'start', 'bitmex'), exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: titleOf('en', 'bitmex.symptom') })).toBeVisible();
    });

    test('the fix rate is in the page itself', async ({ page }) => {
      await page.goto(`${server.origin}${stepPath('en', rated)}`);
      await expect(page.getByText('This fixed it for 63% of 40 people who tried it')).toBeVisible();
    });

    test('an answer the step does not take is a 400 page in the link’s language', async ({ page }) => {
      const response = await page.goto(`${server.origin}/api/outcomes/answer?locale=ja&step=xm.frozenAccount&answer=xm`);
      expect(response!.status()).toBe(400);
      await expect(page.getByRole('heading', { level: 1, name: 'この回答のリンクは使えません' })).toBeVisible();
      await expect(page.getByRole('link', { name: messages.ja.ui.notFoundStart })).toHaveAttribute('href', '/ja');
    });
  });

  test('the database holds exactly what was sent and clicked, nothing more', async () => {
    // SIGTERM, as a deployment stops it: what is still buffered is written before the exit.
    await server.stop();
    const store = await openStore({ dataDir });
    try {
      type Stored = Omit<Row, 'visit'> & { visit: string | null; flow_version: string };
      const rows = await store.query<Stored & Record<string, unknown>>(
        'select kind, step, answer, next_step, locale, visit::text as visit, flow_version from outcome_events where received_at >= $1 order by id',
        [startedAt.toISOString()],
      );
      expect(new Set(rows.map((r) => r.flow_version))).toEqual(new Set([flowVersion]));
      const pageVisits = new Set(rows.filter((r) => r.visit !== null && r.step.startsWith('bitmex.')).map((r) => r.visit));
      expect(pageVisits.size, 'one visit key for the whole JavaScript walk').toBe(1);
      const found = rows.map(({ kind, step, answer, next_step, locale, visit }) => ({ kind, step, answer, next_step, locale, visit: visit === null ? 'none' : 'page' }) as Row);
      expect(sorted(found)).toEqual(sorted(expected));
    } finally {
      await store.close();
    }
  });
});

test.describe('the privacy page', () => {
  for (const locale of ['ja', 'en'] as const) {
    test(`is linked from the footer and says what is and is not recorded (${locale})`, async ({ page }) => {
      const { privacy, ui } = messages[locale];
      await page.goto(`/${locale}`);
      await page.getByRole('contentinfo').getByRole('link', { name: ui.navPrivacy }).click();
      await expect(page.getByRole('heading', { level: 1, name: privacy.title })).toBeVisible();
      await expect(page).toHaveURL((url) => url.pathname === `/${locale}/privacy`);
      for (const heading of [privacy.recordedHeading, privacy.notRecordedHeading, privacy.optOutHeading]) {
        await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      }
      await expect(page.getByText(privacy.visitKey)).toBeVisible();
    });

    test(`axe finds no violations on the privacy page (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/privacy`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  }
});
