"""One pass over a corpus: segment each article once, discover the corpus's phrases and feed
them back into its tokens, run every extractor on each article (the names of people and units
it finds are fed back into the tokens too), then rank keywords over the final tokens."""
from __future__ import annotations

import warnings
from dataclasses import dataclass, field

from ..corpus.cache import cached
from ..io.load import Corpus, Document
from ..extract.entities import find_organizations, find_people, partner_names
from ..extract.facts import find_events, find_figures
from ..extract.keywords import candidate_sentences, corpus_idf, rank_keywords
from ..extract.org import find_roles, find_units, main_company, role_orgs
from ..extract.positioning import find_partners, find_products, find_rivals, find_statements
from ..extract.quotes import find_quotes
from ..nlp.phrases import Phrase, discover_phrases, phrase_table
from ..nlp.segment import Token, force_words, merge_phrases, segment_sentences


RESULT_FIELDS = ("keywords", "people", "organizations", "units", "roles", "products", "competitors", "quotes",
                 "events", "figures", "rivalries", "partnerships", "strategy", "errors")


@dataclass
class DocumentAnalysis:
    """A document, its tokens per sentence (phrases merged) and what the extractors found in it."""

    doc: Document
    tokens: list[list[Token]]
    results: dict[str, list] = field(default_factory=dict)


@dataclass
class CorpusAnalysis:
    """Every analysed document, and the phrases discovered over the whole corpus."""

    documents: list[DocumentAnalysis]
    phrases: list[Phrase]

    def get(self, doc_id: str) -> DocumentAnalysis:
        """The analysis of one article by id."""
        return next(a for a in self.documents if a.doc.id == doc_id)


def feed_back(analysis: DocumentAnalysis, words: dict[str, str]) -> None:
    """Make each found name (person, unit, product) one token with its tag in the article's tokens."""
    analysis.tokens = [force_words(s.text, t, words) for s, t in zip(analysis.doc.sentences, analysis.tokens)]


def find_structure(analysis: DocumentAnalysis) -> None:
    """People, organisations, units and roles; names found are fed back into the tokens."""
    doc, results = analysis.doc, analysis.results
    people = find_people(doc, analysis.tokens)
    names = {p.name for p in people}
    feed_back(analysis, {name: "nr" for name in names})
    orgs = find_organizations(doc, analysis.tokens, names, role_orgs(doc, analysis.tokens, names))
    deals = {name for s in doc.sentences for name in partner_names(s.text, names)}
    units = find_units(doc, analysis.tokens, main_company(orgs), [o for o in orgs if o.kind == "company"], deals)
    unit_names = {u.name for u in units} | {a for u in units for a in u.aliases}
    feed_back(analysis, {name: "nt" for name in unit_names if len(name) <= 12})
    results["people"] = people
    results["organizations"] = [o for o in orgs if o.name not in unit_names]
    results["units"] = units
    results["roles"] = find_roles(doc, analysis.tokens, names, {u.name: u for u in units})


def find_positioning(analysis: DocumentAnalysis) -> None:
    """Products, rivals, partners, strategy, quotes, events and figures (after find_structure)."""
    doc, results = analysis.doc, analysis.results
    names = {p.name for p in results["people"]}
    main = main_company(results["organizations"])
    excluded = names | {u.name for u in results["units"]} | {a for u in results["units"] for a in u.aliases} \
        | {o.name for o in results["organizations"]} | {a for o in results["organizations"] for a in o.aliases}
    products = find_products(doc, analysis.tokens, results["organizations"], excluded, main,
                             {u.name: u.parent for u in results["units"]})
    product_names = {p.name for p in products}
    feed_back(analysis, {name: "nz" for name in product_names if len(name) <= 12})
    results["products"] = products
    results["organizations"] = orgs = [o for o in results["organizations"] if o.name not in product_names]
    rivals = find_rivals(doc, orgs, products)
    results["competitors"] = [[r.a, r.b] for r in rivals]
    results["rivalries"] = rivals
    results["partnerships"] = find_partners(doc, orgs, main)
    results["strategy"] = find_statements(doc, orgs, main)
    results["quotes"] = find_quotes(doc, names)
    results["events"] = find_events(doc)
    results["figures"] = find_figures(doc, analysis.tokens)


def run_extractors(analysis: DocumentAnalysis) -> None:
    """Fill analysis.results from the per-document extractors (keywords are ranked corpus-wide)."""
    find_structure(analysis)
    find_positioning(analysis)


def analyse_corpus(corpus: Corpus) -> CorpusAnalysis:
    """The analysis of a corpus, computed once and shared through the disk cache (see analysis.cache)."""
    key = [f"{doc.id}\t{doc.title}\t{doc.year}\t{doc.fingerprint}" for doc in corpus.documents]
    result = cached(key, lambda: compute_corpus_analysis(corpus))
    for analysis, doc in zip(result.documents, corpus.documents):
        analysis.doc = doc  # the same text; this corpus's own paths
    return result


def compute_corpus_analysis(corpus: Corpus) -> CorpusAnalysis:
    """Segment every article once, discover phrases, run the extractors and rank keywords."""
    raw = [segment_sentences(s.text for s in doc.sentences) for doc in corpus.documents]
    phrases = discover_phrases([sentence for doc_tokens in raw for sentence in doc_tokens])
    table = phrase_table(phrases)
    analyses = [DocumentAnalysis(doc, [merge_phrases(s, table) for s in tokens])
                for doc, tokens in zip(corpus.documents, raw)]
    for analysis in analyses:
        try:
            run_extractors(analysis)
        except Exception as err:  # one article's surprise must not stop the corpus: say so and go on
            warnings.warn(f"{analysis.doc.source}: extraction failed ({type(err).__name__}: {err}); "
                          "its structure and positioning are left empty", RuntimeWarning, stacklevel=2)
            analysis.results = {name: [] for name in RESULT_FIELDS}
            analysis.results["errors"] = [f"{type(err).__name__}: {err}"]
    doc_terms = [[t for s in candidate_sentences(a.tokens) for t in s] for a in analyses]
    idf = corpus_idf(doc_terms) if len(analyses) > 1 else None
    for analysis in analyses:
        analysis.results["keywords"] = rank_keywords(analysis.tokens, idf)
    return CorpusAnalysis(analyses, phrases)


def analyse_document(doc: Document) -> DocumentAnalysis:
    """Analyse a single article on its own."""
    return analyse_corpus(Corpus([doc])).documents[0]
