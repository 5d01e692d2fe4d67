"""The corpus pipeline in two steps, so that one function serves one article, a process pool and a cluster.

Map (`analyse_article`, a pure function of one Document): segment the article once, find its own
phrases and new words and merge them back into its tokens, run every extractor (the names of
people, units and products found are fed back into the tokens), and keep the article's term counts.
An article's facts depend on nothing but the article and the shipped lexicons.

Reduce (`merge_analyses`): each article's keywords are ranked from its term counts (weighted by
document frequencies over the corpus when there are several articles), and the articles' phrases
are merged into the corpus's phrase table. One article alone goes through the same reduce.
"""
from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import os
import re
import warnings
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Sequence

from ..io.load import Corpus, Document, Skipped
from ..extract.entities import Organization, find_organizations, find_people, known_org_mentions, partner_names
from ..extract.facts import find_events, find_figures
from ..extract.keywords import TermStats, corpus_idf, fuse_keywords, term_stats
from ..extract.org import (BUSINESS_LINES, REGION_UNIT, Role, Unit, find_roles, find_units, main_company,
                           offshoot_of_known_org, role_orgs, units_of_roles)
from ..extract.positioning import find_partners, find_products, find_rivals, find_statements
from ..extract.quotes import find_quotes
from ..nlp.dictionary import dictionary_freq
from ..nlp.lexicon import (LEXICON_ENV, canonical_org, lexicon_fingerprint, names_of_org, org_alias_index,
                            use_lexicon)
from ..nlp.mentions import Matcher
from ..nlp.phrases import Phrase, discover_phrases, phrase_table
from ..nlp.segment import Token, force_words, merge_phrases, segment_sentences
from .cache import cached

NAMING_FIELDS = {"organizations", "units", "roles", "products", "competitors", "rivalries", "partnerships", "strategy",
                 "quotes"}  # the facts that name organisations
RESULT_FIELDS = ("keywords", "people", "organizations", "units", "roles", "products", "competitors", "quotes",
                 "events", "figures", "rivalries", "partnerships", "strategy", "errors")


@dataclass
class DocumentAnalysis:
    """A document, its tokens per sentence (phrases merged; empty when not kept), what the extractors
    found in it, its own phrases and its term statistics for the corpus merge."""

    doc: Document
    tokens: list[list[Token]]
    results: dict[str, list] = field(default_factory=dict)
    phrases: list[Phrase] = field(default_factory=list)
    terms: TermStats = field(default_factory=lambda: TermStats({}, {}))


@dataclass(frozen=True)
class CorpusPhrase:
    """A phrase merged over the corpus: how often it occurs, in how many articles, and its statistics
    in the article where it occurs most."""

    text: str
    parts: tuple[str, ...]
    count: int
    articles: int
    pmi: float
    cohesion: float
    left_entropy: float
    right_entropy: float


@dataclass
class CorpusAnalysis:
    """Every analysed document, the phrases merged over the corpus, and the articles that could not be
    analysed (with the reason, e.g. over the time budget)."""

    documents: list[DocumentAnalysis]
    phrases: list[CorpusPhrase]
    skipped: list[Skipped] = field(default_factory=list)

    def get(self, doc_id: str) -> DocumentAnalysis:
        """The analysis of one article by id."""
        return next(a for a in self.documents if a.doc.id == doc_id)


def feed_back(analysis: DocumentAnalysis, words: dict[str, str]) -> None:
    """Make each found name (person, unit, product) one token with its tag in the article's tokens."""
    matcher = Matcher(words)
    analysis.tokens = [force_words(s.text, t, words, matcher)
                       for s, t in zip(analysis.doc.sentences, analysis.tokens)]


