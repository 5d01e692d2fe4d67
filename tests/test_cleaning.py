"""The general cleaning rules, one by one."""
from analysis.io.cleaning import (boilerplate_reason, infer_year, normalise_punctuation, remove_boilerplate,
                               split_sentences)


def test_repeated_banner_is_boilerplate():
    assert boilerplate_reason("财经频道财经频道") == "repeated site banner"
    assert boilerplate_reason("首页 首页 首页") == "repeated site banner"
    assert boilerplate_reason("阿里巴巴宣布调整组织架构") is None


def test_related_list_is_removed_until_prose_returns():
    lines = ["正文第一段。", "相关阅读:", "某公司发布新品", "另一家公司融资", "这是一段很长的正文,它说明了更多的细节,并且以句号结束。"]
    kept, removed = remove_boilerplate(lines)
    assert kept == ["正文第一段。", lines[-1]]
    assert len(removed) == 3


def test_short_line_repeated_on_the_page_is_removed():
    kept, removed = remove_boilerplate(["分享到微博", "正文。", "某某网", "更多正文。", "某某网"])
    assert kept == ["正文。", "更多正文。"]
    assert {r.reason for r in removed} == {"navigation link", "line repeated on the page"}


def test_sentence_split_keeps_decimals_and_closing_quotes():
    parts = [s for s, _ in split_sentences("他说:“营收增长3.8%。”随后离开!真的吗?是的")]
    assert parts == ["他说:“营收增长3.8%。”", "随后离开!", "真的吗?", "是的"]


def test_sentence_offsets_point_into_the_text():
    text = "第一句。 第二句!\n第三句"
    for s, start in split_sentences(text):
        assert text[start:start + len(s)] == s


def test_year_is_the_latest_plausible_one_not_a_target():
    assert infer_year("2014移动电商", "2013年9月26日以前,2009年成立。") == 2014
    assert infer_year("", "2015年公司营收增长,到2020年将翻番。") == 2015
    assert infer_year("", "3.8元看电影,1500个品牌") is None


def test_punctuation_normalised_but_numbers_kept():
    assert normalise_punctuation("今年开年,阿里巴巴:好?") == "今年开年，阿里巴巴：好？"
    assert normalise_punctuation("营收1,000万元,时间10:30") == "营收1,000万元，时间10:30"
    assert normalise_punctuation("ＡＢＣ１２３") == "ABC123"


def test_dateline_share_and_font_size_lines_are_removed_but_the_year_is_kept(write):
    from analysis.io.load import read_article

    text = ("某某网 > 科技 > 正文\n华为发布新手机\n2016-03-05 10:23:11 来源：某某网\n【字号 大 中 小】\n"
            "华为今天发布了新手机，消费者业务负责人介绍了新品的功能。\n扫描二维码，关注我们的微信公众号\n")
    doc = read_article(write("a.txt", text))
    assert doc.title == "华为发布新手机"
    assert doc.text == "华为今天发布了新手机，消费者业务负责人介绍了新品的功能。"
    assert doc.year == 2016


def test_year_after_a_full_year_of_results():
    assert infer_year("", "京东2013年交易额达到1255亿元。京东在今年5月上市。") == 2014
    assert infer_year("", "京东2013年5月上市。今年的目标是翻番。") == 2013
    assert infer_year("2014移动电商", "今年开年，2014年是元年。") == 2014
    assert infer_year("", "今年以来电芯价格下探。阳光电源2024年储能系统发货量达到28GWh。") == 2025  # a year's shipments


def test_boilerplate_rules_read_traditional_characters_and_full_width_colons(write):
    from analysis.io.load import read_article

    text = ("標題在這裡\n騰訊公司今天發布了財報，營收同比增長。（編輯：李四）\n相關閱讀：\n某某新聞\n上一條：某某\n"
            "責任編輯：王五\n")
    doc = read_article(write("t.txt", text, encoding="utf-8"))
    assert doc.text == "腾讯公司今天发布了财报，营收同比增长。"


