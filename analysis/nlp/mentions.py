"""Where a set of names occurs in an article, found in one pass over its text.

Looking each name up with str.count costs the text's length once per name: an article listing
thousands of names would cost their number times its length. Here a few names are each searched
for (at C speed), and more by trying each position only against the names that begin with its
character, so the cost stays linear in the text however many names there are.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from itertools import accumulate
from typing import Iterable, Iterator, Sequence


class Mentions:
    """How often each of a set of names occurs in a sequence of texts, and the first text with it."""

    def __init__(self, texts: Sequence[str], names: Iterable[str]) -> None:
        self.counts: Counter = Counter()
        self.first: dict[str, int] = {}
        matcher = Matcher(n for n in names if "\n" not in n)
        if not matcher.names:
            return
        ends = list(accumulate(len(text) + 1 for text in texts))  # where each text ends in the joined one
        for start, name in matcher.finditer("\n".join(texts)):  # one pass: no name spans a line break
            self.counts[name] += 1
            if name not in self.first:
                self.first[name] = bisect_right(ends, start)

    def count(self, name: str) -> int:
        """Occurrences of name (0 when it was not among the names or never occurs)."""
        return self.counts.get(name, 0)


def containing(names: Iterable[str]) -> dict[str, list[str]]:
    """For each name, the longer names of the set that contain it (刘强 -> [刘强东]), without comparing
    every pair: each name's own substrings are looked up."""
    wanted = set(names)
    out: dict[str, list[str]] = defaultdict(list)
    for longer in sorted(wanted):
        subs = {longer[i:j] for i in range(len(longer)) for j in range(i + 1, min(len(longer), i + 12) + 1)}
        for sub in subs:
            if sub != longer and sub in wanted:
                out[sub].append(longer)
    return out


class Matcher:
    """Finds every occurrence of a set of names in a text in one pass over it (longest name first at a
    position)."""

    FEW = 48  # up to this many names, searching for each costs less than trying them at every position

    def __init__(self, names: Iterable[str]) -> None:
        self.names = {n for n in names if n}
        by_first: dict[str, set[int]] = defaultdict(set)
        for name in self.names:
            by_first[name[0]].add(len(name))
        self.lengths = {c: sorted(ls, reverse=True) for c, ls in by_first.items()}

    def finditer(self, text: str) -> Iterator[tuple[int, str]]:
        """(start, name) of every occurrence, in text order (at one position, the longest name first)."""
        if len(self.names) <= self.FEW:
            return iter(self._searched(text))
        return self._scanned(text)

    def _searched(self, text: str) -> list[tuple[int, str]]:
        """finditer for a few names: each searched for by str.find, which runs at C speed."""
        found = []
        for name in self.names:
            start = text.find(name)
            while start != -1:
                found.append((start, -len(name), name))
                start = text.find(name, start + 1)
        return [(start, name) for start, _, name in sorted(found)]

    def _scanned(self, text: str) -> Iterator[tuple[int, str]]:
        """finditer for many names: each position tried only against the lengths of the names that begin
        with its character, so the cost does not grow with their number."""
        for i, char in enumerate(text):
            for n in self.lengths.get(char, ()):
                if text[i:i + n] in self.names:
                    yield i, text[i:i + n]
