"""How an article names its organisations: posts under the article's names, and well-known companies under
the name the article uses for them."""
from analysis.extract.entities import Organization
from analysis.extract.naming import (as_article_org, as_named_unit, distinct_relations, names_in_article, named_alone,
                                     renamed, stands_alone)
from analysis.extract.org import Role
from analysis.extract.positioning import Relation
from analysis.io.load import build_document


def doc(body: str):
    return build_document("t", "t.txt", "标题\n" + body, "utf-8")


def role(org: str | None) -> Role:
    return Role("张三", "总裁", org, None, None, "证据")


def test_a_posts_organisation_in_a_longer_corporate_form_is_the_one_the_article_names():
    assert as_article_org(role("极氪科技集团"), {"极氪"}).org == "极氪"
    assert as_article_org(role("极氪研究院"), {"极氪"}).org == "极氪研究院"  # a unit, not a legal form
    assert as_article_org(role(None), {"极氪"}).org is None


def test_a_posts_organisation_named_by_a_units_alias_or_its_name_less_its_group_is_that_unit():
    units = {"淘宝天猫商业集团", "国际数字商业集团"}
    assert as_named_unit(role("IDG"), units, {"IDG": "国际数字商业集团"}).org == "国际数字商业集团"
    assert as_named_unit(role("淘宝天猫商业"), units, {}).org == "淘宝天猫商业集团"
    assert as_named_unit(role("菜鸟"), units, {}).org == "菜鸟"


def test_a_known_company_called_only_by_another_name_gets_that_name():
    called = names_in_article([Organization("富士康", "company", ("鸿海",), 2, "")], doc("鸿海今天发布财报。鸿海表示将扩大投资。"))
    assert called == {"富士康": "鸿海"}
    only_longer = names_in_article([Organization("吉利", "company", ("吉利汽车",), 2, "")],
                                   doc("吉利汽车发布新车。吉利汽车销量增长。"))
    assert only_longer == {"吉利": "吉利汽车"}
    named = names_in_article([Organization("富士康", "company", ("鸿海",), 2, "")], doc("富士康和鸿海是一家公司。"))
    assert named == {}


def test_a_name_counts_as_named_alone_unless_only_inside_a_longer_name_that_is_no_corporate_form():
    assert named_alone("小米", ("小米", "小米集团"), "小米集团发布财报")
    assert not named_alone("吉利", ("吉利", "吉利汽车"), "吉利汽车发布新车")


def test_an_alias_at_the_start_of_an_offshoot_does_not_stand_alone():
    assert not stands_alone("阿里", "阿里云发布新模型")
    assert stands_alone("阿里", "阿里云发布新模型，阿里宣布投资")


def test_renaming_changes_name_fields_but_not_evidence_and_keeps_the_old_name_as_an_alias():
    org = renamed(Organization("富士康", "company", ("鸿海",), 2, "富士康说"), {"富士康": "鸿海"})
    assert (org.name, org.aliases, org.evidence) == ("鸿海", ("富士康",), "富士康说")
    same = role("腾讯")
    assert renamed(same, {"富士康": "鸿海"}) is same
    assert renamed([["富士康", "苹果"]], {"富士康": "鸿海"}) == [["鸿海", "苹果"]]


def test_a_pair_of_relations_is_kept_once_and_none_with_itself():
    pairs = [Relation("好未来", "作业帮", "rival", "甲"), Relation("作业帮", "好未来", "rival", "乙"),
             Relation("学而思", "学而思", "rival", "丙")]
    assert distinct_relations(pairs) == [pairs[0]]
