// herald serve's error overlay in headless Chromium: a page opened while the site cannot be
// built shows the overlay, in the language herald was started with. `tests/browser_overlay.rs`
// starts the server, breaks a template and runs it.
//
//   node overlay.mjs plan.json > report.json
//
// plan.json: { url, chromium, profile }

import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];
const ctx = await chromium.launchPersistentContext(plan.profile, {
  executablePath: plan.chromium, args, headless: true,
});
ctx.setDefaultTimeout(60000);
const page = await ctx.newPage();
await page.goto(plan.url, { waitUntil: 'load' });
const overlay = page.locator('#herald-error-overlay');
await overlay.waitFor({ state: 'visible' });
const report = {
  title: (await overlay.locator('h2').textContent()).trim(),
  note: (await overlay.locator('p').textContent()).trim(),
  error: (await overlay.locator('pre').textContent()).trim(),
  role: await overlay.getAttribute('role'),
};
await ctx.close();
process.stdout.write(JSON.stringify(report));
