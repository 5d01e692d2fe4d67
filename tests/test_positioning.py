"""Products, rivals, partners, quotes, events and figures on sentences written here (none from the seed)."""
import pytest

from analysis.io.load import build_document
from analysis.extract.facts import find_figures, parse_number
from analysis.corpus.pipeline import analyse_document
from analysis.nlp.segment import segment


def analyse(body: str, title: str = "手机市场竞争加剧 2016"):
    return analyse_document(build_document("t", "t.txt", title + "\n" + body, "utf-8")).results


def test_known_products_get_their_owners():
    r = analyse("用户可以用微信支付，也可以用支付宝。京东商城的销量在增长。")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners["微信支付"] == "腾讯" and owners["支付宝"] == "阿里巴巴" and owners["京东商城"] == "京东"


def test_platform_list_and_via_list_give_new_products_their_owner():
    r = analyse("目前来看，美团的外卖平台是美团外卖、快驴进货。百度正借助小度音箱、度秘切入智能家居市场。")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("快驴进货") == "美团"
    assert owners.get("小度音箱") == "百度"


def test_common_word_phrase_is_not_a_product():
    r = analyse("小米移动电商怎么做？小米移动电商的打法不同。小米移动电商仍在探索。")
    assert "移动电商" not in {p.name for p in r["products"]}


def test_rivals_need_a_cue_and_partners_are_not_rivals():
    r = analyse("分析师认为，华为、小米在高端市场的优势各不相同。京东与小米达成了战略合作。")
    assert [sorted(p) for p in r["competitors"]] == [["华为", "小米"]]
    assert {(x.a, x.b) for x in r["partnerships"]} == {("京东", "小米")}


def test_contrasted_companies_are_rivals():
    r = analyse("华为的优势是技术积累。小米的优势是性价比。")
    assert [sorted(p) for p in r["competitors"]] == [["华为", "小米"]]


@pytest.mark.parametrize("text,speaker,words", [
    ("小米创始人雷军在发布会上表示，今年将进军高端市场。", "雷军", "进军高端市场"),
    ("据华为方面介绍，新机将在三月上市。", "华为", "三月上市"),
    ("华为消费者业务CEO余承东曾表达过这一想法：手机要做到全球第一。", "余承东", "全球第一"),
    ("雷军说：“我们要做最好的手机。”", "雷军", "最好的手机"),
])
def test_quote_forms(text, speaker, words):
    quotes = analyse("小米创始人雷军今天出席活动。" + text)["quotes"]
    assert any(q.speaker == speaker and words in q.text for q in quotes), quotes


def test_stripped_quote_with_speaker_after_and_role_speaker():
    r = analyse("手机行业的竞争越来越激烈，没有护城河就会被淘汰。小米创始人雷军说。"
                "高端市场是必争之地。华为手机产品线负责人此前对记者表示。")
    quotes = {q.speaker: q.text for q in r["quotes"]}
    assert "没有护城河" in quotes["雷军"]
    assert "必争之地" in quotes["华为手机产品线负责人"]


def test_quote_spanning_sentences_in_quote_marks_stays_one():
    r = analyse("雷军说：“今年很关键。我们会全力以赴。”随后他离开了会场。")
    assert [q.text for q in r["quotes"] if q.speaker == "雷军"] == ["今年很关键。我们会全力以赴。"]


def test_events_need_a_month_or_an_event_verb():
    r = analyse("小米成立于2010年4月。2016年是关键的一年。去年底小米推出了新款手机。")
    assert [(e.date, "小米" in e.text) for e in r["events"]] == [("2010-04", True), ("2015", True)]


def figures_of(text: str):
    """The figures of a one-sentence article."""
    doc = build_document("t", "t.txt", "标题\n" + text, "utf-8")
    return find_figures(doc, [segment(s.text) for s in doc.sentences])


@pytest.mark.parametrize("text,value,unit,counts", [
    ("小米在全国开设了300家小米之家。", 300, "家", "小米之家"),
    ("3个月带来了1000万元销量。", 10_000_000, "元", "销量"),
    ("西欧出货量同比增90.9%。", 90.9, "%", "出货量"),
    ("出货量达两千万台。", 20_000_000, "台", "出货量"),
    ("营收增长三成。", 30, "%", "营收"),
    ("芯片已经获得超过20家车企的定点。", 20, "家", "车企"),  # the segmenter cuts 家车/企的: cut again
    ("研发团队已经超过1500人，这是核心资产。", 1500, "人", "团队"),  # the noun before the adverb
    ("全年旅客运输量达到1.18亿人次。", 118_000_000, "人次", "运输量"),
])
def test_figure_forms(text, value, unit, counts):
    figures = figures_of(text)
    assert [(f.value, f.unit) for f in figures] == [(value, unit)]
    assert counts in figures[0].text or counts == figures[0].counts


def test_determiners_prices_and_durations_are_not_figures():
    doc = build_document("t", "t.txt", "标题\n两个部门合并了。3.8元看电影。3个月过去了。", "utf-8")
    assert find_figures(doc, [segment(s.text) for s in doc.sentences]) == []


def test_parse_number():
    assert parse_number("3.5") == 3.5 and parse_number("两千") == 2000 and parse_number("十二") == 12


@pytest.mark.parametrize("text, value", [
    ("一千二百万", 12_000_000), ("三亿五千万", 350_000_000), ("一百零五", 105), ("三点五", 3.5), ("1,200", 1200),
    ("一千一", 1100), ("两百八", 280), ("一万五", 15000), ("二〇二四", 2024), ("百", 100), ("", 1),
    ("三四", None), ("三十百", None), ("七点", None), ("百分", None),
])
def test_chinese_numerals_parse_or_are_refused(text, value):
    assert parse_number(text) == value


def test_quote_split_around_the_speaker_is_joined():
    r = analyse("小米创始人雷军今天出席活动。“手机市场变化很快，”雷军说，“我们必须跑得更快。”")
    assert [q.text for q in r["quotes"] if q.speaker == "雷军"] == ["手机市场变化很快，我们必须跑得更快。"]


def test_pronoun_speaker_is_the_last_person_named():
    r = analyse("小米创始人雷军出席了发布会。他表示，今年的目标是进入全球前三。")
    assert any(q.speaker == "雷军" and "全球前三" in q.text for q in r["quotes"])


def test_stripped_attributions_by_pronoun_and_anonymous_insider():
    r = analyse("京东创始人刘强东出席了活动。物流是京东最大的优势。他说。"
                "裁员的消息并不属实。一位不愿具名的京东员工告诉记者。")
    quotes = {q.speaker: q.text for q in r["quotes"]}
    assert "最大的优势" in quotes["刘强东"]
    assert "并不属实" in quotes["京东员工"]


@pytest.mark.parametrize("text, value, unit, counts", [
    ("公司营收达1,200万元。", 12_000_000, "元", "营收"),
    ("市场份额约百分之三十。", 30, "%", "份额"),
    ("交易额近万亿元。", 1e12, "元", "交易额"),
    ("毛利率提升0.5个百分点。", 0.5, "百分点", "毛利率"),
    ("管理委员会成员共9位。", 9, "位", "成员"),
    ("集团现有40多万名员工。", 400_000, "名", "员工"),
    ("五大事业群调整为四大。", 5, "", "事业群"),
    ("平台日订单突破百万单。", 1e6, "单", "订单"),
    ("每单补贴12元。", 12, "元", "补贴"),
])
def test_counts_and_small_amounts(text, value, unit, counts):
    figures = figures_of(text)
    assert any(f.value == value and f.unit == unit and (counts in f.text or counts == f.counts) for f in figures), \
        [(f.value, f.unit, f.text) for f in figures]


def test_subsidy_war_between_apps_and_the_companies_behind_them():
    results = analyse("打车软件补贴大战升级\n滴滴打车和快的打车背后的腾讯与阿里巴巴不断烧钱，抢夺移动支付市场。")
    pairs = {frozenset(p) for p in results["competitors"]}
    assert frozenset(("腾讯", "阿里巴巴")) in pairs
    assert frozenset(("滴滴打车", "腾讯")) not in pairs


def test_product_names_with_a_space_and_with_a_kind_after_them():
    results = analyse("腾讯旗下的QQ 音乐与网易云音乐竞争激烈。腾讯手机管家的用户超过2 亿。")
    products = {(p.name, p.owner) for p in results["products"]}
    assert {("QQ音乐", "腾讯"), ("腾讯手机管家", "腾讯")} <= products and ("腾讯手机", "腾讯") not in products
    assert any(f.value == 2e8 for f in results["figures"])


def test_relative_days_date_events_from_the_article_date():
    from analysis.extract.facts import find_events

    doc = build_document("t", "t.txt", "标题\n2021-03-16 10:00\n网易有道首席技术官已于近日离职。公司昨日宣布新的任命。", "utf-8")
    assert [(e.date, e.text[:6]) for e in find_events(doc)] == [("2021-03", "网易有道首席"), ("2021-03-15", "公司昨日宣布")]


def test_latin_product_names_with_spaces_and_lists_of_them():
    r = analyse("华为发布了三款新车型Model B、Model N与Model V，其手持云台产品Osmo Pocket 3上市后销量领先。"
                "华为与新能源公司合作开发的Model C已交车超过3000辆。")
    owners = {p.name: p.owner for p in r["products"]}
    assert {"Model B", "Model N", "Model V", "Osmo Pocket 3", "Model C"} <= set(owners)
    assert owners["Model N"] == "华为"
    assert not {"Model", "B"} & set(owners)


def test_a_quoted_name_before_a_kind_of_product_is_the_article_company_s_product():
    r = analyse("商汤科技今日发布公告。王晓刚将负责“日日新”大模型的研发。")
    assert ("日日新", "商汤科技") in {(p.name, p.owner) for p in r["products"]}


def test_a_partner_in_joint_development_is_an_organisation():
    r = analyse("鸿海与鸿华先进合作开发的新车已交付。")
    assert "鸿华先进" in {o.name for o in r["organizations"]}


def pairs(results):
    return {frozenset(p) for p in results["competitors"]}


def test_after_compared_with_the_subject_is_set_against_each():
    r = analyse("哔哩哔哩（简称：B站）发布财报。与抖音、快手相比，B站的商业化进度仍然偏慢。")
    assert pairs(r) == {frozenset(("哔哩哔哩", "抖音")), frozenset(("哔哩哔哩", "快手"))}


def test_an_offshoot_of_a_known_company_is_a_rival_as_written_and_a_unit_of_it():
    r = analyse("分析师认为，腾讯在云计算市场仍面对阿里云和华为云的激烈竞争。")
    assert pairs(r) == {frozenset(("腾讯", "阿里云")), frozenset(("腾讯", "华为云"))}
    assert {(u.name, u.parent) for u in r["units"]} >= {("阿里云", "阿里巴巴"), ("华为云", "华为")}


def test_the_other_side_of_a_named_war_is_a_company():
    r = analyse("咖啡赛道的补贴大战还在继续。瑞幸咖啡宣布延长活动。", title="瑞幸与库迪的9.9元价格战打到第几年了")
    assert frozenset(("瑞幸咖啡", "库迪")) in pairs(r)
    assert "库迪" in {o.name for o in r["organizations"]}


def test_one_company_s_products_are_not_rivals():
    r = analyse("淘点点采取电商模式，用户通过支付宝付款，买卖双方直接交易。")
    assert not pairs(r)


def test_anonymous_sources_are_not_speakers_but_named_analysts_are():
    r = analyse("业内人士认为，比亚迪与宁德时代的竞争将更加激烈。一位不愿具名的分析师表示，价格战还会持续很久。"
                "易观分析师张伟表示，价格战还会持续很久。分析指出，在长视频领域，双方的竞争仍然激烈。")
    assert [(q.speaker, q.text) for q in r["quotes"]] == [("张伟", "价格战还会持续很久。")]


def test_rivals_named_after_the_word_for_rival():
    r = analyse("业内普遍认为，蜜雪集团在下沉市场的主要对手是古茗和茶百道。")
    assert pairs(r) == {frozenset(("蜜雪集团", "古茗")), frozenset(("蜜雪集团", "茶百道"))}
    assert not r["quotes"]  # 业内 is nobody in particular


def test_rivals_listed_before_a_word_of_head_on_competition():
    r = analyse("安踏体育用品有限公司（简称：安踏）完成收购。收购完成后，安踏将在高端户外市场与耐克、阿迪达斯正面竞争。")
    assert pairs(r) == {frozenset(("安踏", "耐克")), frozenset(("安踏", "阿迪达斯"))}  # named as the article names it most
    r = analyse("在5G基站市场，中兴通讯主要与华为、爱立信和诺基亚竞争。")
    assert {"华为", "爱立信", "诺基亚"} <= {o.name for o in r["organizations"]}


def test_products_in_a_list_of_companies_products_and_their_rivalry():
    r = analyse("大模型创业公司月之暗面（Moonshot AI）旗下的智能助手Kimi上线后广受欢迎。Kimi目前与百度的文心一言、字节跳动的豆包展开竞争。")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners["Kimi"] == "月之暗面" and owners["豆包"] == "字节跳动" and owners["文心一言"] == "百度"
    assert pairs(r) == {frozenset(("Kimi", "文心一言")), frozenset(("Kimi", "豆包"))}
    r = analyse("阿里巴巴的优势、腾讯的流量展开竞争。")
    assert not {"优势", "流量"} & {p.name for p in r["products"]}  # no known product in the list: no products


def test_brands_listed_with_their_latin_names_under_a_company():
    r = analyse("安踏收购了芬兰体育用品集团Amer Sports（亚玛芬体育）。"
                "亚玛芬体育旗下拥有始祖鸟（Arc'teryx）、萨洛蒙（Salomon）和威尔胜（Wilson）等品牌。")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners["始祖鸟"] == owners["萨洛蒙"] == owners["威尔胜"] == "亚玛芬体育"


def test_an_answer_with_the_speaker_s_name_and_a_colon_is_a_quote():
    r = analyse("知乎创始人周源近日接受专访。问：付费会员业务进展如何？答：周源：盐选会员是我们增长最快的业务。招股书显示：门店超过4万家。")
    assert [(q.speaker, q.text) for q in r["quotes"]] == [("周源", "盐选会员是我们增长最快的业务。")]
    assert "快的打车" not in {o.name for o in r["organizations"]}  # 增长最快的 is no mention of 快的


def test_a_short_alias_with_a_function_character_counts_after_a_boundary():
    r = analyse("格力与美的再打价格战，完美的结局不会出现。")
    assert "美的" in {o.name for o in r["organizations"]}
    from analysis.extract.entities import known_org_mentions
    assert not [m for m in known_org_mentions("完美的结局") if m[1] == "美的"]


def test_latin_models_listed_before_a_kind_word_and_editions_named_after_a_company():
    r = analyse("零跑汽车宣布旗下C11、C01等车型限时降价。比亚迪推出荣耀版车型，秦PLUS荣耀版起售价仅为7.98万元。")
    assert {"C11", "C01"} <= {p.name for p in r["products"]}
    assert "荣耀" not in {o.name for o in r["organizations"]}  # 荣耀版 is an edition, not the phone maker


def test_a_list_of_business_lines_is_not_a_list_of_products():
    r = analyse("腾讯音乐宣布收购喜马拉雅。喜马拉雅旗下拥有有声书、播客等业务。")
    assert not {"有声书", "播客"} & {p.name for p in r["products"]}


def test_models_with_a_chinese_prefix_and_company_named_products():
    r = analyse("长城汽车举报比亚迪旗下秦PLUS DM-i和宋PLUS DM-i两款车型。最近哈啰单车和美团单车的月卡都降价了。")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("秦PLUS DM-i") == owners.get("宋PLUS DM-i") == "比亚迪"
    assert owners.get("美团单车") == "美团" and "美团单车" not in {u.name for u in r["units"]}


def test_the_last_rival_of_a_list_ends_where_its_predicate_begins():
    r = analyse("东方甄选董事长俞敏洪表示支持。东方甄选与交个朋友、遥望科技在直播电商领域的竞争日益激烈。"
                "在成熟制程代工市场，中芯国际与华虹半导体、联电形成直接竞争。")
    assert {frozenset(("东方甄选", "遥望科技")), frozenset(("中芯国际", "联电"))} <= pairs(r)


def test_latin_brand_names_versions_and_a_brand_under_its_company_in_a_rival_list():
    r = analyse("泡泡玛特国际集团有限公司（简称：泡泡玛特）发布业绩。旗下IP LABUBU所在的THE MONSTERS系列收入达8.7亿元。"
                "泡泡玛特与52TOYS、名创优品旗下的TOP TOY展开竞争。科大讯飞发布讯飞星火大模型V4.0。")
    names = {p.name for p in r["products"]}
    assert {"LABUBU", "THE MONSTERS", "TOP TOY", "讯飞星火"} <= names and "V4" not in names
    assert not r["units"]  # LABUBU is not cut into LA and a business unit BU
    assert {frozenset(("泡泡玛特", "52TOYS")), frozenset(("泡泡玛特", "TOP TOY"))} <= pairs(r)


def test_a_pronoun_with_an_adverb_is_resolved_and_a_deal_price_is_a_figure():
    r = analyse("名创优品创始人叶国富表示，这不是跨界。他还透露，将推动永辉超市转型。名创优品拟以约62.7亿元收购永辉超市29.4%的股份。")
    assert {q.speaker for q in r["quotes"]} == {"叶国富"}
    assert 6_270_000_000 in {f.value for f in r["figures"]}


def test_slogans_and_names_in_quote_marks_are_not_quotations_and_featured_products():
    r = analyse("华润啤酒董事会主席侯孝海表示，公司将坚定推进高端化战略，喜力和“SuperX”是重点产品。"
                "谢永林表示，公司将坚持“综合金融+医疗养老”战略，稳健经营。")
    quotes = {q.speaker: q.text for q in r["quotes"]}
    assert "高端化战略" in quotes["侯孝海"] and "稳健经营" in quotes["谢永林"]
    assert {"喜力", "SuperX"} <= {p.name for p in r["products"]}


def test_a_model_after_a_chip_word_and_the_currency_after_a_sum():
    r = analyse("联发科今日发表新一代旗舰5G晶片天玑9400。联发科第三季营收为1319.7亿元新台币。此次IPO发行价为每股21美元。")
    assert "天玑9400" in {p.name for p in r["products"]} and "O" not in {p.name for p in r["products"]}
    assert any(f.value == 131_970_000_000 and "营收" in f.text for f in r["figures"])


def test_a_model_named_after_its_maker_is_the_side_of_a_rivalry():
    r = analyse("小米汽车正式推出首款车型小米SU7。小米SU7将与特斯拉Model 3、极氪007在中高端纯电轿车市场展开直接竞争。"
                "喜茶宣布旗下多款饮品降价。")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("小米SU7") == "小米" and owners.get("Model 3") == "特斯拉"
    assert {frozenset(("小米SU7", "Model 3"))} <= pairs(r)
    assert not any(n.startswith("多款") for n in owners)


def test_rivals_forming_competition_and_launched_common_words_are_no_products():
    r = analyse("恒瑞医药董事长孙飘扬表示欢迎。恒瑞医药与信达生物、华东医药等国内药企形成竞争。"
                "同花顺近日推出金融大模型问财。东方财富则发布了自研金融大模型“妙想”。阿里巴巴集团旗下的盒马宣布，侯毅将退休。")
    assert {frozenset(("恒瑞医药", "信达生物")), frozenset(("恒瑞医药", "华东医药"))} <= pairs(r)
    names = {p.name for p in r["products"]}
    assert not {"金融", "自研金融", "盒马宣布"} & names


def test_no_company_is_its_own_rival_and_a_known_company_s_latin_product_after_de():
    r = analyse("金山办公CEO章庆元表示，WPS AI将与微软的Copilot展开竞争。哪吒汽车与零跑汽车、小鹏汽车的差距正在拉大。")
    assert not [p for p in r["competitors"] if p[0].startswith(p[1]) or p[1].startswith(p[0])]
    assert ("Copilot", "微软") in {(p.name, p.owner) for p in r["products"]}
    assert frozenset(("哪吒汽车", "零跑汽车")) in pairs(r)


