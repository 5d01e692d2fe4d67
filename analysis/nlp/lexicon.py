"""The shipped lexicons: job titles, unit suffixes, stopwords, well-known companies and products.

They hold general vocabulary only, never the names of one article.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class KnownOrg:
    """A well-known organisation with its kind and aliases."""

    name: str
    kind: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class KnownProduct:
    """A well-known product or platform with its owner."""

    name: str
    owner: str
    aliases: tuple[str, ...]


def _rows(filename: str) -> list[list[str]]:
    """Non-comment rows of a shipped data file, split on tabs."""
    text = resources.files("analysis").joinpath("data", filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _aliases(cell: str) -> tuple[str, ...]:
    """Comma-separated aliases as a tuple."""
    return tuple(a.strip() for a in cell.split(",") if a.strip())


@functools.lru_cache(maxsize=1)
def titles() -> tuple[str, ...]:
    """Job titles, longest first."""
    return tuple(sorted({r[0] for r in _rows("titles.txt")}, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def unit_suffixes() -> tuple[str, ...]:
    """Words that end a business-unit name, longest first."""
    return tuple(sorted({r[0] for r in _rows("unit_suffixes.txt")}, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Function words and empty words."""
    return frozenset(r[0] for r in _rows("stopwords.txt"))


@functools.lru_cache(maxsize=1)
def known_orgs() -> tuple[KnownOrg, ...]:
    """Well-known Chinese companies, media and government bodies."""
    return tuple(KnownOrg(r[0], r[1], _aliases(r[2] if len(r) > 2 else "")) for r in _rows("companies.tsv"))


@functools.lru_cache(maxsize=1)
def known_products() -> tuple[KnownProduct, ...]:
    """Well-known Chinese products and platforms."""
    return tuple(KnownProduct(r[0], r[1], _aliases(r[2] if len(r) > 2 else "")) for r in _rows("products.tsv"))


def _alias_index(entries):
    """Every name and alias of the entries, mapped to the entry (the first entry wins a clash)."""
    index = {}
    for entry in entries:
        for name in (entry.name, *entry.aliases):
            index.setdefault(name, entry)
    return index


@functools.lru_cache(maxsize=1)
def org_alias_index() -> dict[str, KnownOrg]:
    """Every name and alias of a well-known organisation, mapped to it."""
    return _alias_index(known_orgs())


@functools.lru_cache(maxsize=1)
def product_alias_index() -> dict[str, KnownProduct]:
    """Every name and alias of a well-known product, mapped to it."""
    return _alias_index(known_products())


def canonical_org(name: str | None) -> str | None:
    """A well-known organisation's alias as its main name (阿里巴巴集团 -> 阿里巴巴); other names unchanged."""
    known = org_alias_index().get(name) if name else None
    return known.name if known else name


@functools.lru_cache(maxsize=1)
def org_name_prefixes() -> tuple[str, ...]:
    """Chinese names and aliases of well-known organisations (two characters or more), longest first:
    the prefixes of their offshoots (阿里云 begins with 阿里)."""
    return tuple(sorted((a for a in org_alias_index() if len(a) >= 2 and not a.isascii()), key=len, reverse=True))


def segmenter_entries() -> list[tuple[str, str]]:
    """(word, tag) pairs the segmenter should know: titles, unit words, companies, products."""
    entries = [(t, "nnt") for t in titles()]
    entries += [(s, "nis") for s in unit_suffixes()]
    entries += [(n, "nt") for org in known_orgs() for n in (org.name, *org.aliases)]
    entries += [(n, "nz") for p in known_products() for n in (p.name, *p.aliases)]
    return entries
