// Reader features in headless Chromium: a tag page and the tag index, an item's photo strip
// opening the gallery viewer (and Escape closing it), an event item with its calendar link
// (the file fetched: text/calendar content), axe-core on each page, the EU emblem in the first
// viewport, no request leaving the site. `tests/browser_readers.rs` runs it and asserts on
// the report.
//
//   node readers.mjs plan.json > report.json
//
// plan.json: { base, chromium, profile, pages: [{ name, path, kind }] }
//   kind: "tag" | "tags" | "photos" | "event"

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch } from './launch.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));

const ctx = await launch(plan, { width: 1280, height: 800 });
const base = new URL(plan.base);

const report = [];
for (const p of plan.pages) {
  const page = await ctx.newPage();
  const external = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host !== base.host) { external.push(url.href); return route.abort(); }
    return route.continue();
  });
  const response = await page.goto(new URL(p.path, base).href, { waitUntil: 'load' });
  const r = { name: p.name, status: response.status(), external };
  r.emblem = await page.evaluate(() => {
    const e = document.querySelector('.eu-emblem');
    if (!e) return null;
    const b = e.getBoundingClientRect();
    return b.top >= 0 && b.bottom <= window.innerHeight && b.width > 0;
  });
  await page.addScriptTag({ content: axeSource });
  r.axe = await page.evaluate(async () => {
    const res = await window.axe.run(document, { resultTypes: ['violations'] });
    return res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  if (p.kind === 'tag' || p.kind === 'tags') {
    r.h1 = await page.textContent('h1');
    r.links = await page.$$eval(p.kind === 'tag' ? '.cards h2 a' : '.tag-index a',
      (as) => as.map((a) => a.textContent.trim()));
    // Following the first link reaches a page of the site.
    const href = await page.getAttribute(p.kind === 'tag' ? '.cards h2 a' : '.tag-index a', 'href');
    const next = await page.request.get(new URL(href, base).href);
    r.first_link_status = next.status();
  }
  if (p.kind === 'photos') {
    r.thumbs = await page.$$eval('.photo-strip a.gallery-link', (as) => as.length);
    await page.click('.photo-strip li:nth-child(2) a.gallery-link');
    await page.waitForSelector('dialog.lightbox[open]', { timeout: 10000 }).catch(() => {});
    r.viewer_open = await page.evaluate(() => !!document.querySelector('dialog.lightbox[open]'));
    r.viewer_position = await page.evaluate(() => {
      const e = document.querySelector('dialog.lightbox .lightbox-position');
      return e ? e.textContent : null;
    });
    r.viewer_alt = await page.evaluate(() => {
      const e = document.querySelector('dialog.lightbox img');
      return e ? e.getAttribute('alt') : null;
    });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(200);
    r.viewer_closed = await page.evaluate(() => !document.querySelector('dialog.lightbox[open]'));
    r.all_link = await page.textContent('.photo-strip a.more');
  }
  if (p.kind === 'event') {
    r.event = (await page.textContent('p.event')).replace(/\s+/g, ' ').trim();
    const href = await page.getAttribute('p.event a', 'href');
    const ics = await page.request.get(new URL(href, base).href);
    r.ics_status = ics.status();
    r.ics_start = (await ics.text()).slice(0, 15);
  }
  report.push(r);
  await page.close();
}
await ctx.close();
process.stdout.write(JSON.stringify(report));
