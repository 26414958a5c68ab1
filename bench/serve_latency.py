#!/usr/bin/env python3
"""Time from saving a news item to the live-reload message of `herald serve`.

Usage: python3 bench/serve_latency.py --root SITE [--runs 20] [--herald target/release/herald]

Starts `herald serve` on a free port, subscribes to its live-reload stream, then edits one
item's Markdown file RUNS times (waiting for each reload) and prints the median and the
slowest save-to-message time as the client sees it. Standard library only.
"""
import argparse
import glob
import os
import socket
import statistics
import subprocess
import sys
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--herald", default="target/release/herald")
    args = ap.parse_args()

    server = subprocess.Popen(
        [args.herald, "serve", "--port", "0", "--root", args.root],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = server.stdout.readline()
        url = next(w for w in line.split() if w.startswith("http://"))
        hostport, base = url[len("http://"):].split("/", 1)
        host, port = hostport.split(":")
        sock = socket.create_connection((host, int(port)))
        sock.sendall(f"GET /{base}__herald/events HTTP/1.1\r\nHost: {hostport}\r\n\r\n".encode())
        sock.settimeout(30)
        buf = b""
        while b"\r\n\r\n" not in buf:
            buf += sock.recv(4096)
        buf = buf.split(b"\r\n\r\n", 1)[1]

        items = sorted(glob.glob(os.path.join(args.root, "content", "news", "*", "index.lv.md")))
        target = items[len(items) // 2] if items else sorted(
            glob.glob(os.path.join(args.root, "content", "news", "*.lv.md")))[0]
        with open(target, encoding="utf-8") as f:
            original = f.read()
        times = []
        try:
            for i in range(args.runs):
                time.sleep(0.15)  # let the previous rebuild settle: one save at a time
                t0 = time.perf_counter()
                with open(target, "w", encoding="utf-8") as f:
                    f.write(original + f"\nLabojums {i}.\n")
                event = None
                while event is None:
                    while b"\n\n" not in buf:
                        buf += sock.recv(65536)
                    block, _, buf = buf.partition(b"\n\n")
                    if block.startswith(b"data: "):
                        event = block
                t1 = time.perf_counter()
                if b'"reload"' not in event:
                    print("unexpected event:", event[:200], file=sys.stderr)
                times.append((t1 - t0) * 1000)
        finally:
            with open(target, "w", encoding="utf-8") as f:
                f.write(original)
        times.sort()
        print(f"site: {args.root}  edited: {os.path.relpath(target, args.root)}")
        print(f"save -> reload message over {len(times)} edits: median {statistics.median(times):.1f} ms, "
              f"fastest {times[0]:.1f} ms, slowest {times[-1]:.1f} ms")
    finally:
        server.kill()


if __name__ == "__main__":
    main()
