"""Competitive positioning: products and platforms with their owners, rival pairs, partnerships and
statements of strategy and strengths, each with its evidence sentence."""
from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Sequence

from ..io.load import Document
from .entities import (ALSO_PLAYERS, INDUSTRY_CONTEST, NOT_IN_NAMES, BREAK_POS, CITED, COUNTED_KIND, INDUSTRY_TAILS, INTERVIEW_OPENERS, LIST_END_PLACE, NOT_IN_ORG_NAME, ORG_SUFFIXES, PLATFORM_TAILS,
                       PRODUCT_KINDS_BEFORE_NAME, RARE_FREQ,
                       Organization, OrgIndex, dictionary_freq, enumeration_items, has_coined_part, is_common_phrase, is_common_word,
                       is_unfamiliar, known_org_mentions, names_a_brand_of_known_org, org_kind, organizations_in)
from ..nlp.lexicon import (LEXICON_CACHES, canonical_org, known_org_prefix, known_orgs, names_of_org, org_alias_index,
                           org_name_prefixes, product_alias_index, stopwords, titles, unit_suffixes)
from ..nlp.mentions import Matcher, Mentions, containing
from .org import BUSINESS_LINES, GENERIC_ORG_WORDS, main_company, offshoot_of_known_org, product_openings, strip_unit_suffix
from ..nlp.segment import Token, segment

AGREEMENT = re.compile(r"(?:与|和|同|跟)([^，。；]{2,40}?)(?:达成|签署|签订|展开|开展|进行|建立|宣布)[^，。；]{0,6}"
                       r"(?:合作|协议|联盟)")
COOPERATE = re.compile(r"(?:与|和|同|跟)([^，。；]{2,40}?)(?:合作|签约|联手|携手)")
RIVAL_CUES = re.compile(r"竞争|竞赛|对手|超过了|一度超过|差距|抗衡|争夺|对决|叫板|PK|pk|相比|双方|两家|较量|角逐|围剿|蚕食|围攻|抢食|三国杀|(?:领先|超过)(?=[\u4e00-\u9fffA-Za-z]{2,8}(?:和|与|、|及))|谁还能|谁能|分庭抗礼|同场竞技|同台竞技|是前[二三四五]名?|之战|大战|之争|"
                        r"各不相同|不可忽视|追赶|份额已?超过|继续领先(?=[\u4e00-\u9fffA-Za-z]{2,8}(?:[，。；]|$))|(?:首次|首度|再次|一举|再度)超过|还能打多久|打到第几|(?<=[也都在])抢(?=[\u4e00-\u9fff]{0,6}(?:市场|用户|客户|份额|生意|零售|赛道|流量|订单))|(?:和|与|跟|同)[^，。；]{2,16}?抢(?=[\u4e00-\u9fff]{0,6}(?:市场|用户|客户|份额|生意|流量|订单))|逼近(?=[\u4e00-\u9fffA-Za-z]{2,8}(?:[，。；]|$))|打起来|卷价格|领先于|挑战|狙击|阻击|抢占|争抢|博弈|夹击|威胁|仅次于|直指|对标|超越|反超|"
                        r"价格战|资费战|交锋|厮杀|混战|火拼|攻势|正面|针锋相对|应对|迎战|补贴战|烧钱|抢夺|抢市场|份额之争|争霸|卡位|战争|"
                        r"瓜分|分食|分走|鏖战|暗战|分流|甩开|比拼|矛头(?:直指|对准)|互有胜负|各有胜负|难分高下|不分伯仲|不相上下|旗鼓相当|平分秋色|势均力敌|平起平坐|比肩|媲美|赶超|跑赢|跑输|领跑|掉队|压制|碾压|力压|紧咬|咬住|围堵|截胡|抢单|挖角|分羹|分一杯羹|抢蛋糕|争食|对垒|交手|过招|叫阵|宣战|开战|决战|劲敌|宿敌|老对手|死对头|强敌|追兵|搅局|抢滩|跑马圈地|攻城略地|不敌|败给|输给|胜过|超车|后来居上|拉锯|肉搏|短兵相接|硬碰硬|打擂|掰手腕|此消彼长|你追我赶|三强|两强|四强|五强|双雄|三足鼎立|寡头|剑指|竞品|"
                        r"排名第[二三四]|位居第[二三四]|位列第[二三四]|排第[二三四五六七八九十]|分列|相对于|相较于|同一价格区间|同价位|同一价位|同级别|同一级别|"
                        r"比怎么样|谁更强|怎么选|都在追|紧追|紧随其后|谁的[^，。；]{0,6}更|拼价格|比价格|比谁|角力|比[^，。；比]{2,16}?(?:都|更|还)(?:大|高|强|多|低|便宜|快|领先)|(?:与|和|跟|同)[^，。；]{2,16}?对比|抢攻|抢食|(?<=率先)(?:降价|涨价|调价)[^。；]{0,20}?(?:随即|随后|纷纷|迅速)?跟进|(?<=[A-Za-z0-9\u4e00-\u9fff]) ?(?:vs\.?|VS\.?|PK|pk) ?(?=[A-Za-z0-9\u4e00-\u9fff])|双子星|(?:向|对)[^，。；]{2,16}?(?:亮剑|发起(?:的|了)?(?:正面)?(?:进攻|攻势|冲击))|(?:规模|营收|收入|销量|体量|市值)(?:已经?)?是[^，。；]{2,10}?的[\d.一二两三四五六七八九十]+倍|、[^，。；]{2,12}?(?:被视为|被称为|同属|同为|位列|并称)(?:行业|赛道|国内)?的?第一梯队|、[^，。；、]{2,10}?(?:实测|横向|全面)?(?:对比|PK)|(?:去|在|再)追(?=[\u4e00-\u9fffA-Za-z]{2,8}(?:和|与|、|[，。；]|$))|谁(?:更|能|会|最|才是|靠谱|扛得住|胜出|赢|先撑不住|撑得住|先|在)|价格(?:又|再)?打到|持久战|消耗战|远超|排在第[二三四]|[买选]哪(?:个|家|台|款|辆|部|一款|一台)|哪个好|硬刚|横评|同一批(?:人|用户|消费者|客户|顾客)|"
                        r"选[^，。；？?]{2,12}还是|前[二三四五](?:名)?(?:是|为|分别是)|的(?:差异|区别|不同|机会)在哪|价格比[^，。；]{2,10}?(?:低|高|便宜|贵)|比[^，。；比]{2,12}?(?:便宜|贵)(?:了|出|一截)")
PARTNER_CUES = re.compile(r"战略合作|合作伙伴|合作(?!模式|方式|机制|理念|态度|精神)|接入|入驻|签约(?!费|金|主播|艺人|球员)|联手|携手|牵手|结盟|联合")
STRATEGY_CUES = re.compile(r"战略|定位|优势|布局|转型|核心|重心|发力|押注|驱动|壁垒|护城河|差异化|生态")
FEATURED_BY = re.compile(r"以(?P<list>[^，。；以]{2,30}?)为(?:主力|主打|核心)(?:产品|品牌)?(?=[，。；]|$)")  # 以X、Y和Z为主力
FEATURED = re.compile(r"(?:^|[，,；])(?P<list>[^，。；]{2,30}?)(?:是|为)(?:公司的?|集团的?)?(?:重点|核心|主力|主打|旗舰)"
                      r"(?:产品|品牌)")
COUNTED_BRANDS = re.compile(r"(?:整合|拥有|包括|运营|收购|合并|打造|推出|旗下有|布局|统筹|管理)了?(?P<list>[^，。；：]{4,40}?)等?"
                            r"[两二三四五六七八九十\d]+(?:个|大)[\u4e00-\u9fff]{0,4}?品牌")
QUANTIFIED = re.compile(r"(?:多|几|数|各|部分|全部|所有|一批|一系列|若干)[款个家种类项条]?")
UNDER = re.compile(r"(?P<owner>(?:[A-Z][A-Za-z]+ )?[\u4e00-\u9fffA-Za-z0-9]{2,8}?)(?:[（(][^（）()]{1,20}[）)])?旗下(?:的|的产品|的平台|(?:则|还|也)?(?:拥有|有)|包括|(?:车型|产品|品牌)(?:包括|有))?(?P<list>[^，。；]{2,80}?)"
                   r"(?=正在|已经|已|目前|进入|进军|登陆|长期|一直|始终|将|也|亦|都|均|是|在|于|仍|依然|依旧|，|。|；|并入|成为|推出|上线|获得|完成|展开|宣布|表示|发布|称|随即|随后|竞争|门店|"
                   r"迅速|率先|同样|则|还|正式|共|合计|主导|垄断|把持|占据|正(?=在|加速|加快|面临|积极|大力|全力|逐步|陆续|持续|不断|快速)|下调|上调|降价|涨价|调价|短兵相接|交锋|抗衡|较量|争夺|加速|加快|快速|大举|持续|继续|不断|陆续|逐步|近日|日前|今日|今天|昨日|昨天|今年|去年|表现|销量|销售|收入|营收|之间|正面|直接|凭借|依靠|依托|(?<!旗下)(?:App|APP)?的)")
UNDER_OPENING = re.compile(r"(?:^|(?<=[，；]))(?:其|公司|集团)?旗下(?:的|的产品|的平台|拥有|有|包括)?(?P<list>[^，。；]{2,80}?)"
                           + UNDER.pattern[UNDER.pattern.index("(?=正在"):])  # 旗下的传福系列和故宫系列表现理想
PLATFORM_LIST = re.compile(r"(?:平台|产品|应用|客户端|入口|工具)(?:是|为|包括|有)[：:]?(?P<list>[^，。；]{2,60}(?:，以及[^，。；]{2,30})?)")
SERVED_BEFORE = re.compile(r"^(?:面向|针对|用于|服务)[^的，。；]{1,12}的|^由[^，。；]{1,12}组成的")  # 面向数据中心的X: whom X serves
MODEL_AND_KIND = re.compile(r"([A-Za-z][A-Za-z0-9 +-]*\d[A-Za-z0-9+]*)[\u4e00-\u9fff]{1,4}")  # MTT S4000训练卡: the model
VIA_LIST = re.compile(r"(?:借助|通过|依托|凭借|推出|上线)(?:了)?(?P<list>[^，。；]{2,40}?)"
                      r"(?:切入|进入|布局|发力|抢占|进军|获取|获得|推广|吸引|拓展|打开|来|，|。)")
KIND_OF_PRODUCT = ("单车", "买菜", "优选", "词典", "搜索", "浏览器", "手机", "音乐", "视频", "地图", "外卖", "支付", "钱包", "商城", "金融",
                   "影业", "游戏", "输入法", "安全卫士", "杀毒", "邮箱", "网盘", "阅读", "直播", "打车", "新闻",
                   "学习机", "翻译", "医药", "大药房", "买药", "气泡水", "电解质水", "矿泉水", "纯净水", "乌龙茶", "冰红茶", "绿茶", "奶茶",
                   "电动车", "跑腿")
PRODUCT_TAILS = ("手机管家", "管家", "助手", "音乐", "视频", "浏览器", "输入法", "地图", "邮箱", "网盘", "直播", "医药", "大药房", "商城",
                 "支付", "钱包", "养车", "到家", "闪购", "极速版", "国际版", "音箱", "智能音箱", "智能屏", "学习机", "手表", "眼镜", "Lite", "Pro", "Max")
ORG_PRODUCT_TAILS = KIND_OF_PRODUCT + ("手机管家", "安全管家")  # KIND_OF_PRODUCT has 输入法
SERVICE_KINDS = ("养车", "租车", "到家", "秒送", "闪购", "小店")  # 天猫养车, 京东秒送: a platform's service under a name of its own
MODEL = re.compile(r"(?:手机|旗舰|新机|产品|应用|平台|系统|芯片|晶片|车型|机型|APP|App|游戏|汽车)"
                   r"(?!手机|旗舰|新机|产品|应用|平台|系统|芯片|晶片|车型|机型)"
                   r"(?P<name>(?:[\u4e00-\u9fff]{1,4}[A-Z]{0,3}|[A-Z][A-Za-z]*\s?)\d+[A-Za-z]*(?:\s?(?:Pro|Max|Plus|Ultra|Lite))?)")
NOT_MODEL = re.compile(r"公布|发布|宣布|旗下|表示|推出|达到|达|超过|增长|同比|环比|销量|营收|为|约|共|实现|完成|上线|降价|涨价|下调|上调|售价|包括|包含")
TITLE_MARKS = re.compile(r"《([^《》]{2,12}|[A-Za-z0-9][A-Za-z0-9 &:'.-]{11,30})》")  # 《王者荣耀》, 《Puzzles & Survival》
PRODUCT_NOUNS = r"(?:平台|频道|App|APP|应用|产品|小程序|功能|服务|品牌|软件|系统|车型|品类|业务|大模型|模型|系列)"
LATIN_NAME = r"(?:[A-Z][A-Za-z0-9]*|[a-z]\d+[A-Za-z0-9]*|[a-z][A-Z][A-Za-z0-9]*)(?:-[A-Za-z0-9]+)*(?: (?!\d+(?:英寸|寸|吋))(?:[A-Z0-9][A-Za-z0-9]*|[a-z]\d+[A-Za-z0-9]*)){0,3}(?:\.(?:com|cn|net|io|ai)(?![A-Za-z0-9]))?"  # Model B, Osmo Pocket 3, Trip.com, Navimow i105
LATIN_PRODUCT = re.compile(rf"(?:平台|车型|新车型|新款|机型|产品|手机|相机|无人机|云台|芯片|系统|耳机|手表|电脑|汽车|品牌|助手|机器人|SUV|MPV|轿车|平板|智能体|游戏机|掌机|商店|网店|"
                           rf"摄像机|摄像头|投影仪|路由器|音箱|电视|冰箱|空调|洗衣机|油烟机|扫地机|洗地机|学习机|眼镜|手环|显示器|笔记本|打印机|挖掘机|"
                           rf"应用|大模型|模型|App|APP|(?<![A-Za-z])IP\s)(?P<a>{LATIN_NAME}|[a-z]{{4,10}}(?=的|[，。；、])"
                           rf"|[a-z]{{3,10}}(?: \d{{1,3}}| [A-Z][a-z]+){{1,3}})(?![A-Za-z0-9])"
                           rf"|(?<![A-Za-z0-9])(?P<b>{LATIN_NAME}|(?<=的)[a-z]{{3,10}}(?=系列))(?=(?:已经|已|将|正式)?(?:系列|上市|发售|开售|交车|交付|上线))"
                           rf"|(?:发布|推出|上线|开源)(?:了|的)?(?P<c>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9.]+)+(?: [A-Z][a-z]+)?)"
                           rf"(?![A-Za-z0-9])")  # Gen-3 Alpha
MODEL_NAME = r"(?:(?<=[下的、和与及])(?![的和与及])[\u4e00-\u9fff])?(?<![A-Za-z0-9])(?:[A-Z]|[a-z](?=[A-Z]))[A-Za-z0-9]*(?:[ -][A-Za-z0-9]+){0,3}"  # 秦PLUS DM-i
LATIN_BEFORE_KIND = re.compile(rf"(?P<list>(?:{MODEL_NAME}[、和与及])*)(?P<name>{MODEL_NAME})(?:等?(?:[两三四五六七八九十\d]+款)?"
                               rf"(?:车型|机型|型号|产品|系列|芯片|架构|系统|处理器|激光雷达|传感器|相机|路由器|交换机)|品牌"
                               rf"|[\u4e00-\u9fff]{{0,2}}云平台|云服务平台"  # Infini-AI异构云平台
                               rf"|(?<![A-Z]{{2}})(?:割草|扫地|泳池|陪伴|服务)?机器人(?!公司|企业|厂商|行业|赛道))")  # iQOO品牌, H20芯片; not
# Manner等品牌; Navimow割草机器人 (not AI机器人, a kind)
LATIN_AFTER_ORG = re.compile(r"(?:[a-z]?[A-Z][a-z]+(?: [A-Z0-9][A-Za-z0-9]*){1,3}|的[A-Z][A-Za-z]{2,}(?:-[A-Za-z0-9.]+)*(?: [A-Z][A-Za-z0-9]*)?"
                             r"|(?<=[A-Za-z]) [a-z]\d+[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
                             r"|(?<=[\u4e00-\u9fff])[A-Z][a-z]{3,}(?=[、，。；和与及])|(?<=[A-Za-z])-[A-Z][A-Za-z]?\d[A-Za-z0-9.]*(?:-[A-Za-z0-9]+)*)"
                             r"(?![A-Za-z0-9]|[年月日号])")  # 特斯拉Model 3, 微软的Copilot, 微软Office、, DeepSeek-R1; not 钛媒体App
# 11月27日
LATIN_LETTER = re.compile(r"[A-Za-z]")
LATIN_LIST_ITEM = re.compile(rf"\s?[、和与及]\s?(?P<name>{LATIN_NAME})(?![A-Za-z0-9])")
COUNTED_LINES = r"(?:[两三四五六七八九十\d]+(?:条|款|个|大))"
QUOTED_PRODUCT = re.compile(rf"(?:{PRODUCT_NOUNS}|助手|智能体|汽车|手机|机器人|眼镜|耳机|芯片|无人机|机型|新车)[“\"「](?P<a>[^”\"」]{{2,8}})[”\"」]"
                            rf"|[“\"「](?P<b>[^”\"」]{{2,8}})[”\"」]{COUNTED_LINES}?(?:(?:高阶|智能|辅助)?(?:智驾|驾驶|辅助驾驶)?{PRODUCT_NOUNS}"
                            rf"|促销装|礼盒|套装|单品|新品)"  # “天神之眼”高阶智驾系统, “鲜虾鱼板面”促销装
                            rf"|[“\"「](?P<c>[^”\"」]{{2,8}})[”\"」](?=[、和与及][“\"「][^”\"」]{{2,8}}[”\"」]{COUNTED_LINES}?(?:产品线|产品|品牌|系列))")
# “自如寓”和“自如豪宅”两条产品线
NOT_MODEL_NAMES = {"ALL", "APP", "O2O", "IPO", "GMV", "GTV", "DAU", "MAU", "ARPU", "OTA", "B2B", "B2C", "C2C", "C2M", "PC", "AI", "IT", "IN", "OF",
                   "THE", "AND", "VR", "AR", "KTV", "SUV", "MPV", "PR", "UV", "PV", "SDK", "API", "CBD", "VIP", "LOGO",
                   "ADAS", "NOA", "LIDAR", "BU", "BG", "CEO", "CTO", "CFO", "COO", "OEM", "ODM", "SAAS", "PAAS", "IAAS", "EV", "PHEV", "BEV", "EREV", "AIGC", "AGI", "LLM", "GPU", "NLP",
                   "NAND", "DRAM", "HBM", "OLED", "AMOLED", "LCD", "LED", "SSD", "CPU", "NPU", "TPU", "SOC", "MCU", "5G", "4G", "6G"}
LAUNCH = re.compile(r"(?:发布|推出|上线|亮相|发售|首发)(?!会|价|式|申请|上市|募|股|注册)(?:了|新一代|新款|全新的?)?(?:(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,8}?)"
                    r"(?=[，。；、]|$|(?<=\d)[“「]|(?<=\d[A-Za-z])[“「])|(?P<latin>[A-Z][A-Za-z0-9]{2,15}|[a-z]{3,10} \d{1,3}[A-Za-z]{0,5})(?![A-Za-z0-9 .]))|推出的(?:(?P<named>[\u4e00-\u9fffA-Za-z0-9]{2,8}?)"
                    r"(?=[，。；、与和]|已|将|正|$)|(?P<named_latin>[A-Z][A-Za-z0-9]{2,15})(?![A-Za-z0-9 .]))")  # 满帮推出的省省回头车与…,
# 推出了CodeBuddy，, 字节跳动推出的Trae宣布…, 推出Choice升级版: a Latin name ends where its letters do; 推出了9075F“春耕特惠”: a
# name ends at an offer's quote
PASSED = re.compile(r"(?:案|决议|方案|审核|审议|考核|认证|测试|验收|评审)$")  # 董事会通过人事案: a resolution passed
PRICE_FIRST = re.compile(r"[\d.]+(?:元|块|美元)")  # 推出8.8元鲜果茶: a priced kind of drink, no name
COUNT_FIRST = re.compile(r"[\d一二两三四五六七八九十百几多]+(?:余|多)?(?:款|个|种|项|家|台|辆)")
AFTER_THE_LAUNCH = ("后", "前", "时", "以来", "之后")
NAMED_DEVICE_KINDS = "电池|芯片|手机|平板|大模型|机器人|眼镜|耳机|手表"
LAUNCHED_PAIR = re.compile(r"(?:发布|推出)(?!会|价|式)了?(?P<list>[^，。；、和]{3,14}(?:[、和及][^，。；、和]{3,14})+)(?=[，。；]|$)")
ALSO_LAUNCHED = re.compile(r"(?:发布|推出|亮相)的还有(?P<list>[^，。；]{2,40})(?=[，。；]|$)")
LAUNCH_KIND = re.compile(r"(?:发布|推出|上线|亮相|发售)(?!会)(?:了)?(?:新一代|新款|全新的?|自研的?|首款)?(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,8}?)"
                         r"(?=大模型|模型|芯片|手机|系列|App|APP)")
GENERIC_LAUNCHES = re.compile(r"多模态|开源|通用|性$|任命|人事|^(?:推理|语言|视觉|生成式|基础|端侧)|视频|微博|[称说]$|文件|优惠|补贴|折扣|人事案|议案|财报|业绩|内部信|全员信|信$|年报|季报|中报|公告|声明|计划|战略|政策|报告|数据|消息|通知|邮件|文章|规划|方案|措施|"
                              r"结果|名单|榜单|新品|产品|服务|功能|版本|信息|会议|活动|白皮书|[年月日季度来后前]$|以来|^(?:免费|付费|会员)")
RESIDES = re.compile(r"(?P<product>[\u4e00-\u9fffA-Za-z0-9]{2,6})所在的(?P<unit>[\u4e00-\u9fffA-Za-z0-9]{2,12})")
NOT_PRODUCT = set("的了是在和与及或等也都就将把被对从向为以于这那个们所“”「」\"")


@dataclass(frozen=True)
class Product:
    """A product or platform and the organisation that owns it."""

    name: str
    owner: str | None
    owners: tuple[str, ...]
    mentions: int
    evidence: str


@dataclass(frozen=True)
class Relation:
    """Two organisations set against each other (rivals) or working together (partners)."""

    a: str
    b: str
    kind: str
    evidence: str


@dataclass(frozen=True)
class Statement:
    """A sentence that states a company's strategy, positioning or strengths."""

    company: str
    cue: str
    text: str
    sentence: int


def org_names_in(text: str, orgs: OrgIndex) -> list[str]:
    """Organisations named in text, in order (known lexicon entries and the article's own)."""
    return organizations_in(text, orgs)


def matches(pattern: re.Pattern, text: str, *needles: str) -> Iterator[re.Match]:
    """The pattern's matches in text, or none at once when the text holds none of the needles (one of which
    every match contains): the cheap test first."""
    return pattern.finditer(text) if any(needle in text for needle in needles) else iter(())


GENERIC_PRODUCT_WORDS = set(PRODUCT_NOUNS.strip("(?:)").split("|")) | {"品牌", "子品牌", "新品", "笔电", "笔记本", "电脑",
                                                                       "平板", "手机", "相机", "耳机", "手表", "电视"} \
    | {"破壁机", "空气炸锅", "豆浆机", "电饭煲", "榨汁机", "洗碗机", "扫地机", "吸尘器", "电水壶", "微波炉", "烤箱", "净水器",
       "冰箱", "空调", "洗衣机", "热水器", "油烟机", "燃气灶", "跑鞋", "篮球鞋", "羽绒服", "冲锋衣", "短剧", "微短剧", "网文"} \
    | {"国际版", "海外版", "国内版", "新版", "正式版", "测试版", "内测版", "公测版", "企业版", "专业版", "个人版", "免费版",
       "付费版", "标准版", "旗舰版", "升级版", "精简版"} \
    | {"财报", "年报", "季报", "半年报", "公告", "股价", "市值"} \
    | {"纯电", "增程", "混动", "插混", "燃油", "电动", "油电"}  # 推出国际版: an edition, no name; 虎牙财报: a report; 纯电SUV: a
# powertrain


GENERIC_KINDS = ("平台", "应用", "产品", "服务", "软件", "工具", "网站", "App", "APP", "小程序", "频道")


DEVICE_KINDS = ("眼镜", "手表", "手环", "耳机", "音箱", "平板", "电视", "学习机", "投影仪", "机器人", "电脑", "笔记本")
DEVICE_MODIFIERS = re.compile(r"^(?:首款|新款|新一代|全新|旗舰|高端|入门)?(?:AI|智能|无线|可穿戴|人形|扫地|家用)*")


def is_device_kind(name: str) -> bool:
    """首款AI眼镜, 智能手表: a kind of device (a maker's word before it makes a product's name), no name of its own."""
    return DEVICE_MODIFIERS.sub("", name) in DEVICE_KINDS


def is_kind_of_product(words: str) -> bool:
    """导购平台, 社交应用: common words ending in a kind of product, no product's name."""
    kind = next((k for k in GENERIC_KINDS if words.endswith(k) and len(words) > len(k)), None)
    rest = words[:-len(kind)] if kind else ""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", rest)) \
        and all(len(t.word) >= 2 and dictionary_freq(t.word) > 0 for t in segment(rest))  # not 传福系列


DESCRIBED = re.compile(r"(?:^|[，；：,])(?:其中|而)?(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,10}?)(?:则|也)?(?:是|为)(?P<owner>[\u4e00-\u9fffA-Za-z]{2,8}?)"
                       r"(?:旗下|推出|开发|运营)的?(?P<kind>[\u4e00-\u9fffA-Za-z]{0,6}?" + PRODUCT_NOUNS + r")")


OPERATED = re.compile(r"(?:^|[，；：,])(?:其中|而)?(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,10}?)(?:则|也)?由"
                      r"(?P<owner>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:负责)?(?:联合|共同)?(?:运营|营运|经营|开发|推出|打造)(?=[，。；]|$)")  # 猎聘由同道猎聘集团营运
