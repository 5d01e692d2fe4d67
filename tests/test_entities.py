"""join_abbreviations: a 简称 joins the company it abbreviates."""
from analysis.extract.entities import join_abbreviations


def analyse(body: str, title: str):
    from analysis.corpus.pipeline import analyse_document
    from analysis.io.load import build_document
    return analyse_document(build_document("t", "t.txt", title + "\n" + body, "utf-8")).results


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


def test_investors_a_dictionary_organisation_and_no_company_inside_a_persons_name():
    from analysis.corpus.pipeline import analyse_document
    from analysis.io.load import build_document
    text = ("面壁智能\n面壁智能完成新一轮融资，由春华创投、北京市人工智能产业投资基金领投，清华大学孵化的水木清华校友种子基金跟投。"
            "三、成立Seed部门，由吴永辉负责。")
    orgs = {o.name for o in analyse_document(build_document("t", "t.txt", text, "utf-8")).results["organizations"]}
    assert {"春华创投", "北京市人工智能产业投资基金", "水木清华校友种子基金", "清华大学"} <= orgs
    assert not any("永辉" in o for o in orgs)


def test_a_rare_surname_a_former_team_and_a_list_ending_in_zheng():
    from analysis.corpus.pipeline import analyse_document
    from analysis.io.load import build_document
    text = ("吉利汽车\n吉利汽车CEO淦家阅表示，整合后的吉利汽车将进一步减少内耗。有道词典等产品将继续由原团队负责。"
            "在国产AI芯片市场，寒武纪与华为、海光信息正展开激烈竞争。")
    r = analyse_document(build_document("t", "t.txt", text, "utf-8")).results
    people = {p.name for p in r["people"]}
    assert "淦家阅" in people and "原团队" not in people
    assert not any(n.endswith("正") for o in r["organizations"] for n in (o.name, *o.aliases))


def test_a_short_name_given_to_a_kind_and_name_makes_a_company_and_a_name_before_wei_stays_whole():
    from analysis.corpus.pipeline import analyse_document
    from analysis.io.load import build_document
    text = ("银河通用融资 2025\n具身智能公司银河通用机器人（以下简称“银河通用”）宣布完成融资。银河通用成立于2023年5月，"
            "创始人王鹤为北京大学助理教授。王鹤表示，机器人要干活。")
    r = analyse_document(build_document("t", "t.txt", text, "utf-8")).results
    orgs = {o.name: o.aliases for o in r["organizations"]}
    assert "银河通用" in orgs and "银河通用机器人" in orgs["银河通用"]
    assert {p.name for p in r["people"]} == {"王鹤"} and not any("王鹤" in o for o in orgs)


def test_a_companys_name_with_its_tail_and_without_is_one_company_and_a_lexicon_alias_is_named_once():
    from analysis.corpus.pipeline import analyse_document
    from analysis.io.load import build_document
    text = ("仁宝电脑获利成长 2025\n笔电代工大厂仁宝电脑（2324）昨日举行法说会。仁宝董事长陈瑞聪表示，出货将倍增。"
            "本轮由高瓴资本领投，红杉中国跟投。红杉中国看好储能。")
    orgs = analyse_document(build_document("t", "t.txt", text, "utf-8")).results["organizations"]
    names = [o.name for o in orgs]
    assert len([n for n in names if n.startswith("仁宝")]) == 1 and len([n for n in names if n.startswith("红杉")]) == 1


def test_a_coined_company_name_the_segmenter_splits_written_twice():
    from analysis.corpus.pipeline import analyse_document
    from analysis.io.load import build_document
    text = ("云从科技营收下降 2025\n4月28日晚，云从科技（688327.SH）发布年报。云从科技董事长周曦表示，公司正在转型。"
            "百度与吉利合资的极越汽车CEO夏一平发出全员信。极越汽车成立于2021年，由百度和吉利分别持股。")
    r = analyse_document(build_document("t", "t.txt", text, "utf-8")).results
    names = {o.name for o in r["organizations"]} | {a for o in r["organizations"] for a in o.aliases}
    assert {"云从科技", "极越汽车"} <= names and not any("持股" in n for n in names)
    assert ("夏一平", "极越汽车") in {(x.person, x.org) for x in r["roles"]}


