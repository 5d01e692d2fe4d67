"""Keywords: candidate terms, TF-IDF, TextRank, frequency, one combined ranking, KWIC and co-occurrence.

The combined ranking is weighted reciprocal-rank fusion: a term's score is the sum over the
three methods of w / (K + its rank there), scaled so that the best term scores 1, with TF-IDF
weighted twice (it alone knows how specific a word is) and TextRank and frequency once each.
A term that every method puts near the top wins; one method's quirk cannot carry a term alone.
"""
from __future__ import annotations

import functools
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Sequence

import numpy as np

if TYPE_CHECKING:
    import networkx as nx

from ..io.load import Document
from ..nlp.lexicon import LEXICON_CACHES, canonical_org, org_alias_index, product_alias_index, stopwords
from ..nlp.dictionary import jieba_idf_of
from ..nlp.segment import Token

CANDIDATE_POS = {"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "nl", "ng", "vn", "an", "eng", "l", "i", "j",
                 "phrase"}
NOISE = re.compile(r"^([\d.,%％:：/\-+]+|[A-Za-z]|[a-z]+|[\W_]+|[一二两三四五六七八九十几多数]+[大个家项种条位名成倍])$")
ENGLISH_NOISE = {"all", "in", "the", "of", "and", "to", "for", "on", "is", "at", "by", "with", "a", "an"}
RRF_K = 10
TITLE_WEIGHT = 1.0
WINDOW = 5


@dataclass(frozen=True)
class Keyword:
    """A term with its combined score and what each method gave it."""

    term: str
    score: float
    count: int
    tfidf: float
    textrank: float
    tfidf_rank: int
    textrank_rank: int
    frequency_rank: int


@dataclass(frozen=True)
class KwicLine:
    """One occurrence of a term with its left and right context."""

    sentence: int
    left: str
    term: str
    right: str


@functools.lru_cache(maxsize=65536)
def canonical_term(word: str) -> str:
    """A well-known organisation's or product's alias as its main name (阿里巴巴集团 -> 阿里巴巴)."""
    if word in org_alias_index():
        return canonical_org(word)
    product = product_alias_index().get(word)
    return product.name if product else word


def is_candidate(token: Token) -> bool:
    """Whether a token can be a keyword: a content word, not noise, a stopword or a title."""
    return is_candidate_word(token.word, token.pos)


@functools.lru_cache(maxsize=65536)
def is_candidate_word(word: str, pos: str) -> bool:
    """Whether a word with this part-of-speech tag can be a keyword (see is_candidate)."""
    if (NOISE.match(word) and not (word.isalpha() and word.isascii() and len(word) > 2 and (
            pos in ("nt", "nz") or word in org_alias_index() or word in product_alias_index()))) \
            or word in stopwords() or word.lower() in ENGLISH_NOISE:
        return False  # vivo, a lowercase name, is a term; tokens or app are not
    if len(word) < 2 and not word.isascii():
        return False
    if len(word) == 2 and word[1] in "说称":  # 时说, 中称: a segmentation artefact, not a term
        return False
    return pos in CANDIDATE_POS


@functools.lru_cache(maxsize=65536)
def candidate_term(word: str, pos: str) -> str | None:
    """The term a word with this tag stands for when it can be a keyword (its alias folded), else None."""
    return canonical_term(word) if is_candidate_word(word, pos) else None


def candidate_sentences(sentences: Sequence[Sequence[Token]]) -> list[list[str]]:
    """Each sentence's candidate terms, in order, aliases folded to their main name."""
    return [[term for term in (candidate_term(t.word, t.pos) for t in tokens) if term] for tokens in sentences]


def corpus_idf(document_frequency: dict[str, int], n: int) -> dict[str, float]:
    """Smoothed IDF of each term from its document frequency over n articles."""
    return {term: math.log((n + 1) / (count + 1)) + 1 for term, count in document_frequency.items()}


def tfidf_scores(counts: Counter, idf_corpus: dict[str, float] | None = None,
                 idf: dict[str, float] | None = None) -> dict[str, float]:
    """Sublinear TF (1 + ln count) times jieba's IDF, times the corpus IDF when there are several articles.

    The logarithm keeps a generic word that recurs often (用户) from outranking a specific
    name that recurs a few times; a word jieba does not know gets its median IDF. `idf` is jieba's IDF
    of the terms when it was looked up already (so the corpus merge need not load jieba's table).
    """
    idf = idf if idf is not None else jieba_idf_of(counts)
    scores = {}
    for term, count in counts.items():
        weight = idf[term]
        if idf_corpus:
            weight *= idf_corpus.get(term, 1.0)
        scores[term] = (1 + math.log(count)) * weight
    return scores


