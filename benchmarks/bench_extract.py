"""Full extraction time and memory beside plain jieba segmentation of the same corpus, same run.

    .venv/bin/python benchmarks/bench_extract.py [FOLDER ...] [--repeat N]

Default corpus: seeds/ and tests/data/. Each side is warmed up (dictionaries loaded), then timed
REPEAT times (median). Memory is the peak of Python allocations (tracemalloc) during one run.
"""
from __future__ import annotations

import argparse
import statistics
import time
import tracemalloc
from pathlib import Path

import jieba

from analysis.io.load import Corpus, load_corpus
from analysis.corpus.pipeline import compute_corpus_analysis

ROOT = Path(__file__).resolve().parent.parent


def plain_jieba(corpus: Corpus) -> int:
    """The baseline: jieba.lcut over every article's text."""
    return sum(len(jieba.lcut(doc.text)) for doc in corpus.documents)


def measure(fn, arg, repeat: int) -> tuple[float, int]:
    """Median seconds over repeat runs, and peak traced bytes of one more run."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(arg)
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    fn(arg)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return statistics.median(times), peak


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*", default=[str(ROOT / "seeds"), str(ROOT / "tests" / "data")])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    jieba.setLogLevel(60)
    corpus = Corpus()
    for folder in args.folders:
        loaded = load_corpus(folder)
        corpus.documents += loaded.documents
    chars = sum(len(d.text) for d in corpus.documents)
    plain_jieba(corpus)
    compute_corpus_analysis(corpus)
    base_t, base_m = measure(plain_jieba, corpus, args.repeat)
    ours_t, ours_m = measure(compute_corpus_analysis, corpus, args.repeat)
    print(f"corpus: {len(corpus.documents)} articles, {chars} characters")
    print(f"plain jieba.lcut: {base_t * 1000:.1f} ms, peak {base_m / 2**20:.1f} MiB")
    print(f"full extraction (segmentation with POS, phrases, every extractor, keywords): "
          f"{ours_t * 1000:.1f} ms, peak {ours_m / 2**20:.1f} MiB")
    print(f"ratio time {ours_t / base_t:.2f}, ratio peak memory {ours_m / max(base_m, 1):.2f}")


if __name__ == "__main__":
    main()