def find_structure(analysis: DocumentAnalysis) -> None:
    """People, organisations, units and roles; names found are fed back into the tokens."""
    doc, results = analysis.doc, analysis.results
    people = find_people(doc, analysis.tokens)
    names = {p.name for p in people}
    feed_back(analysis, {name: "nr" for name in names})
    orgs = [o for o in find_organizations(doc, analysis.tokens, names, role_orgs(doc, analysis.tokens, names))
            if not REGION_UNIT.search(o.name)]  # 影石中国区 is a unit of the company, not a company
    deals = {name for s in doc.sentences for name in partner_names(s.text, names)}
    main = main_company(orgs)
    units = find_units(doc, analysis.tokens, main, [o for o in orgs if o.kind == "company"], deals)
    unit_names = {u.name for u in units} | {a for u in units for a in u.aliases}
    own_orgs = {o.name for o in orgs if (len(o.name) >= 3 or dictionary_freq(o.name) == 0) and len(o.name) <= 12
                and not known_org_mentions(o.name)}  # 亚玛芬体育, 极氪
    feed_back(analysis, {name: "nt" for name in unit_names | own_orgs if len(name) <= 12})
    results["people"] = people
    roles = find_roles(doc, analysis.tokens, names, {u.name: u for u in units}, main)
    results["roles"] = roles = [as_article_org(r, {o.name for o in orgs}) for r in roles]
    results["units"] = units = units + units_of_roles(roles, units, main)
    unit_names |= {u.name for u in units}
    unit_of_alias = {a: u.name for u in units for a in u.aliases}
    results["roles"] = [as_named_unit(r, unit_names, unit_of_alias) for r in results["roles"]]
    results["organizations"] = [o for o in orgs if o.name not in unit_names and not unit_names & set(o.aliases)]


# What may follow a name and still be the same organisation: for a post's organisation (极氪科技集团 for 极氪,
# a trade word allowed before the legal form), and for an alias (小米集团 for 小米; 吉利汽车 is another name).
GROUP_FORM = re.compile(r"(?:科技|控股|汽车|智能科技)?(?:集团|有限公司|公司)$|科技$|控股$")
CORPORATE_FORM = re.compile(r"(?:集团|公司|集团公司|控股|控股集团|股份|有限公司|股份有限公司|科技)")


def as_article_org(role: Role, org_names: set[str]) -> Role:
    """A role whose organisation is another form of one the article names (极氪科技集团 for 极氪): that one."""
    if not role.org or role.org in org_names:
        return role
    short = next((o for o in org_names if len(o) >= 2 and role.org.startswith(o)
                  and GROUP_FORM.fullmatch(role.org[len(o):])), None)
    return dataclasses.replace(role, org=short) if short else role


def as_named_unit(role: Role, unit_names: set[str], unit_of_alias: dict[str, str]) -> Role:
    """A role whose organisation is a unit's alias (IDG) or its name less its 集团/事业群 (淘宝天猫商业 for
    淘宝天猫商业集团): that unit."""
    if role.org in unit_of_alias:
        return dataclasses.replace(role, org=unit_of_alias[role.org])
    if not role.org or role.org in unit_names:
        return role
    unit = next((u for u in unit_names if u.startswith(role.org) and GROUP_FORM.fullmatch(u[len(role.org):])), None)
    return dataclasses.replace(role, org=unit) if unit else role


