"""End to end on two articles written for the tests, about other companies and in other layouts:
a GBK-encoded HTML page (小米, 华为) and a Big5 traditional-Chinese text (腾讯)."""
from pathlib import Path

import pytest

from analysis.io.load import load_corpus
from analysis.extract.org import each_title
from analysis.corpus.pipeline import compute_corpus_analysis

DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def results():
    corpus = load_corpus(DATA)
    return {a.doc.id: a for a in compute_corpus_analysis(corpus).documents}


def test_layouts_decode_and_clean(results):
    page, big5 = results["xiaomi_gbk"].doc, results["tencent_big5"].doc
    assert page.encoding == "gbk" and page.title == "小米发布高端手机 剑指华为" and page.year == 2019
    assert big5.encoding.startswith("big5") and big5.script == "traditional" and big5.year == 2018
    for junk in ("首页 |", "广告", "责任编辑", "相关阅读", "版权所有", "上一篇"):
        assert junk not in page.text + big5.text


def test_people_roles_and_units(results):
    tencent = results["tencent_big5"].results
    assert {p.name for p in tencent["people"]} == {"马化腾", "刘炽平", "汤道生", "任宇昕"}
    roles = {(r.person, r.title, r.org) for r in each_title(tencent["roles"])}
    assert {("马化腾", "董事会主席", "腾讯"), ("马化腾", "首席执行官", "腾讯"), ("刘炽平", "总裁", "腾讯"),
            ("任宇昕", "总裁", "平台与内容事业群"), ("汤道生", "负责人", "云与智慧产业事业群")} <= roles
    units = {u.name: u.parent for u in tencent["units"]}
    assert units["云与智慧产业事业群"] == units["平台与内容事业群"] == "腾讯"
    assert set(units) <= {"云与智慧产业事业群", "平台与内容事业群", "阿里云"}  # 阿里云 is 阿里巴巴's cloud unit
    xiaomi = {(r.person, r.title, r.org): r.since for r in each_title(results["xiaomi_gbk"].results["roles"])}
    assert xiaomi[("范典", "主任", "AIoT战略委员会")] == "2019-01"
    assert ("雷军", "董事长", "小米") in xiaomi


def test_positioning(results):
    xiaomi = results["xiaomi_gbk"].results
    assert [sorted(p) for p in xiaomi["competitors"]] == [["华为", "小米"]]
    assert ("小米9", "小米") in {(p.name, p.owner) for p in xiaomi["products"]}
    assert any(q.speaker == "雷军" and "高端市场" in q.text for q in xiaomi["quotes"])
    assert {(e.date, "上市" in e.text) for e in xiaomi["events"]} >= {("2018-07", True)}
    assert (206_000_000, "台") in {(f.value, f.unit) for f in xiaomi["figures"]}
    assert [sorted(p) for p in results["tencent_big5"].results["competitors"]] == [["腾讯", "阿里巴巴"]]


def test_keywords_name_the_subject(results):
    top = [k.term for k in results["xiaomi_gbk"].results["keywords"][:5]]
    assert top[0] == "小米" and "华为" in top
    assert "云与智慧产业事业群" in [k.term for k in results["tencent_big5"].results["keywords"][:5]]


def test_reorganisation_article(results):
    baidu = results["baidu"].results
    assert {u.name for u in baidu["units"]} == {"移动服务事业群组", "移动云事业部", "地图事业部"}
    roles = {(r.person, r.title, r.org) for r in each_title(baidu["roles"])}
    assert {("李明远", "负责人", "移动服务事业群组"), ("李明远", "总经理", "移动云事业部"),
            ("岳涛", "负责人", "移动云事业部"), ("刘骏", "总经理", "地图事业部"), ("李彦宏", "创始人", "百度")} <= roles
    assert "上一篇" not in results["baidu"].doc.text and "科技频道" not in results["baidu"].doc.text


def test_results_article_figures_and_appointment(results):
    huawei = results["huawei"].results
    figures = {(f.value, f.unit) for f in huawei["figures"]}
    assert {(395_000_000_000, "元"), (37, "%"), (100_000_000, "台"), (15.1, "%")} <= figures
    assert ("郭平", "轮值CEO", "华为") in {(r.person, r.title, r.org) for r in each_title(huawei["roles"])}
    assert {frozenset(p) for p in huawei["competitors"]} >= {frozenset(("华为", "苹果")), frozenset(("华为", "小米"))}
    assert any(q.speaker == "余承东" and q.text == "我们的目标是在五年内成为全球第一。" for q in huawei["quotes"])


def test_markdown_article_products_and_partners(results):
    jd = results["jd"].results
    owners = {p.name: p.owner for p in jd["products"]}
    assert owners["盒马鲜生"] == "阿里巴巴" and owners["京东到家"] == "京东" and owners["1号店"] == "沃尔玛"
    assert {(r.a, r.b) for r in jd["partnerships"]} == {("京东", "沃尔玛")}
    assert "新浪科技" not in results["jd"].doc.text  # the source line is a byline


def test_messy_one_line_article(results):
    suning = results["suning"].results
    assert {p.name for p in suning["people"]} == {"张近东", "李斌", "孙为民", "闫小兵", "鲁振旺"}
    roles = {(r.person, r.title, r.org) for r in each_title(suning["roles"])}
    assert {("孙为民", "负责人", "线下连锁平台经营总部"), ("闫小兵", "总裁", "家电事业部")} <= roles
    assert {(u.name, u.parent) for u in suning["units"]} >= {("家电事业部", "京东"), ("商品经营总部", "苏宁")}
    assert [sorted(p) for p in suning["competitors"]] == [["京东", "苏宁"]]
    quotes = {q.speaker: q.text for q in suning["quotes"]}
    assert "同价" in quotes["孙为民"] and "换块招牌" in quotes["苏宁一位高管"]
    assert {p.name for p in suning["products"]} >= {"苏宁易购APP", "云台开放平台"}


