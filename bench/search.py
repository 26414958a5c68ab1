#!/usr/bin/env python3
"""herald's site search measured beside Pagefind over the same built site.

Usage: python3 bench/search.py [--items 5000] [--work DIR] [--herald PATH]

Builds the example site of this repository and a generated corpus of ITEMS bilingual items
(examples/gen-corpus, seed 42), each with and without `search: false` (the index's share of the
cold build), runs Pagefind (`pagefind-bin`, pinned in .ci/requirements.txt) over the same
output, and reports for each: the index size on disk, the bytes a one-word and a three-word
query fetch (each file's gzip size, as a web server with gzip sends it; Pagefind's files are
compressed already), the time from submitting the query to the first result in headless
Chromium on loopback, and, on the example site, recall on inflected Latvian and Lithuanian
queries (the pages whose title or text holds a form of the word, found or not).

Needs `cargo build --bins --examples` (or --release with --herald target/release/herald),
Chromium and `npm ci --prefix tests/browser`. Prints a Markdown table.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (language, query as typed, the forms the pages must hold to count as relevant)
RECALL = [
    ("lv", "semināri", r"semin[aā]r"),
    ("lv", "senioriem", r"senior"),
    ("lv", "nometnes", r"nometn"),
    ("lv", "jauniešiem", r"jaunie[sš]"),
    ("lv", "dalībniekiem", r"dal[iī]bniek"),
    ("lv", "pašvaldībām", r"pa[sš]vald[iī]b"),
    ("lv", "zemgalei", r"zemgal"),
    ("lt", "stovykla", r"stovykl"),
    ("lt", "seminarų", r"seminar"),
    ("lt", "savivaldybei", r"savivaldyb"),
    ("lt", "vaikų", r"vaik"),
    ("lt", "dalyviams", r"dalyv"),
    ("lt", "senjorams", r"senjor"),
]


def run(cmd, **kw):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)
    return time.perf_counter() - start


def du(folder):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(folder) for f in fs)


def build(herald, site, search):
    """Cold build into public/ (no previous output, no manifest); returns seconds."""
    yaml = os.path.join(site, "site.yaml")
    text = re.sub(r"\nsearch: false\n", "\n", open(yaml, encoding="utf-8").read())
    if not search:
        text += "\nsearch: false\n"
    open(yaml, "w", encoding="utf-8").write(text)
    shutil.rmtree(os.path.join(site, "public"), ignore_errors=True)
    shutil.rmtree(os.path.join(site, ".herald-cache", "outputs"), ignore_errors=True)
    return run([herald, "build", "--root", site])


def relevant(site, lang, pattern):
    """Titles of the pages of `lang` whose Markdown holds a form of the word."""
    found = set()
    for d, _, fs in os.walk(os.path.join(site, "content")):
        for f in fs:
            if not f.endswith(f".{lang}.md") or f.startswith("_index"):
                continue
            text = open(os.path.join(d, f), encoding="utf-8").read()
            title = re.search(r"^title:\s*\"?(.*?)\"?\s*$", text, re.M)
            if title and re.search(pattern, text, re.I):
                found.add(title.group(1))
    return found


def titles_of(out, lang, urls):
    """The titles of herald's documents at `urls` (Pagefind's URLs have index.html or not)."""
    by_url = {}
    folder = os.path.join(out, "search", lang)
    for f in os.listdir(folder):
        if f.startswith("d"):  # d<k>.json: a list of documents
            for doc in json.load(open(os.path.join(folder, f), encoding="utf-8")):
                by_url[doc["u"]] = doc["t"]
    return {by_url[u.replace("index.html", "")] for u in urls if u.replace("index.html", "") in by_url}


def measure(out, queries):
    chromium = os.environ.get("HERALD_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    with tempfile.TemporaryDirectory() as tmp:
        plan = os.path.join(tmp, "plan.json")
        json.dump({"dir": out, "chromium": chromium, "profile": os.path.join(tmp, "p"),
                   "queries": queries}, open(plan, "w"))
        res = subprocess.run(["node", os.path.join(ROOT, "bench/search.mjs"), plan],
                             check=True, capture_output=True, text=True)
        return json.loads(res.stdout)


def site_rows(name, site, herald, one, three, recall=False):
    t_off = min(build(herald, site, False) for _ in range(2))
    t_on = min(build(herald, site, True) for _ in range(2))
    out = os.path.join(site, "public")
    subprocess.run([sys.executable, "-m", "pagefind_bin", "--site", out],
                   check=True, stdout=subprocess.DEVNULL)
    rows = [f"| {name} | index on disk | {du(os.path.join(out, 'search')) / 1e6:.2f} MB | "
            f"{du(os.path.join(out, 'pagefind')) / 1e6:.2f} MB |",
            f"| {name} | cold build, search off → on | {t_off:.2f} s → {t_on:.2f} s "
            f"(+{(t_on / t_off - 1) * 100:.0f} %) | |"]
    queries = [{"lang": "lv", "q": q, "page": "/lv/meklet/"} for q in (one, three)]
    for r, label in zip(measure(out, queries), ("one word", "three words")):
        h, p = r["herald"], r["pagefind"]
        rows.append(f"| {name} | {label} `{r['q']}`: bytes fetched | "
                    f"{(h['bytes'] + r['heraldCode']) / 1024:.1f} KB ({h['requests']} files + search.js) | "
                    f"{p['bytes'] / 1024:.1f} KB ({p['requests']} files) |")
        rows.append(f"| {name} | {label}: first result | {h['ms']:.0f} ms | {p['ms']:.0f} ms |")
    if recall:
        qs = [{"lang": l, "q": q, "page": f"/{l}/", "recall": True} for l, q, _ in RECALL]
        results = measure(out, qs)
        for lang in ("lv", "lt"):
            hit_h = hit_p = total = 0
            for (l, q, pattern), r in zip(RECALL, results):
                if l != lang:
                    continue
                want = relevant(site, l, pattern)
                total += len(want)
                hit_h += len(want & titles_of(out, l, r.get("heraldUrls", [])))
                hit_p += len(want & titles_of(out, l, r.get("pagefindUrls", [])))
            n = sum(1 for l, _, _ in RECALL if l == lang)
            rows.append(f"| {name} | recall, {n} inflected {lang} queries ({total} relevant pages) | "
                        f"{hit_h / total * 100:.0f} % | {hit_p / total * 100:.0f} % |")
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=5000)
    ap.add_argument("--work", default="/tmp/herald-search-bench")
    ap.add_argument("--herald", default=os.path.join(ROOT, "target/debug/herald"))
    args = ap.parse_args()
    herald = os.path.abspath(args.herald)
    gen = os.path.join(os.path.dirname(herald), "examples", "gen-corpus")
    os.makedirs(args.work, exist_ok=True)
    example = os.path.join(args.work, "example")
    shutil.rmtree(example, ignore_errors=True)
    os.makedirs(example)
    for entry in ("site.yaml", "content", "static"):
        src = os.path.join(ROOT, entry)
        (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, os.path.join(example, entry))
    rows = site_rows("example", example, herald, "semināri", "semināri zemgales senioriem", True)
    corpus = os.path.join(args.work, f"c{args.items}")
    if not os.path.exists(os.path.join(corpus, "site.yaml")):
        subprocess.run([gen, "--items", str(args.items), "--out", corpus], check=True,
                       stdout=subprocess.DEVNULL)
    rows += site_rows(f"{args.items} items", corpus, herald, "seminārs", "seminārs zemgale pašvaldība")
    print("| site | measure | herald | Pagefind 1.5 |\n| --- | --- | --- | --- |")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
