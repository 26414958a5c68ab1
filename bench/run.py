#!/usr/bin/env python3
"""herald's benchmark: median of RUNS runs and peak memory, per corpus size.

Usage: python3 bench/run.py [--items 1000 5000] [--runs 5] [--pictures 100] [--work DIR]

Needs `cargo build --release --bins --examples` first. For each N it generates (once, with
examples/gen-corpus, seed 42) a text-only bilingual corpus of N items (2N pages) and measures:

  cold build        `herald build` with no previous output (and no output manifest)
  no-change build   `herald build` again: nothing changed, so nothing is rebuilt or rewritten
  forced rebuild    `herald build --force` over the previous output: the whole pipeline, unchanged
                    files hard-linked from the previous output
  serve edit        save of one item -> live-reload message in `herald serve` (bench/serve_latency.py)

and, on a corpus of --pictures items with galleries of 4 generated 1600x1200 photos on every fifth
item, a cold-cache and a warm-cache build. Wall time and peak resident memory come from
getrusage of each child process. Prints a Markdown table. Standard library only.
"""
import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERALD = os.path.join(ROOT, "target/release/herald")
GEN = os.path.join(ROOT, "target/release/examples/gen-corpus")


def run(cmd):
    """Runs cmd; returns (seconds, peak RSS in MB, stdout)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    out = proc.stdout.read()
    err = proc.stderr.read()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{err}")
    return wall, usage.ru_maxrss / 1024, out


def corpus(work, items, images=0):
    name = f"c{items}" + (f"-img{images}" if images else "")
    path = os.path.join(work, name)
    if not os.path.exists(os.path.join(path, "site.yaml")):
        cmd = [GEN, "--items", str(items), "--out", path]
        if images:
            cmd += ["--images", str(images)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return path


def clean_output(site, cache=False):
    shutil.rmtree(os.path.join(site, "public"), ignore_errors=True)
    shutil.rmtree(os.path.join(site, ".herald-cache", "outputs"), ignore_errors=True)
    if cache:
        shutil.rmtree(os.path.join(site, ".herald-cache"), ignore_errors=True)


def measure(runs, prepare, cmd):
    times, mems = [], []
    for _ in range(runs):
        prepare()
        t, m, out = run(cmd)
        times.append(t)
        mems.append(m)
    return statistics.median(times), max(mems), out


def row(what, n, t, m, note=""):
    print(f"| {what} | {n} | {t:.2f} s | {m:.0f} MB | {note} |", flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--pictures", type=int, default=100,
                    help="items of the picture corpus (0: skip it)")
    ap.add_argument("--work", default="/tmp/herald-bench")
    args = ap.parse_args()
    for exe in (HERALD, GEN):
        if not os.path.exists(exe):
            sys.exit(f"{exe} is missing: run `cargo build --release --bins --examples` first")
    os.makedirs(args.work, exist_ok=True)

    print(f"{args.runs} runs each, median wall time, highest peak memory; {os.cpu_count()} CPUs")
    print()
    print("| what | items | time | peak memory | notes |")
    print("| --- | --- | --- | --- | --- |")
    for n in args.items:
        site = corpus(args.work, n)
        build = [HERALD, "build", "--root", site]
        t, m, out = measure(args.runs, lambda: clean_output(site), build)
        pages = re.search(r"(\d+) pages", out)
        row("cold build", n, t, m, f"{pages.group(1) if pages else '?'} pages")
        t, m, out = measure(args.runs, lambda: None, build)
        assert "Nothing changed" in out, out
        row("no-change build", n, t, m, "nothing rewritten")
        t, m, _ = measure(args.runs, lambda: None, build + ["--force"])
        row("forced rebuild", n, t, m, "over the previous output")
        lat = subprocess.run(
            [sys.executable, os.path.join(ROOT, "bench/serve_latency.py"), "--root", site,
             "--runs", str(max(args.runs, 5)), "--herald", HERALD],
            check=True, capture_output=True, text=True).stdout
        med = re.search(r"median ([\d.]+) ms", lat)
        print(f"| serve: save -> reload | {n} | {med.group(1) if med else '?'} ms | | one-item edit |",
              flush=True)
        clean_output(site)

    if args.pictures:
        site = corpus(args.work, args.pictures, images=4)
        build = [HERALD, "build", "--root", site]
        t, m, out = measure(args.runs, lambda: clean_output(site, cache=True), build)
        pics = re.search(r"Pictures: (\d+)", out)
        row("pictures, cold cache", args.pictures, t, m,
            f"{pics.group(1) if pics else '?'} photos processed")
        t, m, out = measure(args.runs, lambda: clean_output(site), build)
        assert "0 processed" in out, out
        row("pictures, warm cache", args.pictures, t, m, "0 processed, no decodes")


if __name__ == "__main__":
    main()
