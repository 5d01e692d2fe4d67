"""Chinese business news analysis: corpus, segmentation, extractors, tables, plots and reports.

Notebooks import this package once (`import analysis as an`) and call its functions.
"""
from __future__ import annotations

import importlib

# Each public name and the module that defines it. A name is imported when first used, so the command
# line and the worker processes do not pay for matplotlib, pandas and networkx unless they draw or tabulate.
_WHERE = {
    "Corpus": ".io.load",
    "CorpusAnalysis": ".corpus.pipeline",
    "Document": ".io.load",
    "DocumentAnalysis": ".corpus.pipeline",
    "NoUsableArticles": ".io.load",
    "Sentence": ".io.load",
    "Skipped": ".io.load",
    "Token": ".nlp.segment",
    "analyse_corpus": ".corpus.pipeline",
    "analyse_document": ".corpus.pipeline",
    "articles_table": ".present.tables",
    "company_profile": ".present.profile",
    "cooccurrence_graph": ".extract.keywords",
    "corpus_keywords": ".present.tables",
    "corpus_summary": ".present.tables",
    "distinctive_table": ".present.tables",
    "events_table": ".present.tables",
    "extractions": ".present.records",
    "figures_table": ".present.tables",
    "first_sentences_table": ".present.tables",
    "focus": ".present.profile",
    "interactive_tables": ".present.interactive",
    "keywords_summary": ".present.tables",
    "keywords_table": ".present.tables",
    "kwic": ".extract.keywords",
    "kwic_table": ".present.tables",
    "leading_companies": ".present.profile",
    "load_corpus": ".io.load",
    "make_engine": ".corpus.engines",
    "mentions_by_month": ".present.profile",
    "methods_table": ".present.tables",
    "org_summary": ".present.tables",
    "organizations_table": ".present.tables",
    "people_table": ".present.tables",
    "personnel_changes_table": ".present.tables",
    "phrases_table": ".present.tables",
    "plot_event_timeline": ".present.plots",
    "plot_keyword_network": ".present.plots",
    "plot_mentions_by_month": ".present.plots",
    "plot_network": ".present.plots",
    "plot_org_chart": ".present.plots",
    "plot_positioning_map": ".present.plots",
    "plot_rivalry_network": ".present.plots",
    "plot_role_timeline": ".present.plots",
    "plot_sentence_lengths": ".present.plots",
    "plot_top_terms": ".present.plots",
    "plot_wordcloud": ".present.plots",
    "positioning_matrix": ".present.tables",
    "positioning_summary": ".present.tables",
    "products_table": ".present.tables",
    "profile_summary": ".present.profile",
    "quotes_table": ".present.tables",
    "rank_keywords": ".extract.keywords",
    "relations_table": ".present.tables",
    "removal_summary": ".present.tables",
    "removed_table": ".present.tables",
    "roles_table": ".present.tables",
    "segment": ".nlp.segment",
    "skipped_table": ".present.tables",
    "strategy_table": ".present.tables",
    "units_table": ".present.tables",
    "use_cjk_font": ".present.fonts",
    "use_lexicon": ".nlp.lexicon",
    "write_extractions": ".present.records",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    """The public name, imported from its module on first use."""
    if name not in _WHERE:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    value = getattr(importlib.import_module(_WHERE[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names, for tab completion."""
    return sorted(set(globals()) | set(_WHERE))
