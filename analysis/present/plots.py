"""Figures, all drawn with the CJK font; built with matplotlib.figure.Figure so that a notebook
shows each one exactly once (as the cell's result) and nothing leaks between cells."""
from __future__ import annotations

import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..io.load import Corpus
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
    from ..extract.keywords import cooccurrence_graph
    from .tables import corpus_keywords

    sentences = [s.text for a in analysis.documents for s in a.doc.sentences]
    graph = cooccurrence_graph(sentences, list(corpus_keywords(analysis, top)))
    return plot_network(graph, "关键词共现网络 (terms in the same sentence)")


def org_trees(analysis) -> dict[str, dict[str, list[tuple[str, str]]]]:
    """organisation -> unit (or "" for the organisation itself) -> [(person, title)], merged over articles."""
    trees: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for a in analysis.documents:
        parent_of = {u.name: u.parent or "?" for u in a.results["units"]}
        for unit, parent in parent_of.items():
            trees.setdefault(parent, {}).setdefault(unit, [])
        for r in a.results["roles"]:
            org, unit = (parent_of[r.org], r.org) if r.org in parent_of else (r.org, "")
            people = trees.setdefault(org, {}).setdefault(unit, [])
            held = next((k for k, (person, _) in enumerate(people) if person == r.person), None)
            if held is None:
                people.append((r.person, r.title))
            elif r.title not in people[held][1].split("、"):
                people[held] = (r.person, people[held][1] + "、" + r.title)
    return trees


def column_width(unit: str, people: list) -> float:
    """Slots a unit's column takes: one a person, and room for a long unit name."""
    return max(1.0, len(people), len(unit) / 6)


def draw_org_tree(ax, org: str, tree: dict[str, list[tuple[str, str]]]) -> None:
    """One organisation's tree: the organisation, its units, the people with their titles."""
    ax.axis("off")
    columns: list[tuple[str, list[tuple[str, str]]]] = [(u, tree[u]) for u in sorted(tree, key=lambda u: (u != "", u))]
    slots = sum(column_width(unit, people) for unit, people in columns) or 1
    box = {"boxstyle": "round,pad=0.3", "ec": "#555"}
    ax.text(0.5, 0.95, org, ha="center", va="center", fontsize=11, bbox=dict(box, fc="#f4c06b"))
    slot = 0
    for unit, people in columns:
        width = column_width(unit, people)
        centre = (slot + width / 2) / slots
        top = 0.95
        if unit:
            ax.plot([0.5, centre], [0.95, 0.55], color="#999", lw=0.8, zorder=1)
            ax.text(centre, 0.55, unit, ha="center", va="center", fontsize=9, bbox=dict(box, fc="#9ec5e8"), zorder=3)
            top = 0.55
        for k, (person, title) in enumerate(people):
            x = (slot + k + 0.5) / slots
            ax.plot([centre if unit else 0.5, x], [top, 0.12], color="#999", lw=0.8, zorder=1)
            ax.text(x, 0.12, f"{person}\n{title}", ha="center", va="center", fontsize=9,
                    bbox=dict(box, fc="#bfe3b4"), zorder=3)
        slot += width
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylim(0, 1.05)


