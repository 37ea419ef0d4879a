import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { stepPath, steps, testLocales, type StepId } from './support/flow';

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
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  }

  test(`axe finds no violations on the not-found page (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/nowhere`);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}
