// Drives headless Chromium over a built herald site served on loopback and reports what it
// measured as JSON; `tests/browser.rs` runs it and asserts on the report.
//
//   node run.mjs plan.json > report.json
//
// plan.json: { base, chromium, profile, screenshots, pages: [{ name, path, lang, kind }] }
// For every page: axe-core (WCAG 2.1 A and AA) at 1280x800 and 375x667, where the EU emblem
// lies in the first viewport and how large it is beside the other logos, reflow at 320 px
// and at 1280 px zoomed to 200 % (640 CSS px), one h1, landmarks, the skip link, a visible
// focus indicator on every element Tab reaches, the fonts in use, and a screenshot per width;
// news items also in print; galleries with the lightbox driven by the keyboard alone.

import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
mkdirSync(plan.screenshots, { recursive: true });

const LANDING = [
  { width: 1280, height: 800 },
  { width: 375, height: 667 },
];
// WCAG 1.4.10: 320 CSS px wide; 1280 px at 200 % zoom is 640 CSS px.
const REFLOW = [
  { width: 320, height: 568 },
  { width: 640, height: 400 },
];
// The fonts the EU visibility rules allow, plus the generic families they fall back to.
const ALLOWED_FONTS = ['arial', 'calibri', 'garamond', 'trebuchet ms', 'trebuchet', 'tahoma',
  'verdana', 'ubuntu', 'sans-serif', 'serif', 'monospace'];

// A fresh profile folder for every run (plan.profile), made and removed by the caller.
// No background traffic: the machine has no network beyond the site on loopback.
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];
const ctx = await chromium.launchPersistentContext(plan.profile, {
  executablePath: plan.chromium,
  args,
  headless: true,
  viewport: LANDING[0],
});
const base = new URL(plan.base);
// Generous: CI machines are small and busy (the test suite runs beside this).
ctx.setDefaultNavigationTimeout(120000);
ctx.setDefaultTimeout(60000);

// Only the site under test: anything else would be a third-party request made without the
// visitor asking, and is reported.
async function guard(page, external) {
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host === base.host || url.protocol === 'data:' || url.protocol === 'blob:') {
      return route.continue();
    }
    external.push(url.href);
    return route.abort();
  });
}

async function open(ctx, spec, viewport, external) {
  const page = await ctx.newPage();
  await page.setViewportSize(viewport);
  await guard(page, external);
  if (spec.kind === 'chooser') {
    // With JavaScript the chooser sends the visitor on before it is ever painted; it is seen
    // only without JavaScript, so it is tested that way, its meta refresh held back (204).
    // Scripts are enabled again once it is loaded, for the measurements (axe-core needs them).
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await holdRedirects(page, spec);
    const response = await page.goto(new URL(spec.path, base).href, { waitUntil: 'load' });
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
    page.emblemLoad = await emblemLoaded(page, spec);
    page.status = response ? response.status() : 0;
    return page;
  }
  // The document, then its pictures; a picture the test server is slow to send (seen on busy
  // machines) must not stop the run: the emblem, which is measured, is waited for on its own.
  const response = await page.goto(new URL(spec.path, base).href, { waitUntil: 'domcontentloaded' });
  await page.waitForLoadState('load', { timeout: 30000 }).catch(() => {
    process.stderr.write(`browser: ${spec.path} did not finish loading in 30 s; measuring anyway\n`);
  });
  page.emblemLoad = await emblemLoaded(page, spec);
  await page.waitForTimeout(50);
  page.status = response ? response.status() : 0;
  return page;
}