def test_a_list_before_competition_is_fierce_is_set_against_the_subject():
    r = analyse("蓝鲸咖啡有限公司（以下简称“蓝鲸”）今日开业。在现制咖啡行业，蓝鲸与库迪、挪瓦、Manner等品牌竞争激烈。")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("蓝鲸", x)) for x in ("库迪", "挪瓦", "Manner")}


def test_we_in_an_interview_is_the_articles_company_and_a_way_of_working_is_no_partnership():
    r = analyse("极光创始人兼CEO陈晨接受了专访。陈晨：我们和英特尔、AMD正面竞争，靠的是性价比和开放的合作模式。极光很强。")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("极光", "英特尔")), frozenset(("极光", "AMD"))}
    assert "AMD正面" not in {o.name for o in r["organizations"]}  # the list ends where 正面竞争 begins


def test_a_period_end_is_not_the_day_of_the_event_and_a_bracket_splits_no_clause():
    doc = build_document("t", "t.txt", "某集团公布业绩\n2024年11月15日\n某集团昨日公布截至2024年9月30日止的季度业绩。"
                         "2024年11月18日，携程集团（纳斯达克：TCOM；港交所：9961）公布2024年第三季度业绩。", "utf-8")
    from analysis.extract.facts import find_events

    assert [e.date for e in find_events(doc)] == ["2024-11-14", "2024-11-18"]


def test_a_latin_product_keeps_its_domain_and_quote_marks_make_no_product():
    r = analyse("携程旗下的国际OTA平台Trip.com的总收入同比增长约60%。阿里巴巴旗下的速卖通也推出了“半托管”模式应战。")
    names = {p.name for p in r["products"]}
    assert "Trip.com" in names and not any("”" in n for n in names)


def test_brands_under_a_company_named_short_and_no_kind_of_product_as_a_name():
    r = analyse("蓝星汽车股份有限公司（以下简称“蓝星汽车”）递交上市申请。蓝星旗下拥有蓝星、远途、捷行、iCAR等品牌。"
                "一加成为OPPO旗下的品牌，继续独立运营。")
    products = {p.name: p.owner for p in r["products"]}
    assert {"远途": "蓝星汽车", "捷行": "蓝星汽车", "iCAR": "蓝星汽车"}.items() <= products.items()
    assert "蓝星" not in products and "品牌" not in products


def test_a_metric_runs_over_its_overlapping_words_and_values_lose_float_noise():
    figures = figures_of("唯品会实现净营收1128.6亿元，活跃用户数为4350万。")
    assert [(f.value, f.text) for f in figures] == [(112_860_000_000, "净营收1128.6亿元"), (43_500_000, "活跃用户数为4350万")]


def test_numbered_brands_under_a_company_and_a_speaker_after_a_title():
    r = analyse("传音控股发布年报。传音旗下拥有TECNO、itel和Infinix三大手机品牌。传音控股董事长竺兆江表示，公司将继续深耕非洲。"
                "高德地图总裁郭宁表示，高德将推出新一代导航。百度地图总经理李莹透露，百度地图已经接入大模型。")
    assert {p.name for p in r["products"]} >= {"TECNO", "itel", "Infinix"}
    assert ("竺兆江", "公司将继续深耕非洲。") in {(q.speaker, q.text) for q in r["quotes"]}
    assert "百度地图" not in {u.name for u in r["units"]}  # a product's head, not a unit of 百度


def test_an_interview_with_reporter_questions_and_name_colon_answers():
    doc = build_document("t", "t.txt", "对话李斌：换电站是护城河\n记者：今年的交付目标是多少？\n"
                         "李斌：全年我们希望交付超过23万辆，乐道L60上市一个月订单已经突破2万台。\n记者：你担心竞争吗？\n"
                         "李斌：竞争是好事。\n", "utf-8")
    r = analyse_document(doc).results
    assert "今年的交付目标是多少" in doc.text  # a question is content, not a byline
    assert [p.name for p in r["people"]] == ["李斌"]
    assert {q.text[:5] for q in r["quotes"] if q.speaker == "李斌"} == {"全年我们希", "竞争是好事"}
    assert "乐道L60" in {p.name for p in r["products"]}  # the brand written right before its model's code


def test_a_brand_no_lexicon_has_names_its_models():
    r = analyse("理想L6、理想L7与问界M7、问界M9正面竞争。理想汽车交付了5万辆。")
    assert {"问界M7": "问界", "问界M9": "问界"}.items() <= {p.name: p.owner for p in r["products"]}.items()


def test_a_list_of_one_makers_named_products():
    r = analyse("网易有道宣布整合有道词典、有道翻译和有道AI学习机等业务。有道词典是老牌产品。")
    assert {"有道词典", "有道翻译", "有道AI学习机"} <= {p.name for p in r["products"] if p.owner == "网易有道"}


def test_fifteenth_batch_rules_for_products_figures_events_and_quotes():
    doc = build_document("t", "t.txt", "小米汽车交付 2024\n2024年11月1日\n@雷军：感谢大家的支持！\n"
                         "小米SU7全年交付10万台。小米SU7于3月28日上市。有网友评论称，小米SU7竞争激烈。\n"
                         "2024年1至10月，极氪累计交付新车16.8万辆。宁德时代推出了神行Plus电池，续航突破1000公里。\n"
                         "储能电池出货量有望突破50GWh。沐瞳科技成立于2014年，旗下手游《无尽对决》很受欢迎。\n"
                         "原QQ浏览器、腾讯新闻等业务整合。字节跳动游戏业务朝夕光年由严授负责。\n转发 1.2万 | 评论 3.4万 | 点赞 28万\n",
                         "utf-8")
    r = analyse_document(doc).results
    products = {p.name: p.owner for p in r["products"]}
    assert {"小米SU7": "小米", "神行Plus": "宁德时代", "腾讯新闻": "腾讯"}.items() <= products.items()
    assert products.get("无尽对决") == "沐瞳科技" and "字节跳动游戏" not in products and "神行Plus电池" not in products
    assert {(f.value, f.unit) for f in r["figures"]} >= {(1000, "公里"), (50, "GWh")}
    assert "2024-10" not in {e.date for e in r["events"]}  # 1至10月 is a period
    assert [q.speaker for q in r["quotes"]] == ["雷军"] and "雷军" in {p.name for p in r["people"]}
    assert "转发" not in doc.text


def test_rivals_each_pair_of_a_list_before_zhijian_and_each_clause_on_its_own():
    r = analyse("业内人士指出，OpenAI与谷歌之间的竞争正在传导，百度、阿里、字节跳动之间的大模型竞争也愈发激烈。")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert pairs == {frozenset(p) for p in [("OpenAI", "谷歌"), ("百度", "阿里"), ("百度", "字节跳动"), ("阿里", "字节跳动")]}


def test_a_known_name_inside_a_common_word_is_the_shorter_name():
    r = analyse("据京东方面透露，京东外卖日订单量已突破1000万单。京东与美团的竞争才刚刚开始。")
    assert "京东方" not in {o.name for o in r["organizations"]}


def test_titles_listed_before_their_kind_share_it():
    r = analyse("网易CEO丁磊表示，《燕云十六声》和《永劫无间》手游将成为下半年的重点产品。网易与腾讯竞争激烈。")
    assert {"燕云十六声", "永劫无间"} <= {p.name for p in r["products"] if p.owner == "网易"}


def test_seventeenth_batch_rules_for_products_and_rivals():
    r = analyse("本轮融资将用于人形机器人H1和四足机器人Go2的研发。公司将推出首款纯电SUV理想i8。学而思学习机的销量保持增长。"
                "极兔速递与中通快递、圆通速递、韵达之间的价格战仍未停止。在内地新能源汽车市场，理想汽车与问界的竞争日趋激烈。"
                "据第三方机构星图数据统计，618全网销售额为7428亿元。")
    products = {p.name for p in r["products"]}
    assert {"H1", "Go2", "理想i8", "学而思学习机"} <= products
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset(("极兔速递", "中通快递")) in pairs and frozenset(("中通快递", "圆通速递")) not in pairs  # A与B、C之间
    orgs = {o.name for o in r["organizations"]}
    assert "新能源汽车" not in orgs and "星图数据" in orgs


def test_a_report_s_period_dates_no_event_and_a_known_name_only_inside_a_longer_one_is_that_one():
    doc = build_document("t", "t.txt", "海尔智家公布业绩\n2024年8月29日\n海尔智家昨日公布2024年中期业绩，收入增长2.2%。"
                         "海尔智家董事长李华刚表示，海外收入占比超过50%。\n", "utf-8")
    r = analyse_document(doc).results
    assert [e.date for e in r["events"]] == ["2024-08-28"]
    assert {o.name: o.aliases for o in r["organizations"]} == {"海尔智家": ("海尔",)}


def test_twentieth_batch_rules_for_rivals():
    title_list = analyse_document(build_document("t", "t.txt", "美团、饿了么、京东外卖补贴战升级\n五一期间，美团宣布投入10亿元；"
                                                 "饿了么推出超级品牌日；京东外卖日订单量约为2000万单。", "utf-8")).results
    assert {frozenset(p) for p in title_list["competitors"]} == {frozenset(p) for p in [
        ("美团", "饿了么"), ("美团", "京东"), ("饿了么", "京东")]}
    r = analyse("摩尔线程智能科技（北京）有限责任公司（以下简称“摩尔线程”）完成融资。"
                "摩尔线程与壁仞科技、沐曦之间的竞争正在加剧，而英伟达仍占据国内高端GPU市场的主导地位。"
                "京东物流（JD Logistics）与顺丰控股、中通快递之间的竞争日趋激烈。奇瑞汽车与吉利汽车的竞争日益激烈。")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset(("摩尔线程", "英伟达")) not in pairs and frozenset(("摩尔线程", "沐曦")) in pairs
    assert "京东" not in {o.name for o in r["organizations"]}  # JD is the start of JD Logistics
    assert frozenset(("奇瑞汽车", "吉利汽车")) in pairs  # 吉利 is only ever part of 吉利汽车 here


def test_a_latin_model_with_a_lowercase_first_letter_after_its_maker():
    r = analyse("今年华为Mate 60系列手机在中国市场热卖，与苹果iPhone 15的竞争日趋激烈。")
    assert {"Mate 60": "华为", "iPhone 15": "苹果"}.items() <= {p.name: p.owner for p in r["products"]}.items()


def test_twenty_second_batch_rules_for_products_and_rivals():
    r = analyse("10月30日，荣耀在深圳发布旗舰手机荣耀Magic7系列。在AI助手领域，文心一言与字节跳动的豆包、月之暗面的Kimi之间的竞争"
                "日趋激烈。在国内大模型领域，腾讯混元与百度文心一言、阿里通义千问的竞争正在加剧。新能源汽车的价格战还将持续。")
    products = {p.name: p.owner for p in r["products"]}
    assert {"荣耀Magic7": "荣耀", "豆包": "字节跳动", "Kimi": "月之暗面"}.items() <= products.items()
    pairs = {frozenset(p) for p in r["competitors"]}
    assert {frozenset(("文心一言", "豆包")), frozenset(("文心一言", "Kimi")), frozenset(("混元", "通义千问"))} <= pairs
    assert not any("百度文心一言" in p for p in pairs) and "新能源汽车" not in {o.name for o in r["organizations"]}


