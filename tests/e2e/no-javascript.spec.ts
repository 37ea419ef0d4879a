import { expect, test } from '@playwright/test';
import { answerLabel, messages, titleOf, transitionCoverPaths } from './support/flow';

test.use({ javaScriptEnabled: false });

/** The longest path the machine offers, walked with plain links and full page loads. */
const longest = transitionCoverPaths().sort((a, b) => b.tokens.length - a.tokens.length)[0]!;

test(`a full path works with JavaScript off: ${longest.tokens.join(' → ')}`, async ({ page }) => {
  await page.goto('/ja');
  for (const [index, token] of longest.tokens.entries()) {
    const answer = page.getByRole('link', { name: answerLabel('ja', longest.visits[index]!, token), exact: true });
    await expect(answer).toBeVisible();
    await answer.click();
    await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', longest.visits[index + 1]!) })).toBeVisible();
  }
});

test('a contact step shows a complete message with JavaScript off', async ({ page }) => {
  const { ui, messages: templates } = messages.en;
  await page.goto('/en/bitmex/lost2fa');
  await expect(page.getByRole('heading', { level: 1, name: titleOf('en', 'bitmex.lost2fa') })).toBeVisible();
  await expect(page.getByText(templates.bitmexLost2fa.subject, { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: ui.contactBody })).toHaveValue(/\/en\/bitmex\/lost2fa/);
});
