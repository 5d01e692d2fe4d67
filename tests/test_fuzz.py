"""Property-based tests (Hypothesis): arbitrary and adversarial input through loading, cleaning,
segmentation and every extractor. No exception escapes; every file ends as a document or as skipped
with a reason; nothing in the input folder changes.

The number of examples is small by default so the suite stays quick; for a long run:
    pytest tests/test_fuzz.py --hypothesis-profile=thorough
"""
import hashlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from analysis.corpus.pipeline import analyse_article
from analysis.extract.facts import parse_number
from analysis.io.cleaning import split_sentences
from analysis.io.load import build_document, load_corpus
from analysis.nlp.dates import find_dates
from analysis.nlp.segment import segment

PIECES = ["阿里巴巴", "腾讯", "总裁", "马云", "表示", "说", "，", "。", "、", "；", "：", "“", "”", "「", "」", "『", "』",
          "（", "）", "(", ")", "【", "】", "《", "》", "\"", "'", "由", "担任", "兼", "原", "旗下的", "事业部", "委员会",
          "一万亿亿", "0.000001%", "1,200万元", "百分之三十", "近万亿元", "2月30日", "13月", "2014年", "今年", "去年",
          "0月0日", "9999年", "3.8元", "三成", "两千", "·", "&#xD800;", "&#0;", "&amp;", "<p>", "</div>", "<script>",
          "\x00", "\x1b[31m", "\u202e", "\ufeff", "\u200b", "\r", "\n", "\t", " ", "ABC", "iPhone 6", "🙂", "𠀀",
          "Ｂａｉｄｕ", "百度", "京东", "收购", "竞争", "合作", "推出", "发布", "他说", "据悉", "（简称：", "向", "汇报"]
business_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=120).map("".join)
any_text = st.one_of(st.text(max_size=400), business_text)
SUFFIXES = [".txt", ".md", ".html", ".csv", ".tsv", ".json", ".jsonl", ".xlsx", ".pdf", ""]
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@FUZZ
@given(text=any_text)
def test_every_extractor_takes_any_text(text):
    doc = build_document("f", "f.txt", "标题\n" + text, "utf-8")
    analysis = analyse_article(doc)
    assert analysis.results["errors"] == []
    assert all(s.text for s in doc.sentences)


@FUZZ
@given(text=any_text)
def test_segmentation_offsets_cover_any_text(text):
    tokens = segment(text)
    assert "".join(t.word for t in tokens) == text
    assert all(text[t.start:t.end] == t.word for t in tokens)


@FUZZ
@given(text=any_text)
def test_sentences_are_bounded_pieces_of_the_text(text):
    for sentence, start in split_sentences(text):
        assert text[start:start + len(sentence)] == sentence and len(sentence) <= 300


@FUZZ
@given(text=any_text, year=st.one_of(st.none(), st.integers(1900, 2100)))
def test_dates_are_valid_iso_prefixes(text, year):
    for date in find_dates(text, year):
        parts = date.iso.split("-")
        assert len(parts[0]) == 4 and all(1 <= int(p) <= 31 for p in parts[1:])
        if len(parts) > 1:
            assert 1 <= int(parts[1]) <= 12


@FUZZ
@given(text=st.text(alphabet="零一二两三四五六七八九十百千万亿点0123456789.", max_size=12))
def test_numbers_parse_or_are_refused(text):
    value = parse_number(text)
    assert value is None or value >= 0


@FUZZ
@given(files=st.lists(st.tuples(st.sampled_from(SUFFIXES), st.one_of(st.binary(max_size=600),
                                                                   any_text.map(lambda s: s.encode("utf-8")),
                                                                   any_text.map(lambda s: s.encode("gb18030")))),
                      min_size=1, max_size=4))
def test_every_file_is_a_document_or_skipped_and_nothing_changes(tmp_path_factory, files):
    folder = tmp_path_factory.mktemp("fuzz")
    for i, (suffix, data) in enumerate(files):
        (folder / f"f{i}{suffix}").write_bytes(data)
    before = {p.name: hashlib.sha1(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    corpus = load_corpus(folder, require=False)
    for doc in corpus.documents:
        analyse_article(doc)
    after = {p.name: hashlib.sha1(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    assert after == before
    sources = {Path(d.source.split(" ")[0]).name for d in corpus.documents} | \
              {Path(s.source.split(" ")[0]).name for s in corpus.skipped}
    assert sources == set(before)
    assert all(s.reason for s in corpus.skipped)