def textrank_scores(sentences: Sequence[Sequence[str]], window: int = WINDOW) -> dict[str, float]:
    """PageRank over the graph of terms that stand within `window` terms of each other in a sentence."""
    nodes: dict[str, int] = {}
    ids = [nodes.setdefault(term, len(nodes)) for terms in sentences for term in terms]
    if not nodes:
        return {}
    n = len(nodes)
    flat = np.array(ids, dtype=np.int64)
    sentence = np.repeat(np.arange(len(sentences)), [len(terms) for terms in sentences])
    keys = []
    for gap in range(1, window):  # each pair of terms `gap` apart in one sentence is an edge
        a, b = flat[:-gap], flat[gap:]
        keep = (sentence[:-gap] == sentence[gap:]) & (a != b)
        keys.append(np.minimum(a, b)[keep] * n + np.maximum(a, b)[keep])
    edges, weights = np.unique(np.concatenate(keys), return_counts=True)
    scores = pagerank(n, edges // n, edges % n, weights.astype(float))
    return {term: float(scores[i]) for term, i in nodes.items()}


def pagerank(n: int, a: np.ndarray, b: np.ndarray, weight: np.ndarray, damping: float = 0.85,
             iterations: int = 100, tolerance: float = 1e-9) -> np.ndarray:
    """Weighted PageRank of an undirected graph (edges a[i]-b[i]) by power iteration (isolated nodes keep
    the base score); scores are rounded to 12 digits, so nodes the graph cannot tell apart tie exactly."""
    score = np.full(n, 1.0 / n)
    if not len(a):
        return score
    src, dst, weight = np.concatenate([a, b]), np.concatenate([b, a]), np.concatenate([weight, weight])
    share = weight / np.bincount(src, weights=weight, minlength=n)[src]
    for _ in range(iterations):
        new = (1 - damping) / n + damping * np.bincount(dst, weights=score[src] * share, minlength=n)
        if np.abs(new - score).sum() < tolerance:
            return new.round(12)
        score = new
    return score.round(12)


def ranks(scores: dict[str, float]) -> dict[str, int]:
    """1-based rank of each term by descending score (ties broken by the term)."""
    ordered = sorted(scores, key=lambda t: (-scores[t], t))
    return {term: i + 1 for i, term in enumerate(ordered)}


@dataclass(frozen=True)
class TermStats:
    """What one article says about its candidate terms: counts and TextRank, kept for the corpus merge."""

    counts: dict[str, int]
    textrank: dict[str, float]
    idf: dict[str, float] = field(default_factory=dict)  # jieba's IDF of each term
    in_title: frozenset[str] = frozenset()  # the terms the headline names

    def interned(self) -> "TermStats":
        """The same statistics, term names interned (shared with every other article's in this process)."""
        return TermStats({sys.intern(t): c for t, c in self.counts.items()},
                         {sys.intern(t): s for t, s in self.textrank.items()},
                         {sys.intern(t): v for t, v in self.idf.items()}, frozenset(map(sys.intern, self.in_title)))

    def renamed(self, names: dict[str, str]) -> "TermStats":
        """The same statistics with some terms under another name (an organisation as the article calls it)."""
        if not names:
            return self
        return TermStats({names.get(t, t): c for t, c in self.counts.items()},
                         {names.get(t, t): s for t, s in self.textrank.items()},
                         {names.get(t, t): v for t, v in self.idf.items()},
                         frozenset(names.get(t, t) for t in self.in_title))

    def trimmed(self, keep: int = 120) -> "TermStats":
        """The same statistics for the `keep` most frequent terms, names interned (memory stays flat on
        large corpora; the corpus merge only re-orders an article's leading terms)."""
        best = sorted(self.counts, key=lambda t: (-self.counts[t], -self.textrank.get(t, 0.0), t))[:keep]
        return TermStats({sys.intern(t): self.counts[t] for t in best},
                         {sys.intern(t): self.textrank.get(t, 0.0) for t in best},
                         {sys.intern(t): self.idf[t] for t in best if t in self.idf},
                         frozenset(sys.intern(t) for t in best if t in self.in_title))


def term_stats(sentences: Sequence[Sequence[Token]], title: str = "") -> TermStats:
    """Candidate-term counts and TextRank scores of one article, and which terms its title names."""
    terms = candidate_sentences(sentences)
    counts = dict(Counter(t for ts in terms for t in ts))
    return TermStats(counts, textrank_scores(terms), jieba_idf_of(counts), frozenset(t for t in counts if t in title))


def fuse_keywords(stats: TermStats, idf_corpus: dict[str, float] | None = None, top: int = 50) -> list[Keyword]:
    """The top terms of one article by the combined ranking, best first (corpus IDF when given)."""
    counts = stats.counts
    if not counts:
        return []
    known = stats.idf if len(stats.idf) == len(counts) else None  # term_stats looked every term up
    tfidf = tfidf_scores(Counter(counts), idf_corpus, known)
    r_tfidf, r_text, r_freq = ranks(tfidf), ranks(stats.textrank), ranks(dict(counts))
    n = len(counts)
    fused = {t: 2 / (RRF_K + r_tfidf[t]) + 1 / (RRF_K + r_text.get(t, n)) + 1 / (RRF_K + r_freq[t])
             + (TITLE_WEIGHT / (RRF_K + 1) if t in stats.in_title else 0) for t in counts}  # the headline's terms
    best = max(fused.values())
    ordered = drop_subsumed(sorted(fused, key=lambda t: (-fused[t], t)), counts, top)
    return [Keyword(t, round(fused[t] / best, 4), counts[t], round(tfidf[t], 5),
                    round(stats.textrank.get(t, 0.0), 5), r_tfidf[t], r_text.get(t, len(counts)), r_freq[t])
            for t in ordered]


def rank_keywords(sentences: Sequence[Sequence[Token]], idf_corpus: dict[str, float] | None = None,
                  top: int = 50) -> list[Keyword]:
    """The top terms of one article by the combined ranking, best first."""
    return fuse_keywords(term_stats(sentences), idf_corpus, top)


def drop_subsumed(ordered: Sequence[str], counts: dict[str, int], top: int | None = None) -> list[str]:
    """Drop a term that stands inside a better-ranked, more frequent term (电商 under 移动电商); at most top."""
    kept: list[str] = []
    for term in ordered:
        if top is not None and len(kept) >= top:
            break
        count = counts[term]
        if not any(counts[longer] > count and term in longer for longer in kept):
            kept.append(term)
    return kept


def distinctive_terms(keywords_by_doc: dict[str, list[Keyword]], top: int = 10) -> dict[str, list[Keyword]]:
    """For each article, its top terms that fewer than half of the other articles have among their top terms."""
    tops = {doc: {k.term for k in kws[:top * 3]} for doc, kws in keywords_by_doc.items()}
    among = Counter(term for terms in tops.values() for term in terms)  # articles with the term among their top
    others = len(tops) - 1
    out = {}
    for doc, kws in keywords_by_doc.items():
        out[doc] = [k for k in kws if among[k.term] - (k.term in tops[doc]) < max(1, others / 2)][:top]
    return out


def kwic(doc: Document, term: str, width: int = 12) -> list[KwicLine]:
    """Every occurrence of term in the article's sentences, with `width` characters either side."""
    lines = []
    for sentence in doc.sentences:
        start = sentence.text.find(term)
        while start != -1:
            end = start + len(term)
            lines.append(KwicLine(sentence.index, sentence.text[max(0, start - width):start], term,
                                  sentence.text[end:end + width]))
            start = sentence.text.find(term, end)
    return lines


def cooccurrence_graph(sentences: Sequence[str], terms: Sequence[str]) -> nx.Graph:
    """Terms as nodes, linked by the number of sentences (texts) in which both occur (isolated terms dropped)."""
    import networkx as nx  # only the keyword network needs it

    wanted = sorted(set(terms))
    graph = nx.Graph()
    for text in sentences:
        present = [t for t in wanted if t in text]
        for i, a in enumerate(present):
            for b in present[i + 1:]:
                weight = graph.get_edge_data(a, b, {"weight": 0})["weight"]
                graph.add_edge(a, b, weight=weight + 1)
    return graph


LEXICON_CACHES += [is_candidate_word, canonical_term, candidate_term]