MADE_BY = re.compile(r"(?:^|(?<=[，；：,与同跟]))(?P<owner>[\u4e00-\u9fffA-Za-z]{2,6}(?:与|和)[\u4e00-\u9fffA-Za-z]{2,6}?)(?:合作|联合|共同)?"
                     r"(?:打造|开发|研发)的(?P<name>[\u4e00-\u9fff]{1,4}[A-Za-z0-9]{1,6}|[\u4e00-\u9fff]{2,6}?)(?=[，。；、和与及已将在于是]|以及|$)")
JOINTLY_MADE = re.compile(r"(?:^|(?<=[，；：,]))(?P<name>[\u4e00-\u9fffA-Za-z0-9 ]{2,12}?)(?:则|也)?(?:是|为|由)(?P<a>[\u4e00-\u9fffA-Za-z]{2,6}?)"
                          r"(?:和|与)(?P<b>[\u4e00-\u9fffA-Za-z]{2,6}?)(?:一起|联合|共同|合作)(?:做|造|打造|开发|研发|推出)的?")
# 问界M9是华为和赛力斯一起做的: both makers'
MADE_BY_WHOM = re.compile(r"(?:^|(?<=[，；：,]))(?P<name>[\u4e00-\u9fffA-Za-z0-9 ]{2,12}?)(?:则|也)?是(?P<makers>[^，。；]{2,16}?)"
                          r"(?:推出|打造|开发|研发|发布|生产)的")
SUB_BRAND = re.compile(r"(?:^|[，；：,])(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?:将|已|也)?(?:作为|成为)(?:(?P<owner>[^，。；]{2,8}?)的)?"
                       r"(?:子品牌|旗下品牌|独立品牌)")


NAMED_SUB_BRAND = re.compile(r"(?P<owner>[\u4e00-\u9fffA-Za-z]{2,8}?)的?(?:子品牌|副品牌|新品牌|高端品牌)(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,6}?)"
                             r"(?=也|已|将|在|正|是|则|还|，|。|、|和|的|今年|去年|明年)")  # 我们的子品牌名气也在追
STAR_PRODUCT = re.compile(r"(?:大单品|单品|爆款|爆品|(?:招牌|明星|旗舰|王牌|主力|核心)产品)"
                          r"(?P<name>[\u4e00-\u9fff]{2,6}?|[\u4e00-\u9fff]{1,4}[A-Za-z0-9]{1,3}[\u4e00-\u9fff]{0,3}?)"
                          r"(?=累计|销量|售出|卖出|已|的|，|。|、|和|在|成为|上市|降价|保费|受|销售|只要|只卖|仅售|售价|[（(])")  # 大单品伯牙绝弦累计售出, 旗舰产品尊享e生的
# 核心产品拓益（特瑞普利单抗注射液）


def described_products(scope: ProductScope, text: str) -> Found:
    """识货是虎扑旗下的导购平台, realme将作为子品牌回归OPPO, 猎聘由同道猎聘集团营运: the product a sentence describes as an
    organisation's."""
    for m in matches(SUB_BRAND, text, "品牌"):
        owner = next((canonical_org(n) for n in org_names_in(m.group("owner") or text[m.end():], scope.by_name)), None)
        latin = re.search(r"[A-Za-z][A-Za-z0-9]*(?: [A-Za-z0-9]+)*", m.group("name"))
        name = latin.group(0) if latin else re.sub(r"^(?:宣布|表示|称|透露)", "", m.group("name"))  # 宣布realme真我: realme
        if owner and len(name) >= 2 and is_product_name(name, scope.excluded - {name}):
            yield name, owner  # realme真我将作为子品牌回归OPPO体系: realme
    for m in matches(NAMED_SUB_BRAND, text, "品牌"):
        written = m.group("owner")
        owner = scope.main_org if written.endswith(("我们", "公司", "集团")) \
            else next((canonical_org(n) for n in org_names_in(written, scope.by_name)), None)
        if owner and is_product_name(m.group("name"), scope.excluded - {m.group("name")}):
            yield m.group("name"), owner  # 我们的子品牌名气: the speaker's company's
    for m in matches(STAR_PRODUCT, text, "单品", "爆", "产品"):
        if is_product_name(m.group("name"), scope.excluded) and scope.main_org \
                and (LATIN_LETTER.search(m.group("name")) or not segment(m.group("name"))[0].pos.startswith("v")
                     or has_coined_part(m.group("name"))):
            # 把几个大单品做深: a verb, no name (尊享e生 is one; 开坦尼, a coined name after a verb's character, too)
            yield m.group("name"), scope.main_org  # the article's company's best seller
    for m in matches(OPERATED, text, "由"):
        owner, name = re.split(r"与|和", m.group("owner"))[0], m.group("name")  # 由赛力斯与华为联合打造: the maker named first
        owner = canonical_org(owner) if owner in org_alias_index() or owner in scope.by_name \
            else owner if owner.endswith(ORG_SUFFIXES) else None
        if owner and is_product_name(name, scope.excluded - {name}) and not is_common_phrase(name):
            yield name, owner
    for m in matches(JOINTLY_MADE, text, "一起", "联合", "共同", "合作"):
        makers = [canonical_org(n) for side in ("a", "b") for n in org_names_in(m.group(side), scope.by_name)[:1]]
        if len(makers) == 2 and is_product_name(m.group("name"), scope.excluded - {m.group("name")}):
            yield from ((m.group("name"), maker) for maker in makers)  # the sentence says whose
    for m in matches(MADE_BY, text, "打造的", "开发的", "研发的"):
        owner = first_known_maker(m.group("owner"), scope.by_name)  # 江淮与华为合作打造的尊界S800: 江淮汽车's
        if owner and is_product_name(m.group("name"), scope.excluded - {m.group("name")}):
            yield m.group("name"), owner
    for m in matches(DESCRIBED, text, "是", "为"):
        written, name = re.split(r"与|和", m.group("owner"))[0], m.group("name")  # 享界是北汽与华为合作推出的品牌: 北汽's
        known = next((canonical_org(n) for n in org_names_in(written, scope.by_name)), None)
        owner = known if known and known in (written, canonical_org(written)) else written if is_unfamiliar(written) else None
        if owner and is_product_name(name, scope.excluded - {name}) and not is_common_phrase(name):
            yield name, owner  # an owner no lexicon knows (虎扑) is named by the sentence's own words


def first_known_maker(makers: str, by_name: OrgIndex) -> str | None:
    """The first of the makers written 'A与B' that the article knows, by a name or by its first characters (江淮)."""
    for written in re.split(r"与|和|联合", makers):
        known = next((canonical_org(n) for n in org_names_in(written, by_name)), None) \
            or next((o for o in by_name if len(written) >= 2 and o.startswith(written)), None)
        if known:
            return known
    return None


def generic_model_kind(word: str) -> bool:
    """Whether a word is only a kind of model (开源模型, 多模态大模型, 推理模型), no model's name."""
    return word.endswith("模型") and bool(re.fullmatch(rf"(?:{'|'.join(MODEL_KIND_MODIFIERS)})+大?", word[:-2]))


def is_product_name(word: str, excluded: set[str]) -> bool:
    """Whether a string can be a product name: short, no function characters, not a known org or person,
    not a kind of product (品牌, 平台)."""
    return (2 <= len(word) <= (24 if word.isascii() else 12 if LATIN_LETTER.search(word) else 8)
            and not re.fullmatch(r"[\u4e00-\u9fff]{1,4}版", word)  # 智驾版, 国际版: an edition
            and not generic_model_kind(word)  # 开源模型, 多模态大模型: a kind of model
            and not NOT_PRODUCT & set(word) and word not in excluded
            and word not in GENERIC_PRODUCT_WORDS
            and word not in stopwords() and word not in org_alias_index()
            and not re.fullmatch(r"[\d.]+", word)
            and not DURATION.fullmatch(word)  # 上线两年多: how long, no name
            and not RANGE_OF_KIND.fullmatch(word)  # 全系列集成灶, 气泡类饮品: a range or a category of a kind, no name
            and not ((kind := KIND_AND_TECH.fullmatch(word)) and kind.group(1).upper() in NOT_MODEL_NAMES
                     and is_common_noun_only(word[:-len(kind.group(1))])))  # 手机SoC: a kind (not 即梦AI, 海光CPU)


def is_common_noun_only(word: str) -> bool:
    """A common word (手机) that names no known company or product (not 海光, 即梦)."""
    return dictionary_freq(word) > 500 and word not in org_alias_index() and word not in product_alias_index() \
        and not known_org_prefix(word)


KIND_AND_TECH = re.compile(r"[\u4e00-\u9fff]{1,4}([A-Za-z]{2,5})")
DURATION = re.compile(r"[\d一二两三四五六七八九十百几半多]+个?(?:年|月|天|周|小时|分钟|季度)(?:多|来|半)?")
RANGE_OF_KIND = re.compile(r"(?:全系列|全系|全线|全品类|多款|各款|新款|首款|系列|更多|各类|多种)[\u4e00-\u9fff]{2,6}"
                           r"|[\u4e00-\u9fff]{1,3}类(?:饮品|饮料|产品|商品|应用|服务|车型|游戏|内容)")  # 气泡类饮品: a category


def list_items(text: str) -> list[str]:
    """Items of a 、/和 list, trimmed of 等 and of generic trailing nouns (微购物项目 -> 微购物)."""
    items = [re.sub(r"(等|等等)$", "", it.strip().strip("“”\"「」")) for it in re.split(r"[、和及]", text) if it.strip()]
    return [without_kind(re.sub(r"(项目|业务|服务|功能|板块|计划|活动)$", "", it) or it) for it in items]


def series_heads(owners: dict[str, list[str]], excluded: set[str], text: str) -> dict[str, str]:
    """The first Latin word of a product's name that the text also writes on its own (TicWatch of TicWatch Pro 6):
    name -> that word, the series the model belongs to."""
    heads = {}
    for name in [n for n in owners if re.fullmatch(r"[A-Z][A-Za-z]{3,}(?: [A-Za-z0-9+]+)+", n)]:
        head = name.split(" ")[0]
        if head not in owners and head not in excluded and head.upper() not in NOT_MODEL_NAMES \
                and re.search(rf"(?<![A-Za-z]){head}(?![A-Za-z0-9]| [A-Za-z0-9])", text):
            heads[name] = head
    return heads


def kind_before_model(prefix: str) -> bool:
    """Whether what a longer product name writes before a model's code names its kind (讯飞AI学习机 of T30 Ultra),
    not only its maker or brand (华为 of Mate 60)."""
    return len(prefix) >= 3 and "\u4e00" <= prefix[-1] <= "\u9fff" and prefix not in org_alias_index() \
        and prefix not in product_alias_index()


def find_products(doc: Document, tokens: Sequence[Sequence[Token]], orgs: Sequence[Organization],
                  excluded: set[str], main_org: str | None, unit_parents: dict[str, str | None]) -> list[Product]:
    """Products and platforms with owners: the lexicon, ORG+product, lists of platforms, X所在的Y事业部."""
    by_name = OrgIndex(orgs)
    owners: dict[str, list[str]] = defaultdict(list)
    evidence: dict[str, str] = {}

    def add(name: str, owner: str | None, sentence: str) -> None:
        name = with_model_written_after(name, sentence)  # 有道词典 + 笔X7, 讯飞AI学习机 + T30 Ultra: the model
        known = product_alias_index().get(name)
        name = known.name if known and written_apart(known.name, name, doc.text) else name  # 通义 where the article never
        # writes 通义千问; 可灵AI where it never writes 可灵 alone
        if owner:
            owners[name].append(canonical_org(owner))
        elif known:
            owners[name].append(known.owner)
        else:
            owners.setdefault(name, [])
        evidence.setdefault(name, sentence)

    org_words = {w for w in {t.word for sent in tokens for t in sent} if canonical_org(w) in by_name}
    follows_org = [[bool(i) and sent[i - 1].word in org_words for i in range(len(sent))] for sent in tokens]
    after_org = {tok.word for sent, follows in zip(tokens, follows_org) for tok, yes in zip(sent, follows)
                 if yes and is_new_name(tok, excluded)}
    mentions_after_org = Mentions([doc.title] + [s.text for s in doc.sentences], after_org)

    def recurs(word: str) -> bool:
        """Whether a word occurs at least twice in the article, its headline included."""
        return mentions_after_org.count(word) >= 2

    scope = ProductScope(by_name, excluded, main_org, unit_parents, headline_contenders(doc.title))
    for sentence, sent, follows in zip(doc.sentences, tokens, follows_org):
        text = sentence.text
        subject = functools.cache(functools.partial(sentence_subject, text, by_name))  # asked for by some patterns
        found = itertools.chain(
            products_in_tokens(scope, sent, follows, recurs), listed_platforms(scope, text, sent, subject),
            featured_products(scope, text, subject), products_under(scope, text), titled_works(scope, text, subject),
            quoted_products(scope, text, subject), possessed(scope, text), models_after_known_orgs(scope, text),
            latin_named_products(scope, text, subject), launched_products(scope, text, subject),
            coded_models(scope, text, sent), named_models(scope, text, subject), resident_products(scope, text),
            drug_products(scope, text, subject), described_products(scope, text), models_after_de(scope, text, subject),
            possessed_in_rivalry(scope, text), possessed_models(scope, text), kind_then_names(scope, text, subject),
            products_listed_before_kind(scope, text, subject), glossed_products(scope, text, subject),
            included_models(scope, text, subject), coined_series(scope, text, subject), interpunct_names(scope, sent),
            apps_of_orgs(scope, text), quoted_launches(scope, text, subject), lowercase_models(scope, text),
            brands_of_units(scope, text), models_launched_by_orgs(scope, text), brands_opening_clauses(scope, text, subject),
            own_devices(scope, text, subject), paired_models(scope, text), brands_with_heads(scope, text, subject),
            ai_named_products(scope, text, subject))
        for name, owner in found:
            add(name, owner, text)
    surfaces = {alias: org.name for org in by_name.values() for alias in (*names_of_org(org.name), *org.aliases)}
    found_so_far = set(owners)  # kept up to date, not rebuilt for every sentence
    surface_matcher = Matcher(a for a in surfaces if len(a) >= 2)
    surface_order = {a: k for k, a in enumerate(surfaces)}
    for sentence in doc.sentences:  # 整合有道词典、有道翻译和有道AI学习机: one maker's named products, listed
        for owner, items in products_listed_by_maker(sentence.text, surfaces, found_so_far, surface_matcher, surface_order):
            for item in items:
                if is_product_name(item, excluded):
                    add(item, owner, sentence.text)
                    found_so_far.add(item)
    for name, head in series_heads(owners, excluded, doc.text).items():
        owners[head] = list(owners[name])  # TicWatch of TicWatch Pro 6, written alone: the series, the same maker's
        evidence.setdefault(head, evidence.get(name, ""))
    mentions = Mentions([s.text for s in doc.sentences], owners)
    venues = {n for n in owners if only_a_venue(n, doc.text)}  # 在微博上表示: where someone spoke, no product news
    owners = {n: o for n, o in owners.items() if n not in venues}
    longer = {n: [m for m in ms if m.startswith(n) or n[:1].isascii() and m.endswith(n) and (kind_before_model(m[:-len(n)])
                                                                                         or m.endswith(" " + n) and m[:-len(n) - 1] in owners)
                  or not n[:1].isascii() and m[len(known_org_prefix(m) or ""):].startswith(n) and known_org_prefix(m)]  # 乾崑 inside
              # 华为乾崑ADS 4
              for n, ms in containing(owners).items()}  # T30 Ultra only in 讯飞AI学习机T30 Ultra: no product of its own
    alone = [n for n in owners if not longer.get(n) or mentions.count(n) > sum(mentions.count(m) for m in longer[n])]
    alone = [n for n in alone if not maker_and_model(n, alone, owners)]  # 小米YU7 beside YU7: one product
    picked = {name: pick_owner([o for o in owners[name] if o in by_name] or owners[name], main_org)
              for name in alone}  # an organisation of the article over a brand (问界M8 of 赛力斯, not of 问界)
    picked = {name: picked.get(owner, owner) if owner in picked and picked.get(owner) != name else owner
              for name, owner in picked.items()}  # 享界S9 of the brand 享界: 享界's owner's
    titled = main_org if main_org and any(n in doc.title for n in (main_org, *names_of_org(main_org))) else None
    picked = {name: offspring_writing_for(owner, by_name, doc.text, titled) or owner for name, owner in picked.items()}
    # only for the company the headline names: of two named alike (京东健康, 阿里健康) neither is the article's
    return [Product(name, picked[name], tuple(dict.fromkeys(owners[name])), mentions.count(name), evidence[name])
            for name in sorted(alone, key=lambda n: -mentions.count(n))]  # 石头P20 only inside 石头P20 Pro: no product


MODEL_AFTER_KIND = re.compile(r"笔?[A-Z]{1,3}\d{1,4}[A-Za-z]?(?: (?:Ultra|Pro|Max|Plus|Mini|Lite|SE|Air))*(?![A-Za-z0-9])")


def with_model_written_after(name: str, sentence: str) -> str:
    """A product named by a kind of device (有道词典, 讯飞AI学习机) with the model code written right after it, whole."""
    if not name.endswith(KIND_OF_PRODUCT + DEVICE_KINDS) or not CAPITAL_OR_DIGIT.search(sentence):
        return name
    at = sentence.find(name)
    model = MODEL_AFTER_KIND.match(sentence, at + len(name)) if at >= 0 else None
    return name + model.group(0) if model else name


def offspring_writing_for(owner: str | None, by_name: OrgIndex, text: str, main_org: str | None) -> str | None:
    """The article's company when it is named after a well-known owner the article never writes (广汽埃安 for the
    lexicon's 广汽集团, owner of 昊铂): the part of the group the article is about; None otherwise."""
    if not owner or not main_org or owner not in org_alias_index():
        return None
    written = {n for org in by_name.values() for n in (org.name, *org.aliases)}
    stems = tuple(n for n in names_of_org(owner) if len(n) >= 2)
    if any(n in text for n in stems if not any(w != n and w.startswith(n) and w in text for w in written)):
        return None  # 广汽集团 written, or 广汽 alone: the lexicon's owner is the article's too

    def named_after_owner(name: str) -> bool:
        """广汽埃安 after 广汽 (not 360集团, the company's own full name)."""
        stem = next((n for n in stems if name.startswith(n)), None)
        return stem is not None and name[len(stem):] not in ORG_SUFFIXES

    offspring = [org.name for org in by_name.values() if org.name != owner and any(map(named_after_owner, (org.name, *org.aliases)))]
    return offspring[0] if offspring == [main_org] else None


def written_apart(name: str, alias: str, text: str) -> bool:
    """Whether a text writes a name other than inside each writing of an alias that begins with it (可灵 of 可灵AI; 乾崑
    of 华为乾崑 is the name with its maker's in front)."""
    return text.count(name) > (text.count(alias) if alias.startswith(name) and name != alias else 0)


OWNED_LOWERCASE = re.compile(r"(?P<owner>[\u4e00-\u9fff]{2,8})的(?P<name>[a-z][a-z0-9]{2,}(?: [a-z0-9]{2,}){0,2})(?![A-Za-z0-9])")


def lowercase_models(scope: ProductScope, text: str) -> Found:
    """摩托罗拉的moto razr: a company's product written in lower-case Latin letters."""
    for m in OWNED_LOWERCASE.finditer(text) if "的" in text and re.search("[a-z]{3}", text) else ():
        owner = last_org_named(m.group("owner"), scope.by_name)
        if owner and m.group("owner").endswith(tuple({owner, *names_of_org(owner)})) \
                and m.group("name").upper() not in NOT_MODEL_NAMES and m.group("name") not in ("app", "logo", "pro", "plus"):
            yield m.group("name"), canonical_org(owner) if owner in org_alias_index() else owner


ORG_APP = re.compile(r"(?P<org>[\u4e00-\u9fff]{2,6})(?P<app>App|APP|app)(?![A-Za-z])")


def apps_of_orgs(scope: ProductScope, text: str) -> Found:
    """得物App, 百度App: a company's own app, named after it."""
    for m in ORG_APP.finditer(text) if "pp" in text or "PP" in text else ():
        for org in org_names_in(m.group("org"), scope.by_name):
            if (scope.by_name[org].kind if org in scope.by_name else org_kind(org)) != "company":
                continue  # 钛媒体App: a medium's credit, no product the article is about
            surfaces = {org, *names_of_org(org), *(scope.by_name[org].aliases if org in scope.by_name else ())}
            written = max((a for a in surfaces if m.group("org").endswith(a)), key=len, default=None)
            if written:
                yield written + m.group("app"), canonical_org(org) if org in org_alias_index() else org
                break


def interpunct_names(scope: ProductScope, sent: Sequence[Token]) -> Found:
    """金蝶云·星空: a name in two parts joined by an interpunct, the first opening with its maker's name (not a unit named
    after it, 金蝶云·苍穹事业部, nor a person's name)."""
    for k, tok in enumerate(sent[1:-1], start=1) if any(t.word in ("·", "・") for t in sent) else ():
        if tok.word not in ("·", "・") or sent[k + 1].pos in BREAK_POS:
            continue
        head = sent[k - 1].word if k < 2 or sent[k - 2].word not in org_alias_index() else sent[k - 2].word + sent[k - 1].word
        owner = known_org_prefix(head) or next((o for o in scope.by_name if head.startswith(o)), None)
        after = sent[k + 2].word if k + 2 < len(sent) else ""
        if owner and len(head) - len(owner) <= 2 and not after.endswith(unit_suffixes()) and after not in ("事业部", "事业群"):
            yield head + tok.word + sent[k + 1].word, canonical_org(owner) if owner in org_alias_index() else owner


@dataclass(frozen=True)
class ProductScope:
    """What the product patterns look names up in: the article's organisations, the names that are no
    product (people, units, companies), its main company, and each unit's parent."""

    by_name: OrgIndex
    excluded: set[str]
    main_org: str | None
    unit_parents: dict[str, str | None]
    contenders: frozenset[str] = frozenset()  # the names the headline sets against each other (A、B、C谁在掉队)


Found = Iterator[tuple[str, str | None]]  # (a product's name, its owner if known)


def is_company(name: str, by_name: OrgIndex) -> bool:
    """Whether an organisation named in a sentence is a company (by the article's kind, else the lexicon's)."""
    return (by_name[name].kind if name in by_name else org_kind(name)) == "company"


def last_org_named(text: str, by_name: OrgIndex) -> str | None:
    """The organisation a text names last (the maker nearest a product named after it), if any."""
    return next(reversed(org_names_in(text, by_name)), None)


def sentence_subject(text: str, by_name: OrgIndex) -> str | None:
    """The first company a sentence names (a brand that adopts a product does not own it; 据彭博社报道: a medium
    reports, it owns nothing); not a parent named before 旗下 when its company follows (小鹏汽车旗下的小鹏汇天宣布…)."""
    companies = [n for n in org_names_in(text, by_name) if is_company(n, by_name)]
    if len(companies) > 1 and "旗下" in text and any(
            re.search(rf"{re.escape(a)}旗下的?{re.escape(b)}", text)
            for a in {companies[0], *names_of_org(companies[0])} for b in {companies[1], *names_of_org(companies[1])}):
        return companies[1]
    return companies[0] if companies else None


def products_in_tokens(scope: ProductScope, sent: Sequence[Token], follows: Sequence[bool],
                       recurs: Callable[[str], bool]) -> Found:
    """Products a token names: the lexicon's, a recurring new name after a company, ORG+kind, a phrase model."""
    known_products, known_orgs, excluded = product_alias_index(), org_alias_index(), scope.excluded
    for i, tok in enumerate(sent):
        if tok.word in known_products:
            longer = product_with_tail(sent, i) or model_of_known(sent, i)  # QQ音乐, 腾讯手机管家, 昇腾910C: the
            # lexicon's name plus what follows
            yield longer or tok.word, owner_before(sent, i) or known_products[tok.word].owner
        elif follows[i] and is_new_name(tok, excluded) and recurs(tok.word) and tok.word not in KIND_OF_PRODUCT \
                and sent[i - 1].word + tok.word not in excluded:  # 小鹏/汇天: a company of the article, no product
            glued = (sent[i - 1].word.isascii() or is_device_kind(tok.word)) and sent[i - 1].start + len(sent[i - 1].word) == tok.start
            yield (sent[i - 1].word + tok.word if glued else tok.word), sent[i - 1].word  # 阿里巴巴微淘, 腾讯微信; 360智脑;
            # 小米AI眼镜: a kind of device is named with its maker
        elif i and (tok.word in KIND_OF_PRODUCT or tok.word in SERVICE_KINDS) and sent[i - 1].word in known_orgs \
                and sent[i - 1].word + tok.word not in excluded \
                and not (i + 1 < len(sent) and sent[i + 1].word in ("业务", "板块", "部门", "领域")):  # 游戏业务
            name = product_with_tail(sent, i - 1, ORG_PRODUCT_TAILS) or sent[i - 1].word + tok.word
            yield name, sent[i - 1].word  # 360搜索, 搜狗输入法, 腾讯手机管家
        elif tok.word not in excluded and company_and_kind(tok.word):
            yield tok.word, company_and_kind(tok.word)  # 美团单车 as one token
        elif tok.pos == "phrase" and (maker := maker_of_model(tok.word, scope.by_name) or quoted_model_maker(sent, i)
                                      or lettered_model_maker(tok.word, latin_suffix(sent, i + 1))):
            if maker not in scope.by_name and maker not in known_orgs:
                maker = maker_before_in(sent, i) or maker  # 小米…发表自研晶片「玄戒O1」: the maker named before the brand
            yield tok.word + latin_suffix(sent, i + 1), maker  # 小米SU7 made one token by phrase discovery; 石头P20
            # Ultra Plus: with the words written after it
        elif i and sent[i - 1].word in PRODUCT_KINDS_BEFORE_NAME and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", tok.word) \
                and not (sent[i - 1].word == "系列" and i >= 2 and sent[i - 2].pos not in BREAK_POS) \
                and is_unfamiliar(tok.word) and is_product_name(tok.word, excluded):
            yield tok.word, scope.main_org  # 我们的AI搜索助手万知: a coined name right after what it is


