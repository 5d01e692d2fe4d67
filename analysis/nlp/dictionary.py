"""jieba's dictionary as lookups: how common a word is, and its IDF.

Reading the two tables from the files jieba ships costs about 0.6 s, and holding them as dicts about
100 MB, in every process: a worker process would pay both before its first article. They are kept
instead in one SQLite file in the temporary folder, keyed by the size and time of jieba's files (as
jieba keeps its own dictionary cache), built once by the first process that needs it; each process
then looks words up in it (a few microseconds a word, cached) and loads nothing. Lexicon words count
as common words, as they do for the segmenter.
"""
from __future__ import annotations

import contextlib
import functools
import importlib.util
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Iterable

from .segment import lexicon_tags

LEXICON_FREQ = 2000  # the frequency the segmenter gives a lexicon word it does not know better
SCHEMA_VERSION = 1


def jieba_folder() -> Path:
    """The folder of the installed jieba package, found without importing it."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("jieba is not installed")
    return Path(spec.origin).parent


def read_frequencies(path: Path) -> dict[str, int]:
    """word -> frequency from a jieba dictionary file (word freq [tag] per line)."""
    freq: dict[str, int] = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                freq[parts[0]] = int(parts[1])
    return freq


def read_idf(path: Path) -> dict[str, float]:
    """word -> IDF from jieba's idf.txt (word idf per line)."""
    idf: dict[str, float] = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            word, _, value = line.rstrip("\n").rpartition(" ")
            if word:
                idf[word] = float(value)
    return idf


def tables_path(sources: list[Path]) -> Path:
    """Where the tables built from these files are kept: named by the files' sizes and times."""
    stamp = "-".join(f"{p.stat().st_size:x}{int(p.stat().st_mtime):x}" for p in sources)
    return Path(tempfile.gettempdir()) / f"cn-news-jieba-tables-v{SCHEMA_VERSION}-{stamp}.sqlite"


def write_tables(path: Path, dict_path: Path, idf_path: Path) -> None:
    """Build the SQLite tables from jieba's dictionary and IDF files (written beside, then renamed: a
    reader never sees half a file)."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    partial.unlink(missing_ok=True)
    with contextlib.closing(sqlite3.connect(partial)) as db:
        fill_tables(db, dict_path, idf_path)
    os.replace(partial, path)


def fill_tables(db: sqlite3.Connection, dict_path: Path, idf_path: Path) -> sqlite3.Connection:
    """The tables of jieba's dictionary and IDF files, written into a database."""
    freq, idf = read_frequencies(dict_path), read_idf(idf_path)
    values = sorted(idf.values())
    db.execute("CREATE TABLE word (word TEXT PRIMARY KEY, freq INTEGER, idf REAL) WITHOUT ROWID")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value REAL)")
    db.executemany("INSERT INTO word VALUES (?, ?, ?)", ((w, freq.get(w, 0), idf.get(w)) for w in {*freq, *idf}))
    db.execute("INSERT INTO meta VALUES ('median_idf', ?)", (values[len(values) // 2] if values else 0.0,))
    db.commit()
    return db


def tables() -> sqlite3.Connection:
    """This process's read-only connection to the tables (a connection never crosses a fork)."""
    return connection(os.getpid())


@functools.lru_cache(maxsize=None)
def connection(pid: int) -> sqlite3.Connection:
    """A read-only connection to the tables for process pid, building them first when they are not there
    (in memory, for this process only, when the temporary folder cannot hold them)."""
    folder = jieba_folder()
    sources = [folder / "dict.txt", folder / "analyse" / "idf.txt"]
    path = tables_path(sources)
    try:
        if not path.exists():
            write_tables(path, *sources)
        db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        db.execute("SELECT value FROM meta").fetchone()
        return db
    except (OSError, sqlite3.Error):
        return fill_tables(sqlite3.connect(":memory:", check_same_thread=False), *sources)


@functools.lru_cache(maxsize=131072)
def jieba_entry(word: str) -> tuple[int, float | None]:
    """A word's frequency in jieba's dictionary (0 when absent) and its IDF (None when absent)."""
    row = tables().execute("SELECT freq, idf FROM word WHERE word = ?", (word,)).fetchone()
    return (row[0], row[1]) if row else (0, None)


@functools.lru_cache(maxsize=1)
def median_idf() -> float:
    """The median IDF of jieba's table: the IDF of a word it does not know."""
    return tables().execute("SELECT value FROM meta WHERE key = 'median_idf'").fetchone()[0]


def jieba_idf_of(terms: Iterable[str]) -> dict[str, float]:
    """jieba's IDF of each term (its median IDF for a term it does not know); looked up one by one, cached,
    as a process meets the same terms again and again."""
    median = median_idf()
    return {term: (idf if (idf := jieba_entry(term)[1]) is not None else median) for term in dict.fromkeys(terms)}


def in_idf_table(word: str) -> bool:
    """Whether jieba's IDF table has the word."""
    return jieba_entry(word)[1] is not None


def dictionary_freq(word: str) -> int:
    """How common a word is in jieba's dictionary (0 when it is not there); a lexicon word is common."""
    freq = jieba_entry(word)[0]
    return max(freq, LEXICON_FREQ) if word in lexicon_tags() else freq
