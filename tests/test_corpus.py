"""Loading, decoding, cleaning and splitting articles, including bad input."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from analysis.io.load import NoUsableArticles, decode_bytes, load_corpus, read_article, UnusableFile

TRADITIONAL = ("阿里巴巴集團宣佈組織架構調整\n"
               "阿里巴巴集團董事局主席馬雲在內部郵件中表示,集團將全力發展移動電商業務。"
               "這次調整涉及多個事業部,騰訊也在加快佈局。")


def test_utf8_article_has_title_year_and_sentences(write, article_text):
    doc = read_article(write("a.txt", article_text))
    assert doc.title == "华为发布新款手机 市场份额继续上升"
    assert doc.year == 2015
    assert doc.encoding == "utf-8"
    assert len(doc.sentences) == 4
    assert doc.sentences[1].text.startswith("他说，华为手机")


def test_sentences_stay_traceable_to_the_original(write, article_text):
    doc = read_article(write("a.txt", article_text))
    for s in doc.sentences:
        assert doc.original_text[s.start:s.start + len(s.original)] == s.original


def test_utf8_with_bom(write, article_text):
    doc = read_article(write("bom.txt", b"\xef\xbb\xbf" + article_text.encode("utf-8")))
    assert doc.encoding == "utf-8-sig"
    assert doc.title.startswith("华为")


def test_gbk_file_is_decoded(write, article_text):
    doc = read_article(write("gbk.txt", article_text, encoding="gbk"))
    assert doc.encoding == "gbk"
    assert "余承东" in doc.text


def test_big5_traditional_file_is_decoded_and_simplified(write):
    doc = read_article(write("big5.txt", TRADITIONAL, encoding="big5"))
    assert doc.encoding.startswith("big5")
    assert doc.script == "traditional"
    assert "马云" in doc.text and "董事局主席" in doc.text
    assert "馬雲" in doc.original_text
    assert doc.title == "阿里巴巴集团宣布组织架构调整"


def test_decode_prefers_gbk_over_big5_for_simplified_bytes(article_text):
    text, enc = decode_bytes(article_text.encode("gbk"))
    assert enc == "gbk" and text == article_text


def test_html_page_gives_title_and_drops_scripts(write):
    page = ("<html><head><meta charset='utf-8'><title>京东发布财报 - 某某网</title>"
            "<style>p{color:red}</style><script>var x='脚本里的中文不算';</script></head><body>"
            "<div class='nav'>首页</div><h1>京东发布第三季度财报</h1>"
            "<p>京东集团今天公布了第三季度财报,营收同比增长百分之二十。</p>"
            "<p>京东首席执行官刘强东表示,公司将继续投资物流网络建设。</p>"
            "<p>上一篇:某某新闻</p></body></html>")
    doc = read_article(write("page.html", page))
    assert doc.title == "京东发布第三季度财报"
    assert "脚本" not in doc.text and "color" not in doc.text
    assert "刘强东" in doc.text
    assert "上一篇" not in doc.text


def test_markdown_heading_is_the_title(write, article_text):
    body = article_text.split("\n", 1)[1]
    doc = read_article(write("a.md", "# 华为的新手机\n\n" + body))
    assert doc.title == "华为的新手机"
    assert "#" not in doc.text


def test_boilerplate_is_removed_by_general_rules(write, article_text):
    lines = article_text.split("\n", 1)
    text = ("新闻中心新闻中心\n" + lines[0] + "\n来源:某某日报\n" + lines[1] +
            "更多内容见 https://example.com/a/b.html 。\n(责任编辑:张三)\n"
            "上一条:另一条新闻的标题\n下一条:再一条新闻\n相关推荐\n某公司发布新品\n另一家公司融资\n"
            "版权所有 某某网 2015\n")
    doc = read_article(write("a.txt", text))
    for junk in ("新闻中心", "来源", "https://", "责任编辑", "上一条", "下一条", "相关推荐", "融资", "版权"):
        assert junk not in doc.text + doc.title, junk
    reasons = {r.reason for r in doc.removed}
    assert {"repeated site banner", "navigation link", "related-articles list", "URL"} <= reasons


def test_one_long_line_with_half_width_punctuation_is_split(write):
    body = "今年开年,公司宣布调整组织架构。新成立的事业部由张三负责。他说,调整是必要的?当然" * 3
    doc = read_article(write("long.txt", "标题在这里\n" + body))
    assert len(doc.sentences) >= 9
    assert all("，" in s.text or len(s.text) < 16 for s in doc.sentences)


def test_empty_file_is_unusable(write):
    with pytest.raises(UnusableFile, match="empty"):
        read_article(write("empty.txt", b""))


def test_whitespace_only_file_is_unusable(write):
    with pytest.raises(UnusableFile, match="empty"):
        read_article(write("blank.txt", "  \n\n \t"))


def test_binary_file_is_unusable(write):
    with pytest.raises(UnusableFile, match="binary"):
        read_article(write("scan.txt", b"%PDF-1.4\n\x00\x01\x02binary"))


def test_file_without_chinese_is_unusable(write):
    with pytest.raises(UnusableFile, match="no Chinese"):
        read_article(write("en.txt", "Alibaba said on Monday that it would reorganise. " * 20))


def test_unsupported_suffix_is_unusable(write):
    with pytest.raises(UnusableFile, match="unsupported"):
        read_article(write("report.docx", "阿里巴巴" * 20))


def test_undecodable_bytes_are_unusable(write):
    with pytest.raises(UnusableFile):
        read_article(write("bad.txt", bytes(range(0x80, 0x100)) * 50))


def test_huge_file_is_skipped_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.seek(50 * 2**20)
        f.write("阿里巴巴".encode("utf-8"))
    corpus = load_corpus(tmp_path, require=False)
    assert corpus.documents == []
    assert len(corpus.skipped) == 1 and "too large" in corpus.skipped[0].reason


def test_every_file_is_a_document_or_skipped(write, tmp_path, article_text):
    write("good.txt", article_text)
    write("gbk.txt", article_text, encoding="gbk")
    write("empty.txt", b"")
    write("image.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    write("sub/inner.md", "# 标题\n" + article_text)
    corpus = load_corpus(tmp_path)
    assert sorted(d.id for d in corpus.documents) == ["gbk", "good", "inner"]
    assert sorted(Path(s.source).name for s in corpus.skipped) == ["empty.txt", "image.png"]


def test_input_folder_is_never_modified(write, tmp_path, article_text):
    write("good.txt", article_text)
    write("bad.bin", b"\x00\x01")

    def snapshot():
        return {p.name: hashlib.sha1(p.read_bytes()).hexdigest() for p in tmp_path.rglob("*")}
    before = snapshot()
    load_corpus(tmp_path)
    assert snapshot() == before


def test_folder_without_usable_article_is_an_error(write, tmp_path):
    write("empty.txt", b"")
    with pytest.raises(NoUsableArticles, match="empty.txt: empty file"):
        load_corpus(tmp_path)


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such file or folder"):
        load_corpus(tmp_path / "nowhere")


def test_an_unforeseen_failure_skips_the_file_with_its_reason(write, tmp_path, article_text, monkeypatch):
    from analysis.io import load as corpus_module

    write("good.txt", article_text)
    write("bad.txt", article_text.replace("华为", "小米"))
    real = corpus_module.build_document

    def fragile(doc_id, *args, **kwargs):
        if doc_id == "bad":
            raise RuntimeError("surprise")
        return real(doc_id, *args, **kwargs)
    monkeypatch.setattr(corpus_module, "build_document", fragile)
    loaded = load_corpus(tmp_path)
    assert [d.id for d in loaded.documents] == ["good"]
    assert loaded.skipped[0].reason == "could not be processed (RuntimeError: surprise)"
