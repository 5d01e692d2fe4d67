"""join_abbreviations: a 简称 joins the company it abbreviates."""
from analysis.extract.entities import join_abbreviations


def test_join_abbreviations_folds_a_short_name_into_its_full_one_and_keeps_a_new_company():
    groups = {"霸蛮餐饮股份有限公司": set()}
    new = join_abbreviations(groups, {"霸蛮集团": "霸蛮餐饮股份有限公司",
                                      "与辉同行": "与辉同行（北京）科技有限公司"}, set())
    assert groups["霸蛮餐饮股份有限公司"] == {"霸蛮集团"}
    assert groups["与辉同行"] == {"与辉同行（北京）科技有限公司"}
    assert new == {"与辉同行": "与辉同行（北京）科技有限公司"}


def test_join_abbreviations_makes_no_company_of_a_person():
    groups: dict[str, set[str]] = {}
    assert join_abbreviations(groups, {"张三": "张三科技有限公司"}, {"张三"}) == {} and groups == {}
