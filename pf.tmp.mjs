import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless=new'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4330/');
const r = await page.evaluate(async () => { const pf = await import('/pagefind/pagefind.js'); const s = await pf.search('PKCE', { filters: {} }); const d = await s.results[0].data(); return { url: d.url, meta: d.meta, subs: d.sub_results.map(x => [x.title, x.url]), anchors: d.anchors.slice(0,8) }; });
console.log(JSON.stringify(r, null, 1));
await browser.close();