def plot_org_chart(analysis, max_orgs: int = 8) -> ChartFigure:
    """The organisation chart: one tree per organisation (organisation → units → people with titles),
    the organisations with the most units and roles first."""
    trees = org_trees(analysis)
    ranked = sorted(trees, key=lambda o: (-sum(1 + len(p) for p in trees[o].values()), o))[:max_orgs]
    if not ranked:
        fig = new_figure(8, 2)
        fig.text(0.5, 0.5, "no organisational structure found", ha="center")
        return fig
    widths = [sum(column_width(u, p) for u, p in trees[o].items()) for o in ranked]
    big = [o for o, w in zip(ranked, widths) if w > 6]
    small = [o for o, w in zip(ranked, widths) if w <= 6]
    heights = [3.6] * len(big) + [2.2] * ((len(small) + 1) // 2)
    fig = new_figure(14, sum(heights) + 0.4)
    fig.suptitle("组织结构图 (organisation → units → people, with titles)")
    grid = fig.add_gridspec(len(heights), 2, height_ratios=heights)
    for row, org in enumerate(big):
        draw_org_tree(fig.add_subplot(grid[row, :]), org, trees[org])
    for k, org in enumerate(small):
        draw_org_tree(fig.add_subplot(grid[len(big) + k // 2, k % 2]), org, trees[org])
    return fig


def timeline_figure(rows: int, title: str, empty: str):
    """A figure for a timeline of `rows` entries, or one that says there is nothing to draw."""
    fig = new_figure(10, max(2.5, 0.45 * rows + 1.2))
    ax = fig.add_subplot()
    ax.set_title(title)
    if rows == 0:
        ax.axis("off")
        ax.text(0.5, 0.5, empty, ha="center")
    return fig, ax


def to_timestamps(dates):
    """ISO dates as precise as the text allowed (2013, 2013-09, 2013-09-26) as pandas timestamps."""
    import pandas as pd

    return pd.to_datetime(dates.map(lambda d: (d + "-01-01")[:10] if len(d) == 4 else (d + "-01")[:10]),
                          errors="coerce")


def plot_monthly(table, date_column: str, label, title: str, top: int = 6) -> ChartFigure:
    """Many dated rows as counts per month (bars), the `top` most-cited rows (column 'articles') labelled."""
    import pandas as pd

    when = to_timestamps(table[date_column]).dt.to_period("M")
    per_month = when.value_counts().sort_index()
    fig = new_figure(11, 4.5)
    ax = fig.add_subplot()
    ax.set_title(title)
    x = per_month.index.to_timestamp()
    ax.bar(x, per_month.values, width=20, color="#9ec5e8")
    cited = table.assign(_when=when).nlargest(top, "articles") if "articles" in table else table.head(top)
    for k, row in enumerate(cited.to_dict("records")):
        month = row["_when"] if "_when" in row else None
        if month is None or pd.isna(month):
            continue
        y = per_month.get(month, 0)
        ax.annotate(label(row), (month.to_timestamp(), y), xytext=(0, 14 + 13 * (k % 4)), textcoords="offset points",
                    ha="center", fontsize=8, arrowprops={"arrowstyle": "-", "color": "#999"})
    ax.set_ylabel("per month")
    ax.set_ylim(0, max(per_month.max() if len(per_month) else 1, 1) * 1.9)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def short(text: str, n: int = 18) -> str:
    """text cut to n characters with an ellipsis."""
    return text if len(text) <= n else text[:n - 1] + "…"


def plot_role_timeline(changes, max_rows: int = 30) -> ChartFigure:
    """Personnel changes on a time axis: who took or left which office when (by month, the most-cited
    labelled, when there are more than max_rows)."""
    if len(changes) > max_rows:
        return plot_monthly(changes, "date", lambda r: short(f"{r['person']} {r['organisation or unit']}{r['title']}"),
                            f"人事变动 personnel changes per month ({len(changes)}; the most cited labelled)")
    fig, ax = timeline_figure(len(changes), "人事变动时间线 (personnel changes)",
                              "no dated personnel change in these articles")
    if len(changes) == 0:
        return fig
    for k, (date, row) in enumerate(zip(to_timestamps(changes["date"]), changes.to_dict("records"))):
        taking = row["change"] == "takes office"
        ax.scatter([date], [k], marker="^" if taking else "v", s=90, color="#2a7" if taking else "#c44", zorder=3)
        ax.annotate(f"{row['person']} · {row['organisation or unit'] or ''}{row['title']} ({row['change']})",
                    (date, k), xytext=(8, 0), textcoords="offset points", va="center", fontsize=9)
    ax.set_yticks([])
    ax.set_ylim(-1, len(changes))
    ax.spines[["top", "right", "left"]].set_visible(False)
    return fig


def plot_positioning_map(analysis, top: int = 12, columns_top: int = 30) -> ChartFigure:
    """Companies × products, platforms and partners: ● owns, ◆ partner, × rival; the `top` companies with
    the most ties and their `columns_top` first columns; how many more there are is said under the figure."""
    companies: dict[str, dict[str, str]] = {}
    for a in analysis.documents:
        for p in a.results["products"]:
            if p.owner:
                companies.setdefault(p.owner, {})[p.name] = "●"
        for r in a.results["partnerships"]:
            companies.setdefault(r.a, {})[r.b] = "◆"
            companies.setdefault(r.b, {})[r.a] = "◆"
        for r in a.results["rivalries"]:
            companies.setdefault(r.a, {})[r.b] = "×"
            companies.setdefault(r.b, {})[r.a] = "×"
    rows = sorted(companies, key=lambda c: (-len(companies[c]), c))[:top]
    all_columns = list(dict.fromkeys(col for c in rows for col in companies[c]))
    columns = all_columns[:columns_top]
    fig = new_figure(max(6.0, 0.42 * len(columns) + 2.5), max(2.5, 0.45 * len(rows) + 1.6))
    hidden = (len(companies) - len(rows), len(all_columns) - len(columns))
    if any(hidden):
        fig.text(0.5, 0.005, f"{hidden[0]} more companies and {hidden[1]} more columns are in the positioning table",
                 ha="center", fontsize=9, color="#555")
    ax = fig.add_subplot()
    ax.set_title("竞争定位图 positioning map (● owns  ◆ partner  × rival)")
    colors = {"●": "#3b6ea5", "◆": "#2a7", "×": "#c44"}
    for y, company in enumerate(rows):
        for x, col in enumerate(columns):
            mark = companies[company].get(col)
            if mark:
                ax.text(x, y, mark, ha="center", va="center", fontsize=13, color=colors[mark])
    ax.set_xticks(range(len(columns)), columns, rotation=60, ha="right")
    ax.set_yticks(range(len(rows)), rows)
    ax.set_xlim(-0.6, len(columns) - 0.4)
    ax.set_ylim(len(rows) - 0.4, -0.6)
    ax.grid(True, color="#eee")
    ax.set_axisbelow(True)
    return fig


def relation_counts(analysis) -> dict[tuple[str, str, str], int]:
    """(a, b, kind) -> number of articles stating it: rivals, partners and owned products."""
    from collections import Counter

    counts: Counter = Counter()
    for a in analysis.documents:
        ties = {(*sorted((r.a, r.b)), "rival") for r in a.results["rivalries"]}
        ties |= {(*sorted((r.a, r.b)), "partner") for r in a.results["partnerships"]}
        ties |= {(p.owner, p.name, "owns") for p in a.results["products"] if p.owner}
        counts.update(ties)
    return dict(counts)


def plot_rivalry_network(analysis, top: int = 30) -> ChartFigure:
    """Rivals (red), partners (green) and the products each company owns (grey), as one network: the
    `top` ties stated by the most articles; how many more there are is said under the figure."""
    import networkx as nx

    counts = relation_counts(analysis)
    ranked = sorted(counts, key=lambda k: (-counts[k], k[2] == "owns", k))
    graph = nx.Graph()
    for a, b, kind in ranked[:top]:
        graph.add_edge(a, b, kind=kind, weight=counts[(a, b, kind)])
    products = {b for a, b, kind in ranked[:top] if kind == "owns"}
    fig = new_figure(9, 7)
    ax = fig.add_subplot()
    ax.axis("off")
    ax.set_title("竞争与合作网络 rivals (red), partners (green), products (grey)")
    if len(ranked) > top:
        fig.text(0.5, 0.01, f"the {top} ties stated by the most articles; {len(ranked) - top} more are in the tables",
                 ha="center", fontsize=9, color="#555")
    if graph.number_of_nodes() == 0:
        return fig
    pos = nx.spring_layout(graph, seed=3, k=1.6 / max(1, graph.number_of_nodes()) ** 0.5, iterations=100)
    most = max(counts[k] for k in ranked[:top])
    style = {"rival": ("#c44", "solid"), "partner": ("#2a7", "dashed"), "owns": ("#aaa", "solid")}
    for kind, (color, line) in style.items():
        edges = [(u, v) for u, v, d in graph.edges(data=True) if d["kind"] == kind]
        widths = [1 + 3 * graph[u][v]["weight"] / most for u, v in edges]
        nx.draw_networkx_edges(graph, pos, edgelist=edges, ax=ax, edge_color=color, width=widths, style=line)
    nx.draw_networkx_nodes(graph, pos, ax=ax, nodelist=[n for n in graph if n not in products], node_color="#f4c06b",
                           node_size=900, edgecolors="#555")
    nx.draw_networkx_nodes(graph, pos, ax=ax, nodelist=[n for n in graph if n in products], node_color="#dfe9f5",
                           node_size=500, edgecolors="#889", node_shape="s")
    nx.draw_networkx_labels(graph, pos, ax=ax, font_size=10, font_family=use_cjk_font())
    return fig


def plot_event_timeline(events, max_rows: int = 30) -> ChartFigure:
    """Dated events on a time axis, each labelled with its (shortened) clause (by month, the most-cited
    labelled, when there are more than max_rows)."""
    import pandas as pd

    if len(events) > max_rows:
        return plot_monthly(events, "date", lambda r: short(r["event"]),
                            f"事件 events per month ({len(events)}; the most cited labelled)")
    fig, ax = timeline_figure(len(events), "事件时间线 (events)", "no dated event in these articles")
    if len(events) == 0:
        return fig
    when = to_timestamps(events["date"])
    for k, (date, row) in enumerate(zip(when, events.to_dict("records"))):
        ax.scatter([date], [k], s=60, color="#3b6ea5", zorder=3)
        label = row["event"] if len(row["event"]) <= 34 else row["event"][:33] + "…"
        ax.annotate(f"{row['date']}  {label}", (date, k), xytext=(8, 0), textcoords="offset points",
                    va="center", fontsize=9)
    ax.set_yticks([])
    ax.set_ylim(len(events), -1)
    ax.set_xlim(when.min() - pd.Timedelta(days=120), when.max() + pd.Timedelta(days=1400))
    ax.spines[["top", "right", "left"]].set_visible(False)
    return fig


def plot_mentions_by_month(table) -> ChartFigure:
    """Articles a month that name each of the leading companies (a table from mentions_by_month)."""
    fig = new_figure(10, 4)
    ax = fig.add_subplot()
    ax.set_title("提及趋势 articles naming each company, per month")
    if table.empty:
        ax.axis("off")
        ax.text(0.5, 0.5, "no dated article names a company", ha="center")
        return fig
    for company in table.columns:
        ax.plot(table.index.to_timestamp(), table[company], marker="o", ms=3, label=company)
    ax.legend(fontsize=9, ncol=min(4, len(table.columns)))
    ax.set_ylabel("articles")
    ax.spines[["top", "right"]].set_visible(False)
    return fig
