import { expect, test } from '@playwright/test';
import { answerLabel, stepPath, testLocales, titleOf, transitionCoverPaths } from './support/flow';

/**
 * Walks every transition of the machine in the browser, by clicking the answers a user sees.
 * The paths come from the machine (xstate/graph shortest paths + each transition), never a list.
 */
const paths = transitionCoverPaths();

for (const locale of testLocales) {
  test.describe(`every transition, clicked (${locale})`, () => {
    for (const path of paths) {
      test(`${locale}: ${path.tokens.join(' → ')}`, async ({ page }) => {
        await page.goto(`/${locale}`);
        await expect(page.getByRole('heading', { level: 1, name: titleOf(locale, path.visits[0]!) })).toBeVisible();

        for (const [index, token] of path.tokens.entries()) {
          const from = path.visits[index]!;
          const to = path.visits[index + 1]!;
          const answer = page.getByRole('link', { name: answerLabel(locale, from, token), exact: true });
          await expect(answer).toBeVisible();
          await answer.click();

          const heading = page.getByRole('heading', { level: 1, name: titleOf(locale, to) });
          await expect(heading).toBeVisible();
          await expect(page).toHaveURL((url) => url.pathname === stepPath(locale, to));
          await expect(heading).toBeFocused();
        }
      });
    }
  });
}
