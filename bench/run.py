#!/usr/bin/env python3
"""herald's benchmark: medians of RUNS runs of CPU time, wall time and peak memory, per corpus size.

Usage: python3 bench/run.py [--items 1000 5000] [--runs 5] [--pictures 100] [--work DIR]
                            [--tmpfs DIR] [--herald BIN] [--base BIN] [--no-serve]
                            [--root DIR] [--cold-only] [--pdf-cold]

Needs `cargo build --release --bins --examples` first. For each N it generates (once, with
examples/gen-corpus, seed 42) a text-only bilingual corpus of N items (2N pages) and measures:

  cold build        `herald build` with no previous output (and no output manifest), output on
                    the disk of --work, then into --tmpfs (default /dev/shm when it exists); the
                    cache folder is kept, so the share cards come from it (peers draw none)
  empty cache       the same onto tmpfs with the cache folder removed too: every share card is
                    drawn, as in a CI run that keeps no cache
  no-change build   `herald build` again: nothing changed, so nothing is rebuilt or rewritten
  forced rebuild    `herald build --force` over the previous output: the whole pipeline, unchanged
                    files hard-linked from the previous output
  serve edits       each kind of one-item edit -> live-reload message in `herald serve`
                    (bench/serve_latency.py --kinds all)

--root DIR measures that site (e.g. a generated corpus with `share_card: false` appended to its
site.yaml) instead of generating one; --items then only labels the rows. --cold-only measures
the cold builds onto tmpfs alone (herald, --base and the peers, alternating).

--pdf-cold measures only the press releases: on a `gen-corpus --pdf` corpus of N items (2N
PDFs of 600-1 500 words), a build with the PDF cache folder removed before each run (the other
caches kept, so only the PDFs are made cold), herald and --base alternating, and herald's build
with every PDF cached; per PDF: the cold build's CPU time less the cached build's, over the PDFs.

With --base BIN (e.g. a copy of the release binary before a change) its cold builds onto tmpfs
run in the same loop, alternating with herald's, so both see the same machine load. When
`hugo` or `zola` is on PATH, the same corpus is written in its format (bench/peers.py) and its
cold build onto tmpfs is measured in the same loop too; a missing peer is skipped and said.

On a corpus of --pictures items with galleries of 4 generated 1600x1200 photos on every fifth
item: a cold-cache and a warm-cache build. CPU time (user + system) and peak resident memory
come from getrusage (wait4) of each child process: on a shared machine CPU time is the steady
figure, wall time moves with the load. Prints a Markdown table. Standard library only.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peers  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERALD = os.path.join(ROOT, "target/release/herald")
GEN = os.path.join(ROOT, "target/release/examples/gen-corpus")


def run(cmd):
    """Runs cmd; returns (wall s, CPU s, peak RSS in MB, stdout)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"{' '.join(cmd)} failed:\n{err.read()[-3000:]}")
        return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out.read()


def corpus(work, items, images=0, pdf=False):
    name = f"c{items}" + (f"-img{images}" if images else "") + ("-pdf" if pdf else "")
    path = os.path.join(work, name)
    if not os.path.exists(os.path.join(path, "site.yaml")):
        if not os.path.exists(GEN):
            sys.exit(f"{GEN} is missing: run `cargo build --release --bins --examples` first")
        cmd = [GEN, "--items", str(items), "--out", path]
        if images:
            cmd += ["--images", str(images)]
        if pdf:
            cmd += ["--pdf"]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return path


def clean_output(site, out=None, cache=False):
    shutil.rmtree(out or os.path.join(site, "public"), ignore_errors=True)
    shutil.rmtree(os.path.join(site, ".herald-cache", "outputs"), ignore_errors=True)
    if cache:
        shutil.rmtree(os.path.join(site, ".herald-cache"), ignore_errors=True)


class Series:
    """Runs of one command: medians of wall and CPU time, the highest peak memory."""

    def __init__(self):
        self.walls, self.cpus, self.mems, self.out = [], [], [], ""

    def add(self, cmd):
        wall, cpu, mem, self.out = run(cmd)
        self.walls.append(wall)
        self.cpus.append(cpu)
        self.mems.append(mem)

    def row(self, what, n, note=""):
        print(f"| {what} | {n} | {statistics.median(self.cpus):.2f} s | "
              f"{statistics.median(self.walls):.2f} s | {max(self.mems):.0f} MB | {note} |",
              flush=True)


def measure(runs, prepare, cmd):
    s = Series()
    for _ in range(runs):
        prepare()
        s.add(cmd)
    return s