def find_positioning(analysis: DocumentAnalysis) -> None:
    """Products, rivals, partners, strategy, quotes, events and figures (after find_structure)."""
    doc, results = analysis.doc, analysis.results
    names = {p.name for p in results["people"]}
    main = main_company(results["organizations"])
    excluded = names | {u.name for u in results["units"]} | {a for u in results["units"] for a in u.aliases} \
        | {o.name for o in results["organizations"]} | {a for o in results["organizations"] for a in o.aliases}
    products = find_products(doc, analysis.tokens, results["organizations"], excluded, main,
                             {u.name: u.parent for u in results["units"]})
    org_names = {o.name for o in results["organizations"]}
    products = [p for p in products if not (p.name == p.owner and p.name in org_names)]  # 拼多多 is the company
    product_names = {p.name for p in products}
    feed_back(analysis, {name: "nz" for name in product_names if len(name) <= 12})
    results["products"] = products
    results["organizations"] = orgs = [o for o in results["organizations"] if o.name not in product_names]
    rivals = find_rivals(doc, orgs, products)
    known = {o.name for o in orgs} | product_names | excluded
    listed = {n: r.evidence for r in rivals for n in (r.a, r.b) if n not in known}  # 与好未来、作业帮的竞争
    offshoots = {n: canonical_org(offshoot_of_known_org(n)) for n in listed if offshoot_of_known_org(n)}
    results["units"] += [Unit(n, parent, (), 1, listed[n]) for n, parent in sorted(offshoots.items())]  # 阿里云
    results["organizations"] = orgs = orgs + [Organization(n, "company", (), 1, ev) for n, ev in sorted(listed.items())
                                              if n not in offshoots]
    results["competitors"] = [[r.a, r.b] for r in rivals]
    results["rivalries"] = rivals
    results["partnerships"] = find_partners(doc, orgs, main)
    results["strategy"] = find_statements(doc, orgs, main)
    results["quotes"] = find_quotes(doc, names)
    results["events"] = find_events(doc)
    results["figures"] = find_figures(doc, analysis.tokens)


def run_extractors(analysis: DocumentAnalysis) -> None:
    """Fill analysis.results from the extractors; a failure is reported and leaves the facts empty."""
    analysis.results["errors"] = []
    try:
        find_structure(analysis)
        find_positioning(analysis)
    except Exception as err:  # one article's surprise must not stop the corpus: say so and go on
        warnings.warn(f"{analysis.doc.source}: extraction failed ({type(err).__name__}: {err}); "
                      "its structure and positioning are left empty", RuntimeWarning, stacklevel=2)
        analysis.results = {name: [] for name in RESULT_FIELDS}
        analysis.results["errors"] = [f"{type(err).__name__}: {err}"]


def names_in_article(orgs: Sequence[Organization], doc: Document) -> dict[str, str]:
    """Well-known organisations the article calls only by other names (鸿海 for the lexicon's 富士康, 美的 for
    美的集团, 吉利汽车 where 吉利 is only ever part of it): the lexicon's name -> the article's name for it."""
    text = doc.title + doc.text
    names = {}
    for org in orgs:
        if org.name not in org_alias_index() or named_alone(org.name, names_of_org(org.name), text):
            continue
        used = [a for a in org.aliases if stands_alone(a, text)]
        if org.name in text:  # only ever inside longer names: one of them is how the article calls it
            longer = {a for a in used if a.startswith(org.name) and not CORPORATE_FORM.fullmatch(a[len(org.name):])}
            if len(longer) == 1:  # not 吉利 in both 吉利汽车 and 吉利控股集团: which one is meant is not clear
                names[org.name] = longer.pop()
        elif used:
            names[org.name] = max(used, key=lambda a: (text.count(a), len(a)))  # the name the article uses most
    return names


def named_alone(name: str, aliases: Sequence[str], text: str) -> bool:
    """Whether the text names an organisation by this name other than as the start of a longer alias of it
    (吉利 only ever in 吉利汽车 is not named 吉利; 小米 in 小米集团 is, a corporate form being the same name)."""
    longer = [a for a in aliases if a != name and a.startswith(name) and not CORPORATE_FORM.fullmatch(a[len(name):])]
    return text.count(name) > sum(text.count(a) for a in longer)


def stands_alone(alias: str, text: str) -> bool:
    """Whether the text names an organisation by this alias at least once other than as the start of an
    offshoot (阿里 in 阿里云 names 阿里云, not 阿里巴巴 as 阿里)."""
    start = text.find(alias)
    while start != -1:
        after = text[start + len(alias):start + len(alias) + 2]
        if not any(after.startswith(line) for line in BUSINESS_LINES):
            return True
        start = text.find(alias, start + 1)
    return False


