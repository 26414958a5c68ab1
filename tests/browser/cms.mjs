// Decap CMS in headless Chromium against `herald serve` (tests/browser_cms.rs runs it and
// asserts on the report): axe-core on the page herald adds at /admin/ when the site has no
// CMS configuration, `herald cms`, log in to the local backend, a news item created in lv and
// lt with two photos and their alt texts, the files on disk and `herald check --strict`, the
// item in the served site, the Lithuanian title edited, a top-level page and the news section's
// own text edited, the item deleted, and a forged cross-origin save and a `../` path refused.
//
//   node cms.mjs plan.json > report.json
//
// plan.json: { base, root, herald, photos: [path, path], chromium, profile, screenshots }

import { readFileSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { launch } from './launch.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
mkdirSync(plan.screenshots, { recursive: true });
const report = { external: [], errors: [], api: [] };

const ctx = await launch(plan, { width: 1280, height: 900 });
const base = new URL(plan.base);
const page = ctx.pages()[0] || await ctx.newPage();
// Nothing but the site under test, except the forged page of another site below.
await page.route('**/*', (route) => {
  const url = new URL(route.request().url());
  if (url.host === 'evil.example') {
    return route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>evil</title>' });
  }
  if (url.host === base.host || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
  report.external.push(url.href);
  return route.abort();
});
page.on('pageerror', (e) => report.errors.push(e.message));
page.on('dialog', (d) => d.accept());
page.on('response', (r) => {
  if (!r.url().includes('/api/v1')) return;
  let action = '';
  try { action = JSON.parse(r.request().postData() || '{}').action; } catch { /* not JSON */ }
  report.api.push({ action, status: r.status() });
});

function filesOf(dir) {
  const out = {};
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    out[name] = name.endsWith('.md') ? readFileSync(p, 'utf8') : readFileSync(p).length;
  }
  return out;
}

function check() {
  try {
    const out = execFileSync(plan.herald, ['check', '--strict', '--root', plan.root], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, output: out };
  } catch (e) {
    return { code: e.status, output: `${e.stdout}\n${e.stderr}` };
  }
}

async function axe() {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.html) }));
  });
}

async function waitForSave(action) {
  const n = report.api.filter((a) => a.action === action).length;
  for (let i = 0; i < 600; i++) {
    if (report.api.filter((a) => a.action === action).length > n) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`no ${action} request`);
}

async function publish() {
  const saved = waitForSave('persistEntry');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now', { exact: true }).click();
  await saved;
  await page.waitForTimeout(1500);
}

const step = async (name, fn) => {
  try { await fn(); } catch (e) {
    await page.screenshot({ path: path.join(plan.screenshots, `failed-${name}.png`), fullPage: true });
    const shown = await page.evaluate(() => [...document.querySelectorAll('li, [role="alert"], p')]
      .map((e) => e.textContent.trim()).filter((t) => /required|must|error|fail/i.test(t)).slice(0, 20));
    throw new Error(`${name}: ${e.message}; the page says: ${JSON.stringify(shown)}`);
  }
};

// 1. The page herald adds when the CMS is not set up.
await step('unconfigured', async () => {
  await page.goto(new URL('admin/', base).href);
  report.unconfigured = { text: await page.locator('main').innerText(), axe: await axe() };
});

// 2. `herald cms`, then the editor, logged in to the local backend.
execFileSync(plan.herald, ['cms', '--root', plan.root]);
await step('login', async () => {
  await page.goto(new URL('admin/', base).href);
  await page.getByRole('button', { name: /login/i }).click();
  await page.getByText(/Jaunumi/).first().waitFor();
});

