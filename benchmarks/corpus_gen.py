"""N distinct articles made by recombining sentences of the seed and the test articles (seeded, so the
same N and seed give the same corpus), written as text files or as one CSV export with dates.

    .venv/bin/python benchmarks/corpus_gen.py N OUT [--csv] [--seed S]
"""
from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def source_sentences() -> list[str]:
    """Every cleaned sentence of the seed and the test articles."""
    from analysis.io.load import load_corpus

    corpus = load_corpus([ROOT / "seeds", ROOT / "tests" / "data"])
    return [s.text for d in corpus.documents for s in d.sentences if len(s.text) >= 8]


def make_articles(n: int, seed: int = 0, sentences: tuple[int, int] = (20, 40)) -> list[dict[str, str]]:
    """n articles: title, text (20-40 recombined sentences, about 1,500-3,000 characters) and a date."""
    rng = random.Random(seed)
    pool = source_sentences()
    articles = []
    for i in range(n):
        body = rng.sample(pool, min(len(pool), rng.randint(*sentences)))
        title = body[0][:24].rstrip("，。、；：")
        date = f"{rng.randint(2012, 2016)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        articles.append({"id": f"a{i:05d}", "title": f"{title}（{i}）", "text": "".join(body), "date": date})
    return articles


def write_articles(articles: list[dict[str, str]], out: Path, as_csv: bool = False) -> Path:
    """The articles as OUT/aNNNNN.txt files (title on the first line), or as OUT/articles.csv."""
    out.mkdir(parents=True, exist_ok=True)
    if as_csv:
        path = out / "articles.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=["id", "title", "date", "text"])
            writer.writeheader()
            writer.writerows(articles)
        return path
    for a in articles:
        (out / f"{a['id']}.txt").write_text(f"{a['title']}\n{a['date']}\n{a['text']}\n", encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--csv", action="store_true", help="one CSV export instead of text files")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(write_articles(make_articles(args.n, args.seed), args.out, args.csv))


if __name__ == "__main__":
    main()
