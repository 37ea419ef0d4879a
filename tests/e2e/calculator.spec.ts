import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { calculatorEn } from '@/content/calculator/en';
import { calculatorJa } from '@/content/calculator/ja';
import type { CalculatorMessages } from '@/content/calculator/schema';

const words: Record<'ja' | 'en', CalculatorMessages> = { ja: calculatorJa, en: calculatorEn };
const locales = ['ja', 'en'] as const;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Yen as Intl formats it: "￥" in Japanese, "¥" in English. */
const yen = (digits: string) => new RegExp(`[¥￥]${escape(digits)}(?!\\d)`);

/** Opens the calculator and waits until the live (interactive) version has replaced the prerendered one. */
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
    test(`is a prerendered page with its own title and headings (${locale})`, async ({ page }) => {
      const t = await open(page, locale);
      await expect(page).toHaveTitle(new RegExp(`^${escape(t.meta.title)}`));
      await expect(page.getByRole('heading', { level: 1, name: t.page.heading })).toBeVisible();
      await expect(page.getByText(t.page.spreadNote)).toBeVisible();
      await expect(page.getByRole('main')).toHaveCount(1);
      for (const heading of [t.health.heading, t.position.heading, t.leverage.heading, t.hedge.heading, t.positions.heading, t.brokers.heading]) {
        await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      }
    });
  }

  test('account health: equity 60,000 from 50,000 + 20,000 − 10,000, with the zone picture', async ({ page }) => {
    const t = await open(page, 'en');
    const health = section(page, t.health.heading);
    await field(health, t.health.balance.label).fill('10,000');
    await field(health, t.health.credit.label).fill('0');
    await field(health, t.health.pnl.label).fill('0');
    await field(health, t.health.margin.label).fill('10000');
    await expect(result(health, t.health.marginLevel)).toHaveText('100.00%');
    await expect(result(health, t.health.zone)).toHaveText(t.health.zones.withdrawBlocked.name);

    await field(health, t.health.balance.label).fill('50,000');
    await field(health, t.health.credit.label).fill('20,000');
    await field(health, t.health.pnl.label).fill('-10,000');
    await field(health, t.health.margin.label).fill('11,261');

    await expect(result(health, t.health.equity)).toHaveText(yen('60,000'));
    await expect(result(health, t.health.freeMargin)).toHaveText(yen('48,739'));
    await expect(result(health, t.health.marginLevel)).toHaveText('532.81%');
    await expect(result(health, t.health.zone)).toHaveText(t.health.zones.short.name);
    await expect(health.getByRole('img', { name: t.health.gaugeTitle })).toBeVisible();
    await expect(health.getByRole('listitem').filter({ hasText: t.health.current })).toContainText(t.health.zones.short.name);
  });

  test('position: the brief’s worked example (¥100,000, 1 lot USD/JPY at 100.00, 888×)', async ({ page }) => {
    const t = await open(page, 'ja');
    const position = section(page, t.position.heading);
    await position.getByRole('combobox', { name: t.position.symbol.label }).selectOption('EURUSD');
    await expect(field(position, t.position.rate.label)).toBeVisible();
    await position.getByRole('combobox', { name: t.position.symbol.label }).selectOption('USDJPY');
    await expect(field(position, t.position.rate.label)).toHaveCount(0);

    await field(position, t.position.balance.label).fill('100000');
    await field(position, t.position.credit.label).fill('0');
    await field(position, t.position.lots.label).fill('1');
    await field(position, t.position.leverage.label).fill('888');
    await field(position, t.position.price.label).fill('100.00');

    await expect(result(position, t.position.margin)).toHaveText(yen('11,261'));
    await expect(result(position, t.position.stopOutEquity)).toHaveText(yen('2,252'));
    await expect(result(position, t.position.tolerableLoss)).toHaveText(yen('97,748'));
    await expect(result(position, 'ロスカット（20%）までの値幅')).toHaveText('97.7 pips');
    await expect(result(position, t.position.stopOutPrice)).toContainText('99.023');
    await expect(result(position, t.position.stopOutPrice)).toContainText('100.977');
    await expect(result(position, t.position.marginCallPrice)).toContainText('99.057');
    await expect(result(position, t.position.balanceLeft)).toHaveText(yen('2,252'));
    await expect(position.getByRole('img', { name: t.position.chart.title })).toBeVisible();

    // More margin than the balance: the position cannot be opened.
    await field(position, t.position.lots.label).fill('10');
    await expect(position.getByRole('alert')).toContainText(yen('112,613'));
    await expect(result(position, 'ロスカット（20%）までの値幅')).toHaveText(t.common.notAvailable);
  });

  test('position: a USD account converts a yen-quoted pair with the rate', async ({ page }) => {
    const t = await open(page, 'en');
    const rules = section(page, t.rules.heading);
    await rules.getByRole('combobox', { name: t.rules.currency.label }).selectOption('USD');
    const position = section(page, t.position.heading);
    await field(position, t.position.balance.label).fill('1,000');
    await field(position, t.position.rate.label).fill('100');
    await expect(result(position, t.position.margin)).toHaveText('$112.61');
    await expect(result(position, t.position.pipValue)).toHaveText('$10.00');
  });

  test('full-width digits and separators work', async ({ page }) => {
    const t = await open(page, 'ja');
    const health = section(page, t.health.heading);
    await field(health, t.health.balance.label).fill('５０，０００');
    await field(health, t.health.credit.label).fill('２０，０００');
    await field(health, t.health.pnl.label).fill('－１０，０００');
    await expect(result(health, t.health.equity)).toHaveText(yen('60,000'));
    await expect(field(health, t.health.balance.label)).not.toHaveAttribute('aria-invalid', 'true');

    const position = section(page, t.position.heading);
    await field(position, t.position.balance.label).fill('１００　０００');
    await field(position, t.position.price.label).fill('１００．００');
    await expect(result(position, t.position.margin)).toHaveText(yen('11,261'));
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

      const leverage = field(position, t.position.leverage.label);
      await leverage.fill('0');
      await expect(leverage).toHaveAccessibleDescription(t.errors.notPositive);
      await leverage.fill('');
      await expect(leverage).toHaveAccessibleDescription(t.errors.empty);

      // Other sections still work while those fields are wrong.
      const health = section(page, t.health.heading);
      await field(health, t.health.balance.label).fill('80000');
      await expect(result(health, t.health.equity)).toHaveText(yen('90,000'));

      // Fixing the field brings its results back.
      await lots.fill('1');
      await leverage.fill('888');
      await expect(lots).not.toHaveAttribute('aria-invalid', 'true');
      await expect(result(position, t.position.margin)).toHaveText(yen('11,261'));
    });
  }

  test('typing keeps the inputs in the address without adding history entries', async ({ page }) => {
    const t = await open(page, 'en');
    const before = await page.evaluate(() => window.history.length);
    const position = section(page, t.position.heading);
    await field(position, t.position.balance.label).fill('２００，０００');
    await field(position, t.position.lots.label).fill('2');
    await expect(page).toHaveURL(/\/en\/calculator\?pb=200000&lots=2$/);
    expect(await page.evaluate(() => window.history.length)).toBe(before);
    const share = section(page, t.share.heading);
    await expect(share.getByRole('textbox', { name: t.share.label })).toHaveValue(/\/en\/calculator\?pb=200000&lots=2$/);
  });

  test('the field being typed in keeps the focus when the address updates', async ({ page }) => {
    const t = await open(page, 'en');
    const lots = field(section(page, t.position.heading), t.position.lots.label);
    await lots.fill('');
    await lots.pressSequentially('3');
    await expect(page).toHaveURL(/lots=3$/);
    await expect(lots).toBeFocused();
    await page.keyboard.type('5');
    await expect(lots).toHaveValue('35');
    await expect(page).toHaveURL(/lots=35$/);
  });

  test('a calculator link opens filled, in either language', async ({ page }) => {
    const t = await open(page, 'en', '?pb=200000&sym=eurjpy&lots=2&px=160&lev=500');
    const position = section(page, t.position.heading);
    await expect(field(position, t.position.balance.label)).toHaveValue('200000');
    await expect(position.getByRole('combobox', { name: t.position.symbol.label })).toHaveValue('EURJPY');
    await expect(field(position, t.position.price.label)).toHaveValue('160');
    // 160 × 200,000 ÷ 500 = 64,000
    await expect(result(position, t.position.margin)).toHaveText(yen('64,000'));

    // Once typing (or opening) settles, the address holds the canonical query…
    await expect(page).toHaveURL(/\/en\/calculator\?sym=eurjpy&pb=200000&lots=2&lev=500&px=160$/);
    // …and the language switch carries it over.
    await page.getByRole('link', { name: 'Switch language' }).click();
    const ja = words.ja;
    const positionJa = section(page, ja.position.heading);
    await expect(result(positionJa, ja.position.margin)).toHaveText(yen('64,000'));
    await expect(page).toHaveURL(/\/ja\/calculator\?sym=eurjpy&pb=200000&lots=2&lev=500&px=160$/);
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

      const leverage = section(page, t.leverage.heading);
      await expect(leverage.getByRole('textbox', { name: t.leverage.accountEquity.replace('{n}', '1') })).toHaveAttribute('aria-invalid', 'true');
      await expect(leverage.getByText(t.leverage.needsAccounts)).toBeVisible();

      await field(position, t.position.lots.label).fill('1');
      await expect(result(position, t.position.margin)).toHaveText(yen('11,261'));
      await symbol.selectOption('GBPJPY');
      await expect(symbol).not.toHaveAttribute('aria-invalid', 'true');
    });
  }

  test('leverage limit: total of all accounts sets the tier and the margin level before/after', async ({ page }) => {
    const t = await open(page, 'en');
    const leverage = section(page, t.leverage.heading);
    const account = (n: number) => leverage.getByRole('textbox', { name: `Equity of account ${n}` });
    await account(1).fill('1,000,000');
    await account(2).fill('1,000,000');
    await expect(result(leverage, t.leverage.maxLeverageResult)).toHaveText('888×');
    await expect(leverage.getByText(t.leverage.noLimit)).toBeVisible();

    await leverage.getByRole('button', { name: t.leverage.addAccount }).click();
    await expect(account(3)).toBeFocused();
    await account(3).fill('10000');
    await leverage.getByRole('combobox', { name: 'Currency of account 3' }).selectOption('USD');
    // 2,000,000 ÷ 150 + 10,000 = $23,333.33 → 200×
    await expect(result(leverage, t.leverage.total)).toHaveText('$23,333.33 (¥3,500,000)');
    await expect(result(leverage, t.leverage.maxLeverageResult)).toHaveText('200×');
    const table = leverage.getByRole('table', { name: t.leverage.tableCaption });
    await expect(table.getByRole('row', { name: /After the limit \(200×\)/ })).toContainText('¥754,800');

    await account(1).fill('20,000,000');
    await expect(result(leverage, t.leverage.maxLeverageResult)).toHaveText('100×');
    await leverage.getByRole('button', { name: 'Remove account 3' }).click();
    await expect(account(3)).toHaveCount(0);
    await expect(leverage.getByText(/roughly 50×/)).toBeVisible();
  });

  test('hedge: FX needs margin only for the excess, other CFDs half of each side', async ({ page }) => {
    const t = await open(page, 'en');
    const hedge = section(page, t.hedge.heading);
    await field(hedge, t.hedge.buyLots.label).fill('1');
    await field(hedge, t.hedge.sellLots.label).fill('1');
    await expect(result(hedge, t.hedge.hedged)).toHaveText(yen('0'));
    await expect(result(hedge, t.hedge.buyOnly)).toHaveText(yen('11,261'));
    await hedge.getByRole('combobox', { name: t.hedge.assetClass.label }).selectOption('cfd');
    await expect(result(hedge, t.hedge.hedged)).toHaveText(yen('11,261'));
    await expect(hedge.getByText(t.hedge.cautions[1]!)).toBeVisible();
  });

  test('several positions: the stop-out closes the largest loss first, in order', async ({ page }) => {
    const t = await open(page, 'en');
    const positions = section(page, t.positions.heading);
    const order = positions.getByRole('list', { name: t.positions.orderHeading });
    await expect(order.getByRole('listitem')).toHaveText([
      '1. Close “EUR/JPY” (P/L -¥70,000) → margin level 15.31%',
      '2. Close “USD/JPY” (P/L -¥30,000) → margin level 23.37%',
    ]);
    await expect(positions.getByText('Stays open: GBP/JPY')).toBeVisible();

    await positions.getByRole('button', { name: t.positions.add }).click();
    const name4 = positions.getByRole('textbox', { name: 'Name of position 4' });
    await expect(name4).toBeFocused();
    await name4.fill('AUD/JPY');
    await positions.getByRole('textbox', { name: 'Required margin of position 4' }).fill('10000');
    await positions.getByRole('textbox', { name: 'Floating P/L of position 4' }).fill('-90000');
    await field(positions, t.positions.balance.label).fill('190000');
    await expect(order.getByRole('listitem').first()).toHaveText('1. Close “AUD/JPY” (P/L -¥90,000) → margin level 9.87%');
    await expect(order.getByRole('listitem')).toHaveCount(3);

    await positions.getByRole('button', { name: 'Remove “EUR/JPY”' }).click();
    await expect(positions.getByRole('textbox', { name: 'Name of position 4' })).toHaveCount(0);
    await expect(positions.getByRole('button', { name: t.positions.add })).toBeFocused();
    await expect(positions.getByText(t.positions.safe.replace('{stopOut}', '20%'))).toBeVisible();
  });

  test('broker comparison uses the position and the brokers’ own (overridable) figures', async ({ page }) => {
    const t = await open(page, 'en');
    const brokers = section(page, t.brokers.heading);
    const table = brokers.getByRole('table', { name: t.brokers.caption });
    await expect(table.getByRole('row', { name: /^XM/ })).toContainText('97.7 pips');
    await expect(table.getByRole('row', { name: /^Tradeview/ })).toContainText('80.0 pips');
    await expect(brokers.getByText(/Data as of November 21, 2026/)).toBeVisible();

    await brokers.getByRole('textbox', { name: 'Tradeview stop-out level' }).fill('20');
    await expect(table.getByRole('row', { name: /^Tradeview/ })).toContainText('96.0 pips');
    await brokers.getByRole('textbox', { name: 'XM maximum leverage' }).fill('50');
    await expect(table.getByRole('row', { name: /^XM/ })).toContainText(t.brokers.cannotOpen);
    await brokers.getByRole('button', { name: t.brokers.reset }).click();
    await expect(table.getByRole('row', { name: /^XM/ })).toContainText('97.7 pips');
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
