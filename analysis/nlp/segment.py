"""Segmentation behind one small interface: segment(text) -> tokens with part-of-speech tags.

The backend is rjieba (jieba's dictionary and HMM in Rust, about 60 times faster at tagging)
when it is installed, else jieba itself. Either is loaded once per process (the only global
state of the package) with the shipped lexicon of titles, unit words, companies and products.
"""
from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from .lexicon import LEXICON_CACHES, segmenter_entries
from .mentions import Matcher


@dataclass(frozen=True)
class Token:
    """A word, its part-of-speech tag and its character offset in the segmented text."""

    word: str
    pos: str
    start: int

    @property
    def end(self) -> int:
        """Offset just past the word."""
        return self.start + len(self.word)


@functools.lru_cache(maxsize=1)
def lexicon_tags() -> dict[str, str]:
    """The part-of-speech tag of every lexicon word (nnt title, nis unit word, nt organisation, nz product)."""
    return dict(segmenter_entries())


@dataclass(frozen=True)
class Backend:
    """A segmenter: tagging a text, and whether its dictionary has a word."""

    tag: Callable[[str], list[tuple[str, str]]]
    has_word: Callable[[str], bool]


@functools.lru_cache(maxsize=1)
def _tagger() -> Backend:
    """The tagging backend with the lexicon, built once per process: rjieba when installed, else jieba."""
    try:
        import rjieba
    except ImportError:
        rjieba = None
    if rjieba is not None:
        tagger = rjieba.Jieba()
        for word in lexicon_tags():
            tagger.add_word(word, max(tagger.suggest_freq(word), 2000), lexicon_tags()[word])
        return Backend(tagger.tag, tagger.has_word)
    return _jieba_tagger()


GLUED_FUNCTION_CHARS = "由向将被从在对与和把给让为于"
TENURE_ADVERBS = ("此前", "之前", "曾", "现", "后", "先后", "又", "再", "并", "拟", "将", "已", "同时", "此后", "之后", "随后", "还", "也")


@functools.lru_cache(maxsize=65536)
def in_dictionary(word: str) -> bool:
    """Whether the segmenter's dictionary has the word (a two-character 'word' it does not have was made
    by its HMM, which can glue a preposition to the character before it)."""
    return _tagger().has_word(word)


def _jieba_tagger() -> Backend:
    """jieba's POS tagger with the lexicon (the pure-Python backend, about 60 times slower)."""
    import jieba.posseg

    tokenizer = jieba_tokenizer()
    tagger = jieba.posseg.POSTokenizer(tokenizer)
    return Backend(lambda text: [(p.word, p.flag) for p in tagger.lcut(text)], lambda word: bool(tokenizer.FREQ.get(word)))


@functools.lru_cache(maxsize=1)
def jieba_tokenizer():
    """jieba's Tokenizer with the lexicon, loaded once (also used for its IDF-based baselines)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    for word, tag in lexicon_tags().items():
        tok.add_word(word, freq=max(tok.suggest_freq(word, tune=False), 2000), tag=tag)
    return tok


def segment(text: str) -> list[Token]:
    """Tokens of text with part-of-speech tags and offsets; lexicon words carry the lexicon's tag."""
    tags = lexicon_tags()
    tokens: list[Token] = []
    offset = 0
    for word, pos in _tagger().tag(text):
        if word.isascii():
            spaced = f"{tokens[-2].word} {word}" if len(tokens) >= 2 and tokens[-1].word == " " else ""
            if spaced in tags:  # Google/ /DeepMind: a lexicon name with a space inside, one word
                tokens[-2:] = [Token(spaced, tags[spaced], tokens[-2].start)]
            elif tokens and word.isalnum() and tokens[-1].word.isascii() and tokens[-1].word.isalnum():
                joined = tokens[-1].word + word  # LABUBU cut as LA/BU/BU (BU being a lexicon word): one Latin word
                tokens[-1] = Token(joined, tags.get(joined, "m" if joined.isdigit() else "eng"), tokens[-1].start)
            else:
                tokens.append(Token(word, tags.get(word, pos), offset))
        elif len(word) > 2 and word[-1] in "兼和及" and tags.get(word[:-1]) == "nnt":  # 总裁兼首席运营官
            tokens += [Token(word[:-1], "nnt", offset), Token(word[-1], "c", offset + len(word) - 1)]
        elif word[:2] in ("公司", "集团") and tags.get(word[2:]) == "nnt":  # 公司总裁: the company, then the title
            tokens += [Token(word[:2], "n", offset), Token(word[2:], "nnt", offset + 2)]
        elif word[:1] == "任" and pos.startswith("nr") and len(word) == 3 and tokens and tokens[-1].word in TENURE_ADVERBS \
                and not in_dictionary(word):
            tokens += [Token("任", "v", offset), Token(word[1:], tags.get(word[1:], "nz"), offset + 1)]  # 此前任申通: took
            # a post at 申通, no person named 任申通
        elif len(word) == 2 and word[1] in GLUED_FUNCTION_CHARS and word not in tags and not in_dictionary(word):
            tokens += [Token(word[0], tags.get(word[0], pos), offset), Token(word[1], "p", offset + 1)]  # 交易部由: 部/由
        else:
            tokens.append(Token(word, tags.get(word, pos), offset))
        offset += len(word)
    return tokens


