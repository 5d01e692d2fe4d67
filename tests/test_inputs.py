"""Exports with an article a row: CSV, TSV, Excel, JSON and JSON Lines; columns by name or by option;
the date column dates the article; bad rows, sheets and lines are skipped with file, row and reason."""
import json

import pandas as pd
import pytest

from analysis.cli import main
from analysis.io.load import load_corpus
from analysis.io.tabular import iso_date

BODY = ("小米集团今天宣布，公司今年将在印度新开500家门店。小米集团总裁王翔表示，海外市场是公司的重点。"
        "去年小米在印度的出货量同比增长了三成，对手包括三星和vivo。今年3月小米在班加罗尔开设了研发中心。")
ROWS = [
    {"标题": "小米加码印度市场", "正文": BODY, "发布时间": "2019年3月5日", "来源": "新浪科技", "链接": "http://x/1"},
    {"标题": "空行", "正文": "", "发布时间": "2019-03-06", "来源": "新浪科技", "链接": "http://x/2"},
    {"标题": "英文", "正文": "Only English text here, no Chinese at all.", "发布时间": "", "来源": "", "链接": ""},
    {"标题": "华为发布新机", "正文": BODY.replace("小米", "华为"), "发布时间": "2020-01-02 10:00", "来源": "",
     "链接": ""},
]


def check(corpus, source_word: str) -> None:
    """Two articles read, two rows skipped with row numbers and reasons; dates from the date column."""
    assert [d.title for d in corpus.documents] == ["小米加码印度市场", "华为发布新机"]
    assert [d.date for d in corpus.documents] == ["2019-03-05", "2020-01-02"]
    assert [d.year for d in corpus.documents] == [2019, 2020]
    assert corpus.documents[0].outlet == "新浪科技"
    reasons = {s.source.rsplit(" ", 2)[-2] + " " + s.source.rsplit(" ", 1)[-1]: s.reason for s in corpus.skipped}
    assert reasons[f"{source_word} 2"].startswith("no text")
    assert reasons[f"{source_word} 3"].startswith("no Chinese text")


def test_csv_export(tmp_path):
    pd.DataFrame(ROWS).to_csv(tmp_path / "news.csv", index=False)
    check(load_corpus(tmp_path), "row")


def test_gbk_tsv_export(tmp_path):
    (tmp_path / "news.tsv").write_bytes(pd.DataFrame(ROWS).to_csv(sep="\t", index=False).encode("gbk"))
    check(load_corpus(tmp_path), "row")


def test_excel_export(tmp_path):
    pd.DataFrame(ROWS).to_excel(tmp_path / "news.xlsx", index=False)
    check(load_corpus(tmp_path), "row")


def test_json_list_and_json_lines(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps(ROWS, ensure_ascii=False), encoding="utf-8")
    check(load_corpus(tmp_path / "a.json"), "row")
    lines = [json.dumps(r, ensure_ascii=False) for r in ROWS]
    (tmp_path / "b.jsonl").write_text("\n".join(lines[:2] + ['{"标题": "broken', *lines[2:]]) + "\n",
                                      encoding="utf-8")
    corpus = load_corpus(tmp_path / "b.jsonl")
    assert [d.title for d in corpus.documents] == ["小米加码印度市场", "华为发布新机"]
    broken = [s for s in corpus.skipped if s.reason.startswith("broken JSON")]
    assert [s.source.endswith("line 3") for s in broken] == [True]


def test_columns_chosen_by_option(tmp_path):
    frame = pd.DataFrame([{"body_cn": BODY, "headline_cn": "小米加码印度市场", "when": "2019/3/5"}])
    frame.to_csv(tmp_path / "odd.csv", index=False)
    corpus = load_corpus(tmp_path, require=False)
    assert not corpus.documents and "no text column" in corpus.skipped[0].reason
    corpus = load_corpus(tmp_path, columns={"text": "body_cn", "title": "headline_cn", "date": "when"})
    assert corpus.documents[0].title == "小米加码印度市场" and corpus.documents[0].date == "2019-03-05"
    with pytest.raises(SystemExit):
        main(["extract", str(tmp_path), "--out", str(tmp_path / "x.json"), "--text-col", "missing"])


def test_the_date_column_resolves_relative_years(tmp_path):
    pd.DataFrame(ROWS[:1]).to_csv(tmp_path / "news.csv", index=False)
    out = tmp_path / "x.json"
    assert main(["extract", str(tmp_path / "news.csv"), "--out", str(out), "--quiet"]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))["documents"][0]
    assert doc["date"] == "2019-03-05" and doc["year"] == 2019
    assert any(e["date"] == "2019-03" and "研发中心" in e["text"] for e in doc["events"])


def test_an_unreadable_sheet_or_file_is_skipped_with_its_reason(tmp_path):
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    (tmp_path / "fine.csv").write_text(pd.DataFrame(ROWS[:1]).to_csv(index=False), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert len(corpus.documents) == 1
    assert corpus.skipped[0].source.endswith("broken.xlsx") and "cannot be read" in corpus.skipped[0].reason


@pytest.mark.parametrize("cell, iso", [("2019年3月5日", "2019-03-05"), ("2019-03-05 10:00:00", "2019-03-05"),
                                       ("2019/3", "2019-03"), ("1551744000", "2019-03-05"), ("昨天", None),
                                       ("2019年13月5日", None), ("", None)])
def test_iso_date(cell, iso):
    assert iso_date(cell) == iso


def test_a_malformed_csv_line_is_skipped_with_a_reason(tmp_path):
    text = pd.DataFrame(ROWS[:1]).to_csv(index=False) + '"a","b","c","d","e","f","g"\n'
    (tmp_path / "news.csv").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert len(corpus.documents) == 1
    assert [s.reason.startswith("a line with 7 fields where the header has 5") for s in corpus.skipped] == [True]


def test_csv_rows_short_of_fields_repeated_column_names_and_no_pandas_needed(tmp_path):
    import subprocess
    import sys

    text = "标题,正文,正文\n小米加码印度市场," + BODY + ",副本\n短行\n"
    (tmp_path / "news.csv").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert [d.title for d in corpus.documents] == ["小米加码印度市场"]  # 正文 is the first of the two
    assert any("no text" in s.reason for s in corpus.skipped)  # the short row is padded, then has no text
    code = ("import sys; from pathlib import Path; from analysis.io.load import load_corpus; "
            f"load_corpus(Path({str(tmp_path)!r})); print('pandas' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


def test_traditional_text_keeps_a_character_the_simplified_standard_keeps():
    from analysis.io.load import to_simplified
    assert to_simplified("華為昇騰910C由歐冠昇負責") == "华为昇腾910C由欧冠昇负责"


def test_a_wechat_repost_takes_its_original_title_and_loses_its_furniture():
    from analysis.io.load import build_document
    raw = ("点击上方蓝字 关注我们\n原标题：五菱缤果降价1万元 小型电动车价格战白热化\n本文来自微信公众号“汽车之心”，作者：小鱼\n"
           "4月8日，上汽通用五菱宣布，旗下五菱缤果全系限时降价1万元。\n—END—\n喜欢这篇文章？点个“在看”吧\n")
    doc = build_document("t", "t.txt", raw, "utf-8")
    assert doc.title == "五菱缤果降价1万元 小型电动车价格战白热化"
    assert doc.text == "4月8日，上汽通用五菱宣布，旗下五菱缤果全系限时降价1万元。"
