"""The shipped lexicons: job titles, unit suffixes, stopwords, well-known companies and products.

They hold general vocabulary only, never the names of one article.
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path


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
    return tuple(sorted({r[0] for r in _rows("titles.txt")} | set(user_lexicon().titles), key=len, reverse=True))


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
    shipped = tuple(KnownOrg(r[0], r[1], _aliases(r[2] if len(r) > 2 else "")) for r in _rows("companies.tsv"))
    return user_lexicon().orgs + shipped  # the user's entries first: they win a clash


@functools.lru_cache(maxsize=1)
def known_products() -> tuple[KnownProduct, ...]:
    """Well-known Chinese products and platforms."""
    shipped = tuple(KnownProduct(r[0], r[1], _aliases(r[2] if len(r) > 2 else "")) for r in _rows("products.tsv"))
    return user_lexicon().products + shipped


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


@functools.lru_cache(maxsize=4096)
def names_of_org(name: str) -> tuple[str, ...]:
    """Every name a well-known organisation goes by (its main name and aliases); the name alone otherwise."""
    known = org_alias_index().get(name)
    return (known.name, *known.aliases) if known else (name,)


@functools.lru_cache(maxsize=65536)
def known_org_prefix(word: str) -> str | None:
    """The longest well-known organisation's name or alias that begins a word (华为 of 华为昇腾), if any."""
    return next((p for p in org_name_prefixes() if word.startswith(p)), None)


@functools.lru_cache(maxsize=1)
def org_name_prefixes() -> tuple[str, ...]:
    """Chinese names and aliases of well-known organisations (two characters or more), longest first:
    the prefixes of their offshoots (阿里云 begins with 阿里)."""
    return tuple(sorted((a for a in org_alias_index() if len(a) >= 2 and not a.isascii()), key=len, reverse=True))


REGIONS_OF_UNITS = ("中东", "华东", "华南", "华北", "华中", "华西", "西南", "西北", "东北", "北美", "南美", "拉美", "欧洲", "非洲",
                    "亚太", "东南亚", "南亚", "中亚", "大中华", "海外", "国际", "日韩", "港澳")


def segmenter_entries() -> list[tuple[str, str]]:
    """(word, tag) pairs the segmenter should know: titles, unit words, companies, products."""
    entries = [(t, "nnt") for t in titles()]
    entries += [(s, "nis") for s in unit_suffixes()]
    entries += [(region + "区", "ns") for region in REGIONS_OF_UNITS]  # 中东/区 cut apart: one region's unit
    entries += [(n, "nt") for org in known_orgs() for n in (org.name, *org.aliases)]
    entries += [(n, "nz") for p in known_products() for n in (p.name, *p.aliases)]
    entries += [(n, "nr") for n in user_lexicon().people] + list(user_lexicon().words)
    return entries


# ---------------------------------------------------------------- the user's own lexicon

LEXICON_ENV = "CN_NEWS_LEXICON"
USER_KINDS = ("company", "media", "brand", "government", "product", "person", "title", "word")
JIEBA_TAGS = {"nr": "person", "nrfg": "person", "nrt": "person", "nt": "company", "nz": "product", "nnt": "title"}


@dataclass(frozen=True)
class UserLexicon:
    """Entries of the user's lexicon file by kind, and the lines that could not be read."""

    orgs: tuple[KnownOrg, ...] = ()
    products: tuple[KnownProduct, ...] = ()
    people: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    words: tuple[tuple[str, str], ...] = ()
    problems: tuple[str, ...] = ()


def parse_user_line(line: str) -> tuple[str, str, tuple[str, ...], str] | str:
    """(kind, name, aliases, owner) of one line, or the reason it cannot be read.

    Two forms: a TSV line `kind<TAB>name<TAB>aliases<TAB>owner` (kind: company, media, brand, government,
    product, person, title or word), or jieba's user-dictionary line `word [frequency] [tag]`."""
    if "\t" in line:
        cells = [c.strip() for c in line.split("\t")] + ["", ""]
        kind, name = cells[0].lower(), cells[1]
        if kind not in USER_KINDS:
            return f"unknown kind {kind!r} (use one of {', '.join(USER_KINDS)})"
        if not name:
            return "no name"
        if kind == "product" and not cells[3]:
            return "a product needs its owner in the fourth column"
        return kind, name, _aliases(cells[2]), cells[3]
    parts = line.split()
    if not 1 <= len(parts) <= 3 or (len(parts) >= 2 and not parts[1].isdigit() and len(parts) == 3):
        return "expected `kind<TAB>name<TAB>aliases<TAB>owner` or jieba's `word [frequency] [tag]`"
    tag = parts[-1] if len(parts) >= 2 and not parts[-1].isdigit() else ""
    return JIEBA_TAGS.get(tag, "word"), parts[0], (), tag


@functools.lru_cache(maxsize=4)
def read_user_lexicon(path: str) -> UserLexicon:
    """The user's lexicon file; a line that cannot be read is kept in `problems` with its number."""
    orgs, products, people, title_words, words, problems = [], [], [], [], [], []
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        return UserLexicon(problems=(f"{path}: cannot be read ({err})",))
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parsed = parse_user_line(line)
        if isinstance(parsed, str):
            problems.append(f"{path} line {number}: {parsed}")
            continue
        kind, name, aliases, owner = parsed
        if kind in ("company", "media", "brand", "government"):
            orgs.append(KnownOrg(name, kind, aliases))
        elif kind == "product":
            products.append(KnownProduct(name, owner, aliases))
        elif kind == "person":
            people += [name, *aliases]
        elif kind == "title":
            title_words += [name, *aliases]
        else:
            words.append((name, owner or "n"))
    return UserLexicon(tuple(orgs), tuple(products), tuple(people), tuple(title_words), tuple(words), tuple(problems))


def user_lexicon() -> UserLexicon:
    """The lexicon named by CN_NEWS_LEXICON (set by --lexicon or a notebook's LEXICON), or an empty one."""
    path = os.environ.get(LEXICON_ENV, "")
    return read_user_lexicon(path) if path else UserLexicon()


def use_lexicon(path: str | os.PathLike | None) -> UserLexicon:
    """Use the user's lexicon file from now on in this process and its workers (None or '' for none);
    returns it, with the lines that could not be read in `problems`."""
    os.environ[LEXICON_ENV] = str(path or "")
    for cached in LEXICON_CACHES:
        cached.cache_clear()
    return user_lexicon()


def lexicon_fingerprint() -> str:
    """What identifies the user's lexicon in cache keys: its path and content."""
    path = os.environ.get(LEXICON_ENV, "")
    try:
        return path + ":" + Path(path).read_text(encoding="utf-8-sig") if path else ""
    except OSError:
        return path


LEXICON_CACHES = [titles, unit_suffixes, stopwords, known_orgs, known_products, org_alias_index, product_alias_index,
                  names_of_org, known_org_prefix,
                  org_name_prefixes]