def test_page_furniture_is_removed_and_not_taken_as_the_title():
    from analysis.io.load import build_document

    raw = ("科技-互联网\n0f3c9a2b7d4e4f6a8b1c2d3e4f5a6b7c\n美团发布第三季度财报 营收同比增长28%\n"
           "美团今日发布第三季度财报，营收同比增长28%，净利润扭亏为盈。\n发表评论\n阅读 1.2万\n点赞 35\n")
    doc = build_document("t", "t.txt", raw, "utf-8")
    assert doc.title == "美团发布第三季度财报 营收同比增长28%"
    assert "0f3c9a2b" not in doc.text and "发表评论" not in doc.text and "阅读" not in doc.text
    assert {r.reason for r in doc.removed} >= {"navigation link", "tracking id", "share or comment counter"}


def test_a_year_only_looked_back_on_leaves_the_year_unknown():
    from analysis.nlp.dates import find_dates

    text = "对于京东来说，2016年那个风波不断的本命年已经过去。今年京东将继续扩张。"
    assert infer_year("", text) is None  # written later than 2016, in a year the text does not say
    assert infer_year("", "回顾2016年，京东营收增长。") is None
    assert infer_year("", "2016年京东营收增长。那年冬天很冷。") == 2016  # 那年 after another sentence: not looking back
    assert find_dates("今年京东将继续扩张", infer_year("", text)) == ()  # 今年 is not guessed from a past year


def test_section_labels_and_forum_floors_are_furniture():
    from analysis.io.load import build_document

    raw = ("商汤发布公告\n【快讯】\n商汤科技今日发布公告，徐冰获委任为执行董事。\n1楼 回复 引用\n回复 引用 举报\n"
           "2楼\n我觉得这次调整很有必要，回复一下楼主。\n")
    doc = build_document("t", "t.txt", raw, "utf-8")
    assert "快讯" not in doc.text and "1楼" not in doc.text and "举报" not in doc.text
    assert "我觉得这次调整很有必要" in doc.text  # a reply's own words are content
    assert {r.reason for r in doc.removed} >= {"section label", "forum post furniture"}


def test_another_users_reply_is_no_part_of_a_forum_repost():
    from analysis.io.load import build_document

    raw = ("【转帖】跨境电商三强混战\n楼主 跨境老兵 发表于 2024-09-03 10:21 | 只看该作者\n"
           "拼多多旗下的Temu增长很快。\n回复 支持(12) 反对(0) 举报\n2楼 小卖家一枚 发表于 2024-09-03 11:02\n"
           "全托管对工厂压价太狠了\n回复 举报\n3楼 跨境老兵 发表于 2024-09-03 11:30\n补充一点：SHEIN也在加快上市。\n")
    doc = build_document("t", "t.txt", raw, "utf-8")
    assert "Temu增长很快" in doc.text and "SHEIN也在加快上市" in doc.text  # the original poster goes on
    assert "压价" not in doc.text and "支持" not in doc.text and "forum reply" in {r.reason for r in doc.removed}


def test_a_source_line_with_a_date_dates_the_article():
    from analysis.io.load import build_document

    raw = "哔哩哔哩发布财报\n来源：证券时报网  2023年11月29日\n11月29日，B站公布财报，力争在2024年第三季度实现盈亏平衡。\n"
    doc = build_document("t", "t.txt", raw, "utf-8")
    assert (doc.date, doc.year) == ("2023-11-29", 2023)  # not 2024, a target year the text names


def test_a_label_in_front_of_a_paragraph_is_furniture():
    from analysis.io.load import build_document

    doc = build_document("t", "t.txt", "蜜雪冰城上市\n【快讯】3月3日，蜜雪冰城在香港上市。\n", "utf-8")
    assert doc.text.startswith("3月3日") and "section label" in {r.reason for r in doc.removed}


