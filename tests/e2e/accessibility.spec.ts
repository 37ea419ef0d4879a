import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { STATUS_FIXTURE_HEADER } from '@/lib/status/bitmex';
import { messages, stepPath, steps, testLocales, type StepId } from './support/flow';
import { scrollTo } from './support/scroll';

/** One step of each kind (question, remedy, contact, solved), the start, and the 404 page. */
const kinds = ['question', 'remedy', 'contact', 'solved'] as const;
const samples: StepId[] = [
  ...new Set<StepId>([
    'start',
    ...kinds.map((kind) => steps.find((s) => s.meta.kind === kind && s.id !== 'start')!.id),
    'xm.frozenAccount',
    'bitmex.lost2fa',
  ]),
];

for (const locale of testLocales) {
  for (const id of samples) {
    test(`axe finds no violations on ${id} (${locale})`, async ({ page }) => {
      await page.goto(stepPath(locale, id));
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  }

  for (const [name, path] of [
    ['the support directory', `/${locale}/support`],
    ['a step with live observations', stepPath(locale, 'xm.otherSites')],
    ['a step with its answers so far', `${stepPath(locale, 'xm.memberPageStatus')}?a=xm.invalidAccount.notFixed.yes.notFixed.idle`],
  ] as const) {
    test(`axe finds no violations on ${name} (${locale})`, async ({ page }) => {
      // The directory lists every step: the largest page to scan.
      if (path.endsWith('/support')) test.slow();
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  }

  test(`axe finds no violations on BitMEX's status and XM's clock (${locale})`, async ({ page }) => {
    test.slow();
    const { serviceStatus, observations } = messages[locale];
    await page.setExtraHTTPHeaders({ [STATUS_FIXTURE_HEADER]: 'major' });
    await page.goto(stepPath(locale, 'bitmex.symptom'));
    await scrollTo(page.getByRole('region', { name: serviceStatus.heading }));
    await expect(page.getByRole('link', { name: serviceStatus.suggestOutage })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    await page.goto(stepPath(locale, 'xm.weekendClosure'));
    const frame = page.getByRole('region', { name: observations.heading });
    await scrollTo(frame);
    await expect(frame.getByText(observations.marketHours.summerTime).or(frame.getByText(observations.marketHours.winterTime))).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test(`axe finds no violations on the not-found page (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/nowhere`);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}
