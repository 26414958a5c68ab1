#!/usr/bin/env python3
"""What the site search adds to a cold build: the same corpus built with `search: false` and with
search on, alternated in one loop so that both see the same machine load.

Usage: python3 bench/search_cost.py [--items 5000] [--runs 3] [--work DIR] [--tmpfs DIR]
                                    [--herald BIN]

Needs `cargo build --release --bins --examples` first. The corpus is examples/gen-corpus's
(seed 42) with `share_card: false` (the cards' drawing would drown the index's cost; the cache
keeps them anyway); PDFs are off in it. The "off" copy shares the content by hard links and
differs only in its site.yaml. Each run removes the output and the output manifest, keeps the
cache, and builds onto --tmpfs (default /dev/shm). Prints the CPU time (user + system, from
getrusage), wall time and peak memory of each run and the medians, and the share search adds.
Standard library only.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import GEN, HERALD, clean_output, run  # noqa: E402


def corpora(work, items):
    on = os.path.join(work, f"search-on-{items}")
    off = os.path.join(work, f"search-off-{items}")
    if not os.path.exists(os.path.join(on, "site.yaml")):
        if not os.path.exists(GEN):
            sys.exit(f"{GEN} is missing: run `cargo build --release --bins --examples` first")
        subprocess.run([GEN, "--items", str(items), "--out", on], check=True,
                       stdout=subprocess.DEVNULL)
        with open(os.path.join(on, "site.yaml"), "a") as f:
            f.write("\nshare_card: false\n")
    if not os.path.exists(os.path.join(off, "site.yaml")):
        shutil.rmtree(off, ignore_errors=True)
        subprocess.run(["cp", "-al", on, off], check=True)
        os.unlink(os.path.join(off, "site.yaml"))
        with open(os.path.join(on, "site.yaml")) as f:
            config = f.read()
        with open(os.path.join(off, "site.yaml"), "w") as f:
            f.write(config + "search: false\n")
    return on, off


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--work", default="/dev/shm/herald-search-cost")
    ap.add_argument("--tmpfs", default="/dev/shm")
    ap.add_argument("--herald", default=HERALD)
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    on, off = corpora(args.work, args.items)
    out = os.path.join(args.tmpfs, "herald-search-cost-out")
    results = {"off": [], "on": []}
    # One untimed build each: the cache (pictures, emblem, fonts) is filled once.
    for site in (off, on):
        clean_output(site, out)
        run([args.herald, "build", "--root", site, "--out", out])
    for i in range(args.runs):
        for name, site in (("off", off), ("on", on)):
            clean_output(site, out)
            wall, cpu, peak, _ = run([args.herald, "build", "--root", site, "--out", out])
            results[name].append((cpu, wall, peak))
            print(f"run {i + 1} search {name:3}: {cpu:6.2f} s CPU {wall:6.2f} s wall "
                  f"{peak:5.0f} MB", flush=True)
    shutil.rmtree(out, ignore_errors=True)
    med = {k: [statistics.median(x[j] for x in v) for j in range(3)] for k, v in results.items()}
    print()
    print("| build | search off | search on | added |")
    print("| --- | --- | --- | --- |")
    for j, what in ((0, "CPU"), (1, "wall")):
        a, b = med["off"][j], med["on"][j]
        print(f"| {what}, median of {args.runs} | {a:.2f} s | {b:.2f} s | {100 * (b / a - 1):+.0f} % |")
    print(f"| peak memory | {med['off'][2]:.0f} MB | {med['on'][2]:.0f} MB | |")
    pairs = [100 * (b[0] / a[0] - 1) for a, b in zip(results["off"], results["on"])]
    print("\nCPU added per round: " + " / ".join(f"{p:+.0f} %" for p in pairs))


if __name__ == "__main__":
    main()
