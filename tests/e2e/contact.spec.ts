import { expect, test } from '@playwright/test';
import { answerInTurn, messages, titleOf } from './support/flow';

test('the contact message lists what the user already tried and the page link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { ui, steps: texts } = messages.ja;
  await page.goto('/ja');
  await answerInTurn(page, 'ja', [
    ['start', 'xm'],
    ['xm.symptom', 'platformOnly'],
    ['xm.serverNotice', 'noNotice'],
    ['xm.platformChoice', 'notSure'],
    ['xm.platformMismatch', 'notFixed'],
    ['xm.updatePlatform', 'notFixed'],
  ]);
  await expect(page.getByRole('heading', { level: 1, name: titleOf('ja', 'xm.contactSupport') })).toBeVisible();

  const body = page.getByRole('textbox', { name: ui.contactBody });
  await expect(body).toHaveValue(new RegExp(texts.xmPlatformMismatch.short.replace(/[()（）]/g, '.')));
  await expect(body).toHaveValue(new RegExp(texts.xmUpdatePlatform.short.replace(/[()（）]/g, '.')));
  await expect(body).toHaveValue(/\/ja\/xm\/contact-support\?a=xm\.platformOnly\.noNotice\.notSure\.notFixed\.notFixed/);

  await page.getByRole('button', { name: ui.copy }).click();
  await expect(page.getByText(ui.copied)).toBeVisible();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe(await body.inputValue());
});
