"""Segmentation behind one small interface: segment(text) -> tokens with part-of-speech tags.

jieba is loaded once per process (the only global state of the package), with the
shipped lexicon of titles, unit words, companies and products added to it.
"""
from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from typing import Iterable, Sequence

from .lexicon import segmenter_entries


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
def _tagger():
    """jieba's tokenizer and POS tagger with the lexicon, built once per process."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word, tag in segmenter_entries():
        tokenizer.add_word(word, freq=max(tokenizer.suggest_freq(word, tune=False), 2000), tag=tag)
    return jieba.posseg.POSTokenizer(tokenizer)


def tokenizer():
    """The shared jieba Tokenizer (for jieba.analyse and word-level cuts)."""
    return _tagger().tokenizer


def segment(text: str) -> list[Token]:
    """Tokens of text with part-of-speech tags and offsets."""
    tokens: list[Token] = []
    offset = 0
    for pair in _tagger().lcut(text):
        tokens.append(Token(pair.word, pair.flag, offset))
        offset += len(pair.word)
    return tokens


def segment_sentences(sentences: Iterable[str]) -> list[list[Token]]:
    """Tokens of each sentence."""
    return [segment(s) for s in sentences]


def merge_phrases(tokens: Sequence[Token], phrases: dict[tuple[str, ...], str]) -> list[Token]:
    """Join runs of tokens that form a known phrase into one token (longest match first)."""
    if not phrases:
        return list(tokens)
    longest = max(len(k) for k in phrases)
    out: list[Token] = []
    i = 0
    while i < len(tokens):
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
