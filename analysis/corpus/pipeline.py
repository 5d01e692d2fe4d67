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
import gc
import os
import re
import warnings
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator, Sequence

from ..io.load import Corpus, Document, Skipped
from ..extract.entities import (LEGAL_FORMS, names_inside_orgs, RARE_FREQ, Organization, find_organizations, find_people, given_with_code,
                                known_org_mentions, listed_offspring, named_after_parent, names_a_brand_of_known_org,
                                names_heading_orgs, partner_names, short_form_of, with_heads_as_aliases)
from ..extract.facts import find_events, find_figures, without_restated_days
from ..extract.keywords import TermStats, corpus_idf, fuse_keywords, term_stats
from ..extract.naming import (as_article_org, as_named_unit, distinct_relations, named_only_inside, names_in_article,
                              renamed)
from ..extract.org import (FOUNDER_TITLES, REGION_UNIT, REGIONS, Unit, dedupe_roles, find_roles, find_units, fold_company_prefixed,
                           headed_products, issuing_company, joint_posts, letter_sender, main_company,
                           offshoot_of_known_org, product_openings, role_orgs, under_sender, units_of_roles)
from ..extract.positioning import (Product, find_partners, find_products, find_rivals, find_statements, line_of,
                                   models_of_late_sides)
from ..extract.quotes import find_quotes
from ..nlp.dictionary import dictionary_freq
from ..nlp.lexicon import (LEXICON_ENV, canonical_org, known_org_prefix, lexicon_fingerprint, org_alias_index,
                           product_alias_index, use_lexicon)
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
    heads = names_heading_orgs(names, orgs)  # 安克与小米 beside 安克创新: the company's short name, not a person
    if heads:
        people, names, orgs = [p for p in people if p.name not in heads], names - set(heads), with_heads_as_aliases(orgs, heads)
        feed_back(analysis, {name: "nt" for name in heads})
    inside = names_inside_orgs(names, orgs, doc.title + "\n" + doc.text)  # 甄选 of 东方甄选: part of a company's name
    people, names = [p for p in people if p.name not in inside], names - inside
    results["people"] = people
    units_and_roles(analysis, orgs, names)


def units_and_roles(analysis: DocumentAnalysis, orgs: list[Organization], names: set[str]) -> None:
    """Units (under the company that issues the article's notice, else the one it is about) and roles, each role's
    organisation named as a unit where one is (ACG -> 百度智能云事业群); organisations that are units leave the list."""
    doc, results = analysis.doc, analysis.results
    deals = {name for s in doc.sentences for name in partner_names(s.text, names)}
    teams = {m.group("name") for m in NAMED_TEAM.finditer(doc.text)}
    named_teams = [o for o in orgs if o.name in teams and len(orgs) > 1]  # 字节跳动大模型团队Seed: a team, not a company
    orgs[:] = [o for o in orgs if o not in named_teams]
    main = issuing_company(doc, orgs) or main_company(orgs, doc.title)  # 广汽集团下发《…通知》: the units are its
    cuts = list(DISSOLVING.finditer(doc.text)) if "撤" in doc.text else []  # found once, looked up per organisation
    dissolved = [o for o in orgs if o.name != main and reorganised_away(o.name, doc.text, cuts)] if cuts else []
    orgs[:] = [o for o in orgs if o not in dissolved]  # 原多媒体产业集团撤销: a unit of the company, not a company
    dissolved += named_teams
    units = find_units(doc, analysis.tokens, main, [o for o in orgs if o.kind == "company"], deals)
    units += [Unit(o.name, main, (), o.mentions, o.evidence) for o in dissolved if o.name not in {u.name for u in units}]
    unit_names = {u.name for u in units} | {a for u in units for a in u.aliases}
    other_names = org_of_other_name(orgs)
    feed_back(analysis, {name: "nt" for name in unit_names | own_org_names(orgs) if len(name) <= 12}
              | {name: "nt" for name in other_names if name.endswith(LEGAL_FORMS)})  # each one token, legal names too
    roles = [as_article_org(r, {o.name for o in orgs}, other_names)
             for r in find_roles(doc, analysis.tokens, names, {u.name: u for u in units}, main)]
    org_names = sorted({o.name for o in orgs}, key=len, reverse=True)
    units = fold_company_prefixed(units + units_of_roles(roles, units, main, org_names), org_names)
    unit_names |= {u.name for u in units}
    unit_of_alias = {a: u.name for u in units for a in u.aliases}
    results["units"] = [Unit(u.name, unit_of_alias.get(u.parent, u.parent), u.aliases, u.mentions, u.evidence)
                        for u in units]  # 产品部 of ACG: of 百度智能云事业群, the unit ACG names
    results["roles"] = joint_posts(dedupe_roles([as_named_unit(r, unit_names, unit_of_alias) for r in roles]))  # 魅族科技CEO
    # until a day and 魅族CEO since a year, named alike now: one post
    sender = letter_sender(doc, {u.name for u in results["units"]})
    if sender:  # 网易雷火事业群今日发布内部邮件: the units it reorganises are its own
        results["units"] = under_sender(results["units"], sender, main)
    boards = company_boards(results["units"], orgs)
    if boards:  # 转任易车董事会顾问: an adviser to 易车's board is 易车's, and its board no business unit
        results["units"] = [u for u in results["units"] if u.name not in boards]
        results["roles"] = dedupe_roles([replace(r, org=boards.get(r.org, r.org)) for r in results["roles"]])
    results["organizations"] = [o for o in orgs if o.name not in unit_names and not unit_names & set(o.aliases)]