// Waits until the EU emblem has really loaded. A picture request that a busy machine's test
// server lost (reset or timed out) is asked for again, at most twice, and the attempts are
// reported: an emblem whose address is wrong fails every attempt, so it is still caught.
async function emblemLoaded(page, spec) {
  const failures = [];
  page.on('requestfailed', (rq) => {
    if (rq.resourceType() === 'image') failures.push(`${rq.url()}: ${rq.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.request().resourceType() === 'image' && r.status() >= 400) failures.push(`${r.url()}: HTTP ${r.status()}`);
  });
  const state = () => page.evaluate(() => {
    const i = document.querySelector('img.eu-emblem');
    return !i ? 'none' : !i.complete ? 'loading' : i.naturalWidth > 0 ? 'loaded' : 'failed';
  });
  let attempts = 1;
  for (;;) {
    await page.waitForFunction(() => {
      const i = document.querySelector('img.eu-emblem');
      return !i || i.complete;
    }, null, { timeout: 60000 }).catch(() => {});
    const s = await state();
    if (s === 'loaded' || s === 'none' || attempts === 3) return { state: s, attempts, failures };
    process.stderr.write(`browser: ${spec.path}: the emblem is ${s} (attempt ${attempts}); asking again\n`);
    attempts += 1;
    await page.evaluate(() => {
      const i = document.querySelector('img.eu-emblem');
      const src = i.getAttribute('src');
      i.removeAttribute('src');
      i.setAttribute('src', src);
    });
  }
}

// Answers navigations away from the chooser with 204 (the page stays) and notes them.
async function holdRedirects(page, spec) {
  page.redirects = [];
  await page.route((url) => url.host === base.host && url.pathname !== spec.path, (route) => {
    if (route.request().isNavigationRequest()) {
      page.redirects.push(new URL(route.request().url()).pathname);
      return route.fulfill({ status: 204 });
    }
    return route.continue();
  });
}

// Where the chooser sends a visitor whose browser asks for `locale`, with JavaScript.
async function chooserRedirect(ctx, spec, external) {
  const page = await ctx.newPage();
  await guard(page, external);
  await holdRedirects(page, spec);
  // Nothing is painted and `load` is never reported for a page that leaves while it is
  // parsed: give it a moment instead.
  await page.goto(new URL(spec.path, base).href, { waitUntil: 'commit' });
  for (let i = 0; i < 50 && !page.redirects.length; i++) await new Promise((r) => setTimeout(r, 100));
  const where = page.redirects;
  await page.close();
  return where;
}

async function axe(page) {
  // Evaluated rather than added as a <script>: the chooser is tested without JavaScript.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return {
      passes: r.passes.length,
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
      })),
      incomplete: r.incomplete.map((v) => v.id),
    };
  });
}

function rect(r) {
  return r && { x: r.x, y: r.y, width: r.width, height: r.height };
}

async function landing(page) {
  return page.evaluate(() => {
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const emblem = document.querySelector('img.eu-emblem');
    const logos = [...document.querySelectorAll('header img, .funding img')]
      .filter((img) => img !== emblem)
      .map((img) => ({ alt: img.alt, ...box(img) }));
    const text = document.querySelector('.eu-text');
    const ts = text && getComputedStyle(text);
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      scrollY: window.scrollY,
      emblem: emblem && { alt: emblem.alt, complete: emblem.complete && emblem.naturalWidth > 0, ...box(emblem) },
      logos,
      emblemText: text && {
        text: text.innerText,
        color: ts.color,
        fontStyle: ts.fontStyle,
        textDecoration: ts.textDecorationLine,
        ...box(text),
      },
    };
  });
}

async function structure(page) {
  return page.evaluate((allowed) => {
    const landmarks = {
      banner: document.querySelectorAll('body > header, [role=banner]').length,
      navigation: document.querySelectorAll('nav, [role=navigation]').length,
      main: document.querySelectorAll('main, [role=main]').length,
      contentinfo: document.querySelectorAll('body > footer, [role=contentinfo]').length,
    };
    const fonts = new Set();
    for (const el of document.querySelectorAll('body, body *')) {
      if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
      for (const f of getComputedStyle(el).fontFamily.split(',')) {
        fonts.add(f.trim().replace(/^["']|["']$/g, '').toLowerCase());
      }
    }
    const switcher = [...document.querySelectorAll('.lang-switcher li > *')].map((e) => ({
      text: e.textContent.trim(),
      lang: e.getAttribute('lang'),
    }));
    const footerLinks = [...document.querySelectorAll('footer a')].map((a) => ({ text: a.textContent.trim(), href: a.getAttribute('href') }));
    return {
      lang: document.documentElement.lang,
      title: document.title,
      h1: [...document.querySelectorAll('h1')].map((h) => h.textContent.trim()),
      landmarks,
      fonts: [...fonts].sort(),
      disallowedFonts: [...fonts].filter((f) => !allowed.includes(f)),
      switcher,
      footerLinks,
    };
  }, ALLOWED_FONTS);
}

// Tab from the top: the first stop must be the skip link, visible; every stop must show a
// focus indicator (an outline or a box shadow) that differs from its unfocused look.
async function keyboard(page, maxStops = 80) {
  await page.evaluate(() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); });
  const stops = [];
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const s = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
      const shadow = cs.boxShadow && cs.boxShadow !== 'none';
      const id = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '')
        + (el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : '');
      return {
        id,
        text: (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 60),
        visibleIndicator: outline || shadow,
        inViewport: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth,
      };
    });
    if (!s) break;
    if (stops.length && stops[0].id === s.id) break; // wrapped around
    stops.push(s);
  }
  // The skip link takes the visitor to the main content.
  let skipTarget = null;
  await page.evaluate(() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); });
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement && document.activeElement.classList.contains('skip-link'));
  if (first) {
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement && !document.activeElement.classList.contains('skip-link'), null, { timeout: 5000 }).catch(() => {});
    skipTarget = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') : null;
    });
  }
  return { stops, skipTarget };
}

async function reflow(page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const wide = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > vw + 1 && getComputedStyle(el).position !== 'fixed') {
        // Report the outermost offenders only.
        if (!wide.some((w) => w.el.contains(el))) wide.push({ el, right: r.right });
      }
    }
    return {
      viewport: vw,
      scrollWidth: document.documentElement.scrollWidth,
      overflowing: wide.slice(0, 5).map((w) => w.el.tagName.toLowerCase() + (w.el.className ? '.' + String(w.el.className).split(' ')[0] : '') + ` (right ${Math.round(w.right)})`),
    };
  });
}

async function print(page, file) {
  await page.emulateMedia({ media: 'print' });
  const r = await page.evaluate(() => {
    const shown = (sel) => [...document.querySelectorAll(sel)].some((e) => {
      const r = e.getBoundingClientRect();
      return getComputedStyle(e).display !== 'none' && r.width > 0 && r.height > 0;
    });
    const publicity = document.querySelector('.publicity');
    return {
      publicity: shown('.publicity'),
      publicityText: publicity ? publicity.innerText : '',
      emblem: shown('img.eu-emblem'),
      h1: shown('h1'),
      hidden: ['.main-nav', '.lang-switcher', '.skip-link', 'header .social', '.footer-nav'].filter((s) => !shown(s)),
      backgroundImages: [...document.querySelectorAll('body *')].filter((e) => getComputedStyle(e).backgroundColor !== 'rgba(0, 0, 0, 0)' && e.innerText && getComputedStyle(e).backgroundColor !== 'rgb(255, 255, 255)').length,
    };
  });
  await page.screenshot({ path: file, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  return r;
}

// The lightbox with the keyboard alone: Tab to the first picture, Enter opens the dialog with
// focus inside, ArrowRight shows the next picture, Tab stays inside, Escape closes and focus
// returns to the picture that opened it.
async function lightbox(page, shot) {
  const out = { steps: [] };
  const step = (name, ok, detail) => out.steps.push({ name, ok: !!ok, detail: detail ?? null });
  const links = await page.$$('.gallery-grid a');
  step('thumbnails are links', links.length > 0, `${links.length}`);
  if (!links.length) return out;
  // Reach the first thumbnail by Tab.
  await page.evaluate(() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); });
  let reached = false;
  for (let i = 0; i < 120 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement === document.querySelector('.gallery-grid a'));
  }
  step('first thumbnail reached with Tab', reached);
  if (!reached) return out;
  const opener = await page.evaluate(() => document.activeElement.getAttribute('href'));
  // Waits for a condition, then reads the state (a condition never met shows in the state).
  const settle = (fn, arg) => page.waitForFunction(fn, arg, { timeout: 10000 }).catch(() => {});
  await page.keyboard.press('Enter');
  await settle(() => document.querySelector('dialog[open]'));
  const state = () => page.evaluate(() => {
    const dlg = document.querySelector('dialog[open], [role=dialog]:not([hidden])');
    const img = dlg && dlg.querySelector('img');
    return {
      open: !!dlg && getComputedStyle(dlg).display !== 'none',
      label: dlg && (dlg.getAttribute('aria-label') || (dlg.getAttribute('aria-labelledby') && document.getElementById(dlg.getAttribute('aria-labelledby'))?.textContent) || ''),
      focusInside: !!dlg && dlg.contains(document.activeElement),
      src: img ? img.currentSrc || img.src : null,
      alt: img ? img.alt : null,
      url: location.href,
      buttons: dlg ? [...dlg.querySelectorAll('button')].map((b) => (b.getAttribute('aria-label') || b.innerText || '').trim()) : [],
      focused: document.activeElement ? (document.activeElement.getAttribute('href') || document.activeElement.tagName.toLowerCase()) : null,
    };
  });
  const opened = await state();
  step('Enter opens the dialog', opened.open && opened.url === page.url(), opened);
  step('focus moves into the dialog', opened.focusInside, opened.focused);
  step('the dialog has an accessible name', opened.label && opened.label.trim().length > 0, opened.label);
  step('every button has a label', opened.buttons.length >= 2 && opened.buttons.every((b) => b.length > 0), opened.buttons);
  step('the picture has alt text', opened.alt && opened.alt.length > 0, opened.alt);
  // The open viewer is checked like a page: contrast, labels, names.
  await settle(() => { const i = document.querySelector('dialog[open] img'); return i && i.complete; });
  await page.screenshot({ path: shot });
  out.axe = await axe(page);
  await page.keyboard.press('ArrowRight');
  await settle((src) => { const i = document.querySelector('dialog[open] img'); return i && i.src !== src; }, opened.src);
  const next = await state();
  step('ArrowRight shows the next picture', next.open && next.src && next.src !== opened.src, { before: opened.src, after: next.src });
  await page.keyboard.press('ArrowLeft');
  await settle((src) => { const i = document.querySelector('dialog[open] img'); return i && i.src === src; }, opened.src);
  const back = await state();
  step('ArrowLeft goes back', back.src === opened.src, back.src);
  let trapped = true;
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    trapped = trapped && (await state()).focusInside;
  }
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Shift+Tab');
    trapped = trapped && (await state()).focusInside;
  }
  step('Tab and Shift+Tab stay inside the dialog', trapped);
  await page.keyboard.press('Escape');
  await settle(() => !document.querySelector('dialog[open]'));
  const closed = await state();
  step('Escape closes the dialog', !closed.open, closed);
  step('focus returns to the thumbnail', closed.focused === opener, { opener, focused: closed.focused });
  return out;
}

const results = [];
const external = [];
for (const spec of plan.pages) {
  process.stderr.write(`browser: ${spec.name} (${spec.path})\n`);
  const result = { ...spec, widths: {}, reflow: {} };
  for (const viewport of LANDING) {
    const page = await open(ctx, spec, viewport, external);
    const w = { status: page.status };
    w.landing = await landing(page);
    w.emblemLoad = page.emblemLoad;
    const shot = path.join(plan.screenshots, `${spec.name}-${viewport.width}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    w.screenshot = shot;
    w.axe = await axe(page);
    if (viewport.width === 1280) {
      result.structure = await structure(page);
      result.keyboard = await keyboard(page);
      if (spec.kind === 'chooser') {
        result.redirects = { withoutJs: page.redirects, withJs: await chooserRedirect(ctx, spec, external) };
      }
      if (spec.kind === 'item') {
        result.print = await print(page, path.join(plan.screenshots, `${spec.name}-print.png`));
      }
    }
    if (spec.kind === 'gallery') {
      const p2 = await open(ctx, spec, viewport, external);
      w.lightbox = await lightbox(p2, path.join(plan.screenshots, `${spec.name}-lightbox-${viewport.width}.png`));
      await p2.close();
    }
    await page.close();
    result.widths[viewport.width] = w;
  }
  for (const viewport of REFLOW) {
    const page = await open(ctx, spec, viewport, external);
    result.reflow[viewport.width] = await reflow(page);
    await page.close();
  }
  results.push(result);
}
await ctx.close();
process.stdout.write(JSON.stringify({ chromium: plan.chromium, external, results }, null, 1));