def test_brands_counted_after_a_list_under_qixia_and_a_model_after_its_maker():
    r = analyse("鼎泰集团发布通知，整合远星和MG远航两个品牌。华岭饮料旗下清泉随即降价，农夫山泉、清泉和娃哈哈三家企业"
                "之间的竞争还将持续。OpenAI o1正式版已开放。", title="行业动态 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("远星") == owners.get("MG远航") == "鼎泰集团"  # A和B两个品牌: the subject's brands
    assert owners.get("清泉") == "华岭饮料" and owners.get("o1") == "OpenAI"
    assert "娃哈哈" in {o.name for o in r["organizations"]}  # 娃哈哈三家企业: the count is no part of the name
    assert {frozenset(p) for p in r["competitors"]} >= {frozenset(("农夫山泉", "娃哈哈"))}


def test_the_side_after_yu_in_a_later_clause_is_set_against_each_before():
    r = analyse("字节跳动旗下豆包、阿里巴巴通义千问也在加快推出推理模型，与星海智能展开竞争。", title="大模型 2025")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset(("星海智能", "通义千问")) in pairs and frozenset(("字节跳动", "通义千问")) not in pairs
    assert "推理模型" not in {p.name for p in r["products"]}


def test_a_rates_base_is_no_figure_and_a_price_list_shares_its_metric():
    r = analyse("接口定价为每百万输入tokens 1元、每百万输出tokens 16元。12瓶装售价仅为11.9元。", title="降价 2025")
    got = {(f.value, f.unit) for f in r["figures"]}
    assert (1000000, "") not in got and {(1, "元"), (16, "元"), (12, "瓶"), (11.9, "元")} <= got


def test_models_with_a_brand_code_a_brand_before_pinpai_and_products_under_two_owners():
    r = analyse("问界M9已连续三个月位居50万元以上车型销量第一，超过了理想L9和奔驰GLE。问界新M7与理想L7展开竞争。"
                "iQOO品牌继续独立运营。Meta旗下的Instagram Reels和谷歌旗下的YouTube Shorts将是最大受益者。",
                title="汽车销量 2024-06-03")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("理想L9") == owners.get("理想L7") == "理想汽车"  # 理想 of 理想汽车 before a model's code
    assert "问界M9" in owners and "问界新M7" in owners  # a brand no lexicon has, 新 between it and the code
    assert owners.get("Instagram Reels") == "Meta" and owners.get("YouTube Shorts") == "谷歌"
    assert "iQOO" in owners
    assert frozenset(("问界M9", "理想L9")) in {frozenset(p) for p in r["competitors"]}  # 超过了: outsold


def test_votes_a_bracketed_day_and_a_forum_counter():
    from analysis.io.cleaning import boilerplate_reason

    r = analyse("宏碁（2353）昨（6）日召开法说会，公布第三季营收。美国众议院以352票赞成、65票反对通过了一项法案。",
                title="法说会 2024-11-07")
    assert ("2024-11-06", True) in {(e.date, "宏碁" in e.text) for e in r["events"]}
    assert {(352, "票"), (65, "票")} <= {(f.value, f.unit) for f in r["figures"]}
    assert boilerplate_reason("回复(128)  收藏  举报") == "forum post furniture"


def test_medicines_by_kind_by_maker_with_a_generic_name_and_by_their_generic_name():
    r = analyse("百济神州（06160.HK）公布财报。百济神州的BTK抑制剂百悦泽（泽布替尼）销售额增长。百悦泽正与强生和艾伯维的亚布力飞（伊布替尼）、阿斯利康的康可期"
                "展开竞争。公司将继续推进替雷利珠单抗在海外的商业化。", title="百济神州财报 2024")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("百悦泽") == owners.get("替雷利珠单抗") == "百济神州"
    assert owners.get("亚布力飞") == "艾伯维" and owners.get("康可期") == "阿斯利康"
    assert {frozenset(("百悦泽", "康可期")), frozenset(("百悦泽", "亚布力飞"))} <= {frozenset(p) for p in r["competitors"]}


def test_a_list_that_all_lose_in_a_price_war_a_side_outside_a_list_and_an_opening_qixia():
    r = analyse("在价格战中，隆基绿能、通威股份、晶科能源和天合光能四家企业均出现亏损。"
                "北京智谱华章科技有限公司（以下简称“智谱”）成立于2019年。月之暗面、MiniMax等创业公司都在快速追赶，智谱的优势在哪里？",
                title="行业 2024")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset(("通威股份", "天合光能")) in pairs  # all four in the war, each against each
    assert frozenset(("智谱", "MiniMax")) in pairs and frozenset(("月之暗面", "MiniMax")) not in pairs
    assert 4 not in {f.value for f in r["figures"]}  # 四家企业 counts the list just named
    r = analyse("周大福珠宝公布业绩。旗下的传福系列和故宫系列表现理想。周大福集团表示将推出新品。", title="周大福业绩 2024")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("传福系列") == owners.get("故宫系列") == "周大福珠宝"  # 旗下 opening a sentence: the company's
    assert "周大福集团" in {a for o in r["organizations"] for a in o.aliases}  # one company named two ways


def test_active_users_shares_rooms_and_no_event_in_a_question_or_a_period():
    r = analyse("今年以来，智谱完成多轮融资。明年会考虑上市吗？腾讯音乐旗下产品已拥有超过5.8亿月活跃用户，将以约5098万股收购喜马拉雅。"
                "周大福净关闭了约340间门店。", title="快讯 2024-07-15")
    got = {(f.value, f.unit) for f in r["figures"]}
    assert {(580000000, ""), (50980000, "股"), (340, "间")} <= got
    assert not [e for e in r["events"] if e.date in ("2024", "2025")]


def test_a_products_parent_company_a_medium_owns_nothing_and_a_long_comparison():
    r = analyse("据彭博社报道，通用AI Agent产品Manus的母公司蝴蝶效应完成新一轮融资。"
                "与OpenAI的Operator、Anthropic的Computer Use等产品相比，Manus更强调多智能体协作。"
                "在封测市场，日月光投控与美商艾克尔（Amkor）之间的竞争持续。", title="Manus融资 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("Manus") == "蝴蝶效应" and owners.get("Computer Use") == "Anthropic"
    pairs = {frozenset(p) for p in r["competitors"]}
    assert {frozenset(("Manus", "Operator")), frozenset(("Manus", "Computer Use"))} <= pairs
    assert frozenset(("Operator", "Computer Use")) not in pairs
    assert "Amkor" in {a for o in r["organizations"] for a in o.aliases}  # 美商X（Latin）: a glossed company


def test_products_under_qixia_in_a_later_clause_works_before_ip_and_counts_of_times():
    r = analyse("阅文集团（00772.HK）公布业绩。《庆余年》《诡秘之主》等IP的衍生品广受欢迎。报告期内，旗下起点读书App的月活跃用户同比增长11%。"
                "萝卜快跑已累计提供超过600万次出行服务，公司今年人形机器人的出货量将达到数千台。", title="阅文业绩 2025-03-17")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("起点读书") == owners.get("庆余年") == "阅文集团"
    values = {(f.value, f.unit) for f in r["figures"]}
    assert (6000000, "次") in values and not [v for v in values if v[0] == 1000]  # 数千: no number
    assert not [e for e in r["events"] if "累计" in e.text]


def test_chips_and_architectures_by_name_models_after_a_listing_verb_and_we_face_a_named_rival():
    r = analyse("英伟达推出了符合规定的H20芯片，Blackwell架构GPU将于下半年出货。零跑汽车旗下车型包括C11、C01和T03。"
                "黄仁勋：华为是一家非常强大的公司，我们在中国面临激烈的竞争。", title="专访 2024-07-16")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("H20") == owners.get("Blackwell") == "英伟达"
    assert {"C11", "C01", "T03"} <= set(owners) and not [n for n in owners if n.startswith(("包括", "车型"))]


def test_a_makers_numbered_product_a_mixed_script_brand_and_wholesale_prices():
    r = analyse("据今日酒价数据，飞天茅台整箱批发价跌至2200元/瓶。与此同时，茅台1935在多个电商平台降价至800元左右。"
                "蔚来旗下第三品牌firefly萤火虫的首款车型正式上市。英伟达2025财年营收创新高。努比亚将作为中兴旗下的独立品牌运营。",
                title="白酒 2024-06-12")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("茅台1935") in ("茅台", "贵州茅台") and owners.get("firefly萤火虫") == "蔚来"  # as the article calls it
    assert not [n for n in owners if n.startswith("英伟达") or "运营" in n]
    assert (2200, "元") in {(f.value, f.unit) for f in r["figures"]}


def test_rival_models_listed_with_their_makers_are_products_not_companies():
    r = analyse("荣耀发布旗舰手机Magic7系列，搭载自研的MagicOS系统和AI智能体YOYO。荣耀Magic7系列将与华为Mate70、小米15和vivo X200展开竞争。",
                title="荣耀发布会 2024-10-30")
    assert not {"vivo X200", "Mate70"} & {o.name for o in r["organizations"]}
    assert {"MagicOS", "YOYO", "小米15"} <= {p.name for p in r["products"]}


def test_a_product_described_as_an_organisations_and_its_owner_no_lexicon_knows():
    r = analyse("目前北辰在潮流电商领域与闲鱼、唯品会等平台竞争，其中潮货是闪豹旗下的导购平台。")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("潮货") == "闪豹" and "导购平台" not in owners
    assert "闪豹" in {o.name for o in r["organizations"]}


def test_a_latin_maker_launching_a_model_and_a_products_maker_inside_its_name():
    r = analyse("继OpenAI发布Sora、Pika发布Dream-2 Pro后，又一款产品上线。阿里云、百度智能云均已宣布大模型降价，"
                "火山引擎与两者的竞争日趋激烈。")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("Sora") == "OpenAI" and owners.get("Dream-2 Pro") == "Pika"
    assert ["火山引擎", "百度智能云"] in [sorted(p) for p in r["competitors"]] or \
        ["百度智能云", "火山引擎"] in [sorted(p) for p in r["competitors"]]


def test_rivals_listed_before_a_place_and_an_edition_is_no_product():
    r = analyse("友邦保险宣布回购。分析指，友邦与保诚、宏利在香港及东南亚市场竞争激烈。快手今日推出国际版。")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert {frozenset(("友邦保险", "保诚")), frozenset(("友邦保险", "宏利"))} <= pairs
    assert not any("东南亚" in n for p in pairs for n in p) and "国际版" not in {p.name for p in r["products"]}


def test_models_after_de_prices_and_a_model_code_only_inside_its_full_name():
    r = analyse("北辰科技旗舰机型北辰K20 Pro在京东的到手价已降至2999元，较首发价下调超过1000元；"
                "南风科技的Z40 Ultra降价至3999元；东岳科技则推出了售价仅为2599元的T30 Pro。已有超过50万用户申请试用。")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("Z40 Ultra") == "南风科技" and owners.get("T30 Pro") == "东岳科技" and "北辰K20" not in owners
    values = {f.value for f in r["figures"]}
    assert {2999, 1000, 3999, 2599, 500000} <= values


def test_quoted_assistants_group_nicknames_mutual_rivals_and_an_interviewees_side():
    r = analyse("百川智能发布了AI助手“跃星”。百川智能与智谱、MiniMax、月之暗面并称大模型“四小虎”，彼此竞争激烈。"
                "我们的搜索助手万识还会继续运营。问：和阿里通义、字节豆包这些大厂的产品相比，你们的优势在哪里？")
    names = {p.name: p.owner for p in r["products"]}
    assert names.get("跃星") == "百川智能" and "四小虎" not in names and "万识" in names and "通义" in names
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset(("智谱", "MiniMax")) in pairs and frozenset(("百川智能", "月之暗面")) in pairs
    assert frozenset(("百川智能", "通义")) in pairs and "万识" not in {p.name for p in r["people"]}


def test_a_rivalry_clause_beside_a_partnership_with_a_third_company():
    r = analyse("纬达科技在AI服务器代工市场与广达、鸿海竞争激烈，三家厂商均为英伟达的主要合作伙伴。")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset(("纬达科技", "广达")) in pairs and frozenset(("纬达科技", "鸿海")) in pairs


def test_a_lead_investor_a_name_before_a_date_and_a_count_of_companies_named_before():
    r = analyse("钛媒体App 11月27日消息，本轮由上海国投先导人工智能基金领投，腾讯跟投。"
                "纬达科技在AI服务器代工市场与广达、鸿海竞争激烈，三家厂商均为英伟达的主要合作伙伴。")
    assert "上海国投先导人工智能基金" in {o.name for o in r["organizations"]}
    assert not any(p.name.startswith("App") for p in r["products"])
    assert 3 not in {f.value for f in r["figures"]}


def test_a_known_products_model_code_products_listed_before_their_kind_and_chip_counts():
    r = analyse("华为的昇腾910C芯片也开始批量出货。百度智能云负责千帆大模型平台和一见等产品。2024年H20出货量约为100万片。"
                "苏宁易购2013年营收增长。")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("昇腾910C") == "华为" and owners.get("一见") == "百度" and "千帆大模型平台" in owners
    assert not any(n.startswith("苏宁易购2") for n in owners)
    assert 1000000 in {f.value for f in r["figures"]}


def test_a_work_made_by_a_studio_a_platform_spoken_on_a_device_after_a_brand_and_a_ranking():
    r = analyse("由游戏科学开发的国产3A游戏《黑神话：悟空》于8月20日正式发售。游戏科学创始人冯骥在微博上表示，这只是一个开始。"
                "小度智能屏的出货量位居国内第一，与天猫精灵、小米小爱音箱形成三强格局。")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("黑神话：悟空") == "游戏科学" and "微博" not in owners and owners.get("小度智能屏") == "百度"
    assert frozenset(("小度智能屏", "天猫精灵")) in {frozenset(p) for p in r["competitors"]}


def test_a_subsidiary_its_titled_game_a_sized_model_a_list_with_yiji_and_a_maker_named_model():
    r = analyse("搜狐旗下游戏公司畅游的《天龙八部》系列继续贡献主要收入。TCL的98英寸Q10K则降至9999元。"
                "小米YU7正式上市，YU7将与特斯拉Model Y、理想L6以及问界M7正面竞争。")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("天龙八部") == "畅游" and "游戏公司畅游" not in owners and owners.get("Q10K") == "TCL"
    assert "畅游" in {o.name for o in r["organizations"]} and "天龙八部" not in {u.name for u in r["units"]}
    assert not any(n.endswith("以") for p in r["competitors"] for n in p)
    assert not ({"小米YU7", "YU7"} <= set(owners))
    assert 8 not in {f.value for f in r["figures"]}


def test_rivals_in_a_market_a_foreign_brand_in_a_list_and_both_sides_named_before():
    r = analyse("台达电（2308）公布财报。台达电与光宝科、康舒在伺服器电源市场竞争。"
                "安踏将与李宁、特步以及海外品牌The North Face（北面）展开更激烈的竞争。")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert {frozenset(("台达电", "光宝科")), frozenset(("安踏", "李宁")), frozenset(("安踏", "The North Face"))} <= pairs
    r = analyse("上汽通用五菱宣布降价。就在一周前，比亚迪刚刚把海鸥的起售价下调至6.98万元。两家在10万元以下电动车市场的竞争愈发激烈。")
    assert frozenset(("上汽通用五菱", "比亚迪")) in {frozenset(p) for p in r["competitors"]}


def test_three_companies_price_war_works_in_a_run_of_titles_and_the_companys_own_platforms():
    r = analyse("业内人士认为，字节、阿里、百度三家大厂的价格战，将对月之暗面、智谱等创业公司形成较大压力。"
                "天美工作室群出品了《王者荣耀》《使命召唤手游》等游戏。")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert len(pairs) == 3 and not any("月之暗面" in p for p in pairs)
    assert {p.name: p.owner for p in r["products"]}.get("使命召唤手游") == "天美工作室群"
    r = analyse("中国中免（601888）发布年报。公司旗下的cdf会员购、中免日上等线上平台全年实现销售额约120亿元。"
                "智能驾驶芯片公司地平线（Horizon Robotics，09660.HK）今日在香港联交所主板挂牌上市。")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("cdf会员购") == "中国中免" and owners.get("中免日上") == "中国中免"
    assert not any(n.endswith("地平") for n in owners)


def test_a_war_the_article_is_about_a_sub_brand_and_an_advantage_over_a_rival():
    r = analyse("6月1日，京东宣布其外卖业务日订单量突破2500万单。京东创始人刘强东表示将长期投入。"
                "美团CEO王兴此前表示，美团会不惜代价赢得这场竞争。阿里巴巴旗下的饿了么也宣布加入补贴大战。")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert {frozenset(("京东", "美团")), frozenset(("京东", "饿了么"))} <= pairs
    r = analyse("OPPO首席执行官陈明永今日发布内部信，宣布realme真我将作为子品牌回归OPPO体系。"
                "分析人士认为，关税将削弱Temu、SHEIN相对于亚马逊的价格优势。")
    assert {p.name: p.owner for p in r["products"]}.get("realme") == "OPPO"
    pairs = {frozenset(p) for p in r["competitors"]}
    assert {frozenset(("Temu", "亚马逊")), frozenset(("SHEIN", "亚马逊"))} <= pairs


def test_an_edition_is_no_product_a_groups_named_businesses_and_a_ranking():
    r = analyse("比亚迪共推出21款“智驾版”车型。蚂蚁集团旗下的支付宝、蚂蚁财富和芝麻信用等业务将分别归入相应板块。"
                "2024年第四季度联想在全球PC市场的份额为24.5%，继续位居第一，惠普和戴尔分列二三位。")
    owners = {p.name: p.owner for p in r["products"]}
    assert "智驾版" not in owners and owners.get("芝麻信用") == "蚂蚁集团"
    pairs = {frozenset(p) for p in r["competitors"]}
    assert {frozenset(("联想", "惠普")), frozenset(("联想", "戴尔"))} <= pairs


def test_sides_paired_respectively_and_not_restated_for_a_product():
    r = analyse("极狐汽车推出的极狐S5与阿维塔07，分别与比亚迪宋PLUS、小鹏P7竞争。", title="新车上市 2025")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("极狐S5", "宋PLUS")), frozenset(("阿维塔07", "小鹏P7"))}
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("阿维塔07") == "阿维塔"  # a known maker's number with a leading zero is a model
    r = analyse("光明与君乐宝的竞争愈发激烈。君乐宝旗下悦鲜活与光明的优倍、如实在低温奶市场正面竞争。", title="乳业竞争 2025")
    assert [set(p) & {"光明", "光明乳业", "君乐宝"} for p in r["competitors"]] == [set(r["competitors"][0])]
    assert len(r["competitors"]) == 1  # 优倍、如实, written as 光明's, restate 光明 against 君乐宝


def test_a_known_brand_s_numbered_model_and_a_price_band():
    r = analyse("10月30日，vivo旗下子品牌iQOO发布iQOO 15，起售价4199元。", title="新机发布 2025")
    assert {p.name: p.owner for p in r["products"]}.get("iQOO 15") == "vivo"
    r = analyse("理想i6的售价为24.98万元起，与特斯拉Model Y和小米YU7处于同一价格区间。", title="理想i6上市 2025")
    assert frozenset(("理想i6", "Model Y")) in {frozenset(p) for p in r["competitors"]}


def test_platforms_named_by_their_operator_and_their_listed_parent():
    r = analyse("网上招聘平台BOSS直聘母公司看准科技（02076.HK、BZ.US）昨日公布业绩。看准科技创始人赵鹏表示，会继续投入AI。"
                "公司同日宣布，财务总监涂谷辞任。BOSS直聘与猎聘、智联招聘和58同城竞争。其中猎聘由同道猎聘集团营运，58同城旗下则有58招聘。"
                "据看准科技财报，收入增长。", title="BOSS直聘母公司看准科技季度营收增长 2024")
    orgs = {o.name for o in r["organizations"]}
    assert "看准科技" in orgs and not orgs & {"科技", "BOSS直聘母公司", "猎聘"}
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("BOSS直聘") == "看准科技" and owners.get("猎聘") == "同道猎聘集团" and owners.get("58招聘") == "58同城"
    assert "财报" not in owners
    assert {(x.person, x.org) for x in r["roles"]} >= {("涂谷", "看准科技")}  # 公司: the title's company


def test_products_listed_before_their_kind_and_a_signing_fee_is_no_partnership():
    r = analyse("金山办公今日发布全员信。胡欢负责WPS AI和金山文档的产品与商业化。金山办公的WPS AI与微软的Copilot正面竞争。", title="金山办公调整 2024")
    assert {"WPS AI", "金山文档"} <= {p.name for p in r["products"]}
    r = analyse("虎牙与斗鱼今年上半年围绕头部主播的争夺再度升级，一线主播的签约费较两年前翻了一倍。", title="游戏直播 2024")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("虎牙", "斗鱼"))}


def test_a_best_seller_a_measure_after_a_known_product_and_questions_are_no_sides():
    r = analyse("截至2024年底，茶百道门店达到8000家。其中，大单品杨枝甘露累计售出超过3亿杯。", title="茶百道上市 2025")
    assert {p.name: p.owner for p in r["products"]}.get("杨枝甘露") == "茶百道"
    assert any(f.value == 300000000 and f.unit == "杯" for f in r["figures"])
    r = analyse("据今日酒价，泸州老窖旗下的国窖1573批价也跌到了830元左右。", title="白酒价格战 2024")
    assert "国窖1573" in {p.name for p in r["products"]} and any(f.value == 830 for f in r["figures"])
    r = analyse("晚点：怎么看和苹果iOS的竞争？", title="专访华为 2024")
    assert "怎么看" not in {o.name for o in r["organizations"]}