def company_boards(units: Sequence[Unit], orgs: Sequence[Organization]) -> dict[str, str]:
    """Units that are a company's board, named by the company (易车董事会) -> the company."""
    names_of = {o.name: (o.name, *o.aliases) for o in orgs}
    return {u.name: u.parent for u in units
            if u.name.endswith("董事会") and u.parent in names_of and u.name[:-3] in names_of[u.parent]}


def own_org_names(orgs: Sequence[Organization]) -> set[str]:
    """The names of the article's own organisations the segmenter should keep whole: the lexicon knows none of them
    (亚玛芬体育, 极氪), or they are a well-known name and a word of their own (广汽埃安, 顺丰同城)."""
    return {o.name for o in orgs if (len(o.name) >= 3 or dictionary_freq(o.name) <= RARE_FREQ) and len(o.name) <= 12
            and not known_org_mentions(o.name)} \
        | {n for o in orgs for n in (o.name, *o.aliases) if named_after_parent(n)} \
        | {o.name for o in orgs if o.name not in org_alias_index() and listed_offspring(o.name)} \
        | {a for o in orgs if o.name not in org_alias_index() for a in o.aliases
           if 2 <= len(a) <= 6 and not a.isascii() and short_form_of(a, o.name)}  # 新地 of 新鸿基地产: one word


def org_of_other_name(orgs: Sequence[Organization]) -> dict[str, str]:
    """Other names a role's organisation may carry -> the article's organisation: its legal name (中国联合网络通信集团
    有限公司), or the lexicon's name of a company the article only writes inside its own name (顺丰 of 顺丰同城)."""
    return {a: o.name for o in orgs for a in o.aliases
            if a.endswith(LEGAL_FORMS) or a in org_alias_index() and canonical_org(a) == a}


def find_positioning(analysis: DocumentAnalysis) -> None:
    """Products, rivals, partners, strategy, quotes, events and figures (after find_structure)."""
    doc, results = analysis.doc, analysis.results
    names = {p.name for p in results["people"]}
    runs = run_by_words(doc.text)
    results["organizations"] = [o for o in results["organizations"] if not run_by_another(o.name, runs)]
    main = main_company(results["organizations"], doc.title)
    excluded = names | {u.name for u in results["units"]} | {a for u in results["units"] for a in u.aliases} \
        | {o.name for o in results["organizations"]} | {a for o in results["organizations"] for a in o.aliases}
    sides = place_products(analysis, main, excluded)
    rivals = find_rivals(doc, results["organizations"], sides)
    before = {o.name for o in results["organizations"]}
    add_named_sides(analysis, rivals, excluded | {p.name for p in sides})
    orgs = results["organizations"]
    late = models_of_late_sides([s.text for s in doc.sentences], [o for o in orgs if o.name not in before],
                                excluded | {p.name for p in sides})  # 当贝的X5 Ultra, 当贝 named only as a rival
    results["products"] = results["products"] + late  # the rivalry told stays as found: its sides are already named
    results["competitors"] = [[r.a, r.b] for r in rivals]
    results["rivalries"] = rivals
    results["partnerships"] = find_partners(doc, orgs, main)
    results["strategy"] = find_statements(doc, orgs, main)
    results["quotes"] = [replace(q, speaker=main) if main and q.speaker in COMPANY_SPEAKERS else q
                         for q in find_quotes(doc, names)]  # 公司表示: the article's company said it
    results["events"] = without_restated_days(find_events(doc), [n for o in orgs for n in (o.name, *o.aliases)]
                                              + [p.name for p in results["products"]])
    results["figures"] = find_figures(doc, analysis.tokens)


