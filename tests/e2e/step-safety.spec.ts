import { expect, test } from '@playwright/test';
import { officialSites } from '@/lib/official-sites';
import { serviceOf } from '@/machines/wizard-graph';
import { messages, stepPath, steps, testLocales, titleOf } from './support/flow';

/** Every password-reset step and every contact step, of both services. */
const guarded = steps.filter((s) => s.meta.kind === 'contact' || s.meta.content.endsWith('ResetPassword'));

for (const locale of testLocales) {
  test(`${locale}: every reset and contact page names the official site and warns never to send secrets`, async ({ page }) => {
    const { safety } = messages[locale];
    expect(guarded.length).toBeGreaterThanOrEqual(9);
    for (const step of guarded) {
      const service = serviceOf(step.id)!;
      await page.goto(stepPath(locale, step.id));
      await expect(page.getByRole('heading', { level: 1, name: titleOf(locale, step.id) })).toBeVisible();
      const box = page.getByRole('region', { name: safety[service].heading });
      const link = box.getByRole('link', { name: officialSites[service].domain, exact: true });
      await expect(link, step.id).toHaveAttribute('href', officialSites[service].url);
      await expect(box.getByText(safety[service].neverSend), step.id).toBeVisible();
      await expect(box.getByText(safety[service].phishing), step.id).toBeVisible();
    }
  });

  test(`${locale}: the BitMEX steps where it can be the cause mention the restriction for residents of Japan`, async ({ page }) => {
    const { notices } = messages[locale];
    for (const id of ['bitmex.symptom', 'bitmex.resetPassword', 'bitmex.lost2fa', 'bitmex.contactSupport'] as const) {
      await page.goto(stepPath(locale, id));
      await expect(page.getByText(notices.bitmexJapan.text), id).toBeVisible();
    }
    await page.goto(stepPath(locale, 'bitmex.regionRestricted'));
    await expect(page.getByRole('heading', { level: 1, name: titleOf(locale, 'bitmex.regionRestricted') })).toBeVisible();
    await expect(page.getByText(/VPN/).first()).toBeVisible();
  });
}

test('a step with facts from outside the source articles shows their source and date', async ({ page }) => {
  const { sources } = messages.ja;
  await page.goto(stepPath('ja', 'bitmex.regionRestricted'));
  const notes = page.getByRole('region', { name: sources.heading });
  await expect(notes.getByText(/CoinDesk.*2020年5月4日/)).toBeVisible();
  await page.goto(stepPath('en', 'xm.demoExpired'));
  await expect(page.getByRole('region', { name: messages.en.sources.heading }).getByText(/differ between sources/)).toBeVisible();
});
