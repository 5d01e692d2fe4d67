"""No usable article makes the pipeline crash: odd, random and degenerate texts run through it."""
import random

from analysis.io.load import Corpus, build_document
from analysis.corpus.pipeline import compute_corpus_analysis
from analysis.present.records import extractions

PIECES = ["阿里巴巴", "腾讯", "总裁", "马云", "表示", "，", "。", "“", "”", "：", "2014年", "3月", "由", "担任",
          "事业部", "负责人", "为", "、", "与", "竞争", "合作", "37家", "1000万元", "%", "旗下的", "推出了",
          "说", "他", "的", "了", "兼", "原", "据", "介绍", "ABC", "3.8", "（", "）", "；", "！", "？", "今年", "去年"]


def test_random_texts_never_crash():
    rng = random.Random(7)
    docs = [build_document(f"r{k}", f"r{k}.txt", "标题\n" + "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 300))),
                           "utf-8") for k in range(40)]
    docs = [d for d in docs if d.sentences]
    analysis = compute_corpus_analysis(Corpus(docs))
    data = extractions(Corpus(docs), analysis)
    assert len(data["documents"]) == len(docs)
    assert all(not d["errors"] for d in data["documents"])


def test_an_extractor_failure_is_reported_not_raised(monkeypatch):
    import pytest
    from analysis.corpus import pipeline

    def broken(analysis):
        raise ValueError("boom")
    monkeypatch.setattr(pipeline, "find_structure", broken)
    doc = build_document("t", "t.txt", "标题\n华为发布了新手机。", "utf-8")
    with pytest.warns(RuntimeWarning, match="t.txt: extraction failed"):
        result = pipeline.compute_corpus_analysis(Corpus([doc]))
    assert result.documents[0].results["errors"] == ["ValueError: boom"]
    assert result.documents[0].results["keywords"] and result.documents[0].results["people"] == []


def test_a_possessive_naming_a_known_company_the_article_lists_only_under_a_longer_name_does_not_stop_extraction():
    import warnings
    from analysis.corpus.pipeline import analyse_document
    from analysis.io.load import build_document
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a failed extraction is a warning: make it fail the test
        r = analyse_document(build_document("t", "t.txt", "小米玄戒O1发布\n华为海思的麒麟芯片则与前三者仍有差距。苹果的A18 Pro很好。",
                                            "utf-8")).results
    assert r["errors"] == []
