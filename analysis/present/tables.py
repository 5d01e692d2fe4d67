"""pandas tables for the notebooks: one function a table, evidence kept in a column."""
from __future__ import annotations

import html
import itertools
import re
from collections import Counter
from pathlib import Path

import pandas as pd

from ..io.load import Corpus, Document
from ..corpus.pipeline import CorpusAnalysis
from ..extract.confidence import combined, confidence


class Markdown(str):
    """A string a notebook shows as Markdown."""

    def _repr_markdown_(self) -> str:
        return str(self)


MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")


def md_text(text: str) -> str:
    """Article text made safe inside Markdown: HTML escaped (it is data, never markup), Markdown's own
    characters backslash-escaped."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(str(text), quote=False))


def articles_table(corpus: Corpus) -> pd.DataFrame:
    """One row an article: id, file, title, year, characters, sentences, encoding, script."""
    rows = [{"id": d.id, "file": Path(d.source).name, "title": d.title, "year": d.year,
             "characters": d.chars, "sentences": len(d.sentences), "encoding": d.encoding,
             "script": d.script} for d in corpus.documents]
    return pd.DataFrame(rows, columns=["id", "file", "title", "year", "characters", "sentences",
                                       "encoding", "script"])


def skipped_table(corpus: Corpus, analysis: CorpusAnalysis | None = None) -> pd.DataFrame:
    """One row a skipped file (or export row, or article over its time budget), with the reason."""
    skipped = dict.fromkeys([*corpus.skipped, *(analysis.skipped if analysis else [])])
    rows = [{"file": Path(s.source).name, "reason": s.reason} for s in skipped]
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


def evidence_sentence(doc: Document, term: str) -> str:
    """The first sentence of the article that contains term (the evidence for it)."""
    return next((s.text for s in doc.sentences if term in s.text), "")


def rows_per_article(analysis: CorpusAnalysis, wanted: int, budget: int) -> int:
    """How many rows an article gets in a per-article table: `wanted`, fewer when the corpus is large so
    that the table holds about `budget` rows (at least 3 an article; the exports keep them all)."""
    return max(3, min(wanted, budget // max(1, len(analysis.documents))))


def keywords_table(analysis: CorpusAnalysis, top: int = 20, budget: int = 2000) -> pd.DataFrame:
    """Each article's top terms by the combined ranking, with each method's rank and a sentence (fewer
    an article in a large corpus: see rows_per_article)."""
    top = rows_per_article(analysis, top, budget)
    rows = [{"id": a.doc.id, "rank": i, "term": k.term, "score": k.score, "count": k.count,
             "TF-IDF rank": k.tfidf_rank, "TextRank rank": k.textrank_rank, "frequency rank": k.frequency_rank,
             "evidence": evidence_sentence(a.doc, k.term)}
            for a in analysis.documents for i, k in enumerate(a.results["keywords"][:top], 1)]
    return pd.DataFrame(rows)


def methods_table(analysis: CorpusAnalysis, top: int = 15, budget: int = 1000) -> pd.DataFrame:
    """Each article's top terms by each method (TF-IDF, TextRank, frequency, combined), side by side."""
    top = rows_per_article(analysis, top, budget)
    frames = []
    for a in analysis.documents:
        kws = a.results["keywords"]
        by = {
            "combined": [k.term for k in kws],
            "TF-IDF": [k.term for k in sorted(kws, key=lambda k: k.tfidf_rank)],
            "TextRank": [k.term for k in sorted(kws, key=lambda k: k.textrank_rank)],
            "frequency": [k.term for k in sorted(kws, key=lambda k: k.frequency_rank)],
        }
        frame = pd.DataFrame({name: (terms + [""] * top)[:top] for name, terms in by.items()})
        frame.insert(0, "rank", range(1, top + 1))
        frame.insert(0, "id", a.doc.id)
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def phrases_table(analysis: CorpusAnalysis, top: int = 25) -> pd.DataFrame:
    """Discovered phrases and new words with their statistics and one sentence each."""
    docs = [a.doc for a in analysis.documents]
    rows = [{"phrase": p.text, "parts": " + ".join(p.parts), "count": p.count, "articles": p.articles, "PMI": p.pmi,
             "cohesion": p.cohesion, "left entropy": p.left_entropy, "right entropy": p.right_entropy,
             "evidence": next((e for e in (evidence_sentence(d, p.text) for d in docs) if e), "")}
            for p in analysis.phrases[:top]]
    return pd.DataFrame(rows)


