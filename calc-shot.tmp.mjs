import { chromium, devices } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({ ...devices['Pixel 7'] });
const page = await ctx.newPage();
const url = process.argv[2] ?? '/ja/calculator';
const prefix = process.argv[3] ?? 'part';
await page.goto('http://127.0.0.1:3300' + url);
await page.waitForSelector('[data-calculator="live"]');
const h = await page.evaluate(() => document.documentElement.scrollHeight);
for (let y = 0, i = 0; y < h; y += 1100, i++) {
  await page.screenshot({ path: `/tmp/calc-shots/${prefix}-${String(i).padStart(2, '0')}.png`, fullPage: true, scale: 'css', clip: { x: 0, y, width: 412, height: Math.min(1100, h - y) } });
}
console.log('height', h);
await browser.close();
