#!/usr/bin/env python3
"""Time from saving a news item to the live-reload message of `herald serve`, per kind of edit.

Usage: python3 bench/serve_latency.py --root SITE [--runs 20] [--herald target/release/herald]
                                      [--kinds text,title,...|all] [--picture FILE.jpg]

Starts `herald serve` on a free port, subscribes to its live-reload stream, then makes each kind
of one-item edit RUNS times on the item in the middle of the site (waiting for each reload) and
prints, per kind, the median and the slowest time from the save to the reload message as the
client sees it, and the median CPU time (user + system) the server spent in that span (read
from /proc on Linux: on a shared machine the steady figure, where wall time moves with the
load). Every edit is undone afterwards (undoing is not timed).

  text     a sentence added below the front matter of the Latvian file
  title    the Latvian title changed
  date     the date changed (the item moves in the lists)
  tag      a tag changed
  new      a new item (folder and Latvian file) added; `delete` removes it again
  delete   that new item's folder removed
  picture  a picture (--picture, default one of the example site's) added to the item's folder
           and to the gallery of both its files

Standard library only.
"""
import argparse
import glob
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = ["text", "title", "date", "tag", "new", "delete", "picture"]


class Events:
    """The server-sent event stream of a running `herald serve`."""

    def __init__(self, url):
        hostport, base = url[len("http://"):].split("/", 1)
        host, port = hostport.split(":")
        self.sock = socket.create_connection((host, int(port)))
        self.sock.sendall(
            f"GET /{base}__herald/events HTTP/1.1\r\nHost: {hostport}\r\n\r\n".encode())
        self.sock.settimeout(60)
        self.buf = b""
        while b"\r\n\r\n" not in self.buf:
            self.buf += self.sock.recv(4096)
        self.buf = self.buf.split(b"\r\n\r\n", 1)[1]

    def drain(self, quiet=0.3):
        """Drops the messages that arrived within `quiet` seconds (a second rebuild after an
        undo), so the next timing starts clean."""
        time.sleep(quiet)
        self.sock.setblocking(False)
        try:
            while True:
                data = self.sock.recv(65536)
                if not data:
                    break
                self.buf += data
        except BlockingIOError:
            pass
        self.sock.setblocking(True)
        self.sock.settimeout(60)
        if b"\n\n" in self.buf:
            self.buf = self.buf.rpartition(b"\n\n")[2]

    def next_reload(self, errors_pass=False):
        """Waits for the next reload message; an error message is an error of the benchmark,
        unless `errors_pass` (an edit of two files shows the error of the first alone)."""
        while True:
            while b"\n\n" not in self.buf:
                self.buf += self.sock.recv(65536)
            block, _, self.buf = self.buf.partition(b"\n\n")
            if block.startswith(b"data: "):
                if b'"reload"' in block:
                    return block
                if not errors_pass:
                    raise RuntimeError(block[:500].decode(errors="replace"))


