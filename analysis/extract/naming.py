"""How an article names its organisations: a post's organisation as the article names it (极氪 for
极氪科技集团, a unit for its alias), and a well-known company under the name the article calls it by
(鸿海 for the lexicon's 富士康), carried through every fact that names it."""
from __future__ import annotations

import dataclasses
import functools
import re
from types import MappingProxyType
from typing import Any, Mapping, Sequence

from ..io.load import Document
from ..nlp.lexicon import names_of_org, org_alias_index
from .entities import Organization
from .org import BUSINESS_LINES, Role


# What may follow a name and still be the same organisation: for a post's organisation (极氪科技集团 for 极氪,
# a trade word allowed before the legal form), and for an alias (小米集团 for 小米; 吉利汽车 is another name).
GROUP_FORM = re.compile(r"(?:科技|控股|汽车|智能科技)?(?:集团|有限公司|公司)$|科技$|控股$|股份$")  # 德邦股份 of 德邦


CORPORATE_FORM = re.compile(r"(?:集团|公司|集团公司|控股|控股集团|股份|有限公司|股份有限公司|科技)")


def as_article_org(role: Role, org_names: set[str], other_names: Mapping[str, str] = MappingProxyType({})) -> Role:
    """A role whose organisation is another form of one the article names (极氪科技集团 for 极氪) or another name of it
    (中国移动通信集团有限公司 for 中国移动, see org_of_other_name): that one."""
    if not role.org or role.org in org_names:
        return role
    if role.org in other_names:
        return dataclasses.replace(role, org=other_names[role.org])
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


def names_in_article(orgs: Sequence[Organization], doc: Document) -> dict[str, str]:
    """Well-known organisations the article calls only by other names (鸿海 for the lexicon's 富士康, 美的 for
    美的集团, 吉利汽车 where 吉利 is only ever part of it): the lexicon's name -> the article's name for it."""
    text = doc.title + doc.text
    names = {}
    for org in orgs:
        longer_orgs = [o.name for o in orgs if o.name != org.name and o.name.startswith(org.name)]  # TCL in TCL华星
        if org.name not in org_alias_index() or named_alone(org.name, [*names_of_org(org.name), *longer_orgs], text):
            continue
        used = [a for a in org.aliases if stands_alone(a, text)]
        if org.name in text:  # only ever inside longer names: one of them is how the article calls it
            longer = {a for a in used if a.startswith(org.name) and not CORPORATE_FORM.fullmatch(a[len(org.name):])
                      or a == "中国" + org.name}
            if len(longer) == 1:  # not 吉利 in both 吉利汽车 and 吉利控股集团: which one is meant is not clear
                names[org.name] = longer.pop()
        elif used:
            names[org.name] = max(used, key=lambda a: (text.count(a), len(a)))  # the name the article uses most
    return names


def named_alone(name: str, aliases: Sequence[str], text: str) -> bool:
    """Whether the text names an organisation by this name other than as the start of a longer alias of it
    (吉利 only ever in 吉利汽车 is not named 吉利; 小米 in 小米集团 is, a corporate form being the same name)."""
    longer = [a for a in aliases if a != name and a.startswith(name) and not CORPORATE_FORM.fullmatch(a[len(name):])]
    return text.count(name) > sum(text.count(a) for a in longer + ["中国" + name])  # 东方航空 in 中国东方航空


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


def named_only_inside(org: Organization, names: Sequence[str], text: str) -> bool:
    """Whether a well-known organisation is only ever written as the start of a name the article found for
    something else (华为 only in 华为云): the article names that, not the company."""
    surfaces = [s for s in {org.name, *org.aliases} if s in text]
    if org.name not in org_alias_index() or not surfaces:
        return False
    longer = [n for n in names if any(n.startswith(s) and n != s for s in surfaces)]
    return bool(longer) and all(text.count(s) <= sum(text.count(n) for n in longer if n.startswith(s)) for s in surfaces)
