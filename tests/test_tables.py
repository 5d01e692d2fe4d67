"""Tables at corpus scale: facts merged across articles (articles, first and last date, ids, evidence), a
company in focus, mentions by month, and the exports for a spreadsheet."""
import pandas as pd
import pytest

from analysis.corpus.pipeline import analyse_corpus
from analysis.io.load import Corpus, build_document
from analysis.present.exports import export_tables
from analysis.present.profile import company_profile, focus, leading_companies, mentions_by_month
from analysis.present.tables import merge_facts, people_table, relations_table, roles_table

ARTICLES = [
    ("a1", "2019-03-05", "京东与阿里巴巴的竞争日趋激烈。京东集团CEO刘强东表示，京东将继续投入物流。"),
    ("a2", "2019-05-20", "京东与阿里巴巴的竞争日趋激烈。阿里巴巴集团CEO张勇说，天猫的增长很快。"),
    ("a3", "2020-01-08", "京东与阿里巴巴的竞争日趋激烈。腾讯与京东达成战略合作。京东集团CEO刘强东出席了发布会。"),
]


@pytest.fixture(scope="module")
def analysis():
    docs = [build_document(i, f"{i}.txt", f"标题{i}\n{text}", "utf-8", date=date) for i, date, text in ARTICLES]
    return analyse_corpus(Corpus(docs), "local")


def test_merge_facts_counts_articles_and_dates():
    rows = [{"a": "x", "n": 1, "id": "d1", "date": "2019-05-01", "evidence": "first"},
            {"a": "x", "n": 2, "id": "d2", "date": "2018-01-01", "evidence": "second"},
            {"a": "y", "n": 5, "id": "d1", "date": "", "evidence": "other"}]
    table = merge_facts(rows, ["a"], sums=("n",))
    x = table[table["a"] == "x"].iloc[0]
    assert (x["n"], x["articles"], x["first date"], x["last date"], x["ids"], x["evidence"]) == \
           (3, 2, "2018-01-01", "2019-05-01", "d1、d2", "first")
    assert list(table["a"]) == ["x", "y"]  # most widely stated first


def test_a_rivalry_stated_in_three_articles_is_one_row(analysis):
    rivals = relations_table(analysis, "rivalries")
    row = rivals[rivals[["organisation", "with"]].apply(set, axis=1) == {"京东", "阿里巴巴"}].iloc[0]
    assert (row["articles"], row["first date"], row["last date"]) == (3, "2019-03-05", "2020-01-08")


def test_people_and_roles_merge_across_articles(analysis):
    people = people_table(analysis).set_index("name")
    assert people.loc["刘强东", "articles"] == 2 and people.loc["刘强东", "mentions"] == 2
    roles = roles_table(analysis)
    ceo = roles[(roles["person"] == "刘强东") & (roles["title"] == "CEO")]
    assert len(ceo) == 1 and ceo.iloc[0]["articles"] == 2


def test_focus_keeps_the_company_by_any_name(analysis):
    roles = roles_table(analysis)
    assert set(focus(roles, analysis, "阿里")["person"]) == {"张勇"}
    assert focus(roles, analysis, "") is roles
    partners = focus(relations_table(analysis, "partnerships"), analysis, "腾讯")
    assert len(partners) == 1


def test_company_profile_and_leading_companies(analysis):
    assert leading_companies(analysis, 2) == ["京东", "阿里巴巴"]
    profile = company_profile(analysis, "京东")
    assert set(profile["leaders"]["person"]) == {"刘强东"}
    assert len(profile["rivals"]) == 1 and len(profile["partners"]) == 1
    assert company_profile(analysis)["leaders"].equals(profile["leaders"])  # empty focus: the leading company


def test_mentions_by_month(analysis):
    table = mentions_by_month(analysis, top=2)
    assert list(table.columns) == ["京东", "阿里巴巴"]
    assert str(table.index[0]) == "2019-03" and str(table.index[-1]) == "2020-01" and len(table) == 11
    assert table.loc[pd.Period("2019-05", "M"), "阿里巴巴"] == 1 and table["京东"].sum() == 3


def test_exports_write_every_table_as_csv_and_one_workbook(analysis, tmp_path):
    corpus = Corpus([a.doc for a in analysis.documents])
    files = export_tables(corpus, analysis, tmp_path / "tables")
    names = {p.name for p in files}
    assert {"tables.xlsx", "people.csv", "rivalries.csv", "events.csv", "figures.csv"} <= names
    people = pd.read_csv(tmp_path / "tables" / "people.csv", encoding="utf-8-sig")
    assert "刘强东" in set(people["name"])
    book = pd.read_excel(tmp_path / "tables" / "tables.xlsx", sheet_name=None)
    assert len(book) == len(files) - 1 and set(book["rivalries"]["articles"]) == {3}


def test_a_post_stated_in_many_articles_is_listed_once_with_its_earliest_start():
    texts = [("b1", "2021-03-05"), ("b2", "2021-06-01"), ("b3", "2020-11-20")]
    docs = [build_document(i, f"{i}.txt", f"标题{i}\n苏宁调整架构，苏宁副总裁孙为民将兼任线下连锁平台经营总部负责人。", "utf-8", date=date)
            for i, date in texts]
    table = people_table(analyse_corpus(Corpus(docs), "local"))
    roles = table[table["name"] == "孙为民"].iloc[0]["roles"]
    posts = [r for r in (roles if isinstance(roles, list) else roles.split("、")) if "负责人" in r]
    assert len(posts) == 1 and "since 2020-11-20" in posts[0], roles