def quoted_model_maker(sent: Sequence[Token], i: int) -> str | None:
    """The maker named before a model launched in quote marks (华为…发表自研晶片「麒麟X90」), if the token is one."""
    shaped = re.fullmatch(r"[\u4e00-\u9fff]{2,3}(?:[A-Z][A-Za-z]{0,4}\d{1,4}[A-Za-z]{0,3})", sent[i].word)
    return maker_before_in(sent, i) if shaped and i and sent[i - 1].word in ("「", "“", "\"") else None


def maker_before_in(sent: Sequence[Token], i: int) -> str | None:
    """The first known organisation named earlier in the sentence (小米…发表自研晶片「玄戒O1」), if any, unless the
    model is only compared with (…，比问界M8便宜: the maker named before is another's)."""
    if i and sent[i - 1].word in ("比", "和", "与", "跟", "同", "对标", "不如", "超过", "相比"):
        return None
    return next((canonical_org(t.word) for t in sent[:i] if t.word in org_alias_index()), None)


def maker_and_model(name: str, names: Sequence[str], owners: dict[str, list[str]]) -> bool:
    """Whether a product's name is its maker's name and another product's (小米YU7 of 小米 beside YU7)."""
    return any(name.endswith(other) and name != other and name[:-len(other)].strip() in
               {a for o in owners.get(other, []) for a in names_of_org(o)} for other in names)


SPOKEN_ON = r"(?:上|中|里)?(?:表示|发文|称|说|写道|回应|宣布|透露|发布|发帖|喊话|晒出|直播|评论|转发|留言)"


def only_a_venue(name: str, text: str) -> bool:
    """Whether every mention of a product is the place where someone spoke (在个人微博上表示, 通过微信朋友圈称)."""
    mentions = text.count(name)
    venue = len(re.findall(rf"(?:在|通过|于)(?:个人|其|自己的|官方|社交媒体)?{re.escape(name)}{SPOKEN_ON}", text))
    return mentions > 0 and venue == mentions


def model_of_known(sent: Sequence[Token], i: int) -> str | None:
    """A known product's name with the model code written right after it (昇腾 + 910C), if any."""
    nxt = sent[i + 1].word if i + 1 < len(sent) else ""
    after = sent[i + 2].word if i + 2 < len(sent) else ""
    coded = re.fullmatch(r"\d{1,4}[A-Za-z]{0,3}|[A-Z]{1,2}\d{1,4}[A-Za-z]?", nxt) and nxt.upper() not in NOT_MODEL_NAMES
    year = re.fullmatch(r"(?:19|20)\d{2}", nxt) or after.startswith(("年", "月", "日", "%", "万", "亿", "元", "个", "家", "款"))
    if nxt == " " and (after == "AI" or re.fullmatch(r"\d{2,4}", after) and not sent[i + 3:i + 4]
                       or re.fullmatch(r"\d{2,4}", after) and sent[i + 3].word[:1] not in UNIT_START):
        return sent[i].word + " " + after  # WPS 365, WPS AI: the product's line named by a number or AI
    if not coded or year:
        return None
    model = sent[i].word + nxt + latin_suffix(sent, i + 2)
    rest = "".join(t.word for t in sent[i + 2:i + 5])
    edition = EDITION.match(rest) if model == sent[i].word + nxt else None
    return model + edition.group(0) if edition else model  # 骁龙8至尊版: the edition is the model's


EDITION = re.compile(r"(?:至尊|旗舰|标准|青春|领先|性能|尊享|顶配|高配|低配|Pro|Max)版")


def latin_suffix(sent: Sequence[Token], k: int) -> str:
    """A model's Latin words or number written after spaces (骁龙8 + Elite, 波音737 + MAX, 极米RS + 10 Ultra), or ''."""
    suffix = ""
    while k + 1 < len(sent) and sent[k].word == " " and len(suffix) < 16 \
            and re.fullmatch(r"[A-Z][A-Za-z]{1,6}|[A-Z]\d{1,3}[A-Za-z]?|\d{1,3}[A-Za-z]?", sent[k + 1].word) \
            and sent[k + 1].word.upper() not in NOT_MODEL_NAMES \
            and not (sent[k + 1].word[0].isdigit() and k + 2 < len(sent) and sent[k + 2].word[:1] in UNIT_START):
        suffix += " " + sent[k + 1].word
        k += 2
    return suffix + ("+" if k < len(sent) and sent[k].word == "+" and (k + 1 == len(sent) or not sent[k + 1].word[:1].isdigit())
                     else "")  # 梦之蓝M6+, Mate 60 Pro+: the plus is the model's


UNIT_START = tuple("年月日号万亿元%个家辆台款部位名")  # 发布RS 10万台: a count, not the model's number


LISTED_BEFORE_KIND = re.compile(r"(?:负责|包括|推出|拥有|运营|上线|发布|打造|旗下有|(?<=[\u4e00-\u9fffA-Za-z]{2})有(?=[A-Z《“]))了?(?P<list>[^，。；：]{2,30}?)"
                                r"(?P<end>等|的)(?:[一二三四五六七八九十多\d]+款|一系列|多个|众多)?(?:AI|智能|新能源|纯电|混动|旗舰)?"
                                r"(?:产品|应用|平台|工具|App|APP|IP|车型|机型)")
# 等AI应用; 泡泡玛特有SKULLPANDA、MOLLY、星星人等一系列IP
LISTED_COUNTED_KIND = re.compile(r"(?:发布|推出|发布了|推出了|亮相)(?P<list>[^，。；：]{2,16}(?:、[^，。；：、]{2,16})*[和与及][^，。；：、]{2,16}?)"
                                 r"[两三四五六七八九十\d]+款(?:新品|新产品|产品|新车|车型|电池|芯片)")  # 发布A、B和C三款新品
LISTED_OPENING_KIND = re.compile(r"(?:^|(?<=[，；：]))(?P<list>[^，。；：、和]{2,8}(?:[、和][^，。；：、和]{2,8})+)等(?:其他|其它)?(?:产品|药品|子品牌|品牌)")  # ，汉利康、汉曲优等产品


GLOSSED_PRODUCT = re.compile(r"(?P<name>[\u4e00-\u9fff]{2}(?:AI|智能)?(?:平台|系统|助手|大模型|App|APP))[（(]"
                             r"(?P<gloss>[A-Z][A-Za-z0-9]*(?: [A-Za-z0-9]+){0,3})[）)]")


def glossed_products(scope: ProductScope, text: str, subject: Callable[[], str | None]) -> Found:
    """先知AI平台（Sage AI）: a platform named in Chinese with its Latin name after it, the subject's (or the article
    company's)."""
    for m in matches(GLOSSED_PRODUCT, text, "（", "("):
        name = m.group("name")
        if is_product_name(name, scope.excluded) and not is_kind_of_product(name) and not is_verb(name[:2]) \
                and (subject() or scope.main_org):
            yield name, subject() or scope.main_org
    for m in matches(GLOSSED_SELLER, text, "（", "("):  # 则乐（Zejula）销售额为…: a product by what it sells
        name = re.sub(r"^(?:其中|而|以及|和|其)", "", m.group("name"))
        if len(name) >= 2 and is_product_name(name, scope.excluded) and (subject() or scope.main_org):
            yield name, subject() or scope.main_org


GLOSSED_SELLER = re.compile(r"(?:^|(?<=[，；：、]))(?P<name>[\u4e00-\u9fff]{2,8})[（(][A-Z][A-Za-z0-9 -]{2,24}[）)]的?"
                            r"(?:销售额|销量|收入|营收|出货量)")
LIST_OPENING_VERB = re.compile(r"^[^、]{0,6}?(?:推出|发布|上线|包括|拥有|打造)了?(?=.{2})")


MODELS_INCLUDED = re.compile(r"(?:车型|机型|型号)(?:包括|有|为)(?P<list>[^，。；]{2,40})")
MODEL_ITEM = re.compile(r"[\u4e00-\u9fff]{1,4}\d{1,4}[A-Za-z]{0,3}|[\u4e00-\u9fff]{0,4}[A-Z][A-Za-z]{0,3}\d{1,4}[A-Za-z]{0,3}")


def included_models(scope: ProductScope, text: str, subject: Callable[[], str | None]) -> Found:
    """主要车型包括豹5、豹8和钛3: models listed after 车型包括, each shaped like a model's name, the subject's."""
    for m in matches(MODELS_INCLUDED, text, "包括", "有", "为"):
        items = [re.sub(r"等.*$", "", it) for it in re.split(r"[、和及与]", m.group("list"))]
        if len(items) >= 2 and all(MODEL_ITEM.fullmatch(it) for it in items) and (subject() or scope.main_org):
            yield from ((it, subject() or scope.main_org) for it in items)


COINED_SERIES = re.compile(r"(?:以|用|凭借|依靠|推出了?|发布了?|的)(?P<name>[\u4e00-\u9fff]{2,4}|\d{2,4}[A-Z]{1,3}|[A-Z]{1,3}\d{1,4}[A-Z]?)系列")
# 特步凭借160X系列


def coined_series(scope: ProductScope, text: str, subject: Callable[[], str | None]) -> Found:
    """格力则以云佳系列回应: a coined name before 系列, the product line of the company the clause names (else the
    sentence's)."""
    for m in matches(COINED_SERIES, text, "系列"):
        clause = re.split(r"[，。；]", text[:m.start()])[-1]
        maker = last_org_named(clause, scope.by_name) or subject()
        featured = re.search(r"(?:主推|主打|力推|新推)的?$", text[:m.start("name")])  # 爱玛今年主推的引领系列: named, whatever its word
        if maker and (is_unfamiliar(m.group("name")) or featured or m.group("name").isascii()) \
                and is_product_name(m.group("name"), scope.excluded):
            yield (m.group("name") + "系列" if featured and not is_unfamiliar(m.group("name")) else m.group("name")), canonical_org(maker)


def headline_contenders(title: str) -> frozenset[str]:
    """The names a headline lists as contenders (怪兽充电、街电、小电谁在掉队？)."""
    return frozenset(it for items in enumeration_items(title) for it in items) if "、" in title and rivalry_cued(title) \
        else frozenset()


def products_listed_before_kind(scope: ProductScope, text: str, subject: Callable[[], str | None]) -> Found:
    """负责千帆大模型平台和一见等产品, 负责纳米AI搜索和360搜索的产品: named items listed before 等产品 (or a list of
    two or more before 的产品), the subject's (or the article company's)."""
    for m in itertools.chain(matches(LISTED_BEFORE_KIND, text, "等", "的"), matches(LISTED_OPENING_KIND, text, "等"),
                             matches(LISTED_COUNTED_KIND, text, "款")):
        items = [known_product_opening(re.sub(r"(?<=..)系列$|^(?:第[一二三四五六七八九十\d]+代|新一代|全新)(?=..)", "", it))
                 for it in re.split(r"[、和与及]", m.group("list")) if it]  # 第二代神行超充电池: 神行超充电池
        # 红旗天工系列和EH7、EH9等新能源车型: the series is 红旗天工
        items[:1] = [re.sub(r"^.{2,}的(?=[^的]{2,}$)", "", LIST_OPENING_VERB.sub("", items[0]))] if items else []
        # 此后又推出J4、逍遥001等产品: J4; 抖音上崛起的高梵、鸭鸭等品牌: 高梵
        excluded = scope.excluded - {it for it in items if it not in org_alias_index()} \
            if m.group(0).endswith("品牌") and not re.search("旗下|拥有|包括|推出|运营|的", m.group("list")) \
            else scope.excluded  # 汤达人、开小灶等品牌: brands, whatever an enumeration took them for
        rivals = (text[m.start("list") - 1:m.start("list")] in ("与", "和", "同", "跟") or "与" in m.group("list")) \
            and RIVAL_CUES.search(text, m.end())
        if m.group(0).endswith("品牌") and subject() is None and items and all(it in scope.contenders for it in items):
            continue  # 怪兽充电、街电、小电等品牌的收费…, the headline's contenders: companies no one in the sentence owns
        if items and (m.groupdict().get("end", "等") == "等" or len(items) >= 2) and all(is_product_name(it, excluded) for it in items) \
                and any(it in product_alias_index() or is_unfamiliar(it) or has_coined_part(it) for it in items) and not rivals:
            yield from ((it, subject() or scope.main_org) for it in items)  # not 与乡村基、大米先生等品牌竞争: its rivals


def listed_platforms(scope: ProductScope, text: str, sent: Sequence[Token], subject: Callable[[], str | None]) -> Found:
    """A list of platforms or channels with a coined name among them: the subject's products."""
    excluded = scope.excluded
    for m in list(PLATFORM_LIST.finditer(text)) + list(VIA_LIST.finditer(text)):
        words = {t.word: t for t in sent}
        if re.match(r"(?:功能|服务|活动|价格?|频道|计划)", text[m.end("list"):]) or re.search(r"(?:功能|服务|价)$", m.group("list")) \
                or m.group("list").startswith(AFTER_THE_LAUNCH) or PRICE_FIRST.match(m.group("list")) \
                or PASSED.search(m.group("list")) or COUNT_FIRST.match(m.group("list")):
            continue  # 上线AI写作功能, 推出“移山价”: a feature or an offer, no product; 上线后表现稳定: what followed;
            # 推出20款新品: how many
        items = [re.sub(r"^(?:新款|新一代|全新的?)", "", SERVED_BEFORE.sub("", it))
                 for it in list_items(m.group("list").replace("，以及", "、"))]  # 推出新款笔电: a kind
        items = [MODEL_AND_KIND.fullmatch(it).group(1) if MODEL_AND_KIND.fullmatch(it) else it for it in items]
        coined = [it for it in items if (it in words and is_new_name(words[it], excluded))
                  or (it not in words and is_product_name(it, excluded) and is_coined(it))]
        items = [without_trailing_verb(without_kind_modifier(after_kind(it))) for it in items]  # 推出了企业级平台万仞: 万仞
        if coined and all(is_product_name(it, excluded) and len(it) <= (12 if it.isascii() else 8) for it in items):
            launched = m.group(0).startswith(("推出", "发布"))  # 科沃斯推出了X: the clause's maker (not 品牌已集体上线微购物, a user)
            owner = maker_opening_clause(text[max(0, m.start() - CLAUSE_WINDOW):m.start()]) \
                or (clause_maker(text, m.start(), scope.by_name) if launched else None) or subject() or (scope.main_org if re.search("我们|我司|(?:^|[，。；])(?:公司|集团)的?(?:主力|核心|主要)?$",
                                                               text[:m.start()]) else None)  # 公司的主力产品包括: its own
            yield from ((item, owner) for item in items)


def featured_products(scope: ProductScope, text: str, subject: Callable[[], str | None]) -> Found:
    """喜力和“SuperX”是重点产品, 整合荣威和MG名爵两个品牌: the company's products, listed before."""
    for m in itertools.chain(matches(FEATURED, text, "产品", "品牌"), matches(COUNTED_BRANDS, text, "品牌"),
                             matches(FEATURED_BY, text, "以"), matches(REPRESENTED, text, "为代表")):
        items = [it.strip("“”\"「」") for it in list_items(m.group("list"))]
        owner = subject() or (scope.main_org if m.re in (FEATURED_BY, REPRESENTED, COUNTED_BRANDS) else None)  # 饮料业务以…为主力,
        # 统筹…三个品牌: the company's
        own = {owner, *names_of_org(owner)} if owner else set()
        kept = [it for it in items if it not in own and not (owner and owner.startswith(it) and len(it) >= 2)]  # 统筹海澜之家、
        # 男生女生和英氏三个品牌: the company's own name among its brands
        enough = len(items) >= 2 or m.re is REPRESENTED and all(is_unfamiliar(it) for it in kept)  # 以魔芋爽为代表的: one
        if owner and enough and kept and all(is_product_name(it, scope.excluded) for it in kept):
            yield from ((item, owner) for item in kept)
    for m in matches(FEATURED_MODEL, text, "主", "核心", "重点", "旗舰"):  # 蔚来要守住…第一，ES8是主力: the company's model
        owner = subject() or scope.main_org
        if owner and m.group("name").upper() not in NOT_MODEL_NAMES:
            yield m.group("name"), owner


FEATURED_MODEL = re.compile(r"(?:^|[，,；])(?:其中)?(?P<name>(?:(?![的是为和与])[\u4e00-\u9fff]){0,3}[A-Z][A-Za-z]*\d+[A-Za-z0-9+]*)(?:将|也|则)?(?:是|为)"
                            r"(?:公司的?|品牌的?)?(?:重点|核心|主力|主打|旗舰)")  # 其中远征A2将是主力产品
REPRESENTED = re.compile(r"以(?P<list>[^，。；以]{2,20}?)为代表的")
RIVAL_POSSESSION = re.compile(r"(?P<owner>[\u4e00-\u9fffA-Za-z]{2,8}?)的(?P<name>[\u4e00-\u9fff]{2,6}?)(?=[、，。；和与及]|(?:正面|直接|激烈)?竞争|等)")


def possessed_in_rivalry(scope: ProductScope, text: str) -> Found:
    """卫龙的魔芋爽与盐津铺子的大魔王、劲仔食品的魔芋素毛肚竞争: two or more companies' names set against each other in a
    rivalry, each a product of its company."""
    if "的" not in text or not rivalry_cued(text):
        return
    pairs, known, against = [], 0, False
    for m in RIVAL_POSSESSION.finditer(text):
        written = re.sub(r"^[与和及同跟、，]+", "", m.group("owner"))
        against = against or bool(re.search(r"(?:与|同|跟)[^与同跟，。；]{2,8}$", text[:m.end("owner")])) \
            and bool(re.match(r"(?:正面|直接|激烈)竞争", text[m.end():])) and not RIVAL_CUES.search(m.group("name")) \
            or bool(re.search(r"(?:直指|对标|剑指|叫板|硬刚|瞄准)[\u4e00-\u9fffA-Za-z]{2,8}$", text[:m.end("owner")]))  # 直指飞鹤的星飞帆
        owner = next((n for n in org_names_in(written, scope.by_name)
                      if any(written.endswith(a) for a in {n, *names_of_org(n), *(scope.by_name[n].aliases if n in scope.by_name
                                                                                      else ())})), None)  # 华为 of 华为海思
        known += owner is not None
        owner = canonical_org(owner) if owner else written if 2 <= len(written) <= 6 and is_unfamiliar(written) \
            and written not in scope.excluded else None  # 盐津铺子的大魔王 beside 卫龙的魔芋爽: a company no lexicon has
        name = known_product_before_word(owner, m.group("name")) if owner else m.group("name")  # 字节跳动的抖音流量: 抖音
        if owner and is_product_name(name, scope.excluded) and (dictionary_freq(name) <= RARE_FREQ or name != m.group("name")):
            pairs.append((name, owner))
    if known and (len({owner for _, owner in pairs}) >= 2 or len(pairs) == 1 and against):
        yield from pairs  # 与宁德时代的巧克力换电正面竞争: one rival named with its product is enough


def clause_subject_before(text: str, at: int, by_name: OrgIndex) -> str | None:
    """The organisation that opens the clause just before a clause opening at `at` (农夫山泉随即跟进，旗下的…), if any."""
    before = re.split(r"[，；]", text[:at].rstrip("，；"))[-1] if text[:at].endswith(("，", "；")) else ""
    return next((canonical_org(name) for name in org_names_in(before[:12], by_name) if before.startswith(name)), None)


def products_under(scope: ProductScope, text: str) -> Found:
    """阿里旗下的天猫超市与盒马鲜生 / 沃尔玛旗下的1号店: the owner's products, listed after 旗下."""
    by_name, excluded = scope.by_name, scope.excluded
    text = re.sub(r"旗下除了[^，。；]{1,12}[，,](?=还有|也有)", "旗下", text)  # 旗下除了主站，还有A、B等品牌: the list after 还有
    for m in itertools.chain(matches(UNDER, text, "旗下"), matches(UNDER_OPENING, text, "旗下")):
        written = m.groupdict().get("owner")  # none in a sentence opening with 旗下: the article's company's
        written = re.split(r"[是为在与和及]", written)[-1] if written else written  # 识货是虎扑旗下: 虎扑's, not 识货's
        owner = (next((canonical_org(n) for n in sorted(org_names_in(written, by_name), key=lambda n: (not written.endswith(n), -len(n)))),
                      None)  # 京东健康旗下: 京东健康's, not 京东's
                 or next((o for o in by_name if len(o) > 2 and written.endswith(o[:2])), None)) \
            if written and written not in GENERIC_ORG_WORDS \
            else clause_subject_before(text, m.start(), by_name) or scope.main_org  # 奇瑞旗下: 奇瑞汽车, named by its first
        # two characters; 公司旗下: the article's company; 农夫山泉随即跟进，旗下的…: the company of the clause before
        if re.search(r"等(?:业务|板块|领域)$", m.group("list")) and not any(
                it in product_alias_index() for it in re.split(r"[、和与及]", m.group("list")[:-3])):
            continue  # 旗下拥有有声书、播客等业务: lines of business, not products (支付宝、芝麻信用等业务 are)
        listed = re.sub(r"等(?:[\u4e00-\u9fff]{0,4}(?:品牌|产品|平台|应用|子公司|公司|对手|竞品))?$", "", m.group("list"))  # 等社交产品
        listed = re.sub(r"等[\u4e00-\u9fff]{0,4}(?:品牌|产品|平台|应用|子公司|公司|业务).*$", "", listed)  # 等线上平台全年实现
        listed = re.sub(r"(?:等)?[两三四五六七八九十几多]+(?:大|个|款)[\u4e00-\u9fff]{0,4}?(?:品牌|产品|平台|应用)$", "",
                        listed)  # 旗下拥有TECNO、itel和Infinix三大手机品牌
        listed = re.sub(r"[（(][A-Za-z][^）)]{0,29}[）)][^、与和及（(]+", "", listed)  # 希沃（seewo）交互智能平板: the name ends
        # at its gloss, what follows is its kind
        listed = re.sub(r"[（(][^）)]{1,30}[）)]", "", listed)  # 始祖鸟（Arc'teryx）、萨洛蒙（Salomon）
        listed = re.sub(r"\s*\d{1,2}月(?:\d{1,2}日)?$", "", listed)  # 品牌Keeta 10月29日在巴西上线: the day is no name
        listed = re.sub(r"(?<=[\u4e00-\u9fffA-Za-z0-9]{2})系列[\u4e00-\u9fff]{0,6}?(?:险|保险|产品|车型|机型|手机|饮品|饮料)$", "",
                        listed)  # 尊享e生系列百万医疗险: the
        # series, not its kind
        listed = re.split(r"面临|面对|遭遇|迎战|遭到|受到", listed)[0]  # 旗下平台Temu面临SHEIN、…的围攻: the rivals are no items
        if re.match(r"[\u4e00-\u9fffA-Za-z]{0,6}?(?:子公司|公司)", listed):
            continue  # 旗下游戏公司畅游, 旗下的AI公司: a company, not a product
        after = text[m.end("list"):]  # 旗下的多多买菜与美团优选、兴盛优选在…展开竞争: the list's items vie
        rivals_follow = bool(re.match(r"(?:之间)?(?:在|展开|竞争|争夺|正面|短兵相接|交锋|抗衡|较量)", after)) and bool(RIVAL_CUES.search(after))
        if "》" in listed:
            listed = listed[:listed.rfind("》") + 1]  # 《梦幻西游》和《阴阳师》依然: the titles only
            listed = re.sub(r"^[^《、]{1,6}(?=《)", "", listed)  # 小游戏《寻道大千》: the kind before the title
        listed = listed.replace("《", "").replace("》", "、").replace("以及", "及").strip("、")
        owner_of_item = {}
        for it in re.split(r"[、与和及]", listed):
            other, _, rest = it.partition("旗下")
            if rest and (other in org_alias_index() or other in by_name):
                owner_of_item[rest.lstrip("的")] = canonical_org(other)  # A旗下的P和B旗下的Q: Q is B's
        listed = re.sub(r"(?<=[、与和及])[^、与和及]{2,8}?旗下的?", "", listed)
        listed = re.sub(r"(?:^|(?<=[、与和及]))[\u4e00-\u9fff]{0,4}(?:助手|手游|游戏|应用|平台|品牌|产品|模型|手机|芯片|系统|车型|网络|网路)"
                        r"(?=[A-Za-z])", "", listed)  # 智能助手Kimi: the kind before a Latin name
        listed = re.sub(r"(?:^|(?<=[、与和及]))(?!多|几|数|各|部分|全部|所有|一批|一系列|若干)(?:(?:[A-Za-z]{1,3})?[\u4e00-\u9fff]{1,6}|[A-Za-z]{1,3})(?:应用|助手|平台|App|APP|大模型|工具|品牌|产品|SUV|MPV|轿车|"
                        r"奶粉|饮料|饮品|茶饮|咖啡|白酒|啤酒|牛奶|酸奶|零食|羽绒服|护肤品|保健品|营养品)"
                        r"(?=[^、与和及]{2,})", "", listed)  # AI对话应用海螺AI, 视频生成大模型可灵AI: what it is, before its name
        raw = [it for it in re.split(r"、|(?<=.)[与和及]", listed) if not is_kind_of_product(it)
               and not (it.endswith("品牌") and len(it) >= 6 and is_kind_of_product(it[:-2] + "产品"))]  # 旗下的二手交易平台: no
        # name, 旗下的和路雪: 和 that opens the list is the name's; 旗下的智能家居品牌: a kind of brand (统帅品牌 is one)
        if any(re.search(r"标配|搭载|配备|全系", it) for it in raw):
            continue  # 旗下车型全系标配高速NOA: what the cars carry, no names
        kinded = {without_named_kind(it) for it in raw} - set(raw)  # 统帅品牌: named a brand, whatever its word
        items = [known_product_opening(without_kind_tail(without_measure(without_named_kind(it)))) for it in raw]
        items = [it for it in items if it and it not in org_alias_index()
                 and not (it in excluded and it in by_name and (it.endswith(ORG_SUFFIXES) or by_name[it].aliases
                                                                 or (owner and it.startswith(owner))))
                 # 沃尔沃汽车, 统一超商（7-ELEVEN） in the list are companies; 怡宝, found in a list of companies, is a brand
                 and not (owner and owner.startswith(it)) and not names_a_unit_or_title(it)]  # 旗下拥有奇瑞、星途: the
        # company's own name; 旗下办公协作平台飞书CEO谢欣: a title, no product
        if owner and items and all(is_product_name(it, excluded - {it}) and not re.search(r"品牌|运营|业务$", it)
                                   and (dictionary_freq(it) <= 1000 or it in product_alias_index() or it in kinded)  # 旗下最大的
                                   and not QUANTIFIED.match(it) and not is_kind_of_product(it)
                                   for it in items):  # 旗下多款饮品降价, 旗下的导购平台: no names
            first = re.split(r"与|和|同", listed)[0]
            for item in items:
                maker = max((a for a in org_alias_index() if len(a) >= 2 and item.startswith(a)), key=len, default=None)
                maker = None if maker and owner and owner.startswith(maker) else maker  # 京东健康旗下的京东大药房
                rest = item[len(maker):] if maker else ""
                if maker and canonical_org(maker) != owner and rest in product_alias_index():
                    yield rest, maker  # 字节跳动旗下豆包、阿里巴巴通义千问: 阿里巴巴's 通义千问
                elif maker and canonical_org(maker) != owner:
                    yield item, maker  # 美团买菜 in a list after 阿里巴巴旗下的盒马鲜生与: 美团's
                elif (not maker or item not in org_alias_index()) and not (rivals_follow and item not in first):
                    yield item, owner_of_item.get(item, owner)  # a rival after 与 is not the owner's


