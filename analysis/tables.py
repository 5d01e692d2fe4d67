"""pandas tables for the notebooks: one function a table, evidence kept in a column."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

from .corpus import Corpus


class Markdown(str):
    """A string a notebook shows as Markdown."""

    def _repr_markdown_(self) -> str:
        return str(self)


def articles_table(corpus: Corpus) -> pd.DataFrame:
    """One row an article: id, file, title, year, characters, sentences, encoding, script."""
    rows = [{"id": d.id, "file": Path(d.source).name, "title": d.title, "year": d.year,
             "characters": d.chars, "sentences": len(d.sentences), "encoding": d.encoding,
             "script": d.script} for d in corpus.documents]
    return pd.DataFrame(rows, columns=["id", "file", "title", "year", "characters", "sentences",
                                       "encoding", "script"])


def skipped_table(corpus: Corpus) -> pd.DataFrame:
    """One row a skipped file, with the reason."""
    rows = [{"file": Path(s.source).name, "reason": s.reason} for s in corpus.skipped]
    return pd.DataFrame(rows, columns=["file", "reason"])


def first_sentences_table(corpus: Corpus, n: int = 5) -> pd.DataFrame:
    """The first n sentences of every article after cleaning."""
    rows = [{"id": d.id, "sentence": s.index, "text": s.text}
            for d in corpus.documents for s in d.sentences[:n]]
    return pd.DataFrame(rows, columns=["id", "sentence", "text"])


def removed_table(corpus: Corpus) -> pd.DataFrame:
    """What cleaning removed from each article, and why."""
    rows = [{"id": d.id, "reason": r.reason, "removed text": r.text}
            for d in corpus.documents for r in d.removed]
    return pd.DataFrame(rows, columns=["id", "reason", "removed text"])


def removal_summary(corpus: Corpus) -> pd.DataFrame:
    """How many pieces each cleaning rule removed, over the corpus."""
    counts = Counter(r.reason for d in corpus.documents for r in d.removed)
    return pd.DataFrame(sorted(counts.items(), key=lambda kv: -kv[1]), columns=["rule", "pieces removed"])


def corpus_summary(corpus: Corpus) -> Markdown:
    """A one-paragraph summary of the corpus, in Markdown."""
    docs = corpus.documents
    years = sorted({d.year for d in docs if d.year})
    span = f"{years[0]}–{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "unknown")
    return Markdown(f"**{len(docs)}** article(s) analysed, **{sum(d.chars for d in docs):,}** characters in "
            f"**{sum(len(d.sentences) for d in docs):,}** sentences; years: {span}; "
            f"**{len(corpus.skipped)}** file(s) skipped; "
            f"**{sum(len(d.removed) for d in docs)}** boilerplate piece(s) removed.")
