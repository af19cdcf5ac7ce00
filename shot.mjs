import { chromium } from 'playwright-core';
const [,, url, out, w, h, sel, scheme] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme || 'light' });
await page.goto(url);
if (sel) await page.locator(sel).first().screenshot({ path: out }); else await page.screenshot({ path: out });
await browser.close();