def test_a_chinese_abbreviation_skips_characters_of_the_full_name():
    from analysis.extract.entities import abbreviates
    assert abbreviates("中国联通", "中国联合网络通信") and abbreviates("中国国航", "中国国际航空")
    assert not abbreviates("中国银行", "中国建设银行")  # 银行 stands whole in the longer name: another bank
    assert not abbreviates("中国电信", "中国移动通信") and not abbreviates("中国平安", "中国平安保险")


def test_a_listed_name_opening_with_numerals_and_an_owner_listed_in_common_words():
    from analysis.corpus.pipeline import analyse_document
    from analysis.io.load import build_document
    text = ("三七互娱年报\n4月24日晚，三七互娱（002555.SZ）发布2024年年报。在小游戏赛道，三七互娱与腾讯、点点互动旗下的《无尽冬日》"
            "形成竞争。")
    r = analyse_document(build_document("t", "t.txt", text, "utf-8")).results
    assert {"三七互娱", "点点互动", "腾讯"} <= {o.name for o in r["organizations"]} and "互娱" not in {o.name for o in r["organizations"]}
    assert {(p.name, p.owner) for p in r["products"]} == {("无尽冬日", "点点互动")}


def test_a_listed_company_before_the_verb_that_ends_the_list():
    from analysis.extract.entities import enumeration_items
    assert enumeration_items("5月28日，老乡鸡向港交所递交上市申请书，中金公司、华泰国际担任联席保荐人。") == (("中金公司", "华泰国际"),)
    assert enumeration_items("满帮旗下的运满满与货拉拉、快狗打车存在竞争。")[0][-1] == "快狗打车"


def test_a_stock_code_names_the_whole_opening_unless_it_says_what_the_company_is():
    from analysis.corpus.pipeline import analyse_document
    from analysis.io.load import build_document
    text = "全家便利商店人事\n全家便利商店（5903）今日公告，副总经理叶荣廷升任总经理。酒店集团亚朵（Atour，NASDAQ: ATAT）今日公布财报。\n"
    orgs = {o.name for o in analyse_document(build_document("t", "t.txt", text, "utf-8")).results["organizations"]}
    assert "全家便利商店" in orgs and "便利商店" not in orgs and "酒店集团亚朵" not in orgs


def test_a_legal_name_less_its_place_and_form_and_a_stem_written_alone_are_the_companys_names():
    r = analyse("杭州老板电器股份有限公司（002508.SZ）总裁任富佳接受专访。老板电器今年的高端产品卖得好，老板电器不打价格战。",
                title="专访老板电器总裁任富佳")
    assert "老板电器" in {n for o in r["organizations"] if o.name.startswith(("老板", "杭州")) for n in (o.name, *o.aliases)}
    r = analyse("6月2日，波司登国际控股有限公司董事局主席高德康发布内部信。波司登要做全球领先的功能服饰集团。波司登正面对加拿大鹅的竞争。",
                title="波司登内部信")
    assert any(o.name == "波司登" and "波司登国际控股有限公司" in o.aliases for o in r["organizations"])
    r = analyse("萤石网络举办发布会。萤石今年出货量有望突破4000万台。萤石是海康威视旗下的智能家居品牌，在摄像头市场与小米、360竞争。"
                "萤石网络总经理蒋海青表示，萤石会继续投入。", title="萤石发布新品")
    assert "萤石" in {n for o in r["organizations"] for n in (o.name, *o.aliases)}
    assert "智能家居" not in {p.name for p in r["products"]}  # 旗下的智能家居品牌: what kind of brand it is
    sides = {n for pair in r["competitors"] for n in pair}
    assert "海康威视" not in sides and {"小米", "360"} <= sides  # 萤石是海康威视旗下的…: the parent is no side