def place_products(analysis: DocumentAnalysis, main: str | None, excluded: set[str]) -> list:
    """Find the article's products; a product with its own head and departments becomes a unit (火山引擎总裁谭待,
    火山引擎销售服务部). Returns every product found, units included: each still stands as a side of a rivalry."""
    doc, results = analysis.doc, analysis.results
    products = find_products(doc, analysis.tokens, results["organizations"], excluded, main,
                             {u.name: u.parent for u in results["units"]})
    org_names = {o.name for o in results["organizations"]}
    org_of = {n: o.name for o in results["organizations"] for n in (o.name, *o.aliases)}
    runs = run_by_words(doc.text)
    registered = {o.name for o in results["organizations"] if any(n.endswith(LEGAL_FORMS) for n in (o.name, *o.aliases))}
    products = [p for p in products if org_of.get(p.name) not in registered]  # Soul Group, the 简称 of a registered name
    founded = {r.org for r in results["roles"] if r.title.endswith(tuple(FOUNDER_TITLES)) and r.org in org_names}
    products = [replace(p, owner=next(o for o in p.owners if o in founded)) if set(p.owners) & founded else p
                for p in products if p.name not in founded]  # 小鹏汇天创始人: a company, no product; what it makes is its own
    products = sides = [p for p in products if not names_its_company(p, org_names, org_of, runs, doc.text)]
    businesses = headed_products(products, results["roles"], results["units"], doc.text)
    if businesses:
        results["units"] += [Unit(p.name, p.owner, (), p.mentions, p.evidence) for p in products if p.name in businesses]
        products = [p for p in products if p.name not in businesses]
        sender = letter_sender(doc, businesses)
        results["units"] = under_sender(results["units"], sender, main) if sender else results["units"]
    product_names = {p.name for p in products}
    feed_back(analysis, {name: "nz" for name in product_names if len(name) <= 12})
    results["products"] = products
    results["organizations"] = [o for o in results["organizations"]
                                if o.name not in product_names and not only_inside_products(o, products, doc.text)]
    longer = product_names | {u.name for u in results["units"]}
    results["units"] = [u for u in results["units"] if not only_written_inside(u.name, longer, doc.text)]  # 金蝶云 of 金蝶云·星空
    return sides


def only_written_inside(name: str, longer: set[str], text: str) -> bool:
    """Whether every mention of a name lies inside longer names (金蝶云 in 金蝶云·苍穹 and 金蝶云·苍穹事业部)."""
    containing = [n for n in longer if name in n and n != name]
    if not containing:
        return False
    covered = {m.start() + k for n in containing for m in re.finditer(re.escape(n), text)
               for k in range(len(n) - len(name) + 1) if n.startswith(name, k)}
    return all(m.start() in covered for m in re.finditer(re.escape(name), text))


def only_inside_products(org: Organization, products: Sequence[Product], text: str) -> bool:
    """Whether every mention of an organisation's names lies inside another owner's product's name (艾瑞 in 恒瑞医药的
    艾瑞卡; not 美团 in its own 美团外卖)."""
    others = {p.name for p in products if p.owner and p.owner != org.name}
    written = [n for n in (org.name, *org.aliases) if n in text]
    return bool(written) and all(only_written_inside(n, others, text) for n in written)


COMPANY_SPEAKERS = {"公司", "该公司", "集团", "该集团", "公司方面", "集团方面"}
DISSOLVING = re.compile(r"撤销|撤并|裁撤")
RUN_BY = re.compile(r"的?(?:母公司|运营方|运营商|开发商|背后的公司)")


NAMED_TEAM = re.compile(r"(?:团队|实验室|小组)(?P<name>[A-Z][A-Za-z0-9]{1,15})(?![A-Za-z0-9])")  # 字节跳动大模型团队Seed


def reorganised_away(name: str, text: str, cuts: Sequence[re.Match]) -> bool:
    """Whether the text dissolves the named body (原多媒体产业集团撤销, 撤销…): a unit being reorganised, looked for around
    each dissolving word (cuts, found once per article), so the cost stays linear in the text."""
    for m in cuts:
        before = text[max(0, m.start() - len(name) - 2):m.start()]
        after = re.split(r"[。；，]", text[m.end():m.end() + len(name) + 4])[0]
        if re.sub(r"(?:予以|被)$", "", before).endswith(name) \
                or re.search(rf"{re.escape(name)}(?=$|[、和及与并其])", after):  # not 撤销红旗品牌营销创新院: its unit, not 红旗
            return True
    return False