@functools.lru_cache(maxsize=None)
def field_names(kind: type) -> tuple[str, ...] | None:
    """The field names of a dataclass type, in order (None for any other type); looked up once per type."""
    return tuple(f.name for f in dataclasses.fields(kind)) if dataclasses.is_dataclass(kind) else None


TEXT_FIELDS = {"evidence", "text", "sentence", "context"}


@functools.lru_cache(maxsize=None)
def name_fields(kind: type) -> tuple[str, ...] | None:
    """The fields of a dataclass type that can hold a name (not its texts and evidence); None for other types."""
    names = field_names(kind)
    return None if names is None else tuple(n for n in names if n not in TEXT_FIELDS)


def renamed(value: Any, names: dict[str, str]) -> Any:
    """A fact (or list of facts) with every name field that is one of names' keys replaced; texts and
    evidence never equal a bare name, so they stay as written. What has no such name is returned as is."""
    if isinstance(value, str):
        return names.get(value, value)
    if isinstance(value, (list, tuple)):
        items = [renamed(v, names) for v in value]
        return value if all(new is old for new, old in zip(items, value)) else type(value)(items)
    fields = name_fields(type(value))
    if fields is None:
        return value
    changes = {}
    for name in fields:
        old = getattr(value, name)
        if isinstance(old, (str, list, tuple)):
            new = renamed(old, names)
            if new is not old and new != old:
                changes[name] = new
    if isinstance(value, Organization) and value.name in names:  # the lexicon's name stays an alias
        changes["aliases"] = tuple(sorted({*value.aliases, value.name} - {names[value.name]}))
    return dataclasses.replace(value, **changes) if changes else value


def distinct_relations(relations: Sequence) -> list:
    """Each pair once, in first-seen order, and none of a side with itself (after renaming, 好未来 and 学而思
    may both have become 学而思)."""
    seen: set[frozenset] = set()
    out = []
    for relation in relations:
        pair = frozenset((relation.a, relation.b))
        if len(pair) == 2 and pair not in seen:
            seen.add(pair)
            out.append(relation)
    return out


def analyse_article(doc: Document, keep_tokens: bool = True) -> DocumentAnalysis:
    """The map step: everything one article says, computed from that article alone (its keywords are
    ranked in the merge: see merge_analyses, or analyse_document for one article)."""
    raw = segment_sentences(s.text for s in doc.sentences)
    phrases = discover_phrases(raw)
    table = phrase_table(phrases)
    analysis = DocumentAnalysis(doc, [merge_phrases(s, table) for s in raw], phrases=phrases)
    run_extractors(analysis)
    names = names_in_article(analysis.results.get("organizations", []), doc)
    if names:
        analysis.results = {field: renamed(facts, names) if field in NAMING_FIELDS else facts
                            for field, facts in analysis.results.items()}
        relations = distinct_relations(analysis.results.get("rivalries", []))  # two names of one rival become one
        analysis.results["rivalries"] = relations
        analysis.results["competitors"] = [[r.a, r.b] for r in relations]
    analysis.terms = term_stats(analysis.tokens).renamed(names).trimmed()
    analysis.results["keywords"] = []  # ranked in the merge, from the corpus's document frequencies
    if not keep_tokens:
        analysis.tokens = []
    return analysis


def corpus_phrases(analyses: Iterable[DocumentAnalysis]) -> list[CorpusPhrase]:
    """The articles' phrases merged: counts summed, articles counted, most widespread first."""
    merged: dict[str, list] = {}
    for analysis in analyses:
        for p in analysis.phrases:
            entry = merged.setdefault(p.text, [0, 0, p])
            entry[0] += p.count
            entry[1] += 1
            if p.count > entry[2].count:
                entry[2] = p
    rows = [CorpusPhrase(text, p.parts, count, n, p.pmi, p.cohesion, p.left_entropy, p.right_entropy)
            for text, (count, n, p) in merged.items()]
    return sorted(rows, key=lambda p: (-p.articles, -p.count, -p.pmi, p.text))


