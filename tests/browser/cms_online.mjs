// The published admin page with each online backend (tests/browser_cms_online.rs runs it and
// asserts on the report): for each folder of the plan, the page `herald cms` writes (Decap CMS
// from unpkg, checked by its hash) or the one docs/cms.md gives for Sveltia CMS, with the
// config.yml of that backend. The CDN's files are answered from the copies herald embeds and
// the pinned Sveltia CMS package, so nothing leaves the machine. Decap CMS validates its
// configuration when it loads (and shows "Error loading the CMS configuration" when it is
// wrong); the report has the page's text and its buttons, before any sign-in.
//
//   node cms_online.mjs plan.json > report.json
//
// plan.json: { base, pages: [name], decap, sveltia, chromium, profile, screenshots }

import { readFileSync, mkdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { launch } from './launch.mjs';

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
mkdirSync(plan.screenshots, { recursive: true });
const report = { external: [], pages: {} };

const ctx = await launch(plan, { width: 1280, height: 900 }, { navigation: 60000, other: 30000 });
const base = new URL(plan.base);

// A file of the CDN from the local copies: Decap CMS as herald embeds it (gzipped), Sveltia
// CMS from its npm package.
function cdn(url) {
  const decap = url.pathname.match(/^\/decap-cms@[^/]+\/dist\/([^/]+)$/);
  if (url.host === 'unpkg.com' && decap) {
    return gunzipSync(readFileSync(path.join(plan.decap, `${decap[1]}.gz`)));
  }
  const sveltia = url.pathname.match(/^\/@sveltia\/cms@[^/]+\/dist\/([^/]+)$/);
  if (url.host === 'unpkg.com' && sveltia) return readFileSync(path.join(plan.sveltia, sveltia[1]));
  return null;
}

for (const name of plan.pages) {
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const body = url.protocol === 'https:' ? cdn(url) : null;
    if (body) {
      return route.fulfill({
        contentType: 'text/javascript', body, headers: { 'Access-Control-Allow-Origin': '*' },
      });
    }
    if (url.host === base.host || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    report.external.push(url.href);
    return route.abort();
  });
  const out = { errors };
  try {
    await page.goto(new URL(`${name}/admin/`, base).href);
    await page.getByRole('button').first().waitFor();
    await page.waitForTimeout(1500);
  } catch (e) {
    out.failed = e.message.split('\n')[0];
  }
  out.text = await page.locator('body').innerText().catch(() => '');
  out.buttons = await page.getByRole('button').allInnerTexts().catch(() => []);
  await page.screenshot({ path: path.join(plan.screenshots, `${name}.png`) });
  report.pages[name] = out;
  await page.close();
}

await ctx.close();
process.stdout.write(JSON.stringify(report, null, 1));