def test_models_with_a_latin_word_after_a_space_and_a_maker_named_before_its_brand():
    r = analyse("南方航空则计划引进波音737 MAX。荣耀Magic8搭载高通骁龙8 Elite处理器。", title="新机 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("737 MAX") == "波音" and owners.get("骁龙8 Elite") == "高通"
    r = analyse("华为22日晚间发表自研手机晶片「麒麟X90」，业界指出，麒麟X90的效能直指高通骁龙8 Elite与联发科天玑9400。", title="华为新芯片 2025")
    assert {frozenset(p) for p in r["competitors"]} >= {frozenset(("麒麟X90", "骁龙8 Elite")), frozenset(("麒麟X90", "天玑9400"))}


def test_a_subsidiary_s_products_are_its_own_not_its_parent_s():
    r = analyse("京东健康旗下的京东大药房仍是收入主力。阿里健康则依托天猫医药平台，旗下的阿里健康大药房在天猫开设旗舰店。", title="医药电商 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("京东大药房") == "京东健康" and owners.get("阿里健康大药房") == "阿里健康"
    assert owners.get("天猫医药") == "阿里巴巴" and "大药房" not in owners
    assert any(f.value == 7 and f.unit == "架" for f in analyse("东方航空已接收7架C919。", title="民航 2025")["figures"])


def test_a_wire_dateline_is_no_event_and_a_change_takes_effect_on_its_day():
    r = analyse("新华社北京3月29日电 记者从中国海油获悉，海油宣布公司组织架构调整，自4月9日起正式生效。", title="中国海油架构调整 2024")
    assert {e.date for e in r["events"]} == {"2024-04-09"}


def test_rivals_products_each_written_as_its_owner_s():
    r = analyse("作为腾讯发起设立的民营银行，微众银行的微粒贷与蚂蚁集团的借呗、京东金融的金条在消费贷市场展开竞争。", title="消费贷 2024")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("微粒贷") == "微众银行" and owners.get("金条") in ("京东金融", "京东")
    assert not any("腾讯" in p for p in r["competitors"])  # 作为腾讯发起设立的…: an aside, no side
    r = analyse("汽车之家今年首季收入16.2亿元。公司的主要对手包括懂车帝和易车。", title="汽车之家业绩 2024")
    assert frozenset(("汽车之家", "易车")) in {frozenset(p) for p in r["competitors"]}


def test_a_list_opening_a_clause_before_its_kind_a_brand_s_model_and_units_are_no_drugs():
    r = analyse("2023年，复星医药实现营业收入414亿元，其中创新药收入超过65亿元，汉利康、汉曲优等产品保持增长。原创新药研发中心并入创新药事业部。",
                title="复星医药 2024")
    names = {p.name for p in r["products"]}
    assert {"汉利康", "汉曲优"} <= names and not names & {"研发中心", "事业部总裁"}
    r = analyse("北汽集团董事长姜德义表示，极狐要对标特斯拉。享界是北汽与华为合作推出的品牌，享界S9于今年8月上市。", title="享界S9上市 2024")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("享界") in ("北汽", "北汽集团") and owners.get("享界S9") == owners.get("享界")
    r = analyse("中通快递第三季度包裹量达85.8亿件，同比增长15.1%。我们要把几个大单品做深。", title="中通快递 2024")
    assert any(f.value == 8580000000 and f.unit == "件" for f in r["figures"]) and "做深" not in {p.name for p in r["products"]}


def test_a_product_named_after_launched_and_a_platform_s_kind_after_its_name():
    r = analyse("满帮集团发布财报。旗下运满满和货车帮平台的月活保持增长。满帮推出的省省回头车与货拉拉正面竞争。字节跳动去年推出的免费音乐App增长很快。",
                title="满帮集团财报 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("货车帮") in ("满帮集团", "满帮") and owners.get("省省回头车") in ("满帮集团", "满帮")
    assert "免费音乐App" not in owners and "货车帮平台" not in owners


def test_verbs_are_no_brands_and_a_clause_after_a_known_product_is_no_part_of_it():
    r = analyse("10月24日晚，OPPO发布Find X8系列，包括Find X8和Find X8 Pro两款机型，预装ColorOS 15系统。", title="OPPO新机 2024")
    names = {p.name for p in r["products"]}
    assert not any(n.startswith(("包括", "预装")) for n in names) and "Find X8 Pro" in names
    r = analyse("腾讯音乐旗下的QQ音乐和酷狗音乐曲库最全，米家扫拖机器人卖得也好。", title="音乐平台 2025")
    names = {p.name for p in r["products"]}
    assert "酷狗音乐" in names and "酷狗音乐曲库最全" not in names


def test_products_also_launched_and_brands_listed_before_their_kind():
    r = analyse("4月21日，宁德时代发布钠离子电池品牌钠新。同时发布的还有第二代神行超充电池和骁遥双核电池。", title="宁德时代科技日 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("神行超充电池") == owners.get("骁遥双核电池") == "宁德时代"
    r = analyse("统一企业中国（00220.HK）公布业绩。饮料业务以统一冰红茶、统一绿茶和海之言为主力；汤达人、开小灶等品牌表现亮眼。在方便面市场，统一与康师傅竞争。",
                title="统一企业中国业绩 2024")
    owners = {p.name: p.owner for p in r["products"]}
    assert {"汤达人", "开小灶", "海之言"} <= set(owners) and "汤达人" not in {o.name for o in r["organizations"]}


def test_a_latin_name_s_last_word_is_no_organisation_of_its_own():
    r = analyse("9月10日，美团旗下外卖品牌Keeta在沙特上线。在沙特，Keeta将与Delivery Hero旗下的HungerStation竞争。", title="Keeta进入中东 2024")
    assert "Hero" not in {o.name for o in r["organizations"]}
    assert {p.name: p.owner for p in r["products"]}.get("HungerStation") == "Delivery Hero"


def test_a_brand_after_its_kind_under_a_group_a_handheld_and_a_product_launched_first():
    r = analyse("3月26日，蜜雪集团发布年报。旗下咖啡品牌幸运咖门店已突破4000家。在平价咖啡市场，幸运咖与瑞幸咖啡、库迪咖啡展开竞争。",
                title="蜜雪集团年报 2025")
    assert "幸运咖" in {p.name for p in r["products"]}
    assert frozenset(("幸运咖", "瑞幸咖啡")) in {frozenset(p) for p in r["competitors"]}
    r = analyse("宏碁昨日在CES展发表掌上型游戏机Nitro Blaze 11，售价999美元。宏碁也同步推出新款笔电。", title="宏碁推出掌机 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("Nitro Blaze 11") == "宏碁" and "新款笔电" not in owners  # a kind, no name
    r = analyse("在无糖茶市场，三得利乌龙茶卖得也好。", title="无糖茶 2025")
    assert {p.name: p.owner for p in r["products"]}.get("三得利乌龙茶") == "三得利"  # a company and a kind of drink


def test_a_wire_s_date_dates_the_news_that_follows_it():
    r = analyse("财联社3月31日电，阿维塔科技向港交所递交上市申请。", title="阿维塔递交港股招股书 2025")
    assert {e.date for e in r["events"]} == {"2025-03-31"}


def test_models_named_before_their_kind_and_spaced_model_names():
    r = analyse("金蝶将统筹苍穹GPT大模型平台的研发。用友网络此前已推出YonGPT企业大模型。极米科技发布极米RS 10 Ultra，售价9999元。"
                "极米科技董事长钟波表示，极米RS 10 Ultra是今年的旗舰。", title="企业软件与投影仪 2025")
    names = {p.name for p in r["products"]}
    assert {"苍穹GPT", "YonGPT", "极米RS 10 Ultra"} <= names and "YonGPT企业" not in names


def test_a_platforms_service_is_its_owners_product_and_the_stem_of_a_rival_is_its_short_name():
    r = analyse("途虎养车推出洗车活动，天猫养车上线保养套餐，京东养车补贴门店。途虎不会参与无底线的补贴。",
                title="途虎、天猫养车、京东养车抢夺下沉市场")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("天猫养车") == "阿里巴巴" and owners.get("京东养车") == "京东"
    assert {frozenset(p) for p in r["competitors"]} >= {frozenset(("天猫养车", "京东养车"))}


def test_a_device_kind_is_named_with_its_maker_and_a_latin_makers_model_word():
    r = analyse("上周小米发布了首款AI眼镜。现在主要就三家：小米AI眼镜、雷鸟V3和Rokid Glasses。Rokid创始人祝铭明说要卖30万台。",
                title="AI眼镜该买哪家 2025")
    names = {p.name for p in r["products"]}
    assert {"小米AI眼镜", "Rokid Glasses"} <= names and not {"AI眼镜", "首款AI眼镜"} & names


def test_a_counted_list_that_vies_is_rivals_each_with_each():
    r = analyse("三家电商平台Temu、TikTok Shop和SHEIN正在争夺同一批消费者。")
    assert len({frozenset(p) for p in r["competitors"]}) == 3


def test_a_model_after_its_makers_short_name_and_de():
    r = analyse("在人形机器人赛道，银河通用与智元机器人竞争。智元的远征A2同样在推进商业化。")
    assert ("远征A2", "智元机器人") in {(p.name, p.owner) for p in r["products"]}


def test_a_quote_goes_on_in_its_paragraph():
    r = analyse("云鲸创始人张峻彬表示，资金将用于研发。“扫地机器人已经进入拼技术的阶段。”\n极米科技CEO钟波接受了专访。\n问：海外如何？\n"
                "答：钟波：行业在调整。我们不跟着降价。\n问：明年呢？")
    texts = {q.speaker: q.text for q in r["quotes"]}
    assert "拼技术" in texts["张峻彬"] and "不跟着降价" in texts["钟波"]


def test_a_deal_sum_with_its_round_and_a_price_as_low_as():
    r = analyse("云鲸智能完成1亿美元新一轮融资。天猫养车的保养套餐低至199元。")
    assert {(f.value, f.unit) for f in r["figures"]} >= {(100000000, "美元"), (199, "元")}


def test_products_against_products_when_no_company_stands_apart():
    r = analyse("迅雷（XNET.US）宣布换帅。迅雷旗下产品包括迅雷下载和迅雷云盘。在网盘市场，迅雷云盘与百度网盘、阿里云盘竞争。")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset(("迅雷云盘", "百度网盘")) in pairs and frozenset(("百度", "迅雷云盘")) not in pairs


def test_others_who_also_vie_join_the_rivalry_told_before():
    r = analyse("速腾聚创与禾赛科技的价格战愈演愈烈。图达通、华为也在争夺同一批客户。")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert {frozenset(("图达通", "速腾聚创")), frozenset(("华为", "禾赛科技"))} <= pairs
    assert frozenset(("图达通", "华为")) not in pairs


def test_a_model_named_by_its_code_alone_after_qizhong_and_a_glossed_platform():
    r = analyse("红旗H9和红旗HQ9是主力车型，其中HQ9主要对标腾势D9和理想MEGA。第四范式（06682.HK）发布业绩。其中，核心业务先知AI平台"
                "（Sage AI）收入为31.1亿元。")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset(("红旗HQ9", "腾势D9")) in pairs and not any("红旗" in p for p in pairs)
    assert "先知AI平台" in {p.name for p in r["products"]}


def test_a_kind_before_a_company_and_a_kind_after_a_model_are_no_names():
    r = analyse("激光雷达公司禾赛科技（HSAI.US）今日发布全员邮件。速腾聚创在4月发布了MX激光雷达，禾赛的ATX激光雷达随即降价。ADAS产品AT128是主力。")
    assert "激光雷达" not in {o.name for o in r["organizations"]}
    names = {p.name for p in r["products"]}
    assert {"MX", "AT128"} <= names and not {"MX激光雷达", "ADAS", "产品AT128"} & names


def test_a_short_latin_name_of_a_registered_company_and_the_product_it_runs():
    r = analyse("智通财经5月15日讯，社交平台Soul的运营方上海任意门科技有限公司（以下简称“Soul Group”）今日向港交所递交上市申请。"
                "Soul的主要竞争对手包括陌陌、探探和微信旗下的视频号。", title="Soul母公司赴港递表 2025")
    company = next(o for o in r["organizations"] if "Soul Group" in (o.name, *o.aliases))
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("Soul") == company.name and "Soul Group" not in owners
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset(("Soul", "视频号")) in pairs and frozenset(("Soul", "微信")) not in pairs


def test_a_platform_named_like_its_company_a_system_code_and_a_kind_under_qixia():
    r = analyse("转转推出回收活动，闲鱼上线新服务。转转是转转集团旗下的二手交易平台。微盟的WOS新商业操作系统客户数稳步增长。")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("转转") == "转转集团" and "WOS" in owners and "二手交易" not in owners


def test_two_subsidiaries_named_together_are_no_rivals():
    r = analyse("此外，西山居CEO郭炜炜、金山云CEO邹涛的职务不变，两家子公司继续独立运营。在办公软件领域，WPS与微软Office、钉钉存在竞争。")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset(("西山居", "金山云")) not in pairs
    assert ("Office", "微软") in {(p.name, p.owner) for p in r["products"]}


def test_a_company_named_after_its_kind_in_latin_and_its_versioned_system():
    r = analyse("新浪科技获悉，自动驾驶公司Momenta已秘密递交上市申请。Momenta的城市NOA方案Momenta 5.0已搭载在智己L6等车型上。"
                "Momenta创始人兼CEO曹旭东表示，要坚持量产。")
    assert "Momenta" in {o.name for o in r["organizations"]}
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("Momenta 5.0") == "Momenta" and owners.get("智己L6") != "Momenta"


def test_a_list_after_yu_that_vies_and_makers_of_a_model_are_no_sides():
    r = analyse("笔电代工大厂仁宝电脑（2324）昨日举行法说会。在AI服务器代工市场，仁宝与广达、纬创、英业达竞争。")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert {frozenset(("仁宝", "广达")), frozenset(("仁宝", "英业达"))} <= pairs
    r = analyse("江淮汽车（600418.SH）发布公告。江淮与华为合作打造的尊界S800已于2024年11月发布，与迈巴赫S级直接竞争。")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset(("尊界S800", "迈巴赫S级")) in pairs and not any("华为" in p for p in pairs)
    assert "迈巴赫S级" not in {o.name for o in r["organizations"]}
    assert {p.name: p.owner for p in r["products"]}.get("尊界S800") == "江淮汽车"


def test_items_listed_before_a_kind_with_a_modifier():
    r = analyse("字节跳动成立Flow部门，负责豆包、Cici等AI应用的产品研发。", title="字节跳动成立Flow部门 2024")
    assert {"豆包", "Cici"} <= {p.name for p in r["products"]}


def test_a_shop_named_for_its_platform_and_a_model_named_for_its_maker():
    r = analyse("今年以来，抖音商城和快手小店相继推出补贴频道。快手小店的商家数量增长。怎么看亚马逊Alexa和谷歌Home的竞争？")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("快手小店") == "快手" and owners.get("谷歌Home") == "谷歌"


def test_a_list_after_yu_names_the_owners_of_its_brands():
    r = analyse("中国飞鹤（06186）公布业绩。在国产婴儿奶粉市场，飞鹤与伊利旗下的金领冠、君乐宝旗下的优萃竞争激烈。")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert {frozenset(("飞鹤", "伊利")), frozenset(("飞鹤", "君乐宝"))} <= {frozenset(n.replace("中国", "") for n in p) for p in pairs}
    assert not any(any("旗下" in n for n in p) for p in pairs)


def test_a_war_between_unnamed_players_is_fought_by_those_the_next_sentence_names():
    r = analyse("今年618期间，二手手机回收平台之间的价格战愈演愈烈。转转推出“回收价高10%”活动，闲鱼则上线“信用回收”服务，爱回收也宣布补贴1亿元。")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert {frozenset(("转转", "闲鱼")), frozenset(("转转", "爱回收")), frozenset(("闲鱼", "爱回收"))} <= pairs
    assert not any("信用回收" in p for p in pairs)


def test_spaced_model_names_after_a_maker_and_its_number():
    r = analyse("魅族首款AI手机魅族21 Note与小米Civi 4 Pro同台竞争。魅族21 Note售价1999元。")
    names = {p.name for p in r["products"]}
    assert "魅族21 Note" in names and "Civi 4 Pro" in {n.replace("小米", "") for n in names}


def test_models_included_after_a_kind_and_rival_models_of_known_brands():
    r = analyse("方程豹是比亚迪旗下的个性化品牌，主要车型包括豹5、豹8和钛3。其中钛3与坦克300和哈弗猛龙竞争。")
    owners = {p.name: p.owner for p in r["products"]}
    assert {"豹5", "豹8", "钛3"} <= set(owners) and owners.get("哈弗猛龙") == "长城汽车"
    pairs = {frozenset(p) for p in r["competitors"]}
    assert {frozenset(("钛3", "坦克300")), frozenset(("钛3", "哈弗猛龙"))} <= pairs and frozenset(("钛3", "哈弗")) not in pairs


def test_a_feature_launched_is_no_product_and_a_list_under_qixia_ends_before_zhengmian():
    r = analyse("3月20日，百度旗下的百度文库宣布上线AI写作功能。百度文库与金山办公的WPS AI、阿里巴巴旗下的夸克正面竞争。")
    names = {p.name for p in r["products"]}
    assert "AI写作" not in names and "夸克正面" not in names and "夸克" in names


def test_makers_named_after_yu_own_the_model_and_the_model_is_the_side():
    r = analyse("理想汽车旗下首款纯电SUV理想i8正式上市。理想i8将与赛力斯和华为联合打造的问界M8以及蔚来旗下的乐道L90正面竞争。")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("问界M8") == "赛力斯" and "首款纯电SUV理想i8" not in owners
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset(("理想i8", "问界M8")) in pairs and not any("华为" in p or "赛力斯" in p for p in pairs)


def test_a_count_of_majors_after_a_list_is_no_part_of_its_last_name():
    r = analyse("东航旅客运输量达到1.4亿人次，与中国国航、南方航空三大航的竞争格局基本稳定。", title="东航业绩")
    sides = {s for pair in r["competitors"] for s in pair}
    assert "南方航空" in sides and not any(s.endswith("三大航") for s in sides)


def test_titles_after_what_they_are_and_a_long_latin_title():
    r = analyse("三七互娱（002555.SZ）发布年报。公司旗下小游戏《寻道大千》流水持续增长，海外代表产品为《Puzzles & Survival》。",
                title="三七互娱年报")
    assert {(p.name, p.owner) for p in r["products"]} == {("寻道大千", "三七互娱"), ("Puzzles & Survival", "三七互娱")}


def test_an_interviewees_rivals_are_the_companies_the_question_names():
    r = analyse("作业帮CEO侯建彬日前接受了专访。\n问：学而思和猿辅导都在加码学习机，你怎么看竞争？\n"
                "侯建彬：学而思学习机和猿辅导的小猿学练机都是很强的对手。",
                title="专访作业帮CEO侯建彬")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset({"作业帮", "学而思"}), frozenset({"作业帮", "猿辅导"})}
    assert ("小猿学练机", "猿辅导") in {(p.name, p.owner) for p in r["products"]}


def test_brands_listed_as_rivals_are_no_products_of_the_subject():
    r = analyse("老乡鸡董事长束从轩表示：“上市是新起点。”在中式快餐市场，老乡鸡与乡村基、大米先生等品牌竞争。", title="老乡鸡递表")
    assert r["products"] == []
    assert {frozenset(p) for p in r["competitors"]} == {frozenset({"老乡鸡", "乡村基"}), frozenset({"老乡鸡", "大米先生"})}


def test_words_reported_with_no_comma_after_the_verb():
    r = analyse("新东方公布财报。首席财务官杨志辉（Stephen Zhihui Yang）表示公司将继续回购股份。", title="新东方财报")
    assert [(q.speaker, q.text[:4]) for q in r["quotes"]] == [("杨志辉", "公司将继")]


def test_brands_and_series_named_with_their_kind_and_an_answer_in_products_is_no_quote():
    r = analyse("小米旗下的巨省电空调在618期间售价下探至1999元。美的随即推出酷省电系列进行应战；格力则以云佳系列回应，并宣布加大补贴。"
                "海尔智家旗下的统帅品牌也加入战局。", title="空调价格战再起")
    products = {(p.name, p.owner) for p in r["products"]}
    assert {("巨省电", "小米"), ("云佳", "格力"), ("统帅", "海尔智家")} <= products
    assert not any(q.speaker == "格力" for q in r["quotes"])


def test_works_after_their_kind_and_a_company_named_in_common_words_before_qixia():
    r = analyse("莉莉丝游戏创始人王信文透露，旗下策略手游《万国觉醒》流水已超过30亿美元，放置卡牌游戏《剑与远征》流水超过15亿美元。"
                "在出海SLG赛道，莉莉丝与三七互娱等公司竞争，点点互动旗下的《Whiteout Survival》去年成为收入最高的SLG手游之一。",
                title="莉莉丝游戏十周年")
    products = {(p.name, p.owner) for p in r["products"]}
    assert {("万国觉醒", "莉莉丝游戏"), ("剑与远征", "莉莉丝游戏"), ("Whiteout Survival", "点点互动")} <= products


def test_the_company_as_speaker_is_the_articles_company():
    r = analyse("英业达董事长叶力诚主持法人说明会。公司表示，今年第三季AI服务器营收比重已提升至约30%。", title="英业达法说会")
    assert [q.speaker for q in r["quotes"]][-1:] == ["英业达"]


def test_latin_names_launched_and_a_coined_name_that_acts():
    r = analyse("继字节跳动推出的Trae宣布全面免费后，阿里云旗下的通义灵码也宣布个人版永久免费，百度智能云的文心快码随即跟进。"
                "腾讯云则推出了CodeBuddy，面向企业客户。", title="AI编程助手打响免费战")
    products = {p.name for p in r["products"]}
    assert {"Trae", "通义灵码", "文心快码", "CodeBuddy"} <= products


def test_rivals_faced_in_a_price_competition():
    r = analyse("大立光公布营收。面对中国大陆厂商舜宇光学、欧菲光的价格竞争，大立光坚持不打价格战。", title="大立光营收")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset({"大立光", "舜宇光学"}), frozenset({"大立光", "欧菲光"})}


def test_a_side_named_by_a_short_name_before_yu_and_a_foreign_rival():
    r = analyse("统一企业中国总裁陈国炜表示，不追求规模。在方便面市场，统一与康师傅、今麦郎的竞争依旧激烈。", title="统一企业中国业绩")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset({"统一企业中国", "康师傅"}), frozenset({"统一企业中国", "今麦郎"})}
    r = analyse("优必选创始人周剑表示，目标是交付数千台。优必选与宇树科技、智元机器人以及美国的Figure AI竞争激烈。", title="优必选订单")
    assert frozenset({"优必选", "Figure AI"}) in {frozenset(p) for p in r["competitors"]}


def test_a_system_quoted_before_its_described_kind_and_a_launched_name_without_it():
    r = analyse("比亚迪宣布全系车型标配“天神之眼”高阶智驾系统。随后，吉利推出千里浩瀚智驾系统，零跑也宣布旗下车型全系标配高速NOA。",
                title="智驾平权大战")
    assert {(p.name, p.owner) for p in r["products"]} == {("天神之眼", "比亚迪"), ("千里浩瀚", "吉利")}


def test_a_second_change_in_a_sentence_is_an_event_of_its_own():
    r = analyse("新浪科技讯 6月10日晚间消息，易车宣布，CEO张序安因个人原因离任，联席总裁陈一鸣自2025年6月15日起出任CEO。",
                title="易车CEO离任")
    assert [e.date for e in r["events"]] == ["2025-06-10", "2025-06-15"]


def test_hearsay_is_no_speaker_but_the_person_it_reports_is():
    r = analyse("看新闻说，爱奇艺创始人龚宇在财报会上讲过，会员价格要和内容投入匹配。", title="视频会员又涨价了")
    assert [(q.speaker, q.text[:6]) for q in r["quotes"]] == [("龚宇", "会员价格要和")]


def test_a_kind_of_model_is_no_product():
    from analysis.extract.positioning import generic_model_kind
    assert generic_model_kind("开源模型") and generic_model_kind("多模态大模型")
    assert not generic_model_kind("盘古大模型") and not generic_model_kind("大模型")
    r = analyse("阿里巴巴通义千问（Qwen）团队负责人林俊旸透露，Qwen系列开源模型累计下载量已突破3亿次，开源模型衍生超过17万个。",
                title="通义千问下载量")
    assert "开源模型" not in {p.name for p in r["products"]}


def test_each_clause_launches_its_own_makers_product_and_a_lowercase_line():
    r = analyse("5月，中端手机集中发布。华为5月19日发布nova 14系列，起售价2699元；荣耀22日推出荣耀400系列；OPPO则在27日发布Reno14系列。",
                title="中端手机混战")
    products = {(p.name, p.owner) for p in r["products"]}
    assert {("nova 14", "华为"), ("荣耀400", "荣耀"), ("Reno14", "OPPO")} <= products


def test_a_two_character_coined_name_that_acts_and_a_kind_after_a_brand():
    r = analyse("伊利旗下的巧乐兹和蒙牛的随变则把主力单品价格拉回到3元左右。格力电器旗下的晶弘冰箱也在加码高端产品线。",
                title="冰淇淋价格回归")
    products = {(p.name, p.owner) for p in r["products"]}
    assert {("巧乐兹", "伊利"), ("随变", "蒙牛"), ("晶弘", "格力电器")} <= products


def test_the_parent_of_a_side_is_no_rival_and_a_company_s_line_is_a_side_of_its_own():
    r = analyse("德邦股份是京东物流控股的子公司，在快运市场与顺丰快运、安能物流竞争。", title="快运市场")
    assert sorted(sorted(p) for p in r["competitors"]) == [["安能物流", "德邦股份"], ["德邦股份", "顺丰快运"]]
    assert "顺丰" not in {o.name for o in r["organizations"]}


def test_titled_works_written_as_someone_s_are_the_sides_and_a_report_is_no_product():
    r = analyse("完美世界（002624.SZ）10月30日晚间发布三季报。手游《幻塔》上线后表现稳定，旗下新作《异环》将于2026年上线。业内人士认为，《异环》上线后将与网易的《无限大》、"
                "米哈游的《崩坏：星穹铁道》正面竞争。", title="完美世界三季报")
    assert sorted(sorted(p) for p in r["competitors"]) == [["崩坏：星穹铁道", "异环"], ["异环", "无限大"]]
    assert not {"三季报", "后表现稳定"} & {p.name for p in r["products"]}


def test_a_list_of_models_after_an_owner_and_a_model_made_for_a_client():
    r = analyse("四足机器人公司云深处科技完成C轮融资。目前，云深处的绝影X30、山猫M20已进入电力巡检场景。歌尔为Meta代工的Ray-Ban Meta智能眼镜出货量持续增长。",
                title="机器人与眼镜")
    products = {(p.name, p.owner) for p in r["products"]}
    assert {("绝影X30", "云深处"), ("山猫M20", "云深处"), ("Ray-Ban Meta", "Meta")} <= products


@pytest.mark.parametrize("body, title", [
    ("歌尔股份昨日公布财报，2025年前三季营收为689.3亿元人民币，年减2.1%。", "歌尔股份财报"),
    ("温氏股份同日公告，8月销售肉猪329.3万头，销售均价为14.02元/公斤。", "生猪出栏 2025"),  # a month opening its sales
])
def test_a_year_or_month_that_opens_a_reported_figure_dates_no_event(body, title):
    assert not analyse(body, title=title)["events"]


def test_four_leaders_one_against_each_and_named_rivals_of_one_product():
    r = analyse("石头科技（688169.SH）发布半年报。在国内扫地机器人市场，石头科技与科沃斯、追觅、云鲸形成四强格局，其中科沃斯的地宝X9 Pro"
                "和追觅的X50系列是石头P20的主要竞品。", title="石头科技半年报")
    pairs = sorted(sorted(p) for p in r["competitors"])
    assert ["石头科技", "科沃斯"] in pairs and ["云鲸", "石头科技"] in pairs
    assert ["地宝X9 Pro", "石头P20"] in pairs and ["X50", "石头P20"] in pairs and ["X50", "地宝X9 Pro"] not in pairs


def test_a_war_with_no_sides_named_and_prices_set_are_figures():
    r = analyse("今年茶饮价格战越来越狠。茶百道把招牌杨枝甘露降到9.9元，沪上阿姨跟进推出8.8元鲜果茶，古茗则在县城门店搞买一送一。",
                title="茶饮价格战")
    assert len(r["competitors"]) == 3
    assert {(f.value, f.text) for f in r["figures"]} >= {(9.9, "降到9.9元"), (8.8, "8.8元鲜果茶")}
    assert "8.8元鲜果茶" not in {p.name for p in r["products"]}


def test_a_known_product_keeps_the_name_the_article_writes_and_a_numbered_line_is_its_maker_s():
    r = analyse("在视频生成领域，Vidu与快手的可灵AI、字节跳动的即梦竞争。黑芝麻智能的华山A2000芯片与地平线的征程6在智驾芯片市场竞争。",
                title="视频生成与智驾芯片")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("可灵AI") == "快手" and "可灵" not in owners and owners.get("征程6") == "地平线"


def test_latin_names_before_a_device_or_after_a_platform_and_a_quoted_offer_are_their_clause_s():
    r = analyse("高禄峰表示，Navimow割草机器人今年出货量有望翻倍。富途控股旗下海外平台moomoo的付费客户突破100万。"
                "白象食品旗下的“汤好喝”系列降至每桶2.5元，康师傅随后推出3元档的“鲜虾鱼板面”促销装。友达董事会昨日通过人事案。",
                title="九号、富途与方便面")
    products = {p.name: p.owner for p in r["products"]}
    assert "Navimow" in products and products.get("moomoo") in ("富途", "富途控股") and products.get("鲜虾鱼板面") == "康师傅"
    assert "人事案" not in products and "Navimow割草" not in products
    assert 2.5 in {f.value for f in r["figures"]}


def test_a_share_that_passes_others_is_a_rivalry():
    r = analyse("汇川技术（300124.SZ）发布公告。在国内通用伺服市场，汇川技术的份额已超过西门子、安川电机，位居第一。", title="汇川技术")
    assert sorted(sorted(p) for p in r["competitors"]) == [["安川电机", "汇川技术"], ["汇川技术", "西门子"]]


def test_products_set_against_each_other_under_their_makers_and_one_that_stands_for_its_kind():
    r = analyse("卫龙美味（09985.HK）发布中期业绩，以魔芋爽为代表的蔬菜制品首次超过调味面制品。在魔芋零食赛道，卫龙的魔芋爽与盐津铺子的"
                "大魔王、劲仔食品的魔芋素毛肚竞争激烈。", title="卫龙美味中期业绩")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("魔芋爽") in ("卫龙", "卫龙美味") and owners.get("大魔王") == "盐津铺子" and owners.get("魔芋素毛肚") == "劲仔食品"
    assert sorted(sorted(p) for p in r["competitors"]) == [["大魔王", "魔芋爽"], ["魔芋爽", "魔芋素毛肚"]]


def test_a_company_s_counted_brands_beside_its_own_name_and_a_brand_s_manager_names_no_company():
    r = analyse("2月17日，海澜之家集团（600398.SH）董事长周立宸签发通知：成立品牌事业部，统筹海澜之家、男生女生和英氏三个品牌。"
                "原英氏品牌总经理赵倩任童装中心总经理。", title="海澜之家集团发布组织调整通知")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("男生女生") == owners.get("英氏") == "海澜之家" and "海澜之家" not in owners
    assert not {"英氏", "男生女生", "统筹海澜之家"} & {o.name for o in r["organizations"]}


def test_prices_cut_to_and_a_quarrel_in_a_forum_title():
    r = analyse("最近爱尔眼科在好几个城市把全飞秒手术降到了1.2万元，华厦眼科马上跟进，半飞秒只要9800元。",
                title="近视手术也卷价格了？爱尔眼科和华厦眼科打起来了")
    assert {12000, 9800} <= {f.value for f in r["figures"]}
    assert [sorted(p) for p in r["competitors"]] == [["华厦眼科", "爱尔眼科"]]
    r = analyse("2025年首三季度，康师傅控股收入为601.2亿元人民币。", title="康师傅控股业绩")
    assert "收入为" not in {o.name for o in r["organizations"]}


def test_a_device_s_model_written_after_its_kind_and_a_drug_by_its_sales():
    r = analyse("科大讯飞的讯飞AI学习机T30 Ultra定价5999元；网易有道则主推有道词典笔X7和有道AI学习机X20。其中作业帮、科大讯飞、步步高位居前三。"
                "再鼎医药公布财报，则乐（Zejula）销售额为5020万美元。", title="AI学习机混战")
    names = {p.name for p in r["products"]}
    assert {"讯飞AI学习机T30 Ultra", "有道词典笔X7", "有道AI学习机X20", "则乐"} <= names
    assert "步步高位居前三" not in {o.name for o in r["organizations"]}


def test_telecoms_in_a_tariff_war_and_a_developer_named_by_what_it_is():
    r = analyse("台湾大哥大昨日宣布推出月租599元的5G吃到饱方案，中华电信随即跟进推出同价位方案，远传电信则祭出首年半价优惠，三大电信业者的"
                "资费战再度升温。台湾大哥大总经理林之晨表示，资费调整是为了扩大用户规模。", title="台湾大哥大推出599元吃到饱")
    assert {"中华电信", "远传电信"} <= {o.name for o in r["organizations"]}
    assert len(r["competitors"]) >= 2
    r = analyse("据报道，《明日方舟》开发商鹰角网络联合创始人、总裁黄一峰已于近日卸任总裁职务。", title="鹰角网络人事")
    assert r["roles"] and not any(r_.org.startswith("开发商") for r_ in r["roles"])


def test_what_a_spokesman_says_sets_its_own_sides_and_a_lowercase_series_is_a_product():
    r = analyse("联想集团旗下的摩托罗拉（Motorola）折叠屏手机razr 60 Ultra销量翻倍。联想集团董事长杨元庆表示，摩托罗拉已是拉美市场第二大"
                "手机品牌，仅次于三星。摩托罗拉的razr系列与三星的Galaxy Z Flip7在折叠屏市场竞争。", title="摩托罗拉销量")
    pairs = sorted(sorted(p) for p in r["competitors"])
    assert ["三星", "摩托罗拉"] in pairs and ["Galaxy Z Flip7", "razr"] in pairs
    assert not any("联想" in n for p in pairs for n in p)
    assert "razr 60 Ultra" in {p.name for p in r["products"]}


def test_rivals_an_interviewer_names_and_a_subsidiary_by_its_suffix():
    r = analyse("拓竹科技（Bambu Lab）创始人、CEO陶冶接受了采访。\n问：怎么看创想三维、纵维立方这些对手？\n陶冶：他们做得很好。"
                "闻泰科技将聚焦旗下安世半导体的功率器件业务。在功率半导体领域，安世半导体与英飞凌、安森美竞争。", title="对话拓竹科技创始人陶冶")
    pairs = sorted(sorted(p) for p in r["competitors"])
    assert {"创想三维", "纵维立方", "安世半导体"} <= {o.name for o in r["organizations"]}
    assert ["安世半导体", "英飞凌"] in pairs and any("创想三维" in p for p in pairs)


def test_a_model_after_its_kind_of_device_a_sub_brand_and_no_range_of_a_kind():
    r = analyse("老板电器总裁任富佳说：老板电器的高端系列今年卖得好，其中大吸力油烟机X11卖得最好。我们的子品牌名气也在追，"
                "名气今年会推出全系列集成灶。萤石网络发布了双摄户外摄像机C8W Pro和扫地机器人RS20 Pro。", title="老板电器专访")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("X11") == "老板电器" and owners.get("名气") == "老板电器"
    assert "全系列集成灶" not in owners and "油烟机X11" not in owners
    assert {"C8W Pro", "RS20 Pro"} <= set(owners)
    assert not any(e.date == "2016" or "今年会推出" in e.text for e in r["events"])  # 今年会推出: a plan, no event


def test_rivals_one_will_not_fight_on_price_and_a_brand_written_after_its_maker():
    r = analyse("今年厨电市场需求疲软。老板电器总裁任富佳说：我们不跟方太、华帝拼价格。", title="老板电器专访")
    pairs = sorted(sorted(p) for p in r["competitors"])
    assert ["方太", "老板电器"] in pairs and ["华帝", "老板电器"] in pairs
    r = analyse("中国飞鹤公布业绩。在国内婴幼儿奶粉市场，飞鹤与伊利金领冠、君乐宝、澳优竞争激烈。", title="中国飞鹤业绩")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("伊利金领冠") == "伊利" and "伊利金领冠" not in {o.name for o in r["organizations"]}
    sides = {n for pair in r["competitors"] for n in pair}
    assert "伊利金领冠" in sides and "伊利" not in sides  # the brand is the side, not its maker


def test_a_months_statistic_is_no_event_and_a_weekday_dates_the_news():
    r = analyse("据中国工程机械工业协会数据，2025年3月共销售各类挖掘机29590台，同比增长28.5%。", title="挖机销量 2025")
    assert not r["events"]
    r = analyse("中国飞鹤周二公布截至2025年6月30日止六个月业绩，收入为91.5亿元。\n2025年8月27日", title="中国飞鹤业绩")
    assert [e.date for e in r["events"]] == ["2025-08-26"]
    r = analyse("春秋航空推出上海至三亚99元起的特价机票，东方航空也推出“周三会员日”优惠。\n2025年7月9日", title="机票价格战")
    assert not any(e.date == "2025-07-09" for e in r["events"])


def test_one_against_a_list_of_three_strong_and_a_flagship_product():
    r = analyse("大陆存储芯片厂兆易创新（GigaDevice）昨日公布，旗下GD25系列NOR Flash出货量年增35%，仅次于华邦电子，旺宏位居第三。"
                "华邦电子总经理陈沛铭指出，价格战已近尾声。", title="兆易创新市占率升至第二 与华邦电子、旺宏三强鼎立")
    assert {"兆易创新", "华邦电子", "旺宏"} <= {o.name for o in r["organizations"]}
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("兆易创新", "华邦电子")), frozenset(("兆易创新", "旺宏"))}
    # A与B、C三强鼎立: A against each, as the corpus reads A与B、C形成三强格局
    assert {p.name: p.owner for p in r["products"]}.get("GD25") == "兆易创新"  # not 旗下GD25
    r = analyse("众安在线首席执行官姜兴表示，健康险是公司最重要的业务，旗舰产品尊享e生的保费同比增长超过20%，总保费为168.1亿元。",
                title="众安在线业绩")
    assert {p.name: p.owner for p in r["products"]}.get("尊享e生") == "众安在线"
    assert 16810000000 in {f.value for f in r["figures"]}