def test_a_person_shaped_name_listed_among_known_companies_is_a_company():
    r = analyse("小挖价格战越打越凶，柳工也推出了9075F“春耕特惠”，首付只要3万元。三一重工把SY75C降到了26.8万元。",
                title="挖机价格战：三一、徐工、柳工谁扛得住")
    assert "柳工" in {o.name for o in r["organizations"]} and "柳工" not in {p.name for p in r["people"]}
    assert not any("谁" in o.name for o in r["organizations"])
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("9075F") == "柳工" and owners.get("SY75C") == "三一重工"


def test_registered_names_join_the_short_name_the_article_uses_and_a_renamed_company_is_one():
    r = analyse("7月14日，江苏洋河酒厂股份有限公司（002304.SZ）董事长张联东接受采访。洋河股份不打价格战。", title="洋河股份董事长专访")
    assert any(o.name == "洋河股份" and "江苏洋河酒厂股份有限公司" in o.aliases for o in r["organizations"])
    r = analyse("4月7日，深圳迈瑞生物医疗电子股份有限公司（300760.SZ）总经理吴昊发布内部信。", title="迈瑞医疗内部信")
    assert "股份有限公司" not in {o.name for o in r["organizations"]}
    assert ("吴昊", "总经理") in {(x.person, x.title) for x in r["roles"] if "迈瑞" in x.org}
    r = analyse("中成药企业漳州片仔癀药业股份有限公司（600436.SH）昨晚公布业绩。片仔癀董事长林纬奇表示，成本上升。", title="片仔癀业绩")
    assert not any(o.name.startswith("中成药") for o in r["organizations"])
    r = analyse("6月19日，上海韦尔半导体股份有限公司（603501.SH）公告，公司名称变更为豪威集成电路（集团）股份有限公司，证券简称由"
                "“韦尔股份”变更为“豪威集团”。豪威集团董事长虞仁荣表示，更名是为了统一品牌。", title="韦尔股份正式更名为豪威集团")
    orgs = [o for o in r["organizations"] if "豪威" in o.name or "韦尔" in o.name]
    assert len(orgs) == 1 and {"韦尔股份", "豪威集成电路（集团）股份有限公司"} <= set(orgs[0].aliases) | {orgs[0].name}
    r = analyse("奇瑞控股集团有限公司董事长尹同跃不再兼任奇瑞汽车股份有限公司总经理。奇瑞集团旗下有多个品牌。奇瑞汽车销量增长。",
                title="奇瑞人事")
    assert not any({"奇瑞控股集团有限公司", "奇瑞汽车股份有限公司"} <= {o.name, *o.aliases} for o in r["organizations"])


def test_a_kind_before_a_registered_name_and_investors_listed_together():
    r = analyse("6月30日，AI语音公司云知声智能科技股份有限公司（以下简称“云知声”）在港交所上市。云知声董事长黄伟表示，将继续投入。",
                title="云知声上市")
    assert not any(o.name.startswith("AI语音") for o in r["organizations"])
    r = analyse("傅利叶创始人顾捷表示，今年1月我们完成了近8亿元的E轮融资，由阿尔法公社、蓝驰创投领投。本轮融资由美团领投，王兴个人跟投。",
                title="傅利叶融资")
    orgs = {o.name for o in r["organizations"]}
    assert {"阿尔法公社", "蓝驰创投"} <= orgs and "由阿尔法公社" not in orgs and "王兴个人" not in orgs


