"""Keywords, phrases, KWIC and co-occurrence on small texts written here."""
from analysis.io.load import build_document
from analysis.extract.keywords import (canonical_term, cooccurrence_graph, distinctive_terms, drop_subsumed, is_candidate,
                               kwic, rank_keywords)
from analysis.nlp.phrases import Phrase, discover_phrases, drop_fragments, entropy
from analysis.corpus.pipeline import analyse_document
from analysis.nlp.segment import Token, segment
from collections import Counter


def doc(text: str, title: str = "标题"):
    return build_document("t", "t.txt", title + "\n" + text, "utf-8")


def test_noise_is_not_a_candidate():
    for word, pos in [("3.8", "m"), ("A", "eng"), ("，", "x"), ("的", "uj"), ("可以", "c"), ("data", "eng"),
                      ("总裁", "nnt"), ("ALL", "eng")]:
        assert not is_candidate(Token(word, pos, 0)), word
    assert is_candidate(Token("O2O", "eng", 0)) and is_candidate(Token("电商", "n", 0))
    assert is_candidate(Token("vivo", "eng", 0)) and not is_candidate(Token("tokens", "eng", 0))  # a known lowercase name


def test_aliases_fold_to_the_main_name():
    assert canonical_term("阿里巴巴集团") == "阿里巴巴"
    assert canonical_term("腾讯公司") == "腾讯"
    assert canonical_term("某某不知名公司") == "某某不知名公司"


def test_phrase_is_discovered_and_merged_into_tokens():
    text = ("京东推出了京喜拼团。京喜拼团主打下沉市场。用户可以在京喜拼团下单。"
            "京喜拼团的对手是拼多多。京东表示京喜拼团增长很快。") * 2
    analysis = analyse_document(doc(text))
    words = {t.word for s in analysis.tokens for t in s}
    assert "京喜拼团" in words
    assert analysis.results["keywords"][0].term in {"京喜拼团", "京东"}


def test_verb_and_object_is_not_a_phrase():
    texts = ["公司争抢移动电商。", "他们争抢移动电商。", "移动电商很重要。", "移动电商在增长。",
             "今天天气不错，市场很活跃，投资者情绪稳定，银行利率保持不变。"]
    sents = [segment(s) for s in texts]
    texts = {p.text for p in discover_phrases(sents)}
    assert "移动电商" in texts and "争抢移动电商" not in texts


def test_entropy():
    assert entropy([1, 1]) > entropy([2]) == 0.0


def test_subsumed_term_is_dropped():
    counts = Counter({"移动电商": 20, "电商": 5, "腾讯科技": 3, "腾讯": 6})
    assert drop_subsumed(["移动电商", "电商", "腾讯科技", "腾讯"], counts) == ["移动电商", "腾讯科技", "腾讯"]


def test_one_sentence_article():
    analysis = analyse_document(doc("华为发布了新款手机。"))
    assert [k.term for k in analysis.results["keywords"]][:1] == ["华为"]


def test_article_with_no_candidate_gives_no_keywords():
    assert rank_keywords([segment("我们可以的。")]) == []


def test_kwic_windows_at_the_edges():
    d = doc("华为很好。今天华为发布手机")
    lines = kwic(d, "华为", width=3)
    assert [(l.sentence, l.left, l.right) for l in lines] == [(0, "", "很好。"), (1, "今天", "发布手")]


def test_cooccurrence_counts_shared_sentences():
    sents = ["华为和小米竞争。", "华为与小米合作。", "小米发布手机。"]
    graph = cooccurrence_graph(sents, ["华为", "小米", "手机"])
    assert graph["华为"]["小米"]["weight"] == 2
    assert graph["小米"]["手机"]["weight"] == 1
    assert not graph.has_edge("华为", "手机")