def test_titles_with_their_own_organisations_and_rival_backers(results):
    didi = results["didi"].results
    roles = {(r.person, r.title, r.org) for r in each_title(didi["roles"])}
    assert {("赖智明", "副总裁", "腾讯"), ("赖智明", "总经理", "财付通"), ("程维", "CEO", "嘀嘀打车")} <= roles
    assert {frozenset(p) for p in didi["competitors"]} == {frozenset(("嘀嘀打车", "快的打车")),
                                                          frozenset(("腾讯", "阿里巴巴"))}
    assert any(q.speaker == "陈伟星" and "培养用户习惯" in q.text for q in didi["quotes"])


def test_subsidiaries_appointed_heads_and_year_after_results(results):
    jd = results["jd2014"]
    assert jd.doc.year == 2014
    roles = {(r.person, r.title, r.org) for r in each_title(jd.results["roles"])}
    assert {("沈皓瑜", "CEO", "京东商城"), ("陈生强", "CEO", "京东金融"), ("蒋文玉", "总经理", "拍拍网"),
            ("蒋文玉", "副总裁", "京东商城")} <= roles
    assert {"京东商城", "京东金融", "拍拍网", "海外事业部", "营销研发部"} <= {u.name for u in jd.results["units"]}
    assert ("2014-05-22", True) in {(e.date, "纳斯达克" in e.text) for e in jd.results["events"]}
    assert sorted(sorted(p) for p in jd.results["competitors"]) == [["京东", "阿里巴巴"], ["拍拍网", "淘宝"]]  # as written


def test_traditional_html_with_corner_quotes(results):
    ant = results["ant_big5"]
    assert ant.doc.title == "蚂蚁金服与微信支付争夺线下市场" and ant.doc.year == 2016
    assert "李四" not in ant.doc.text and "首页" not in ant.doc.text
    quotes = {q.speaker: q.text for q in ant.results["quotes"]}
    assert quotes["井贤栋"] == "线下支付是未来三年最重要的战场，支付宝会继续加大投入。"
    assert ("2016-04", True) in {(e.date, "B轮" in e.text) for e in ant.results["events"]}
    assert {(43.3, "%"), (4_500_000_000, "美元")} <= {(f.value, f.unit) for f in ant.results["figures"]}


def test_search_war_article(results):
    qihoo = results["qihoo"].results
    assert {p.name for p in qihoo["people"]} == {"周鸿祎", "王小川", "王湛", "齐向东"}
    assert ("齐向东", "负责人", "搜索事业部") in {(r.person, r.title, r.org) for r in each_title(qihoo["roles"])}
    assert {(u.name, u.parent) for u in qihoo["units"]} == {("搜索事业部", "奇虎360")}
    assert ("360搜索", "奇虎360") in {(p.name, p.owner) for p in qihoo["products"]}
    assert frozenset(("奇虎360", "百度")) in {frozenset(p) for p in qihoo["competitors"]}
    assert "本报记者" not in [k.term for k in qihoo["keywords"]]


def test_acquisition_article(results):
    lenovo = results["lenovo"].results
    assert "摩托罗拉移动" in {o.name for o in lenovo["organizations"]}
    assert {(u.name, u.parent) for u in lenovo["units"]} == {("移动业务集团", "联想")}
    assert ("刘军", "总裁", "移动业务集团") in {(r.person, r.title, r.org) for r in each_title(lenovo["roles"])}
    pairs = {frozenset(p) for p in lenovo["competitors"]}
    assert frozenset(("联想", "华为")) in pairs and frozenset(("华为", "小米")) not in pairs
    assert lenovo["products"] == [] or "智能手机" not in {p.name for p in lenovo["products"]}


def test_appointment_with_joint_titles_and_research_units(results):
    ai = results["ai"].results
    assert {p.name for p in ai["people"]} == {"陆奇", "余凯", "吴恩达", "李彦宏"}  # not 全面 (全面负责)
    roles = {(r.person, r.title, r.org): r.since for r in each_title(ai["roles"])}
    assert roles[("陆奇", "总裁", "百度")] == "2017-01-17" and ("陆奇", "首席运营官", "百度") in roles
    assert ("余凯", "院长", "深度学习研究院") in roles
    assert {"地平线机器人", "微软"} <= {o.name for o in ai["organizations"]}
    assert "集团" not in {o.name for o in ai["organizations"]}


def test_an_articles_facts_do_not_depend_on_the_other_articles_in_the_folder(tmp_path):
    """Each article (test articles, style corpus, seed) alone and all together give the same facts (keywords
    are re-ranked by the corpus)."""
    import json
    import shutil

    from analysis.cli import main

    together = tmp_path / "together"
    shutil.copytree(DATA, together)
    for path in (ROOT / "tests" / "style" / "articles").iterdir():
        shutil.copy(path, together)
    shutil.copy(ROOT / "seeds" / "000_aef35904de51f532.txt", together)
    assert main(["extract", str(together), "--out", str(tmp_path / "all.json"), "--quiet", "--jobs", "1"]) == 0
    everything = {d["id"]: d for d in json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["documents"]}
    for path in sorted(together.iterdir()):
        out = tmp_path / f"{path.stem}.json"
        assert main(["extract", str(path), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
        alone = json.loads(out.read_text(encoding="utf-8"))["documents"][0]
        for field in ("people", "organizations", "units", "roles", "products", "competitors", "quotes", "events",
                      "figures", "title", "year", "date"):
            assert alone[field] == everything[alone["id"]][field], (path.name, field)