def test_a_name_the_segmenter_splits_before_its_code_a_short_name_after_the_code_and_a_lead_investor():
    r = analyse("财联社9月26日电，奇安信（688561.SH）晚间公告，公司董事、总裁吴云坤辞去总裁职务。", title="奇安信总裁辞任")
    assert "奇安信" in {o.name for o in r["organizations"]}
    r = analyse("3月11日，优刻得科技股份有限公司（688158.SH，简称“优刻得”）董事长兼CEO季昕华发布内部信。优刻得将聚焦智算。",
                title="优刻得内部信")
    assert any(o.name == "优刻得" and "优刻得科技股份有限公司" in o.aliases for o in r["organizations"])
    r = analyse("人形机器人公司乐聚机器人近日完成近15亿元融资，由国投创业领投，北汽产投、深创投跟投。乐聚与优必选、宇树科技形成三强格局。",
                title="乐聚机器人融资")
    assert "国投创业" in {o.name for o in r["organizations"]} and "国投" not in {p.name for p in r["people"]}
    assert {frozenset(p) for p in r["competitors"]} >= {frozenset(("乐聚机器人", "优必选")), frozenset(("乐聚机器人", "宇树科技"))} \
        or {frozenset(p) for p in r["competitors"]} >= {frozenset(("乐聚", "优必选")), frozenset(("乐聚", "宇树科技"))}


def test_a_headline_list_names_companies_the_article_names_again_and_a_short_head():
    r = analyse("最近想买台二手车。瓜子二手车的服务费降到了1999元，优信的车源多，人人车现在主打检测报告。"
                "瓜子二手车CEO杨浩涌说过，竞争最终拼的是检测和售后。",
                title="瓜子、优信、人人车，二手车平台到底谁靠谱？")
    orgs = {o.name: o.aliases for o in r["organizations"]}
    assert {"优信", "人人车"} <= set(orgs) and "瓜子" in orgs.get("瓜子二手车", ())
    assert len(r["competitors"]) >= 2


def test_a_company_named_like_a_person_a_latin_gloss_and_a_coined_challenger():
    r = analyse("车评平台易车（Bitauto）近日调整业务。易车则依靠腾讯的微信入口获客。除了彼此，它们还要面对华为和思岚达的挑战。",
                title="易车调整业务 2025")
    orgs = {o.name: set(o.aliases) for o in r["organizations"]}
    assert "易车" not in {p.name for p in r["people"]}
    assert "Bitauto" in orgs.get("易车", set())
    assert "思岚达" in orgs


def test_a_nickname_with_the_real_name_in_brackets_and_a_source_cited_with_its_latest_figures():
    r = analyse("商业化负责人沙丘（花名）接任COO，向小红书CEO星矛（毛文超）汇报。据IDC最新统计，小红书（北京）用户增长。",
                title="小红书COO调整 2025")
    people = {p.name for p in r["people"]}
    assert {"沙丘", "星矛"} <= people and "北京" not in people
    assert "IDC" in {o.name for o in r["organizations"]} and not any("最新" in o.name for o in r["organizations"])


def test_a_surname_xiang_after_a_title_stays_and_a_brand_inside_a_products_name_is_no_organisation():
    r = analyse("三一重工董事长向文波表示，挖掘机海外销售持续增长，在海外市场正与卡特彼勒、小松争夺份额。", title="三一重工第三季业绩 2025")
    assert "向文波" in {p.name for p in r["people"]} and "文波" not in {p.name for p in r["people"]}
    assert {"卡特彼勒", "小松"} <= {o.name for o in r["organizations"]}
    r = analyse("最近超市里农夫山泉的纯净水卖到1元一瓶，怡宝马上跟进降价。", title="农夫山泉和怡宝的价格战 2025")
    assert "宝马" not in {o.name for o in r["organizations"]}


def test_a_registered_name_with_its_city_in_brackets_names_the_company_and_no_person():
    r = analyse("7月25日晚，东方甄选发布公告，公司全资子公司东方甄选（北京）科技有限公司将以7658.55万元向董宇辉出售"
                "与辉同行（北京）科技有限公司的全部股权。自此，董宇辉正式离开东方甄选。东方甄选CEO孙东旭此前透露，公司很好。",
                "董宇辉离开东方甄选 2024-08-30")
    orgs = {o.name: o.aliases for o in r["organizations"]}
    assert "东方甄选（北京）科技有限公司" in orgs["东方甄选"] and "与辉同行" in orgs
    assert {p.name for p in r["people"]} == {"董宇辉", "孙东旭"}  # 董宇辉 leaves, so he is one; 东方甄选 is none
    assert (76585500, "出售") in {(f.value, f.counts) for f in r["figures"]}  # 以…万元向…出售: a sale's sum