def test_a_headline_list_joined_by_he_in_a_war_and_a_long_first_rival():
    r = analyse("汉堡赛道的价格战打到了县城。塔斯汀今年门店突破1万家。华莱士则把全鸡套餐做到了19.9元。肯德基也推出了9.9元汉堡。",
                title="塔斯汀、华莱士和肯德基的下沉战争")
    assert len({frozenset(p) for p in r["competitors"]}) == 3
    assert 19.9 in {f.value for f in r["figures"]}  # 做到了19.9元: a price set
    r = analyse("红星资本局10月9日消息，西贝莜面村创始人贾国龙宣布卸任CEO。在中式正餐市场，西贝与九毛九旗下的太二酸菜鱼、外婆家竞争。",
                title="西贝CEO更替")
    assert "红星资本" not in {o.name for o in r["organizations"]}
    sides = {n for pair in r["competitors"] for n in pair}
    assert "外婆家" in sides and ("九毛九" in sides or "太二酸菜鱼" in sides)


def test_news_already_dated_that_day_is_one_event():
    r = analyse("双汇发展3月14日晚间公告，公司总裁马相杰因年龄原因辞去总裁职务。董事会同意聘任副总裁刘松涛为公司总裁，"
                "任期自2025年3月14日起至本届董事会届满之日止。", title="双汇发展总裁退休 2025")
    assert [e.date for e in r["events"]] == ["2025-03-14"]


def test_a_product_written_as_its_makers_in_a_list_of_rivals_and_model_names_with_plus_and_kind():
    r = analyse("在高端黄金珠宝市场，老铺黄金与周大福的传福系列、老凤祥形成竞争。老铺黄金创始人徐高明表示，溢价来自工艺。", title="老铺黄金业绩")
    assert sorted(sorted(p) for p in r["competitors"]) == [["传福", "老铺黄金"], ["老凤祥", "老铺黄金"]]
    r = analyse("张联东说：梦之蓝M6+今年要控量保价。豪威集团旗下的OV50H图像传感器已用于多款旗舰手机。片仔癀董事长林纬奇表示，"
                "核心产品片仔癀锭剂受原料价格上涨影响。", title="白酒与芯片")
    names = {p.name for p in r["products"]}
    assert {"梦之蓝M6+", "OV50H", "片仔癀锭剂"} <= names and "OV50H图像传感器" not in names



def test_a_series_named_alone_a_companys_kind_then_names_and_its_named_model():
    r = analyse("AI语音公司出门问问（Mobvoi，02438.HK）发布新一代智能手表TicWatch Pro 6。出门问问创始人李志飞表示，公司的AIGC产品"
                "魔音工坊和奇妙元今年收入占比过半。在智能手表市场，TicWatch与华为Watch GT竞争。", title="出门问问发布TicWatch Pro 6")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("TicWatch") == "出门问问" and owners.get("魔音工坊") == "出门问问" and owners.get("奇妙元") == "出门问问"
    assert "AIGC" not in owners and ["TicWatch", "Watch GT"] in [sorted(p) for p in r["competitors"]]
    r = analyse("云知声董事长黄伟表示，云知声的山海大模型将继续落地。", title="云知声上市")
    assert {p.name: p.owner for p in r["products"]}.get("山海大模型") == "云知声"
    r = analyse("深信服（300454.SZ）董事长何朝曦表示，公司推出的安全GPT已在超过1000家客户中落地。", title="深信服三季报")
    assert {p.name: p.owner for p in r["products"]}.get("安全GPT") == "深信服"


def test_the_next_day_a_latin_platform_before_its_kind_and_a_hyphenated_model():
    r = analyse("硅基流动5月20日宣布，旗下云服务平台SiliconCloud上的DeepSeek-R1推理价格下调50%。次日，无问芯穹也宣布其Infini-AI异构云平台"
                "同步降价。我们不跟硅基流动、火山引擎比谁更便宜，无问芯穹CEO夏立雪说。", title="推理API价格战 2025")
    assert [e.date for e in r["events"]] == ["2025-05-20", "2025-05-21"]
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("Infini-AI") == "无问芯穹" and owners.get("DeepSeek-R1") == "DeepSeek"


def test_the_one_who_faces_a_list_of_rivals_and_a_subsidiary_before_its_verb():
    r = analyse("优刻得董事长季昕华表示，算力是主线。在国内智算云市场，优刻得面对阿里云、火山引擎等大厂的竞争。", title="优刻得内部信")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("优刻得", "阿里云")), frozenset(("优刻得", "火山引擎"))}
    r = analyse("声网（Agora，NASDAQ: API）公布财报。声网中国业务由旗下子公司声网科技负责。", title="声网财报")
    assert not any(o.name.endswith("负责") for o in r["organizations"])


def test_two_products_of_one_maker_joined_by_he():
    r = analyse("岚图汽车总裁雷新表示，岚图FREE+和岚图梦想家将是今年的销量主力。在高端MPV市场，岚图梦想家与腾势D9、理想MEGA竞争。",
                title="岚图汽车CEO更替")
    assert {p.name: p.owner for p in r["products"]}.get("岚图梦想家") == "岚图汽车"
    assert ["岚图梦想家", "腾势D9"] in [sorted(p) for p in r["competitors"]]


def test_a_model_of_a_company_only_a_rivalry_names_is_its_product():
    r = analyse("极米科技（688696.SH）昨日公布出货量。在家用投影机市场，极米与当贝、坚果三强角力，当贝的X5 Ultra与极米RS 10 Ultra直接竞争。",
                title="极米投影机出货量第一")
    assert {p.name: p.owner for p in r["products"]}.get("X5 Ultra") == "当贝"


def test_a_headline_list_eating_into_a_share_and_rivals_a_pair_must_also_face():
    r = analyse("IDC数据显示，传音在非洲智能手机市场份额下滑，小米和三星快速放量。",
                title="传音控股营收下滑 非洲份额遭小米、三星蚕食")
    assert {frozenset(p) for p in r["competitors"]} >= {frozenset(("传音控股", "小米")), frozenset(("传音控股", "三星"))}
    assert frozenset(("小米", "三星")) not in {frozenset(p) for p in r["competitors"]}
    r = analyse("激光雷达行业竞争激烈，禾赛科技与速腾聚创正面交锋。除了彼此，它们还要面对华为和大疆的挑战。")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset(("禾赛科技", "华为")) in pairs and frozenset(("速腾聚创", "大疆")) in pairs
    assert frozenset(("华为", "大疆")) not in pairs


