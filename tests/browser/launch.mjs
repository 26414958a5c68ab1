// Chromium as the browser tests start it: headless, in a profile of its own, fetching nothing
// in the background, with long timeouts (the tests run beside others on two cores).

import { chromium } from 'playwright-core';

export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

// plan: { chromium, profile } of the test's JSON plan.
export async function launch(plan, viewport, { navigation = 120000, other = 60000 } = {}) {
  const ctx = await chromium.launchPersistentContext(plan.profile, {
    executablePath: plan.chromium, args: ARGS, headless: true, viewport,
  });
  ctx.setDefaultNavigationTimeout(navigation);
  ctx.setDefaultTimeout(other);
  return ctx;
}
