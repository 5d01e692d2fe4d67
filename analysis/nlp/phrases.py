"""New words and phrases found by statistics over the text itself.

A run of 2-4 adjacent tokens is a phrase when it recurs, its parts stick together
(pointwise mutual information, and the rarer part seldom appears without the other),
it is not always a fragment of a longer recurring run, and its edges are content words.
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Sequence

from .lexicon import LEXICON_CACHES, stopwords
from .segment import Token

EDGE_POS_REJECT = {"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "d", "f", "m", "q", "x", "y",
                   "e", "o", "zg", "w"}
NOT_CONTENT = re.compile(r"^[\W\d_]+$")
NEVER_INSIDE_POS = {"nnt", "nr", "nrfg", "nrt", "nis"}
ENGLISH_STOPWORDS = {"all", "in", "the", "of", "and", "to", "a", "an", "is", "for", "on", "at", "by", "with"}
PHRASE_TAG = "phrase"
FORMER_MARKS = {"原", "前", "现"}
OFFICE_VERBS = {"担任", "出任", "兼任", "接任", "转任", "升任", "任职", "卸任", "就任", "继任", "调任", "改任"}  # 担任 + 终端BG: no phrase


@dataclass(frozen=True)
class Phrase:
    """A discovered phrase with the statistics that admitted it."""

    text: str
    parts: tuple[str, ...]
    count: int
    pmi: float
    cohesion: float
    left_entropy: float
    right_entropy: float


def entropy(counts: Iterable[int]) -> float:
    """Shannon entropy (nats) of a distribution given by counts."""
    values = [c for c in counts if c]
    total = sum(values)
    return -sum(c / total * math.log(c / total) for c in values) + 0.0 if total else 0.0


@functools.lru_cache(maxsize=65536)
def is_content_word(word: str, pos: str) -> bool:
    """Whether a word with this tag may stand inside a phrase: not punctuation, not a stopword."""
    return (bool(word.strip()) and not NOT_CONTENT.match(word) and word not in stopwords()
            and pos not in NEVER_INSIDE_POS and word.lower() not in ENGLISH_STOPWORDS)


def is_full_verb(token: Token) -> bool:
    """A verb of two or more characters (a single-character 'verb' is often part of a name)."""
    return is_full_verb_word(token.word, token.pos)


def is_full_verb_word(word: str, pos: str) -> bool:
    """Whether a word with this tag is a verb of two or more characters (see is_full_verb)."""
    return pos == "v" and len(word) > 1


@functools.lru_cache(maxsize=65536)
def window_roles(word: str, pos: str) -> tuple[bool, bool, bool, bool]:
    """What a token may be in a phrase: inside it (content), at its edge, a full verb, a known name."""
    content = is_content_word(word, pos)
    edge = content and pos not in EDGE_POS_REJECT and word not in FORMER_MARKS | OFFICE_VERBS  # 原 + 大型企业: a former
    # unit, no phrase
    return content, edge, is_full_verb_word(word, pos), pos in ("nt", "nz")


def candidate_windows(tokens: Sequence[Token], max_n: int = 4) -> list[tuple[int, int]]:
    """(start, length) of every run of 2..max_n tokens that could be a phrase (each token judged once)."""
    if not tokens:
        return []
    content, edge, verb, name = zip(*[window_roles(t.word, t.pos) for t in tokens])
    out = []
    for i in range(len(tokens)):
        if not edge[i]:
            continue
        for n in range(2, max_n + 1):
            last = i + n - 1
            if last >= len(tokens) or not content[last] or name[last]:
                break  # a non-content token or a known name inside ends every longer run too
            if edge[last] and not any(verb[i + 1:last]):
                out.append((i, n))
    return out


def ngram_stats(sentences: Sequence[Sequence[Token]], max_n: int = 4, min_count: int = 2):
    """Counts of tokens and of content n-grams; for the n-grams that recur, their left and right
    neighbours (kept only for those, so a long text does not keep neighbours of every run)."""
    unigrams: Counter = Counter()
    grams: Counter = Counter()
    windows = []
    for tokens in sentences:
        unigrams.update(t.word for t in tokens)
        found = candidate_windows(tokens, max_n)
        keys = [tuple(t.word for t in tokens[i:i + n]) for i, n in found]
        grams.update(keys)
        windows.append((found, keys))
    left: dict[tuple, Counter] = defaultdict(Counter)
    right: dict[tuple, Counter] = defaultdict(Counter)
    verb_edged: set[tuple] = set()
    for tokens, (found, keys) in zip(sentences, windows):
        for (i, n), key in zip(found, keys):
            if grams[key] < min_count:
                continue
            if is_full_verb(tokens[i]) or is_full_verb(tokens[i + n - 1]):
                verb_edged.add(key)
            left[key][tokens[i - 1].word if i else "<s>"] += 1
            right[key][tokens[i + n].word if i + n < len(tokens) else "</s>"] += 1
    grams = Counter({k: c for k, c in grams.items() if c >= min_count})
    return unigrams, grams, left, right, verb_edged


def discover_phrases(sentences: Sequence[Sequence[Token]], min_count: int = 2, min_pmi: float = 2.5,
                     min_cohesion: float = 0.3, max_chars: int = 10) -> list[Phrase]:
    """Phrases of the given token sentences, most frequent first."""
    unigrams, grams, left, right, verb_edged = ngram_stats(sentences, min_count=min_count)
    total = sum(unigrams.values()) or 1
    found: dict[tuple, Phrase] = {}
    for key, count in grams.items():
        text = "".join(key)
        if count < min_count or len(text) > max_chars or len(text) < 2:
            continue
        expected = math.prod(unigrams[w] / total for w in key)
        pmi = math.log2((count / total) / expected) / (len(key) - 1)
        cohesion = count / min(unigrams[w] for w in key)
        if pmi < min_pmi or cohesion < min_cohesion:
            continue
        if key in verb_edged and (count < 3 or cohesion < 0.5):  # 争抢移动电商: a verb and its object
            continue
        found[key] = Phrase(text, key, count, round(pmi, 2), round(cohesion, 2),
                            round(entropy(left[key].values()), 2), round(entropy(right[key].values()), 2))
    return sorted(drop_fragments(found).values(), key=lambda p: (-p.count, -p.pmi, p.text))


def drop_fragments(found: dict[tuple, Phrase]) -> dict[tuple, Phrase]:
    """Remove a phrase that only ever occurs inside one longer phrase (same count): each phrase's own runs
    are looked up, so the time is linear in the number of phrases."""
    most_inside: dict[tuple, int] = {}  # a run -> the highest count of a longer phrase that contains it
    for other, longer in found.items():
        for n in range(1, len(other)):
            for i in range(len(other) - n + 1):
                run = other[i:i + n]
                most_inside[run] = max(most_inside.get(run, 0), longer.count)
    return {key: phrase for key, phrase in found.items() if most_inside.get(key, 0) < phrase.count}


def phrase_table(phrases: Sequence[Phrase]) -> dict[tuple[str, ...], str]:
    """The phrases as a token-run table for segment.merge_phrases."""
    return {p.parts: PHRASE_TAG for p in phrases}


LEXICON_CACHES += [is_content_word, window_roles]