def test_a_core_product_with_its_generic_name_and_makers_products_before_a_fierce_rivalry():
    r = analyse("康方生物（09926.HK）核心产品开坦尼（卡度尼利单抗注射液）上半年销售收入约9亿元。在PD-1市场，开坦尼面对恒瑞医药的艾瑞卡、"
                "百济神州的百泽安及信达生物的达伯舒的激烈竞争。", title="康方生物上半年业绩 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("开坦尼") == "康方生物" and owners.get("艾瑞卡") == "恒瑞医药" and owners.get("达伯舒") == "信达生物"
    assert frozenset(("开坦尼", "百泽安")) in {frozenset(p) for p in r["competitors"]}
    assert "艾瑞" not in {o.name for o in r["organizations"]}


@pytest.mark.parametrize("body, title, name, not_name", [
    ("懂车帝背靠字节跳动的抖音流量、腾讯的微信入口，与汽车之家竞争。", "汽车资讯平台竞争 2025", "抖音", "抖音流量"),  # a known
    # product before a common word
    ("今年4月，百川智能发布了新模型，旗下AI助手百小应的月活用户突破千万。", "百川智能新模型 2025", "百小应", "AI助手百小应"),  # an
    # assistant named after its kind
])
def test_a_product_is_its_name_without_the_words_around_it(body, title, name, not_name):
    names = {p.name for p in analyse(body, title=title)["products"]}
    assert name in names and not_name not in names


def test_a_listed_range_of_models_with_what_each_serves_is_the_companys():
    r = analyse("9月26日晚，上交所上市委审议通过沐曦集成电路（上海）股份有限公司（简称“沐曦”）的首发申请。公司的主力产品包括面向数据中心的"
                "MXC 500训练卡、面向图形渲染的MXG 100显卡，以及由千卡GPU组成的曦云智算集群。", title="沐曦过会 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("MXC 500") == "沐曦" and owners.get("MXG 100") == "沐曦"
    assert "申请" not in owners
    assert not any(u.name.startswith("面向") for u in r["units"])
    orgs = {o.name: o.aliases for o in r["organizations"]}
    assert not any("审议" in a for aliases in orgs.values() for a in aliases)


def test_products_named_in_two_parts_an_app_named_after_its_company_and_vying_wordings():
    r = analyse("国内两大管理软件厂商的竞争已经打到了云端。其中，面向大型企业的金蝶云·苍穹和面向成长型企业的金蝶云·星空分别增长25%和18%。"
                "另一边，用友网络主推用友BIP。得物App把先鉴别后发货做成了招牌。", title="金蝶与用友的ERP上云之战")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("金蝶云·星空") == "金蝶" and owners.get("金蝶云·苍穹") == "金蝶"
    assert "金蝶云" not in {u.name for u in r["units"]}
    assert frozenset(("金蝶", "用友")) in {frozenset(p) for p in r["competitors"]}
    r = analyse("国产GPU赛道上，摩尔线程与沐曦、壁仞科技、天数智芯同场竞技。据统计，汇川技术（300124.SZ）的伺服系统份额约为28%，领先安川电机和松下。")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset(("摩尔线程", "天数智芯")) in pairs and frozenset(("沐曦", "天数智芯")) not in pairs
    assert frozenset(("汇川", "松下")) in pairs or frozenset(("汇川技术", "松下")) in pairs


def test_sums_sold_and_saved_a_price_war_a_quoted_launch_and_a_name_ending_at_its_gloss():
    r = analyse("千禾味业靠零添加起家，它的“千禾零添加生抽”去年卖了超过20亿元，价格比海天便宜约3元。瑞幸和库迪的9.9元大战打了两年多。"
                "视源股份旗下教育品牌希沃（seewo）交互智能平板份额领先。千禾味业董事长伍超群回应称，千禾更专注。", title="调味品与咖啡 2025")
    values = {f.value for f in r["figures"]}
    assert {2000000000, 3, 9.9} <= values
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("千禾零添加生抽") == "千禾味业"
    assert "希沃" in owners and "希沃交互智能平板" not in owners


def test_one_that_leads_or_exceeds_a_list_and_who_can_survive():
    r = analyse("牧原股份的生猪出栏量超过温氏股份和新希望，位居行业第一。中通的市场份额仍领先于圆通速递、韵达股份和申通快递。")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset(("牧原股份", "新希望")) in pairs and frozenset(("温氏股份", "新希望")) not in pairs
    assert "领先于圆通速递" not in {o.name for o in r["organizations"]}
    r = analyse("瑞幸和库迪打了两年多，Manner一直没参与。", title="Manner、瑞幸、库迪，9.9元之后谁还能活？")
    assert frozenset(("Manner", "库迪")) in {frozenset(p) for p in r["competitors"]}


def test_a_units_new_title_a_duration_a_plan_and_a_court_that_is_no_side():
    r = analyse("据了解，雷火今年的新品《界外狂潮》将直接对标腾讯的《无畏契约》。逆水寒手游上线两年多。网易雷火事业群负责游戏研发。"
                "陈睿表示，《三国：谋定天下》上线一年多仍贡献大部分收入，明年将推出海外版本。SHEIN和Temu还在美国法院互相起诉对方不正当竞争。",
                title="游戏与电商 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("界外狂潮") == "网易" and "两年多" not in owners
    assert not any(e.date.startswith("2026") for e in r["events"])
    assert not any("美国法院" in pair for pair in r["competitors"])


def test_brands_listed_after_the_main_site_models_with_spaced_codes_and_lowercase_names():
    r = analyse("SHEIN旗下除了主站，还有Lulus、Missguided等品牌。杨元庆：摩托罗拉的moto razr折叠屏在北美卖得很好，联想的AI PC装了个人智能体“小天”。",
                title="SHEIN与联想 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("Lulus") == "SHEIN" and owners.get("moto razr") == "摩托罗拉" and owners.get("小天") == "联想"
    r = analyse("零跑B10起售价9.98万元，小鹏MONA M03的智驾最好，乐道L60可以换电。",
                title="10万级纯电SUV怎么选：零跑B10、小鹏MONA M03还是乐道L60？")
    assert frozenset(("零跑B10", "乐道L60")) in {frozenset(p) for p in r["competitors"]}
    assert any(p.name.endswith("MONA M03") for p in r["products"])


def test_a_model_named_by_its_makers_first_characters_and_powertrains_that_are_no_names():
    r = analyse("同日发布的纯电SUV理想i8定价33.98万元起。理想汽车旗下还有MEGA和L系列增程车型。理想汽车董事长李想表示满意。",
                title="理想汽车发布新车 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("理想i8") == "理想汽车" and "纯电" not in owners and "L系列增程车型" not in owners


def test_two_named_devices_launched_together_and_a_technologys_name():
    r = analyse("亿纬锂能董事长刘金成在发布会上发布了第二代骁遥电池和钠新电池。比亚迪则在3月发布了兆瓦闪充技术。", title="电池之争 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("骁遥电池") == owners.get("钠新电池") == "亿纬锂能"
    assert owners.get("兆瓦闪充") == "比亚迪" and "兆瓦闪充技术" not in owners


def test_a_latin_brand_before_the_day_it_launched():
    r = analyse("美团旗下海外外卖品牌Keeta 10月29日在巴西圣保罗正式上线。", title="美团Keeta进入巴西 2025")
    names = {p.name for p in r["products"]}
    assert "Keeta" in names and not any(n.startswith("Keeta ") for n in names)


def test_models_of_makers_named_before_them_in_a_rivalry():
    r = analyse("同日发布的纯电SUV理想i8定价33.98万元起，与华为和赛力斯联合打造的问界M8、小米汽车的YU7正面竞争。理想汽车董事长李想表示满意。",
                title="理想i8上市 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("YU7") == "小米" and owners.get("问界M8") == "华为"
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("理想i8", "问界M8")), frozenset(("理想i8", "YU7"))}


def test_a_lettered_series_after_its_maker_and_a_clause_without_subject_that_challenges():
    r = analyse("在15万元级纯电轿车市场，MONA M03的主要对手是比亚迪的秦L和零跑的B01。比亚迪的新SUV卖得不错。", title="小鹏汽车交付 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("秦L") == "比亚迪" and "新SUV" not in owners
    assert frozenset(("MONA M03", "秦L")) in {frozenset(p) for p in r["competitors"]}
    r = analyse("今年4月，大疆推出首款全景相机Osmo 360，正面挑战影石创新的Insta360 X5。", title="专访大疆 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("Insta360 X5") == "影石创新"
    assert [sorted(p) for p in r["competitors"]] == [["Insta360 X5", "Osmo 360"]]


def test_a_speakers_company_is_no_side_of_what_he_says_a_product_targets():
    r = analyse("蔚来第三品牌萤火虫上市。蔚来董事长李斌表示，萤火虫的目标用户是年轻家庭，主要对标宝马旗下的MINI。", title="萤火虫上市 2025")
    assert frozenset(("MINI", "蔚来")) not in {frozenset(p) for p in r["competitors"]}


def test_a_launch_owned_by_the_product_opening_its_clause_and_a_name_only_inside_a_longer_one():
    r = analyse("京东的京东外卖主打品质堂食，阿里的淘宝闪购靠88VIP拉新，美团外卖则推出了拼好饭应战。",
                title="外卖大战：京东、美团和淘宝闪购 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("拼好饭") == "美团" and "拼好饭应战" not in owners
    assert not any("淘宝" in p for p in r["competitors"])


def test_a_brand_the_article_gives_a_business_unit_of_its_own():
    r = analyse("蔚来创始人李斌今日发布内部信，宣布萤火虫品牌成立独立的事业部：萤火虫事业部由金舸负责。\n二、乐道事业部总裁艾铁成继续负责乐道品牌。",
                title="蔚来内部信 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("萤火虫") == owners.get("乐道") == "蔚来"


def test_latin_models_launched_by_the_organisation_before_the_verb():
    r = analyse("4月21日，vivo发布X200 Ultra，售价6999元起；一周前，OPPO推出了Find X8 Ultra；小米15 Ultra则在3月初上市。这是继OpenAI发布Sora、Runway发布Gen-3 Alpha后又一款产品。",
                title="三款影像旗舰怎么选？vivo X200 Ultra、OPPO Find X8 Ultra和小米15 Ultra横评 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("X200 Ultra") == "vivo" and owners.get("Find X8 Ultra") == "OPPO" and owners.get("Gen-3 Alpha") == "Runway"
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("X200 Ultra", "Find X8 Ultra")),
                                                        frozenset(("X200 Ultra", "小米15 Ultra")),
                                                        frozenset(("Find X8 Ultra", "小米15 Ultra"))}


def test_rivalry_cues_of_overtaking_a_war_that_lasts_and_joining_the_grab():
    r = analyse("今年8月，比亚迪在欧洲的销量首次超过特斯拉。比亚迪的销量超过10万辆。", title="比亚迪海外销量 2025")
    assert [sorted(p) for p in r["competitors"]] == [["比亚迪", "特斯拉"]]
    r = analyse("库迪今年2月把饮品价格压到了8.8元，瑞幸的生椰拿铁还在9.9元。另外蜜雪冰城和古茗也在抢下沉市场的用户。", title="瑞幸和库迪的9块9还能打多久？ 2025")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("瑞幸", "库迪")), frozenset(("蜜雪冰城", "古茗"))}


def test_two_that_both_grab_a_market_and_the_one_asked_about_all_vie():
    r = analyse("晚点：淘宝闪购和京东秒送都在抢即时零售，美团闪购的优势在哪？", title="对话美团王莆中 2025")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("淘宝闪购", "京东秒送")), frozenset(("淘宝闪购", "美团闪购")),
                                                        frozenset(("京东秒送", "美团闪购"))}


def test_a_company_against_a_rivals_model_stands_for_the_model_it_launched():
    r = analyse("三季度长江存储的NAND闪存出货量增长超过40%。长江存储旗下消费级品牌致态今年推出了TiPlus7100s固态硬盘，在电商平台与三星990 PRO正面竞争。",
                title="长江存储出货量大增 2025")
    assert "NAND" not in {p.name for p in r["products"]}
    assert [sorted(p) for p in r["competitors"]] == [["TiPlus7100s", "三星990 PRO"]]


def test_a_model_two_makers_build_together_and_a_brand_after_a_month():
    r = analyse("理想L9我试驾过，理想汽车的售后也不错。问界M9是华为和赛力斯一起做的，智驾确实强。听销售说，今年9月问界M9交付1.2万台。",
                title="50万的大六座怎么选，理想L9、问界M9还是蔚来ES8？ 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("问界M9") in ("华为", "赛力斯") and "M9" not in owners


def test_the_months_since_a_launch_are_no_event_but_its_day_is():
    r = analyse("京东外卖自2月上线以来，日订单量已突破2000万单。", title="京东外卖订单 2025")
    assert not any(e.date == "2025-02" for e in r["events"])
    r = analyse("小米SU7自3月28日上市以来，累计交付超过10万辆。", title="小米SU7交付 2024")
    assert any(e.date == "2024-03-28" for e in r["events"])


def test_a_platform_under_its_owner_that_faces_rivals_is_the_side():
    r = analyse("在海外，拼多多旗下跨境电商平台Temu面临SHEIN、TikTok Shop和亚马逊的围攻。", title="拼多多三季度营收 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("Temu") == "拼多多" and owners.get("TikTok Shop") == "字节跳动" and "Temu面临SHEIN" not in owners
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("Temu", x)) for x in ("SHEIN", "TikTok Shop", "亚马逊")}


def test_others_that_also_vie_with_no_rivalry_told_before_vie_with_the_articles_model_and_each_other():
    r = analyse("财联社9月29日电，DeepSeek今日发布实验性模型DeepSeek-V3.2-Exp，API调用价格随之下调50%以上。"
                "月之暗面的Kimi K2、阿里巴巴的Qwen3以及智谱的GLM-4.5也在争夺开发者市场。", title="DeepSeek发布新模型 2025")
    names = {p.name for p in r["products"]}
    assert "DeepSeek-V3.2-Exp" in names and "实验性" not in names
    models = ("DeepSeek-V3.2-Exp", "Kimi K2", "Qwen3", "GLM-4.5")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset((a, b)) for i, a in enumerate(models) for b in models[i + 1:]}


def test_a_list_after_a_preposition_and_before_its_siege_and_brands_listed_before_other_brands():
    r = analyse("8月26日，安踏体育公布中期业绩。其中FILA收入141.8亿元，迪桑特和可隆体育等其他品牌收入74.1亿元。"
                "丁世忠表示，多品牌战略让安踏能在李宁、耐克和阿迪达斯的围攻中保持增长。", title="安踏体育中期业绩 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("迪桑特") == owners.get("可隆体育") == "安踏"
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("安踏", x)) for x in ("李宁", "耐克", "阿迪达斯")}


def test_a_maker_named_by_its_first_two_characters_a_featured_model_and_a_parent_named_after_its_product():
    r = analyse("李斌：乐道L90的对手是特斯拉的Model Y和理想的i8。蔚来要守住纯电市场的第一，ES8是主力。", title="对话李斌 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("i8") == "理想汽车" and owners.get("ES8") == "蔚来"
    r = analyse("量子位5月12日消息，AI Agent产品Manus的母公司蝴蝶效应完成7500万美元B轮融资。Manus的竞品包括OpenAI的Operator和月之暗面的Kimi-Researcher。",
                title="Manus母公司蝴蝶效应获7500万美元融资 对标OpenAI Operator 2025")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("Manus", "Operator")), frozenset(("Manus", "Kimi-Researcher"))}


def test_companies_in_an_industrys_price_war_vie_with_each_other_and_a_tenure_is_no_event():
    r = analyse("通威股份、晶科能源和天合光能同样仍处于亏损之中，光伏行业的价格战已持续两年。罗戎于2022年7月加入百度担任CFO，此前曾任北汽集团副总经理。",
                title="光伏价格战 2025")
    assert {"晶科能源", "天合光能"} <= {o.name for o in r["organizations"]}
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("通威股份", "晶科能源")), frozenset(("通威股份", "天合光能")),
                                                        frozenset(("晶科能源", "天合光能"))}
    assert not any(e.date == "2022-07" for e in r["events"])


def test_a_screen_size_is_no_part_of_a_model_and_words_of_a_launched_name():
    r = analyse("海信的E8Q 65英寸到手价降至5999元，小米则推出了S Pro Mini 65英寸，售价只要4299元。联想发布AI PC新品。", title="电视价格战 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("E8Q") == "海信" and owners.get("S Pro Mini") == "小米"
    assert not any(n.endswith(" 65") for n in owners) and "AI PC" not in owners


def test_the_customer_whose_orders_they_vie_for_is_no_side():
    r = analyse("在AI服务器代工领域，鸿海与广达、纬创竞争辉达的订单，鸿海的市占率超过四成。", title="鸿海第三季营收 2025")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("鸿海", "广达")), frozenset(("鸿海", "纬创"))}


def test_a_series_of_ips_a_company_has_and_a_signature_product_priced():
    r = analyse("王宁：泡泡玛特有SKULLPANDA、MOLLY、星星人等一系列IP。幸运咖的招牌产品冰美式只要5元。", title="专访泡泡玛特王宁 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("SKULLPANDA") == owners.get("MOLLY") == owners.get("星星人") == "泡泡玛特"
    assert "冰美式" in owners


def test_an_interviews_head_names_no_side_and_a_counted_group_stands_for_its_members():
    r = analyse("界面新闻：讯飞星火X1和DeepSeek R1比，差距在哪？", title="专访科大讯飞刘庆峰：讯飞星火X1对标DeepSeek R1 2025")
    assert [sorted(p) for p in r["competitors"]] == [["DeepSeek R1", "讯飞星火X1"]]
    r = analyse("财联社10月31日讯，国航、东航、南航三大航昨晚相继披露三季报。业内人士指出，三大航在国际航线上正与国泰航空、新加坡航空展开激烈竞争。",
                title="三大航三季度全部盈利 2025")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset((a, b)) for a in ("国航", "东航", "南航")
                                                        for b in ("国泰航空", "新加坡航空")}
    assert [e.date for e in r["events"]] == ["2025-10-30"]


def test_the_company_that_faces_rivals_a_model_named_with_an_articles_alias_and_a_price_war_fought_down():
    r = analyse("李宁公司联席行政总裁钱炜表示，面对安踏和特步的竞争，公司会继续聚焦专业运动。", title="李宁公司中期业绩 2025")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("李宁公司", "安踏")), frozenset(("李宁公司", "特步"))}
    r = analyse("极氪（Zeekr）在荷兰发布Zeekr 7X欧洲版。Zeekr 7X在欧洲的主要对手是Tesla Model Y和比亚迪的Sealion 7。", title="极氪7X登陆欧洲 2025")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("Zeekr 7X", "Model Y")), frozenset(("Zeekr 7X", "Sealion 7"))}
    r = analyse("今年义乌的快递价格又打到了1.2元一票，极兔最狠，中通、圆通、申通跟进。", title="极兔和三通一达谁先撑不住 2025")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("极兔", x)) for x in ("中通", "圆通", "申通")}


def test_a_war_of_attrition_and_a_store_count_far_ahead_are_rivalries():
    r = analyse("程维在信中表示，在拉美市场，滴滴要和Uber、Rappi打持久战。", title="滴滴内部信 2025")
    assert "Rappi" in {o.name for o in r["organizations"]}
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("滴滴", "Uber")), frozenset(("滴滴", "Rappi"))}
    r = analyse("在国内现磨咖啡市场，瑞幸的门店数已远超星巴克中国的7828家，库迪咖啡则以约1.5万家门店排在第二。", title="瑞幸咖啡三季报 2025")
    assert frozenset(("瑞幸咖啡", "库迪咖啡")) in {frozenset(p) for p in r["competitors"]}