def pages_note(out):
    pages = re.search(r"(\d+) pages", out)
    return f"{pages.group(1) if pages else '?'} pages"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--pictures", type=int, default=100,
                    help="items of the picture corpus (0: skip it)")
    ap.add_argument("--work", default="/tmp/herald-bench")
    ap.add_argument("--tmpfs", default="/dev/shm" if os.path.isdir("/dev/shm") else None,
                    help="a memory file system for the output of the tmpfs rows")
    ap.add_argument("--herald", default=HERALD)
    ap.add_argument("--base", help="a second herald binary measured beside --herald")
    ap.add_argument("--no-serve", action="store_true", help="skip the serve edits")
    ap.add_argument("--root", help="an existing site to measure instead of a generated corpus")
    ap.add_argument("--cold-only", action="store_true",
                    help="only the cold builds onto tmpfs (herald, --base, peers)")
    ap.add_argument("--pdf-cold", action="store_true",
                    help="only cold PDFs: PDF cache removed before each build (herald, --base)")
    args = ap.parse_args()
    if not os.path.exists(args.herald):
        sys.exit(f"{args.herald} is missing: run `cargo build --release --bins --examples` first")
    os.makedirs(args.work, exist_ok=True)

    load = os.getloadavg()[0]
    print(f"{args.runs} runs each: median CPU time (user + system), median wall time, highest "
          f"peak memory; {os.cpu_count()} CPUs, load average {load:.1f} at the start")
    print()
    print("| what | items | CPU time | wall time | peak memory | notes |")
    print("| --- | --- | --- | --- | --- | --- |")
    if args.pdf_cold:
        for n in args.items:
            pdf_cold(args, n)
        return
    for n in args.items:
        site = os.path.abspath(args.root) if args.root else corpus(args.work, n)
        build = [args.herald, "build", "--root", site]
        if not args.cold_only:
            s = measure(args.runs, lambda: clean_output(site), build)
            s.row("cold build, onto the disk", n, pages_note(s.out))
        if args.tmpfs:
            out = os.path.join(args.tmpfs, f"herald-bench-{n}")
            contenders = [("herald", lambda o: [args.herald, "build", "--root", site,
                                                "--out", o])]
            if args.base:
                contenders.append(("herald (base)", lambda o: [args.base, "build", "--root",
                                                               site, "--out", o]))
            found = peers.commands(site, args.work)
            contenders += [(name, cmd) for name, _, cmd in found]
            series = {name: Series() for name, _ in contenders}
            # Alternating, so that every contender sees the same load.
            for _ in range(args.runs):
                for name, cmd in contenders:
                    clean_output(site, out)
                    series[name].add(cmd(out))
            clean_output(site, out)
            for name, _ in contenders:
                series[name].row(f"cold build onto tmpfs: {name}", n, pages_note(series[name].out)
                                 if name.startswith("herald") else "")
            for name in ("hugo", "zola"):
                if name not in series:
                    print(f"| cold build onto tmpfs: {name} | {n} | | | | not on PATH: skipped |")
            if args.cold_only:
                continue
            s = measure(args.runs, lambda: clean_output(site, out, cache=True),
                        [args.herald, "build", "--root", site, "--out", out])
            clean_output(site, out)
            s.row("cold build onto tmpfs, empty cache", n,
                  f"{pages_note(s.out)}, every share card drawn")
        if args.cold_only:
            continue
        clean_output(site)
        subprocess.run(build, check=True, capture_output=True)
        s = measure(args.runs, lambda: None, build)
        assert "Nothing changed" in s.out, s.out
        s.row("no-change build", n, "nothing rewritten")
        s = measure(args.runs, lambda: None, build + ["--force"])
        s.row("forced rebuild, onto the disk", n, "over the previous output")
        if not args.no_serve:
            lat = subprocess.run(
                [sys.executable, os.path.join(ROOT, "bench/serve_latency.py"), "--root", site,
                 "--runs", str(max(args.runs, 5)), "--herald", args.herald, "--kinds", "all"],
                check=True, capture_output=True, text=True).stdout
            for kind, med, worst in re.findall(r"^(\S+): median ([\d.]+) ms.*?slowest ([\d.]+) ms",
                                               lat, re.M):
                print(f"| serve: {kind} -> reload | {n} | | {med} ms (slowest {worst} ms) | | "
                      "wall time, save to message |", flush=True)
        clean_output(site)

    if args.pictures and not args.cold_only:
        site = corpus(args.work, args.pictures, images=4)
        build = [args.herald, "build", "--root", site]
        s = measure(args.runs, lambda: clean_output(site, cache=True), build)
        pics = re.search(r"Pictures: (\d+)", s.out)
        s.row("pictures, cold cache", args.pictures,
              f"{pics.group(1) if pics else '?'} photos processed")
        s = measure(args.runs, lambda: clean_output(site), build)
        assert "0 processed" in s.out, s.out
        s.row("pictures, warm cache", args.pictures, "0 processed, no decodes")


def pdf_cold(args, n):
    """Rows of cold PDFs for a corpus of n items: herald and --base alternating."""
    site = os.path.abspath(args.root) if args.root else corpus(args.work, n, pdf=True)
    out = os.path.join(args.tmpfs or args.work, f"herald-bench-pdf-{n}")
    pdf_cache = os.path.join(site, ".herald-cache", "pdf")

    def cold():
        clean_output(site, out)
        shutil.rmtree(pdf_cache, ignore_errors=True)

    def cmd(binary):
        return [binary, "build", "--root", site, "--out", out]

    # Every other cache (share cards) filled first: only the PDFs are cold below.
    cold()
    subprocess.run(cmd(args.herald), check=True, capture_output=True)
    cached = measure(args.runs, lambda: clean_output(site, out), cmd(args.herald))
    contenders = [("herald", args.herald)] + ([("herald (base)", args.base)] if args.base else [])
    series = {name: Series() for name, _ in contenders}
    for _ in range(args.runs):
        for name, binary in contenders:
            cold()
            series[name].add(cmd(binary))
    cold()
    base_cpu = statistics.median(cached.cpus)
    cached.row("PDFs cached: herald", n, pages_note(cached.out))
    for name, _ in contenders:
        s = series[name]
        found = re.search(r"(\d+) PDFs \((\d+) rendered", s.out)
        rendered = int(found.group(2)) if found else 0
        per = (statistics.median(s.cpus) - base_cpu) / rendered * 1000 if rendered else 0
        s.row(f"cold PDFs: {name}", n, f"{rendered} PDFs rendered, {per:.0f} ms of CPU time "
              "each (less the cached build)")


if __name__ == "__main__":
    main()