def test_names_listed_before_what_they_are_are_companies_and_a_clause_is_no_list():
    r = analyse("有业内人士指出，与辉同行最大的对手，或许是交个朋友和遥望科技这样的机构化直播公司。"
                "今年Gogoro的市占率明显下滑，主要是受到光阳Ionex与三阳等传统机车厂的夹击。"
                "项兴初自2018年起担任江淮汽车董事长，任内推动公司与大众汽车、蔚来等企业合作。", "直播电商 2025-06-01")
    orgs = {o.name for o in r["organizations"]}
    assert {"交个朋友", "遥望科技", "三阳", "光阳"} <= orgs
    assert not {"光阳Ionex", "任内推动公司"} & orgs


def test_a_website_suffix_inside_a_longer_word_names_no_company():
    r = analyse("Gogoro旗下的换电网路GoStation目前在台湾已建置超过2,500座换电站。", "Gogoro换电 2024-09-24")
    assert "换电网" not in {o.name for o in r["organizations"]}
    assert ("GoStation", "Gogoro") in {(p.name, p.owner) for p in r["products"]}


def test_names_a_ranking_or_a_contest_or_an_announcement_sets_beside_a_company_are_companies():
    r = analyse("在NOR Flash市场，兆易创新的全球份额约为18.5%，仅次于华邦电子，领先旺宏，国内份额超过四成。"
                "此外，52TOYS、酷乐潮玩也在加速开店，潮玩集合店的竞争正日趋激烈。"
                "Deliveroo则已于今年4月宣布退出香港市场。据说九号在欧洲的份额超过了富世华，库犸科技、松灵机器人这些后来者也在猛追。"
                "TOP TOY还售卖万代、乐高等第三方品牌的产品。", "兆易创新半年报 2025-08-21")
    orgs = {o.name for o in r["organizations"]}
    assert {"华邦电子", "旺宏", "52TOYS", "酷乐潮玩", "Deliveroo", "松灵机器人", "万代", "乐高"} <= orgs
    assert not {"四成", "松灵机器人这些后来者"} & orgs


def test_an_aliases_mentions_count_for_its_company_and_a_generic_tail_is_no_alias():
    r = analyse("同程旅行今年一季度营收达到43.9亿元。在外界看来，同程的对手是携程，而同程自己并不这么看。"
                "很多人把同程和携程放在一起比。去年同程收购了万达酒店管理，酒店管理是第二增长曲线。", "同程旅行 2025-07-10")
    orgs = {o.name: o for o in r["organizations"]}
    assert orgs["同程旅行"].mentions > orgs["携程"].mentions
    assert "酒店管理" not in orgs and "酒店管理" not in orgs["万达酒店管理"].aliases


def test_a_name_glued_to_what_the_founder_did_is_a_person():
    r = analyse("TOP TOY成立于2020年，由名创优品创始人叶国富一手孵化。", "名创优品 2025-09-26")
    assert "叶国富" in {p.name for p in r["people"]}


def test_a_company_named_after_its_parent_and_trade_and_a_known_noun_is_no_person():
    from analysis.extract.entities import offspring_companies
    from analysis.nlp.segment import segment
    assert offspring_companies(segment("三是撤销家电营销本部，其业务并入海信家电集团。")) == ["海信家电集团"]
    assert offspring_companies(segment("原执行长蒋浩良转任鸿海科技集团副总裁。")) == []  # the group's own full name
    r = analyse("国产运动品牌三巨头的2024年成绩单已全部出炉。李宁公司联席CEO钱炜在业绩会上坦言，今年要控制库存。",
                "安踏、李宁、特步交出年报 2025")
    assert {p.name for p in r["people"]} == {"钱炜"}


def test_subsidiaries_listed_together_and_a_company_named_after_its_parent_before_de_are_companies():
    r = analyse("2025年3月28日，亿航智能宣布，旗下子公司亿航广东和合肥合翼获得了运营合格证。小鹏汇天的陆地航母计划于2026年量产交付。",
                "低空经济抢跑 2025")
    orgs = {o.name for o in r["organizations"]}
    assert {"亿航广东", "合肥合翼", "小鹏汇天"} <= orgs


