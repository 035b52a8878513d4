import { chromium } from '@playwright/test';
const [,, url, out, w = '1280', h = '900', full = '1'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless=new','--disable-gpu','--disable-dev-shm-usage'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
await page.goto(url);
await page.screenshot({ path: out, fullPage: full === '1' });
await browser.close();
