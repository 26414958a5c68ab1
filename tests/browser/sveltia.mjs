// Sveltia CMS in headless Chromium with the config.yml `herald cms` writes (tests/browser_sveltia.rs
// runs it and asserts on the report). The admin page is the one docs/cms.md tells a user to write
// for Sveltia CMS; its script address (unpkg) is answered from the pinned npm package, so nothing
// leaves the machine. Checked: the configuration is accepted (no error screen), the sign-in page
// offers its backends, and with "Work with Local Repository" (the folder picker answered with a
// copy of the site folder in the browser's private file system) the news collection lists the
// items, an item opens with its fields in both languages and its gallery, a changed Lithuanian
// title is saved (the files as Sveltia CMS wrote them are in the report), a new photo is uploaded
// into the gallery with its alt texts and saved, and the news section's own text and the home
// page's text are listed.
//
//   node sveltia.mjs plan.json > report.json
//
// plan.json: { base, root, dist, photo, chromium, profile, screenshots }

import { readFileSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
mkdirSync(plan.screenshots, { recursive: true });
const report = { external: [], errors: [], console: [] };

const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];
const ctx = await chromium.launchPersistentContext(plan.profile, {
  executablePath: plan.chromium, args, headless: true, viewport: { width: 1400, height: 1000 },
});
ctx.setDefaultNavigationTimeout(60000);
ctx.setDefaultTimeout(30000);
const base = new URL(plan.base);
const page = ctx.pages()[0] || await ctx.newPage();
const CDN = 'https://unpkg.com/@sveltia/cms@';
await page.route('**/*', (route) => {
  const url = new URL(route.request().url());
  if (url.href.startsWith(CDN)) {
    // The pinned package's own file, as the CDN would serve it.
    const rel = url.pathname.replace(/^\/@sveltia\/cms@[^/]+\/dist\//, '');
    const file = path.join(plan.dist, rel);
    if (!rel.includes('..')) {
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(file) });
    }
  }
  if (url.host === base.host || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
  report.external.push(url.href);
  return route.abort();
});
page.on('pageerror', (e) => report.errors.push(e.message));
page.on('console', (m) => { if (m.type() === 'error') report.console.push(m.text()); });
// "Work with Local Repository" opens the browser's folder picker, which headless Chromium
// cannot show: it is answered with the site's copy in the origin private file system.
await page.addInitScript(() => {
  window.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('site');
});

const shot = (name) => page.screenshot({ path: path.join(plan.screenshots, `${name}.png`), fullPage: true });
const step = async (name, fn) => {
  try { await fn(); } catch (e) {
    await shot(`failed-${name}`);
    report.failed = `${name}: ${e.message.split('\n')[0]}`;
    report.failedText = (await page.locator('body').innerText().catch(() => '')).slice(0, 2000);
    return false;
  }
  return true;
};

// The site folder's files under content/ (and a .git folder, which Sveltia CMS asks for).
function siteFiles(dir, rel = '') {
  const out = [];
  for (const name of readdirSync(path.join(dir, rel)).sort()) {
    const r = rel ? `${rel}/${name}` : name;
    if (statSync(path.join(dir, r)).isDirectory()) out.push(...siteFiles(dir, r));
    else out.push({ path: r, b64: readFileSync(path.join(dir, r)).toString('base64') });
  }
  return out;
}

// 1. The sign-in page: the configuration accepted, the backends offered.
const signIn = await step('sign-in', async () => {
  await page.goto(new URL('admin/', base).href);
  await page.getByRole('button').first().waitFor();
  await page.waitForTimeout(1000);
  report.signIn = {
    text: await page.locator('body').innerText(),
    buttons: await page.getByRole('button').allInnerTexts(),
  };
  await shot('sveltia-sign-in');
});

// 2. The site's copy in the private file system, then "Work with Local Repository".
const local = signIn && await step('local', async () => {
  const files = [{ path: '.git/HEAD', b64: Buffer.from('ref: refs/heads/main\n').toString('base64') },
    { path: 'site.yaml', b64: readFileSync(path.join(plan.root, 'site.yaml')).toString('base64') },
    ...siteFiles(plan.root, 'content'), ...siteFiles(plan.root, 'static')];
  await page.evaluate(async (list) => {
    const root = await navigator.storage.getDirectory();
    const site = await root.getDirectoryHandle('site', { create: true });
    for (const f of list) {
      const parts = f.path.split('/');
      let dir = site;
      for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
      const w = await (await dir.getFileHandle(parts.at(-1), { create: true })).createWritable();
      await w.write(Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0)));
      await w.close();
    }
  }, files);
  await page.getByRole('button', { name: /local repository/i }).click();
  await page.getByText('Jaunumi').first().waitFor();
  await page.waitForTimeout(1000);
  report.collections = await page.locator('body').innerText();
  await shot('sveltia-collections');
});

