// A gallery edited in Decap CMS in headless Chromium against `herald serve`
// (tests/browser_cms_gallery.rs runs it and asserts on the report): in an existing news item, a
// picture added on the Latvian side with its alt text, the same picture on the Lithuanian side,
// saved first without its Lithuanian alt text (the form refuses), then with it; the new picture
// moved to the top of the Latvian gallery; the files on disk, `herald check --strict`, and the
// Lithuanian page's pictures in the Latvian order with their Lithuanian alt texts.
//
//   node cms_gallery.mjs plan.json > report.json
//
// plan.json: { base, root, herald, item, photo, lt_page, chromium, profile, screenshots }

import { readFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { chromium } from 'playwright-core';

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
mkdirSync(plan.screenshots, { recursive: true });
const report = { external: [], errors: [], api: [] };

const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];
const ctx = await chromium.launchPersistentContext(plan.profile, {
  executablePath: plan.chromium, args, headless: true, viewport: { width: 1280, height: 900 },
});
ctx.setDefaultNavigationTimeout(120000);
ctx.setDefaultTimeout(60000);
const base = new URL(plan.base);
const page = ctx.pages()[0] || await ctx.newPage();
await page.route('**/*', (route) => {
  const url = new URL(route.request().url());
  if (url.host === base.host || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
  report.external.push(url.href);
  return route.abort();
});
page.on('pageerror', (e) => report.errors.push(e.message));
page.on('response', (r) => {
  if (!r.url().includes('/api/v1')) return;
  let action = '';
  try { action = JSON.parse(r.request().postData() || '{}').action; } catch { /* not JSON */ }
  report.api.push({ action, status: r.status() });
});

const saves = () => report.api.filter((a) => a.action === 'persistEntry').length;

async function publish() {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now', { exact: true }).click();
}

const step = async (name, fn) => {
  try { await fn(); } catch (e) {
    await page.screenshot({ path: path.join(plan.screenshots, `failed-${name}.png`) });
    throw new Error(`${name}: ${e.message}`);
  }
};

const ALT = /^Attēla apraksts \(alt\) \/ Nuotraukos aprašymas \(alt\)/;
const LV_ALT = 'Atvērto durvju dienas apmeklētāji';
const LT_ALT = 'Atvirų durų dienos lankytojai';
const item = path.join(plan.root, 'content', 'news', plan.item);
const files = () => ({
  lv: readFileSync(path.join(item, 'index.lv.md'), 'utf8'),
  lt: readFileSync(path.join(item, 'index.lt.md'), 'utf8'),
});

// The gallery's Add menu on one side (0: Latvian, 1: Lithuanian): a picture.
async function addPicture(side) {
  await page.getByRole('button', { name: /Add galerija/i }).nth(side).click();
  await page.getByRole('menuitem', { name: 'Attēls / Nuotrauka', exact: true }).click();
}

await step('open', async () => {
  await page.goto(new URL('admin/', base).href);
  await page.getByRole('button', { name: /login/i }).click();
  await page.getByText(/Jaunumi/).first().waitFor();
  await page.goto(new URL(`admin/#/collections/news/entries/${plan.item}/index`, base).href);
  await page.getByLabel(ALT).first().waitFor({ state: 'attached' });
  report.altsBefore = await page.getByLabel(ALT).count();
});

// The Latvian side: a new picture, uploaded into the item's folder, and its alt text.
await step('latvian', async () => {
  await addPicture(0);
  // The buttons of pictures not chosen yet: the cover's, then the new one's.
  await page.getByRole('button', { name: /^choose an image$/i }).nth(1).click();
  await page.locator('input[type="file"]').setInputFiles(plan.photo);
  await page.getByRole('button', { name: /choose selected/i }).click();
  // Saved without its alt text: the form refuses (Decap CMS checks the default language's
  // side when saving).
  const before = saves();
  await publish();
  await page.waitForTimeout(2000);
  report.savedWithoutAlt = saves() > before;
  report.shownWithoutAlt = await page.evaluate(() => [...document.querySelectorAll('li')]
    .map((e) => e.textContent.trim()).filter((t) => /required/i.test(t)).slice(0, 5));
  await page.screenshot({ path: path.join(plan.screenshots, 'gallery-no-alt.png') });
  await page.getByLabel(ALT).nth(report.altsBefore / 2).fill(LV_ALT);
});

// The Lithuanian side: the same picture, chosen from the item's folder, and its alt text.
await step('lithuanian', async () => {
  await addPicture(1);
  await page.getByRole('button', { name: /^choose an image$/i }).nth(1).click();
  await page.getByText(path.basename(plan.photo), { exact: true }).first().click();
  await page.getByRole('button', { name: /choose selected/i }).click();
  await page.getByLabel(ALT).nth(report.altsBefore + 1).fill(LT_ALT);
});

// The new picture (the last of the Latvian gallery) moved to its top, by its drag handle,
// with the Latvian items collapsed.
await step('reorder', async () => {
  await page.evaluate(() => {
    const toggles = [...document.querySelectorAll('[data-testid="expand-button"]')]
      .filter((b) => /^\d+ galerija$/.test(b.parentElement.textContent.trim()));
    toggles[0].click();
  });
  await page.waitForTimeout(500);
  // The drag handles (the outermost element showing the move cursor), the Latvian ones first.
  // Both galleries have as many entries now: the first half are the Latvian ones.
  const boxes = await page.evaluate(() => {
    const moves = (e) => e && getComputedStyle(e).cursor === 'move';
    const all = [...document.querySelectorAll('span')].filter((e) => moves(e) && !moves(e.parentElement));
    const spans = all.slice(0, all.length / 2);
    spans[0].scrollIntoView({ block: 'start' });
    window.scrollBy(0, -120);
    return spans.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; });
  });
  report.handles = boxes.length;
  const n = boxes.length;
  const from = boxes[n - 1];
  const to = boxes[0];
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) {
    await page.mouse.move(from.x, from.y + ((to.y - 10 - from.y) * i) / 20);
    await page.waitForTimeout(30);
  }
  await page.mouse.up();
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(plan.screenshots, 'gallery-reordered.png') });
  report.lvSummaries = await page.evaluate(() => [...document.querySelectorAll('div')]
    .filter((e) => e.children.length === 0 && /\.jpg · /.test(e.textContent)).map((e) => e.textContent.trim()));
});

await step('save', async () => {
  const before = saves();
  await publish();
  for (let i = 0; i < 300 && saves() === before; i++) await page.waitForTimeout(100);
  await page.waitForTimeout(1500);
  report.saved = saves() > before;
  report.files = files();
  try {
    report.check = { code: 0, output: execFileSync(plan.herald, ['check', '--strict', '--root', plan.root], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (e) {
    report.check = { code: e.status, output: `${e.stdout}\n${e.stderr}` };
  }
});

// The Lithuanian page as `herald serve` shows it after the save: its pictures in order.
await step('served', async () => {
  await page.waitForTimeout(1500);
  await page.goto(new URL(plan.lt_page, base).href);
  report.ltAlts = await page.evaluate(() => [...document.querySelectorAll('main .gallery-link img')].map((i) => i.alt));
});

await ctx.close();
process.stdout.write(JSON.stringify(report, null, 1));
