import { expect, test } from '@playwright/test';
import { answerInTurn, messages, titleOf } from './support/flow';

test('the contact message lists what the user already tried and the page link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { ui, steps: texts } = messages.ja;
  await page.goto('/ja');
  await answerInTurn(page, 'ja', [
    ['start', 'xm'],
    ['xm.symptom', 'invalidAccount'],
    ['xm.checkCredentials', 'notFixed'],
    ['xm.platformChoice', 'notSure'],
    ['xm.platformMismatch', 'notFixed'],
    ['xm.updatePlatform', 'notFixed'],
    ['xm.accountState', 'regular'],
    ['xm.serverNotice', 'noNotice'],
    ['xm.resetPassword', 'notFixed'],
  ]);
  await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', 'xm.contactSupport') })).toBeVisible();

  const body = page.getByRole('textbox', { name: ui.contactBody });
  // The list of what was tried is filled in once the page has read the answers in the address.
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const key of ['xmCheckCredentials', 'xmPlatformMismatch', 'xmUpdatePlatform', 'xmResetPassword'] as const) {
    await expect(body).toHaveValue(new RegExp(`^- ${escape(texts[key].short)}$`, 'm'));
  }
  await expect(body).toHaveValue(new RegExp(`^${escape(messages.ja.messages.xmGeneral.triedHeading)}$`, 'm'));
  // The page link is absolute and carries the answers.
  await expect(body).toHaveValue(/https?:\/\/[^/\s]+\/ja\/xm\/contact-support\?a=xm\.invalidAccount\.notFixed\.notSure\.notFixed\.notFixed\.regular\.noNotice\.notFixed/);

  await page.getByRole('button', { name: ui.copy }).click();
  await expect(page.getByText(ui.copied)).toBeVisible();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe(await body.inputValue());
});

test('a contact step opened directly does not claim that nothing was tried, and links to itself absolutely', async ({ page }) => {
  const { ui, messages: templates } = messages.en;
  await page.goto('/en/xm/contact-support');
  const body = page.getByRole('textbox', { name: ui.contactBody });
  await expect(body).toHaveValue(/https?:\/\/[^/\s]+\/en\/xm\/contact-support/);
  expect(await body.inputValue()).not.toContain(templates.xmGeneral.triedHeading);
  await expect(page.getByText(ui.contactTried, { exact: true })).toHaveCount(0);
});
