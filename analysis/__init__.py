"""Chinese business news analysis: corpus, segmentation, extractors, tables, plots and reports.

Notebooks import this package once (`import analysis as an`) and call its functions.
"""
from .corpus import Corpus, Document, NoUsableArticles, Sentence, Skipped, load_corpus
from .fonts import use_cjk_font
from .pipeline import CorpusAnalysis, DocumentAnalysis, analyse_corpus, analyse_document
from .plots import plot_sentence_lengths
from .records import extractions, write_extractions
from .segment import Token, segment
from .tables import (articles_table, corpus_summary, first_sentences_table, removal_summary, removed_table,
                     skipped_table)

__all__ = [
    "Corpus", "Document", "NoUsableArticles", "Sentence", "Skipped", "load_corpus", "use_cjk_font",
    "CorpusAnalysis", "DocumentAnalysis", "analyse_corpus", "analyse_document", "plot_sentence_lengths", "extractions",
    "write_extractions", "Token", "segment", "articles_table", "corpus_summary", "first_sentences_table",
    "removal_summary", "removed_table", "skipped_table",
]