NAMED_KINDS = ("品牌", "空调", "冰箱", "洗衣机", "热水器", "电视", "手机", "汽车")


def without_named_kind(item: str) -> str:
    """A coined name without the kind written after it (统帅品牌: 统帅, 巨省电空调: 巨省电, OV50H图像传感器: OV50H); 华为手机
    keeps its kind."""
    code = re.fullmatch(r"(?P<code>[A-Z][A-Za-z0-9-]*\d[A-Za-z0-9-]*)(?P<kind>[\u4e00-\u9fff]{2,6})", item)
    if code and all(dictionary_freq(t.word) > 0 for t in segment(code.group("kind"))):
        return code.group("code")  # OV50H图像传感器: the model's code, what it is written after it
    kind = next((k for k in NAMED_KINDS if item.endswith(k) and len(item) - len(k) >= 2), None)
    rest = item[:-len(kind)] if kind else item
    named = is_unfamiliar(rest) or kind == "品牌" and not BRAND_DESCRIPTION.search(rest)  # 统帅品牌, not 高端品牌
    return rest if kind and named and not known_org_prefix(item) else item


BRAND_DESCRIPTION = re.compile(r"(?:高端|中端|低端|自有|主力|核心|年轻|国际|海外|专业|时尚|奢侈|大众|新|子|多个|多款|众多|的|运动|独立)$")


MEASURE_AFTER_NAME = ("批价", "售价", "价格", "销量", "份额", "市场份额", "收入", "营收", "出货量")


def known_product_opening(item: str) -> str:
    """A known product's name when a clause's common words follow it in a listed item (酷狗音乐曲库最全: 酷狗音乐)."""
    product = max((p for p in product_openings().get(item[:2], ()) if item.startswith(p) and p != item), key=len,
                  default=None)
    rest = item[len(product):] if product else ""
    words = segment(rest) if product and re.fullmatch(r"[\u4e00-\u9fff]{3,}", rest) else []
    if words and not rest.startswith(PRODUCT_TAILS + KIND_OF_PRODUCT) and any(t.pos in ("d", "a", "ad") for t in words):
        return product  # a clause (曲库最全), not a model's words (米家扫拖机器人)
    return item


def without_kind_tail(item: str) -> str:
    """A listed name without the kind written after it (货车帮平台: 货车帮)."""
    for kind in ("平台", "App", "APP", "技术"):
        if item.endswith(kind) and len(item) - len(kind) >= 2 and item[:-len(kind)][-1:] not in "云台":
            return item[:-len(kind)]
    powertrain = re.match(r"(.{2,}?)(?:[一二两三四五六七八九十\d]+款)?(?:纯电|增程|混动|插混|燃油)?(?:车型|版本)$", item)
    return powertrain.group(1) if powertrain else item  # L系列增程车型: the series


def without_measure(item: str) -> str:
    """A known product's name without the measure written after it (国窖1573批价: 国窖1573)."""
    for measure in MEASURE_AFTER_NAME:
        if item.endswith(measure) and item[:-len(measure)] in product_alias_index():
            return item[:-len(measure)]
    return item


OFFICIAL_DOCUMENT = re.compile(r"(?:书|通知|办法|规定|条例|决定|意见|报告|公告|函|法|通报|指引|白皮书|纪要)$")


OWNED_BEFORE_WORK = re.compile(r"旗下|(?:上线|推出|发布|发行|出品)的?$|代表作$|(?:代表|主力|核心|明星)(?:产品|作品|游戏)(?:为|是|包括|有)?$")
KIND_BEFORE_WORK = re.compile(r"(?:手游|游戏|新游|端游|网游|项目|新作|新品|作品|动画|剧集)$")  # 放置卡牌游戏《剑与远征》: the subject's


def company_of_unit_named(text: str, scope: ProductScope) -> str | None:
    """The company at the top of a unit the text names, by its name or its name less the unit word (雷火 of 雷火事业群)."""
    for unit in scope.unit_parents:
        stem = strip_unit_suffix(unit)
        if unit in text or len(stem) >= 2 and stem in text:
            parent, seen = scope.unit_parents[unit], {unit}
            while parent in scope.unit_parents and parent not in seen:
                seen.add(parent)
                parent = scope.unit_parents[parent]
            return parent
    return None


def titled_works(scope: ProductScope, text: str, subject: Callable[[], str | None]) -> Found:
    """网易旗下的《梦幻西游》, 腾讯的《王者荣耀》: a work of the company before it."""
    last_maker, last_end = None, -1
    for m in matches(TITLE_MARKS, text, "《"):
        if last_maker and re.fullmatch(r"[、和与及]?", text[last_end:m.start()]):
            yield m.group(1), last_maker  # 出品了《王者荣耀》《使命召唤手游》: one maker for the run of titles
            last_end = m.end()
            continue
        before = text[max(0, m.start() - 12):m.start()]
        clause = re.split(r"[，。；：]", text[max(0, m.start() - 30):m.start()])[-1]
        made = re.search(r"由(?P<maker>[^，。；由]{2,12}?)(?:开发|研发|推出|出品|制作|发行)"
                         r"|(?P<by>[^，。；]{2,12}?)(?:出品|开发|研发|推出|发行)了?(?:[^，。；《、）)]{0,8})?$", clause)
        # 由游戏科学开发的…《黑神话：悟空》, 天美工作室群出品了《王者荣耀》
        made_by = (made.group("maker") or made.group("by")) if made else ""
        maker = next((n for n in org_names_in(made_by, scope.by_name)), None) or (
            made_by if made_by in scope.unit_parents else None)
        maker = maker or last_org_named(before, scope.by_name) or brand_owner(m.group(1))  # 《三国：谋定天下》: a known work
        if not maker and OWNED_BEFORE_WORK.search(before):
            maker = subject() or scope.main_org  # 沐瞳科技成立于2014年，旗下手游《无尽对决》; 去年7月上线的《绝区零》
        elif not maker and KIND_BEFORE_WORK.search(before):
            maker = last_org_named(clause, scope.by_name) or company_of_unit_named(clause, scope) or subject() \
                or scope.main_org  # 放置卡牌游戏《剑与远征》; 雷火今年的新品《界外狂潮》: its unit's company's
        after = re.sub(r"^(?:[和、与及]?《[^《》]{2,12}》)+", "", text[m.end():])  # 《A》和《B》手游, 《A》《B》等IP: the kind after the last
        work = re.match(r"(?:等?IP|项目|制作人|上线|公测|首发|手游|游戏|团队|开发|衍生品|电视剧|剧集|电影|动画)", after)  # 《X》制作人
        # 《》 bound the name (《无尽对决》 may hold 对), but 《行政处罚决定书》 is a document
        if (maker or (work and (subject() or scope.main_org))) and m.group(1) not in scope.excluded \
                and m.group(1) not in org_alias_index() and not OFFICIAL_DOCUMENT.search(m.group(1)):
            yield m.group(1), maker or subject() or scope.main_org
            last_maker, last_end = maker, m.end()


def quoted_products(scope: ProductScope, text: str, subject: Callable[[], str | None]) -> Found:
    """品牌合作平台“蒲公英”, “百亿补贴”频道, “日日新”大模型: a quoted name beside a kind of product."""
    for m in matches(QUOTED_PRODUCT, text, "“", '"', "「"):
        name = m.group("a") or m.group("b") or m.group("c")
        if re.match(r"[一二三四五六七八九十两]", name) or re.search(r"(?:并称|号称|称为|称作|誉为)[^，。；]{0,6}$", text[:m.start()]):
            continue  # 并称大模型“六小虎”: a nickname of a group, no product
        maker = last_org_named(re.split(r"[，；]", text[:m.start()])[-1], scope.by_name)  # …，康师傅随后推出“X”: the clause's
        if is_product_name(name, scope.excluded) and (maker or subject() or scope.main_org):
            yield name, maker or subject() or scope.main_org


QUOTED_LAUNCH = re.compile(r"(?:(?:推出|发布|上线|主推|推出了|发布了)(?:新品)?|(?:它|其)的|(?:出品|推出|研发|打造)的)[“\"「]"
                           r"(?P<name>[^“”\"「」，。；]{2,12})[”\"」]")  # 喜茶出品的“酷黑莓桑”


def quoted_launches(scope: ProductScope, text: str, subject: Callable[[], str | None]) -> Found:
    """海天味业随即推出“海天零添加头道原香”, 它的“千禾零添加酱油”: a quoted name launched or owned by the clause's company."""
    for m in matches(QUOTED_LAUNCH, text, "“", '"', "「"):
        name = m.group("name")
        before = text[:m.start()] if m.group(0).startswith(("它", "其")) else re.split(r"[，；]", text[:m.start()])[-1]
        maker = last_org_named(before, scope.by_name) or maker_opening_clause(before[-CLAUSE_WINDOW:]) or subject()
        # 千禾味业…，它的“X”: the company the pronoun stands for; 腾讯视频推出了“十分剧场”: the platform's owner
        surfaces = (maker, maker[:2], *names_of_org(maker), *(scope.by_name[maker].aliases if maker in scope.by_name else ())) \
            if maker and len(maker) >= 4 else (maker, *names_of_org(maker)) if maker else ()  # 千禾零添加生抽 of 千禾味业
        if maker and name not in scope.excluded and name not in org_alias_index() and not re.search(r"[的了是在]", name) \
                and (name.startswith(surfaces) or name.endswith(("系列", *PLATFORM_TAILS))
                     or re.search("(?:出品|研发|打造)的", m.group(0))):  # a name opening with its
            # maker's, a series or a platform's channel
            # (推出“一口价”, “以旧换新”: an offer, no product)
            yield name, maker


def possessed(scope: ProductScope, text: str) -> Found:
    """百度的文心一言、字节跳动的豆包: products listed beside a known one, each with its owner; 猿辅导的小猿学练机: a
    company's coined device; 百度智能云的文心快码随即跟进: a company's coined name that acts."""
    for owner, name in possessed_products(text):
        if is_product_name(name, scope.excluded - {owner}):
            yield name, owner
    for m in POSSESSED.finditer(text) if "的" in text else ():
        owner = next((n for n in org_names_in(m.group("owner"), scope.by_name)), None)
        coined = COINED_DEVICE.fullmatch(m.group("name")) or text.startswith(ACTS_AFTER, m.end()) \
            and (len(m.group("name")) >= 4 and has_coined_part(m.group("name")) or len(m.group("name")) == 2) \
            and not any(t in m.group("name") for t in titles())  # 蒙牛的随变则…: two characters no dictionary knows
        if owner and coined and is_unfamiliar(m.group("name")) and is_product_name(m.group("name"), scope.excluded):
            yield without_named_kind(m.group("name")), canonical_org(owner)  # 格力电器旗下的晶弘冰箱也…: 晶弘
        elif owner and m.group("name").endswith(PLATFORM_TAILS) and len(m.group("name")) >= 4 \
                and is_product_name(m.group("name"), scope.excluded - {m.group("name")}):
            yield m.group("name"), canonical_org(owner)  # 点众科技的河马剧场: a platform the company runs


KIND_THEN_NAMES = re.compile(r"(?P<whose>公司|集团|其|旗下)的?(?:[A-Za-z]{2,6}|[\u4e00-\u9fff]{2,4})?产品(?!包括|有|为|是|主要)"
                             r"(?P<list>[\u4e00-\u9fffA-Za-z0-9]{2,6}(?:[和、与及][\u4e00-\u9fffA-Za-z0-9]{2,6}?)+)"
                             r"(?=今年|去年|已|在|将|的|都|均|，|。|；)")  # 公司的AIGC产品魔音工坊和奇妙元今年…


def kind_then_names(scope: ProductScope, text: str, subject: Callable[[], str | None]) -> Found:
    """公司的AIGC产品魔音工坊和奇妙元: coined names listed after the kind of product the company makes, its own."""
    for m in KIND_THEN_NAMES.finditer(text) if "产品" in text else ():
        items = re.split(r"[和、与及]", m.group("list"))
        owner = scope.main_org if m.group("whose") in ("公司", "集团") else subject() or scope.main_org
        if owner and any(has_coined_part(it) for it in items) \
                and all(is_unfamiliar(it) and is_product_name(it, scope.excluded) for it in items):
            yield from ((it, owner) for it in items)


OWN_DEVICE = re.compile(rf"(?P<whose>公司|集团|其)的(?P<name>(?P<coined>[\u4e00-\u9fff]{{2,4}}?)(?:超充|快充|固态)?(?:{NAMED_DEVICE_KINDS}))"
                        r"(?=[，。；、]|今年|明年|将|已|在|的|出货|销量)")  # 公司的神行超充电池今年出货量


PAIRED_MODELS = re.compile(r"(?<![A-Za-z0-9])(?P<a>(?P<brand_a>[\u4e00-\u9fff]{2})[A-Z]{0,2}\d{1,4}[A-Za-z]{0,3})"
                           r"(?:和|与|、|还是|对比|PK|pk|vs|VS)"
                           r"(?P<b>(?P<brand_b>[\u4e00-\u9fff]{2})[A-Z]{0,2}\d{1,4}[A-Za-z]{0,3})(?! ?[A-Za-z0-9]|[万亿元%])")  # a brand
# of two characters and its number


def paired_models(scope: ProductScope, text: str) -> Found:
    """领克900和问界M8: two models compared, each a brand no dictionary knows and its number; the brand's company's
    (or the brand's own)."""
    for m in PAIRED_MODELS.finditer(text) if re.search(r"\d", text) else ():
        brands = (m.group("brand_a"), m.group("brand_b"))
        if all(dictionary_freq(b) <= RARE_FREQ and not b.startswith(METRIC_WORDS) and b not in org_alias_index()
               or b in product_alias_index() for b in brands):  # 空客A320neo: a company and its model, found elsewhere
            for name, brand in ((m.group("a"), brands[0]), (m.group("b"), brands[1])):
                if is_product_name(name, scope.excluded):
                    yield name, product_alias_index()[brand].owner if brand in product_alias_index() else brand


BRAND_HEAD = re.compile(r"(?:^|(?<=[，。；：、为任由原]))(?P<name>(?![原由为任]|[兼出担升改调转]任)[\u4e00-\u9fff]{2,4}?)品牌的?(?:CEO|总裁|总经理|副总经理|负责人|首席执行官)")
AI_NAMED = re.compile(r"(?P<name>(?P<head>[\u4e00-\u9fff]{2})AI(?:搜索|助手|眼镜|学习机|翻译|写作|办公|绘画|视频))")
NOT_AI_HEADS = ("国内", "国产", "全新", "首款", "这款", "一款", "该款", "各家", "专业", "通用", "行业", "企业", "消费", "个人")


def brands_with_heads(scope: ProductScope, text: str, subject: Callable[[], str | None]) -> Found:
    """坦克品牌CEO, 哈弗品牌副总经理: a brand with a head of its own, the company's (the one the sentence names, or the
    article's)."""
    for m in BRAND_HEAD.finditer(text) if "品牌" in text else ():
        if is_product_name(m.group("name"), scope.excluded - {m.group("name")}) and not is_kind_of_product(m.group("name")) \
                and m.group("name") not in org_alias_index():
            owner = next((o for o in (subject(), scope.main_org) if o and o != m.group("name")), None)
            if owner:
                yield m.group("name"), owner


def ai_named_products(scope: ProductScope, text: str, subject: Callable[[], str | None]) -> Found:
    """纳米AI搜索, 秘塔AI搜索: a name and the kind of AI product it is; the company of that name, else the subject's."""
    for m in AI_NAMED.finditer(text) if "AI" in text else ():
        head = m.group("head")
        if head in NOT_AI_HEADS or head in stopwords() or not is_product_name(m.group("name"), scope.excluded) \
                or not is_noun(head):
            continue  # 推出AI助手, 首款AI眼镜, 自研AI助手: no name before the kind
        owner = next((n for n in org_names_in(head, scope.by_name)), None)
        yield m.group("name"), canonical_org(owner) if owner else head if is_unfamiliar(head) else scope.main_org or subject()


def own_devices(scope: ProductScope, text: str, subject: Callable[[], str | None]) -> Found:
    """公司的神行超充电池: a device the company names with a word no dictionary knows, the subject's (or the article's
    company's)."""
    for m in OWN_DEVICE.finditer(text) if "的" in text else ():
        if is_unfamiliar(m.group("coined")) and is_product_name(m.group("name"), scope.excluded):
            speaker = last_org_named(re.split(r"[；;]", text[:m.start()])[-1], scope.by_name)  # X董事长Y表示，公司的…
            yield m.group("name"), canonical_org(speaker) if speaker else subject() or scope.main_org


POSSESSED_MODEL = re.compile(r"(?P<owner>[\u4e00-\u9fffA-Za-z]{2,8}?)的(?P<name>[\u4e00-\u9fff]{2,4}大模型)")  # 云知声的山海大模型


def possessed_models(scope: ProductScope, text: str) -> Found:
    """云知声的山海大模型: a company's named large model."""
    for m in POSSESSED_MODEL.finditer(text) if "的" in text and "大模型" in text else ():
        owner = next((n for n in reversed(org_names_in(m.group("owner"), scope.by_name))), None)
        if owner and m.group("owner").endswith(tuple(names_of_org(owner)) + (owner,)) \
                and is_product_name(m.group("name"), scope.excluded) \
                and not m.group("name").startswith(("自研", "自有", "最新", "新一代", "旗下", "通用", "垂直", "行业", "自家")):
            yield m.group("name"), canonical_org(owner)


ACTS_AFTER = ("随即", "随后", "也", "同样", "则", "已经", "已", "宣布", "推出", "上线", "跟进", "销售", "销量")  # 百度智能云的文心快码
# 随即跟进; 北京同仁堂的安宫牛黄丸销售按年增长: what sells is the company's product
COINED_DEVICE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:机|眼镜|手表|耳机|音箱|平板)")  # 小猿学练机


def models_after_known_orgs(scope: ProductScope, text: str) -> Found:
    """特斯拉Model 3, OpenAI o1: a known company's model, named after it."""
    for surface, name, at in known_org_mentions(text):
        made_for = MADE_FOR.match(text, at + len(surface)) if text[at - 1:at] == "为" else None
        model = LATIN_AFTER_ORG.match(text, made_for.end() if made_for else at + len(surface))  # 为Meta代工的Ray-Ban Meta
        named = model.group(0).lstrip("的 ") if model else ""
        named = surface + named if named.startswith("-") else named  # DeepSeek-R1: the maker's name is the model's
        if named and named not in scope.excluded and named.upper() not in NOT_MODEL_NAMES and named not in titles():
            yield named, name
        series = CHARACTER_AND_LETTERS.match(text, at + len(surface)) if not named else None
        if series and series.group("char") not in MODIFYING_CHARACTERS + "和与及或对向跟同在把被比从为是" \
                and series.group("char") not in NOT_IN_NAMES \
                and series.group("letters").upper() not in NOT_MODEL_NAMES and not text[series.end():series.end() + 1].isascii():
            yield series.group(0), name  # 比亚迪元UP: a known maker's one-character series and its letters
    for at, surface in scope.by_name.matcher.finditer(text) if re.search("[A-Z]", text) else ():
        model = LATIN_AFTER_ORG.match(text, at + len(surface)) if not surface.isascii() and surface not in org_alias_index() \
            else None  # 光阳Ionex: an article's company and its Latin-named model
        named = model.group(0).lstrip("的 ") if model else ""
        if named[:1].isupper() and named not in scope.excluded and named.upper() not in NOT_MODEL_NAMES \
                and named not in titles() and canonical_org(named) not in scope.by_name:
            yield named, scope.by_name.surface[surface]
    latin_makers = [(at, surface, scope.by_name.surface[surface]) for at, surface in scope.by_name.matcher.finditer(text)] \
        + [(at, surface, name) for surface, name, at in known_org_mentions(text)] if " " in text else []
    for at, surface, name in latin_makers:
        model = SPACED_LATIN_WORD.match(text, at + len(surface)) if surface.isascii() else None
        if model and model.group(1).upper() not in NOT_MODEL_NAMES and model.group(1) not in titles():
            yield surface + model.group(0), name  # Rokid Glasses, Momenta 5.0: a Latin-named maker and a word of its model


MADE_FOR = re.compile(r"(?:代工|代工生产|生产|制造|定制|设计|研发)(?=的)")
SPACED_LATIN_WORD = re.compile(r" ([A-Z][a-z]{2,}(?: [A-Z0-9][A-Za-z0-9]*)?|\d{1,2}\.\d)(?![A-Za-z0-9])")  # Rokid Glasses,
# Momenta 5.0
PARENT_COMPANY = re.compile(r"的?(?:母公司|开发商|运营方|背后的公司)(?P<owner>[\u4e00-\u9fffA-Za-z]{2,12})")


LATIN_LAUNCHER = re.compile(r"(?:^|(?<=[^A-Za-z0-9 ]))(?P<maker>[A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+)?)"
                            r"(?:正式|今日|今天|近日|日前|已)?(?:发布|推出|上线|开源)了?的?$")


def latin_named_products(scope: ProductScope, text: str, subject: Callable[[], str | None]) -> Found:
    """电动车平台MIH, 新车型Model B、Model N, Osmo Pocket 3上市: the maker named before, else the subject."""
    for name, start in latin_products(text):
        if name not in scope.excluded and name.upper() not in NOT_MODEL_NAMES and name not in org_alias_index() \
                and name not in titles() and len(name) >= 2 \
                and not re.fullmatch(r"[Vv]\d+", name):  # 大模型V4.0: a version, not a name
            clause = re.split(r"[，；,;]", text[:start])[-1]  # …等产品相比，Manus: a maker in another clause is another's
            maker = next((n for n in reversed(org_names_in(clause, scope.by_name)) if is_company(n, scope.by_name)), None)
            named_for = next((n for n in org_names_in(name, scope.by_name) if name.startswith(tuple(names_of_org(n)) + (n,))), None) \
                or next((n for n in scope.by_name if len(n) >= 4 and re.fullmatch(re.escape(n[:2]) + r"[A-Za-z0-9].*", name)
                         and is_company(n, scope.by_name)), None)  # 理想i8: 理想汽车's, named by its first two characters
            maker = named_for or maker  # 已搭载在智己L6等车型上: 智己's model, whoever's system it carries
            parent = PARENT_COMPANY.match(text, start + len(name))
            owner = next(iter(org_names_in(parent.group("owner"), scope.by_name)), None) if parent else None
            launcher = LATIN_LAUNCHER.search(text[:start])  # Runway发布Gen-3 Alpha: the Latin name that launches it
            if launcher and launcher.group("maker") not in scope.excluded - set(scope.by_name) \
                    and launcher.group("maker") not in product_alias_index():
                owner = owner or canonical_org(launcher.group("maker"))
            yield name, owner or (canonical_org(maker) if maker else brand_owner(name) or brand_owner(name.split(" ")[0])
                                  or subject() or scope.main_org)
            # Manus的母公司蝴蝶效应; a well-known product (Temu) is its known owner's, not the sentence subject's


MODEL_AFTER_DE = re.compile(rf"的(?:\d+(?:英寸|寸|吋))?(?P<name>(?:[\u4e00-\u9fff]{{1,2}})?{LATIN_NAME})(?![A-Za-z0-9])")
# TCL的98英寸Q10K, 智元的远征A2, 比亚迪的秦L
CHARACTER_AND_LETTERS = re.compile(r"(?P<char>[\u4e00-\u9fff])(?P<letters>[A-Z]{1,5})\+?")  # 秦L, 汉L, 宋PLUS: a series and its letters
MODIFYING_CHARACTERS = "新老大小高低首该此其各这那本某每全纯爆主"
MODEL_LIST_ITEM = re.compile(rf"[、和及](?P<name>(?:[\u4e00-\u9fff]{{2}})?{LATIN_NAME})(?![A-Za-z0-9])")
GENERIC_MODEL_PREFIXES = ("主力", "旗舰", "新款", "最新", "全新", "高端", "入门", "首款", "经典", "热门", "畅销", "新一", "同款", "爆款", "老款",
                          "旧款")


COMPANY_WORD_AFTER_NAME = ("汽车", "科技", "集团", "公司", "创新", "智能")  # 影石创新的Insta360 X5: 影石's


def org_written_last(text: str, by_name: OrgIndex) -> str | None:
    """The organisation whose name (or an alias) the text ends with (追觅科技的…: 追觅科技), if any."""
    tail = text[-12:]
    known = [name for surface, name, start in known_org_mentions(tail) if start + len(surface) == len(tail)
             or tail[start + len(surface):] in COMPANY_WORD_AFTER_NAME]  # 小米汽车的YU7: 小米's
    own = [name for surface, name in by_name.surface.items()
           if tail.endswith(surface) or tail.endswith(tuple(surface + word for word in COMPANY_WORD_AFTER_NAME))]
    short = [name for name in [companies_by_first_two().get(tail[-2:])] if name]  # 理想的i8: 理想汽车's
    return next((canonical_org(n) for n in known + own + short), None)