def kwic_table(analysis: CorpusAnalysis, terms: list[str] | None = None, top: int = 5, width: int = 12,
               per_term: int = 4, max_lines: int = 100) -> pd.DataFrame:
    """Keyword in context for the given terms (default: the corpus's top terms): left, term, right; at most
    per_term lines an article and max_lines a term."""
    from ..extract.keywords import kwic

    terms = terms if terms is not None else list(corpus_keywords(analysis, top))
    rows = []
    for term in terms:
        lines = ({"term": term, "id": a.doc.id, "sentence": line.sentence, "left": line.left, "keyword": line.term,
                  "right": line.right} for a in analysis.documents for line in kwic(a.doc, term, width)[:per_term])
        rows += itertools.islice(lines, max_lines)
    return pd.DataFrame(rows, columns=["term", "id", "sentence", "left", "keyword", "right"])


def distinctive_table(analysis: CorpusAnalysis, top: int = 10, budget: int = 1000) -> pd.DataFrame:
    """With several articles: the terms that set each article apart from the others."""
    from ..extract.keywords import distinctive_terms

    top = rows_per_article(analysis, top, budget)
    if len(analysis.documents) < 2:
        return pd.DataFrame(columns=["id", "rank", "term", "count", "evidence"])
    by_doc = distinctive_terms({a.doc.id: a.results["keywords"] for a in analysis.documents}, top)
    rows = [{"id": a.doc.id, "rank": i, "term": k.term, "count": k.count,
             "evidence": evidence_sentence(a.doc, k.term)}
            for a in analysis.documents for i, k in enumerate(by_doc[a.doc.id], 1)]
    return pd.DataFrame(rows)


def keywords_summary(analysis: CorpusAnalysis, top: int = 10) -> Markdown:
    """What the corpus is about, in one Markdown sentence."""
    terms = md_text("、".join(corpus_keywords(analysis, top)))
    phrases = md_text("、".join(p.text for p in analysis.phrases[:8]) or "none")
    return Markdown(f"Across **{len(analysis.documents)}** article(s), the terms that carry the text are: "
                    f"**{terms}**. Phrases and new words found in the text itself: {phrases}.")


def corpus_keywords(analysis: CorpusAnalysis, top: int = 30) -> dict[str, float]:
    """Corpus-wide term weights: each article's combined scores added up."""
    weights: Counter = Counter()
    for a in analysis.documents:
        for k in a.results["keywords"]:
            weights[k.term] += k.score
    return dict(weights.most_common(top))


def people_table(analysis: CorpusAnalysis) -> pd.DataFrame:
    """People merged across articles: mentions, roles (each post once, with the earliest since and the latest
    until any article gives), articles and dates, first evidence."""
    posts = posts_by_person(analysis)
    rows = [{"name": p.name, "mentions": p.mentions, "roles": posts.get(p.name, []), "id": a.doc.id,
             "date": article_date(a.doc), "evidence": p.evidence, "confidence": confidence("people", p)}
            for a in analysis.documents for p in a.results["people"]]
    table = merge_facts(rows, ["name"], sums=("mentions",), joined=("roles",))
    return table.sort_values(["mentions", "name"], ascending=[False, True], ignore_index=True)