def test_short_lines_around_a_date_are_datelines_and_date_the_article():
    from analysis.io.load import build_document

    doc = build_document("t", "t.txt", "零跑降价\n汽车频道 2024-02-20 11:05\n2月19日晚间，零跑汽车宣布降价。\n返回搜狐，查看更多\n", "utf-8")
    assert (doc.date, doc.year) == ("2024-02-20", 2024) and "频道" not in doc.text and "查看更多" not in doc.text
    doc = build_document("t", "t.txt", "台積電法說會\n2024/10/17 經濟日報\n台積電今日舉行法人說明會。\n", "utf-8")
    assert doc.date == "2024-10-17" and "經濟日報" not in doc.text


def test_counters_in_brackets_are_furniture():
    from analysis.io.cleaning import boilerplate_reason

    assert boilerplate_reason("点赞(12) 收藏 转发") == "share or comment counter"
    assert boilerplate_reason("阅读（3.2万）") == "share or comment counter"


def test_a_named_floor_after_an_unnamed_original_post_is_a_reply():
    from analysis.io.load import build_document

    raw = ("【转载】携程又出新规\n发表于 2023-06-30 16:20 | 浏览 5236 | 回复 48\n携程宣布为员工提供生育补贴。\n"
           "1楼 职场观察员 发表于 2023-06-30 16:45\n这才是大公司该有的担当\n")
    doc = build_document("t", "t.txt", raw, "utf-8")
    assert "生育补贴" in doc.text and "担当" not in doc.text


def test_a_papers_label_before_the_first_sentence_is_removed():
    from analysis.io.load import build_document

    doc = build_document("t", "t.txt", "周大福中期业绩\n【星岛日报报道】周大福珠宝昨日公布中期业绩。", "utf-8")
    assert "星岛日报报道" not in doc.text and "周大福珠宝昨日公布中期业绩" in doc.text
    doc = build_document("t", "t.txt", "美团业绩\n【香港經濟日報】美團昨日公布第三季業績。", "utf-8")
    assert "香港经济日报" not in doc.text and "美团昨日公布" in doc.text


def test_replies_under_a_named_author_and_counters_with_views_are_removed():
    kept, removed = remove_boilerplate(["作者：数码老张  发布于 2024-11-26 10:12", "回复(56) | 查看(3210)",
                                        "华为近日发布人事任命文件，何刚出任终端BG CEO。", "1楼  花粉一号：", "支持余总！",
                                        "2楼 路人甲：又是调整"])
    assert kept == ["华为近日发布人事任命文件，何刚出任终端BG CEO。"]
    assert {r.reason for r in removed if "余总" in r.text} == {"forum reply"}


def test_bracketed_bylines_and_a_target_year_are_no_part_of_the_article():
    assert boilerplate_reason("【经济日报／记者 钟惠玲／台北报导】") and boilerplate_reason("【21世纪经济报道】 记者 孙燕 北京报道")
    assert boilerplate_reason("【經濟日報／記者 鐘惠玲／台北報導】")
    assert boilerplate_reason("【独家】阿里巴巴今天宣布重组。") is None
    assert infer_year("蔚来第三季度营收", "蔚来今日公布2024年第三季度财务业绩，目标在2026年实现盈利。") == 2024


def test_a_related_heading_with_its_first_item_on_the_same_line():
    kept, removed = remove_boilerplate(["搜狐今日公布财报。", "相关阅读：搜狐视频上线新功能", "搜狐视频新版发布"])
    assert kept == ["搜狐今日公布财报。"]


def test_a_reporters_byline_with_the_outlets_short_name():
    assert boilerplate_reason("每经记者 王晶晶") and boilerplate_reason("每经记者 王晶晶 实习记者 张三")
    assert boilerplate_reason("记者王晶晶表示，京东外卖订单量突破2500万单。") is None