@functools.lru_cache(maxsize=1)
def companies_by_first_two() -> dict[str, str]:
    """Well-known companies named by a two-character name and a company word (理想汽车, 影石创新), by those two."""
    return {o.name[:2]: o.name for o in known_orgs() if len(o.name) == 4 and o.name[2:] in COMPANY_WORD_AFTER_NAME}


def models_after_de(scope: ProductScope, text: str, subject: Callable[[], str | None]) -> Found:
    """追觅科技的X40 Ultra, 推出了售价为2599元的T30 Pro: a model code after 的, the company's before it or the
    launching subject's."""
    for m in matches(MODEL_AFTER_DE, text, "的"):
        name, before = m.group("name"), text[:m.start()]
        owner = org_written_last(re.sub(r"(?:同级别|同级|同价位|同档次|同尺寸|同类|同款|自家|主力)$", "", before), scope.by_name)
        # 比极米同级别的RS 10 Ultra: 极米's model of the same class
        if owner and lettered_series(name):
            yield name, owner  # 比亚迪的秦L: a one-character series with its letters, no digit
            continue
        if name.startswith(GENERIC_MODEL_PREFIXES) or not name[:1].isascii() and not is_noun(name[:2]):
            name = re.sub(r"^[\u4e00-\u9fff]{1,2}", "", name)  # 的旗舰M9: the model is M9
        if not re.search(r"\d", name) or name in scope.excluded or name.upper() in NOT_MODEL_NAMES:
            continue
        launched = re.search(r"(?:推出|发布|上线|发售)了?[^，。；]*$", before)
        launcher = next((canonical_org(o) for o in org_names_in(re.split(r"[；;]", before)[-1], scope.by_name)), None)
        if owner or (launched and (launcher or subject())):
            yield name, owner or launcher or subject()  # …；科沃斯则推出了…的T30 Pro: the clause's own company
            end = m.end()
            while (item := MODEL_LIST_ITEM.match(text, end)) and re.search(r"\d", item.group("name")):
                yield item.group("name"), owner or launcher or subject()  # 云深处的绝影X30、山猫M20: the list goes on
                end = item.end()


def lettered_series(name: str) -> bool:
    """Whether a name is one series character and capital letters (秦L, 宋PLUS; not 新SUV)."""
    m = CHARACTER_AND_LETTERS.fullmatch(name)
    return bool(m) and m.group("char") not in MODIFYING_CHARACTERS and m.group("letters") not in NOT_MODEL_NAMES


def models_of_late_sides(sentences: Sequence[str], sides: Sequence[Organization], excluded: set[str]) -> list[Product]:
    """Model codes written as the property of an organisation only a rivalry named (当贝的X5 Ultra与极米RS 10 Ultra直接竞争),
    found once those organisations are known: each its own product."""
    if not sides:
        return []
    index = OrgIndex(sides)
    found: dict[str, Product] = {}
    for text in sentences:
        for m in matches(MODEL_AFTER_DE, text, "的") if index.find(text) else ():
            owner = next((o for surface, o in index.surface.items() if text[:m.start()].endswith(surface)), None)
            name = m.group("name")
            if owner and name[:1].isascii() and re.search(r"\d", name) and name not in excluded \
                    and name.upper() not in NOT_MODEL_NAMES and name not in found:
                found[name] = Product(name, owner, (owner,), 1, text)
    return list(found.values())


def launched_products(scope: ProductScope, text: str, subject: Callable[[], str | None]) -> Found:
    """比亚迪在深圳发布刀片电池; 发布讯飞星火大模型V4.0 (the name before the kind of product): the subject's."""
    excluded = scope.excluded
    for m in LAUNCH.finditer(text):
        latin = m.group("latin") or m.group("named_latin")
        if latin and latin.upper() in NOT_MODEL_NAMES:
            continue
        name = latin or without_kind(after_kind(m.group("name") or m.group("named")))
        name = name[:-2] if name.endswith("品牌") and len(name) >= 4 else name  # 推出了乐道品牌: 乐道
        if name.startswith(AFTER_THE_LAUNCH) or is_device_kind(name):
            continue  # 推出后表现强劲: what follows the launch, not a name; 首款AI眼镜: a kind of device
        if is_product_name(name, excluded) and not GENERIC_LAUNCHES.search(name) and subject() \
                and not (m.group("named") and name.endswith(GENERIC_KINDS)):  # 推出的免费音乐App: what it is
            name = without_trailing_verb(name)  # 推出了拼好饭应战: 拼好饭
            clause = re.split(r"[；;]", text[:m.start()])[-1]  # 华为发布…；OPPO则在27日发布Reno14系列: the clause's maker
            yield name, maker_opening_clause(clause[-CLAUSE_WINDOW:]) or last_org_named(clause, scope.by_name) or subject()
    for m in matches(LAUNCHED_PAIR, text, "发布", "推出"):  # 发布了第二代神行超充电池和钠新电池: each a named device
        items = [re.sub(r"^(?:第[一二三四五六七八九十]代|新一代|全新的?)", "", it) for it in re.split(r"[、和及]", m.group("list"))]
        if all(re.fullmatch(rf"[\u4e00-\u9fffA-Za-z0-9]{{2,6}}(?:{NAMED_DEVICE_KINDS})", it) and is_product_name(it, excluded)
               for it in items) and any(has_coined_part(it) for it in items):
            maker = last_org_named(text[:m.start()], scope.by_name) or subject() or scope.main_org
            yield from ((it, maker) for it in items if maker)
    for m in matches(ALSO_LAUNCHED, text, "的还有"):  # 同时发布的还有第二代神行超充电池和骁遥双核电池
        for name in re.split(r"[、和与及]", m.group("list")):
            name = re.sub(r"^(?:第[一二三四五六七八九十]代|新一代|全新的?)", "", name)
            if 2 <= len(name) <= 10 and is_product_name(name, excluded) and (subject() or scope.main_org):
                yield name, subject() or scope.main_org
    for m in LAUNCH_KIND.finditer(text):
        name = without_kind_modifier(re.sub(r"^(?:搭载|采用|配备|基于|内置|集成)(?:了)?", "", m.group("name")))  # 推出搭载M4芯片的…: M4
        if is_product_name(name, excluded) and (is_coined(name) or name.startswith(org_name_prefixes())) \
                and not GENERIC_LAUNCHES.search(name) and dictionary_freq(name) <= RARE_FREQ \
                and (subject() or scope.main_org):
            yield name, subject() or scope.main_org


PURPOSE_VERBS = ("应战", "应对", "迎战", "反击", "突围", "入局", "拉新", "引流", "揽客", "抢客", "对抗", "竞争", "回应", "跟进", "狙击")


def without_trailing_verb(name: str) -> str:
    """A launched name without the common verb written after it (拼好饭应战: 拼好饭)."""
    return name[:-2] if len(name) >= 4 and name.endswith(PURPOSE_VERBS) else name


def maker_opening_clause(text: str) -> str | None:
    """The owner of a known product that opens the text's last comma clause (…，美团外卖则推出了X: 美团's)."""
    clause = re.split(r"[，,；;：:]", text)[-1]
    known = max((p for p in product_openings().get(clause[:2], ()) if clause.startswith(p)), key=len, default=None)
    return canonical_org(product_alias_index()[known].owner) if known else None


CLAUSE_WINDOW = 40  # characters before a verb its clause's maker is looked for in: a long sentence costs no more


def clause_maker(text: str, at: int, by_name: OrgIndex, marks: str = "") -> str | None:
    """The organisation named last in the clause that ends at `at` (科沃斯推出了…: 科沃斯), read in a window before it."""
    return last_org_named(re.split(f"[，；,;{marks}]", text[max(0, at - CLAUSE_WINDOW):at])[-1], by_name)


TRAILING_CODE = re.compile(r"[A-Za-z0-9]{2,}$")
SHORT_CODE = re.compile(r"[A-Z][A-Z0-9]{1,5}")


def coded_models(scope: ProductScope, text: str, sent: Sequence[Token]) -> Found:
    """蔚来ES6和EC6, 理想ONE: a company's model with a Latin name (a sentence with no capital or digit has none)."""
    by_name, excluded = scope.by_name, scope.excluded
    for i, tok in enumerate(sent if CAPITAL_OR_DIGIT.search(text) else ()):
        nxt = sent[i + 1].word if i + 1 < len(sent) else ""
        lower_code = "a" <= tok.word[:1] <= "z" and bool(re.fullmatch(r"[a-z]\d{1,3}", tok.word))  # 理想i6
        if not (tok.word[:1].isdigit() or "A" <= tok.word[:1] <= "Z" or lower_code):
            continue  # the cheap test first: a model's name begins with a capital or a digit
        numbered = (tok.word.isdigit() and len(tok.word) <= 2 and (not nxt or nxt.startswith(("的", "系列", "手机", "发布", "上市",
                                                                                             "销量", "将", "首发", "和", "、"))
                                                                     or latin_suffix(sent, i + 1) != "")) \
            or (tok.word.isdigit() and len(tok.word) in (3, 4) and i and sent[i - 1].word in org_alias_index()
                and not nxt.startswith(tuple("年月日元万亿%多余个家财季届期"))) \
            or (tok.word.isdigit() and tok.word.startswith("0") and len(tok.word) in (2, 3) and i
                and sent[i - 1].word in org_alias_index())  # 茅台1935, 阿维塔07: a known maker's numbered product
        if i >= 2 and tok.word.isdigit() and len(tok.word) <= 2 and is_device_kind(sent[i - 1].word) \
                and sent[i - 2].word in org_alias_index() and sent[i - 2].word + sent[i - 1].word not in excluded:
            yield sent[i - 2].word + sent[i - 1].word + tok.word + latin_suffix(sent, i + 1), canonical_org(sent[i - 2].word)
            continue  # 小米平板7 Ultra: a known maker, the device and its number
        numbered = numbered or bool(re.fullmatch(r"\d{1,3}[A-Z]{1,2}", tok.word)) and i > 0 and sent[i - 1].word in org_alias_index()
        # 小米15S Pro: a known maker's number and letter
        spaced = i > 1 and sent[i - 1].word == " " and any(c.isdigit() for c in tok.word)  # iQOO 13, vivo X200
        numbered = numbered or (tok.word.isdigit() and len(tok.word) <= 3 and i > 0
                                and brand_owner(sent[i - 2 if spaced else i - 1].word) is not None
                                and (not nxt or nxt in ("，", "、", "。", "将", "与", "和", "的", "系列", "发布", "上市")))
        lettered = len(tok.word) == 1 and "A" <= tok.word <= "Z" and i and sent[i - 1].word in org_alias_index() \
            and latin_suffix(sent, i + 1) != ""  # 小米S Pro: a known maker's letter and its suffix
        if not (i and (SHORT_CODE.fullmatch(tok.word) or numbered or lower_code or lettered)) or tok.word in excluded \
                or tok.pos == "nnt" or tok.word in titles() or tok.word in NOT_MODEL_NAMES:
            continue
        if i >= 2 and sent[i - 1].word in ("把", "将") and canonical_org(sent[i - 2].word) in by_name \
                and SHORT_CODE.fullmatch(tok.word) and any(c.isdigit() for c in tok.word):
            yield tok.word + latin_suffix(sent, i + 1), canonical_org(sent[i - 2].word)  # 三一重工把SY75C降到…
            continue
        b = i - 2 if i >= 2 and (sent[i - 1].word in ("新", "新一代", "下一代", "全新", "新款", "最新") or spaced) else i - 1
        # 问界新M7, 辉达新一代GB200: the brand before 新
        brand = sent[b].word
        maker = canonical_org(brand)
        if maker not in by_name:
            maker = next((o for o in by_name if len(brand) >= 2 and o.startswith(brand)), None) \
                or known_maker_named(brand) or brand_owner(brand)  # 理想L9: 理想汽车's first word; 问界M7: 问界's
        if not maker and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", brand) and quoted_in(text, sent[b].start) \
                and brand not in excluded:
            maker = sentence_subject(text, by_name)  # 华为…发表自研晶片「麒麟X90」: the launching company's
        if not maker and not lower_code and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", brand) and tok.word[-1].isdigit() \
                and brand not in GENERIC_PRODUCT_WORDS and not is_device_kind(brand) \
                and (is_unfamiliar(brand) or dictionary_freq(brand) <= RARE_FREQ and not tok.word[:1].isdigit()) \
                and brand not in excluded:
            maker = (sentence_subject(text, by_name) if quoted_in(text, tok.start) else None) or brand  # 问界M7: a brand no
            # lexicon has, named with its model's code; 小米…发表自研晶片「玄戒O1」: the launching company's
        if maker:
            whole = tok.word if sent[i - 1].word in ("新一代", "下一代", "全新", "新款", "最新") else "".join(t.word for t in sent[b:i + 1])
            yield whole + latin_suffix(sent, i + 1), maker  # 波音737 MAX; 辉达新一代GB200: GB200
            if i + 2 < len(sent) and sent[i + 1].word in ("和", "、", "及", "与") \
                    and re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", sent[i + 2].word):
                yield sent[i + 2].word, maker


def brand_owner(word: str) -> str | None:
    """The owner of a well-known brand (问界 of 赛力斯), if the word is one."""
    known = product_alias_index().get(word)
    return known.owner if known and known.owner else None


def quoted_in(text: str, at: int) -> bool:
    """Whether the position is inside quote marks (「玄戒O1」, “玄戒O1”)."""
    return bool(re.search(r"[「“\"][^」”\"]{0,12}$", text[:at])) and bool(re.match(r"[^「“\"]{0,12}[」”\"]", text[at:]))


@functools.lru_cache(maxsize=4096)
def known_maker_named(word: str) -> str | None:
    """The well-known maker whose name is this word and a generic suffix (理想 of 理想汽车), if any."""
    if len(word) < 2:
        return None
    return next((canonical_org(word + suffix) for suffix in ("汽车", "科技", "集团", "手机")
                 if word + suffix in org_alias_index()), None)


def named_models(scope: ProductScope, text: str, subject: Callable[[], str | None]) -> Found:
    """旗舰手机小米9, 新机Mate 20: a model after its kind, its maker in its name or the subject."""
    for m in MODEL.finditer(text):
        name = m.group("name")
        latin = re.search(r"[A-Z][A-Za-z0-9]*$", name)
        if text[m.end():m.end() + 1] in ("年", "月", ".", "万", "亿", "%") or NOT_MODEL.search(name) \
                or (latin and latin.group(0) in NOT_MODEL_NAMES):  # 淘宝O2O: a business model, not a model
            continue  # 汽车公布2020年, 销量达到22.9万: a verb and a number, not a model
        maker = next((a for a in org_alias_index() if len(a) >= 2 and name.startswith(a)), None)
        if is_product_name(name, scope.excluded) or maker:
            yield name, canonical_org(maker) if maker else subject()


def resident_products(scope: ProductScope, text: str) -> Found:
    """X所在的Y事业部: the product X belongs with the unit's parent."""
    for m in matches(RESIDES, text, "所在的"):
        if m.group("unit") in scope.unit_parents and is_product_name(m.group("product"), scope.excluded):
            yield m.group("product"), scope.unit_parents[m.group("unit")] or scope.main_org


LAUNCHED_MODEL = re.compile(rf"(?:发布|推出|上线|发售|亮相)了?(?:新一代|新款|全新的?|旗舰)?(?P<name>{LATIN_NAME})(?![A-Za-z0-9])")


def models_launched_by_orgs(scope: ProductScope, text: str) -> Found:
    """OPPO推出了Find X8 Ultra: a model code launched by the organisation its clause names."""
    for m in matches(LAUNCHED_MODEL, text, "发布", "推出", "上线", "发售", "亮相"):
        name = m.group("name")
        if re.search(r"\d| [A-Z]", name) and not any(w.upper() in NOT_MODEL_NAMES for w in name.split(" ")) \
                and name not in scope.excluded:
            # a code or words of a name (S Pro Mini)
            maker = clause_maker(text, m.start(), scope.by_name, "、")  # OpenAI发布Sora、Runway发布…: each its own
            if maker and is_company(maker, scope.by_name):
                yield name, maker


BRAND_UNIT_SUFFIXES = ("事业部", "事业群", "品牌部")
CATEGORY_MODIFIERS = r"(?:国产|进口|国际|国内|海外|本土|高端|中端|低端|外资|合资|自主|新兴|主流)"


def brands_of_units(scope: ProductScope, text: str) -> Found:
    """萤火虫事业部 in the article and 萤火虫品牌 here: the brand its unit runs, the unit's company's."""
    for unit, parent in scope.unit_parents.items():
        stem = unit[:-3] if unit.endswith(BRAND_UNIT_SUFFIXES) else ""
        if len(stem) >= 2 and f"{stem}品牌" in text and is_product_name(stem, scope.excluded) \
                and not re.search(rf"{CATEGORY_MODIFIERS}{re.escape(stem)}品牌", text):  # 国产奶粉品牌: a kind of brand
            yield stem, company_above(unit, scope) or scope.main_org


BRAND_OPENING = re.compile(r"(?:^|(?<=[，；：,]))(?P<name>[\u4e00-\u9fff]{2,4})品牌(?=将|则|也|已|主要|继续|聚焦|主打|定位|面向|专注|负责|承接)")
PARALLEL_BRAND = re.compile(r"(?<=[，；,])(?P<name>[\u4e00-\u9fff]{2,4})(?:品牌)?(?=则)")


def brands_opening_clauses(scope: ProductScope, text: str, subject: Callable[[], str | None]) -> Found:
    """雪中飞品牌将继续承接大众市场，冰洁则聚焦年轻女性: brands no dictionary knows opening clauses that say what each
    does, the subject's (or the article company's)."""
    if "品牌" not in text:
        return  # the cheap test first
    opened = [m for m in BRAND_OPENING.finditer(text) if is_unfamiliar(m.group("name"))]
    parallel = [m for m in PARALLEL_BRAND.finditer(text) if dictionary_freq(m.group("name")) <= RARE_FREQ] if opened else []
    for m in opened + parallel:
        if is_product_name(m.group("name"), scope.excluded) and not names_a_unit_or_title(m.group("name")):
            yield m.group("name"), subject() or scope.main_org


def company_above(unit: str, scope: ProductScope) -> str | None:
    """The company a unit belongs to, through the units above it."""
    seen = {unit}
    parent = scope.unit_parents.get(unit)
    while parent in scope.unit_parents and parent not in seen:
        seen.add(parent)
        parent = scope.unit_parents[parent]
    return parent


POSSESSED = re.compile(r"(?P<owner>[\u4e00-\u9fffA-Za-z]{2,8}?)的(?P<name>[\u4e00-\u9fff]{2,6}?|[A-Za-z][A-Za-z0-9]{1,12})"
                       r"(?=[、，。；和与及]|展开|等|之间|都|也|在|正|随即|随后|则|销售|销量|的(?:激烈|正面|直接)?(?:竞争|挑战|围剿|夹击))")


CAPITAL_OR_DIGIT = re.compile(r"[A-Z0-9]")


INN = r"[\u4e00-\u9fff]{2,7}(?:单抗|替尼|普利|沙坦|他汀|司琼|西汀|洛尔|地平|昔布)"  # generic drug names
DRUG_HINT = re.compile(r"单抗|替尼|普利|沙坦|他汀|司琼|西汀|洛尔|地平|昔布|抑制剂|药物|新药|疫苗|药品|靶向药")
DRUG_AFTER_KIND = re.compile(r"(?:抑制剂|单抗|药物|新药|创新药|疫苗|药品|靶向药)(?P<name>[\u4e00-\u9fff]{2,5}?)"
                             rf"(?:[（(](?P<inn>{INN})[）)]|(?=[，。；、在的已将正全]))")
INN_NAME = re.compile(rf"(?P<name>{INN})(?![\u4e00-\u9fff]{{0,1}}[）)])")
POSSESSED_INN = re.compile(r"(?P<owner>[^，。；的]{2,16})的(?P<name>[\u4e00-\u9fff]{1,5}?(?:单抗|替尼|普利|沙坦|他汀|司琼|西汀|洛尔|地平|昔布))"
                           r"(?![）)\u4e00-\u9fff]{0,0}[）)])")
POSSESSED_DRUG = re.compile(rf"(?P<owner>[\u4e00-\u9fffA-Za-z]{{2,12}}?)的(?P<name>[\u4e00-\u9fff]{{2,6}}?)[（(]{INN}[）)]")


def drug_products(scope: ProductScope, text: str, subject: Callable[[], str | None]) -> Found:
    """Medicines: a brand after the kind of drug (BTK抑制剂百悦泽（泽布替尼）), a brand with its generic name in
    brackets after its maker (强生的亚布力飞（伊布替尼）) and the makers' products listed beside it, a generic name
    (替雷利珠单抗): the subject's, or the maker's."""
    if not DRUG_HINT.search(text):
        return  # the cheap test first: no drug's name or kind
    for m in DRUG_AFTER_KIND.finditer(text):
        if is_product_name(m.group("name"), scope.excluded) and dictionary_freq(m.group("name")) <= RARE_FREQ \
                and not names_a_unit_or_title(m.group("name")):  # 创新药研发中心: a unit, no drug
            yield m.group("name"), subject() or scope.main_org
    owned = [(m.group("owner"), m.group("name")) for m in POSSESSED_DRUG.finditer(text)]
    owned += [(m.group("owner"), m.group("name")) for m in POSSESSED_INN.finditer(text)
              if m.group("name") not in {n for _, n in owned}]  # 阿斯利康的阿可替尼: a maker's generic name
    if owned:  # 强生和艾伯维的亚布力飞（伊布替尼）、阿斯利康的康可期: each maker's product
        owned += [(m.group("owner"), m.group("name")) for m in POSSESSED.finditer(text)]
    for written, name in owned:
        maker = last_org_named(written, scope.by_name)
        if maker and is_product_name(name, scope.excluded):
            yield name, canonical_org(maker)
    for m in INN_NAME.finditer(text):
        if any(m.start() <= at < m.end() for at, _ in scope.by_name.find(text)) \
                or any(m.start() <= at < m.end() for _, _, at in known_org_mentions(text)):
            continue  # 芯片公司地平线: a company's name, not a drug ending in 地平
        words = segment(m.group("name"))
        while words and dictionary_freq(words[0].word) > RARE_FREQ and words[0].pos.startswith(("v", "d", "p")):
            words = words[1:]  # 推进替雷利珠单抗: the verb before it is no part of the name
        name = "".join(w.word for w in words)
        if len(name) >= 4 and is_product_name(name, scope.excluded):
            yield name, subject() or scope.main_org


def known_product_before_word(owner: str, name: str) -> str:
    """A known product of the owner that a common word follows (字节跳动的抖音流量: 抖音), else the name as written."""
    for end in range(len(name) - 2, 1, -1):
        head = name[:end]
        if head in product_alias_index() and product_alias_index()[head].owner == owner and is_common_word(name[end:]):
            return head
    return name


def possessed_products(text: str) -> list[tuple[str, str]]:
    """(owner, product) of a list of 'company's product' items (百度的文心一言、字节跳动的豆包) where at least one
    item is a known product of that company, or that the sentence sets against each other: the others are
    products too."""
    if text.count("的") < 2:
        return []  # the cheap test first: a list of two such items has two 的
    items = []
    for m in POSSESSED.finditer(text):
        owner = next((canonical_org(n) for n in organizations_in(m.group("owner"))), None)
        if owner and m.group("owner").endswith(names_of_org(owner)):
            items.append((owner, known_product_before_word(owner, m.group("name"))))
    known = [(o, n) for o, n in items if n in product_alias_index() and product_alias_index()[n].owner == o]
    coined = all(dictionary_freq(n) <= RARE_FREQ for _, n in items) and RIVAL_CUES.search(text)
    return items if (known or coined) and len(items) >= 2 else []  # A的X与B的Y竞争: rivals' products (not 阿里巴巴的优势)


@functools.lru_cache(maxsize=65536)
def company_and_kind(word: str) -> str | None:
    """The company of a word made of a well-known company's (or platform's) name and a kind of product (美团单车, 天猫养车):
    its owner."""
    prefix = known_org_prefix(word)
    if prefix and (word[len(prefix):] in KIND_OF_PRODUCT or word[len(prefix):] in SERVICE_KINDS):
        return canonical_org(prefix)
    platform = next((word[:n] for n in (2, 3) if word[n:] in KIND_OF_PRODUCT + SERVICE_KINDS and word[:n] in product_alias_index()),
                    None)
    return brand_owner(platform) if platform else None


MODEL_CODE = re.compile(r"[A-Z][A-Za-z]{0,4}\d{1,4}[A-Za-z]{0,3}|\d{2,4}")


def lettered_model_maker(word: str, suffix: str) -> str | None:
    """The well-known maker whose name and one capital letter make a word a suffix follows (小米S Pro), if any."""
    prefix = known_org_prefix(word) if suffix and re.fullmatch(r"[\u4e00-\u9fff]{2,4}[A-Z]", word) else None
    return canonical_org(prefix) if prefix and len(word) == len(prefix) + 1 else None


def maker_of_model(word: str, by_name: OrgIndex) -> str | None:
    """The organisation whose name and a model's code make up a word (小米SU7, 极氪007), if any."""
    maker = next((o for o in by_name if len(o) >= 2 and word.startswith(o) and MODEL_CODE.fullmatch(word[len(o):])),
                 None)
    brand = re.match(r"[\u4e00-\u9fff]{2,3}?(?=新?[A-Z])", word)
    if maker is None and brand and MODEL_CODE.fullmatch(word[brand.end():].lstrip("新")) \
            and any(c.isdigit() for c in word[brand.end():]):
        maker = known_maker_named(brand.group(0)) or (brand.group(0) if dictionary_freq(brand.group(0)) <= RARE_FREQ
                                                      else None)  # 理想L9, 问界M9: a maker's or a brand's model
    known = product_alias_index().get(brand.group(0)) if brand and maker is None else None
    if known and re.fullmatch(r"新?[A-Z][A-Za-z0-9]{1,5}", word[brand.end():]):
        maker = known.owner  # 昊铂HL: a known brand's model, its letters alone
    return maker


