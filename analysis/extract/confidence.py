"""How sure a fact is, from 0 to 1, read off the fact's own signals so a reader can filter the tables.

The rules that find facts differ in how often they are right. A fact is surer when a lexicon
knows its names, when the article names it more than once, when it has a typical shape (a surname
and a given name; a company suffix; a unit word), and when its evidence sentence holds every part
of it. Each kind starts from a base that says how reliable its finder is and gains from those
signals. The figure is a ranking aid, not a calibrated probability: a table sorted or filtered on it
shows the doubtful facts together. Facts stated by several articles combine as independent reports
(see combined).
"""
from __future__ import annotations

import re
from typing import Any, Callable, Iterable

from ..nlp.lexicon import org_alias_index, product_alias_index, titles, user_lexicon
from .entities import ORG_SUFFIXES, has_name_shape, is_foreign_name
from .org import is_unit_word

SURE = 0.95
RIVAL_WORDS = re.compile(r"竞争|对手|价格战|补贴大战|烧钱|争夺|抢夺|份额|对决|围剿|阻击|PK|之争|较量")


def recurrence(mentions: int, step: float = 0.08, most: int = 3) -> float:
    """What naming a thing again adds: `step` for each mention after the first, up to `most` of them."""
    return step * min(max(mentions - 1, 0), most)


def is_known_org(name: str | None) -> bool:
    """A company or organisation the shipped or the user's lexicon knows (by any alias)."""
    return bool(name) and name in org_alias_index()


def is_known_product(name: str | None) -> bool:
    """A product the shipped or the user's lexicon knows (by any alias)."""
    return bool(name) and name in product_alias_index()


def person_confidence(name: str, mentions: int) -> float:
    """A person: a lexicon name is sure; otherwise a Chinese or foreign name's shape and recurrence."""
    if name in user_lexicon().people:
        return SURE
    shaped = has_name_shape(name) or is_foreign_name(name)
    return min(SURE, (0.7 if shaped else 0.5) + recurrence(mentions))


def organization_confidence(name: str, mentions: int) -> float:
    """An organisation: known to a lexicon, else one with a company suffix, else one named by position."""
    if is_known_org(name):
        return SURE
    suffixed = name.endswith(ORG_SUFFIXES)
    return min(SURE, (0.75 if suffixed else 0.55) + recurrence(mentions))


def unit_confidence(name: str, parent: str | None, mentions: int) -> float:
    """A unit: a name ending in a unit word, a parent the lexicon knows, named more than once."""
    base = 0.7 if is_unit_word(name) else 0.6
    return min(SURE, base + (0.1 if is_known_org(parent) else 0.0) + recurrence(mentions))


def role_confidence(person: str, title: str, org: str | None, evidence: str) -> float:
    """A role: a title the lexicon knows, the person and the title both in the evidence sentence, a place."""
    score = 0.6 + (0.1 if title in titles() else 0.0) + (0.05 if org else 0.0)
    if person in evidence and title in evidence:
        score += 0.15
    return min(SURE, score)


def product_confidence(name: str, owner: str | None, mentions: int) -> float:
    """A product: known to a lexicon, else an owner named and recurrence."""
    if is_known_product(name):
        return SURE
    return min(SURE, 0.55 + (0.1 if owner else 0.0) + recurrence(mentions))


def relation_confidence(a: str, b: str, kind: str, evidence: str) -> float:
    """A rivalry or partnership: both sides known, and (for rivals) a word of competition in the sentence."""
    known = sum(is_known_org(x) or is_known_product(x) for x in (a, b))
    score = 0.55 + 0.1 * known
    if kind == "rival" and RIVAL_WORDS.search(evidence):
        score += 0.15
    return min(SURE, score)


def quote_confidence(speaker: str, evidence: str) -> float:
    """A quote: surer when its sentence names the speaker (not carried over from an earlier sentence)."""
    return 0.85 if speaker and speaker in evidence else 0.6


def event_confidence(date: str) -> float:
    """A dated event: a full date is surer than a month, a month than a year."""
    return {10: 0.85, 7: 0.75}.get(len(date), 0.6)


def figure_confidence(unit: str, counts: str) -> float:
    """A figure: a unit and the thing it counts both found."""
    return 0.6 + (0.1 if unit else 0.0) + (0.15 if counts else 0.0)


SCORERS: dict[str, Callable[[Any], float]] = {
    "people": lambda f: person_confidence(f.name, f.mentions),
    "organizations": lambda f: organization_confidence(f.name, f.mentions),
    "units": lambda f: unit_confidence(f.name, f.parent, f.mentions),
    "roles": lambda f: role_confidence(f.person, f.title, f.org, f.evidence),
    "products": lambda f: product_confidence(f.name, f.owner, f.mentions),
    "rivalries": lambda f: relation_confidence(f.a, f.b, f.kind, f.evidence),
    "partnerships": lambda f: relation_confidence(f.a, f.b, f.kind, f.evidence),
    "quotes": lambda f: quote_confidence(f.speaker, f.evidence),
    "events": lambda f: event_confidence(f.date),
    "figures": lambda f: figure_confidence(f.unit, f.counts),
}
SCORED_KINDS = tuple(SCORERS)


def confidence(kind: str, fact: Any) -> float:
    """The confidence of one fact of a kind of the extractions file (one of SCORED_KINDS), two decimals."""
    return round(SCORERS[kind](fact), 2)


def combined(scores: Iterable[float]) -> float:
    """The confidence of a fact stated in several articles, as if each were an independent report:
    1 - the product of (1 - each)."""
    doubt = 1.0
    for score in scores:
        doubt *= 1.0 - score
    return round(1.0 - doubt, 2)