def test_a_well_known_latin_maker_before_a_word_of_its_model_and_which_one_to_buy():
    r = analyse("雷鸟X3 Pro是雷鸟创新今年的旗舰，价格3999元；Rokid Glasses轻一些，3299元。",
                title="雷鸟X3 Pro和Rokid Glasses到底买哪个？ 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("Rokid Glasses") == "Rokid" and "Rokid Glasses" not in {o.name for o in r["organizations"]}
    assert [sorted(p) for p in r["competitors"]] == [["Rokid Glasses", "雷鸟X3 Pro"]]


def test_a_metric_after_a_latin_name_and_titles_that_ask_which_is_better():
    r = analyse("携程集团CEO孙洁说，旗下国际平台Trip.com营收年增逾五成。", title="携程第三季营收 2025")
    names = {p.name for p in r["products"]}
    assert "Trip.com" in names and "Trip.com营收" not in names
    r = analyse("装了二十年空调了，谈谈真实感受。格力电器董事长董明珠说，格力不会参与价格战。美的的变频控制更省电。",
                title="格力和美的空调到底哪个好？ 2025")
    assert [sorted(p) for p in r["competitors"]] == [["格力", "美的"]]
    r = analyse("海底捞上半年营收207亿元；巴奴火锅营收12.1亿元；呷哺呷哺旗下的凑凑则关闭了30多家门店。",
                title="海底捞、巴奴、凑凑：火锅三巨头谁最能扛？ 2025")
    assert len(r["competitors"]) == 3


def test_a_question_is_no_rival_and_staying_ahead_of_a_named_product_is_a_rivalry():
    r = analyse("晚点Auto：YU7的对手是谁？\n卢伟冰：特斯拉Model Y是我们对标的车型。", title="对话小米卢伟冰 2025")
    assert not any("谁" in o.name for o in r["organizations"])
    r = analyse("韩歆毅表示，支付宝要在移动支付市场继续领先微信支付。", title="蚂蚁集团组织调整 2025")
    assert [sorted(p) for p in r["competitors"]] == [["微信支付", "支付宝"]]


def test_a_launch_listed_in_a_clause_is_its_clause_makers_and_choosing_between_two():
    r = analyse("今年双十一前，石头科技发布了P20 Ultra Plus，科沃斯推出了地宝X9 Pro。上半年线上销额前三是石头、科沃斯和追觅。",
                title="扫地机器人选石头还是科沃斯？ 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("地宝X9 Pro") == "科沃斯" and owners.get("P20 Ultra Plus") == "石头科技"
    assert {frozenset(p) for p in r["competitors"]} >= {frozenset(("石头科技", "科沃斯")), frozenset(("石头科技", "追觅"))}


def test_a_known_work_in_title_marks_and_a_rivals_product_before_head_on_competition():
    r = analyse("哔哩哔哩董事长兼CEO陈睿表示，《三国：谋定天下》仍是主要的游戏收入来源。", title="哔哩哔哩第三季营收 2025")
    assert {p.name: p.owner for p in r["products"]}.get("三国：谋定天下") == "哔哩哔哩"
    r = analyse("目前蔚来的换电站数量超过3500座，在换电领域与宁德时代的巧克力换电正面竞争。", title="蔚来能源调整 2025")
    assert {p.name: p.owner for p in r["products"]}.get("巧克力换电") == "宁德时代"


def test_a_buyers_comparison_lists_rivals_and_going_head_to_head_is_a_rivalry():
    r = analyse("我把松果派、三只松鼠、良品铺子三家的礼盒都买来试了。松果派这两年跟三只松鼠正面硬刚。",
                title="坚果礼盒到底买哪家？松果派、三只松鼠、良品铺子横评 2025")
    assert "松果派" in {o.name for o in r["organizations"]}
    assert {frozenset(p) for p in r["competitors"]} >= {frozenset(("松果派", "三只松鼠")), frozenset(("松果派", "良品铺子")),
                                                         frozenset(("三只松鼠", "良品铺子"))}


def test_brands_named_after_what_is_said_of_them_vie_with_the_one_after_yu():
    r = analyse("过去两年，抖音上崛起的暖羽、鹅绒坊等品牌以高性价比吸引了不少年轻消费者。"
                "分析人士认为，暖羽和鹅绒坊正在中端价位与安踏展开正面交锋，而在高端市场，安踏的主要对手仍是加拿大鹅。",
                title="安踏中期业绩 2025")
    assert {"暖羽", "鹅绒坊"} <= {o.name for o in r["organizations"]}
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("暖羽", "安踏")), frozenset(("鹅绒坊", "安踏")),
                                                         frozenset(("安踏", "加拿大鹅"))}


def test_brands_opening_clauses_are_the_speakers_companys_and_a_price_band_is_a_figure():
    r = analyse("波司登执行总裁梅冬表示，雪域狐品牌将继续承接大众市场，冰玥则聚焦年轻女性。在3000元以上的高端市场，波司登仍然领先。",
                title="波司登中期业绩 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("雪域狐") == "波司登" and owners.get("冰玥") == "波司登"
    assert any(f.value == 3000 and f.unit == "元" for f in r["figures"])


def test_a_change_of_a_count_counts_the_same_thing():
    r = analyse("截至9月30日，公司零售网点共3470个，较去年同期净减少62个。", title="某公司中期业绩 2025")
    assert any(f.value == 62 and "网点" in f.counts for f in r["figures"])


def test_the_interviewees_company_against_a_rival_and_quoted_product_lines():
    r = analyse("本报记者近日专访了自如CEO熊林。\n问：自如的“自如寓”和“自如豪宅”两条产品线有什么变化？\n"
                "熊林：乐居寓在北京的规模跟我们差不多，我们在核心地段确实短兵相接。", title="对话自如CEO熊林 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("自如寓") == "自如" and owners.get("自如豪宅") == "自如"
    r = analyse("本报记者近日专访了自如CEO熊林。\n问：今年有什么变化？\n"
                "熊林：我爱我家在北京的规模跟我们差不多，我们在核心地段确实短兵相接。说到底，大家在争同一批房源，但租客会用脚投票。",
                title="对话自如CEO熊林 2025")
    assert [sorted(p) for p in r["competitors"]] == [["我爱我家", "自如"]]
    assert any("用脚投票" in q.text and q.speaker == "熊林" for q in r["quotes"])


def test_a_brand_after_qixia_is_no_person_and_a_kind_of_goods_no_brand_of_a_unit():
    r = analyse("伊利奶粉事业部总经理刘鹏表示，国产奶粉品牌的价格战还在继续。伊利旗下的金领冠也没有缺席。刘鹏说，金领冠今年的目标是稳住第一梯队。",
                title="婴配粉降价 2025")
    assert "金领冠" not in {p.name for p in r["people"]}
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("金领冠") == "伊利" and "奶粉" not in owners


def test_a_target_named_with_its_product_and_a_brand_after_a_kind_of_goods():
    r = analyse("10月13日，君乐宝宣布旗下超高端奶粉悦鲜活下调终端价格。业内人士指出，君乐宝此番降价直指飞鹤的星河帆。",
                title="婴配粉降价 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("悦鲜活") == "君乐宝" and owners.get("星河帆") == "飞鹤"


def test_a_brand_under_a_company_listed_with_yiji_and_shops_are_no_sides():
    r = analyse("汤臣倍健在线上主要与健合集团旗下的Swisse以及养生堂短兵相接，后两者在天猫和京东的销售额增速均快于汤臣倍健。"
                "公司计划今年推出20款新品。", title="汤臣倍健中期业绩 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("Swisse") == "健合集团" and "20款新品" not in owners
    sides = {n for p in r["competitors"] for n in p}
    assert "天猫" not in sides and "京东" not in sides and "养生堂" in sides


def test_a_shareholder_in_a_contrasted_clause_is_no_rival_and_a_quoted_strategy_no_company():
    r = analyse("为推进公司“数智化”战略落地，董事会决定调整架构。据了解，居然智家正在与红星美凯龙争夺头把交椅，而阿里巴巴是居然智家的重要股东。",
                title="居然智家发布内部信 2025")
    assert [sorted(p) for p in r["competitors"]] == [["居然智家", "红星美凯龙"]]
    assert "数智化" not in {o.name for o in r["organizations"]}


def test_a_cut_off_given_name_a_product_kind_before_a_head_and_comparisons_and_chasing():
    r = analyse("据36氪报道，月之暗面旗下AI助手Kimi的产品负责人林骁已离职，其职责由联合创始人、CTO张予彤接手。"
                "Kimi K2在开源社区的口碑不错，被不少开发者拿来与DeepSeek-V3对比。月之暗面创始人杨植麟表示，公司不会再去追豆包和文心一言。",
                title="Kimi产品负责人离职 2025")
    assert "张予彤" in {p.name for p in r["people"]}
    assert ("林骁", "Kimi") in {(x.person, x.org) for x in r["roles"]}
    assert "K2" not in {p.name for p in r["products"]}
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset(("Kimi K2", "DeepSeek-V3")) in pairs and frozenset(("月之暗面", "豆包")) in pairs


def test_one_told_behind_then_a_list_of_measures_and_a_landscape_then_positions():
    r = analyse("今年以来，Kimi在用户增长上明显落后。9月豆包月活超过1.7亿，文心一言约3500万，Kimi则跌至2000万左右。",
                title="AI助手月活 2025")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("Kimi", "豆包")), frozenset(("Kimi", "文心一言"))}
    assert any(f.value == 20000000 for f in r["figures"])
    assert not any(e.date == "2025-09" for e in r["events"])  # the month a measure covers is no event
    r = analyse("BOSS直聘（NASDAQ：BZ）公布第三季度业绩。在线招聘行业的格局正在变化。智联招聘和前程无忧仍以简历库模式为主，同道猎聘则专注中高端人才，而BOSS直聘在年轻人中更受欢迎。"
                "BOSS直聘付费企业客户数660万家。", title="BOSS直聘第三季度营收 2025")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("BOSS直聘", n)) for n in ("智联招聘", "前程无忧", "同道猎聘")}
    assert any(f.value == 6600000 for f in r["figures"])


def test_a_measure_after_a_company_is_no_product_and_a_device_the_speakers_company_names():
    r = analyse("宁德时代以37.9%的市占率稳居第一，LG新能源市占率9.3%。业界分析，比亚迪旗下的弗迪电池正加速对外供货；"
                "宁德时代董事长曾毓群日前表示，公司的神骁超充电池今年出货量将明显成长。", title="动力电池装机量 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert "市占率" not in owners and "弗迪电池正" not in owners and owners.get("神骁超充电池") == "宁德时代"


def test_a_platform_of_a_company_a_channel_launched_in_quote_marks_and_chasers_in_a_title():
    r = analyse("字节跳动旗下的红果短剧8月月活用户已超过2.1亿。紧随其后的是点众科技的河马剧场，月活约6000万。快手则上线了免费短剧频道。腾讯视频今年推出了“十分剧场”。"
                "红果和河马背后，是字节跳动与点众科技在内容采买上的暗战。",
                title="免费短剧大战：红果短剧月活破2亿，河马剧场、快手紧追 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("河马剧场") == "点众科技" and owners.get("十分剧场") == "腾讯" and "免费短剧频道" not in owners
    assert "河马剧场" not in {o.name for o in r["organizations"]}
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset(("字节跳动", "点众科技")) in pairs and frozenset(("红果短剧", "快手")) in pairs


def test_a_featured_series_keeps_its_word_and_what_is_sold_is_counted():
    r = analyse("雅迪的冠能系列续航扎实；爱玛今年主推的引领系列颜值高，价格比雅迪便宜两三百。听说雅迪去年卖了1300多万辆。",
                title="雅迪、爱玛怎么选 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("引领系列") == "爱玛" and "颜值" not in owners
    assert any(f.value == 13000000 and f.unit == "辆" for f in r["figures"])


def test_an_interview_title_gives_the_interviewees_post_and_questions_set_rivals_against_the_company():
    r = analyse("问：UU跑腿在下沉市场很猛，你们怎么应对？\n薛鹏：我们是直营城市加合作城市。\n"
                "问：最近顺丰同城推出了“专人直送”，价格比快送宝低两成，压力大吗？\n薛鹏：价格战我们不打。",
                title="专访快送宝创始人薛鹏：即时配送不是规模游戏 2025")
    assert ("薛鹏", "创始人", "快送宝") in {(x.person, x.title, x.org) for x in r["roles"]}
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset(("快送宝", "UU跑腿")) in pairs and frozenset(("快送宝", "顺丰同城")) in pairs


def test_a_rival_that_draws_users_away_and_words_said_after_bing_cheng():
    r = analyse("知乎创始人、董事长兼CEO周源在内部邮件中感谢王新宇的贡献，并称“AI搜索是知乎未来最重要的方向”。"
                "不过，在问答和知识内容上，知乎正遭遇小红书的分流，抖音也在加码图文内容。", title="知乎CTO离职 2025")
    assert any(q.speaker == "周源" and "AI搜索" in q.text for q in r["quotes"])
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("知乎", "小红书")), frozenset(("知乎", "抖音"))}


def test_a_business_with_its_region_in_brackets_is_a_unit_of_the_company():
    r = analyse("三、刘棠枝出任创维电视（中国区）总经理，全面负责彩电国内业务。", title="创维集团人事调整 2025")
    assert ("刘棠枝", "总经理", "创维电视") in {(x.person, x.title, x.org) for x in r["roles"]}


def test_the_customer_whose_orders_they_vie_for_and_makers_written_alike():
    r = analyse("苹果供应链传出，立讯精密与歌尔股份正争抢新一代AirPods Pro的组装订单，鸿海也积极争取分食。", title="果链订单 2025")
    assert "苹果" not in {n for p in r["competitors"] for n in p}
    r = analyse("近年来高通的超声波指纹方案和思远微的光学方案在中高端机型上与汇顶科技分庭抗礼。", title="汇顶科技收购 2025")
    assert "思远微" in {o.name for o in r["organizations"]}
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("汇顶科技", "高通")), frozenset(("汇顶科技", "思远微"))}


def test_two_that_both_vie_with_a_third_and_a_models_makers_are_no_sides():
    r = analyse("在成熟制程代工市场，中芯国际与华虹半导体的差距在拉大，但两家都在和台积电抢国内客户的订单。", title="晶圆代工 2025")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("中芯国际", "华虹半导体")), frozenset(("中芯国际", "台积电")),
                                                         frozenset(("华虹半导体", "台积电"))}
    r = analyse("华为发布了问界M9。问界M9是华为和赛力斯一起做的，价格比理想L9贵一截。", title="六座SUV怎么选 2025")
    sides = {n for p in r["competitors"] for n in p}
    assert "华为" not in sides and "赛力斯" not in sides


def test_two_told_vying_then_one_that_also_spends_and_a_conjunction_glued_to_a_name():
    r = analyse("富途控股（NASDAQ：FUTU）11月20日公布第三季度业绩。老虎证券同日披露三季度收入。两家公司在新加坡的用户争夺尤为激烈，长桥证券也在今年加大了当地的投放。"
                "但盈透证券依然是专业投资者的首选。", title="互联网券商出海竞速 2025")
    against = {n for p in r["competitors"] if "长桥证券" in p for n in p} - {"长桥证券"}
    assert "老虎证券" in against and any(n.startswith("富途") for n in against)
    assert "但盈透证券" not in {o.name for o in r["organizations"]}


def test_a_unit_moved_under_a_business_and_the_duties_of_one_who_left():
    r = analyse("2025年5月12日，京东集团发布内部邮件，宣布京东科技新一轮组织调整。\n"
                "（1）成立AI与大模型部，由京东科技副总裁林嘉慧担任部门负责人，向京东科技CEO许航汇报；\n"
                "（2）京东云事业部整体划归京东零售，原京东云事业部总裁邵思远继续担任京东云事业部总裁；\n（3）原京东科技首席技术官罗义平因个人原因离职，其职责由林嘉慧兼任。\n"
                "京东科技是京东集团旗下的技术服务板块。", title="京东科技调整组织架构 2025")
    parents = {u.name: u.parent for u in r["units"]}
    assert parents.get("京东云事业部") == "京东零售" and parents.get("京东零售") == "京东"
    assert parents.get("AI与大模型部") == "京东科技" and "技术服务板块" not in parents
    from analysis.extract.org import each_title
    assert ("林嘉慧", "首席技术官", "2025-05-12") in {(x.person, x.title, x.since) for x in each_title(r["roles"])}


def test_other_players_vie_with_the_articles_company_and_a_deal_in_renminbi():
    r = analyse("嬴彻科技宣布完成新一轮6亿元人民币融资，由宁德时代领投。目前国内自动驾驶重卡赛道的玩家还有主线科技、千挂科技等，"
                "各家都在争夺头部物流企业的订单。", title="嬴彻科技完成新一轮融资 2025")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("嬴彻科技", "主线科技")), frozenset(("嬴彻科技", "千挂科技"))}
    assert any(f.value == 600000000 and f.counts == "融资" for f in r["figures"])


def test_a_product_under_its_company_against_others_products_and_two_models_compared():
    r = analyse("度小满旗下的信贷产品“有钱花”，近年来在消费信贷市场与蚂蚁集团的借呗、微众银行的微粒贷正面竞争。", title="度小满人事 2025")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("有钱花", "借呗")), frozenset(("有钱花", "微粒贷"))}
    r = analyse("最后圈定了星途900和问界M8。星途900比问界M8便宜了小两万。", title="六座SUV到底选谁 2025")
    assert "星途900" in {p.name for p in r["products"]}
    assert frozenset(("星途900", "问界M8")) in {frozenset(p) for p in r["competitors"]}


def test_general_words_of_rivalry_and_a_company_listed_after_anothers_product():
    r = analyse("今年以来，喜茶与奈雪的茶的门店数不相上下。", title="新茶饮门店数 2025")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("喜茶", "奈雪的茶"))}
    r = analyse("在高端黄金珠宝市场，老铺黄金与周大福的传福系列、老凤祥形成竞争。", title="老铺黄金古法金单价跑赢周大福 2025")
    assert frozenset(("老铺黄金", "老凤祥")) in {frozenset(p) for p in r["competitors"]}


def test_an_interview_whose_outlet_asks_and_item_markers_out_of_unit_names():
    r = analyse("晚点：今年价格战很激烈，你们跟不跟？\n钟远山：我们不打价格战，用户买的是技术。", title="对话追觅创始人钟远山 2025")
    assert "钟远山" in {p.name for p in r["people"]}
    assert any(q.speaker == "钟远山" and "不打价格战" in q.text for q in r["quotes"])
    r = analyse("10月9日，网易游戏发布内部邮件，宣布对雷火事业群进行组织调整：\n二是雷火事业群总裁胡志鹏兼任雷火事业群首席技术官。",
                title="网易游戏发内部邮件 2025")
    assert "二是雷火事业群" not in {u.name for u in r["units"]}
    assert ("胡志鹏", "总裁", "雷火事业群") in {(x.person, x.title, x.org) for x in r["roles"]}


def test_a_successors_own_day_a_co_leader_and_a_retirement_day():
    from analysis.extract.org import each_title
    r = analyse("华硕今天召开董事会，通过共同执行长许先越将于2025年12月31日退休，由现任系统事业群总经理林建宏自2026年1月1日起接任共同执行长，"
                "与胡书宾共同领导公司。", title="华硕共同执行长交棒 2025")
    dated = {(x.person, x.since, x.until) for x in each_title(r["roles"]) if x.title.endswith("执行长")}
    assert ("许先越", None, "2025-12-31") in dated and ("林建宏", "2026-01-01", None) in dated
    assert "胡书宾" in {p.name for p in r["people"]}


def test_a_country_after_a_platform_is_its_heads_title_and_three_sides_fighting():
    r = analyse("滴滴出行（DiDi）旗下的外卖平台99Food宣布重新上线。巴西外卖市场长期由Prosus旗下的iFood主导。99Food巴西负责人Bruno Rossini表示，将实行零佣金政策。"
                "分析人士指出，99Food、Keeta与iFood的三方混战，将把巴西外卖市场拖入补贴战。", title="99Food重返巴西 2025")
    assert {p.name: p.owner for p in r["products"]}.get("99Food") == "滴滴出行"
    assert frozenset(("Keeta", "iFood")) in {frozenset(p) for p in r["competitors"]}
    assert ("负责人", "99Food") in {(x.title[-3:], x.org) for x in r["roles"]}


def test_a_contest_in_the_industry_sets_the_articles_company_against_each_and_a_featured_model():
    r = analyse("智元机器人宣布完成新一轮融资。联合创始人彭志辉表示，其中远征A2将是主力产品。"
                "目前国内人形机器人赛道竞争激烈，宇树科技凭借G1机器人在消费市场领先，优必选则专注工业场景。", title="智元机器人完成新一轮融资 2025")
    assert {p.name: p.owner for p in r["products"]}.get("远征A2") == "智元机器人"
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("智元机器人", "宇树科技")), frozenset(("智元机器人", "优必选"))}


def test_who_counted_is_no_side_and_a_brands_head():
    r = analyse("据Dell'Oro Group统计，华为以31%的份额排名第一，中兴通讯以14%位列第三。", title="中兴通讯三季报 2025")
    assert not any("Dell" in n for p in r["competitors"] for n in p)
    r = analyse("6月2日，长城汽车发布人事任命通知：1、任命韩立明为坦克品牌CEO，自2025年6月1日起生效。", title="长城汽车人事任命 2025")
    assert ("韩立明", "CEO", "坦克") in {(x.person, x.title, x.org) for x in r["roles"]}
    assert {p.name: p.owner for p in r["products"]}.get("坦克") == "长城汽车"


