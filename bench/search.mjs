// Measures one built site in headless Chromium for bench/search.py: for each query, the time
// from submitting it to the first result and the bytes fetched (each file's gzip size, or its
// size when already compressed), with herald's search page and with Pagefind's JS API over the
// same output; and every result of herald (its index read as search.js reads it) and of
// Pagefind, for recall.
//
//   node bench/search.mjs plan.json > report.json
//   plan: { dir, chromium, profile, queries: [{ lang, q, page }] }

import { readFileSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const here = path.dirname(new URL(import.meta.url).pathname);
const require = createRequire(path.join(here, '../tests/browser/package.json'));
const { chromium } = require('playwright-core');
const engine = require(path.join(here, '../themes/default/static/search.js'));
const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = http.createServer((rq, rs) => {
  let p = decodeURIComponent(new URL(rq.url, 'http://x').pathname);
  let f = path.join(plan.dir, p);
  if (existsSync(f) && statSync(f).isDirectory()) f = path.join(f, 'index.html');
  if (!f.startsWith(plan.dir) || !existsSync(f)) { rs.writeHead(404); return rs.end(); }
  rs.writeHead(200, { 'Content-Type': types[path.extname(f)] || 'application/octet-stream' });
  rs.end(readFileSync(f));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

function wire(pathname) {
  const f = path.join(plan.dir, decodeURIComponent(pathname));
  if (!existsSync(f)) return 0;
  const raw = readFileSync(f);
  return Math.min(raw.length, zlib.gzipSync(raw, { level: 6 }).length);
}

const ctx = await chromium.launchPersistentContext(plan.profile, {
  executablePath: plan.chromium, headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
});
ctx.setDefaultTimeout(120000);

async function measure(url, folder, run) {
  const page = await ctx.newPage();
  await page.goto(base + url, { waitUntil: 'load' });
  await page.waitForTimeout(200);
  const fetched = [];
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (p.includes(folder)) fetched.push(p);
  });
  const ms = await page.evaluate(run);
  await page.waitForTimeout(300);
  await page.close();
  return { ms, requests: fetched.length, bytes: fetched.reduce((n, p) => n + wire(p), 0) };
}

// herald: the query submitted on the search page; until the first result is in the list.
const heraldRun = (q) => `new Promise((done) => {
  const list = document.getElementById('search-results');
  const t0 = performance.now();
  new MutationObserver((_, o) => { if (list.querySelector('li')) { o.disconnect(); done(performance.now() - t0); } })
    .observe(list, { childList: true });
  document.getElementById('search-q').value = ${JSON.stringify(q)};
  document.querySelector('#search form').requestSubmit();
})`;
// Pagefind: its API loaded on the first query, as its UI does; the first 10 results' data.
const pagefindRun = (q) => `(async () => {
  const t0 = performance.now();
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const r = await pf.search(${JSON.stringify(q)});
  await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
  return performance.now() - t0;
})()`;

async function pagefindUrls(lang, q) {
  const page = await ctx.newPage();
  await page.goto(`${base}/${lang}/`, { waitUntil: 'load' });
  const urls = await page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    const r = await pf.search(${JSON.stringify(q)});
    return Promise.all(r.results.map(async (x) => (await x.data()).url));
  })()`);
  await page.close();
  return urls;
}

function heraldUrls(lang, q) {
  const dir = path.join(plan.dir, 'search', lang);
  const meta = JSON.parse(readFileSync(path.join(dir, 'meta.json')));
  const words = engine.words(q).filter((w) => Array.from(w).length >= 2);
  let found = null;
  for (const [i, w] of words.entries()) {
    const shard = JSON.parse(readFileSync(path.join(dir, `s${engine.shardOf(w, meta.shards)}.json`)));
    const ids = new Set();
    for (const [t, p] of Object.entries(shard)) {
      if (!engine.finds(meta.rules, w, t, i === words.length - 1)) continue;
      let id = 0;
      for (const d of p[0]) { id += d; ids.add(id); }
    }
    found = found ? new Set([...found].filter((x) => ids.has(x))) : ids;
  }
  // Document id is one of the list in d<k>.json, k = id / meta.per.
  return [...(found || [])].map((id) =>
    JSON.parse(readFileSync(path.join(dir, `d${Math.floor(id / meta.per)}.json`)))[id % meta.per].u);
}

const out = [];
for (const q of plan.queries) {
  const row = { ...q };
  if (q.recall) {
    row.heraldUrls = heraldUrls(q.lang, q.q);
    row.pagefindUrls = await pagefindUrls(q.lang, q.q);
  } else {
    row.herald = await measure(q.page, '/search', heraldRun(q.q));
    row.heraldCode = wire('/search.js');
    row.pagefind = await measure(`/${q.lang}/`, '/pagefind/', pagefindRun(q.q));
  }
  out.push(row);
}
await ctx.close();
server.close();
process.stdout.write(JSON.stringify(out));