def test_the_second_company_given_with_its_code_is_named_whole():
    r = analyse("国内超商龙头统一超商（2912）与全家便利商店（5903）持续在鲜食市场较劲。统一超商去年鲜食业绩突破200亿元。",
                "超商双雄拼鲜食 2025")
    assert "全家便利商店" in {o.name for o in r["organizations"]}
    assert 20_000_000_000 in {f.value for f in r["figures"]}


def test_a_trades_subsidiary_a_latin_rival_and_names_before_international_majors_are_companies_a_wave_is_not():
    r = analyse("为了和春秋争夺价格敏感的旅客，吉祥航空旗下的九元航空今年在广州新开了12条航线。春秋航空很好。"
                "在国产化替代的浪潮下，国内CRM厂商迎来了窗口期。2024年初，销售易获得腾讯领投的新一轮融资。"
                "纷享销客创始人罗旭说，我们不和Salesforce比功能。"
                "创办人毛戈平表示，要和欧莱雅、雅诗兰黛这些国际大牌正面竞争。", "低成本航空：春秋、吉祥、华夏谁的客座率更高？")
    orgs = {o.name: o.aliases for o in r["organizations"]}
    assert {"九元航空", "Salesforce", "欧莱雅", "腾讯"} <= set(orgs)
    assert not {"浪潮", "腾讯领投"} & set(orgs)
    assert "春秋" in orgs["春秋航空"]
    assert 9 not in {f.value for f in r["figures"]}  # 九元航空: a name, no sum


def test_a_name_before_a_reason_and_a_comma_leaves_and_he_said_in_a_meeting_is_quoted():
    r = analyse("浙商银行1月15日晚公告，张荣森因工作调整原因，辞去该行行长、执行董事职务。"
                "喜茶创始人聂云宸很少公开露面。他在一次内部分享中说，“茶饮行业没有护城河”。", "浙商银行人事公告 2025-01-16")
    assert {"张荣森", "聂云宸"} <= {p.name for p in r["people"]}
    assert ("聂云宸", "茶饮行业没有护城河") in {(q.speaker, q.text.strip("“”。")) for q in r["quotes"]} or \
        any(q.speaker == "聂云宸" and "护城河" in q.text for q in r["quotes"])


def test_a_measure_of_a_noun_is_no_person():
    r = analyse("德国折扣超市奥乐齐（ALDI）在上海的门店数已经突破70家，并在今年进入无锡、苏州。与此同时，盒马旗下的折扣业态"
                "“超盒算NB”门店数超过200家，永辉超市也在全面“胖改”，调整商品结构。"
                "奥乐齐中国CEO陈佳表示，“我们的优势是自有品牌，占比超过90%”。", "折扣超市混战：奥乐齐、盒马NB、永辉谁能赢？")
    assert {p.name for p in r["people"]} == {"陈佳"}


def test_a_holding_company_reporting_revenue_names_no_deal_and_two_companies_are_no_unit():
    r = analyse("2024年，顺丰控股实现营收2844.2亿元，京东物流营收1828.4亿元。台湾零售通路市场由统一集团与全联福利中心分庭抗礼。",
                "顺丰与京东物流平分秋色 2025")
    names = {o.name for o in r["organizations"]} | {u.name for u in r["units"]}
    assert "实现营收" not in names and "统一集团与全联福利中心" not in names


def test_a_kind_of_hotel_and_a_list_ending_in_an_adverb_name_no_company():
    r = analyse("美团的酒店间夜量已经超过携程，但在高星酒店上携程仍占据优势。在东南亚和印度市场，realme与小米的Redmi、传音的TECNO长期正面竞争。",
                "携程二季度营收增长 2025")
    orgs = {o.name for o in r["organizations"]}
    assert "高星酒店" not in orgs and not any(n.endswith("长期") for n in orgs)
