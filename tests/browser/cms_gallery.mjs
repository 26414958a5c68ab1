// A gallery edited in Decap CMS in headless Chromium against `herald serve`
// (tests/browser_cms_gallery.rs runs it and asserts on the report): in an existing news item,
// whose gallery `herald cms` wrote in one place, a picture is added with its Latvian alt text
// only (saving is refused: the Lithuanian alt text is required in the same form), then its
// Lithuanian one, moved to the top of the gallery, saved; opened again, the Lithuanian alt
// texts in the new order; the files on disk, `herald check --strict`, and the Lithuanian
// page's pictures.
//
//   node cms_gallery.mjs plan.json > report.json
//
// plan.json: { base, root, herald, item, photo, lt_page, chromium, profile, screenshots }

import { readFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { launch } from './launch.mjs';

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
mkdirSync(plan.screenshots, { recursive: true });
const report = { external: [], errors: [], api: [] };

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

// A picture's alt texts, one per language (the Latvian side's fields come first on the page).
// (The Lithuanian side's copy of the form holds them too, hidden.)
const ALT = {
  lv: /^Attēla apraksts \(alt\): latviski \/ Nuotraukos aprašymas \(alt\): latviškai/,
  lt: /^Attēla apraksts \(alt\): lietuviski \/ Nuotraukos aprašymas \(alt\): lietuviškai/,
};
const LV_ALT = 'Atvērto durvju dienas apmeklētāji';
const LT_ALT = 'Atvirų durų dienos lankytojai';
const item = path.join(plan.root, 'content', 'news', plan.item);
const files = () => ({
  lv: readFileSync(path.join(item, 'index.lv.md'), 'utf8'),
  lt: readFileSync(path.join(item, 'index.lt.md'), 'utf8'),
});

// The gallery's Add menu (the Latvian side's: the only one showing the gallery): a picture.
async function addPicture() {
  await page.getByRole('button', { name: /Add galerija/i }).first().click();
  await page.getByRole('menuitem', { name: 'Attēls / Nuotrauka', exact: true }).click();
}

await step('open', async () => {
  await page.goto(new URL('admin/', base).href);
  await page.getByRole('button', { name: /login/i }).click();
  await page.getByText(/Jaunumi/).first().waitFor();
  // The news list: the items only, not the section's own text (`_index`).
  await page.goto(new URL('admin/#/collections/news', base).href);
  await page.locator(`a[href*="entries/${plan.item}/index"]`).first().waitFor();
  report.newsEntries = await page.evaluate(() => [...new Set([...document.querySelectorAll('a[href*="/collections/news/entries/"]')]
    .map((a) => a.getAttribute('href').split('/entries/')[1]))].sort());
  await page.goto(new URL(`admin/#/collections/news/entries/${plan.item}/index`, base).href);
  await page.getByLabel(ALT.lv).filter({ visible: true }).first().waitFor();
  report.altsBefore = await page.getByLabel(ALT.lv).filter({ visible: true }).count();
});

// The Latvian side: a new picture, uploaded into the item's folder, and its alt texts.
await step('latvian', async () => {
  await addPicture();
  // The new entry is the last of the Latvian side: its button is that side's last "Choose an
  // image" (the cover's and a video poster's come before it).
  await page.evaluate(() => {
    const mid = window.innerWidth / 2;
    const left = [...document.querySelectorAll('button')]
      .filter((b) => /^choose an image$/i.test(b.textContent.trim()) && b.getBoundingClientRect().x < mid);
    left[left.length - 1].setAttribute('data-herald-pick', '');
  });
  await page.locator('[data-herald-pick]').click();
  await page.locator('input[type="file"]').setInputFiles(plan.photo);
  await page.getByRole('button', { name: /choose selected/i }).click();
  // Its Latvian alt text only: the form refuses to save (the Lithuanian one is required
  // in the same form).
  await page.getByLabel(ALT.lv).filter({ visible: true }).nth(report.altsBefore).fill(LV_ALT);
  const before = saves();
  await publish();
  await page.waitForTimeout(2000);
  report.savedWithoutAlt = saves() > before;
  report.shownWithoutAlt = await page.evaluate(() => [...document.querySelectorAll('li')]
    .map((e) => e.textContent.trim()).filter((t) => /required/i.test(t)).slice(0, 5));
  await page.screenshot({ path: path.join(plan.screenshots, 'gallery-no-alt.png') });
  await page.getByLabel(ALT.lt).filter({ visible: true }).nth(report.altsBefore).fill(LT_ALT);
});

async function save() {
  const before = saves();
  await publish();
  for (let i = 0; i < 300 && saves() === before; i++) await page.waitForTimeout(100);
  await page.waitForTimeout(1500);
  return saves() > before;
}
function check() {
  try {
    return { code: 0, output: execFileSync(plan.herald, ['check', '--strict', '--root', plan.root], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (e) {
    return { code: e.status, output: `${e.stdout}\n${e.stderr}` };
  }
}

// The new picture (the last of the gallery) moved to its top, by its drag handle, with the
// Latvian side's entries collapsed; saved.
await step('reorder', async () => {
  await page.evaluate(() => {
    const toggles = [...document.querySelectorAll('[data-testid="expand-button"]')]
      .filter((b) => /^\d+ galerija$/.test(b.parentElement.textContent.trim()));
    toggles[0].click();
  });
  await page.waitForTimeout(500);
  // The drag handles (the outermost element showing the move cursor), on the Latvian side
  // (the left half of the page), the only one showing the gallery.
  const boxes = await page.evaluate(() => {
    const mid = window.innerWidth / 2;
    const moves = (e) => e && getComputedStyle(e).cursor === 'move';
    const spans = [...document.querySelectorAll('span')]
      .filter((e) => moves(e) && !moves(e.parentElement) && e.getBoundingClientRect().x < mid);
    spans[0].scrollIntoView({ block: 'start' });
    window.scrollBy(0, -120);
    return spans.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; });
  });
  report.handles = boxes.length;
  const from = boxes[boxes.length - 1];
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
  report.saved = await save();
  report.files = files();
  report.check = check();
});

// Opened again: the gallery in its new order, the Lithuanian alt texts beside the Latvian
// ones (the Lithuanian side inherits the gallery and does not show it).
await step('lithuanian', async () => {
  await page.reload();
  await page.getByLabel(ALT.lt).filter({ visible: true }).first().waitFor();
  // Shown on the Latvian side only.
  const alts = page.getByLabel(ALT.lt).filter({ visible: true });
  const n = await alts.count();
  report.ltAltsInForm = await Promise.all([...Array(n).keys()].map((i) => alts.nth(i).inputValue()));
  await page.screenshot({ path: path.join(plan.screenshots, 'gallery-lithuanian.png') });
});

// The Lithuanian page as `herald serve` shows it after the save: its pictures in order.
await step('served', async () => {
  await page.waitForTimeout(1500);
  await page.goto(new URL(plan.lt_page, base).href);
  report.ltAlts = await page.evaluate(() => [...document.querySelectorAll('main .gallery-link img')].map((i) => i.alt));
});

await ctx.close();
process.stdout.write(JSON.stringify(report, null, 1));