def posts_by_person(analysis: CorpusAnalysis) -> dict[str, list[str]]:
    """Each person's posts (organisation and title) across the articles, once each, with the earliest since
    and the latest until that any article gives."""
    spans: dict[str, dict[str, list]] = {}
    for a in analysis.documents:
        for r in a.results["roles"]:
            span = spans.setdefault(r.person, {}).setdefault(f"{r.org or ''}{r.title}", [None, None])
            span[0] = min((d for d in (span[0], r.since) if d), default=None)
            span[1] = max((d for d in (span[1], r.until) if d), default=None)
    return {person: [post + (f" ({' '.join(f'{w} {d}' for w, d in (('since', since), ('until', until)) if d)})"
                             if since or until else "") for post, (since, until) in held.items()]
            for person, held in spans.items()}


def organizations_table(analysis: CorpusAnalysis) -> pd.DataFrame:
    """Organisations merged across articles by name: kind, aliases, mentions, articles and dates, evidence."""
    rows = [{"name": o.name, "kind": o.kind, "aliases": list(o.aliases), "mentions": o.mentions, "id": a.doc.id,
             "date": article_date(a.doc), "evidence": o.evidence, "confidence": confidence("organizations", o)}
            for a in analysis.documents for o in a.results["organizations"]]
    table = merge_facts(rows, ["name"], sums=("mentions",), joined=("aliases",))
    kinds = {r["name"]: r["kind"] for r in reversed(rows)}
    table.insert(1, "kind", table["name"].map(kinds))
    return table.sort_values(["mentions", "name"], ascending=[False, True], ignore_index=True)


def units_table(analysis: CorpusAnalysis) -> pd.DataFrame:
    """Business units with their parent organisation merged across articles: aliases, mentions, articles."""
    rows = [{"parent": u.parent or "", "unit": u.name, "aliases": list(u.aliases), "mentions": u.mentions,
             "id": a.doc.id, "date": article_date(a.doc), "evidence": u.evidence, "confidence": confidence("units", u)}
            for a in analysis.documents for u in a.results["units"]]
    return merge_facts(rows, ["parent", "unit"], sums=("mentions",), joined=("aliases",))


def roles_table(analysis: CorpusAnalysis) -> pd.DataFrame:
    """Who holds which title where, since or until when, merged across articles, with the evidence."""
    rows = [{"person": r.person, "title": r.title, "organisation or unit": r.org or "", "since": r.since or "",
             "until": r.until or "", "id": a.doc.id, "date": article_date(a.doc), "evidence": r.evidence,
             "confidence": confidence("roles", r)}
            for a in analysis.documents for r in a.results["roles"]]
    return merge_facts(rows, ["person", "title", "organisation or unit", "since", "until"])


def personnel_changes_table(analysis: CorpusAnalysis) -> pd.DataFrame:
    """Roles with a start or an end date, in date order: the personnel changes."""
    table = roles_table(analysis)
    changes = table[(table["since"] != "") | (table["until"] != "")].copy()
    changes["date"] = changes["since"].where(changes["since"] != "", changes["until"])
    changes["change"] = (changes["since"] != "").map({True: "takes office", False: "leaves office"})
    return changes.sort_values(["date", "change"], ignore_index=True)[
        ["date", "change", "person", "title", "organisation or unit", "confidence", "evidence"]]


def org_summary(analysis: CorpusAnalysis) -> Markdown:
    """The organisational findings in one Markdown sentence."""
    n = {key: sum(len(a.results[key]) for a in analysis.documents)
         for key in ("people", "organizations", "units", "roles")}
    dated = sum(1 for a in analysis.documents for r in a.results["roles"] if r.since or r.until)
    return Markdown(f"**{n['people']}** people, **{n['organizations']}** organisations, **{n['units']}** "
                    f"business units and **{n['roles']}** roles (**{dated}** with a date) in "
                    f"**{len(analysis.documents)}** article(s).")