PRODUCT_KINDS = ("电池", "芯片", "晶片", "手机", "汽车", "系列", "平台", "系统", "大模型", "模型", "激光雷达", "传感器")
MODEL_KIND_MODIFIERS = ("企业级", "企业", "行业", "通用", "多模态", "推理", "开源", "视觉", "语言", "对话", "国产", "自研", "基础",
                        "垂直", "端侧", "金融", "医疗", "教育", "工业")  # 企业大模型: what kind of model, not its name


def after_kind(name: str) -> str:
    """A launched name without what it is before it (企业级平台万仞 -> 万仞, AI搜索助手万知 -> 万知)."""
    return re.sub(r"^[\u4e00-\u9fffA-Za-z]{0,6}?(?:平台|应用|助手|工具|系统|App|APP|SUV|MPV|轿车|车型)(?=[\u4e00-\u9fffA-Za-z0-9]{2,}$)", "",
                  name)


def without_kind(name: str) -> str:
    """A launched name without the kind of product after it when the name itself has Latin letters or digits
    (神行Plus电池 -> 神行Plus, 麒麟9000芯片 -> 麒麟9000), or is a coined four-character name before a described kind
    (千里浩瀚智驾系统 -> 千里浩瀚); 刀片电池 keeps its 电池."""
    if name.endswith("技术") and len(name) >= 5:
        name = name[:-2]  # 兆瓦闪充技术: the technology's name
    kind = next((k for k in PRODUCT_KINDS if name.endswith(k) and len(name) > len(k) + 1), None)
    rest = name[:-len(kind)] if kind else name
    if kind and re.fullmatch(r"[\u4e00-\u9fff]{4}(?:智驾|驾驶|辅助驾驶|操作|智能)", rest) and is_unfamiliar(rest[:4]):
        return rest[:4]
    return without_kind_modifier(rest) if kind and re.search(r"[A-Za-z0-9]", rest) else name


def without_kind_modifier(name: str) -> str:
    """A Latin-lettered name without the kind of model written after it (YonGPT企业 of YonGPT企业大模型: YonGPT)."""
    modifier = next((k for k in MODEL_KIND_MODIFIERS if name.endswith(k) and re.search(r"[A-Za-z0-9]$", name[:-len(k)])), "")
    return name[:-len(modifier)] if modifier else name


MAKER_PAIR = re.compile(r"(?:^|(?<=[，；：]))(?P<a>[\u4e00-\u9fffA-Za-z0-9+]{3,10}?)[和与及](?P<b>[\u4e00-\u9fffA-Za-z0-9+]{3,10}?)"
                        r"(?=将|是|的|都|均|已|[两三四五]大|等|[，。；]|$)")  # 岚图FREE+和岚图梦想家将是…


def products_listed_by_maker(text: str, surfaces: dict[str, str], products: set[str],
                             matcher: Matcher, order: dict[str, int]) -> list[tuple[str, list[str]]]:
    """(maker, items) of each 、 list whose items all begin with one of the article's organisations' names (surfaces:
    name or alias -> organisation, found by the matcher, tried in their order) and one of which is a product already:
    the others are that maker's products too."""
    if not products or "、" not in text and not re.search("[和与及]", text):
        return []  # the cheap test first
    out = []
    pairs = [(m.group("a"), m.group("b")) for m in MAKER_PAIR.finditer(text)] if "、" not in text else []
    for items in [*enumeration_items(text), *pairs]:
        written = {surface for _, surface in matcher.finditer(items[0])}  # the names in the first item, not every name
        for surface, maker in ((s, surfaces[s]) for s in sorted(written, key=order.__getitem__)):
            named = [items[0][items[0].rfind(surface):], *items[1:]]  # 整合有道词典: the list begins at the name
            named = [re.sub(r"(?<=..)(?:业务|项目|板块)$", "", it) for it in named]  # 易车二手车业务: the line is 易车二手车
            if len(named) >= 2 and all(it.startswith(surface) and len(it) > len(surface) for it in named) \
                    and any(it in products for it in named):
                out.append((maker, named))
                break
    return out


def latin_products(text: str) -> list[tuple[str, int]]:
    """Products with a Latin name after a kind of product or before 系列/上市 (and the items listed after
    one: 车型Model B、Model N与Model V): (name, start)."""
    if not LATIN_LETTER.search(text):
        return []  # the cheap test first: no Latin letter, no Latin name
    found = []
    for m in LATIN_BEFORE_KIND.finditer(text):  # C11、C01等车型
        found += [(name, m.start()) for name in [*re.split(r"[、和与及]", m.group("list")), m.group("name")] if name]
    for m in LATIN_PRODUCT.finditer(text):
        key = "a" if m.group("a") else "b" if m.group("b") else "c"  # 发布的GLM-4: c
        found.append((m.group(key), m.start(key)))
        end = m.end(key)
        while key == "a" and (item := LATIN_LIST_ITEM.match(text, end)):
            found.append((item.group("name"), item.start("name")))
            end = item.end()
    found += [(m.group("name"), m.start("name")) for m in KIND_BRAND_MODEL.finditer(text)
              if m.group("name")[2:].upper() not in NOT_MODEL_NAMES]  # 手机淘宝O2O: a business model, no model
    found += named_before_model(text) if "模型" in text else []
    found += [(m.group("name"), m.start()) for m in CODE_BEFORE_SYSTEM.finditer(text)
              if m.group("name") not in NOT_MODEL_NAMES and m.group("name") not in GENERIC_MODEL_NAMES
              and (text[max(0, m.start() - 1):m.start()] in ("", "的", "，", "、", " ")
                   or not re.search(r"[\u4e00-\u9fff]{2}$", text[max(0, m.start() - 2):m.start()]))]
    # WOS新商业操作系统: a system's code name (not the GPT of 苍穹GPT)
    found = [(without_day(name, text, start), start) for name, start in found]
    return [with_brand(text, *with_coined_tail(text, name, start)) for name, start in found]


def without_day(name: str, text: str, start: int) -> str:
    """A Latin name without the number of a month or day written after it (Keeta 10月29日在巴西上线: Keeta)."""
    number = re.search(r"\s\d{1,2}$", name)
    return name[:number.start()] if number and text[start + len(name):start + len(name) + 1] in ("月", "日") else name
CODE_BEFORE_SYSTEM = re.compile(r"(?<![A-Za-z0-9])(?P<name>[A-Z]{2,6})(?=[\u4e00-\u9fff]{0,6}(?:操作系统|系统|平台)(?!公司|集团))")
MODEL_BEFORE_KIND = re.compile(r"(?<![A-Za-z0-9])(?P<name>(?P<coined>[\u4e00-\u9fff]{2})?[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9.]+)*)"
                               rf"(?:{'|'.join(MODEL_KIND_MODIFIERS)})?大?模型")
GENERIC_MODEL_NAMES = {"GPT", "LLM", "AI", "AIGC", "GPU", "NLP", "MoE", "AGI"}


def named_before_model(text: str) -> list[tuple[str, int]]:
    """A model's name written before 大模型 (苍穹GPT大模型平台, YonGPT企业大模型): a coined Chinese word and Latin
    letters, or a Latin word; 通用GPT大模型 or AI大模型 name a kind."""
    found = []
    for m in MODEL_BEFORE_KIND.finditer(text):
        name, start = m.group("name"), m.start("name")
        coined = m.group("coined")
        if coined and (coined in MODEL_KIND_MODIFIERS or not is_noun(coined)):
            name, start = name[2:], start + 2  # 通用GPT, 在做AI: a kind or a verb before the name
        if name.upper() not in NOT_MODEL_NAMES and name not in GENERIC_MODEL_NAMES and len(name) >= 2:
            found.append((name, start))
    return found


COINED_TAIL = re.compile(r"[\u4e00-\u9fff]{2}")


METRIC_WORDS = ("营收", "收入", "利润", "销量", "销售", "份额", "市值", "用户", "订单", "门店", "股价", "业绩", "估值", "市占率",
                "占有率", "渗透率", "出货量", "装机量", "毛利率", "净利率")  # Trip.com营收, LG新能源市占率


def with_coined_tail(text: str, name: str, start: int) -> tuple[str, int]:
    """A Latin name with a coined Chinese word written right after it (平台BOSS直聘): the whole name."""
    if not (name.isascii() and COINED_TAIL.match(text, start + len(name))) or any(c.isdigit() for c in name) \
            or name in titles() or name.upper() in NOT_MODEL_NAMES:
        return name, start  # the cheap test first
    tail = segment(text[start + len(name):start + len(name) + 6])[0]
    if COINED_TAIL.fullmatch(tail.word) and dictionary_freq(tail.word) <= RARE_FREQ and not tail.pos.startswith("nr") \
            and tail.word not in METRIC_WORDS \
            and not text.startswith(("机器人", "机", "器"), start + len(name) + len(tail.word)):  # Navimow割草机器人: a kind
        return name + tail.word, start
    return name, start


KIND_BRAND_MODEL = re.compile(r"(?:SUV|MPV|轿车|车型|手机|机器人|芯片)(?!包括|包含|推出|发布|拥有|采用|搭载|还有|都有)"
                              r"(?P<name>[\u4e00-\u9fff]{2}[A-Za-z]{1,3}\d+[A-Za-z0-9]*)"
                              r"(?![A-Za-z0-9])")  # 纯电SUV理想i8: a brand and its model's code after a kind


@functools.lru_cache(maxsize=4096)
def is_noun(word: str) -> bool:
    """Whether the segmenter takes a word whole and as a noun or name (苍穹, 混元; not 在做)."""
    tokens = segment(word)
    return len(tokens) == 1 and tokens[0].pos.startswith("n") and tokens[0].pos != "nnt"


@functools.lru_cache(maxsize=4096)
def is_verb(word: str) -> bool:
    """Whether the segmenter takes a two-character word whole and as a verb (包括, 预装)."""
    tokens = segment(word) if len(word) == 2 else []
    return len(tokens) == 1 and tokens[0].pos.startswith("v")


def with_brand(text: str, name: str, start: int) -> tuple[str, int]:
    """A model code with the two-character brand written right before it (乐道L60上市), when a boundary
    stands before the brand: (name, start)."""
    brand = text[max(0, start - 2):start]
    if brand in ("发布", "推出", "上线", "开源", "升级", "更新", "搭载", "采用", "接入", "包括", "预装", "配备", "内置", "旗下") \
            or is_verb(brand) or brand in GENERIC_KINDS or brand in ("车型", "机型", "型号", "系列", "芯片", "手机", "款式"):
        return name, start  # 发布Gen-3, 包括Find X8: a verb, no brand; 产品AT128: a kind
    bounded = start == 2 or (start > 2 and (text[start - 3] in "，。、；：“（的和与及 " or text[start - 3].isascii()
                                            or text[start - 3] in "月日" and text[start - 4:start - 3].isdigit()))  # 9月问界M9
    known = brand in org_alias_index() or brand in product_alias_index()  # 旗舰手机荣耀Magic7, 9月问界M9: a known
    # maker's or brand's name needs no boundary before it
    if len(brand) == 2 and re.fullmatch(r"[\u4e00-\u9fff]{2}", brand) and (bounded or known) \
            and any(c.isdigit() for c in name):
        return brand + name, start - 2
    return name, start


def product_with_tail(sent: Sequence[Token], i: int, tails: tuple[str, ...] = PRODUCT_TAILS) -> str | None:
    """The token at i joined with the product words right after it (QQ + 音乐, 腾讯 + 手机 + 管家), if any,
    when they end on a token boundary."""
    rest = "".join(t.word for t in sent[i + 1:i + 4])
    if sent[i].word.isascii() and (latin := re.match(r" ?[A-Z][a-z]{2,}(?![A-Za-z])", rest)):
        return sent[i].word + latin.group(0)  # TikTok Shop, Instagram Reels: a Latin name's second word
    tail = next((w for w in sorted(tails, key=len, reverse=True) if rest.startswith(w)), None)
    if tail is None:
        return None
    used, k = "", i + 1
    while k < len(sent) and len(used) < len(tail):
        used += sent[k].word
        k += 1
    return sent[i].word + tail if used == tail else None


def owner_before(sent: Sequence[Token], i: int) -> str | None:
    """A known organisation right before a product (腾讯微信, 阿里巴巴的支付宝)."""
    for k in (i - 1, i - 2):
        if k >= 0 and sent[k].word in org_alias_index() and (k == i - 1 or sent[k + 1].word in ("的", "旗下")):
            return canonical_org(sent[k].word)
    return None


def names_a_unit_or_title(name: str) -> bool:
    """Whether a name ends like a unit's (研发中心) or holds a title (事业部总裁): no product's."""
    return name.endswith(unit_suffixes()) or any(len(t) >= 2 and t in name for t in ("总裁", "总经理", "负责人", "董事长", "CEO"))


def is_new_name(tok: Token, excluded: set[str]) -> bool:
    """A token that names something new: a coined word (a discovered phrase with a one-character or
    unknown part, or a noun the dictionary hardly knows), not a phrase of common words (移动电商)."""
    if not is_product_name(tok.word, excluded) or tok.word in product_alias_index():
        return tok.word in product_alias_index()
    if names_a_unit_or_title(tok.word) or tok.word.startswith(METRIC_WORDS):
        return False  # 复星/研发中心, 事业部总裁: a unit or a title after a company, no product; 市占率: a measure
    if tok.pos == "phrase":
        return is_coined(tok.word)
    return tok.pos in ("n", "nz", "nt", "j", "l") and is_unfamiliar(tok.word)


def is_coined(word: str) -> bool:
    """Whether a word is not just two common words side by side (淘点点, 微购物 yes; 组织架构 no)."""
    from ..nlp.segment import segment

    parts = [t.word for t in segment(word)]
    return len(parts) == 1 or any(len(p) == 1 or dictionary_freq(p) == 0 for p in parts)


def pick_owner(owners: list[str], main_org: str | None) -> str | None:
    """The owner named most often for a product (a subsidiary named as its owner over its parent: 腾讯音乐, not
    腾讯), else the article's main company."""
    if not owners:
        return main_org
    named = [o for o in owners if not any(p != o and p.startswith(o) for p in owners)]  # 腾讯音乐旗下QQ音乐 over 腾讯
    return max(dict.fromkeys(named), key=owners.count)


INTERVIEW_HEAD = re.compile(rf"^(?:{'|'.join(INTERVIEW_OPENERS)})[^：:]{{1,24}}[：:]")
APPOSITION = re.compile(r"^作为[^，。；]{2,30}，")  # 作为腾讯发起设立的民营银行，X与Y竞争: no side in it


def find_rivals(doc: Document, orgs: Sequence[Organization], products: Sequence[Product]) -> list[Relation]:
    """Rival pairs: companies named together with a rivalry cue (in the title or a sentence), or
    contrasted in adjacent sentences."""
    by_name = OrgIndex(orgs)
    companies = {o.name for o in orgs if o.kind in ("company", "brand")}
    owner_of = {p.name: p.owner for p in products if p.owner}
    main = main_company(orgs, doc.title)
    pairs: dict[frozenset, str] = {}
    title = INTERVIEW_HEAD.sub("", doc.title)  # 专访科大讯飞刘庆峰：X对标Y: the interviewee's company is no side
    texts = [title, *(s.text for s in doc.sentences)]

    def names_in(clause: str) -> int:
        """How many sides a clause names."""
        return len(rival_names(clause, by_name, companies, owner_of))

    for text, whole in ((APPOSITION.sub("", part), text) for text in texts if rivalry_cued(text)
                        for part in rivalry_parts(text, names_in)):
        named = ordered_sides(text, by_name, companies, owner_of, main)
        title_list = TITLE_LIST.search(text) if whole is title else None
        if whole is title and len(named) != 2 and not title_list and not TITLE_AGAINST_LIST.search(text) \
                and not TITLE_CHASERS.search(text) and not (LED_THE_CUT.search(text) and "跟进" in text):
            continue  # a title is terse: only a clear pair counts, or a list (美团、饿了么、京东外卖补贴战升级), or one
            # against a list (可灵AI上线海外版，与OpenAI Sora、Runway正面交锋)
        also = whole is not title and named and ALSO_VYING.search(text) and not partners_only(whole)
        earlier = [n for pair in pairs for n in sorted(pair) if n not in named] if also else []  # the cheap test first;
        # sorted: a frozenset's order changes with the hash seed, the facts must not
        if also and not earlier and len(named) >= 2 and main:
            earlier = [side for side in [main_side(main, owner_of)] if side not in named]  # A的X、B的Y也在争夺开发者市场
            # and no rivalry told before: the article's own side is the one they vie with too
            pairs.update({frozenset(pair): whole for pair in itertools.combinations(named, 2)
                          if side_of(pair[0], owner_of) != side_of(pair[1], owner_of)} if earlier else {})
        if earlier:
            for a, b in itertools.product(named, dict.fromkeys(earlier)):  # 图达通、华为也在争夺同一批客户: they join
                if side_of(a, owner_of) != side_of(b, owner_of):  # the rivalry told before, against each of its sides
                    pairs.setdefault(frozenset((a, b)), whole)
            continue
        if len(named) >= 2 and not partners_only(whole):
            combos = respective_pairs(text, named) or (targeted_pairs(text, named, owner_of) if whole is not title else []) \
                or rival_combinations(text, named, owner_of, title_list)
            for a, b in without_restated(combos, owner_of, text, set(pairs)):
                a, b = (canonical_org(n) if n in org_alias_index() else n for n in (a, b))  # 顺丰控股 is 顺丰
                a, b = launched_side(text, a, b, owner_of), launched_side(text, b, a, owner_of)
                if a != b and side_of(a, owner_of) != side_of(b, owner_of) and not (a.startswith(b) or b.startswith(a)) \
                        and not one_family(side_of(a, owner_of), side_of(b, owner_of)):
                    pairs.setdefault(frozenset((a, b)), whole)  # 支付宝/淘点点: one side; 华为海思 and 华为's 麒麟芯片: one
    for sentence in doc.sentences:  # 美团会不惜代价赢得这场竞争, 饿了么也宣布加入补贴大战: against the article's company
        if main and THIS_WAR.search(sentence.text) and RIVAL_CUES.search(sentence.text) and not partners_only(sentence.text):
            named = [n for n in ordered_sides(sentence.text, by_name, companies, owner_of, main) if n != main]
            joined = len(named) in (2, 3) and re.search(r"(?:也|都)加入了?(?:这场|此次|这轮)", sentence.text) \
                and all(side_of(n, owner_of) != main for n in named)  # 小米和vivo也加入了这场价格战: each against the article's
            for n in named if len(named) == 1 and side_of(named[0], owner_of) != main or joined else ():
                pairs.setdefault(frozenset((main, n)), sentence.text)
    for before, sentence in zip(doc.sentences, doc.sentences[1:]) if "两款" in doc.text else ():
        if TWO_PRODUCTS.search(sentence.text):  # 问界M7交付2.3万辆，两款车型的差距缩小: the one named before and this one
            here, there = products_written(sentence.text, owner_of), products_written(before.text, owner_of)
            there = [n for n in there if n not in here]
            if len(here) == 1 and there and side_of(here[0], owner_of) != side_of(there[-1], owner_of):
                pairs.setdefault(frozenset((here[0], there[-1])), sentence.text)
    for before, sentence in zip(doc.sentences, doc.sentences[1:]):  # …比亚迪下调海鸥的价格。两家的竞争愈发激烈
        cued = any(m.group() not in ("双方", "两家") for m in RIVAL_CUES.finditer(sentence.text))
        if BOTH_SIDES.search(sentence.text) and cued and not partners_only(sentence.text) and names_in(sentence.text) < 2:
            here = [owner_of.get(n, n) for n in rival_names(sentence.text.split("两家")[0], by_name, companies, {})]
            sides = list(dict.fromkeys([main, *(here or (owner_of.get(n, n) for n in rival_names(before.text, by_name, companies, {})))]))
            sides = [n for n in sides if n and n in companies]  # 另一边，B的用户亦增至…，两家公司的竞争: B and the article's
            if len(sides) == 2:
                pairs.setdefault(frozenset(sides), sentence.text)
                joining = [n for n in rival_names(sentence.text, by_name, companies, owner_of)
                           if n not in sides and any(f"{a}也" in sentence.text for a in (n, *names_of_org(n)))]
                for n, side in itertools.product(joining, sides):  # 两家的争夺尤为激烈，C也在加大投放: C joins
                    pairs.setdefault(frozenset((n, side)), sentence.text)
    for before, sentence in zip(doc.sentences, doc.sentences[1:]):  # 云计算厂商之间的价格战再度升级。阿里云…，腾讯云…，火山引擎…
        if UNNAMED_WAR.search(before.text) and names_in(before.text) == 0 and not rivalry_cued(sentence.text):
            sides = [n for n in rival_names(sentence.text, by_name, companies, owner_of)
                     if not re.search(rf"[“「\"]{re.escape(n)}[”」\"]", sentence.text)]  # “信用回收”服务: an offer, no side
            for a, b in itertools.combinations(dict.fromkeys(sides), 2) if len(sides) >= 2 else ():
                if side_of(a, owner_of) != side_of(b, owner_of) and not owner_level_restated(frozenset((a, b)), pairs, owner_of):
                    pairs.setdefault(frozenset((a, b)), before.text + sentence.text)
    for before, sentence in zip(doc.sentences, doc.sentences[1:]):  # 行业格局正在变化。A仍以…为主，B则…，而C…: the article's
        # company against each; X明显落后。A月活…，B…，X则跌至…: X against each
        cue = LANDSCAPE.search(before.text) or LAGGING.search(before.text)
        if not cue or rivalry_cued(sentence.text) or partners_only(sentence.text):
            continue
        sides = list(dict.fromkeys(rival_names(sentence.text, by_name, companies, owner_of)))
        told = rival_names(before.text, by_name, companies, owner_of)
        lead = told[0] if cue.re is LAGGING and len(told) == 1 else main if cue.re is LANDSCAPE and not told else None
        if lead in sides and len(sides) >= 3:
            for other in sides:
                if side_of(other, owner_of) != side_of(lead, owner_of):
                    pairs.setdefault(frozenset((lead, other)), before.text + sentence.text)
    groups = counted_groups(doc.sentences, by_name) if "大" in doc.text else {}
    for sentence in doc.sentences if groups else ():  # 国航、东航、南航三大航…。三大航正与国泰航空、新加坡航空展开激烈竞争
        for group, members in groups.items():
            if group in sentence.text and rivalry_cued(sentence.text) and not partners_only(sentence.text):
                others = [n for n in ordered_sides(sentence.text, by_name, companies, owner_of, main) if n not in members]
                for a, b in itertools.product(members, others):
                    pairs.setdefault(frozenset((a, b)), sentence.text)
    for first, second in zip(doc.sentences, [*doc.sentences[1:], None]):
        passage = first.text + (second.text if second else "")
        sides = [owner_of.get(s, s) for s in contrast_subjects(first.text, by_name)
                 + (contrast_subjects(second.text, by_name) if second else [])]
        sides = [s for s in sides if s in companies]
        for a, b in itertools.combinations(dict.fromkeys(sides), 2):
            pairs.setdefault(frozenset((a, b)), passage)
    return [Relation(*sorted(pair), "rival", ev) for pair, ev in pairs.items()]


LAUNCHED_BEFORE = re.compile(r"(?:推出|发布|上市|上线)了?(?:新一代|新款|全新的?)?|旗下的?(?:[\u4e00-\u9fff]{0,6}?(?:产品|品牌|平台|应用))?[“「\"]?")
# 度小满旗下的信贷产品“有钱花”…与蚂蚁集团的借呗竞争: 有钱花 against 借呗


def launched_side(text: str, side: str, other: str, owner_of: dict[str, str]) -> str:
    """A company set against another's product stands for the product of its own the sentence launches before
    (A旗下品牌B推出了X固态硬盘，与C的Y正面竞争: X against Y), else itself."""
    if side in owner_of or other not in owner_of or owner_of[other] == side or not LAUNCHED_BEFORE.search(text):
        return side
    against = written_at(text, other)
    launched = [(p, m.end()) for m in LAUNCHED_BEFORE.finditer(text, 0, max(against, 0)) for p, o in owner_of.items()
                if o == side and text.startswith(p, m.end())]
    if not launched:
        return side
    product, at = launched[-1]
    between = text[at + len(product):max(against, 0)]
    return side if any(p != product and o == side and p in between for p, o in owner_of.items()) else product  # 旗下
    # 教育品牌希沃…，企业服务品牌MAXHUB则与…: another of its brands stands between, the company is the side


COUNTED_GROUP = re.compile(r"(?P<list>[^，。；：]{4,40}?)(?P<group>(?P<count>[两三四五六七八九十])大[\u4e00-\u9fff]{1,3}?)"
                           r"(?=[，。；、的在正也均都与和同跟昨今相分]|$)")


def counted_groups(sentences: Sequence, by_name: OrgIndex) -> dict[str, list[str]]:
    """Counted names for the companies a text lists right before them (国航、东航、南航三大航: 三大航 is those three)."""
    groups = {}
    for sentence in sentences:
        for m in COUNTED_GROUP.finditer(sentence.text) if "大" in sentence.text else ():
            members = list(dict.fromkeys(org_names_in(m.group("list"), by_name)))
            if len(members) == "零一两三四五六七八九十".index(m.group("count")):
                groups.setdefault(m.group("group"), members)
    return groups


def main_side(main: str, owner_of: dict[str, str]) -> str:
    """The article's side in a rivalry: its company's one product when it has exactly one (a model named after it, Kimi
    K2 of Kimi, is no other), else the company."""
    own = [p for p, o in owner_of.items() if o == main]
    own = [p for p in own if not any(q != p and p.startswith(q + " ") for q in own)]
    return own[0] if len(own) == 1 else main