MODEL_SHAPED = re.compile(r"[\u4e00-\u9fff]{2,4}[A-Z][A-Za-z]{0,3}\d{0,4}级?|[\u4e00-\u9fff]{2,4}\d{1,4}[A-Za-z]{0,3}")


def maker_in_name(model: str) -> str | None:
    """The well-known maker a model's name begins with (谷歌Home: 谷歌; 哈弗猛龙: 哈弗's 长城汽车), if any."""
    prefix = known_org_prefix(model)
    return canonical_org(prefix) if prefix and prefix != model else branded_model(model)


def branded_model(name: str) -> str | None:
    """The owner of the well-known brand a name begins with and goes on from (哈弗猛龙: 长城汽车), if any."""
    brand = max((p for p in product_openings().get(name[:2], ()) if name.startswith(p) and len(name) - len(p) >= 2),
                key=len, default=None)
    return product_alias_index()[brand].owner if brand else None


def names_its_company(product: Product, org_names: set[str], org_of: dict[str, str], runs: Sequence[str], text: str) -> bool:
    """Whether a product found is its company under another name: 拼多多 owned by 拼多多, 微博（WB.US）the listed company
    (not 新浪's product), 奇瑞 beside 奇瑞汽车 (its short name, unless the text names who runs it or the lexicon knows it
    as a product)."""
    name, owner = product.name, product.owner
    return (name in org_names and given_with_code(name, text)) \
        or canonical_org(org_of.get(name, name)) == canonical_org(org_of.get(owner, owner)) \
        or bool(owner) and owner != name and owner.startswith(name) and owner in org_names \
        and not run_by_another(name, runs) and name not in product_alias_index()


def run_by_words(text: str) -> list[str]:
    """The words before each 的母公司/的运营方… of a text (where a name run by another company ends), found once."""
    return [text[max(0, m.start() - 24):m.start()] for m in RUN_BY.finditer(text)] if "运营" in text or "母公司" in text \
        or "开发商" in text or "背后" in text else []


def run_by_another(name: str, runs: Sequence[str]) -> bool:
    """Whether the text names the company behind a name (Soul的运营方上海任意门科技): the name is its product's (runs: the
    words before each 的母公司/的运营方…, found once per article)."""
    return any(before.endswith(name) for before in runs)


def add_named_sides(analysis: DocumentAnalysis, rivals: Sequence, known: set[str]) -> None:
    """Organisations that only a rivalry or a product's owner names (与好未来、作业帮的竞争; 识货是虎扑旗下的) join the
    article's; a known company's offshoot among them is its unit (阿里云), and a company named only inside such a
    unit's name is not itself named (华为 of 华为云; 美团 of 美团买菜 still names 美团)."""
    doc, results = analysis.doc, analysis.results
    orgs, products = results["organizations"], results["products"]
    known = known | {o.name for o in orgs} | {p.name for p in products}
    listed = {n: r.evidence for r in rivals for n in (r.a, r.b) if n not in known}
    listed |= {p.owner: p.evidence for p in products if p.owner and p.owner not in known and p.owner not in listed
               and p.owner in doc.text and p.owner not in org_alias_index() and not p.name.startswith(p.owner)}
    models = [n for n in listed if MODEL_SHAPED.fullmatch(n) or branded_model(n)
              or names_a_brand_of_known_org(n) and not line_of(n) and not offshoot_of_known_org(n)]
    # 与迈巴赫S级直接竞争, 哈弗猛龙, 伊利金领冠: a rival model or brand, no organisation
    results["products"] = products = products + [Product(n, maker_in_name(n), (), 1, listed.pop(n)) for n in models]
    offshoots = {n: canonical_org(offshoot_of_known_org(n)) for n in listed if offshoot_of_known_org(n)}
    results["units"] += [Unit(n, parent, (), 1, listed[n]) for n, parent in sorted(offshoots.items())]
    orgs = orgs + [Organization(n, "company", (), 1, ev) for n, ev in sorted(listed.items()) if n not in offshoots]
    offshoot_units = [u.name for u in results["units"] if offshoot_of_known_org(u.name) and not REGION_UNIT.search(u.name)
                      and not u.name.endswith(tuple(REGIONS))]
    sides = offshoot_units + [n for n in listed if n not in offshoots and line_of(n)]  # 顺丰 only in 顺丰快运: the side named
    results["organizations"] = [o for o in orgs if not named_only_inside(o, sides, doc.text)]


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
    analysis.terms = term_stats(analysis.tokens, analysis.doc.title).renamed(names).trimmed()
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