def _joined(table: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """List columns shown as 、-joined text."""
    for column in columns:
        table[column] = table[column].map(lambda xs: "、".join(dict.fromkeys(xs)))
    return table


MERGED_COLUMNS = ["articles", "first date", "last date", "ids"]


def article_date(doc: Document) -> str:
    """An article's date as precise as known (its date column or dateline, else its year), or ''."""
    return doc.date or (str(doc.year) if doc.year else "")


def merge_facts(rows: list[dict], keys: list[str], sums: tuple[str, ...] = (), joined: tuple[str, ...] = (),
                evidence: str = "evidence", show_ids: int = 5) -> pd.DataFrame:
    """One row a fact (its key columns) from per-article rows (each with 'id' and 'date'): how many
    articles state it, the first and last article date, the first articles' ids and the first evidence;
    `sums` are added up, `joined` lists of text merged; rows with a 'confidence' give the fact the
    articles' confidences combined (see analysis.extract.confidence). Most widely stated first."""
    scored = bool(rows) and "confidence" in rows[0]
    columns = [*keys, *sums, *joined, *(["confidence"] if scored else []), *MERGED_COLUMNS,
               *([evidence] if evidence else [])]
    merged: dict[tuple, dict] = {}
    for row in rows:
        key = tuple(row[k] for k in keys)
        entry = merged.get(key)
        if entry is None:
            entry = merged[key] = {**{k: row[k] for k in keys}, **{s: 0 for s in sums}, **{j: [] for j in joined},
                                   "_ids": [], "_dates": [], "_scores": {}, evidence: row.get(evidence, "")}
        for s in sums:
            entry[s] += row[s]
        for j in joined:
            entry[j] += [x for x in row[j] if x not in entry[j]]
        if row["id"] not in entry["_ids"]:
            entry["_ids"].append(row["id"])
        if row.get("date"):
            entry["_dates"].append(row["date"])
        if scored:  # an article's best score for the fact; articles combine as independent reports
            entry["_scores"][row["id"]] = max(row["confidence"], entry["_scores"].get(row["id"], 0.0))
    out = []
    for entry in merged.values():
        ids, dates, scores = entry.pop("_ids"), sorted(entry.pop("_dates")), entry.pop("_scores")
        if scored:
            entry["confidence"] = combined(scores.values())
        more = f" (+{len(ids) - show_ids})" if len(ids) > show_ids else ""
        out.append({**entry, "articles": len(ids), "first date": dates[0] if dates else "",
                    "last date": dates[-1] if dates else "", "ids": "、".join(ids[:show_ids]) + more,
                    **{j: "、".join(entry[j]) for j in joined}})
    table = pd.DataFrame(out, columns=columns)
    return table.sort_values(["articles", *keys], ascending=[False] + [True] * len(keys), ignore_index=True,
                             key=lambda s: s if s.name == "articles" else s.astype(str))


def products_table(analysis: CorpusAnalysis) -> pd.DataFrame:
    """Products and platforms merged across articles: owner, every owner named, mentions, articles, evidence."""
    rows = [{"product": p.name, "owner": p.owner or "", "all owners named": list(p.owners), "mentions": p.mentions,
             "id": a.doc.id, "date": article_date(a.doc), "evidence": p.evidence,
             "confidence": confidence("products", p)}
            for a in analysis.documents for p in a.results["products"]]
    return merge_facts(rows, ["product", "owner"], sums=("mentions",), joined=("all owners named",))


def relations_table(analysis: CorpusAnalysis, kind: str = "rivalries") -> pd.DataFrame:
    """Rival pairs (kind='rivalries') or partnerships (kind='partnerships') merged across articles."""
    rows = [{"organisation": r.a, "with": r.b, "relation": r.kind, "id": a.doc.id, "date": article_date(a.doc),
             "evidence": r.evidence, "confidence": confidence(kind, r)}
            for a in analysis.documents for r in a.results[kind]]
    return merge_facts(rows, ["organisation", "with", "relation"])


def positioning_matrix(analysis: CorpusAnalysis) -> pd.DataFrame:
    """One row a company: its products and platforms, partners, rivals and strategy statements."""
    rows: dict[str, dict] = {}

    def row(name: str) -> dict:
        return rows.setdefault(name, {"company": name, "products and platforms": [], "partners": [], "rivals": [],
                                      "strategy statements": 0})
    for a in analysis.documents:
        for p in a.results["products"]:
            if p.owner:
                row(p.owner)["products and platforms"].append(p.name)
        for r in a.results["partnerships"]:
            row(r.a)["partners"].append(r.b)
            row(r.b)["partners"].append(r.a)
        for r in a.results["rivalries"]:
            row(r.a)["rivals"].append(r.b)
            row(r.b)["rivals"].append(r.a)
        for s in a.results["strategy"]:
            if s.company in rows or any(s.company == p.owner for p in a.results["products"]):
                row(s.company)["strategy statements"] += 1
    table = pd.DataFrame(list(rows.values()),
                         columns=["company", "products and platforms", "partners", "rivals", "strategy statements"])
    table = _joined(table, ["products and platforms", "partners", "rivals"])
    weight = table["products and platforms"].str.len() + table["rivals"].str.len() + table["partners"].str.len()
    return table.assign(_w=weight).sort_values(["_w", "company"], ascending=[False, True]).drop(columns="_w") \
        .reset_index(drop=True)


def strategy_table(analysis: CorpusAnalysis) -> pd.DataFrame:
    """Statements of strategy, positioning and strengths, grouped by company."""
    rows = [{"company": s.company, "cue": s.cue, "statement": s.text, "sentence": s.sentence, "id": a.doc.id}
            for a in analysis.documents for s in a.results["strategy"]]
    table = pd.DataFrame(rows, columns=["company", "cue", "statement", "sentence", "id"])
    return table.sort_values(["company", "id", "sentence"], ignore_index=True)


def quotes_table(analysis: CorpusAnalysis) -> pd.DataFrame:
    """Who said what, merged across articles (the same words quoted in several), grouped by speaker."""
    rows = [{"speaker": q.speaker, "quote": q.text, "id": a.doc.id, "date": article_date(a.doc),
             "evidence": q.evidence, "confidence": confidence("quotes", q)}
            for a in analysis.documents for q in a.results["quotes"]]
    table = merge_facts(rows, ["speaker", "quote"])
    return table.sort_values(["speaker", "first date"], ignore_index=True, kind="stable")


def events_table(analysis: CorpusAnalysis) -> pd.DataFrame:
    """Dated events in date order, merged across articles, with the clause that states them."""
    rows = [{"date": e.date, "event": e.text, "id": a.doc.id, "evidence": e.evidence,
             "confidence": confidence("events", e)}
            for a in analysis.documents for e in a.results["events"]]
    table = merge_facts(rows, ["date", "event"]).drop(columns=["first date", "last date"])
    return table.sort_values(["date", "articles"], ascending=[True, False], ignore_index=True)


def figures_table(analysis: CorpusAnalysis) -> pd.DataFrame:
    """Figures merged across articles: value in plain units, unit, what it counts, the words, the sentence."""
    rows = [{"value": f.value, "unit": f.unit, "counts": f.counts, "as written": f.text, "id": a.doc.id,
             "date": article_date(a.doc), "evidence": f.evidence, "confidence": confidence("figures", f)}
            for a in analysis.documents for f in a.results["figures"]]
    return merge_facts(rows, ["value", "unit", "counts", "as written"])


def positioning_summary(analysis: CorpusAnalysis) -> Markdown:
    """The positioning findings in one Markdown sentence."""
    pairs = Counter(f"{r.a}–{r.b}" for a in analysis.documents for r in {(r.a, r.b): r for r in a.results["rivalries"]}.values())
    leading = sorted(pairs, key=lambda p: (-pairs[p], p))[:10]
    rivals = [md_text(p) for p in leading] + ([f"and {len(pairs) - 10} more pairs"] if len(pairs) > 10 else [])
    n = {key: sum(len(a.results[key]) for a in analysis.documents)
         for key in ("products", "partnerships", "quotes", "events", "figures")}
    return Markdown(f"Rivals: **{'、'.join(rivals) or 'none stated'}**. **{n['products']}** products and platforms, "
                    f"**{n['partnerships']}** partnerships, **{n['quotes']}** quotes, **{n['events']}** dated "
                    f"events and **{n['figures']}** figures in **{len(analysis.documents)}** article(s).")
