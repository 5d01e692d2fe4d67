"""The real notebooks on hostile and tabular input: article text is data, never markup, in every report
page; a CSV export is reported like a folder of files."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ('<script>alert("t")</script>阿里巴巴发布新战略\n'
           '阿里巴巴集团董事局主席马云表示，“<img src=x onerror=alert(1)>是公司的未来”。'
           '腾讯与阿里巴巴的竞争日趋激烈。<a href="javascript:alert(2)">点击</a>京东推出了新产品<script>alert(3)</script>。'
           '阿里巴巴旗下的手机淘宝与淘点点合作。2014年3月，阿里巴巴成立了<b onmouseover=alert(4)>事业部</b>。\n')
RAW_MARKUP = re.compile(r"<script>alert|<img src=x onerror|<a href=\"javascript:|<b onmouseover", re.I)


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    """Reports made by `python -m analysis report` from a hostile text file and a CSV export."""
    base = tmp_path_factory.mktemp("hostile")
    (base / "in").mkdir()
    (base / "in" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    rows = [{"标题": "小米发布新手机", "正文": "小米集团董事长雷军表示，小米将在印度新开500家门店，与三星竞争。", "日期": "2019-03-05"},
            {"标题": "", "正文": "", "日期": ""}]
    pd.DataFrame(rows).to_csv(base / "in" / "export.csv", index=False)
    proc = subprocess.run([sys.executable, "-m", "analysis", "report", str(base / "in"), "--out", str(base / "r"),
                           "--quiet"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return base / "r"


def test_article_text_is_never_markup_in_any_page(reports):
    pages = sorted(reports.glob("*.html"))
    assert len(pages) == 6  # index and five reports
    shown = ""
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert not RAW_MARKUP.search(text), page.name
        shown += text
    assert "&lt;script&gt;alert" in shown or "&amp;lt;script&amp;gt;alert" in shown  # shown, as text


def test_rows_of_an_export_are_articles_and_bad_rows_are_listed(reports):
    data = json.loads((reports / "extractions.json").read_text(encoding="utf-8"))
    assert {d["id"] for d in data["documents"]} == {"hostile", "export_1"}
    export = next(d for d in data["documents"] if d["id"] == "export_1")
    assert export["date"] == "2019-03-05" and export["title"] == "小米发布新手机"
    assert any(s["source"].endswith("export.csv row 2") and s["reason"].startswith("no text")
               for s in data["skipped"])
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert "export.csv row 2" in index


def test_markdown_summaries_escape_article_text():
    from analysis.present.tables import md_text

    assert md_text('<script>alert(1)</script>') == "&lt;script&gt;alert\\(1\\)&lt;/script&gt;"
    assert md_text("[点击](javascript:x)") == "\\[点击\\]\\(javascript:x\\)"