def merge_analyses(analyses: Sequence[DocumentAnalysis], skipped: Sequence[Skipped] = ()) -> CorpusAnalysis:
    """The reduce step: each article's keywords ranked (weighted by corpus document frequencies when there
    are several articles); phrases merged."""
    analyses = list(analyses)
    idf = None
    if len(analyses) > 1:
        idf = corpus_idf(Counter(term for a in analyses for term in a.terms.counts), len(analyses))
    for analysis in analyses:
        analysis.results["keywords"] = fuse_keywords(analysis.terms, idf)
    return CorpusAnalysis(analyses, corpus_phrases(analyses), list(skipped))


def interned(outcome):
    """An outcome whose term names share one string object with every other article's (less memory)."""
    if isinstance(outcome, DocumentAnalysis):
        outcome.terms = outcome.terms.interned()
    return outcome


@contextlib.contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Python's cycle collector paused: an article's analysis, and the outcomes of a corpus as they arrive,
    are many acyclic objects (reference counting frees them), and full collections over a growing heap
    cost more than linear time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def compute_corpus_analysis(corpus: Corpus, engine: Callable | None = None,
                            keep_tokens: bool = True) -> CorpusAnalysis:
    """Map every article (in this process, or through `engine`, see analysis.corpus.engines), then reduce."""
    return analyse_documents(corpus.documents, engine, keep_tokens)


def analyse_documents(docs: Iterable[Document], engine: Callable | None = None,
                      keep_tokens: bool = True) -> CorpusAnalysis:
    """Map the articles as the iterable yields them (so workers start on the first while the rest are still
    being read), then reduce."""
    from .engines import run_local

    with no_cyclic_gc():
        outcomes = [interned(o) for o in (engine or run_local)(docs, keep_tokens)]
        analyses = [o for o in outcomes if isinstance(o, DocumentAnalysis)]
        return merge_analyses(analyses, [o for o in outcomes if isinstance(o, Skipped)])


def analyse_corpus(corpus: Corpus, engine: Callable | str | None = None, jobs: int = 0, scheduler: str = "",
                   keep_tokens: bool = False, lexicon: str | None = None) -> CorpusAnalysis:
    """The analysis of a corpus, computed once and shared through the disk cache (see analysis.corpus.cache).

    `engine` is 'local', 'processes' (with `jobs` workers, 0 for all cores) or 'dask' (with a `scheduler`
    address, or a LocalCluster), or an engine from analysis.corpus.engines.make_engine. `lexicon` is the
    user's lexicon file (see analysis.nlp.lexicon.use_lexicon); None keeps the one in use."""
    if lexicon is not None and str(lexicon) != os.environ.get(LEXICON_ENV, ""):
        for problem in use_lexicon(lexicon).problems:
            warnings.warn(problem, UserWarning, stacklevel=2)
    if isinstance(engine, str):
        from .engines import make_engine

        engine = make_engine(engine, jobs or None, scheduler or None)
    key = [f"{doc.id}\t{doc.title}\t{doc.date}\t{doc.year}\t{doc.fingerprint}" for doc in corpus.documents]
    key.append(lexicon_fingerprint())
    result = cached(key + [f"tokens={keep_tokens}"], lambda: compute_corpus_analysis(corpus, engine, keep_tokens))
    by_id = {doc.id: doc for doc in corpus.documents}
    for analysis in result.documents:
        analysis.doc = by_id.get(analysis.doc.id, analysis.doc)  # the same text; this corpus's own paths
    return result


def analyse_document(doc: Document) -> DocumentAnalysis:
    """Analyse a single article on its own, keywords included."""
    return merge_analyses([analyse_article(doc)]).documents[0]
