"""Extraction (and optionally the report) on N distinct generated articles, beside plain jieba.lcut of the
same texts in the same run, two ways: the cutting alone with the dictionary already loaded, and a whole
command that starts Python, imports jieba, loads its dictionary and cuts (as `extract` is a whole
command); the analysis cache is off. Prints seconds, the ratio to jieba, articles per
second and the peak memory of the whole process tree (workers included).

    .venv/bin/python benchmarks/bench_scale.py 300 [--report] [--csv] [--jobs N]
    .venv/bin/python benchmarks/bench_scale.py 10000
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_gen import make_articles, write_articles  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def plain_jieba_seconds(texts: list[str]) -> float:
    """Seconds jieba.lcut takes over the texts, dictionary already loaded (one core)."""
    import jieba

    jieba.setLogLevel(60)
    jieba.lcut("预热")
    start = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - start


PLAIN_JIEBA_COMMAND = """
import json, sys, jieba
jieba.setLogLevel(60)
for text in json.load(open(sys.argv[1], encoding="utf-8")):
    jieba.lcut(text)
"""


def plain_jieba_command_seconds(texts: list[str], folder: Path) -> float:
    """Wall seconds of a whole command that cuts the texts with plain jieba: start, import, dictionary, cut."""
    path = folder / "texts.json"
    path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    return run_measured([sys.executable, "-c", PLAIN_JIEBA_COMMAND, str(path)])[0]


def run_measured(command: list[str]) -> tuple[float, int]:
    """Wall seconds of a command and the peak resident memory of its process tree (sampled every 50 ms)."""
    env = {**os.environ, "CN_NEWS_CACHE": "off"}
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0]

    def sample() -> None:
        parent = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                tree = [parent, *parent.children(recursive=True)]
                peak[0] = max(peak[0], sum(p.memory_info().rss for p in tree))
            except psutil.Error:
                pass
            time.sleep(0.05)
    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    watcher.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{err.decode()[-2000:]}")
    return seconds, peak[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=300)
    parser.add_argument("--report", action="store_true", help="also time `python -m analysis report`")
    parser.add_argument("--csv", action="store_true", help="read the articles from one CSV export")
    parser.add_argument("--jobs", type=int, default=0)
    args = parser.parse_args()
    articles = make_articles(args.n)
    texts = [a["text"] for a in articles]
    with tempfile.TemporaryDirectory() as tmp:
        inputs = write_articles(articles, Path(tmp) / "in", args.csv)
        base = plain_jieba_seconds(texts)
        command_base = plain_jieba_command_seconds(texts, Path(tmp))
        python = sys.executable
        extract, peak = run_measured([python, "-m", "analysis", "extract", str(inputs), "--out",
                                      str(Path(tmp) / "x.json"), "--jobs", str(args.jobs), "--quiet"])
        print(f"{args.n} articles, {sum(map(len, texts)):,} characters, {os.cpu_count()} cores")
        print(f"plain jieba.lcut (one core): {base:.2f} s cutting, dictionary loaded; "
              f"{command_base:.2f} s as a command (start, import, dictionary, cut)")
        print(f"extract: {extract:.2f} s = {extract / base:.2f}x plain jieba's cutting, "
              f"{extract / command_base:.2f}x the plain jieba command, {args.n / extract:.0f} articles/s, "
              f"peak memory {peak / 2**30:.2f} GiB")
        if args.report:
            report, peak = run_measured([python, "-m", "analysis", "report", str(inputs), "--out",
                                         str(Path(tmp) / "reports"), "--quiet"])
            sizes = {p.name: p.stat().st_size for p in (Path(tmp) / "reports").glob("*.html")}
            print(f"report: {report:.2f} s = {report / base:.2f}x plain jieba's cutting, "
                  f"{report / command_base:.2f}x the plain jieba command, peak memory {peak / 2**30:.2f} GiB")
            print("pages: " + ", ".join(f"{k} {v / 2**20:.2f} MB" for k, v in sorted(sizes.items())))


if __name__ == "__main__":
    main()
