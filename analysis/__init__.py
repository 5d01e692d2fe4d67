"""Chinese business news analysis: corpus, segmentation, extractors, tables, plots and reports.

Notebooks import this package once (`import analysis as an`) and call its functions.
"""
from .io.load import Corpus, Document, NoUsableArticles, Sentence, Skipped, load_corpus
from .present.fonts import use_cjk_font
from .present.interactive import interactive_tables
from .present.profile import company_profile, focus, leading_companies, mentions_by_month, profile_summary
from .extract.keywords import cooccurrence_graph, kwic, rank_keywords
from .corpus.engines import make_engine
from .corpus.pipeline import CorpusAnalysis, DocumentAnalysis, analyse_corpus, analyse_document
from .nlp.lexicon import use_lexicon
from .present.plots import (plot_event_timeline, plot_keyword_network, plot_network, plot_org_chart, plot_positioning_map,
                    plot_mentions_by_month, plot_rivalry_network, plot_role_timeline, plot_sentence_lengths, plot_top_terms,
                   plot_wordcloud)
from .present.records import extractions, write_extractions
from .nlp.segment import Token, segment
from .present.tables import (articles_table, corpus_keywords, corpus_summary, distinctive_table, first_sentences_table,
                     keywords_summary, keywords_table, kwic_table, methods_table, org_summary,
                     organizations_table, people_table, personnel_changes_table, phrases_table, removal_summary,
                     removed_table, roles_table, skipped_table, units_table, products_table, relations_table,
                     positioning_matrix, strategy_table, quotes_table, events_table, figures_table,
                     positioning_summary)

__all__ = [
    "segment",
    "Corpus",
    "CorpusAnalysis",
    "Document",
    "DocumentAnalysis",
    "NoUsableArticles",
    "Sentence",
    "Skipped",
    "Token",
    "analyse_corpus",
    "analyse_document",
    "articles_table",
    "cooccurrence_graph",
    "corpus_keywords",
    "corpus_summary",
    "distinctive_table",
    "events_table",
    "extractions",
    "interactive_tables",
    "make_engine",
    "use_lexicon",
    "company_profile",
    "focus",
    "leading_companies",
    "mentions_by_month",
    "plot_mentions_by_month",
    "profile_summary",
    "figures_table",
    "first_sentences_table",
    "keywords_summary",
    "keywords_table",
    "kwic",
    "kwic_table",
    "load_corpus",
    "methods_table",
    "org_summary",
    "organizations_table",
    "people_table",
    "personnel_changes_table",
    "phrases_table",
    "plot_event_timeline",
    "plot_keyword_network",
    "plot_network",
    "plot_org_chart",
    "plot_positioning_map",
    "plot_rivalry_network",
    "plot_role_timeline",
    "plot_sentence_lengths",
    "plot_top_terms",
    "plot_wordcloud",
    "positioning_matrix",
    "positioning_summary",
    "products_table",
    "quotes_table",
    "rank_keywords",
    "relations_table",
    "removal_summary",
    "removed_table",
    "roles_table",
    "skipped_table",
    "strategy_table",
    "units_table",
    "use_cjk_font",
    "write_extractions",
]
