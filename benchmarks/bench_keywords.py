"""Keyword extraction time per article beside jieba.analyse.extract_tags on the same text, same run.

    .venv/bin/python benchmarks/bench_keywords.py [SEEDS] [--repeat N]

Both are warmed up first (dictionaries loaded), then each article is timed REPEAT times and the
median is kept. Ours includes segmentation with POS tags, phrase discovery, the phrase merge and
the three rankings; the baseline is jieba's TF-IDF keyword extractor (topK=20).
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import jieba
import jieba.analyse

from analysis.io.load import load_corpus
from analysis.extract.keywords import rank_keywords
from analysis.nlp.phrases import discover_phrases, phrase_table
from analysis.nlp.segment import merge_phrases, segment_sentences

ROOT = Path(__file__).resolve().parent.parent


def our_keywords(doc) -> list:
    """Segment, discover phrases, merge them and rank: the keyword path of the pipeline."""
    tokens = segment_sentences(s.text for s in doc.sentences)
    table = phrase_table(discover_phrases(tokens))
    return rank_keywords([merge_phrases(s, table) for s in tokens])


def median_seconds(fn, arg, repeat: int) -> float:
    """Median wall time of fn(arg) over repeat runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(arg)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("seeds", nargs="?", default=str(ROOT / "seeds"))
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    jieba.setLogLevel(60)
    corpus = load_corpus(args.seeds)
    first = corpus.documents[0]
    jieba.analyse.extract_tags(first.text)
    our_keywords(first)
    ratios = []
    for doc in corpus.documents:
        ours = median_seconds(our_keywords, doc, args.repeat)
        base = median_seconds(lambda t: jieba.analyse.extract_tags(t, topK=20), doc.text, args.repeat)
        ratios.append(ours / base)
        print(f"{doc.id}: {len(doc.text)} chars, ours {ours * 1000:.1f} ms, "
              f"jieba.analyse.extract_tags {base * 1000:.1f} ms, ratio {ours / base:.2f}")
    print(f"median ratio ours / extract_tags over {len(ratios)} article(s): {statistics.median(ratios):.2f}")


if __name__ == "__main__":
    main()