def test_a_page_flattened_to_one_line_keeps_its_title_and_date_apart_from_its_furniture():
    from analysis.io.load import build_document

    raw = ("财经网-财经门户 首页 | 资讯 | 家电 | 汽车 财经网-财经门户\n"
           "格力电器董事会换届,董明珠连任董事长 2025年1月10日 来源:财经网 作者:李明 格力电器(000651.SZ)1月9日晚间发布公告,"
           "董事会选举董明珠为公司董事长,任期三年。董明珠表示,格力将继续坚持自主创新,把空调做到最好。\n"
           "相关阅读 美的发布年报 | 海尔换帅 | 关于我们 | 联系我们 | 版权声明\n财经网-财经门户")
    doc = build_document("t", "t.txt", raw, "utf-8")
    assert doc.title == "格力电器董事会换届,董明珠连任董事长"
    assert doc.date == "2025-01-10"
    assert "首页" not in doc.text and "关于我们" not in doc.text and "作者" not in doc.text
    assert doc.text.startswith("格力电器(000651.SZ)")


def test_a_wechat_repost_s_title_and_furniture():
    from analysis.io.load import build_document

    raw = ("原标题：比亚迪海豹上市一周年，和Model 3比怎么样？\n点击上方蓝字关注我们\n文 | 汽车观察\n"
           "2025年5月12日，比亚迪宣布海豹累计交付超过10万台。\n—END—\n往期推荐\n理想i8试驾 | 零跑B10上市\n喜欢就点个在看吧\n"
           "（本文来自汽车观察，转载请注明出处）")
    doc = build_document("t", "t.txt", raw, "utf-8")
    assert doc.title == "比亚迪海豹上市一周年，和Model 3比怎么样？"
    assert [s.text for s in doc.sentences] == ["2025年5月12日，比亚迪宣布海豹累计交付超过10万台。"]
    assert doc.date == "2025-05-12"


def test_a_forum_reply_under_a_bare_floor_line_and_a_year_counted_to_its_end():
    from analysis.io.load import build_document

    raw = ("【转】白酒价格战升级\n原帖作者：酒水老王  |  浏览 3562  |  回复 41\n今年白酒行业的价格战比往年都要猛。\n"
           "1楼 理性酒友\n价格战苦的是经销商\n2楼 老王不喝酒\n楼主说得对")
    doc = build_document("t", "t.txt", raw, "utf-8")
    assert "经销商" not in doc.text and "楼主说得对" not in doc.text and "价格战比往年" in doc.text
    assert infer_year("", "截至2024年底，门店达到6440家。2024年全年，营收124亿元。今年初，两家先后上市。") == 2025
    assert infer_year("", "2024年底将推出新品。2024年全年，营收124亿元。今年营收增长。") == 2024  # a plan, not a year over


def test_a_q_and_a_site_s_counters():
    assert boilerplate_reason("赞同 1.2万 · 评论 356 · 分享") == "share or comment counter"


def test_a_stock_code_is_no_year():
    assert infer_year("", "中通快递（NYSE: ZTO；2057.HK）发布2024年第三季度业绩。") == 2024


def test_a_copyright_line_and_an_author_line_with_outlet_and_name_are_boilerplate():
    assert boilerplate_reason("本文为36氪原创，未经授权禁止转载。")
    assert boilerplate_reason("文 | 汽车商业评论 张凯")
    assert boilerplate_reason("文字是新的开始，未来属于我们。") is None


def test_a_site_footer_with_a_latin_link_and_a_forum_source_line_are_boilerplate():
    assert boilerplate_reason("新浪简介 | 广告服务 | About Sina")
    assert boilerplate_reason("转自汽车之家论坛")


def test_publishing_a_years_results_dates_the_article_the_year_after():
    assert infer_year("第四范式2024年营收52.6亿元", "3月25日晚，第四范式发布2024年全年业绩公告。") == 2025
    assert infer_year("第四范式2024年营收52.6亿元", "3月25日，第四范式在2024年推出新品。") == 2024


