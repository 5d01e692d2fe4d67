"""A company in focus, and the corpus over time: the leading companies, a company's profile across the
corpus (units and leaders, products, rivals and partners, quotes by its people, events), and how
often the leading companies are named month by month."""
from __future__ import annotations

from collections import Counter

import pandas as pd

from ..corpus.pipeline import CorpusAnalysis
from ..nlp.lexicon import canonical_org
from .tables import (Markdown, article_date, events_table, md_text, personnel_changes_table, products_table,
                     quotes_table, relations_table, roles_table, units_table)


def leading_companies(analysis: CorpusAnalysis, top: int = 8) -> list[str]:
    """Companies named in the most articles (then the most mentions)."""
    articles: Counter = Counter()
    mentions: Counter = Counter()
    for a in analysis.documents:
        for o in a.results["organizations"]:
            if o.kind == "company":
                articles[o.name] += 1
                mentions[o.name] += o.mentions
    return sorted(articles, key=lambda n: (-articles[n], -mentions[n], n))[:top]


def focus_names(analysis: CorpusAnalysis, focus: str) -> set[str]:
    """The focus company's main name and every alias the articles give it."""
    name = canonical_org(focus.strip())
    names = {focus.strip(), name}
    for a in analysis.documents:
        for o in a.results["organizations"]:
            if o.name == name or o.name in names or names & set(o.aliases):
                names |= {o.name, *o.aliases}
    return {n for n in names if n}


def in_focus(table: pd.DataFrame, names: set[str], columns: list[str]) -> pd.DataFrame:
    """Rows whose given columns name the focus (exactly, or as the company in front: 阿里巴巴O2O事业部)."""
    if not names or table.empty:
        return table
    hit = table[columns].astype(str).apply(lambda col: col.map(lambda v: any(v == n or v.startswith(n) for n in names)))
    return table[hit.any(axis=1)].reset_index(drop=True)


def company_profile(analysis: CorpusAnalysis, focus: str = "") -> dict[str, pd.DataFrame]:
    """The focus company's profile across the corpus (the leading company when focus is empty)."""
    focus = focus or next(iter(leading_companies(analysis, 1)), "")
    names = focus_names(analysis, focus) if focus else set()
    units = in_focus(units_table(analysis), names, ["parent", "unit"])
    unit_names = set(units["unit"]) if not units.empty else set()
    roles = in_focus(roles_table(analysis), names | unit_names, ["organisation or unit"])
    people = set(roles["person"]) if not roles.empty else set()
    quotes = quotes_table(analysis)
    events = events_table(analysis)
    return {
        "units": units,
        "leaders": roles,
        "personnel changes": in_focus(personnel_changes_table(analysis), names | unit_names, ["organisation or unit"]),
        "products": in_focus(products_table(analysis), names, ["owner"]),
        "rivals": in_focus(relations_table(analysis, "rivalries"), names, ["organisation", "with"]),
        "partners": in_focus(relations_table(analysis, "partnerships"), names, ["organisation", "with"]),
        "quotes": quotes[quotes["speaker"].map(lambda s: s in people or any(s.startswith(n) for n in names))]
        .reset_index(drop=True),
        "events": events[events["event"].map(lambda e: any(n in e for n in names))].reset_index(drop=True),
    }


def profile_summary(analysis: CorpusAnalysis, focus: str = "") -> Markdown:
    """Who the profile is of, and how much the corpus says about it, in one Markdown sentence."""
    chosen = focus or next(iter(leading_companies(analysis, 1)), "")
    if not chosen:
        return Markdown("No company is named in these articles.")
    profile = company_profile(analysis, chosen)
    why = "" if focus else " (no `FOCUS` given: the company named in the most articles)"
    aliases = "、".join(sorted(focus_names(analysis, chosen) - {canonical_org(chosen)})) or "none"
    counts = ", ".join(f"**{len(t)}** {k}" for k, t in profile.items())
    return Markdown(f"Profile of **{md_text(canonical_org(chosen))}**{why}; names merged: {md_text(aliases)}. "
                    f"Across **{len(analysis.documents)}** article(s): {counts}.")


def mentions_by_month(analysis: CorpusAnalysis, top: int = 6) -> pd.DataFrame:
    """Articles a month naming each of the `top` leading companies (dated articles only)."""
    leaders = leading_companies(analysis, top)
    rows = [{"month": article_date(a.doc)[:7], "company": o.name} for a in analysis.documents
            for o in a.results["organizations"] if o.name in leaders and len(article_date(a.doc)) >= 7]
    if not rows:
        return pd.DataFrame(columns=leaders)
    table = pd.DataFrame(rows).groupby(["month", "company"]).size().unstack(fill_value=0)
    table.index = pd.PeriodIndex(table.index, freq="M")
    table = table.reindex(pd.period_range(table.index.min(), table.index.max(), freq="M"), fill_value=0)
    return table[[c for c in leaders if c in table.columns]]


def focus(table: pd.DataFrame, analysis: CorpusAnalysis, company: str = "",
          skip: tuple[str, ...] = ("evidence", "ids", "quote", "statement", "event")) -> pd.DataFrame:
    """The rows of a table that name the company (by any of its names) in a name column; the whole table
    when no company is given."""
    if not company.strip():
        return table
    columns = [c for c in table.columns if pd.api.types.is_string_dtype(table[c]) and c not in skip]
    return in_focus(table, focus_names(analysis, company), columns)