def owner_level_restated(pair: frozenset, pairs: dict[frozenset, str], owner_of: dict[str, str]) -> bool:
    """Whether a pair restates another with a side's product written as its owner (万辰集团 vs 鸣鸣很忙 beside 好想来, 万辰集团's,
    vs 鸣鸣很忙): the rivalry the article names at the product's level."""
    return any(frozenset((product, other)) in pairs for side in pair for other in pair - {side}
               for product, owner in owner_of.items() if owner == side and product != other)


def rivalry_cued(text: str) -> bool:
    """Whether a text has a cue of rivalry other than a bare 双方 or 两家 (两家子公司继续独立运营 is no rivalry)."""
    return any(m.group() not in ("双方", "两家") for m in RIVAL_CUES.finditer(text)) \
        or bool(RIVAL_CUES.search(text)) and bool(re.search("份额|占据|瓜分|领先|市场", text))  # 京东、天猫两家占据…份额


UNNAMED_WAR = re.compile(r"(?:厂商|平台|企业|公司|品牌|玩家|巨头)之间的?(?:价格战|补贴战|竞争|大战|混战)"
                         r"|^[^，。；]{0,10}?(?:价格战|补贴战|价格大战|补贴大战)(?:越来越|愈发|愈演愈烈|再度|正在|持续|全面|进一步|升级|"
                         r"白热化|打响)")  # 今年茶饮价格战越来越狠。A…，B跟进…: the sides the next sentence names
LANDSCAPE = re.compile(r"(?:行业|市场|竞争)的?格局(?:正在|已经|已|正|也)?(?:发生)?(?:变化|生变|改变|重塑|洗牌|松动|重构)")
LAGGING = re.compile(r"(?:明显|已经|已|正在|逐渐|大幅)?(?:落后|掉队)(?![于了])")
ALSO_VYING = re.compile(r"(?:也|同样|亦)(?:都)?(?:在|正在)?(?:争夺|抢夺|争抢|竞争|角逐|加入(?:了)?(?:这场|战局|竞争))"
                        r"|(?:它们|两家|二者|两者|双方)(?:还|也|都|同时)*(?:要|需要|将|得)?(?:面对|面临|迎战)")  # 它们还要面对A和B的挑战


def without_restated(pairs: Iterable[tuple[str, str]], owner_of: dict[str, str], text: str,
                     found: set[frozenset]) -> list[tuple[str, str]]:
    """The pairs without those that restate another (found before or here) with a product written as its
    owner's (蒙牛与伊利的竞争; 伊利旗下金典与蒙牛的特仑苏、纯甄竞争: the companies are the sides)."""
    pairs = list(pairs)
    kept = found | {frozenset(p) for p in pairs}

    def restated(a: str, b: str) -> bool:
        if "的" not in text or b not in text:
            return False  # the cheap test first: no product written as someone's
        owners = {owner_of[b]} if b in owner_of else {c for pair in kept if a in pair for c in pair if c not in (a, b)}
        return any(frozenset((a, owner)) in kept and any(listed_as_whose(text, name, b) for name in (owner, *names_of_org(owner)))
                   for owner in owners)
    return [(a, b) for a, b in pairs if not restated(a, b) and not restated(b, a)]


def listed_as_whose(text: str, owner: str, item: str) -> bool:
    """Whether the item is written in a list after 'owner的' (蒙牛的特仑苏、纯甄; not 周大福的传福系列、老凤祥, a company)."""
    if item in org_alias_index():
        return False
    at = text.find(owner + "的")
    while at >= 0:
        listed = re.split(r"[，。；与和]", text[at + len(owner) + 1:at + len(owner) + 80], maxsplit=1)[0].split("、")
        if any(entry.lstrip("《“「\"").startswith(item) for entry in listed[:5]):  # 腾讯的《王者荣耀》
            return True
        at = text.find(owner + "的", at + 1)
    return False


def written_at(text: str, name: str) -> int:
    """Where a side is first written in the text (under any of its names), -1 when it is not."""
    found = [at for n in (name, *names_of_org(name)) for at in [text.find(n)] if at >= 0]
    return min(found, default=-1)


TARGETS = re.compile(r"直指|对标|剑指|叫板|硬刚|挑战")


def targeted_pairs(text: str, named: Sequence[str], owner_of: dict[str, str]) -> list[tuple[str, str]]:
    """X的效能直指A与B: X, named last before the verb (a product of its own too, its maker named elsewhere in the
    sentence), against each side named after it in the clause."""
    m = TARGETS.search(text)
    if m is None:
        return []
    end = re.search(r"[，。；]|$", text[m.end():]).start() + m.end()
    sides = [*named, *(p for p in owner_of if p in text and p not in named and is_own_brand(p))]
    clause_start = max(text.rfind(c, 0, m.start()) for c in "，。；") + 1
    after = [n for _, n in sorted((at, n) for n in sides for at in [written_at(text[m.end():end], n)] if at >= 0)]
    said = max((s.end() for s in SPEECH_VERB.finditer(text, 0, m.start())), default=0)
    before = sides_written_in(text[clause_start:m.start()], sides) or sides_written_in(text[said:m.start()], sides)
    # 大疆推出Osmo 360，正面挑战影石的Insta360 X5: a clause without its subject takes the sentence's last side
    return [(before[-1], b) for b in after if b != before[-1]] if before and after else []


SPEECH_VERB = re.compile(r"表示|认为|指出|透露|介绍|[称说][，,：:]")  # 李斌表示，萤火虫…对标MINI: the speaker's company is no side


def sides_written_in(text: str, sides: Sequence[str]) -> list[str]:
    """The sides a text names, in the order it names them."""
    return [n for _, n in sorted((at, n) for n in sides for at in [written_at(text, n)] if at >= 0)]


MAKER_AFTER = re.compile(r"(?:推出|发布|打造|旗下)的?")


def respective_pairs(text: str, named: Sequence[str]) -> list[tuple[str, str]]:
    """A与B，分别与C、D竞争: the first before 分别 against the first after it, and so on."""
    cut = text.find("分别与")
    if cut < 0:
        return []
    placed = sorted((at, n) for n in named for at in [written_at(text, n)] if at >= 0)
    placed = [(at, n) for at, n in placed if not MAKER_AFTER.match(text, at + len(n))]  # 深蓝汽车推出的…: the maker
    before = [n for at, n in placed if at < cut]
    after = [n for at, n in placed if at > cut]
    return list(zip(before, after)) if len(before) == len(after) >= 2 else []


def ordered_sides(text: str, by_name: OrgIndex, companies: set[str], owner_of: dict[str, str],
                  main: str | None) -> list[str]:
    """The sides a sentence with a rivalry cue names, the one set against the others first (the article's company
    against a list of rivals, the one after 与…竞争, the one outside the list)."""
    named = rival_names(text, by_name, companies, owner_of)
    items = [n for n in listed_rivals(text) if n not in named and not any(len(m) >= 2 and n.endswith(m) for m in named)]
    named = [n for n in named if not any(it.startswith(n) and len(it) > len(n) and n not in companies
                                         or line_of(it, owner_of) in (n, *names_of_org(n))
                                         or names_a_brand_of_known_org(it) and it.startswith(names_of_org(n))
                                         or owner_of.get(it) == n and f"{n}的{it}" in text for it in items)]
    # 哈弗 of 哈弗猛龙: the model listed is the side, not the brand it begins with; 伊利 of 伊利金领冠; 周大福 of 周大福的传福
    written = [by_name.surface.get(n) or (n if is_own_brand(n) else side_of(n, owner_of)) for n in items]
    listed = [n for n in dict.fromkeys(written) if n and n not in named]  # 比亚迪宋PLUS beside 宋PLUS, 百度网盘 named as a
    # product: the same side
    against = re.search(r"[^，。；]{1,12}?(?:与|和|同|跟)(?=[^，。；]*(?:竞争|对手|价格战|较量))", text)
    unnamed_subject = against and named and all(written_at(text, n) >= against.end() for n in named if written_at(text, n) >= 0) \
        and main not in named and not any(a in against.group(0) for o in organizations_in(against.group(0)) for a in names_of_org(o))
    others = OTHER_PLAYERS.search(text) if "还" in text or "也有" in text else None  # 赛道的玩家还有A、B等: besides the article's
    others = others or (TAKING_AWAY.search(text) if "走" in text or "分流" in text else None)  # A、B正在分走用户的时间: the
    # article's company loses them
    also = ALSO_PLAYERS.search(text) if main and named and main not in named and INDUSTRY_CONTEST.search(text) else None
    others = others or also  # 此外，A、B也在加速开店，…的竞争正日趋激烈: players besides the article's company
    if main and named and main not in named and CONTRASTED_WITH_MAIN.match(text):
        named = [main, *named]  # 相比之下，A…，B…: each against the article's company, not each other
    leader = LED_THE_CUT.search(text) if "率先" in text and "跟进" in text else None
    first = next((n for n in named if leader and any(a in leader.group("a") for a in standing_for(n, owner_of))), None)
    if first:
        named = [first, *(n for n in named if n != first)]  # A率先降价，B、C随即跟进: the leader against each follower
    whose = OPPONENTS_OF.search(text) if "对手" in text else None
    if whose and not re.search(r"(?:公司|集团|我们|我司|本公司|其)$", whose.group("whose")) \
            and not any(a in whose.group("whose") for n in named for a in standing_for(n, owner_of)):
        return []  # 李国庆的对手既有A，也有B: the rivals of someone no side, not of each other
    squeeze = SQUEEZED.search(text) if main and named and main not in named and re.search("夹击|围剿|围攻|挤压", text) else None
    others = others or (squeeze if squeeze and all(written_at(text, n) < squeeze.end() for n in named) else None)  # 在A和B
    # 的左右夹击下，这个位置…: the article's company, unnamed, squeezed by each
    contest = INDUSTRY_CONTEST.search(text) if "竞争" in text and main and named and main not in named \
        and not any(owner_of.get(n) == main for n in named) else None
    others = others or (contest if contest and all(written_at(text, n) > contest.start() for n in named) else None)  # 人形机器人
    # 赛道竞争激烈，A…领先，B则…: the article's company against each
    if main and ((listed and not named) or ((written or named) and (FIRST_PERSON_SIDE.search(text) or others)) or unnamed_subject):
        # 统一与康师傅、今麦郎的竞争, 统一 no name of the article's: its company against the others
        named = [main, *(n for n in named if n != main)]  # 在线教育业务与好未来、作业帮的竞争, 我们和英伟达正面竞争
    named = list(dict.fromkeys(named + listed))
    differs = DIFFERENCE.search(text) if "的" in text else None
    differing = next((n for n in named if differs and any(a in differs.group("a") for a in (n, *names_of_org(n)))), None)
    if differing:
        named = [differing, *(n for n in named if n != differing)]  # A、B都在做急送，C的差异在哪: C against each
    facing = FACING.search(text) if "面" in text or "遭遇" in text or "迎战" in text else None
    facer = next((n for n in named if facing and any(a in facing.group("a") for a in (n, *names_of_org(n)))), None)
    if facer:
        named = [facer, *(n for n in named if n != facer)]  # 优刻得面对阿里云、火山引擎等大厂的竞争: the one who faces them
    last = side_written_in(named, AGAINST_LAST.search(text)) or side_written_in(named, AGAINST_AFTER_LIST.search(text)) \
        or side_written_in(named, BOTH_BEHIND.search(text) if "差距" in text else None) \
        or side_written_in(named, RIVAL_OF.search(text) if "是" in text else None)
    if last and len(named) >= 3:
        named = [last, *(n for n in named if n != last)]  # A旗下P、B的Q…，与C展开竞争; P和Q是C的竞品: C against each
    elif len(named) >= 3 and (outsider := outside_the_list(text, named, owner_of)):
        named = [outsider, *(n for n in named if n != outsider)]  # A、B等都在追赶，C的优势…: C against each
    named = [n for n in named if not only_after_the_rivalry(text, n)]  # …之间的竞争正在加剧，而英伟达仍占据主导
    sources = [m.group("name") for m in CITED.finditer(text)] + [m.group("name") for m in SOURCE_SHOWS.finditer(text)] \
        if "据" in text or "显示" in text or "表明" in text else []
    named = [n for n in named if not sources or not only_written_in(text, n, sources)]  # 据Dell'Oro Group统计, 洛图科技数据显示:
    # who counted, no side
    venues = [m.group("list") for m in VENUE.finditer(text)] if "在" in text else []
    named = [n for n in named if not venues or not only_written_in(text, n, venues)]  # 在天猫和京东的销售额: where they sell
    prize = PRIZE.search(text) if "的" in text else None
    named = [n for n in named if not (prize and any(a in prize.group("whose") for a in standing_for(n, owner_of)))]  # 竞争辉达的订单:
    # the customer is what they vie for, no side
    if "旗下" in text:  # 阿里巴巴旗下饿了么: 饿了么 is the side
        named = [n for n in named if not any(re.search(rf"{re.escape(a)}旗下的?{re.escape(o)}|{re.escape(o)}(?:是|为)"
                                                       rf"{re.escape(a)}旗下", text)
                                             for a in {n, *names_of_org(n)} for o in named
                                             if o != n and (o in companies or n not in companies))]  # 微信旗下的视频号;
        # 萤石是海康威视旗下的品牌，与小米竞争: 萤石 is the side
    parents = [n for n in named if any(PARENT_OF.match(text, m.end()) for a in {n, *names_of_org(n)}
                                       for m in re.finditer(re.escape(a), text))]  # A是B控股的子公司，与C竞争: B is no side
    return [n for n in named if n not in parents] if len(named) - len(parents) >= 2 else named


LED_THE_CUT = re.compile(r"(?P<a>[^，。；]{2,12}?)率先(?:降价|涨价|调价)")
CONTRASTED_WITH_MAIN = re.compile(r"(?:相比之下|相较之下|与之相比|相比而言)[，,]")
OPPONENTS_OF = re.compile(r"(?P<whose>[^，。；]{2,12}?)的(?:主要|最大|直接)?(?:竞争)?对手(?:既有|包括|主要有|有)")
SQUEEZED = re.compile(r"(?:^|[，,])(?:但|而|可)?(?:在|面对|面临|遭遇)(?:来自)?[^，。；]{2,30}?的(?:左右|双重|联手|前后)?"
                      r"(?:夹击|围剿|围攻|挤压)(?:下|之下|中)?")
TAKING_AWAY = re.compile(r"(?:分走|抢走|分流)了?(?:用户|消费者|流量|客户)")
OTHER_PLAYERS = re.compile(r"(?:玩家|对手|竞争者|参与者|竞品)(?:还有|还包括|也有)")
DIFFERENCE = re.compile(r"(?:^|[，,：:])(?P<a>[^，。；？?]{2,10}?)的(?:差异|区别|不同|机会)在哪")
PRIZE = re.compile(r"(?:竞争|争夺|抢夺|争抢|竞逐|抢食|抢攻|抢)(?P<whose>[^，。；]{2,16}?)的?[\u4e00-\u9fff]{0,4}?(?:订单|合同|大单|项目|采购)")
# 竞争辉达的订单, 抢苹果AirPods订单, 争抢新一代AirPods Pro的组装订单
SOURCE_SHOWS = re.compile(r"(?:^|(?<=[，。；：]))(?P<name>[\u4e00-\u9fffA-Za-z' .&-]{2,16}?)(?:最新)?(?:的)?(?:数据|报告|统计)(?:显示|表明|称)")
# 洛图科技数据显示 (据…统计 is entities.CITED)
VENUE = re.compile(r"在(?P<list>[^，。；在]{2,16}?)(?:平台)?(?:上|的(?:销售|销量|渠道|店铺|旗舰店|直播间|份额|增速)|渠道)")


def only_written_in(text: str, name: str, spans: Sequence[str]) -> bool:
    """Whether a side is written only inside the spans (a place things are sold, 在天猫和京东的销售额; who counted,
    据…统计): no side."""
    written = sum(text.count(a) for a in {name, *names_of_org(name)} if a)
    return written > 0 and written == sum(v.count(a) for v in spans for a in {name, *names_of_org(name)} if a)


FACING = re.compile(r"(?P<a>[^，。；]{2,16}?)(?:正|也|将|仍)?(?:面对|面临|遭遇|迎战)(?:着|来自)?[^，。；]{2,30}?(?:竞争|挑战|围剿|夹击|对手|分流|冲击|蚕食)")


def side_written_in(named: Sequence[str], match: re.Match | None) -> str | None:
    """The longest side whose name a match's group b writes (与C展开竞争, 是C的竞品: C; iPhone 15 rather than iPhone)."""
    return max((n for n in named if match and any(a in match.group("b") for a in names_of_org(n))), key=len, default=None)


PARENT_OF = re.compile(r"(?:全资|绝对)?(?:控股|持股)?的(?:全资|控股)?(?:子公司|孙公司|附属公司)")


def line_of(item: str, owner_of: dict[str, str] | None = None) -> str | None:
    """The known company whose name begins an item followed by a common word (顺丰 of 顺丰快运, 一汽 of 一汽大众): the
    item is a side of its own, unlike a model written after its maker (丰田埃尔法, 奔驰smart)."""
    company = known_org_prefix(item)
    rest = item[len(company):] if company else ""
    return company if rest and is_side_shaped(item) and item not in (owner_of or {}) and not rest.isascii() \
        and not is_unfamiliar(rest) and is_noun(rest) else None


def rival_combinations(text: str, named: Sequence[str], owner_of: dict[str, str],
                       title_list: re.Match | None) -> Iterator[tuple[str, str]]:
    """The pairs of rivals among the sides: each pair of a list whose members vie among themselves (百度、阿里、
    字节跳动之间), else the first side against each other one (A与B、C竞争)."""
    among = MUTUAL_LIST.search(text) or MUTUAL_COUNTED.search(text) or title_list
    among = among if among and text[among.start() - 1:among.start()] not in ("与", "和", "同", "跟") else None
    items = re.split(r"[、和与及]", among.group("list")) if among else []
    mutual = [n for n in named if among and (any(a in among.group("list") for a in standing_for(n, owner_of))
                                             or any(len(it) >= 2 and (n.startswith(it) or len(n) >= 3 and it.startswith(n[:2]))
                                                    for it in items))]  # 峰飞 for 峰飞航空; 华夏谁的… for 华夏航空
    if len(mutual) >= 3:
        return itertools.combinations(mutual, 2)
    cross = TWO_LISTS.search(text) if len(named) >= 4 else None
    if cross:
        left = [n for n in named if any(a in cross.group("left") for a in standing_for(n, owner_of))]
        right = [n for n in named if n not in left and any(a in cross.group("right") for a in standing_for(n, owner_of))]
        if len(left) >= 2 and len(right) >= 2:
            return itertools.product(left, right)  # A的P和Q与B的R、S正面竞争: each of one list against each of the other
    if len(named) >= 3 and re.search(r"彼此|相互|互相|互为|行业(?:的|内的?)?(?:价格战|补贴战|内卷|混战)", text):
        return itertools.combinations(named, 2)  # A与B、C、D并称…，彼此竞争激烈; A、B和C…，光伏行业的价格战: each against each
    if len(named) == 3 and re.search(r"(?:和|与|、)[^，。；]{2,12}?都(?:在|要|想)?(?:抢|争|做|布局|发力)", text):
        return itertools.combinations(named, 2)  # A和B都在抢即时零售，C的优势在哪: all three vie
    if len(named) == 3 and side_written_in(named, BOTH_AGAINST.search(text) if "两" in text or "双方" in text else None):
        return itertools.combinations(named, 2)  # A与B的差距在拉大，但两家都在和C抢订单: A and B vie, each with C
    return ((named[0], n) for n in named[1:])


TWO_LISTS = re.compile(r"(?P<left>[^，。；与跟同]{2,30}?(?:和|、|及)[^，。；与跟同]{2,20}?)(?:与|跟|同)"
                       r"(?P<right>[^，。；]{2,30}?(?:和|、|及)[^，。；]{2,20}?)(?:在[^，。；]{1,10})?(?:正面|直接|激烈)?(?:竞争|交锋|抗衡|较量)")
BOTH_BEHIND = re.compile(r"(?:两家|两者|二者|双方)(?:都|均|也)?(?:与|和|跟|同)(?P<b>[^，。；、]{2,12}?)的差距")  # A…，B…，两家与C的差距: C
# against each
BOTH_AGAINST = re.compile(r"(?:两家|两者|二者|双方)(?:都|均|也)(?:在)?(?:和|与|跟|同)(?P<b>[^，。；、]{2,12}?)(?:抢|争|竞争|争夺)")


def standing_for(name: str, owner_of: dict[str, str]) -> tuple[str, ...]:
    """The names that stand for a side in a sentence: its own, its aliases and its products (清泉 for its owner)."""
    return (*names_of_org(name), name, *(p for p, o in owner_of.items() if o == name))


AGAINST_LAST = re.compile(r"[，,](?:并|也|还|正|正在|将|均|都)?(?:与|和|同|跟)(?P<b>[^，。；、与和及]{2,12}?)"
                          r"(?:展开|进行|形成)?(?:正面|直接|激烈)?(?:竞争|竞逐|角逐|抗衡|较量|对决|争夺)")
AGAINST_AFTER_LIST = re.compile(r"(?:和|与|、)[^，。；]{2,16}?(?:正在|都在|均在|也在|正|都|均|在[^，。；与和、]{1,10}?[上中里])"
                                r"[^，。；与和、]{0,8}?(?:与|同|跟)(?P<b>[^，。；、与和的]{2,12}?)(?:展开|进行|形成)?(?:正面|直接|激烈)?"
                                r"(?:竞争|竞逐|角逐|抗衡|较量|对决|争夺|交锋|分庭抗礼)")  # A和B正在中端价位与C展开正面交锋: C against each
RIVAL_OF = re.compile(r"是(?P<b>[^，。；]{2,20}?)的(?:主要|直接|最大|最强)?(?:竞品|竞争对手|对手)")
FIRST_PERSON_SIDE = re.compile(r"(?:我们|我司|本公司|你们)(?:不|并不|也|会|要|将|没有|不会|更多是在|主要是在|一直在|正在|还在)?(?:和|与|同|跟|[^，。；]{0,12}?(?:面对|面临|遭遇|迎战))"
                               r"|(?:和|与|同|跟)(?:我们|你们|我司)"  # X的规模跟我们差不多: the speaker's company against X
                               r"|(?:^|[，：:？?])(?:和|与|同|跟)[^，。；]{2,12}?(?:相)?比[，,]?(?:我们|你们|差距)"  # 跟华为比，我们…;
                               # 跟华为、小米相比，差距在哪 (not A和B相比: both sides named)
                               r"|(?:我们|你们)[^，。；]{0,8}?排(?:名)?第[二三四五六七八九十]"  # 我们在国内排第四，前面是A、B和C
                               r"|^[^，。；]{2,40}?(?:都|均)是(?:很|非常|最)?(?:强|强劲|强大|有力|主要|直接)?的?(?:竞争)?对手"  # A和B都是很强的
                               # 对手: the speaker's company against each
                               r"|你(?:们)?(?:怎么|如何)看(?:待)?[^，。；？?]{0,6}(?:竞争|对手)|你(?:们)?(?:怎么|如何|打算怎么)应对"
                               r"|^(?:公司|集团)的(?:主要)?(?:竞争)?对手"  # 公司的主要对手包括X和Y: the article's company's
                               r"|(?:相比|相较|比起来)[，,]?(?:我们|你们|我司)"  # 和X相比，你们的优势: the interviewee's
                               r"|(?:^|[，,])面对[^，。；]{2,30}?的?(?:竞争|挑战|夹击|围攻)[，,](?:公司|集团|我们)")  # 面对A和B的竞争，公司…
COMPARED = re.compile(r"(?:与|和|同|跟|相比|相较于?)(?P<list>[^，。；]{2,50}?)(?:相比|相较|比起来)[，,]?(?P<rest>[^。；]+)")


def outside_the_list(text: str, named: Sequence[str], owner_of: dict[str, str]) -> str | None:
    """The one side a sentence names outside its 、 list of the others (月之暗面、MiniMax等都在追赶，智谱…), if any."""
    for items in enumeration_items(text):
        listed = "、".join(items)
        inside = [n for n in named if any(a in listed for a in standing_for(n, owner_of))]
        if len(inside) >= 2 and len(named) - len(inside) == 1:
            return next(n for n in named if n not in inside)
    return None


def one_family(a: str, b: str) -> bool:
    """Whether two sides are one well-known company and a part named after it (华为 and 华为海思)."""
    return (a.startswith(b) or b.startswith(a)) and bool(known_org_prefix(a) or known_org_prefix(b)) \
        and (canonical_org(a) == canonical_org(b) or a in org_alias_index() or b in org_alias_index())


def side_of(name: str, owner_of: dict[str, str]) -> str:
    """The company a rival name stands for: a product's owner, an offshoot's company, else the name."""
    known = product_alias_index().get(name)
    offshoot = offshoot_of_known_org(name)
    return owner_of.get(name) or (known.owner if known else None) or canonical_org(offshoot or name)


