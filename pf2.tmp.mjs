import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless=new'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4330/');
const r = await page.evaluate(async () => { const pf = await import('/pagefind/pagefind.js'); const f = await pf.filters(); const s = await pf.search('PKCE'); const d = await s.results[0].data(); const g = await pf.search('error', { filters: { language: 'Go' } }); return { filters: f, meta: d.meta, subs: d.sub_results.map(x => [x.title, x.url]), go: await Promise.all(g.results.map(async r => (await r.data()).url)) }; });
console.log(JSON.stringify(r, null, 1));
await browser.close();
