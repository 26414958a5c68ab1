// The search page in headless Chromium: typing a query, the results as they come (time to
// the first result), the live count, marked words, keyboard navigation, the other languages'
// items on request, axe-core, the EU emblem in the first viewport, and no request leaving the
// site. `tests/browser_search.rs` runs it and asserts on the report.
//
//   node search.mjs plan.json > report.json
//
// plan.json: { base, chromium, profile, queries: [{ name, path, query, all }] }

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch } from './launch.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));

const ctx = await launch(plan, { width: 1280, height: 800 });
const base = new URL(plan.base);

const report = [];
for (const q of plan.queries) {
  const page = await ctx.newPage();
  const external = [];
  const fetched = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host !== base.host) { external.push(url.href); return route.abort(); }
    if (url.pathname.includes('/search/')) fetched.push(url.pathname);
    return route.continue();
  });
  // Requests still open when the page is slow to finish loading, for the report: on a loaded
  // machine the load event once never came in 120 s; the search itself needs only the DOM.
  const open = new Set();
  page.on('request', (r) => open.add(r.url()));
  page.on('requestfinished', (r) => open.delete(r.url()));
  page.on('requestfailed', (r) => open.delete(r.url()));
  await page.goto(new URL(q.path, base).href, { waitUntil: 'domcontentloaded' });
  const slowLoad = await page.waitForLoadState('load', { timeout: 30000 })
    .then(() => null, () => Array.from(open));
  const emblem = await page.evaluate(() => {
    const e = document.querySelector('.eu-emblem');
    if (!e) return null;
    const r = e.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0;
  });
  if (q.all) await page.check('#search-all');
  // Time to the first result, cold (nothing of the index fetched yet), the whole query at once;
  // it includes the 120 ms the script waits for the typing to pause.
  await page.waitForTimeout(300);
  fetched.length = 0;
  const start = Date.now();
  await page.fill('#search-q', q.query);
  await page.waitForSelector('#search-results li', { timeout: 10000 }).catch(() => {});
  const firstResultMs = Date.now() - start;
  const fetchedCold = fetched.slice();
  // Then as a reader types it, letter by letter.
  await page.fill('#search-q', '');
  await page.focus('#search-q');
  await page.keyboard.type(q.query, { delay: 30 });
  await page.waitForTimeout(600);
  const results = await page.$$eval('#search-results li', (lis) => lis.map((li) => ({
    title: li.querySelector('h2 a').textContent,
    href: li.querySelector('h2 a').getAttribute('href'),
    lang: li.getAttribute('lang'),
    date: li.querySelector('time') ? li.querySelector('time').getAttribute('datetime') : null,
    marked: Array.from(li.querySelectorAll('mark')).map((m) => m.textContent),
  })));
  const status = await page.textContent('[role=status]');
  // Keyboard: down from the field to the first and second result, up, Escape to the field.
  const keys = [];
  const focused = () => page.evaluate(() => {
    const a = document.activeElement;
    return a.id === 'search-q' ? 'field' : a.closest('#search-results li h2 a') ? a.textContent : a.tagName;
  });
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp', 'Escape']) {
    await page.keyboard.press(key);
    keys.push(await focused());
  }
  await page.addScriptTag({ content: axeSource });
  const axe = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  report.push({
    name: q.name, results, status, keys, axe, external, emblem,
    firstResultMs, fetched: fetchedCold, url: page.url(), slowLoad,
  });
  await page.close();
}
await ctx.close();
process.stdout.write(JSON.stringify(report));