// 3. A news item in lv and lt with two photos and their alt texts in both languages, all
// written in one form: the gallery is kept on the Latvian side, each picture with an alt
// text per language (the Lithuanian side shows the same gallery, read-only).
const ALT = { lv: ['Ezers saulrietā', 'Ugunskurs pie ezera'], lt: ['Ežeras saulėlydyje', 'Laužas prie ežero'] };
// A picture's alt texts are required in the form, one per language.
const ALT_LABEL = {
  lv: /^Attēla apraksts \(alt\): latviski \/ Nuotraukos aprašymas \(alt\): latviškai/,
  lt: /^Attēla apraksts \(alt\): lietuviski \/ Nuotraukos aprašymas \(alt\): lietuviškai/,
};
// The gallery's Add menu (on the Latvian side): a picture or a video.
async function addPicture() {
  await page.getByRole('button', { name: /Add galerija/i }).first().click();
  await page.getByRole('menuitem', { name: 'Attēls / Nuotrauka', exact: true }).click();
}
await step('create', async () => {
  await page.goto(new URL('admin/#/collections/news/new', base).href);
  const title = page.getByLabel('Virsraksts / Pavadinimas', { exact: true });
  await title.nth(0).fill('Vasaras nometne pie ezera');
  await page.locator('input[type="date"]').first().fill('2024-05-02');
  // Two photos, each uploaded into the item's folder, with both alt texts.
  for (const [i, photo] of plan.photos.entries()) {
    await addPicture();
    // In page order: the cover's button, then the new picture's (a chosen one says "Choose
    // different image").
    await page.getByRole('button', { name: /^choose an image$/i }).nth(1).click();
    await page.locator('input[type="file"]').setInputFiles(photo);
    await page.getByRole('button', { name: /choose selected/i }).click();
    for (const lang of ['lv', 'lt']) await page.getByLabel(ALT_LABEL[lang]).filter({ visible: true }).nth(i).fill(ALT[lang][i]);
  }
  const bodies = page.locator('[data-slate-editor="true"]');
  await bodies.nth(0).click();
  await page.keyboard.type('Nometnē piedalījās trīsdesmit bērni.');
  // The Lithuanian side: its title and text; its gallery is the Latvian side's.
  await title.nth(1).fill('Vasaros stovykla prie ežero');
  await bodies.nth(1).click();
  await page.keyboard.type('Stovykloje dalyvavo trisdešimt vaikų.');
  // Shown on the Latvian side only (the Lithuanian side's copy of the form hides them).
  const alts = page.getByLabel(ALT_LABEL.lt).filter({ visible: true });
  report.altFields = await alts.count();
  report.altValues = await Promise.all([...Array(report.altFields).keys()].map((i) => alts.nth(i).inputValue()));
  await page.screenshot({ path: path.join(plan.screenshots, 'cms-new-item.png') });
  await publish();
});
const news = path.join(plan.root, 'content', 'news');
const created = readdirSync(news).filter((d) => d.includes('vasaras-nometne'));
report.created = created;
const bundle = path.join(news, created[0] || 'missing');
report.afterCreate = existsSync(bundle) ? filesOf(bundle) : null;
report.checkAfterCreate = check();

// 4. The item in the served site, in both languages, with its publicity block and gallery.
await step('served', async () => {
  report.served = {};
  for (const [lang, list, title] of [['lv', 'lv/jaunumi/', 'Vasaras nometne pie ezera'], ['lt', 'lt/naujienos/', 'Vasaros stovykla prie ežero']]) {
    await page.goto(new URL(list, base).href);
    await page.getByRole('link', { name: title }).first().click();
    await page.waitForLoadState();
    report.served[lang] = await page.evaluate(() => ({
      url: location.pathname,
      h1: document.querySelector('h1')?.textContent.trim(),
      publicity: !!document.querySelector('aside.publicity'),
      alts: [...document.querySelectorAll('main img')].map((i) => i.alt),
    }));
  }
});

// 5. The Lithuanian title edited.
await step('edit', async () => {
  await page.goto(new URL(`admin/#/collections/news/entries/${created[0]}/index`, base).href);
  const title = page.getByLabel('Virsraksts / Pavadinimas', { exact: true });
  await title.nth(1).waitFor();
  await title.nth(1).fill('Vasaros stovykla prie Sartų ežero');
  await publish();
  report.afterEdit = existsSync(bundle) ? filesOf(bundle) : null;
});