def test_a_prospectus_on_a_year_dates_the_article_the_year_after():
    assert infer_year("Soul母公司赴港递表", "智通财经5月15日讯，Soul递交上市申请。招股书显示，2024年Soul实现营收22.1亿元。") == 2025


def test_a_reporters_label_opening_a_paragraph_goes():
    from analysis.io.cleaning import LEADING_LABEL
    assert LEADING_LABEL.sub("", "【本报记者 林宏达／台北报导】笔电代工大厂仁宝电脑昨日举行法说会。").startswith("笔电")


def test_a_year_only_a_coming_day_names_is_the_articles():
    assert infer_year("雪球CEO方三文将卸任", "财联社7月8日电，方三文将于2025年7月31日卸任CEO。") == 2025
    assert infer_year("雪球CEO方三文将卸任", "财联社7月8日电，方三文将于2025年7月31日卸任，2024年营收增长。") == 2024


def test_a_labelled_question_headline_and_numbered_replies():
    from analysis.io.load import build_document

    raw = ("标题：伊利蒙牛打价格战，牛奶越来越便宜了？\n楼主：奶茶不加糖 发表于 2025-6-3 21:08\n伊利的金典在打折。\n"
           "回复 1# 牛奶爱好者：\n特仑苏和金典打了这么多年。\n")
    doc = build_document("t", "t.txt", raw, "utf-8")
    assert doc.title == "伊利蒙牛打价格战，牛奶越来越便宜了"  # the label and the question mark are no part of it
    assert doc.text == "伊利的金典在打折。"  # 回复 1# 牛奶爱好者： opens another user's reply


def test_a_wechat_end_line_and_a_flash_dated_by_today_after_a_years_figure():
    from analysis.io.load import build_document

    doc = build_document("t", "t.txt", "飞行汽车量产竞速\n小鹏汇天宣布获得订单。\nEND\n往期推荐\n", "utf-8")
    assert doc.text == "小鹏汇天宣布获得订单。"
    assert infer_year("", "曹操出行今日在港交所挂牌上市。2024年曹操出行GTV为170亿元。") == 2025


def test_a_flash_headline_in_brackets_is_the_title_not_a_byline():
    from analysis.io.load import build_document

    doc = build_document("t", "t.txt", "【格力电器：董明珠连任董事长】\n财联社5月30日电，格力电器公告，选举董明珠为公司董事长。\n", "utf-8")
    assert doc.title == "格力电器：董明珠连任董事长"  # 电 of 电器 is no wire's 电


def test_a_year_before_its_first_months_is_the_article_s_and_an_editor_s_note_is_removed():
    assert infer_year("", "王文彬自2019年7月起担任总经理。2025年前三季度，公司业务量增长。") == 2025
    assert infer_year("", "公司计划在2030年前完成转型。2024年营收增长。") == 2024  # a deadline is no year the article speaks from
    from analysis.io.load import build_document
    doc = build_document("t", "t.txt", "对话九号公司CEO高禄峰\n高禄峰：我们把智能化做成了标配。\n（本文有删节）\n", "utf-8")
    assert "删节" not in doc.text and any("删节" in r.text for r in doc.removed)


def test_a_reply_head_on_a_line_of_its_own_without_a_colon():
    from analysis.io.load import build_document

    raw = ("【论坛】小挖价格战谁扛得住\n发帖人：铁甲老王  发表于 2025-04-18 09:12\n今年开春，小挖市场的价格战越打越凶。\n"
           "回复 1# 山东机手小刘\n二手机也跟着跌，我亏了五万。\n回复 2# 铁甲老王\n小挖这块三一和徐工打得最狠。\n")
    doc = build_document("t", "t.txt", raw, "utf-8")
    assert "亏了五万" not in doc.text and "回复" not in doc.text  # another user's reply goes, and every reply head
    assert "三一和徐工打得最狠" in doc.text  # the poster's own reply stays


