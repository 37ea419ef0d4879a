import { expect, test } from '@playwright/test';
import { messages, stepPath, steps, testLocales, titleOf } from './support/flow';

/**
 * A page a distressed user can use on a phone (390 × 844, an iPhone 14): every tap target is
 * at least 44 × 44 px, and on every remedy "Did this fix it?" is within the first two screens.
 */
test.use({ viewport: { width: 390, height: 844 } });

const SCREEN = 844;
const MIN = 44;

for (const locale of testLocales) {
  test(`${locale}: no tap target under 44 × 44 px on any step; remedy answers within two screens`, async ({ page }) => {
    // One test opens every step page in turn: a budget per page, so a busy machine does not time it out.
    test.setTimeout(steps.length * 6_000);
    const { ui } = messages[locale];
    const small: string[] = [];
    const late: string[] = [];
    for (const step of steps) {
      await page.goto(stepPath(locale, step.id));
      await expect(page.getByRole('heading', { level: 1, name: titleOf(locale, step.id) })).toBeVisible();
      const found = await page.evaluate((min) => {
        const targets = document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"]');
        return [...targets]
          .map((el) => ({ el, rect: el.getBoundingClientRect() }))
          // Visually hidden elements (the skip link until it is focused) are not tap targets.
          .filter(({ el, rect }) => el.checkVisibility() && rect.width > 1 && rect.height > 1)
          .filter(({ rect }) => rect.width < min || rect.height < min)
          .map(({ el, rect }) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`);
      }, MIN);
      small.push(...found.map((f) => `${step.id}: ${f}`));
      if (step.meta.kind === 'remedy') {
        const answer = page.getByRole('link', { name: ui.answerNotFixed });
        await expect(answer).toBeVisible();
        const box = await answer.boundingBox();
        if (!box || box.y + box.height > 2 * SCREEN) late.push(`${step.id}: bottom at ${Math.round((box?.y ?? 0) + (box?.height ?? 0))} px`);
      }
    }
    expect(small).toEqual([]);
    expect(late).toEqual([]);
  });
}