def cpu_ms(pid):
    """The CPU time (user + system) process `pid` has used so far, in ms; None off Linux."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rpartition(")")[2].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def set_line(text, key, value):
    """The front matter line `key: ...` replaced (or added after the title)."""
    line = re.compile(rf"^{key}:.*$", re.M)
    if line.search(text):
        return line.sub(lambda _: f"{key}: {value}", text, count=1)
    return re.sub(r"^(title:.*)$", lambda m: f"{m.group(1)}\n{key}: {value}", text, count=1,
                  flags=re.M)


class Item:
    """The edited item: its Latvian and Lithuanian files as they were."""

    def __init__(self, lv):
        self.lv = lv
        self.lt = lv.replace(".lv.md", ".lt.md")
        self.dir = os.path.dirname(lv)
        self.original = {p: read(p) for p in (self.lv, self.lt) if os.path.exists(p)}

    def restore(self):
        for p, text in self.original.items():
            if read(p) != text:
                write(p, text)


def edits(item, picture, i):
    """kind -> (make the edit, undo it): each returns nothing; `make` is timed."""
    lv = item.original[item.lv]
    new_dir = os.path.join(os.path.dirname(item.dir), "zz-bench-new-item")
    pic = "bench-added-picture.jpg"

    def add_picture():
        shutil.copyfile(picture, os.path.join(item.dir, pic))
        for p, alt in ((item.lt, "Nuotrauka"), (item.lv, "Fotogrāfija")):
            if p in item.original:
                text = item.original[p]
                write(p, text.replace("---\n", f"---\ngallery:\n  - image: {pic}\n    alt: \"{alt}\"\n", 1)
                      if "gallery:" not in text else
                      text.replace("gallery:\n", f"gallery:\n  - image: {pic}\n    alt: \"{alt}\"\n", 1))

    def undo_picture():
        item.restore()
        os.remove(os.path.join(item.dir, pic))

    def new_item():
        os.makedirs(new_dir, exist_ok=True)
        # The edited item's text under a front matter of its own (no slug, no gallery).
        body = lv.split("\n---\n", 1)[-1]
        write(os.path.join(new_dir, "index.lv.md"),
              f"---\ntitle: \"Jauna ziņa {i}\"\ndate: 2022-12-30\ntags: [kopiena]\n---\n{body}")

    return {
        "text": (lambda: write(item.lv, lv + f"\nLabojums {i}.\n"), item.restore),
        "title": (lambda: write(item.lv, set_line(lv, "title", f"\"Cits virsraksts {i}\"")),
                  item.restore),
        "date": (lambda: write(item.lv, set_line(lv, "date", f"2019-0{1 + i % 9}-1{i % 10}")),
                 item.restore),
        "tag": (lambda: write(item.lv, set_line(lv, "tags", f"[birka{i}, kopiena]")),
                item.restore),
        "new": (new_item, lambda: shutil.rmtree(new_dir)),
        "delete": (lambda: shutil.rmtree(new_dir), None),
        "picture": (add_picture, undo_picture),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--herald", default="target/release/herald")
    ap.add_argument("--kinds", default="text", help="comma-separated, or `all`")
    ap.add_argument("--picture", default=next(iter(sorted(glob.glob(
        os.path.join(ROOT, "content", "news", "*", "*.jpg")))), None))
    args = ap.parse_args()
    kinds = KINDS if args.kinds == "all" else args.kinds.split(",")
    for k in kinds:
        if k not in KINDS:
            sys.exit(f"unknown kind {k}: use {', '.join(KINDS)} or all")
    if "picture" in kinds and not args.picture:
        sys.exit("--picture FILE.jpg is needed for the picture edit")

    # Stopped from outside, the edits are still undone (the `finally` below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    server = subprocess.Popen(
        [args.herald, "serve", "--port", "0", "--root", args.root],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    items = sorted(glob.glob(os.path.join(args.root, "content", "news", "*", "index.lv.md")))
    item = Item(items[len(items) // 2] if items else sorted(
        glob.glob(os.path.join(args.root, "content", "news", "*.lv.md")))[0])
    try:
        line = server.stdout.readline()
        url = next(w for w in line.split() if w.startswith("http://"))
        events = Events(url)
        print(f"site: {args.root}  edited: {os.path.relpath(item.lv, args.root)}")
        times = {k: [] for k in kinds}
        cpu = {k: [] for k in kinds}
        for i in range(args.runs):
            for kind in kinds:
                make, undo = edits(item, args.picture, i)[kind]
                if kind == "delete" and "new" not in kinds:
                    edits(item, args.picture, i)["new"][0]()
                    time.sleep(0.3)
                    events.next_reload()
                events.drain()  # let the previous rebuild settle: one save at a time
                c0 = cpu_ms(server.pid)
                t0 = time.perf_counter()
                make()
                events.next_reload(errors_pass=kind == "picture")
                times[kind].append((time.perf_counter() - t0) * 1000)
                c1 = cpu_ms(server.pid)
                if c0 is not None and c1 is not None:
                    cpu[kind].append(c1 - c0)
                if undo and not (kind == "new" and "delete" in kinds):
                    events.drain()
                    undo()
                    events.next_reload(errors_pass=kind == "picture")
        for kind in kinds:
            t = sorted(times[kind])
            c = f", CPU median {statistics.median(cpu[kind]):.0f} ms" if cpu[kind] else ""
            print(f"{kind}: median {statistics.median(t):.1f} ms, fastest {t[0]:.1f} ms, "
                  f"slowest {t[-1]:.1f} ms over {len(t)} edits{c}")
    finally:
        item.restore()
        server.kill()
        leftover = os.path.join(item.dir, "bench-added-picture.jpg")
        if os.path.exists(leftover):
            os.remove(leftover)
        shutil.rmtree(os.path.join(os.path.dirname(item.dir), "zz-bench-new-item"),
                      ignore_errors=True)


if __name__ == "__main__":
    main()
