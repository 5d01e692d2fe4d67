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


def new_figure(width: float = 8, height: float = 4, layout: str | None = "constrained") -> ChartFigure:
    """A figure that uses the CJK font."""
    use_cjk_font()
    return ChartFigure(figsize=(width, height), dpi=100, layout=layout)


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


def plot_top_terms(weights: dict[str, float], title: str = "关键词 top terms", top: int = 20) -> ChartFigure:
    """Horizontal bar chart of the best terms, best at the top."""
    items = sorted(weights.items(), key=lambda kv: -kv[1])[:top][::-1]
    fig = new_figure(7, 0.32 * max(len(items), 3) + 1)
    ax = fig.add_subplot()
    ax.barh([t for t, _ in items], [w for _, w in items], color="#3b6ea5")
    ax.set_title(title)
    ax.set_xlabel("score")
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def plot_wordcloud(weights: dict[str, float], width: int = 900, height: int = 450) -> ChartFigure:
    """A word cloud of terms sized by weight, in the CJK font, with a fixed layout seed."""
    from wordcloud import WordCloud

    from .fonts import cjk_font_path

    fig = new_figure(width / 100, height / 100, layout=None)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.axis("off")
    if weights:
        cloud = WordCloud(font_path=str(cjk_font_path()), width=width, height=height, background_color="white",
                          colormap="viridis", prefer_horizontal=0.95, random_state=42, max_words=80,
                          relative_scaling=0.5, margin=4).generate_from_frequencies(weights)
        ax.imshow(cloud.to_array(), interpolation="bilinear")
    return fig


def plot_network(graph, title: str = "", seed: int = 7) -> ChartFigure:
    """A weighted graph with readable Chinese labels: node size by degree, edge width by weight."""
    import networkx as nx

    fig = new_figure(9, 6.5)
    ax = fig.add_subplot()
    ax.axis("off")
    ax.set_title(title)
    if graph.number_of_nodes() == 0:
        return fig
    pos = nx.spring_layout(graph, seed=seed, k=1.2 / max(1, graph.number_of_nodes()) ** 0.5, weight="weight")
    weights = [d.get("weight", 1) for *_, d in graph.edges(data=True)]
    top = max(weights, default=1)
    nx.draw_networkx_edges(graph, pos, ax=ax, width=[0.5 + 3 * w / top for w in weights], alpha=0.35,
                           edge_color="#667")
    degree = dict(graph.degree(weight="weight"))
    sizes = [300 + 1500 * degree[n] / max(max(degree.values()), 1) for n in graph]
    nx.draw_networkx_nodes(graph, pos, ax=ax, node_size=sizes, node_color="#9ec5e8", edgecolors="#3b6ea5")
    nx.draw_networkx_labels(graph, pos, ax=ax, font_size=11, font_family=use_cjk_font())
    return fig


def plot_keyword_network(analysis, top: int = 20) -> ChartFigure:
    """The co-occurrence network of the corpus's top terms (linked when in the same sentence)."""
    from .keywords import cooccurrence_graph
    from .tables import corpus_keywords

    sentences = [s for a in analysis.documents for s in a.tokens]
    graph = cooccurrence_graph(sentences, list(corpus_keywords(analysis, top)))
    return plot_network(graph, "关键词共现网络 (terms in the same sentence)")
