import { chromium, devices } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({ ...devices['Pixel 7'] });
const page = await ctx.newPage();
const [url, selector, out] = process.argv.slice(2);
await page.goto('http://127.0.0.1:3300' + url);
await page.waitForSelector('[data-calculator="live"]');
await page.locator(selector).first().screenshot({ path: out, scale: 'css' });
await browser.close();