// 3. The news collection, one item opened.
const opened = local && await step('news', async () => {
  await page.goto(new URL('admin/#/collections/news', base).href);
  const item = page.getByText(/^2021-08-12 · /).first();
  await item.waitFor();
  report.newsList = await page.locator('body').innerText();
  await item.click();
  await page.getByText('Galerija').first().waitFor();
  await page.waitForTimeout(1500);
  // The Lithuanian form beside the Latvian one, every gallery entry opened.
  // (A dispatched click: Playwright's pointer click waits on the pane's animation.)
  await page.locator('button[role="radio"][value="lt"]').last().dispatchEvent('click');
  // Each gallery (a folded list) unfolded, then its entries.
  // Sveltia CMS draws a field when it scrolls into view: each gallery is scrolled to, and its
  // entries unfolded.
  for (const list of await page.locator('[aria-controls^="list-"]').all()) {
    await list.scrollIntoViewIfNeeded();
    await page.waitForTimeout(700);
  }
  for (const b of await page.getByRole('button', { name: /Expand All/ }).all()) await b.dispatchEvent('click');
  await page.waitForTimeout(700);
  for (const list of await page.locator('[aria-controls^="list-"]').all()) {
    await list.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(700);
  }
  report.editor = {
    text: await page.locator('body').innerText(),
    inputs: await page.locator('input[type="text"], input:not([type])').evaluateAll((l) => l.map((i) => i.value)),
    images: await page.locator('img').evaluateAll((l) => l.map((i) => i.getAttribute('src')).filter((s) => s)),
  };
  await shot('sveltia-item');
});

// 4. The Lithuanian title changed and saved: the files as Sveltia CMS wrote them.
const BUNDLE = 'content/news/2021-08-12-summer-camp';
const saved = opened && await step('save', async () => {
  const title = page.getByLabel(/Virsraksts \/ Pavadinimas/).last();
  await title.fill('Vasaros stovykla Pandėlyje');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForTimeout(3000);
  await shot('sveltia-saved');
  report.afterSave = await page.locator('body').innerText();
  report.saved = await page.evaluate(async (dir) => {
    let at = await (await navigator.storage.getDirectory()).getDirectoryHandle('site');
    for (const p of dir.split('/')) at = await at.getDirectoryHandle(p);
    const out = {};
    for await (const [name, h] of at.entries()) {
      if (name.endsWith('.md')) out[name] = await (await h.getFile()).text();
    }
    return out;
  }, BUNDLE);
});

