"""jieba's dictionary as SQLite lookups: built from jieba's files, looked up without loading them."""
import sqlite3

from analysis.nlp import dictionary
from analysis.nlp.dictionary import (LEXICON_FREQ, dictionary_freq, in_idf_table, jieba_idf_of, median_idf,
                                     write_tables)


def test_tables_are_built_from_jiebas_files(tmp_path):
    (tmp_path / "dict.txt").write_text("电商 120 n\n手机 4000 n\n坏行\n", encoding="utf-8")
    (tmp_path / "idf.txt").write_text("手机 6.5\n电商 8.0\n淘宝 9.5\n", encoding="utf-8")
    path = tmp_path / "tables.sqlite"
    write_tables(path, tmp_path / "dict.txt", tmp_path / "idf.txt")
    db = sqlite3.connect(path)
    rows = dict((w, (f, i)) for w, f, i in db.execute("SELECT word, freq, idf FROM word"))
    assert rows == {"电商": (120, 8.0), "手机": (4000, 6.5), "淘宝": (0, 9.5)}  # a line with no frequency is skipped
    assert db.execute("SELECT value FROM meta").fetchone()[0] == 8.0
    assert not list(tmp_path.glob("*.tmp"))  # written beside, then renamed


def test_frequencies_and_idf_come_from_the_installed_dictionary():
    assert dictionary_freq("手机") > 1000 and dictionary_freq("甲乙丙丁戊") == 0
    assert dictionary_freq("首席执行官") >= LEXICON_FREQ  # a lexicon title counts as common
    idf = jieba_idf_of(["手机", "甲乙丙丁戊", "手机"])
    assert list(idf) == ["手机", "甲乙丙丁戊"] and idf["甲乙丙丁戊"] == median_idf() and idf["手机"] < median_idf()
    assert in_idf_table("手机") and not in_idf_table("甲乙丙丁戊")


def test_idf_of_more_terms_than_one_statement_takes():
    terms = ["手机"] + [f"词{i}" for i in range(1200)]
    idf = jieba_idf_of(terms)
    assert len(idf) == 1201 and idf["手机"] < idf["词1199"] == median_idf()


def test_each_process_has_its_own_connection(monkeypatch):
    here = dictionary.tables()
    monkeypatch.setattr(dictionary.os, "getpid", lambda: -1)  # as a forked worker would see it
    assert dictionary.tables() is not here


def test_tables_are_kept_in_memory_when_the_temporary_folder_cannot_hold_them(tmp_path, monkeypatch):
    (tmp_path / "dict.txt").write_text("电商 120 n\n", encoding="utf-8")
    (tmp_path / "analyse").mkdir()
    (tmp_path / "analyse" / "idf.txt").write_text("电商 8.0\n", encoding="utf-8")
    monkeypatch.setattr(dictionary, "jieba_folder", lambda: tmp_path)
    monkeypatch.setattr(dictionary, "tables_path", lambda sources: tmp_path / "no such folder" / "t.sqlite")
    db = dictionary.connection(-2)
    assert db.execute("SELECT freq, idf FROM word WHERE word = '电商'").fetchone() == (120, 8.0)
    dictionary.connection.cache_clear()


def test_events_prefer_the_day_the_article_says_over_a_year_in_the_same_clause():
    from analysis.corpus.pipeline import analyse_document
    from analysis.io.load import build_document
    text = "地平线上市\n2024-10-24\n地平线今日在香港联交所主板挂牌上市，是今年港股规模最大的科技IPO。"
    events = analyse_document(build_document("t", "t.txt", text, "utf-8")).results["events"]
    assert [e.date for e in events] == ["2024-10-24"]


def test_taiwans_zhao_is_a_trillion_and_a_year_before_de_dates_no_event():
    from analysis.corpus.pipeline import analyse_document
    from analysis.io.load import build_document
    text = "鸿海财报\n2025-05-20\n鸿海今年第一季营收为1.64兆元新台币。SHEIN估值较2022年的1000亿美元峰值大幅缩水。"
    r = analyse_document(build_document("t", "t.txt", text, "utf-8")).results
    assert 1640000000000 in {f.value for f in r["figures"]}
    assert "2022" not in {e.date for e in r["events"]}