// 5b. A top-level page's Lithuanian title edited in the pages collection, which also lists
// the home page's text.
await step('page', async () => {
  await page.goto(new URL('admin/#/collections/pages', base).href);
  await page.getByText('Par projektu').first().waitFor();
  report.pagesList = await page.locator('main').innerText();
  await page.goto(new URL('admin/#/collections/pages/entries/about', base).href);
  const title = page.getByLabel('Virsraksts / Pavadinimas', { exact: true });
  await title.nth(1).waitFor();
  await title.nth(1).fill('Apie projektą OCTOPUS');
  await publish();
  const content = path.join(plan.root, 'content');
  report.afterPage = { lv: readFileSync(path.join(content, 'about.lv.md'), 'utf8'), lt: readFileSync(path.join(content, 'about.lt.md'), 'utf8') };
  report.checkAfterPage = check();
});

// 5c. The news section's own text: its Lithuanian title edited (`content/news/_index.lt.md`).
await step('section', async () => {
  await page.goto(new URL('admin/#/collections/news_text', base).href);
  await page.getByText('Jaunumi', { exact: true }).first().waitFor();
  report.sectionList = await page.locator('main').innerText();
  await page.goto(new URL('admin/#/collections/news_text/entries/_index', base).href);
  const title = page.getByLabel('Virsraksts / Pavadinimas', { exact: true });
  await title.nth(1).waitFor();
  await title.nth(1).fill('Naujienos ir renginiai');
  await publish();
  const news = path.join(plan.root, 'content', 'news');
  report.afterSection = { lv: readFileSync(path.join(news, '_index.lv.md'), 'utf8'), lt: readFileSync(path.join(news, '_index.lt.md'), 'utf8') };
  report.checkAfterSection = check();
});

// 6. A forged save from another site, and a `../` path from the editor's own page.
await step('forged', async () => {
  const api = await page.goto(new URL('admin/', base).href).then(() => page.evaluate(() => document.body.innerHTML.match(/__herald\/cms\/([0-9a-f]+)\/api\/v1/)?.[0]));
  const apiUrl = new URL(api, base).href;
  const save = (p) => JSON.stringify({ action: 'persistMedia', params: { asset: { path: p, content: 'eA==', encoding: 'base64' } } });
  await page.goto('http://evil.example/');
  report.forged = await page.evaluate(async ([url, body]) => {
    const out = {};
    try { await fetch(url, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body }); out.simple = 'sent'; } catch (e) { out.simple = String(e); }
    try { const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }); out.json = r.status; } catch (e) { out.json = 'blocked'; }
    return out;
  }, [apiUrl, save('static/forged.txt')]);
  report.forgedWritten = existsSync(path.join(plan.root, 'static', 'forged.txt'));
  await page.goto(new URL('admin/', base).href);
  report.climb = await page.evaluate(async ([url, body]) => {
    const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    return { status: r.status, body: await r.json() };
  }, [apiUrl, save('../climbed.txt')]);
  report.climbWritten = existsSync(path.join(plan.root, '..', 'climbed.txt'));
});

// 7. The item deleted.
await step('delete', async () => {
  await page.goto(new URL(`admin/#/collections/news/entries/${created[0]}/index`, base).href);
  await page.getByLabel('Virsraksts / Pavadinimas', { exact: true }).nth(1).waitFor();
  const deleted = waitForSave('deleteFiles').catch(() => waitForSave('deleteFile'));
  await page.getByRole('button', { name: /Published/i }).click().catch(() => {});
  await page.getByText(/Delete (published )?entry/i).first().click();
  await deleted;
  await page.waitForTimeout(1000);
  report.afterDelete = existsSync(bundle);
});

await ctx.close();
process.stdout.write(JSON.stringify(report, null, 1));
