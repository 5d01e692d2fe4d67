"""Confidence per fact: it follows the fact's signals, is written to the extractions and shown in tables."""
from analysis.corpus.pipeline import analyse_corpus
from analysis.extract.confidence import (combined, confidence, organization_confidence, person_confidence,
                                         product_confidence, relation_confidence)
from analysis.extract.quotes import Quote
from analysis.io.load import Corpus, build_document
from analysis.present.records import document_record
from analysis.present.tables import merge_facts, organizations_table, relations_table


def test_known_and_recurring_names_are_surer():
    assert organization_confidence("腾讯", 1) > organization_confidence("星辰智造", 1)  # the lexicon knows 腾讯
    assert organization_confidence("星辰智造有限公司", 1) > organization_confidence("星辰智造", 1)  # a suffix
    assert organization_confidence("星辰智造", 3) > organization_confidence("星辰智造", 1)  # named again
    assert person_confidence("王立新", 1) > person_confidence("新零售", 1)  # a surname and a given name
    assert product_confidence("微信", None, 1) > product_confidence("星云助手", None, 1)


def test_a_quote_whose_sentence_names_its_speaker_is_surer():
    named = Quote("王立新", "我们会继续投入", "王立新表示：我们会继续投入。", 3)
    carried = Quote("王立新", "我们会继续投入", "他表示：我们会继续投入。", 4)
    assert confidence("quotes", named) > confidence("quotes", carried)


def test_a_word_of_competition_makes_a_rivalry_surer():
    assert relation_confidence("京东", "阿里巴巴", "rival", "京东与阿里巴巴的价格战愈演愈烈") > \
        relation_confidence("京东", "阿里巴巴", "rival", "京东和阿里巴巴都发布了财报")


def test_reports_from_several_articles_combine():
    assert combined([0.6]) == 0.6
    assert combined([0.6, 0.6]) == 0.84
    rows = [{"a": "x", "id": "d1", "date": "", "evidence": "", "confidence": 0.6},
            {"a": "x", "id": "d2", "date": "", "evidence": "", "confidence": 0.5},
            {"a": "y", "id": "d1", "date": "", "evidence": "", "confidence": 0.7}]
    table = merge_facts(rows, ["a"]).set_index("a")
    assert table.loc["x", "confidence"] == 0.8 and table.loc["y", "confidence"] == 0.7


def test_every_fact_in_the_extractions_and_the_tables_has_a_confidence():
    texts = ["京东与阿里巴巴的价格战愈演愈烈。京东集团CEO刘强东表示，京东将继续投入物流。",
             "京东与阿里巴巴的价格战愈演愈烈。星辰智造宣布与京东合作。"]
    docs = [build_document(f"a{i}", f"a{i}.txt", f"标题{i}\n{t}", "utf-8", date="2020-01-0" + str(i + 1))
            for i, t in enumerate(texts)]
    analysis = analyse_corpus(Corpus(docs), "local")
    record = document_record(analysis.documents[0])
    for kind in ("people", "organizations", "roles", "rivalries"):
        assert record[kind] and all(0 < fact["confidence"] <= 1 for fact in record[kind]), kind
    orgs = organizations_table(analysis).set_index("name")
    assert orgs.loc["京东", "confidence"] > 0.9
    rivals = relations_table(analysis, "rivalries")
    assert (rivals["articles"] == 2).any() and rivals["confidence"].max() > max(r["confidence"]
                                                                                for r in record["rivalries"])