def test_distinctive_terms_drop_what_every_article_shares():
    from analysis.extract.keywords import Keyword

    def kw(term):
        return Keyword(term, 1.0, 1, 1.0, 1.0, 1, 1, 1)
    out = distinctive_terms({"a": [kw("手机"), kw("华为")], "b": [kw("手机"), kw("小米")]})
    assert [k.term for k in out["a"]] == ["华为"] and [k.term for k in out["b"]] == ["小米"]


def test_pagerank_ranks_the_hub_first_and_sums_to_one():
    from analysis.extract.keywords import pagerank

    import numpy as np

    scores = pagerank(4, np.array([0, 0, 0]), np.array([1, 2, 3]), np.ones(3))
    assert scores.argmax() == 0
    assert abs(scores.sum() - 1) < 1e-6
    assert scores[1] == scores[2] == scores[3]  # alike nodes tie exactly, so the term decides their order
    assert pagerank(5, np.array([0]), np.array([1]), np.ones(1))[4] == round(0.15 / 5, 12)  # isolated: base


def test_textrank_counts_each_pair_within_the_window_once_per_occurrence():
    from analysis.extract.keywords import textrank_scores

    scores = textrank_scores([["电商", "移动", "电商"], ["移动", "支付"], ["孤立"]], window=2)
    assert scores["移动"] > scores["电商"] > scores["支付"] > scores["孤立"]


def test_cached_analysis_is_reused_and_keyed_on_text(tmp_path, monkeypatch):
    from analysis.io.load import Corpus
    from analysis.corpus import pipeline

    monkeypatch.setenv("CN_NEWS_CACHE", str(tmp_path))
    calls = []
    real = pipeline.compute_corpus_analysis
    monkeypatch.setattr(pipeline, "compute_corpus_analysis", lambda *a, **k: calls.append(1) or real(*a, **k))
    first = Corpus([doc("华为发布了新款手机。小米也发布了手机。")])
    pipeline.analyse_corpus(first)
    again = pipeline.analyse_corpus(Corpus([doc("华为发布了新款手机。小米也发布了手机。")]))
    pipeline.analyse_corpus(Corpus([doc("京东发布了财报。")]))
    assert len(calls) == 2
    assert again.documents[0].results["keywords"][0].term in {"华为", "小米", "手机"}


def test_a_phrase_only_ever_inside_a_longer_one_is_dropped():
    def phrase(*parts, count):
        return Phrase("".join(parts), parts, count, 3.0, 0.5, 0.0, 0.0)
    found = {p.parts: p for p in [phrase("移动", "电商", "平台", count=3), phrase("移动", "电商", count=3),
                                   phrase("电商", "平台", count=5), phrase("手机", "淘宝", count=2)]}
    kept = drop_fragments(found)
    assert list(kept) == [("移动", "电商", "平台"), ("电商", "平台"), ("手机", "淘宝")]  # 电商平台 stands alone twice


def test_a_term_the_headline_names_ranks_higher_and_a_rare_organisation_tagged_a_verb_is_a_term():
    from analysis.extract.keywords import term_stats, fuse_keywords

    tokens = [[Token("宏碁", "nt", 0), Token("营收", "n", 2)], [Token("笔电", "n", 0), Token("营收", "n", 2)],
              [Token("笔电", "n", 0), Token("出货", "vn", 2)]]
    plain = [k.term for k in fuse_keywords(term_stats(tokens))]
    headline = [k.term for k in fuse_keywords(term_stats(tokens, "宏碁第三季营收"))]
    assert headline.index("宏碁") < plain.index("宏碁")
    r = analyse_document(doc("宏碁（2353）召开法说会。宏碁公布第三季营收。宏碁董事长表示，笔电出货增长。", "宏碁营收增长"))
    assert "宏碁" in [k.term for k in r.results["keywords"][:5]]


def test_a_former_mark_opens_no_phrase():
    sents = [segment("二、原大型企业事业部并入新事业群，原大型企业事业部总经理调任。")] * 2
    texts = {p.text for p in discover_phrases(sents)}
    assert not any(t.startswith("原") for t in texts)
