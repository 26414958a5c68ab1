// An item published in one language only (a bundle with `index.lt.md` and no `index.lv.md`),
// edited in Decap CMS in headless Chromium against `herald serve`
// (tests/browser_cms_translation_only.rs runs it and asserts on the report): how the news list
// names it, what each side of the form holds when it is opened, what saving a changed
// Lithuanian title sends and leaves in the item's folder, and `herald check --strict`.
//
//   node cms_translation_only.mjs plan.json > report.json
//
// plan.json: { base, root, herald, item, title, chromium, profile, screenshots }

import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { launch } from './launch.mjs';

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
mkdirSync(plan.screenshots, { recursive: true });
const report = { external: [], errors: [], api: [], saves: [] };

const ctx = await launch(plan, { width: 1280, height: 900 });
const base = new URL(plan.base);
const page = ctx.pages()[0] || await ctx.newPage();
await page.route('**/*', (route) => {
  const url = new URL(route.request().url());
  if (url.host === base.host || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
  report.external.push(url.href);
  return route.abort();
});
page.on('pageerror', (e) => report.errors.push(e.message));
page.on('response', async (r) => {
  if (!r.url().includes('/api/v1')) return;
  let body = {};
  try { body = JSON.parse(r.request().postData() || '{}'); } catch { /* not JSON */ }
  report.api.push({ action: body.action, path: body.params?.path, status: r.status() });
  if (body.action === 'persistEntry') {
    report.saves.push({
      status: r.status(),
      files: (body.params.dataFiles || []).map((f) => ({ path: f.path, raw: f.raw })),
      answer: await r.text().catch(() => ''),
    });
  }
});

const shot = (name) => page.screenshot({ path: path.join(plan.screenshots, `${name}.png`) });
const step = async (name, fn) => {
  try { await fn(); return true; } catch (e) {
    await shot(`failed-${name}`);
    report.failed = `${name}: ${e.message.split('\n')[0]}`;
    report.failedText = (await page.locator('body').innerText().catch(() => '')).slice(0, 3000);
    return false;
  }
};

const folder = path.join(plan.root, 'content', 'news', plan.item);
const files = () => Object.fromEntries(readdirSync(folder).sort()
  .map((n) => [n, readFileSync(path.join(folder, n), 'utf8')]));
const TITLE = /^Virsraksts \/ Pavadinimas/;

const listed = await step('list', async () => {
  await page.goto(new URL('admin/', base).href);
  await page.getByRole('button', { name: /login/i }).click();
  await page.getByText(/Jaunumi/).first().waitFor();
  await page.goto(new URL('admin/#/collections/news', base).href);
  const link = page.locator(`a[href*="entries/${plan.item}/"]`).first();
  await link.waitFor();
  report.href = (await link.getAttribute('href')).split('/entries/')[1];
  report.listed = (await link.innerText()).trim();
  await shot('list');
});

const opened = listed && await step('open', async () => {
  await page.goto(new URL(`admin/#/collections/news/entries/${report.href}`, base).href);
  await page.waitForTimeout(3000);
  report.openedText = (await page.locator('body').innerText()).slice(0, 3000);
  await page.getByLabel(TITLE).first().waitFor({ timeout: 15000 });
  // The title of each side, left (Latvian) first.
  const titles = page.getByLabel(TITLE);
  const n = await titles.count();
  report.titles = await Promise.all([...Array(n).keys()].map((i) => titles.nth(i).inputValue()));
  await shot('opened');
});

const saved = opened && await step('save', async () => {
  const before = report.saves.length;
  await page.getByLabel(TITLE).last().fill(plan.title);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now', { exact: true }).click();
  for (let i = 0; i < 100 && report.saves.length === before; i++) await page.waitForTimeout(100);
  await page.waitForTimeout(2000);
  report.afterSave = (await page.locator('body').innerText()).slice(0, 2000);
  await shot('saved');
});

// Refused (nothing sent): what Decap CMS writes once the Latvian side's required fields are
// filled in too.
const forced = saved && report.saves.length === 0 && await step('latvian', async () => {
  await page.getByLabel(TITLE).first().fill('Latvian title');
  await page.getByLabel(/^Datums \/ Data/).first().fill('2021-04-20');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now', { exact: true }).click();
  for (let i = 0; i < 100 && report.saves.length === 0; i++) await page.waitForTimeout(100);
  await page.waitForTimeout(2000);
  report.afterLatvian = (await page.locator('body').innerText()).slice(0, 500);
  await shot('latvian');
});

report.steps = { listed, opened, saved, forced };
report.files = files();
try {
  report.check = { code: 0, output: execFileSync(plan.herald, ['check', '--strict', '--root', plan.root], { encoding: 'utf8', stdio: 'pipe' }) };
} catch (e) {
  report.check = { code: e.status, output: `${e.stdout}\n${e.stderr}` };
}
await ctx.close();
process.stdout.write(JSON.stringify(report, null, 1));