def test_ai_products_named_before_their_kind_a_makers_lettered_model_and_which_to_choose():
    r = analyse("记者：豆包、DeepSeek都在做AI搜索，纳米AI搜索的机会在哪？\n周鸿祎：秘塔AI搜索做得很好，但体量还小。\n"
                "（周鸿祎为360集团创始人、董事长）", title="对话周鸿祎 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("纳米AI搜索") == "360集团" and owners.get("秘塔AI搜索") == "秘塔"
    assert {frozenset(("纳米AI搜索", "豆包")), frozenset(("纳米AI搜索", "DeepSeek"))} <= {frozenset(p) for p in r["competitors"]}
    r = analyse("看了一圈锁定三台：海信U8、TCL Q10K和小米S Pro。", title="海信U8、TCL Q10K、小米S Pro，85寸电视选哪台？ 2025")
    assert "小米S Pro" in {p.name for p in r["products"]}
    assert frozenset(("海信U8", "小米S Pro")) in {frozenset(p) for p in r["competitors"]}


def test_a_chip_written_jingpian_and_an_estimate_said():
    r = analyse("联发科执行长蔡力行表示，旗舰晶片天玑9500的出货量明显成长。蔡力行预估，第四季营收将介于1350亿元至1450亿元。",
                title="联发科第三季营收 2025")
    assert "天玑9500" in {p.name for p in r["products"]}
    assert any(q.speaker == "蔡力行" and "第四季营收" in q.text for q in r["quotes"])


def test_others_taking_users_away_and_three_whose_gap_is_small():
    r = analyse("爱奇艺公布三季度业绩。与此同时，抖音、快手的短剧和直播正在分走用户的时间。", title="爱奇艺三季度总收入 2025")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("爱奇艺", "抖音")), frozenset(("爱奇艺", "快手"))}
    r = analyse("在长视频赛道，爱奇艺、哔哩哔哩和优酷三家的会员规模差距不大。", title="长视频会员 2025")
    assert len(r["competitors"]) == 3


def test_an_interviewees_rank_and_comparison_and_rivals_compared_by_name():
    r = analyse("问：荣耀去年排名第几？跟华为、小米相比，差距在哪？\n李健：去年我们在国内排第四，前面是华为、vivo和苹果。",
                title="专访荣耀CEO李健 2025")
    assert {frozenset(p) for p in r["competitors"]} >= {frozenset(("荣耀", n)) for n in ("华为", "小米", "vivo", "苹果")}
    r = analyse("界面新闻：智谱最新发布的GLM-4和OpenAI的GPT-4相比，差距还有多大？", title="专访智谱CEO张鹏 2025")
    assert {frozenset(p) for p in r["competitors"]} == {frozenset(("GLM-4", "GPT-4"))}


def test_a_company_squeezed_by_two_others_is_the_articles_and_a_model_of_the_same_class_is_its_makers():
    r = analyse("过去五年，海信一直是国内激光电视市场的老大。但在TCL和小米的左右夹击下，这个位置正在变得不稳。"
                "TCL X11定价7999元，比海信同级别的RS 10 Ultra便宜了近两千元。",
                title="激光电视江湖变天：海信失速 2025-04-28")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert {frozenset({"海信", "TCL"}), frozenset({"海信", "小米"})} <= pairs and frozenset({"TCL", "小米"}) not in pairs
    assert ("RS 10 Ultra", "海信") in {(p.name, p.owner) for p in r["products"]}


def test_a_clause_opening_with_qixia_is_the_previous_clauses_companys_and_a_category_is_no_product():
    r = analyse("元气森林把苏打气泡水的价格降到了4元。农夫山泉随即跟进，旗下的苏打天然水气泡水的价格降到了每瓶3元左右。"
                "喜茶、蜜雪冰城等现制茶饮也在推出气泡类饮品。", title="气泡水价格战：元气森林 2025-06-12")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("苏打天然水气泡水") == "农夫山泉" and "气泡类饮品" not in owners


def test_a_headline_comparing_a_list_sets_each_against_each_and_a_period_is_no_event():
    r = analyse("最近想出一个二手的LV包，把得物、闲鱼、红布林三个平台都试了一遍。今年前8月得物的销量增长了30%。",
                title="二手奢侈品到底在哪买？得物、闲鱼、红布林实测对比 2025-03-02")
    assert {frozenset({"得物", "红布林"}), frozenset({"闲鱼", "红布林"})} <= {frozenset(p) for p in r["competitors"]}
    assert not any(e.date.startswith("2025-08") for e in r["events"])
    assert 3 not in {f.value for f in r["figures"]}


def test_a_maker_named_with_its_model_in_a_list_of_companies_is_the_side():
    r = analyse("电动机车大厂Gogoro昨日公布业绩。今年前8月Gogoro的市占率明显下滑，主要是受到光阳Ionex与三阳等传统机车厂的夹击。",
                title="Gogoro失速 2024-09-24")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert {frozenset({"Gogoro", "光阳"}), frozenset({"Gogoro", "三阳"})} <= pairs
    assert ("Ionex", "光阳") in {(p.name, p.owner) for p in r["products"]}


def test_players_besides_the_article_company_and_the_interviewees_rivals_for_users():
    r = analyse("名创优品旗下潮玩品牌TOP TOY向港交所递交招股书。TOP TOY被视为泡泡玛特的追赶者。名创优品很好。"
                "此外，52TOYS、酷乐潮玩也在加速开店，潮玩集合店的竞争正日趋激烈。", title="名创优品分拆TOP TOY 2025-09-26")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset({"52TOYS", "酷乐潮玩"}) not in pairs
    i = analyse("马和平：我们更多是在和美团、飞猪抢下沉市场的用户。同程很好，同程旅行也很好。",
                title="对话同程旅行CEO马和平：我们不怕携程")
    assert {frozenset({"同程旅行", "美团"}), frozenset({"同程旅行", "飞猪"})} <= {frozenset(p) for p in i["competitors"]}


def test_a_list_naming_one_company_bare_sets_makers_not_their_latin_models_against_each_other():
    r = analyse("家里院子大概400平，去年买了一台九号公司的Navimow i105，今年又借了朋友的追觅A1和科沃斯GOAT G1来对比。"
                "无边界割草这一块，三家都做到了，九号用的是RTK+视觉，追觅和科沃斯用的是激光雷达。"
                "价格方面，Navimow i105卖3999元，追觅A1卖4999元，GOAT G1最贵，要5999元。",
                title="割草机器人怎么选？九号Navimow、追觅、科沃斯GOAT三款实测")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert {frozenset({"九号公司", "追觅"}), frozenset({"九号公司", "科沃斯"})} <= pairs  # 追觅科技, as the article names it
    assert "Navimow i105" in {p.name for p in r["products"]}
    assert {4999, 5999} <= {f.value for f in r["figures"]}


def test_a_series_is_named_without_its_kind_and_a_clause_after_the_platform_is_no_name():
    r = analyse("众安保险很好。旗下的尊享e生系列百万医疗险，累计服务用户已超过1亿人次。"
                "美团旗下外卖平台Keeta进入香港两年，已从Foodpanda手中抢走大量市场份额。", title="众安保险 2025-03-18")
    names = {p.name for p in r["products"]}
    assert {"尊享e生", "Keeta"} <= names and not any(n.endswith(("医疗险", "两年")) for n in names)


def test_a_question_after_a_completed_deal_keeps_the_deal_an_event_and_a_contribution_is_a_figure():
    r = analyse("36氪：去年同程收购了万达酒店管理，酒店业务现在是什么情况？泡泡玛特的THE MONSTERS系列就贡献了30.4亿元。",
                title="对话同程旅行CEO马和平 2025-07-10")
    assert any(e.date == "2024" and "万达酒店管理" in e.text for e in r["events"])
    assert 3_040_000_000 in {f.value for f in r["figures"]}


def test_a_first_tier_a_gap_two_trail_and_a_multiple_of_anothers_size_are_rivalries():
    r = analyse("北京银河通用机器人有限公司（简称“银河通用”）宣布完成融资。目前国内具身智能赛道融资活跃，"
                "智元机器人、宇树科技、银河通用被视为第一梯队。", title="银河通用融资 2025")
    assert len({frozenset(p) for p in r["competitors"]}) == 3
    r = analyse("在先进制程上，台积电领先。不过，三星的3纳米良率始终未能突破六成，英特尔的18A制程也延后推出，两家与台积电的差距正在扩大。",
                title="台积电2纳米量产在即")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert {frozenset({"台积电", "三星"}), frozenset({"台积电", "英特尔"})} <= pairs and frozenset({"三星", "英特尔"}) not in pairs
    r = analyse("李宁公司全年营收286.8亿元。安踏体育全年营收708.3亿元，同比增长13.6%，规模是李宁的2.5倍以上。",
                title="运动品牌年报 2025")
    assert frozenset({"安踏体育", "李宁"}) in {frozenset(p) for p in r["competitors"]} or \
        frozenset({"安踏", "李宁"}) in {frozenset(p) for p in r["competitors"]}


def test_a_coded_series_a_list_ending_in_a_duration_word_and_the_headlines_contenders_are_no_ones_brands():
    r = analyse("分析人士指出，在专业跑鞋领域，特步凭借160X系列和李宁的飞电系列正在争夺头部跑者。"
                "在国内，网易云音乐与腾讯音乐娱乐集团旗下的QQ音乐、酷狗音乐长期竞争。", title="运动品牌年报 2025")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("160X") in ("特步", "特步国际") and "酷狗音乐" in owners and "酷狗音乐长期" not in owners
    r = analyse("一小时4元、封顶99元。记者走访北京多个商圈发现，怪兽充电、街电、小电等品牌的收费普遍在每小时3元至5元之间。"
                "美团充电宝主打每小时2元。", title="共享充电宝集体涨价：怪兽充电、街电、小电谁在掉队？")
    owners = {p.name: p.owner for p in r["products"]}
    assert not {"怪兽充电", "街电", "小电"} & set(owners)
    assert {3, 5, 2} <= {f.value for f in r["figures"]}


def test_a_list_after_yu_faces_the_subject_and_a_counted_launch_lists_products():
    r = analyse("六福集团则表示，将在今年推出更多古法金产品，与老铺黄金及周大福正面竞争。老铺黄金很好，周大福也很好。",
                title="古法金赛道 2025")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert {frozenset({"六福集团", "老铺黄金"}), frozenset({"六福集团", "周大福"})} <= pairs
    assert not any(p.name.startswith("更多") for p in r["products"])
    r = analyse("4月21日，宁德时代在上海举办超级科技日，发布第二代神行超充电池、钠新电池和骁遥双核电池三款新品。"
                "第二代神行超充电池充电5分钟可补能520公里。", title="宁德时代发布新品 2025")
    assert {"神行超充电池", "钠新电池", "骁遥双核电池"} <= {p.name for p in r["products"]}
    values = {f.value for f in r["figures"]}
    assert 520 in values and 3 not in values
    r = analyse("峰飞航空的盛世龙已完成首次跨海飞行。亿航智能很好。小鹏汇天的陆地航母计划量产。",
                title="低空经济：亿航、峰飞、小鹏汇天谁先拿到运营牌照？")
    assert len({frozenset(p) for p in r["competitors"]}) >= 3  # 谁先: each against each


def test_a_makers_lines_and_editions_are_named_whole_and_a_kind_with_a_chip_word_is_no_product():
    r = analyse("5月22日，小米在北京发布自研手机SoC芯片玄戒O1，首发搭载于小米15S Pro和小米平板7 Ultra。"
                "从跑分看，玄戒O1已接近苹果的A18 Pro，但与高通骁龙8至尊版相比仍有差距。华为海思的麒麟芯片则与前三者仍有差距。"
                "WPS个人业务收入16.6亿元，WPS 365业务收入2.6亿元，WPS AI的月活跃用户数已超过2900万。"
                "西门子的老款SN23E831TI口碑不错。", title="小米玄戒O1发布")
    names = {p.name for p in r["products"]}
    assert {"小米15S Pro", "小米平板7 Ultra", "骁龙8至尊版", "WPS 365", "WPS AI", "SN23E831TI"} <= names
    assert "手机SoC" not in names and "老款SN23E831TI" not in names
    assert not any({"华为海思", "麒麟芯片"} <= set(p) for p in r["competitors"])  # a company and its own chip


def test_a_known_makers_series_a_recurring_coined_model_and_a_declared_war_are_rivals():
    r = analyse("同价位的比亚迪元UP起售价9.68万元；吉利星愿则凭借5.88万元的起售价，今年一季度卖出了超过10万辆。"
                "零跑B10起售价9.98万元。", title="10万元纯电小车对决：零跑B10、比亚迪元UP、吉利星愿谁更值？")
    owners = {p.name: p.owner for p in r["products"]}
    assert owners.get("元UP") == "比亚迪" and owners.get("星愿") == "吉利"
    assert 58800 in {f.value for f in r["figures"]}
    r = analyse("7月21日，Tims天好中国宣布推出“天天15元”活动，这被视为Tims对Manner发起的正面挑战。Tims中国首席执行官卢永臣表示，不会让步。"
                "Manner一直以15元左右的价格占据着性价比心智。另一边，M Stand则选择往高端走。瑞幸和库迪之间的9.9元之战仍在继续。",
                title="Tims中国向Manner宣战")
    orgs = {o.name for o in r["organizations"]}
    assert {"Manner", "M Stand"} <= orgs
    assert any("Manner" in p and any(n.startswith("Tims") for n in p) for p in r["competitors"])
    assert 9.9 in {f.value for f in r["figures"]}


def test_a_makers_generic_drug_name_is_its_product_and_a_monthly_load_factor_is_no_event():
    r = analyse("在BTK赛道上，阿斯利康的阿可替尼同样是泽布替尼的主要对手。春秋航空7月、8月的客座率分别为93.2%和94.5%。",
                title="百济神州泽布替尼 2025-08-07")
    assert ("阿可替尼", "阿斯利康") in {(p.name, p.owner) for p in r["products"]}
    assert not any(e.date == "2025-07" for e in r["events"])


def test_two_named_vying_for_orders_in_their_clause_and_a_new_generation_model():
    r = analyse("辉达新一代GB200伺服器开始大量出货，代工厂鸿海与广达正全力抢食订单。纬创很好。", title="AI伺服器双雄竞争白热化")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset({"鸿海", "广达"}) in pairs and not any("英伟达" in p or "辉达" in p for p in pairs)
    assert {p.name: p.owner for p in r["products"]}.get("GB200") in ("英伟达", "辉达")  # the article calls 英伟达 辉达
    r = analyse("vivo总裁沈炜在信中表示，公司将全力与苹果、华为争夺高端市场。", title="vivo内部信 2024")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset({"vivo", "苹果"}) in pairs and frozenset({"苹果", "华为"}) not in pairs


def test_a_quoted_product_a_company_makes_twin_stars_and_a_count_a_company_ranks_by():
    r = analyse("过去几年，喜茶和奈雪的茶一直被视为高端茶饮的“双子星”。喜茶出品的“酷黑莓桑”仍是爆款。"
                "2024年，三星以3600万台继续位居第一，TCL以2900万台排名第二。", title="喜茶的劲敌 2025")
    assert ("酷黑莓桑", "喜茶") in {(p.name, p.owner) for p in r["products"]}
    assert frozenset({"喜茶", "奈雪的茶"}) in {frozenset(p) for p in r["competitors"]}
    assert {36_000_000, 29_000_000} <= {f.value for f in r["figures"]}


def test_two_lists_facing_each_other_set_each_against_each_of_the_other():
    r = analyse("在30万元级市场，蔚来ES6和蔚来ES8与理想L6、理想L7正面竞争。", title="新能源SUV 2025")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset({"蔚来ES8", "理想L7"}) in pairs and frozenset({"蔚来ES6", "蔚来ES8"}) not in pairs


def test_two_companies_with_one_named_and_two_joining_the_war_face_the_article_company():
    r = analyse("腾讯音乐娱乐集团昨日公布第二季业绩，总收入达84.4亿元。腾讯音乐很好。"
                "另一边，网易云音乐的付费用户亦增至约5000万，两家公司在版权方面的竞争愈趋激烈。", title="腾讯音乐季度收入增长 2025-08-14")
    assert any({"网易云音乐"} < set(p) and any(n.startswith("腾讯音乐") for n in p) for p in r["competitors"])
    r = analyse("今年618，华为的Mate 70系列最高优惠1000元。华为很好。小米和vivo也加入了这场价格战：小米15 Ultra降价800元。",
                title="华为手机降价 2025-06-02")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert {frozenset({"华为", "小米"}), frozenset({"华为", "vivo"})} <= pairs


def test_a_headlines_halves_a_contrast_with_the_article_company_and_someones_opponents():
    r = analyse("阿里巴巴旗下的淘宝闪购5月正式上线。美团很好，京东也很好。", title="美团闪购与京东秒送争夺即时零售 阿里淘宝闪购入局")
    assert any({a[:2] for a in p} == {"美团", "京东"} for p in r["competitors"])  # the headline's first half: 美团闪购 against 京东秒送
    # (their companies, as the body names them)
    r = analyse("小米集团发布财报，营收增长。小米很好。相比之下，OPPO同期出货量同比下降，vivo则保持持平。", title="小米手机出货量增长")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert frozenset({"OPPO", "vivo"}) not in pairs  # 相比之下: each against the article's company, not each other
    r = analyse("如今在图书直播赛道，李国庆的对手既有东方甄选这样的头部直播间，也有抖音平台自营的抖音图书。", title="李国庆直播卖书 2024")
    assert not any("东方甄选" in p for p in r["competitors"])


def test_who_is_earning_and_a_squeeze_by_two_are_rivalries():
    r = analyse("苏泊尔营收224.3亿元，九阳股份营收88.5亿元。小熊电器董事长李一峰此前坦言，面对苏泊尔和九阳的双重挤压，小熊只能在细分品类上找机会。",
                title="小家电内卷：九阳、苏泊尔、小熊电器谁在赚钱？")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert len(pairs) >= 3


def test_a_vs_headline_two_racing_for_orders_and_a_foreign_brand_is_no_article_product():
    r = analyse("泡泡玛特旗下的LABUBU今年持续走红。来自英国的毛绒玩具品牌Jellycat同样在中国年轻人中爆火，其2024年全球营收约为3.3亿英镑。",
                title="LABUBU vs Jellycat：谁是年轻人的新社交货币？")
    assert frozenset({"LABUBU", "Jellycat"}) in {frozenset(p) for p in r["competitors"]}
    assert "Jellycat" in {o.name for o in r["organizations"]} and "Jellycat" not in {p.name for p in r["products"]}
    assert (330_000_000, "英镑") in {(f.value, f.unit) for f in r["figures"]}
    r = analyse("AI伺服器电源需求大增，台达电与光宝科正积极抢攻辉达GB300平台的电源订单。法人指出，台达电的市占率约五成。"
                "台达电董事长海英俊表示，AI电源营收将成长。光宝科总经理邱森彬则说，会扩大产能。",
                title="台达电、光宝抢攻AI伺服器电源")
    assert frozenset({"台达电", "光宝科"}) in {frozenset(p) for p in r["competitors"]}
    assert not any(q.speaker == "法人" for q in r["quotes"])


def test_the_company_that_cut_first_faces_each_that_followed():
    r = analyse("4月8日，美的在京东、天猫等平台将多款空调降价10%至15%。格力很好，海尔也很好。",
                title="美的率先降价，格力、海尔随即跟进：空调价格战提前打响")
    pairs = {frozenset(p) for p in r["competitors"]}
    assert any("格力" in p and any(n.startswith("美的") for n in p) for p in pairs)
    assert any("海尔" in p and any(n.startswith("美的") for n in p) for p in pairs)


def test_two_products_named_in_consecutive_sentences_and_set_against_each_other():
    r = analyse("米哈游宣布，由其上海工作室开发的新作《崩坏：因缘精灵》将于10月23日全球上线。"
                "巧合的是，腾讯魔方工作室群研发的《洛克王国：世界》也定在10月下旬开服，两款宠物收集类游戏正面撞车。",
                title="米哈游新作定档 2025")
    assert frozenset({"崩坏：因缘精灵", "洛克王国：世界"}) in {frozenset(p) for p in r["competitors"]}
