"""A disk cache of corpus analyses, so the report and its notebooks analyse each corpus once.

The key covers the package's own code and data files and every document's id and cleaned text,
so a change to either gives a new key; nothing stale is ever read. Set CN_NEWS_CACHE to choose
the folder, or CN_NEWS_CACHE=off to turn the cache off.
"""
from __future__ import annotations

import functools
import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent.parent


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the package's source and data files."""
    digest = hashlib.sha1()
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in (".py", ".txt", ".tsv") and "__pycache__" not in path.parts:
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is off."""
    setting = os.environ.get("CN_NEWS_CACHE", "")
    if setting.lower() in ("off", "0", "no"):
        return None
    return Path(setting) if setting else Path(tempfile.gettempdir()) / "cn-news-analysis-cache"


def cached(key_parts: list[str], compute: Callable[[], T]) -> T:
    """compute(), or its stored result for the same key and code; storing failures are ignored."""
    folder = cache_dir()
    if folder is None:
        return compute()
    key = hashlib.sha1("\n".join([code_fingerprint(), *key_parts]).encode("utf-8")).hexdigest()
    path = folder / f"{key}.pickle"
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except Exception:  # missing, truncated, from another version: recompute
        pass
    result = compute()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as f:
            pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(path)
    except OSError:
        pass
    return result
