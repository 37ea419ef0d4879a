/**
 * The calculator in the browser: wiring only (typing reaches the model and its results reach the
 * page, the address, links old and new, bad input, lists, the rule sets' sources, axe). What each
 * section computes and says is specified in tests/unit/calculator-model.test.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { calculatorEn } from '@/content/calculator/en';
import { calculatorJa } from '@/content/calculator/ja';
import type { CalculatorMessages } from '@/content/calculator/schema';
import { XM_RULE_SETS } from '@/lib/margin/rule-sets';

const words: Record<'ja' | 'en', CalculatorMessages> = { ja: calculatorJa, en: calculatorEn };
const locales = ['ja', 'en'] as const;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Yen as Intl formats it: "￥" in Japanese, "¥" in English. */
const yen = (digits: string) => new RegExp(`[¥￥]${escape(digits)}(?!\\d)`);

/** Opens the calculator and waits until it is interactive (its fields are disabled until then). */
async function open(page: Page, locale: 'ja' | 'en', query = '') {
  const t = words[locale];
  await page.goto(`/${locale}/calculator${query}`);
  const balance = page.getByRole('region', { name: t.position.heading }).getByRole('textbox', { name: t.position.balance.label });
  await expect(balance).toBeEditable();
  return t;
}

const section = (page: Page, heading: string) => page.getByRole('region', { name: heading });

/** The value (dd) shown for a result whose term (dt) starts with `term`. */
const result = (scope: Locator, term: string) =>
  scope.getByRole('term').filter({ hasText: new RegExp(`^${escape(term)}`) }).locator('xpath=following-sibling::dd[1]');

const field = (scope: Locator, label: string) => scope.getByRole('textbox', { name: label, exact: true });

