"""jieba's dictionary as two lookup tables: how common a word is, and its IDF.

Reading them from the files jieba ships costs about 0.6 s in every process (importing jieba and
building its tokenizer only to look frequencies up costs as much): a worker process pays it before
its first article. The tables are kept, like jieba's own dictionary cache, in one file in the temporary
folder, keyed by the size and time of jieba's files, and read back in about a tenth of the time.
Lexicon words count as common words, as they do for the segmenter.
"""
from __future__ import annotations

import functools
import importlib.util
import marshal
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .segment import lexicon_tags

LEXICON_FREQ = 2000  # the frequency the segmenter gives a lexicon word it does not know better


@dataclass(frozen=True)
class JiebaTables:
    """Word frequencies of jieba's dictionary, its IDF table and that table's median IDF."""

    freq: dict[str, int]
    idf: dict[str, float]
    median_idf: float


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


def tables_cache_path(sources: list[Path]) -> Path:
    """Where the tables built from these files are kept: named by the files' sizes and times."""
    stamp = "-".join(f"{p.stat().st_size:x}{int(p.stat().st_mtime):x}" for p in sources)
    return Path(tempfile.gettempdir()) / f"cn-news-jieba-tables-{stamp}.marshal"


def build_tables(dict_path: Path, idf_path: Path) -> JiebaTables:
    """The tables read from jieba's dictionary and IDF files."""
    idf = read_idf(idf_path)
    values = sorted(idf.values())
    return JiebaTables(read_frequencies(dict_path), idf, values[len(values) // 2] if values else 0.0)


@functools.lru_cache(maxsize=1)
def jieba_tables() -> JiebaTables:
    """jieba's tables, from the cache file when it is there and readable, else built and cached."""
    folder = jieba_folder()
    sources = [folder / "dict.txt", folder / "analyse" / "idf.txt"]
    cache = tables_cache_path(sources)
    try:
        freq, idf, median = marshal.loads(cache.read_bytes())
        return JiebaTables(freq, idf, median)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    tables = build_tables(*sources)
    try:  # written beside, then renamed: a reader never sees half a file
        partial = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        partial.write_bytes(marshal.dumps((tables.freq, tables.idf, tables.median_idf)))
        os.replace(partial, cache)
    except OSError:
        pass
    return tables


def dictionary_freq(word: str) -> int:
    """How common a word is in jieba's dictionary (0 when it is not there); a lexicon word is common."""
    freq = jieba_tables().freq.get(word, 0)
    return max(freq, LEXICON_FREQ) if word in lexicon_tags() else freq
