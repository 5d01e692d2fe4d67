"""The user's own lexicon: companies, products, people and titles take part in segmentation and
recognition; a bad line is reported with its number; the run goes on."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.nlp.lexicon import parse_user_line, use_lexicon

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ("星澜智能发布新一代机器人\n星澜智能首席产品体验官祁远山说，星澜智能的小澜助手月活突破一千万，"
           "对手云栖机器对此并未回应。\n")
LEXICON = ("# kind\tname\taliases\towner\n"
           "company\t星澜智能\t星澜,Xinglan\n"
           "company\t云栖机器\t\n"
           "product\t小澜助手\t小澜\t星澜智能\n"
           "person\t祁远山\n"
           "title\t首席产品体验官\n"
           "robot\t不知道\n"
           "小澜音箱 10 nz\n")


@pytest.fixture
def lexicon(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text(LEXICON, encoding="utf-8")
    yield path
    use_lexicon(None)


def test_user_lines_and_jieba_lines():
    assert parse_user_line("company\t星澜智能\t星澜,Xinglan") == ("company", "星澜智能", ("星澜", "Xinglan"), "")
    assert parse_user_line("小澜音箱 10 nz")[:2] == ("product", "小澜音箱")
    assert "unknown kind" in parse_user_line("robot\t不知道")
    assert "owner" in parse_user_line("product\t小澜助手\t\t")


def test_lexicon_entries_are_recognised_and_bad_lines_reported(tmp_path, lexicon):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "x.json"
    proc = subprocess.run([sys.executable, "-m", "analysis", "extract", str(tmp_path / "in"), "--out", str(out),
                           "--lexicon", str(lexicon), "--quiet"], cwd=ROOT, capture_output=True, text=True,
                          env={"CN_NEWS_CACHE": "off", "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    assert "mine.tsv line 7: unknown kind 'robot'" in proc.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))["documents"][0]
    assert "祁远山" in {p["name"] for p in doc["people"]}
    assert {"person": "祁远山", "title": "首席产品体验官", "org": "星澜智能"} in \
        [{k: r[k] for k in ("person", "title", "org")} for r in doc["roles"]]
    assert {"name": "小澜助手", "owner": "星澜智能"} in [{k: p[k] for k in ("name", "owner")} for p in doc["products"]]
    assert {"星澜智能", "云栖机器"} <= {o["name"] for o in doc["organizations"]}


def test_without_the_lexicon_the_names_are_not_all_known(tmp_path):
    from analysis.corpus.pipeline import analyse_article
    from analysis.io.load import build_document

    use_lexicon(None)
    results = analyse_article(build_document("a", "a.txt", ARTICLE, "utf-8")).results
    assert "首席产品体验官" not in {r.title for r in results["roles"]}