test.describe('margin calculator', () => {
  for (const locale of locales) {
    test(`is a prerendered page with its headings and link preview (${locale})`, async ({ page }) => {
      const t = await open(page, locale);
      await expect(page).toHaveTitle(new RegExp(`^${escape(t.meta.title)}`));
      await expect(page.getByRole('heading', { level: 1, name: t.page.heading })).toBeVisible();
      for (const heading of [t.rules.heading, t.health.heading, t.recovery.heading, t.position.heading, t.leverage.heading, t.hedge.heading, t.positions.heading, t.brokers.heading]) {
        await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      }
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${locale}/calculator$`));
      await expect(page.locator('link[rel="alternate"][hreflang="ja"]')).toHaveAttribute('href', /\/ja\/calculator$/);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/calculator$/);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', t.meta.title);
    });
  }

  test('typing updates the results, full-width digits included (the brief’s worked example)', async ({ page }) => {
    const t = await open(page, 'ja');
    const position = section(page, t.position.heading);
    await field(position, t.position.balance.label).fill('１００，０００');
    await field(position, t.position.price.label).fill('１００．００');
    await field(position, t.position.lots.label).fill('1');
    await expect(result(position, t.position.margin)).toHaveText(yen('11,261'));
    await expect(result(position, 'ロスカット（20%）までの値幅')).toHaveText('97.7 pips');
    await expect(result(position, t.position.stopOutPrice)).toContainText('99.023');

    // The recovery section follows account health.
    const health = section(page, t.health.heading);
    await field(health, t.health.balance.label).fill('50000');
    const recovery = section(page, t.recovery.heading);
    await expect(result(recovery, t.recovery.toAdd)).toHaveText(yen('52,610'));
    await field(recovery, t.recovery.target.label).fill('500');
    await expect(recovery.getByText(t.recovery.reached)).toBeVisible();
  });

  for (const locale of locales) {
    test(`a bad input gets its message in ${locale} and the rest keeps updating`, async ({ page }) => {
      const t = await open(page, locale);
      const position = section(page, t.position.heading);
      const lots = field(position, t.position.lots.label);
      await lots.fill('1..5');
      await expect(lots).toHaveAttribute('aria-invalid', 'true');
      await expect(lots).toHaveAccessibleDescription(t.errors.invalid);
      await expect(result(position, t.position.margin)).toHaveText(t.common.notAvailable);
      await expect(position.getByText(t.position.fixFields)).toBeVisible();

      const health = section(page, t.health.heading);
      await field(health, t.health.balance.label).fill('80000');
      await expect(result(health, t.health.equity)).toHaveText(yen('90,000'));

      await lots.fill('1');
      await expect(lots).not.toHaveAttribute('aria-invalid', 'true');
      await expect(result(position, t.position.margin)).toHaveText(yen('11,261'));
    });
  }

  test('typing keeps the inputs in the address without history entries, and the focus in the field', async ({ page }) => {
    const t = await open(page, 'en');
    const before = await page.evaluate(() => window.history.length);
    const position = section(page, t.position.heading);
    await field(position, t.position.balance.label).fill('２００，０００');
    const lots = field(position, t.position.lots.label);
    await lots.fill('');
    await lots.pressSequentially('2');
    await expect(page).toHaveURL(/\/en\/calculator\?pb=200000&lots=2$/);
    await expect(lots).toBeFocused();
    await page.keyboard.type('5');
    await expect(page).toHaveURL(/\/en\/calculator\?pb=200000&lots=25$/);
    expect(await page.evaluate(() => window.history.length)).toBe(before);
    await expect(section(page, t.share.heading).getByRole('textbox', { name: t.share.label })).toHaveValue(/\/en\/calculator\?pb=200000&lots=25$/);
  });

  test('a calculator link opens filled, and the language switch carries it over', async ({ page }) => {
    const t = await open(page, 'en', '?pb=200000&sym=eurjpy&lots=2&px=160&lev=500');
    const position = section(page, t.position.heading);
    await expect(field(position, t.position.balance.label)).toHaveValue('200000');
    await expect(position.getByRole('combobox', { name: t.position.symbol.label })).toHaveValue('EURJPY');
    // 160 × 200,000 ÷ 500 = 64,000
    await expect(result(position, t.position.margin)).toHaveText(yen('64,000'));
    await expect(page).toHaveURL(/\/en\/calculator\?sym=eurjpy&pb=200000&lots=2&lev=500&px=160$/);
    await page.getByRole('link', { name: 'Switch language' }).click();
    const ja = words.ja;
    await expect(result(section(page, ja.position.heading), ja.position.margin)).toHaveText(yen('64,000'));
    await expect(page).toHaveURL(/\/ja\/calculator\?sym=eurjpy&pb=200000&lots=2&lev=500&px=160$/);
  });

  test('a link made by the first version (two fixed tiers) opens with the same figures', async ({ page }) => {
    const t = await open(page, 'en', '?ml=888&t1e=30000&t1l=300&t2e=90000&t2l=90&eq=5000000&eqc=jpy&olev=888');
    const leverage = section(page, t.leverage.heading);
    await leverage.getByText(t.leverage.tiersLegend).click();
    await expect(field(leverage, 'Limit 1: total equity from (USD)')).toHaveValue('30000');
    await expect(field(leverage, 'Limit 2: maximum leverage (×)')).toHaveValue('90');
    // ¥5,000,000 ÷ 150 = $33,333 → the first tier: 300×.
    await expect(result(leverage, t.leverage.maxLeverageResult)).toHaveText('300×');
  });

  for (const locale of locales) {
    test(`a tampered link shows the inline messages and the page keeps working (${locale})`, async ({ page }) => {
      const t = await open(page, locale, '?lots=%3Cscript%3E&sym=BTCUSD&eq=1x&eqc=eur&pm=oops');
      const position = section(page, t.position.heading);
      await expect(field(position, t.position.lots.label)).toHaveValue('<script>');
      await expect(field(position, t.position.lots.label)).toHaveAccessibleDescription(t.errors.invalid);
      const symbol = position.getByRole('combobox', { name: t.position.symbol.label });
      await expect(symbol).toHaveValue('USDJPY');
      await expect(symbol).toHaveAttribute('aria-invalid', 'true');
      await expect(position.getByText(t.errors.badChoice.replace('{value}', 'BTCUSD'))).toBeVisible();
      await expect(section(page, t.leverage.heading).getByText(t.leverage.needsAccounts)).toBeVisible();
      await expect(section(page, t.positions.heading).getByText(t.positions.invalidRows)).toBeVisible();

      await field(position, t.position.lots.label).fill('1');
      await expect(result(position, t.position.margin)).toHaveText(yen('11,261'));
      await symbol.selectOption('GBPJPY');
      await expect(symbol).not.toHaveAttribute('aria-invalid', 'true');
    });
  }

  for (const locale of locales) {
    test(`shows every XM rule set with its source and date (${locale})`, async ({ page }) => {
      const t = await open(page, locale);
      const rules = section(page, t.rules.heading);
      const list = rules.getByRole('list', { name: t.rules.ruleSet.label });
      for (const rs of XM_RULE_SETS) {
        const item = list.getByRole('listitem').filter({ hasText: t.rules.ruleSetNames[rs.id] });
        await expect(item).toContainText(t.data.sources[rs.source]);
      }
      await expect(list.getByRole('listitem')).toHaveCount(XM_RULE_SETS.length);
      await expect(list).toContainText(locale === 'ja' ? '2020〜2022年' : '2020–2022');
      await expect(list).toContainText(locale === 'ja' ? '2026年11月' : 'November 2026');
      await expect(rules.getByText(t.data.reported)).toBeVisible();
      await expect(rules.getByRole('link', { name: /xmtrading\.com/ })).toHaveAttribute('href', 'https://www.xmtrading.com/');
      // Every broker row carries its own source and date.
      const brokers = section(page, t.brokers.heading).getByRole('table', { name: t.brokers.caption });
      await expect(brokers.getByRole('row').filter({ hasText: t.data.sources.articles })).toHaveCount(6);
    });
  }

  test('choosing a rule set fills in its tiers, and a third tier changes the result', async ({ page }) => {
    const t = await open(page, 'en');
    await section(page, t.rules.heading).getByRole('combobox', { name: t.rules.ruleSet.label }).selectOption('reported2022Kept');
    const leverage = section(page, t.leverage.heading);
    const account = (n: number) => leverage.getByRole('textbox', { name: `Equity of account ${n}` });
    await account(1).fill('30,000,000'); // $200,000
    await account(2).fill('0');
    await expect(result(leverage, t.leverage.maxLeverageResult)).toHaveText('100×');

    await leverage.getByText(t.leverage.tiersLegend).click();
    await expect(field(leverage, 'Limit 2: total equity from (USD)')).toHaveValue('100000');
    await leverage.getByRole('button', { name: t.leverage.addTier }).click();
    const third = field(leverage, 'Limit 3: total equity from (USD)');
    await expect(third).toBeFocused();
    await third.fill('150000');
    await field(leverage, 'Limit 3: maximum leverage (×)').fill('50');
    await expect(result(leverage, t.leverage.maxLeverageResult)).toHaveText('50×');
    await expect(page).toHaveURL(/rs=reported2022kept.*te=150000&tl=50/);

    await leverage.getByRole('button', { name: 'Remove limit 3' }).click();
    await expect(third).toHaveCount(0);
    await expect(leverage.getByRole('button', { name: t.leverage.addTier })).toBeFocused();
    await expect(result(leverage, t.leverage.maxLeverageResult)).toHaveText('100×');
  });

  test('rows can be added and removed from the keyboard', async ({ page }) => {
    const t = await open(page, 'en');
    const positions = section(page, t.positions.heading);
    await positions.getByRole('button', { name: t.positions.add }).click();
    await expect(positions.getByRole('textbox', { name: 'Name of position 4' })).toBeFocused();
    await positions.getByRole('button', { name: 'Remove “Position 4”' }).click();
    await expect(positions.getByRole('textbox', { name: 'Name of position 4' })).toHaveCount(0);
    await expect(positions.getByRole('button', { name: t.positions.add })).toBeFocused();
  });

  test('fits a phone screen: no sideways scrolling of the page', async ({ page }) => {
    await open(page, 'ja');
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  });

  for (const locale of locales) {
    test(`axe finds no violations (${locale})`, async ({ page }) => {
      const t = await open(page, locale);
      // Include the collapsed parts and an error state in the scan.
      for (const summary of await page.locator('summary').all()) await summary.click();
      await field(section(page, t.position.heading), t.position.lots.label).fill('x');
      await expect(field(section(page, t.position.heading), t.position.lots.label)).toHaveAttribute('aria-invalid', 'true');
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  }
});