def test_a_forum_button_beside_a_threads_title_is_no_part_of_it():
    from analysis.io.load import build_document

    doc = build_document("t", "t.txt", "标题：光伏硅料又降价了，聊聊龙头的底气 [复制链接]\n楼主 | 发表于 2025-3-12 09:41 只看该作者\n"
                         "通威股份昨天发函，多晶硅报价下调至每吨4万元。\n", "utf-8")
    assert doc.title == "光伏硅料又降价了，聊聊龙头的底气"


def test_a_reporters_byline_in_brackets_and_a_forums_reply_counters_are_furniture():
    from analysis.io.load import build_document

    doc = build_document("t", "t.txt", "视源股份半年报\n上证报中国证券网讯（记者 陈梦）视源股份8月25日晚间披露半年报，营收增长。\n"
                         "回应 (12)  推荐 (3)\n", "utf-8")
    assert "陈梦" not in doc.text and "回应" not in doc.text


def test_a_forums_edit_note_in_brackets_is_furniture():
    from analysis.io.load import build_document

    doc = build_document("t", "t.txt", "外卖补贴还能薅多久\n这个周末点了三次外卖，三家都在烧钱。\n（本帖最后由 羊毛党阿杰 于 2025-7-21 23:02 编辑）\n", "utf-8")
    assert "本帖最后由" not in doc.text


def test_a_forum_posts_time_and_board_line_is_furniture():
    from analysis.io.cleaning import boilerplate_reason
    assert boilerplate_reason("发表于 2025-10-11 22:08  来自 汽车之家论坛  楼主：奶爸老陈") == "forum post furniture"
    assert boilerplate_reason("发表于2025年10月11日的文章称，销量大增。") is None


def test_a_wechat_read_and_looking_counter_is_furniture():
    from analysis.io.cleaning import boilerplate_reason
    assert boilerplate_reason("阅读 10万+  在看 512") == "share or comment counter"
    assert boilerplate_reason("我在看这份财报。") is None


def test_an_outlets_reporter_line_with_a_bar_is_a_byline_and_dates_the_letter_by_its_body():
    assert boilerplate_reason("界面新闻 记者 | 许言") == "byline, source or copyright line"
    assert boilerplate_reason("记者：今年的交付目标是多少？") is None
    from analysis.io.load import build_document
    doc = build_document("t", "t.txt", "某公司发布内部信\n界面新闻 记者 | 许言\n2025年4月9日，某公司发布内部信。", "utf-8")
    assert doc.date == "2025-04-09"


def test_a_communitys_comment_counter_is_furniture():
    assert boilerplate_reason("值友评论(128)") == "share or comment counter"
    assert boilerplate_reason("公司评论称将继续投入") is None


def test_a_tags_line_is_page_furniture():
    from analysis.io.load import build_document
    doc = build_document("t", "t.txt", "国产CRM双雄之争\n纷享销客和销售易是规模最大的两家。\n相关标签：CRM  SaaS  企业服务\n", "utf-8")
    assert "相关标签" not in doc.text and "纷享销客" in doc.text


def test_an_investment_disclaimer_is_page_furniture():
    from analysis.io.load import build_document
    doc = build_document("t", "t.txt", "蜜雪冰城港股上市首日\n蜜雪集团在港交所挂牌上市。\n（本文不构成投资建议）\n", "utf-8")
    assert "投资建议" not in doc.text and "蜜雪集团" in doc.text


def test_a_forum_posters_line_dates_the_post():
    from analysis.io.load import build_document
    doc = build_document("t", "t.txt", "【网友热议】山姆和Costco，中产到底更爱哪家？\n楼主：会员店研究员 | 2025-09-18 22:03\n"
                         "最近上海又开了一家山姆。\n回复 | 引用 | 举报\n", "utf-8")
    assert doc.year == 2025