def rival_names(text: str, by_name: OrgIndex, companies: set[str], owner_of: dict[str, str]) -> list[str]:
    """The sides a sentence can set against each other, in order: companies, a known company's offshoot
    as written (阿里云, 华为云), and the article's products whose owner the sentence does not name (抖音
    stands for itself; 百亿补贴 beside 拼多多 does not). After 与A、B相比，C…, C comes first."""
    found = [(start, name) for start, name in by_name.find(text) if name in companies]
    written = [p for p in owner_of if p in text]
    inside = {k for p in written for at in [text.find(p)] for k in range(at, at + len(p))}
    product_level = len(written) >= 2 and any(p not in companies and is_own_brand(p) for p in written) \
        and not any(start not in inside for start, _ in found) \
        and not any(start not in inside and name in companies for _, name, start in known_org_mentions(text))
    # 迅雷云盘与百度网盘、阿里云盘竞争: products against products, each a side, when no company is named apart
    models = {k for product, owner in owner_of.items() for at in [text.find(product)]
              if at >= 0 and (not product.isascii() and TRAILING_CODE.search(product)
                              or product.startswith((*names_of_org(owner), *(by_name[owner].aliases if owner in by_name else ()))) and (is_own_brand(product) or product_level))
              for k in range(at, at + len(product))}
    coined = {at for at, surface in by_name.matcher.finditer(text) if (prefix := known_org_prefix(surface))
              and (is_unfamiliar(surface[len(prefix):]) or by_name.surface[surface] in companies
                   and surface[len(prefix):].endswith(INDUSTRY_TAILS))}  # 小鹏汇天: a company named after another, by a
    # coined word; 创维光伏, one by its industry
    for surface, name, start in known_org_mentions(text):
        if start in models or start in coined:
            continue  # 小米 inside 小米SU7, 百度 inside 百度智能云, 小鹏 inside 小鹏汇天: the longer name is the side
        offshoot = next((surface + t for t in BUSINESS_LINES if text.startswith(t, start + len(surface))
                         and offshoot_of_known_org(surface + t)), None)
        if offshoot or name in companies:
            found.append((start, offshoot or name))
    found = [(start, name) for start, name in found if start not in models]  # 迅雷 inside 迅雷云盘: the product is the side
    named_owners = {name for _, name in found}
    possessed = set()
    juxtaposed: dict[str, str] = {}
    for product, owner in owner_of.items():
        start = written_at_code(text, product)
        if start >= 0 and any(p != product and p.startswith(product) and text.startswith(p, start) for p in owner_of) \
                and (start in models or text.count(product) == sum(text.count(p) for p in owner_of if p != product and p.startswith(product))):
            continue  # 红旗 inside 红旗HQ9, 淘宝 only inside 淘宝闪购: the longer product is the side
        if start >= 0 and product not in named_owners:
            branded = is_own_brand(product) or product_level  # 美团打车 stands for 美团, 抖音 for itself; beside
            # 阿里云盘, 百度网盘 is a product too
            preceding = text[:start].rstrip().rstrip("《“「\"")  # 网易的《无限大》: the marks are no word between
            owned_here = preceding.endswith(tuple(f"{a}{link}" for a in {owner, *names_of_org(owner)} for link in ("的", ""))) \
                or bool(re.search(rf"(?:{'|'.join(map(re.escape, {owner, *names_of_org(owner)}))})[^，。；、和与旗]{{0,8}}的$",
                                  preceding)) \
                or bool(re.search(rf"(?:{'|'.join(map(re.escape, {owner, *names_of_org(owner)}))})旗下的?[\u4e00-\u9fff]{{0,6}}"
                                  r"(?:平台|品牌|应用|App|APP)$", preceding)) and bool(FACES.match(text, start + len(product))) \
                or bool(PARENT_COMPANY.match(text, start + len(product))) \
                and PARENT_COMPANY.match(text, start + len(product)).group("owner").startswith((owner, *names_of_org(owner)))
            # 百度的文心一言, 智谱最新发布的GLM-4; 拼多多旗下跨境电商平台Temu面临…: the product faces its rivals itself;
            # Manus母公司蝴蝶效应…对标OpenAI Operator: the product its parent is named after
            if branded and owned_here:
                possessed.add(owner)  # 百度的文心一言: the product is the side, its owner only says whose
                if text[:start].endswith(tuple(names_of_org(owner))) and owner in companies:
                    juxtaposed[product] = owner
            if not branded or owner not in named_owners or owned_here:
                found.append((start, product if branded else owner))
    for m in matches(MADE_BY, text, "打造的", "开发的", "研发的"):
        if m.group("name") in owner_of or any(name == m.group("name") for _, name in found):  # 江淮与华为合作打造的尊界S800…
            possessed |= {n for _, n in found if n != m.group("name") and any(a in m.group("owner") for a in {n, *names_of_org(n)})}
            if all(name != m.group("name") for _, name in found):  # …与迈巴赫S级竞争: the model is the side, its makers are not
                found.append((m.start("name"), m.group("name")))
    for m in matches(MADE_BY_WHOM, text, "推出的", "打造的", "开发的", "研发的", "发布的"):
        if m.group("name") in owner_of:  # 领克900是领克和极氪整合之后推出的…，比问界M8便宜: its makers are no sides
            possessed |= {n for _, n in found if n != m.group("name") and any(a in m.group("makers") for a in {n, *names_of_org(n)})}
    for m in matches(JOINTLY_MADE, text, "一起", "联合", "共同", "合作"):
        if m.group("name") in owner_of or any(name == m.group("name") for _, name in found):  # 问界M9是华为和赛力斯一起做的…
            # 比理想L9贵: the model is the side, its makers are not
            possessed |= {n for _, n in found if any(a in (m.group("a"), m.group("b")) for a in {n, *names_of_org(n)})}
            if all(name != m.group("name") for _, name in found):
                found.append((m.start("name"), m.group("name")))
    found = [(start, name) for start, name in found if name not in possessed]
    bare = [name for _, name in found if name in companies and name not in juxtaposed]
    if juxtaposed and len(found) >= 2 and all(name in juxtaposed or name in companies for _, name in found) \
            and (len(juxtaposed) == 1 and len(found) == 2 and re.search(r"[，,；;]", text[min(found)[0]:max(found)[0]])
                 or all(p.isascii() for p in juxtaposed) and (  # a Latin model after its maker (光阳Ionex), not 华为昇腾
                     len(juxtaposed) == 1 and re.search(r"等[\u4e00-\u9fff]{0,6}(?:厂|厂商|公司|企业|车企)", text)
                     or bare and "、" in text and not re.search(r"[，,；;]", text[min(found)[0]:max(found)[0]]))) \
            and "旗下" not in text:
        found = [(start, juxtaposed.get(name, name)) for start, name in found]  # 速腾聚创推出…，禾赛ATX降价应战: a company
        # against a company, the other named with its model; 受到光阳Ionex与三阳等传统机车厂的夹击: a list of companies;
        # 九号Navimow、追觅、科沃斯GOAT三款实测: a list that names a company bare, so all at that level
    m = COMPARED.search(text)
    subject = next((name for start, name in sorted(found) if m and start >= m.start("rest")), None)
    names = list(dict.fromkeys(name for _, name in sorted(found)))
    return [subject, *(n for n in names if n != subject)] if subject else names


FACES = re.compile(r"(?:正|也|则|仍|将)?(?:面临|面对|遭遇|迎战|对标|挑战|与|和|同|跟)")


def written_at_code(text: str, product: str) -> int:
    """Where a product is written, or its model code alone (HQ9 of 红旗HQ9) when the sentence writes only that; -1."""
    at = text.find(product)
    code = re.search(r"(?<=[\u4e00-\u9fff])[A-Z][A-Za-z]{0,3}\d{1,4}[A-Za-z]?$", product) if at < 0 else None
    brand = product[:-len(code.group(0))] if code else ""
    found = re.search(rf"(?<![A-Za-z0-9])(?<!{re.escape(brand)}){re.escape(code.group(0))}(?![A-Za-z0-9])", text) if code else None
    return found.start() if found else at


@functools.lru_cache(maxsize=4096)
def is_own_brand(product: str) -> bool:
    """A product with a name of its own (抖音, 微信), not one that begins with another known name (美团打车,
    高德打车)."""
    own = product_alias_index().get(product)
    prefixes = (*org_name_prefixes(), *(a for a, known in product_alias_index().items()
                                        if len(a) >= 2 and a != product and known is not own))  # 拍拍 of 拍拍网 is its own
    prefix = next((p for p in prefixes if product.startswith(p)), None)
    return prefix is None or product[len(prefix):] not in ORG_PRODUCT_TAILS  # 讯飞星火 is a brand


RIVAL_TAIL = re.compile(r"(?:之间)?的(?:激烈|正面|直接|价格)?竞争|(?<=[市场领域])竞争(?=[，。；,;]|$)|等(?:竞争)?对手|等竞品|等玩家|竞争(?:激烈|加剧|白热化)|(?:展开|进行)(?:正面|直接|激烈)?(?:竞争|交锋|对决)|(?:同台|同场)竞争|(?:形成|构成)(?:直接|正面)?竞争|(?:正面|直接|激烈)(?:竞争|交锋|对决)")


RIVALS_NAMED_BEFORE = re.compile(r"(?:面对的?是|面对|面临|遭遇|迎战|怎么看待?|如何看待?)(?P<list>[^，。；]{2,30}?)(?:这样|这类|之类|等|这些|这几家)的?"
                                 r"(?:强大|强劲|主要|直接|有力)?的?(?:竞争)?(?:对手|新进入者|竞争者|挑战者)")
RIVALS_NAMED_AFTER = re.compile(r"(?:竞争对手|对手|竞品)(?:主要)?(?:是|为|包括|有)(?P<list>[^，。；？?！!：:]{2,40})")  # not 对手是谁？
PAIR_RIVALRY = re.compile(r"(?:与|和|跟|同)(?P<b>[\u4e00-\u9fffA-Za-z0-9]{2,6}?)(?:之间)?的[^，。；、]{0,10}?"
                          r"(?:价格战|补贴战|补贴大战|大战|之争|竞争|对决|较量|战争)")


def without_maker(name: str) -> str:
    """A well-known product written with its maker's name in front (百度文心一言): the product's name."""
    prefix = known_org_prefix(name)
    rest = name[len(prefix):] if prefix else ""
    return rest if rest in product_alias_index() and product_alias_index()[rest].owner == canonical_org(prefix) else name


STANDING_TOGETHER = r"[两三四五]强鼎立|三足鼎立|鼎立|争霸"  # 与A、B三强鼎立: the leaders of a market
VYING = re.compile(rf"竞争|拼价格|比价格|打价格战|{STANDING_TOGETHER}|比谁[^，。；]{{1,6}}|[两三四五]强(?:格局|角力)|角力|同(?:场|台)竞(?:技|争)"
                   r"|是前[二三四五]名?")  # 与A、B同场竞技; 创维光伏与正泰安能、天合富家是前三名
LIST_VYING = re.compile(r"(?:与|跟|同)(?P<list>[^，。；与跟、和]{2,12}(?:[、和][^，。；与跟、和]{2,8})+)(?:等)?(?:形成|展开|构成)?(?:直接|激烈|正面)?"
                        rf"(?:{VYING.pattern})(?=[，。；,;\s]|$)")  # 与A、B竞争, 不跟A、B拼价格, 不跟A、B比谁卖得多, 与A、B形成三强格局


QUESTION_WORD = re.compile(r"谁|哪|什么|怎么|如何")


def is_side_shaped(item: str) -> bool:
    """Whether a listed item can name a side: two to eight characters, no stopword, no character no name has."""
    return 2 <= len(item) <= 8 and item not in stopwords() and not NOT_IN_ORG_NAME & set(item) and not QUESTION_WORD.search(item)


def without_predicate(item: str) -> str:
    """The last item of a list less the predicate that begins after it (娃哈哈三家企业之间, 海光信息正展开激烈竞争,
    戴尔保持激烈竞争)."""
    item = COUNTED_KIND.sub("", LIST_END_PLACE.sub("", item))
    return re.sub(r"(?<=.{2})(?:(?:保持|维持|存在|有着)?(?:激烈|直接|正面)|正|将|也|都|均|已|还)$", "", item)


def listed_rivals(text: str) -> list[str]:
    """Names listed right before a rivalry word (与好未来、作业帮的竞争; 同程旅游、途牛等对手), read back
    from the word while the items look like names, and the other side of a named war (瑞幸与库迪的价格战)."""
    names = [m.group("b") for m in PAIR_RIVALRY.finditer(text)
             if not NOT_IN_ORG_NAME & set(m.group("b")) and m.group("b") not in stopwords()
             and (m.group("b") in org_alias_index() or is_unfamiliar(m.group("b")) and len(segment(m.group("b"))) == 1)]
    # 主要对手是古茗和茶百道, 面对的是GoPro和大疆这样的强大对手
    for m in itertools.chain(RIVALS_NAMED_AFTER.finditer(text), RIVALS_NAMED_BEFORE.finditer(text)):
        items = re.split(r"[、]|(?<=[\u4e00-\u9fffA-Za-z0-9])[和与及](?=[\u4e00-\u9fffA-Za-z0-9])", m.group("list"))
        items = [re.sub(r"等.*$", "", it) for it in items]
        if items and all(is_side_shaped(it) for it in items):
            names += items
    for m in LIST_VYING.finditer(text) if VYING.search(text) else ():
        items = [re.sub(r"(?<=.{2})系列$", "", re.sub(r"^[^的旗]{2,8}的(?=.{2})", "", re.sub(r"等$|旗下的?.*$", "", it)))
                 for it in re.split(r"[、]|(?<=[\u4e00-\u9fffA-Za-z0-9])[和及](?=[\u4e00-\u9fffA-Za-z0-9])", m.group("list"))]
        # 伊利旗下的金领冠: 伊利, the corpus's side; 周大福的传福系列: 传福, a product written as the company's
        items[-1] = without_predicate(items[-1])
        if all(is_side_shaped(it) for it in items):
            names += items
    for m in RIVAL_TAIL.finditer(text):
        clause = re.split(r"[，。；：,;:]", text[:m.start()])[-1]
        before = re.sub(r"(?<=.{2})(?:在|于)[^、]*$", "", clause.rsplit("与", 1)[-1]).replace("以及", "、")  # A与B、C在香港
        before = re.sub(r"(?<=.{2})[一二三四五六七八九十两\d]+家$", "", before)  # …以及C, 海信、TCL和小米三家
        items = re.split(r"[、]|(?<=[\u4e00-\u9fffA-Za-z0-9])[和与及](?=[\u4e00-\u9fffA-Za-z0-9])", before)
        items = [re.sub(r"^.*旗下的?|《[^》]*》.*$|^[\u4e00-\u9fff]{0,6}?(?:巨头|品牌|企业|厂商)(?=[A-Za-z\u4e00-\u9fff]{2,}$)", "", it)
                 for it in items]  # 名创优品旗下的TOP TOY: the brand; 网易《无限暖暖》; 当地外卖巨头iFood
        items = [re.sub(r"(?<=.{2})系列$", "", without_maker(it.split("的", 1)[1] if "的" in it and it.split("的", 1)[0]
                                                          in org_alias_index() else it))
                 for it in items]  # 字节跳动的豆包, 百度文心一言: the product; 周大福的传福系列: 传福
        if items:  # 遥望科技在直播电商领域的竞争, 联电形成直接竞争: the last item ends where its predicate begins
            items[-1] = without_predicate(items[-1])
            items[0] = re.sub(r"^.*(?:来自|面临|面对|领先于?|超过了?|落后于)", "", items[0])  # 面临来自盒马、山姆会员店等…的竞争,
            # 仍领先于圆通速递、韵达股份
        found = []
        for item in reversed(items):
            if not is_side_shaped(item):
                break
            found.insert(0, item)
        alone = len(found) == 1 and len(items) == 1 and clause.startswith(("与", "并与", "将与", "也与")) \
            and (found[0] in org_alias_index() or is_unfamiliar(found[0]))  # ，与星海智能展开竞争: the other side
        if len(found) >= 2 or (found and len(items) > len(found)) or alone:
            names += found
    return names


def partners_only(text: str) -> bool:
    """Whether a sentence with both kinds of cue is about working together: a cooperation word, no rivalry word
    after the last one (展开合作，共同应对来自特斯拉的挑战 is about a rival) and no clause that states a rivalry alone."""
    partner = [m.end() for m in PARTNER_CUES.finditer(text)]
    rival_only_clause = any(RIVAL_CUES.search(c) and not PARTNER_CUES.search(c) and RIVAL_TAIL.search(c)
                            for c in re.split(r"[，；,;]", text))  # …与广达、鸿海竞争激烈，三家均为辉达的合作伙伴
    return bool(partner) and not rival_only_clause and not any(m.start() >= partner[-1] for m in RIVAL_CUES.finditer(text))


THIS_WAR = re.compile(r"这场|这次|此次|这轮|该轮|加入[^，。；]{0,6}(?:大战|战局|竞争|价格战|补贴战)|入局|参战")
def products_written(text: str, owner_of: dict[str, str]) -> list[str]:
    """The article's products a text names, longest first and none inside another, in the order written."""
    found: list[tuple[int, str]] = []
    for name in sorted((p for p in owner_of if p in text), key=len, reverse=True):
        at = text.find(name)
        if not any(start <= at < start + len(other) for start, other in found):
            found.append((at, name))
    return [name for _, name in sorted(found)]


TWO_PRODUCTS = re.compile(r"两款[\u4e00-\u9fff]{0,10}?(?:车型|产品|车|手机|游戏|芯片|机型|饮品)[^，。；]{0,4}?(?:的差距|正面撞车|撞车|"
                          r"的竞争|对决|交锋|较量)")
BOTH_SIDES = re.compile(r"^(?:两家|双方|二者|两者|两大巨头|两强)|[，,](?:两家|双方|二者|两者)")
TITLE_AGAINST_LIST = re.compile(r"^[^与和同跟]{2,}[，,\s]?(?:与|和|同|跟)[^，。；与和、]{2,16}(?:、[^，。；与和、]{2,16})+"
                                rf"(?:正面|直接|激烈)?(?:竞争|交锋|对决|较量|抗衡|PK|争夺|争抢|抢夺|角逐|{STANDING_TOGETHER})"
                                r"|^[^遭被]{2,}(?:遭|被|遭到|受到)[^，。；、\s]{2,8}(?:、[^，。；、\s]{2,8})+(?:蚕食|围剿|夹击|围攻|抢食|狙击)")
# 非洲份额遭小米、三星蚕食: the headline's company against each
TITLE_CHASERS = re.compile(r"[，,\s][^，,\s]{2,16}(?:、[^，,\s]{2,16})+(?:紧追|紧随其后|紧跟|追赶|猛追)")  # A月活破2亿，B、C紧追: A against each
TITLE_ITEM = r"(?:[^，。；：与和、\s]|(?<=[A-Za-z0-9]) (?=[A-Za-z0-9])){2,20}"  # 小鹏MONA M03, OPPO Find X8 Ultra: a space inside a model's name
TITLE_LIST = re.compile(rf"(?P<list>{TITLE_ITEM}(?:(?:、{TITLE_ITEM}){{2,}}|、{TITLE_ITEM}(?:[和与及]|还是){TITLE_ITEM}))")
# 美团、饿了么、京东外卖补贴战; 塔斯汀、华莱士和肯德基的下沉战争
CONTRASTED_AFTER_RIVALRY = re.compile(r"(?:竞争|之争|大战|价格战|补贴战|对决|交锋|争夺|抢夺|角逐|较量)[^，；。]*[，；](?:而|但|但是|不过)")


def only_after_the_rivalry(text: str, name: str) -> bool:
    """Whether a name stands only in a clause set against the one that states the rivalry (摩尔线程与壁仞科技、沐曦
    之间的竞争正在加剧，而英伟达仍占据主导地位: 英伟达 is no side of it)."""
    contrast = list(CONTRASTED_AFTER_RIVALRY.finditer(text))
    if not contrast or RIVAL_CUES.search(text[contrast[-1].end():]):
        return False  # …竞争，而小米、OPPO也在快速追赶: the later clause is a rivalry too
    return all(text.find(a) < 0 or text.find(a) >= contrast[-1].end() for a in names_of_org(name))


MUTUAL_LIST = re.compile(r"(?P<list>[^，。；与和、]{2,12}(?:、[^，。；与和、]{2,12})+[、和与及][^，。；与和、]{2,12}?)"
                         r"(?:之间|的?[二三四五六七八九十两\d]+[家方][\u4e00-\u9fff]{0,4}?(?:均|都|纷纷|相继|的?(?:价格战|补贴战|竞争|大战|混战|厮杀|之争))"
                         r"|[二三四五六七八九十两\d]+家的[\u4e00-\u9fff]{2,6}?差距"
                         r"|(?:被视为|被称为|同属|同为|位列|并称)(?:行业|赛道|国内)?的?第一梯队"
                         r")")  # A、B和C三家的会员规模差距不大; A、B、C被视为第一梯队
# 99Food、Keeta与iFood的三方混战
# A、B和C四家企业均; 字节、阿里、百度三家大厂的价格战
MUTUAL_COUNTED = re.compile(r"[二三四五六七八九十两\d]+家[\u4e00-\u9fff]{0,6}?(?P<list>[^，。；与和、]{2,12}(?:、[^，。；与和、]{2,12})*"
                            r"[、和与及][^，。；与和、]{2,12}?)(?:正在|都在|均在|都|均|纷纷)?(?:争夺|抢夺|竞争|角逐|混战|厮杀|激战)")
# 三家电商平台Temu、TikTok Shop和SHEIN正在争夺…: the counted list vie among themselves


def rivalry_parts(text: str, names_in: Callable[[str], int]) -> list[str]:
    """The parts of a sentence to read rivals from: split at 背后, and into its clauses when two or more clauses
    each state a rivalry among names of their own (A与B之间的竞争正在传导，C、D之间的竞争也愈发激烈; not …，小米、
    OPPO也在追赶, whose rivals are the sentence's subject)."""
    parts = []
    for part in behind_parts(text):
        said = SAID_THAT.search(part)
        if said and names_in(part[said.end():]) >= 2 and RIVAL_CUES.search(part[said.end():]) \
                and names_in(part[said.end():said.end() + 8]) >= 1 and not re.search("我们|我司|本公司", part[said.end():]) \
                and not re.match(r"(?:公司|集团)(?:将|要|会|正|也|还)", part[said.end():]):  # 公司将全力与A、B争夺: the speaker's
            # not 集团面对来自A和B的竞争 nor “…我们要与华为正面竞争”: the speaker's company's
            part = part[said.end():]  # X董事长Y表示，A已是第二大品牌，仅次于B: the rivalry is what was said
        cued = [c for c in re.split(r"[，；]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", part) if c and RIVAL_CUES.search(c)]
        # a headline's halves apart: 美团闪购与京东秒送争夺即时零售 阿里淘宝闪购入局
        if len(cued) == 1 and cued[0].startswith("其中") and names_in(cued[0]) >= 2:
            parts.append(cued[0])  # A和B是主力车型，其中B主要对标C和D: the rivalry is B's
            continue
        if len(cued) == 1 and not cued[0].startswith(("与", "和", "跟", "同")) and names_in(cued[0]) >= 2 \
                and names_in(part) > names_in(cued[0]) and not re.search("也|同样|亦|都|均|其|他们|它们|两者|双方", cued[0]) \
                and re.match(r"[^，；与和跟同、]{2,16}(?:与|和)[^，；与和跟同、]{2,12}?(?:正|都|均)?(?:在)?(?:全力|加紧|加速|积极)?"
                             r"(?:抢食|争抢|抢夺|争夺|抢攻)", cued[0]):
            parts.append(cued[0])  # X开始大量出货，代工厂鸿海与广达正全力抢食订单: the two who vie, not X
            continue
        clauses = [c for c in re.split(r"[，；]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", part) if c]
        second = clauses.index(cued[1]) if len(cued) >= 2 else 0
        apart = all("之间" in c for c in cued) or any(c.startswith("其中") for c in cued[1:]) \
            or any(CONTRASTING.match(c) for c in clauses[clauses.index(cued[0]) + 1:second + 1]) \
            and not any(c.startswith(("其", "它", "他们")) or re.search("也|同样|亦", c) for c in cued)  # A与B、C形成四强格局，
        # 其中B的P是A的Q的竞品; A和B正与C正面交锋，而在高端市场，C的对手是D: each clause its own rivalry
        parts += cued if len(cued) >= 2 and apart and all(names_in(c) >= 2 for c in cued) else [part]
    return parts


SAID_THAT = re.compile(r"(?:表示|称|说|认为|指出|透露)[，,：:]")
CONTRASTING = re.compile(r"而|但|不过|与此同时|另一方面")


def behind_parts(text: str) -> list[str]:
    """A sentence split at 背后 (滴滴和快的背后的腾讯与阿里): the rivals in front and the backers behind
    are two pairs, not one group."""
    parts = [p for p in re.split(r"背后的?|身后的?", text) if p]
    return parts if len(parts) > 1 else [text]


CONTRAST = re.compile(r"(?:^|[，；：,])([\u4e00-\u9fffA-Za-z]{2,8}?)(?:的(?:优势|劣势|强项|短板|特点|打法)|是[^，。]{1,10}驱动)")


def contrast_subjects(text: str, by_name: dict[str, Organization]) -> list[str]:
    """Companies of parallel statements (X的优势是…，Y的优势是…; X是…驱动) that set them side by side."""
    names = [canonical_org(m.group(1)) for m in CONTRAST.finditer(text)]
    return [n for n in names if n in by_name or n in org_alias_index() or n in product_alias_index()]


def find_partners(doc: Document, orgs: Sequence[Organization], main_org: str | None) -> list[Relation]:
    """Partnerships: organisations named in a sentence with a cooperation cue, linked to its subject."""
    by_name = OrgIndex(orgs)
    pairs: dict[frozenset, str] = {}
    for sentence in doc.sentences:
        text = sentence.text
        if not PARTNER_CUES.search(text):
            continue
        named = [n for n in org_names_in(text, by_name) if by_name.get(n, None) is None or by_name[n].kind != "media"]
        m = AGREEMENT.search(text) or COOPERATE.search(text)
        if m:
            side_b = [n for n in named if n in org_names_in(m.group(1), by_name)]
            side_a = [n for n in named if n not in side_b and text.find(n) < m.start()]
            links = [(a, b) for a in side_a for b in side_b]
        else:
            hub = named[0] if named and named[0] == main_org else main_org
            links = [(hub, other) for other in named if hub and other != hub]
        for a, b in links:
            pairs.setdefault(frozenset((a, b)), text)
    return [Relation(*sorted(pair), "partner", ev) for pair, ev in pairs.items()]


def find_statements(doc: Document, orgs: Sequence[Organization], main_org: str | None) -> list[Statement]:
    """Sentences stating a company's strategy, positioning or strengths, grouped by the company named."""
    by_name = OrgIndex(orgs)
    out = []
    for sentence in doc.sentences:
        cue = STRATEGY_CUES.search(sentence.text)
        if not cue:
            continue
        named = [n for n in org_names_in(sentence.text, by_name) if by_name.get(n) is None
                 or by_name[n].kind == "company"] or ([main_org] if main_org else [])
        for company in named[:2]:
            out.append(Statement(company, cue.group(0), sentence.text, sentence.index))
    return out


LEXICON_CACHES += [known_maker_named, is_own_brand, company_and_kind, is_verb, companies_by_first_two]
