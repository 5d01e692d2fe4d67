"""Figures, all drawn with the CJK font; built with matplotlib.figure.Figure so that a notebook
shows each one exactly once (as the cell's result) and nothing leaks between cells."""
from __future__ import annotations

import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from .corpus import Corpus
from .fonts import use_cjk_font


class ChartFigure(Figure):
    """A matplotlib Figure that a notebook shows as PNG whatever backend the kernel has."""

    def _repr_png_(self) -> bytes:
        buffer = io.BytesIO()
        FigureCanvasAgg(self).print_png(buffer)
        return buffer.getvalue()


def new_figure(width: float = 8, height: float = 4) -> ChartFigure:
    """A figure that uses the CJK font."""
    use_cjk_font()
    return ChartFigure(figsize=(width, height), dpi=100, layout="constrained")


def plot_sentence_lengths(corpus: Corpus) -> Figure:
    """Histogram of sentence lengths (characters), one colour an article."""
    fig = new_figure(8, 3.5)
    ax = fig.add_subplot()
    for doc in corpus.documents[:12]:
        ax.hist([len(s.text) for s in doc.sentences], bins=20, alpha=0.6, label=doc.id[:24])
    ax.set_title("句子长度分布 (sentence length)")
    ax.set_xlabel("字数 characters")
    ax.set_ylabel("句子数 sentences")
    if 1 < len(corpus.documents) <= 12:
        ax.legend(fontsize=8)
    return fig