// 4b. A new picture added to the gallery: "Add Galerija" > the picture kind, its "Browse"
// (Sveltia CMS's asset dialog) > "Upload" (the browser's file chooser, answered with a photo) >
// "Insert"; its alt texts in both languages; saved. The item's folder as Sveltia CMS left it
// (pictures in base64) is in the report.
const added = saved && await step('picture', async () => {
  await page.goto(new URL('admin/#/collections/news', base).href);
  const item = page.getByText(/^2021-08-12 · /).first();
  await item.waitFor();
  await item.click();
  await page.getByText('Galerija').first().waitFor();
  await page.waitForTimeout(1500);
  for (const list of await page.locator('[aria-controls^="list-"]').all()) {
    await list.scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
  }
  const add = page.getByRole('button', { name: /Add .*Galerija/ });
  await add.first().scrollIntoViewIfNeeded();
  await add.first().click();
  await page.waitForTimeout(800);
  report.menu = await page.getByRole('menuitem').allInnerTexts();
  await shot('sveltia-add-menu');
  await page.getByRole('menuitem', { name: /Attēls/ }).first().click();
  await page.waitForTimeout(1500);
  const browse = page.getByRole('button', { name: 'Browse', exact: true }).last();
  await browse.scrollIntoViewIfNeeded();
  await browse.click();
  // Its asset dialog: the item's own pictures ("Entry Assets"), and Upload.
  const dialog = page.getByRole('dialog').filter({ hasText: 'Entry Assets' }).last();
  await dialog.getByRole('button', { name: /Upload/ }).waitFor();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', { timeout: 10000 }),
    dialog.getByRole('button', { name: /Upload/ }).click(),
  ]);
  await chooser.setFiles(plan.photo);
  await page.waitForTimeout(2000);
  report.dialog = (await dialog.innerText().catch(() => '')).slice(-1500);
  await shot('sveltia-uploaded');
  const insert = dialog.getByRole('button', { name: 'Insert', exact: true });
  await insert.click();
  await page.waitForTimeout(1500);
  await shot('sveltia-chosen');
  const alts = (lang) => page.getByLabel(new RegExp(`Attēla apraksts \\(alt\\): ${lang}`));
  await alts('latviski').last().fill('Atvērto durvju dienas apmeklētāji');
  await alts('lietuviski').last().fill('Atvirų durų dienos lankytojai');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForTimeout(3000);
  report.afterPictureSave = (await page.locator('body').innerText()).slice(0, 1500);
  report.pictureFiles = await page.evaluate(async (dir) => {
    let at = await (await navigator.storage.getDirectory()).getDirectoryHandle('site');
    for (const p of dir.split('/')) at = await at.getDirectoryHandle(p);
    const out = {};
    for await (const [name, h] of at.entries()) {
      if (name.endsWith('.md')) {
        out[name] = await (await h.getFile()).text();
      } else {
        let bin = '';
        for (const b of new Uint8Array(await (await h.getFile()).arrayBuffer())) bin += String.fromCharCode(b);
        out[name] = btoa(bin);
      }
    }
    return out;
  }, BUNDLE);
  await shot('sveltia-added');
});

// 4c. The item written in Lithuanian only: opened, its Lithuanian title changed, saved. The
// page errors of this step are reported apart (Sveltia CMS 0.221.1 fails to save it).
const errorsBefore = report.errors.length;
const ltOnly = saved && await step('lithuanian-only', async () => {
  await page.goto(new URL('admin/#/collections/news', base).href);
  const item = page.getByText(/^2021-04-20 · /).first();
  await item.waitFor();
  await item.click();
  await page.waitForTimeout(4000);
  await shot('sveltia-lt-only');
  report.ltOnlyText = (await page.locator('body').innerText()).slice(0, 1000);
  const titles = page.getByRole('textbox', { name: /Virsraksts \/ Pavadinimas/ });
  const n = await titles.count();
  report.ltOnlyTitles = await Promise.all([...Array(n).keys()].map((i) => titles.nth(i).inputValue()));
  await titles.last().fill('Panemunėlyje remontuojamos centro patalpos');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForTimeout(3000);
  await shot('sveltia-lt-only-saved');
  report.ltOnlyAfter = await page.getByRole('alertdialog').or(page.getByRole('dialog')).allInnerTexts();
  report.ltOnlyFiles = await page.evaluate(async (dir) => {
    let at = await (await navigator.storage.getDirectory()).getDirectoryHandle('site');
    for (const p of dir.split('/')) at = await at.getDirectoryHandle(p);
    const out = {};
    for await (const [name, h] of at.entries()) {
      out[name] = await (await h.getFile()).text();
    }
    return out;
  }, 'content/news/2021-04-20-panemunelis-renovation');
});
report.ltOnlyErrors = report.errors.splice(errorsBefore);

// 5. The news section's own text, and the pages with the home page's text.
const texts = local && await step('texts', async () => {
  await page.goto(new URL('admin/#/collections/news_text', base).href);
  await page.getByText(/Jaunumi/).last().waitFor();
  await page.waitForTimeout(1500);
  report.sectionText = await page.locator('body').innerText();
  await shot('sveltia-section-text');
  await page.goto(new URL('admin/#/collections/pages', base).href);
  await page.getByText(/Par projektu/).first().waitFor();
  await page.waitForTimeout(1500);
  report.pagesList = await page.locator('body').innerText();
  await shot('sveltia-pages');
});

console.error(JSON.stringify({ signIn, local, opened, saved, added, ltOnly, texts }));
await ctx.close();
process.stdout.write(JSON.stringify(report, null, 1));