def segment_sentences(sentences: Iterable[str]) -> list[list[Token]]:
    """Tokens of each sentence."""
    return [segment(s) for s in sentences]


def merge_phrases(tokens: Sequence[Token], phrases: dict[tuple[str, ...], str]) -> list[Token]:
    """Join runs of tokens that form a known phrase into one token (longest match first)."""
    if not phrases:
        return list(tokens)
    longest = max(len(k) for k in phrases)
    firsts = {k[0] for k in phrases}
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        if tokens[i].word not in firsts:  # most tokens begin no phrase
            out.append(tokens[i])
            i += 1
            continue
        for n in range(min(longest, len(tokens) - i), 1, -1):
            key = tuple(t.word for t in tokens[i:i + n])
            if key in phrases:
                out.append(Token("".join(key), phrases[key], tokens[i].start))
                i += n
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


class _Match:
    """A forced word found at a position (the part of re.Match that force_words uses)."""

    def __init__(self, start: int, word: str) -> None:
        self._start, self._word = start, word

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._start + len(self._word)

    def group(self, _: int = 0) -> str:
        return self._word


def leftmost_longest(text: str, matcher: Matcher) -> list[_Match]:
    """Non-overlapping occurrences of the matcher's words, leftmost first, longest at a position."""
    out: list[_Match] = []
    end = 0
    for start, word in matcher.finditer(text):
        if start >= end:
            out.append(_Match(start, word))
            end = start + len(word)
    return out


def force_words(text: str, tokens: Sequence[Token], words: dict[str, str],
                matcher: Matcher | None = None) -> list[Token]:
    """Make each given word (a person's name the segmenter split, a unit's name) one token with its tag.

    Only the tokens a word overlaps are touched: the pieces of them outside the word are
    segmented again, every other token stays as it was. One pass over tokens and matches,
    so the time is linear in the text (pass a Matcher of the words when forcing them in many texts).
    """
    matches = leftmost_longest(text, matcher or Matcher(words))
    if not matches:
        return list(tokens)
    out: list[Token] = []
    i, n = 0, len(tokens)
    carry: tuple[int, int] | None = None  # text cut off right of the last forced word, not yet re-segmented
    for m in matches:
        if carry and carry[1] <= m.start():
            out += _resegment(text, *carry)
            carry = None
        if carry is None:
            while i < n and tokens[i].end <= m.start():
                out.append(tokens[i])
                i += 1
        j = i
        while j < n and tokens[j].start < m.end():
            j += 1
        if carry is None and j - i == 1 and tokens[i].word == m.group(0) and words[m.group(0)] == "nt" \
                and tokens[i].pos[:1] not in ("n", "e"):
            out.append(Token(m.group(0), "nt", m.start()))  # 宏碁 tagged a verb: the article's organisation
            i = j
            continue
        if carry is None and (i == j or (j - i == 1 and tokens[i].word == m.group(0))
                              or (tokens[i].start < m.start() and tokens[i].word in words)):
            continue  # already one token, or inside a longer forced word
        left_start = carry[0] if carry else tokens[i].start
        right_end = max(carry[1] if carry else 0, tokens[j - 1].end if j > i else 0)
        out += _resegment(text, left_start, m.start()) + [Token(m.group(0), words[m.group(0)], m.start())]
        carry = (m.end(), right_end) if right_end > m.end() else None
        i = j
    if carry:
        out += _resegment(text, *carry)
    return out + list(tokens[i:])


def _resegment(text: str, start: int, end: int) -> list[Token]:
    """Tokens of text[start:end] with offsets in text."""
    return [Token(t.word, t.pos, t.start + start) for t in segment(text[start:end])] if end > start else []


LEXICON_CACHES += [lexicon_tags, _tagger, jieba_tokenizer, in_dictionary]
