"""Segmentation: lexicon words stay whole and carry their tag; offsets add up; phrases merge."""
from analysis.nlp.segment import Token, _jieba_tagger, merge_phrases, segment


def test_lexicon_words_are_whole_with_their_tags():
    tokens = segment("阿里巴巴集团副CTO姜鹏担任阿里云总裁")
    tags = {t.word: t.pos for t in tokens}
    assert tags["阿里巴巴集团"] == "nt"
    assert tags["副CTO"] == "nnt" and tags["总裁"] == "nnt"


def test_offsets_cover_the_text():
    text = "腾讯正借助微购物切入移动电商。"
    tokens = segment(text)
    assert "".join(t.word for t in tokens) == text
    assert all(text[t.start:t.end] == t.word for t in tokens)


def test_pure_python_backend_gives_the_same_lexicon_words():
    words = [w for w, _ in _jieba_tagger().tag("阿里巴巴集团董事局主席马云")]
    assert "阿里巴巴集团" in words and "董事局主席" in words


def test_merge_phrases_longest_first():
    tokens = [Token("移动", "vn", 0), Token("电商", "n", 2), Token("平台", "n", 4)]
    merged = merge_phrases(tokens, {("移动", "电商"): "phrase", ("移动", "电商", "平台"): "phrase"})
    assert [t.word for t in merged] == ["移动电商平台"]
    assert merge_phrases(tokens, {}) == tokens


def test_force_words_joins_a_split_name():
    from analysis.nlp.segment import force_words

    text = "首席执行官刘强东表示"
    tokens = force_words(text, segment(text), {"刘强东": "nr"})
    assert ("刘强东", "nr") in [(t.word, t.pos) for t in tokens]
    assert all(text[t.start:t.end] == t.word for t in tokens)


def test_force_words_handles_adjacent_and_overlapping_matches():
    from analysis.nlp.segment import force_words

    text = "张小龙张小龙马化腾说，张小龙和马化腾。"
    words = {"张小龙": "nr", "马化腾": "nr", "龙马": "nz"}
    tokens = force_words(text, segment(text), words)
    assert "".join(t.word for t in tokens) == text
    assert all(text[t.start:t.end] == t.word for t in tokens)
    assert [t.word for t in tokens].count("张小龙") == 3 and [t.word for t in tokens].count("马化腾") == 2

