"""Organisational structure: business units with their parents, and roles (person, title,
organisation or unit, since, until) with the sentence each came from.

Roles are read around title words in every order the language uses:
  O2O事业部总经理吴倩 / 吴倩，O2O事业部总经理 / 阿里云总裁为王坚 / 总裁由X担任 / X出任Y总裁 /
  负责人为X (the sentence's subject is the unit) / 分别由X、Y负责 (the units just listed) /
  X、Y作为委员会成员 / 副总裁A、B (a title shared by a list).
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Iterable, Iterator, Sequence

from ..io.load import Document
from ..nlp.dates import find_dates, relative_day
from .entities import (LISTED_CODE, latin_space, BREAK_POS, COUNTRIES, INTERVIEW_OPENERS, INTERVIEW_TITLE, LEGAL_FORMS, MEDIA_TITLES, NOT_IN_ORG_NAME, ORG_SUFFIXES, POST_WORDS, RARE_FREQ, NOT_IN_NAMES,
                       Organization, OrgIndex, clause_opening, dictionary_freq, inside_title_marks, is_unfamiliar,
                       known_org_mentions, org_kind, verb_with_preposition)
from ..nlp.lexicon import (LEXICON_CACHES, REGIONS_OF_UNITS, canonical_org, known_org_prefix, names_of_org, org_alias_index,
                           org_name_prefixes, product_alias_index, stopwords, titles, unit_suffixes)
from ..nlp.mentions import Mentions, containing
from ..nlp.segment import Token, segment

UNIT_BREAK_POS = BREAK_POS | {"b", "a", "ad", "an"}
INTERPUNCTS = ("·", "・")  # 金蝶云·星空: one name in two parts
PRONOUN_CHARACTERS = set("我你您他她它们咱这那其本该此每各某何谁哪么己彼人家些少")  # 自己, 大家, 有些: pronouns
GENERIC_ORG_WORDS = {"集团", "公司", "本公司", "本行", "该行", "该公司", "这家公司", "母公司", "总公司", "企业", "本集团", "该集团"}
GENERIC_UNIT_MODIFIERS = {"全资", "控股", "合资", "独资", "新", "该", "这家", "旗下", "各", "所有", "相关", "多个",
                          "海外", "国内", "分", "子", "下属"}
GENERIC_UNIT_NAMES = {"业务板块", "业务部门", "业务单元", "职能部门", "核心部门", "相关部门", "有关部门", "监管部门", "主管部门", "政府部门", "业务线", "事业部门", "业务集团",
                      "数据中心", "资料中心", "智算中心", "算力中心", "超算中心", "计算中心"}  # places, not units
GENERIC_UNIT_WORDS = {"部门", "中心", "小组", "总部", "本部", "办公室", "委员会", "董事会", "实验室"}
APPOINT_VERBS = ("担任", "出任", "接任", "兼任", "升任", "调任", "任", "作为", "是", "为", "卸任", "辞去", "辞任", "改任", "就任",
                 "现任", "已任", "曾任", "转任", "拟任", "起任", "获任", "代行", "暂代", "委任", "任命", "聘任", "提名", "留任")
IN_CHARGE_VERBS = ("负责", "担任", "领导", "主管", "掌管", "执掌", "分管", "牵头")
BEFORE_WORDS = ("以前", "之前", "前", "为止")
SINCE_WORDS = ("起", "开始", "以来", "之后", "后", "上任", "出任", "接任", "加盟")
BARE_TAKES = r"(?<![曾现原])任(?![务期何意职])"  # 李峰任欧洲区总经理: 任 alone takes a post (not 曾任, 任务, 任期)
HELD = re.compile(r"[^，。；]{0,4}?(?:曾任|担任|出任|任职|任|执掌|掌舵|主管|负责)")
ACADEMIC_TITLES = {"教授", "副教授", "助理教授", "讲师", "博士生导师"}


def university_before(sent: Sequence[Token], i: int) -> str | None:
    """The university named in the words before token i, back to punctuation (清华大学/交叉信息研究院/助理教授)."""
    k = i - 1
    while k >= 0 and sent[k].pos != "x":
        if "大学" in sent[k].word[2:]:
            return sent[k].word[:sent[k].word.index("大学", 2) + 2]  # 清华大学计算机系 made one word: its university
        if sent[k].word == "大学" and k > 0 and sent[k - 1].pos != "x":
            return sent[k - 1].word + "大学"
        k -= 1
    return None
DATE_RANGE_WORDS = ("年", "月", "日", "至", "到", "-", "－", "~", "期间")
AFTER_CLAUSE = ("此后", "之后", "随后", "其后", "后来", "自此", "转任", "改任", "调任", "并转任", "将转任", "并将转任")
FOUNDER_TITLES = {"创始人", "联合创始人", "创办人", "联合创办人"}
TOP_TITLES = {"创始人", "联合创始人", "董事长", "董事局主席", "主席", "首席执行官", "CEO", "总裁", "总经理", "首席财务官", "CFO",
              "首席技术官", "CTO", "首席运营官", "COO", "名誉主席", "副董事长", "执行董事", "董事会主席", "总裁兼CEO",
              "执行长", "财务长", "营运长", "技术长", "策略长", "执行董事长", "联席首席执行官", "联合首席执行官", "联席CEO",
              "联合CEO", "联席总裁", "联合总裁", "执行主席", "行政总裁", "联席行政总裁"}
STAYING = re.compile(r"继续担任|继续出任|继续留任|留任|仍担任|仍将担任|仍然担任|依然担任|继续兼任|仍兼任|仍然兼任")
LEAVING = re.compile(r"不再担任|不再兼任|不再出任|卸任|离职|离任|退任|辞去|辞任|辞职|请辞|开除|引咎|退休|免去|免职|被免|卸下|离开|交棒")
TAKING = re.compile(r"将兼任|将担任|将出任|新任|接替|接任|出任|升任|调任|转任|晋升|任命|被任命|正式担任|上任|加盟|履新|接棒|兼任|就任|"
                    r"选举|当选|推选|改任|获任|聘任|聘请|委任|同志任")  # 经中共中央批准，侯启军同志任…董事长
SUCCESSOR_DESCRIBED = re.compile(r"(?:接替|接任|接棒)[^，。；]{0,3}的(?:是|为)")
PASSIVE_APPOINT = {"获", "被", "委任", "任命", "聘任", "聘请", "获委任", "获任命", "获聘", "选举", "推选", "正式"}
CHANGE_VERBS = ("改任", "转任", "升任", "调任", "出任", "兼任", "接任")
POST_VERBS = {*APPOINT_VERBS, *IN_CHARGE_VERBS, "转任", "离任", "退任", "接替", "继任", "接管", "加入", "离开", "调往", "调至"}
FUNCTION_CHARS = "由向将被从在对与和把给让为于据至"
JOINERS = ("兼", "、", "和", "及", "兼任", "暨")
ADVERBS = ("曾", "曾经", "也", "将", "已", "已经", "还", "则", "正式", "先后", "一度", "此前", "不再", "即将", "拟",
           "将会", "同时", "亦", "仍", "继续", "随即", "此次", "现", "目前", "今后", "未来", "共同", "一同", "此后", "之后",
           "随后", "并", "会", "仍会", "仍将")
CONJUNCTIONS = ("但", "但是", "而", "且", "并且", "不过", "但会", "但仍")  # …辞任首席执行官，但仍将担任董事会主席; 但会: one word
TITLE_PREFIXES = ("新任", "首任", "新一任", "代理", "候任", "临时", "原", "前", "前任", "由原", "当值", "时任", "唯一")
STRUCTURE_VERBS = {"下设", "成立", "新成立", "设立", "组建", "包括", "旗下", "新设", "拆分", "合并", "调整", "设有",
                   "整合", "涉及", "撤销", "升级", "并入", "组成", "推行", "实行", "推进", "建立"}
NUMERIC = re.compile(r"^[\d.零一二三四五六七八九十百千万亿两几多]+$")
COUNT_WORD = re.compile(r"^[\d.零一二三四五六七八九十百千万亿两几多第]+[个大家名位批项次届期年月日天号成倍]")


@dataclass(frozen=True)
class Unit:
    """A business unit, department or committee and the organisation it belongs to."""

    name: str
    parent: str | None
    aliases: tuple[str, ...]
    mentions: int
    evidence: str


@dataclass(frozen=True)
class Role:
    """Who holds which title in which organisation or unit, since or until when, and the evidence."""

    person: str
    title: str
    org: str | None
    since: str | None
    until: str | None
    evidence: str


@dataclass(frozen=True)
class Span:
    """What stands before a title: the organisation, the unit and words that belong to the title."""

    org: str | None
    unit: str | None
    modifier: str


COMMON_BU_WORDS = {"内部", "全部", "外部", "局部", "干部", "东部", "西部", "南部", "北部", "中部", "头部", "底部",
                   "顶部", "本部", "俱乐部", "总部", "腹部", "面部", "背部", "大部", "细部", "尾部", "腰部"}


UNIT_ABBREVIATION = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{2,16})[（(](?:([A-Z]{2,6})|(?:以下)?简称[：:]?\s*[“\"]?"
                               r"([^）)”\"，,]{1,8})[”\"]?)[)）]")
BUSINESS_LINES = {"零售", "物流", "健康", "金融", "数科", "汽车", "国际", "商城", "到家", "外卖", "电商", "游戏", "视频", "电视",
                  "音乐", "支付", "地图", "广告", "教育", "医疗", "安全", "超市", "生鲜", "出行", "文学", "影业", "云", "能源",
                  "数字能源"}
REGIONS = {"中国", "大中华", "亚太", "海外", "国际", "欧洲", "北美", "全球", "东南亚", "日本", "美国", "印度", "香港", "台湾",
           "澳门", "新加坡", "韩国", "中东", "拉美", "非洲"}
REGION_UNIT = re.compile(rf"(中国|印度|全球|{'|'.join(REGIONS_OF_UNITS)})(区|大区|站|业务部|事业部|市场部)$")


@functools.lru_cache(maxsize=65536)
def is_unit_word(word: str) -> bool:
    """Whether a word ends with a unit suffix (事业部, 委员会, 部门, 研发部...), not 内部 or 全部, nor a Latin word
    that happens to end like one (LABUBU)."""
    if word[-2:].isascii() and word[-3:-2].isascii() and word[-3:-2].isalpha() and word not in unit_suffixes():
        return False
    if word in unit_suffixes() and word != "部":
        return True
    if word.endswith("部") and not word.endswith(("事业部", "业务部")):
        return len(word) >= 3 and not any(word.endswith(w) for w in COMMON_BU_WORDS - {"总部"})
    return word.endswith(unit_suffixes())


LAUNCHED_KINDS = {"大模型", "模型", "芯片", "手机", "系列", "App", "APP", "汽车", "平台"}
COMMITTEES = ("管理委员会", "执行委员会", "战略委员会", "投资委员会", "风险管理委员会")
RESEARCH_UNITS = ("研究院", "总院", "研究所", "实验室", "研究中心", "学院", "工作室")
PRODUCT_WORDS = ("单车", "打车", "地图", "音乐", "视频", "支付", "钱包", "浏览器", "输入法", "手机", "网盘", "邮箱", "外卖")
BUSINESS_UNIT_WORDS = ("事业部", "事业群", "事业群组", "业务部", "业务线", "业务群", "BU", "BG", "研究院", "研究所",
                       "实验室")
UNIT_DUTIES = {"统筹", "协调", "面向", "针对", "围绕", "基于"}  # 面向数据中心的训练卡: whom a product serves, no unit
GOVERNING_VERBS = {"负责", "管理", "领导", "分管", "主管", "掌管", "担任", "出任", "进入", "加入", "离开", "覆盖"}


def unit_name_part(token: Token, head: bool = False) -> bool:
    """Whether a token can stand in a unit's name: a name part, a noun, or an uncommon verb (共享)."""
    if token.word == "大" or (token.pos == "r" and token.word in ("本地", "全球", "国际", "海外")) or token.word in INTERPUNCTS:
        return True  # 大零售事业群, 核心本地商业分部, 云·星空事业部: the word belongs to the name
    if token.word in TITLE_PREFIXES or token.word in POST_VERBS:
        return False  # 原大零售事业群: 原 says the unit is former; 兼任大装置事业群: 兼任 is no part of its name
    if token.word == "合伙人":
        return True  # 合伙人委员会: a committee of the partners, no title
    if token.pos == "c" and len(token.word) == 2 and dictionary_freq(token.word) < 1000:
        return True  # 即时/零售/事业部: a rare word the segmenter tags as a conjunction (not 或者, 以及)
    if token.pos in UNIT_BREAK_POS or token.pos == "nnt" or not token.word.strip() or token.word in STRUCTURE_VERBS:
        return False
    if token.pos == "m" and NUMERIC.match(token.word):
        return False
    if verb_with_preposition(token.word, "于向"):
        return False  # 隶属于雷火事业群: a verb and its preposition, no part of the unit's name
    if token.pos.startswith("v") and token.pos != "vn" and dictionary_freq(token.word) > 1500 \
            and not (head and len(token.word) == 2 and token.word not in GOVERNING_VERBS):
        return False  # 成立事业部 is an act; 搜索事业部 is a unit named after what it does
    return True


def split_known_org(words: list[str]) -> tuple[str | None, list[str]]:
    """Peel a well-known organisation (or product, such as 京东商城) off the front of a run of words."""
    if words and words[0] in org_alias_index():
        return canonical_org(words[0]), words[1:]
    if len(words) > 1 and words[0] in product_alias_index():
        return words[0], words[1:]
    return None, words


def parent_before_qixia(name: str, text: str) -> bool:
    """Whether the text names the organisation as the parent of another (TCL科技旗下TCL华星…): not the subject."""
    return "旗下" in text and any(a + "旗下" in text for a in {name, *names_of_org(name)})


def find_units(doc: Document, tokens: Sequence[Sequence[Token]], main_org: str | None,
               companies: Sequence[Organization] = (), not_units: set[str] = frozenset()) -> list[Unit]:
    """Units named with a unit suffix (or as an offshoot of a known organisation's name), with parents:
    the organisation named right before the unit, else the company the sentence names first, else the
    company the article is about."""
    found: dict[str, dict] = {}
    index = OrgIndex(companies)
    for sentence, sent in zip(doc.sentences, tokens):
        first_unit = next((t.start for k, t in enumerate(sent) if ends_unit(sent, k)), len(sentence.text))
        subject = next((c for start, c in org_positions(sentence.text, index) if c in index and start < first_unit
                        and not re.search(f"[原前]{re.escape(c)}", sentence.text) and not parent_before_qixia(c, sentence.text)),
                       None)  # 原被窝家装总经理: a former
        # employer; 成立X事业部，统筹A和B: a company named after the sentence's first unit is not its parent
        for i, tok in enumerate(sent):
            if not (ends_unit(sent, i) or offshoot_of_known_org(tok.word)) or inside_title_marks(sentence.text, tok.start):
                continue  # the cheap test first: no unit's name ends here (nor in 《天龙八部》, a title)
            name, stated = unit_at(sent, i)
            held_at = HELD_AT.search(sentence.text[:max(0, sentence.text.find(name))]) if name and not stated else None
            stated = stated or (canonical_org(held_at.group("org")) if held_at and held_at.group("org") in index.surface
                                or held_at and held_at.group("org") in org_alias_index() else None)  # 曾在华为担任公关部副总裁
            parent = stated or subject
            if name and name not in not_units and not funded_project(sentence.text, name):
                entry = found.setdefault(name, {"parent": None, "count": 0, "evidence": sentence.text})
                entry["count"] += 1
                entry["parent"] = stated if stated and not entry.get("stated") else entry["parent"] or parent
                # 转任技术委员会主席 in the title, 百度技术委员会 in the text: the organisation written before the unit
                entry["stated"] = entry.get("stated") or bool(stated)
                entry["named_in"] = entry.get("named_in") or stated
    for name in [n for n in found if offshoot_of_known_org(n) and launched_in(n, doc.text)]:
        del found[name]  # 讯飞星火 launched somewhere in the article: a product, wherever else it stands
    for sentence in doc.sentences:
        for m in QUOTED_UNIT.finditer(sentence.text) if "“" in sentence.text or "「" in sentence.text else ():
            entry = found.setdefault(m.group("name"), {"parent": None, "count": 0, "evidence": sentence.text})
            entry["count"] += 1  # 成立“核心本地商业”板块: the unit is named in the marks
        for name, company in business_groups(sentence.text):
            entry = found.setdefault(name, {"parent": None, "count": 0, "evidence": sentence.text})
            entry["count"] += 1
            entry["parent"], entry["stated"] = company, True
    for sentence in doc.sentences:
        listed = [full_unit_name(name, sentence.text, doc.text) for name in enumerated_units(sentence.text)]
        listed += [name for name in merged_units(sentence.text) if name not in listed]
        first_unit = min((sentence.text.find(n) for n in listed if n in sentence.text), default=len(sentence.text))
        subject = (next((u for u in found if re.search(f"{re.escape(u)}(?:下设|设有|包括)", sentence.text)), None)
                   or next((c for start, c in org_positions(sentence.text, index) if c in index and start < first_unit
                            and not parent_before_qixia(c, sentence.text)), None)) if listed else None
        for name in listed + reported_segments(sentence.text, segment_report_open(doc, sentence)):
            entry = found.setdefault(name, {"parent": None, "count": 0, "evidence": sentence.text})
            entry["count"] += 1
            entry["parent"] = entry["parent"] or (subject if name in listed else None)  # 在阿里巴巴集团之下设立…
    for name in [n for n in found if ITEM_MARKER.match(n) and len(ITEM_MARKER.sub("", n)) >= 3]:
        found.setdefault(ITEM_MARKER.sub("", name), found.pop(name))  # 二是雷火事业群: the item's marker is no part of it
    for name in [n for n, e in found.items() if e["count"] <= 1 and "旗下" in e["evidence"]
                 and re.search(rf"是[^，。；]{{0,12}}旗下的?{re.escape(n)}", e["evidence"])]:
        del found[name]  # 京东科技是京东集团旗下的技术服务板块: what the company is, no unit of its own
    for name, entry in list(found.items()):  # 旷视研究院将并入AIoT事业群: the unit it joins is its parent
        joined = re.search(rf"{re.escape(name)}(?:将|已|正式|整体)*(?:并入|划入|归入|划归)(?P<into>[^，。；]{{2,16}})", entry["evidence"]) \
            if re.search("并入|划入|归入|划归", entry["evidence"]) else None
        into = next((u for u in found if joined and u != name and joined.group("into").startswith(u)), None) \
            or (business_line_named(joined.group("into")) if joined else None)
        if into:
            entry["parent"], entry["stated"] = into, True
            if into not in found:  # 京东云事业部整体划归京东零售: the business it joins is a unit of its company
                found[into] = {"parent": canonical_org(known_org_prefix(into)), "count": 1, "evidence": entry["evidence"],
                               "stated": True}
    abbreviated = unit_abbreviations(doc, found)
    for name, entry in found.items():  # 可灵AI事业部下设技术部、产品部: the sub-units' parent is that unit
        at = entry["evidence"].find(name)
        sets_up = [m for m in SETS_UP.finditer(entry["evidence"]) if m.end() <= at and not re.search("[；;]", entry["evidence"][m.end():at])]
        # 下设A，由X负责；原…转任B主席: B is no unit the 下设 sets up
        sets_up = [m for m in sets_up if "下设" in m.group(0)] or sets_up[:1]  # 下设A和新成立的B: the 下设
        if sets_up:  # the 下设 the unit is named after (A由…，下设…；B由…，下设C: C's is B's)
            before = entry["evidence"][:sets_up[-1].start()]
            clause = re.split(r"[；;]", before)[-1]
            tail = before.rstrip("，, ") if sets_up[-1].group(0) == "下设" else before  # 成立X，下设A、B: X's
            above = next((u for u in found if u != name and tail.endswith(u)), None) \
                or next((u for a, u in abbreviated.items() if a and u != name and before.endswith(a)), None) \
                or next((u for u in found if u != name and re.search(rf"(?:^(?:\d{{1,2}}[、.．]|[一二三四五六七八九十]+、)?|[，：:])\s*{re.escape(u)}(?:由|将|则)", clause)),
                        None)  # 互娱下设…; AI中台由刘涛兼任负责人，下设…: the unit that opens the clause
            inside_unit = entry.get("named_in") in found and entry["parent"] == entry["named_in"]  # 下设…，原国际业务部
            # 欧洲大区…: the unit written in front of its name
            entry["parent"] = entry["parent"] if inside_unit else above or entry["parent"]
            entry["stated"] = entry.get("stated") or bool(above) and not before.endswith("原" + above)  # not a former one
    issuer = letter_issuer(doc, found) or reorganised_unit(doc, found) or letter_sender(doc, found) \
        or reorganised_unit(doc, {c: {} for c in index if c != main_org})  # 京东集团宣布京东科技新一轮组织调整: 京东科技's
    for name, entry in found.items():  # 智能信息事业群总裁吴嘉发布内部邮件, 微信事业群发出内部邮件: the units of the letter
        # are that unit's, unless they report to the company's own leadership
        if issuer and name != issuer and not entry.get("stated") and not issuer.startswith(name) \
                and not reports_to_company(doc, name, main_org):
            entry["parent"] = issuer
    for name in [n for n in found if COUNTED_UNITS.match(n)
                 or (n[0] in "原前" and n[1:] in found)]:
        del found[name]  # 两个事业部: a count; 原消费电子事业部 beside 消费电子事业部: the same unit, former
    inside = containing(found)
    mentions = Mentions([s.text for s in doc.sentences], found) if inside else None
    for name in [n for n in inside if mentions.count(n) <= sum(mentions.count(m) for m in inside[n])]:
        del found[name]  # 产品部 only ever inside 云计算产品部: no unit of its own
    units = merge_unit_aliases(found)
    for abbreviation, name in unit_abbreviations(doc, units).items():
        units[name]["aliases"].add(abbreviation)  # 移动服务事业群组(MSG), X委员会（简称：技委会）, 互动娱乐事业群（互娱）
    for old, new in renamed_units(doc.text, units):
        units[new] = units.pop(old)  # 新能源研究院更名为新能源技术中心: the new name, the old one an alias
        units[new]["aliases"].add(old)
    return [Unit(name, e["parent"] or main_org, tuple(sorted(e["aliases"])), e["count"], e["evidence"])
            for name, e in sorted(units.items(), key=lambda kv: -kv[1]["count"])]


HELD_AT = re.compile(r"在(?P<org>[^，。；在]{2,10}?)(?:担任|出任|任职|任)$")
QUOTED_UNIT = re.compile(r"(?:成立|设立|组建|新设|升级为)了?(?:新的)?[“「\"](?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,12})[”」\"]"
                         r"(?:业务)?(?:板块|事业群|事业部|业务群|部门|中心)")
RENAMED = re.compile(r"(?P<old>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)(?:将|已|正式)*(?:更名为|改名为|更名成)(?P<new>[\u4e00-\u9fffA-Za-z0-9]{2,16})")


def renamed_units(text: str, units: dict[str, dict]) -> list[tuple[str, str]]:
    """(old, new) for each unit the text renames (A更名为B) to a name that is a unit's too and no other unit's."""
    pairs = []
    for m in RENAMED.finditer(text) if "名" in text else ():
        old = next((u for u in units if m.group("old").endswith(u)), None)
        if old and is_unit_word(m.group("new")) and m.group("new") not in units and old not in dict(pairs):
            pairs.append((old, m.group("new")))
    return pairs


def org_positions(text: str, index: OrgIndex) -> list[tuple[int, str]]:
    """(start, name) of each organisation's first mention in text, in order."""
    found = [(start, name) for _, name, start in known_org_mentions(text)] + index.find(text)
    first: dict[str, int] = {}
    for start, name in sorted(found):
        first.setdefault(name, start)
    return sorted((start, name) for name, start in first.items())


FUNDED = re.compile(r"(?:用于|投向|投入|投资于?|拟建|新建|兴建)(?P<what>[^，。；]{2,40}?)(?:的)?(?:建设|项目|扩建|升级)")


def funded_project(sentence: str, name: str) -> bool:
    """募资主要用于研发中心和生产基地建设: a facility money is raised for is a project, not a unit."""
    return any(name in m.group("what") for m in FUNDED.finditer(sentence)) if "建" in sentence or "项目" in sentence \
        else False


LETTER_ISSUED = re.compile(r"(?:总裁|CEO|总经理|负责人|首席执行官)[\u4e00-\u9fff·]{2,8}?(?:今日|近日|日前|今天|于[^，。；]{1,10}?)?"
                           r"(?:发布|签发|发出)了?(?:内部邮件|内部信|全员信|邮件|全员邮件)")


SHORT_CHINESE_NAME = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{2,16})[（(]([\u4e00-\u9fff]{2,3})[）)]")


def unit_abbreviations(doc: Document, units: Iterable[str]) -> dict[str, str]:
    """Short names given in brackets after a unit's name (移动服务事业群组(MSG), 技术委员会（简称：技委会）, and
    互动娱乐事业群（互娱）, whose characters come in the name's order): short name -> unit."""
    if "（" not in doc.text and "(" not in doc.text:
        return {}
    out = {}
    for sentence in doc.sentences:
        for m in UNIT_ABBREVIATION.finditer(sentence.text):
            out.update({m.group(2) or m.group(3): u for u in units if m.group(1).endswith(u)})
        for m in SHORT_CHINESE_NAME.finditer(sentence.text):
            chars = iter(m.group(1))
            if all(c in chars for c in m.group(2)):  # 互娱 of 互动娱乐事业群: its characters in order
                out.update({m.group(2): u for u in units if m.group(1).endswith(u)})
    return out


def reports_to_company(doc: Document, unit: str, company: str | None) -> bool:
    """Whether a sentence has the unit report to the company's leadership (在线视频BU…均向腾讯公司总裁刘炽平汇报)."""
    if not company or not re.search("汇报|报告", doc.text):
        return False  # the cheap test first
    return any(unit in s.text and any(reported_to_at(s.text, s.text.find("向" + name))
                                      and not longer_name_at(s.text, s.text.find("向" + name) + 1, name)
                                      for name in names_of_org(company) if "向" + name in s.text)
               for s in doc.sentences)


def longer_name_at(text: str, at: int, name: str) -> bool:
    """Whether a well-known organisation's longer name is written where the name is (向京东科技CEO…: not 京东)."""
    longer = known_org_prefix(text[at:at + 12])
    return bool(longer) and len(longer) > len(name) and canonical_org(longer) != canonical_org(name)


def reported_to_at(text: str, at: int) -> bool:
    """Whether 汇报 or 报告 closes the clause that 向… opens at the position."""
    clause = re.split(r"[，。；]", text[at:at + 40], maxsplit=1)[0]
    return "汇报" in clause or "报告" in clause


def letter_issuer(doc: Document, found: dict[str, dict]) -> str | None:
    """The unit whose head issues the article's letter (阿里巴巴智能信息事业群总裁吴嘉发布内部邮件), if a unit's."""
    for sentence in doc.sentences[:3]:
        m = LETTER_ISSUED.search(sentence.text)
        if m:
            before = re.sub(r"[（(][^（）()]{1,12}[）)]$", "", sentence.text[:m.start()])  # 事业群组（MEG）总裁
            return next((u for u in found if before.endswith(u)), None)
    return None


REORGANISED = re.compile(r"(?:宣布|对)(?P<unit>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)(?:进行|启动|开展)?(?:了)?(?:新一轮|新一轮的|一轮)?(?:的)?(?:组织|架构|组织架构)调整"
                         r"|(?:^|(?<=[，。；]))(?:[^，。；]{0,8}?获悉，)?(?P<self>[\u4e00-\u9fffA-Za-z0-9]{2,10}?)(?:近日|日前|今日|今天)?"
                         r"(?:调整|调整了)(?:组织架构|组织|架构)")  # 网易游戏近日调整组织架构


def reorganised_unit(doc: Document, found: dict[str, dict]) -> str | None:
    """The unit the article's letter reorganises (宣布京东零售进行新一轮组织调整), if one of its first sentences says so:
    the letter's units are that unit's."""
    for sentence in doc.sentences[:3]:
        m = REORGANISED.search(sentence.text)
        if m:
            return next((u for u in found if (m.group("unit") or m.group("self")).endswith(u)), None)
    return None


def launched_in(name: str, text: str) -> bool:
    """Whether the text launches the name or names a kind of product right after it (发布讯飞星火, 讯飞星火大模型)."""
    return bool(re.search(rf"(?:发布|推出|上线|亮相|发售){re.escape(name)}|{re.escape(name)}(?:{'|'.join(LAUNCHED_KINDS)})",
                          text))


SETS_UP = re.compile(r"下设|设有|成立|设立|组建|新设")  # 京东零售成立品类运营中心: a unit of that unit


def ends_unit(sent: Sequence[Token], i: int) -> bool:
    """Whether token i can end a unit's name: a unit word, or a bare 部 after a noun with which it makes one
    (the segmenter cut 交易部 as 交易/部)."""
    word = sent[i].word
    return is_unit_word(word) or (word == "部" and i > 0 and sent[i - 1].pos in ("n", "vn", "nz", "j")
                                  and len(sent[i - 1].word) >= 2 and is_unit_word(sent[i - 1].word + word)) \
        or (word == "部" and founded_name_start(sent, i) is not None)  # 成立搜索/应用/部: a founded department


def is_company_word(token: Token) -> bool:
    """A word the segmenter tags an organisation that ends with a company's suffix (华泰证券, 同道猎聘集团)."""
    return token.pos == "nt" and len(token.word) > 2 and token.word.endswith(ORG_SUFFIXES)


def unit_at(sent: Sequence[Token], i: int) -> tuple[str | None, str | None]:
    """The unit whose name ends at token i, and the organisation stated before it, if any."""
    tok = sent[i]
    if tok.word in org_alias_index():
        return None, None  # 生态环境部 is a known body, not a unit
    if offshoot_of_known_org(tok.word):
        return tok.word, canonical_org(offshoot_of_known_org(tok.word))
    if not ends_unit(sent, i) or tok.pos == "nnt":
        return None, None
    if i > 0 and REGION_UNIT.fullmatch(sent[i - 1].word) and tok.word in ("事业部", "事业群", "业务部"):
        parent = canonical_org(sent[i - 2].word) if i > 1 and sent[i - 2].word in org_alias_index() else None
        return sent[i - 1].word + tok.word, parent  # 中国区/事业部: one unit, named after its region
    if split_name_opening(sent, i) and tok.word in BUSINESS_UNIT_WORDS:
        return sent[i - 2].word + sent[i - 1].word + tok.word, None  # 二、乐/道/事业部: a rare name the segmenter split
    j = i
    joined = False
    while j > 0 and sent[j - 1].word not in org_alias_index() and sent[j - 1].word not in product_alias_index() \
            and not is_company_word(sent[j - 1]):
        if (is_unit_word(sent[j - 1].word) and not (j == i and sent[j - 1].word.endswith("区") and REGION_UNIT.search(sent[j - 1].word))) \
                or re.match(r"^[一二两三四五六七八九十几多]+[大个家]", sent[j - 1].word):
            break  # 商品经营总部三大经营总部: a list of units, not one name (中国区/事业部 is one)
        if sent[j - 1].word in UNIT_DUTIES:
            return None, None  # 成立X，统筹…转运中心运营: what the unit does, no unit
        if unit_name_part(sent[j - 1], head=j == i and tok.word.endswith(BUSINESS_UNIT_WORDS)):
            j -= 1
        elif sent[j - 1].pos == "d" and len(sent[j - 1].word) == 2 and sent[j - 1].word not in stopwords() \
                and sent[j - 1].word not in ADVERBS and (j == 1 or sent[j - 2].pos == "x" or sent[j - 2].word in org_alias_index()) \
                and j < i:
            j -= 1  # 互动/娱乐/事业群: the segmenter took the name's first word for an adverb
            break
        elif sent[j - 1].pos == "m" and j < i and (j == 1 or sent[j - 2].pos == "x") and not NUMERIC.match(sent[j - 1].word) \
                and not COUNT_WORD.match(sent[j - 1].word):
            j -= 1  # 1、两轮/出行/事业群: a number that opens the clause and names, not counts
            break
        elif founded_name_start(sent, i) is not None:
            j = founded_name_start(sent, i)  # 成立到家事业群: after a founding verb, all is the unit's name
            break
        elif (not joined and (j < i or tok.word not in unit_suffixes()) and j > 1 and sent[j - 1].word in ("与", "和")
              and unit_name_part(sent[j - 2]) and sent[j - 2].word not in org_alias_index()
              and not is_unit_word(sent[j - 2].word) and sent[j - 2].word not in unit_suffixes()
              and not sent[j - 2].word.endswith(ORG_SUFFIXES)  # 统一集团与全联福利中心: two companies
              and sent[j - 2].pos != "nis"):  # 交通行业部和能源行业部: two units, not one
            joined = True  # 云与智慧产业事业群
            j -= 1
        else:
            break
    if 0 < j and sent[j - 1].word in product_alias_index() and tok.word in ("工作室", "工作室群", "项目组") \
            and (j == i or sent[j].pos != "nis"):
        j -= 1  # 逆水寒/端游/工作室: a studio named after its game, one name
    if 0 < j <= i and sent[j].word in INTERPUNCTS:
        j -= 1  # 金蝶云·苍穹事业部: the product the unit is named after is whole
    if 0 < j < i and sent[j + 1].word in INTERPUNCTS and len(sent[j].word) <= 2 and sent[j - 1].word in org_alias_index():
        j -= 1  # 金蝶/云·苍穹事业部: the company's name opens the product's
    if 0 < j <= i and sent[j - 1].word == "新" and len(sent[j].word) >= 2 and dictionary_freq("新" + sent[j].word[:2]) > 0:
        j -= 1  # 更名为新/能源技术/中心: the segmenter took 新 off 新能源
    if j > 0 and (sent[j - 1].word in ("多个", "几个", "各个", "多家", "诸多", "一些", "各地", "多地")
                  or re.fullmatch(r"[\d一二两三四五六七八九十几多]+个", sent[j - 1].word)):
        return None, None  # 已在多个智算中心落地: a kind of place, not a unit's name
    parent = None
    if j > 0 and sent[j - 1].word in org_alias_index():
        parent = canonical_org(sent[j - 1].word)
    elif j > 1 and sent[j - 1].word in ("的", "旗下") and sent[j - 2].word in org_alias_index():
        parent = canonical_org(sent[j - 2].word)  # 网易的雷火事业群, 腾讯旗下天美工作室群
    elif j > 2 and sent[j - 1].word == "的" and sent[j - 2].word == "旗下" and sent[j - 3].word in org_alias_index():
        parent = canonical_org(sent[j - 3].word)  # 腾讯旗下的天美工作室群
    elif j > 0 and is_company_word(sent[j - 1]):
        parent = sent[j - 1].word  # 华泰证券管理委员会: a company no lexicon has, named by its suffix
    elif j > 0 and is_unit_word(sent[j - 1].word) and (j == i or REGION_UNIT.fullmatch("".join(t.word for t in sent[j:i + 1]))):
        parent = unit_at(sent, j - 1)[0]  # 终端BG软件部, 国际业务部欧洲大区: the unit inside the unit
    elif j > 2 and sent[j - 1].word == "、" and sent[j - 2].pos == "nnt" and (
            sent[j - 3].word in org_alias_index() or j > 3 and sent[j - 3].pos in ("n", "b", "a") and len(sent[j - 3].word) == 2
            and sent[j - 4].word in org_alias_index()):
        parent = canonical_org(sent[j - 3].word if sent[j - 3].word in org_alias_index() else sent[j - 4].word)
        # 华为常务董事、终端BG董事长: the unit of the company of the title before (英伟达全球副总裁、中国区总经理 too)
    elif j > 0 and sent[j - 1].word in product_alias_index():
        parent = product_alias_index()[sent[j - 1].word].owner  # 京东商城家电事业部 belongs to 京东
    words = [t.word for t in sent[j:i + 1]]
    while words and words[0] in INTERPUNCTS:
        words = words[1:]
    if words == [tok.word] and tok.word in RESEARCH_UNITS and parent and j > 0:
        return sent[j - 1].word + tok.word, parent  # 科大讯飞研究院: the company's institute
    if len(words) > 1 and len(words[0]) > 1 and words[0][0] in FUNCTION_CHARS + "任" and dictionary_freq(words[0]) <= RARE_FREQ \
            and dictionary_freq(words[0][:2]) <= RARE_FREQ:
        words[0] = words[0][1:]  # 由速运 + 事业群, 此前任申通 + 快递: the segmenter glued 由 or 任 to the name (在线视频 keeps
        # its 在线)
    if len(words) > 1 and words[0] in ("经", "由", "在", "向", "从", "被", "据", "经过", "原", "前", "公司", "集团", "本公司"):
        words = words[1:]  # 经董事会选举, 原解决方案事业部, 公司战略部: no part of the unit's name
    if words and words[0] in ("独立", "新", "全新", "专门", "单独", "一个", "独立的", "新的"):
        return None, None  # 升级为…的独立事业部: what kind of unit, no name
    if words and len(words[0]) > 2 and words[0][0] == "原" and dictionary_freq(words[0]) <= RARE_FREQ \
            and (dictionary_freq(words[0][1:]) > 0 or sent[j].pos.startswith("nr")) \
            or len(words) > 2 and glued_former(words[0], words[1]):
        words[0] = words[0][1:]  # 原解决 + 方案: 原 glued to the name's first word
    if words == [tok.word] and j > 0 and sent[j - 1].word in product_alias_index() and tok.word in BUSINESS_UNIT_WORDS:
        return sent[j - 1].word + tok.word, None  # 夸克事业部: the business of a known product, in the sentence's company
    if len(words) > 1 and j > 0 and sent[j - 1].word in product_alias_index() and tok.word in BUSINESS_UNIT_WORDS \
            and founded_before(sent, j - 1):
        return sent[j - 1].word + "".join(words), parent  # 成立红旗新能源事业部: the brand's new unit, named after it
    if len(words) > 1 and words[0] == "品牌" and j > 0 and sent[j - 1].word in product_alias_index():
        return sent[j - 1].word + "".join(words), parent  # 红旗品牌运营委员会: the brand's own unit
    if words == [tok.word] and tok.word in RESEARCH_UNITS + COMMITTEES and i + 1 < len(sent) and sent[i + 1].pos == "nnt":
        return tok.word, parent  # 研究院院长, 中金公司管理委员会成员: the company's own institute or committee
    if len(words) < 2 and tok.word in GENERIC_UNIT_WORDS | set(unit_suffixes()):
        return None, None
    if COUNTED_UNITS.fullmatch(words[0]):
        return None, None  # 分别兼任两个事业部的总经理: a count of units, no name
    if (all(w in GENERIC_UNIT_MODIFIERS or w in GENERIC_ORG_WORDS or w in unit_suffixes() for w in words)
            or re.sub(r"^[A-Za-z]+", "", "".join(words)) in GENERIC_UNIT_NAMES) \
            and not (REGION_UNIT.fullmatch("".join(words)) and founded_before(sent, j)):
        return None, None  # 全资子公司, 新部门, 公司董事会, 最大的业务板块: a kind of unit, not a name (成立…海外事业部 is one)
    return "".join(words), parent


def split_name_opening(sent: Sequence[Token], i: int) -> bool:
    """Whether the two words before i are single characters the segmenter split off a rare two-character name
    that opens its clause (二、乐/道/事业部), not function or counting words."""
    if i < 2 or not all(len(t.word) == 1 and re.fullmatch(r"[\u4e00-\u9fff]", t.word) for t in sent[i - 2:i]):
        return False
    opens = i == 2 or sent[i - 3].pos == "x"
    return opens and not any(t.word in FUNCTION_CHARS + "的了个之其该本各每新原前和及或也都就" or t.pos in ("m", "r", "p", "c", "u", "uj")
                             for t in sent[i - 2:i])


def founded_before(sent: Sequence[Token], j: int) -> bool:
    """Whether a founding verb stands earlier in the clause before position j (成立智慧显示事业部和海外事业部)."""
    for tok in reversed(sent[:j]):
        if tok.word in ("，", "。", "；"):
            return False
        if tok.word in FOUNDING_VERBS:
            return True
    return False


FOUNDING_VERBS = {"成立", "设立", "组建", "新设", "新成立", "升级为", "调整为", "整合为", "合并为"}
def founded_name_start(sent: Sequence[Token], i: int) -> int | None:
    """Where a unit's name starts when a founding verb (and a known company) stands shortly before its suffix
    (成立到店事业群: 到/店 are the name, whatever their tags), else None."""
    for k in range(i - 1, max(-1, i - 6), -1):
        if sent[k].word in FOUNDING_VERBS:
            company = sent[k + 1].word in org_alias_index() or is_company_word(sent[k + 1])
            start = k + 2 if company and k + 2 < i else k + 1  # 成立上汽集团创新研究开发总院
            if company and start + 1 < i and sent[start].word in GENERIC_ORG_WORDS:
                start += 1  # 成立东风汽车/集团/前瞻技术研究总院
            inner = sent[start:i]
            chars = sum(len(t.word) for t in inner)
            ok = inner and chars <= 8 and all(t.pos != "x" and t.word not in ("的", "了", "和", "与") for t in inner)
            return start if ok else None
        if sent[k].pos == "x":
            return None
    return None


UNIT_LIST = re.compile(r"(?:成立|设立|组建|拆分为|分为|包括|下设(?!立)|旗下有)(?:了)?(?P<list>[^，。；]{2,80}?)"
                       r"(?:[一二三四五六七八九十两\d]+[个大]|等)(?:子集团|子公司|事业群|事业部|业务集团|业务板块|板块|部门|BU|BG)")


SUFFIXED_UNIT_LIST = re.compile(r"下设(?!立)(?P<list>[^，。；：]{5,60}?)(?=[，。；]|$)")
UNIT_LIST_AFTER = re.compile(r"(?:成立|设立|组建|拆分为|分为|调整为|包括|下设)(?:了)?[一二三四五六七八九十两\d]+[个大]"
                             r"(?:子集团|子公司|事业群|事业部|业务集团|业务板块|板块|部门|BU|BG)[：:](?P<list>[^。；]{2,80})")


SEGMENT_CUE = re.compile(r"^(?:分业务|分板块|分部门|按业务|按板块)(?:[看计来看划分]{1,3})?[，,：:]?")
SEGMENT_FIGURE = re.compile(r"(?:^|[，；,;])(?:分业务|分板块|按业务|按板块)?(?:[看计来看划分]{1,3})?[，,：:]?"
                            r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,10}?(?:集团|事业群|事业部|板块|分部))"
                            r"(?:季内|本季度?|期内|上半年|全年|第[一二三四]季度)?[^，；。]{0,8}?(?:收入|营收|利润|亏损)")


def segment_report_open(doc: Document, sentence) -> bool:
    """Whether a results article reports by segment here: the sentence, or the one before it, opens with
    分业务看/分板块 (分业务计，淘天集团季内…；云智能集团收入…。国际数字商业集团收入…)."""
    before = doc.sentences[sentence.index - 1].text if sentence.index > 0 else ""
    return bool(SEGMENT_CUE.match(sentence.text) or SEGMENT_CUE.match(before))


def reported_segments(text: str, reporting: bool) -> list[str]:
    """The segments (units) whose revenue or profit a results article reports by segment: X集团/X事业群收入."""
    if not reporting:
        return []
    return [m.group("name") for m in SEGMENT_FIGURE.finditer(text) if m.group("name") not in org_alias_index()]


LIST_KIND = re.compile(r"[一二三四五六七八九十两\d]+[个大](?:业务)?(?P<kind>子集团|集团|事业群|事业部|板块|部门|BU|BG)")


def full_unit_name(item: str, sentence: str, text: str) -> str:
    """A listed unit's name as the article writes it whole (阿里云智能 of 六大业务集团 -> 阿里云智能集团, when the
    text names it so)."""
    kind = LIST_KIND.search(sentence)
    if kind and not item.endswith(kind.group("kind")) and item + kind.group("kind").lstrip("子") in text:
        return item + kind.group("kind").lstrip("子")
    return item


UNIT_END = r"(?:事业群|事业部|业务部|业务线|中心|部|BU|BG)"
MERGED_UNITS = re.compile(rf"(?:^|(?<=[，；：:、原]))(?P<a>[\u4e00-\u9fffA-Za-z]{{2,12}}?{UNIT_END})(?:和|与|及|、)"
                          rf"(?P<b>[\u4e00-\u9fffA-Za-z]{{2,12}}?{UNIT_END})(?:合并|整合)(?:为|成)(?P<c>[\u4e00-\u9fffA-Za-z]{{2,14}}?{UNIT_END})"
                          rf"|(?:拆分为|拆分成|分拆为)(?P<d>[\u4e00-\u9fffA-Za-z]{{2,12}}?{UNIT_END})(?:和|与|及|、)"
                          rf"(?P<e>[\u4e00-\u9fffA-Za-z]{{2,12}}?{UNIT_END})(?![\u4e00-\u9fffA-Za-z])"
                          rf"|(?:并入|划入|归入)(?P<f>[\u4e00-\u9fffA-Za-z]{{2,14}}?{UNIT_END})(?![\u4e00-\u9fffA-Za-z])")


def merged_units(text: str) -> list[str]:
    """Units a reorganisation merges, splits or folds (原A和B合并为C, 拆分为A和B, 并入C): each one's name."""
    if not re.search("合并|整合|拆分|分拆|并入|划入|归入", text):
        return []
    names = [re.sub(r"^(?:原|前)", "", name) for m in MERGED_UNITS.finditer(text) for name in m.groups() if name]
    return [name for name in names if name not in org_alias_index() and not re.search(r"[的了是在将由]", name)]


def enumerated_units(text: str) -> list[str]:
    """成立A、B、C三个子集团 / 成立六个业务板块：A、B和C: the listed names are units of the company (unless they
    are people)."""
    m = UNIT_LIST.search(text) or UNIT_LIST_AFTER.search(text) or SUFFIXED_UNIT_LIST.search(text)
    if not m:
        return []
    items = [it.strip() for it in re.split(r"[、和及与]", m.group("list")) if it.strip()]
    if len(items) < 2 or not all(2 <= len(it) <= 12 and not re.search(r"[的了是在，]", it) for it in items):
        return []
    if m.re is SUFFIXED_UNIT_LIST and not all(it.endswith(("部", "中心", "组", "室", "院", "所")) and len(it) >= 3
                                               or REGION_UNIT.fullmatch(it) for it in items):
        return []  # 下设政务云部、金融云部和医疗云部: each item a department by its name; 下设欧洲区和中东区: regions
    return [it for it in items if it not in org_alias_index()]


@functools.lru_cache(maxsize=65536)
def offshoot_of_known_org(word: str) -> str | None:
    """The known organisation whose name begins a new word (阿里云 -> 阿里), if any."""
    if word in org_alias_index() or word in product_alias_index() or len(word) > 6 \
            or not word.startswith(org_name_prefixes()):
        return None
    alias = next((a for a in org_name_prefixes() if word.startswith(a) and 1 <= len(word) - len(a) <= 2), None)
    if alias is None or word[len(alias):] in product_alias_index() or word[len(alias):] in org_alias_index():
        return None  # 腾讯微信 is a company and its product, not a unit
    if word[len(alias):] in ORG_SUFFIXES:
        return None  # 快手科技 is the company's full name
    if word[len(alias):] in PRODUCT_WORDS:
        return None  # 美团单车, 百度地图: a product of the company, not a unit
    if word[len(alias):] not in BUSINESS_LINES and word[len(alias):] not in REGIONS:
        return None  # 京东方, 三星显示: another company's name, not a line of business (阿里云, 京东零售, 星巴克中国)
    return alias


def merge_unit_aliases(found: dict[str, dict]) -> dict[str, dict]:
    """O2O部门 and O2O事业部 are one unit: same stem, a generic and a specific suffix."""
    out = {name: dict(e, aliases=set()) for name, e in found.items()}
    for name in list(out):
        stem = strip_unit_suffix(name)
        if name.endswith(tuple(GENERIC_UNIT_WORDS)) and stem:
            target = next((o for o in out if o != name and strip_unit_suffix(o) == stem), None)
            if target:
                out[target]["aliases"].add(name)
                out[target]["count"] += out[name]["count"]
                out[target]["parent"] = out[target]["parent"] or out[name]["parent"]
                del out[name]
    for name in list(out):  # 华为终端BG and 终端BG: one unit, named once with its company in front
        prefix = known_org_prefix(name)
        if prefix and name[len(prefix):] in out and name[len(prefix):] != name:
            target = name[len(prefix):]
            out[target]["aliases"].add(name)
            out[target]["count"] += out[name]["count"]
            out[target]["parent"] = out[target]["parent"] or canonical_org(prefix)
            del out[name]
    return out


def strip_unit_suffix(name: str) -> str:
    """The name of a unit without its unit word."""
    for suffix in unit_suffixes():
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


# ---------------------------------------------------------------- roles


def clause_opening_name(sent: Sequence[Token], j: int) -> list[str]:
    """The words from the clause's opening up to j, when they can only be a name (2 to 5 characters, none a function
    word, verb of office, time or pronoun): [name] or []."""
    k, name = clause_opening(sent, j, 3)
    if k < 0 or not re.fullmatch(r"[\u4e00-\u9fff]{2,5}", name) \
            or any(t.pos in ("p", "c", "r", "t", "m", "q", "u", "uj", "nnt") or t.word in POST_VERBS or t.word in stopwords()
                   or t.word in ("兼", "及", "和", "与", "暨")
                   or t.word in GENERIC_ORG_WORDS for t in sent[k:j]) \
            or dictionary_freq(name) > RARE_FREQ or not any(len(t.word) == 1 for t in sent[k:j]):
        return []
    return [name]


def before_short_name(sent: Sequence[Token], j: int) -> int:
    """Where a short name in brackets that ends right before j opens (深圳市地铁集团有限公司（简称：深铁集团）
    党委书记: the title belongs to the name before it); j when there is none."""
    if j > 2 and sent[j - 1].word in ("）", ")"):
        opening = next((k for k in range(j - 2, max(-1, j - 12), -1) if sent[k].word in ("（", "(")), None)
        if opening is not None and "简称" in "".join(t.word for t in sent[opening:j]):
            return opening
    return j


ITEM_MARKER = re.compile(r"^(?:其?[一二三四五六七八九十]是|首先|其次|再次|最后|此外|另外)")  # a letter's item's opening words


def business_line_named(words: str) -> str | None:
    """The business a well-known company's name and a line of business open the words with (京东零售), if any."""
    prefix = known_org_prefix(words)
    line = next((t for t in sorted(BUSINESS_LINES, key=len, reverse=True) if prefix and words.startswith(t, len(prefix))), None)
    return prefix + line if line else None


def before_region_in_brackets(sent: Sequence[Token], j: int) -> int:
    """Where a region written in brackets right before j opens (创维电视（中国区）总经理); j when there is none."""
    if j >= 4 and sent[j - 1].word in ("）", ")") and sent[j - 3].word in ("（", "(") \
            and (REGION_UNIT.fullmatch(sent[j - 2].word) or sent[j - 2].word in REGIONS):
        return j - 3
    return j


@functools.lru_cache(maxsize=1)
def product_openings() -> dict[str, list[str]]:
    """The well-known products' names (two characters or more) by their first two characters."""
    openings: dict[str, list[str]] = {}
    for name in product_alias_index():
        if len(name) >= 2:
            openings.setdefault(name[:2], []).append(name)
    return openings


def known_product_head(words: list[str]) -> str | None:
    """The well-known product a span opens with when only common words follow it (飞书 + 商业化), if any."""
    joined = "".join(words)
    if len(joined) < 3 or joined[:2] not in product_openings() or is_unit_word(joined) or joined in product_alias_index():
        return None  # the cheap test first: no known product opens with these two characters
    product = max((p for p in product_openings()[joined[:2]] if joined.startswith(p)), key=len, default=None)
    rest = joined[len(product):] if product else ""
    return product if rest and dictionary_freq(rest) > RARE_FREQ and rest not in GENERIC_ORG_WORDS \
        and rest not in BUSINESS_LINES and not rest.endswith(ORG_SUFFIXES + ("直播", "音乐", "视频")) else None  # not 小度科技


def span_before(sent: Sequence[Token], i: int, people: set[str]) -> Span:
    """Organisation, unit and title words standing right before the title at i."""
    j = i
    if j >= 4 and sent[j - 1].word in ("）", ")") and sent[j - 3].word in ("（", "(") and sent[j - 2].word.isascii() \
            and sent[j - 2].word[:1].isalpha():
        j -= 3  # 元戎启行（DeepRoute.ai）CEO: the name before its Latin gloss
    elif j >= 3 and sent[j - 1].word in ("）", ")"):
        opening = next((k for k in range(j - 2, max(-1, j - 9), -1) if sent[k].word in ("（", "(")), None)
        inside = "".join(t.word for t in sent[opening + 1:j - 1]) if opening is not None else ""
        j = opening if inside and LISTED_CODE.match(inside) else before_region_in_brackets(sent, j)  # 达达集团（NASDAQ: DADA）
        # 董事长: the company before its code; 创维电视（中国区）总经理: the business, its region in brackets
    else:
        j = before_region_in_brackets(sent, j)  # 创维电视（中国区）总经理: the business, its region in brackets
    modifier: list[str] = []
    while j > 0 and takes_modifier(sent[i].word) and is_title_modifier(sent[j - 1]) \
            and sent[j - 1].word not in TITLE_PREFIXES:
        modifier.insert(0, sent[j - 1].word)
        j -= 1
    if len(modifier) >= 2 and modifier[-1] == "品牌":
        return Span(modifier[-2], None, "")  # 萤火虫品牌总裁金舟: the brand's head
    if j > 1 and sent[j - 1].word == "的" and org_span_part(sent[j - 2], people):
        j -= 1  # 阿里巴巴的CEO张勇
    if not modifier:
        j = before_short_name(sent, j)
    while j > 1 and sent[j - 1].word in TITLE_PREFIXES and org_span_part(sent[j - 2], people):
        j -= 1  # 亚玛芬体育原首席执行官: the organisation stands before 原
    k = j
    while k > 0 and (org_span_part(sent[k - 1], people) or company_tail(sent, k - 1)
                     or k > 1 and k < j and latin_space(sent, k - 1) and org_span_part(sent[k - 2], people)):
        k -= 1  # TOP/ /TOY总裁: a Latin name of two words
    words = [t.word for t in sent[k:j] if t.word != "的"]
    while words[1:] and ITEM_MARKER.fullmatch(words[0]):
        words = words[1:]  # 一是/阿里巴巴集团/副总裁: the item's marker is no part of the name
    while words[1:] and words[0] in INTERVIEW_OPENERS:
        words = words[1:]  # 对话/自如/CEO熊林: the interview's head is no part of the name
    if words and len(words[0]) >= 3 and words[0][0] == "由" and dictionary_freq(words[0]) <= RARE_FREQ:
        words[0] = words[0][1:]  # 由星纪/魅族/集团董事长: 由 glued to the name's first word
    if "旗下" in words[:-1]:
        words = words[len(words) - words[::-1].index("旗下"):]  # 长安旗下深蓝汽车首席执行官: the subsidiary's
    kinds = [k for k, w in enumerate(words[:-1]) if w.endswith(("平台", "品牌", "应用", "助手", "智能体", "开发商", "运营商", "发行商", "制造商",
                                                                 "供应商", "厂商", "母公司", "运营方", "出品方", "公司"))]
    if kinds:
        words = words[kinds[-1] + 1:]  # 办公协作平台飞书CEO, 《明日方舟》开发商鹰角网络: what it is, before its name
    while words and words[0] in INTERPUNCTS:
        words = words[1:]
    if words and words[-1].endswith("品牌") and (len(words) >= 2 or len(words[-1]) > 2) and not modifier:
        words = words[:-1] + ([words[-1][:-2]] if len(words[-1]) > 2 else [])  # 坦克品牌CEO: the brand's head
    if words and glued_former(*words[:2]):
        words[0] = words[0][1:]  # 原云帆/汽车总经理: 云帆汽车; 原云/·/苍穹事业部
    if len(words) == 1 and words[0] in ORG_SUFFIXES and words[0] not in GENERIC_ORG_WORDS and k > 0:
        words = glued_name_before(sent, k) + words  # 原飞/凡/汽车总经理: 飞凡汽车
    if not words and not modifier and is_founder_or_top(sent[i].word):
        words = clause_opening_name(sent, j)  # 特/来电董事长于德翔: a name made of common words, opening the clause
    if not words or "".join(words) in GENERIC_ORG_WORDS:
        return Span(None, None, "".join(modifier))  # 集团总裁: the company the sentence is about
    product = known_product_head(words)
    if product:
        rest = "".join(words)[len(product):]
        return Span(product, None, rest + "".join(modifier))  # 飞书商业化负责人: 飞书's head of sales
    org, rest = split_known_org(words)
    group_end = next((k for k, w in enumerate(rest[:-1]) if w.endswith(("集团", "公司"))), None) if not org else None
    if group_end is not None and len("".join(rest[:group_end + 1])) >= 4 and is_unit_word(rest[-1]) \
            and not any(is_unit_word(w) for w in rest[group_end + 1:-1]):
        return Span("".join(rest[:group_end + 1]), "".join(rest[group_end + 1:]), "".join(modifier))  # 淘天集团/会员运营中心
        # 负责人: the group's unit
    if org and len(rest) == 1 and words[0] in org_alias_index() and is_founder_or_top(sent[i].word) \
            and re.fullmatch(r"[\u4e00-\u9fff]{2}", rest[0]) and is_unfamiliar(rest[0]) and not is_unit_word(rest[0]):
        return Span(words[0] + rest[0], None, "".join(modifier))  # 小鹏/汇天创始人: a company named after its parent
    if len(rest) > 1 and rest[0] in GENERIC_ORG_WORDS:
        rest = rest[1:]  # 公司战略部负责人: the company's 战略部
    if len(rest) > 1 and is_unit_word(rest[-1]) and REGION_UNIT.fullmatch(rest[-2]) and rest[-1] in ("事业部", "事业群", "业务部"):
        rest = [rest[-2] + rest[-1]]  # 中国区/事业部总裁: one unit, named after its region
    if len(rest) > 1 and is_unit_word(rest[-1]) and any(is_unit_word(w) for w in rest[:-1]):
        rest = rest[-1:]  # 智能信息事业群技术部负责人: the unit inside the unit
    rest_name = "".join(rest)
    if rest_name and is_unit_word(rest_name):
        return Span(org, rest_name, "".join(modifier))
    if org and (rest_name in GENERIC_ORG_WORDS or rest and all(w in ORG_SUFFIXES or w in GENERIC_ORG_WORDS for w in rest)
                or rest_name.endswith(LEGAL_FORMS) and not any(is_unit_word(w) for w in rest)):  # 用友网络科技股份有限公司
        return Span(org, None, "".join(modifier))  # 吉利控股集团董事长, 极氪科技集团CEO: the company, not the title
    if org and org in org_alias_index() and (rest_name in BUSINESS_LINES or (
            not modifier and not takes_modifier(sent[i].word) and business_name(rest_name))):
        return Span(org, org + rest_name, "".join(modifier))  # 京东零售CEO, 美团核心本地商业CEO: a business of the company
    if org and org in org_alias_index() and business_group(rest_name):
        return Span(org, "".join(words), "".join(modifier))  # 阿里国际数字商业集团CEO: a business group of the company
    if not org and len(rest) >= 2 and rest[-1] in COUNTRIES and rest[-1] not in REGIONS and not rest[0] in COUNTRIES:
        return Span("".join(rest[:-1]), None, rest[-1] + "".join(modifier))  # 99Food巴西负责人: the head of its business there
    if org and (REGION_UNIT.search(rest_name) or rest_name in REGIONS):
        return Span(org, "".join(words), "".join(modifier))  # 友邦中国区首席执行官, 友邦香港首席执行官: a region's unit
    if org and rest_name:
        return Span(org, None, rest_name + "".join(modifier))
    if org and not rest_name and modifier and modifier[0] in BUSINESS_LINES and org in org_alias_index():
        return Span(org, org + modifier[0], "".join(modifier[1:]))  # 京东零售CEO: a business line of 京东
    return Span(org or rest_name, None, "".join(modifier))


def company_tail(sent: Sequence[Token], k: int) -> bool:
    """雷鸟/创新 before a title: a company's tail word the segmenter took for a verb, right after a name."""
    return sent[k].word in ("创新", "智能") and k > 0 and sent[k - 1].pos in ("nr", "nz", "ns", "nt", "eng", "nrt")


def glued_name_before(sent: Sequence[Token], k: int) -> list[str]:
    """The characters of a name the segmenter glued to a word before it (原飞/凡 before 汽车): what stands between
    the last break and k, less 原/前; [] when that is no name."""
    start = k
    while start > 0 and k - start < 3 and sent[start - 1].pos != "x" and len(sent[start - 1].word) <= 2:
        start -= 1
    stem = re.sub(r"^(?:由原|原|前|现)", "", "".join(t.word for t in sent[start:k]))
    glued = any(len(t.word) == 1 or (t.pos.startswith("nr") and t.word[0] in "原前现") for t in sent[start:k]) \
        and not any(t.word in POST_VERBS or t.pos in ("p", "m", "t") for t in sent[start:k])
    return [stem] if glued and 2 <= len(stem) <= 4 and is_unfamiliar(stem) and not NOT_IN_NAMES & set(stem) else []


def is_founder_or_top(title: str) -> bool:
    """A founder's title or one of the company's own leadership."""
    return title in FOUNDER_TITLES or is_top_title(title)


def is_top_title(title: str) -> bool:
    """A title of the company's own leadership (轮值董事长, 执行总裁…), which needs no unit to be in."""
    return title in TOP_TITLES or (title.endswith(("董事长", "主席", "首席执行官", "CEO", "总裁")) and "副" not in title)


def same_post_named_later(sent: Sequence[Token], i: int, people: set[str]) -> str | None:
    """The organisation of the same title named later in the sentence, when one is left and taken (原总经理古惠南卸任，由…
    兼任广汽埃安总经理): the post handed on."""
    if not (i and sent[i - 1].word in ("原", "前")) or not any(t.word in ("接任", "兼任", "出任", "担任", "接替") for t in sent[i + 1:]):
        return None
    for k in range(i + 1, len(sent)):
        if sent[k].word == sent[i].word and (span := span_before(sent, k, people)) and (span.unit or span.org):
            return span.unit or span.org
    return None


def same_post_named_elsewhere(sent: Sequence[Token], i: int, people: set[str]) -> str | None:
    """The organisation the sentence names for the same title elsewhere (由李勇兼任网易云音乐董事会主席，原董事会主席丁磊
    不再担任: 网易云音乐's), if any."""
    return next((span.unit or span.org for k, t in enumerate(sent) if k != i and t.word == sent[i].word
                 and (span := span_before(sent, k, people)) and (span.unit or span.org)), None)


def board_seat_org(sent: Sequence[Token], i: int, people: set[str], units: dict[str, Unit], main_org: str | None) -> str | None:
    """The company whose board a bare board title sits on: the one the sentence names for the same title, else the
    sentence's subject when it is a company, not a unit (董事长李缜兼任研究院院长), else the article's company."""
    named = same_post_named_elsewhere(sent, i, people)
    subject = None if named else sentence_subject(sent, i, units)
    return named or (subject if subject not in units else None) or main_org


def is_chief_officer(title: str) -> bool:
    """A chief officer's title (首席产品官, CFO, 首席科学家): always a post of the company itself."""
    return bool(re.fullmatch(r"首席[\u4e00-\u9fff]{1,4}官|首席(?:科学家|经济学家|架构师)|C[A-Z]O", title))


def is_board_title(title: str) -> bool:
    """A seat on the company's board (董事长, 董事局主席, 独立董事): never a unit's post (董事长李缜兼任院长)."""
    return title.endswith(("董事长", "董事局主席", "董事会主席", "董事", "董事会秘书"))


def is_company_rank(title: str) -> bool:
    """A rank held in a company, not in one of its units (副总裁, 首席战略官, 独立董事): a bare one is the article's
    company's."""
    return is_top_title(title) or title.endswith(("副总裁", "董事", "监事", "合伙人", "董事会秘书", "财务总监", "副主席", "副董事长",
                                                  "行长", "副总经理", "总经理助理", "董事总经理", "集团顾问")) \
        or title.startswith("首席")


def takes_modifier(title: str) -> bool:
    """Whether a common noun before the title can belong to it (市场总监, 技术负责人): not before a founder's,
    a chair's or a chief officer's title, where it names the organisation (地平线创始人, 地平线CEO)."""
    return not (title.endswith(("创始人", "创办人", "董事长", "主席")) or title.startswith("首席")
                or (len(title) == 3 and title.isupper() and title.startswith("C")))


def is_title_modifier(token: Token) -> bool:
    """A common noun that belongs to the title after it (市场负责人, 电子商务运营总监)."""
    return (token.pos in ("n", "vn") and dictionary_freq(token.word) > RARE_FREQ and len(token.word) >= 2
            and not token.word.endswith(ORG_SUFFIXES) and not is_unit_word(token.word)
            and token.word not in APPOINT_VERBS) \
        or (token.word.startswith(("公司", "集团")) and len(token.word) == 4 and dictionary_freq(token.word[2:]) > RARE_FREQ)
    # 现任 is tagged a noun; it is the verb of the post; 公司财务副总裁: the company's own finance VP


def org_span_part(token: Token, people: set[str]) -> bool:
    """Whether a token can stand in the organisation before a title."""
    if token.word in GENERIC_ORG_WORDS or token.word in INTERPUNCTS:
        return True  # 辞去该行行长职务: the article's company
    if token.word in ("为原", "由原", "任原"):
        return False  # 负责人为原WPS AI产品负责人: 原 marks the post after it as former
    if (token.word in people or token.pos == "nnt" or not token.word.strip() or token.word in TITLE_PREFIXES
            or token.word in APPOINT_VERBS or token.word in POST_VERBS or token.word in JOINERS
            or token.word in PASSIVE_APPOINT or token.word in POST_WORDS):  # 董事会任命联合创始人X: 任命 is no part
        return False  # of an organisation
    if token.pos == "m":
        return not NUMERIC.match(token.word) and not COUNT_WORD.match(token.word) \
            and token.word not in ("年", "月", "日", "号")  # 另一位联席CEO: a count; 今年5月火山引擎总裁: a date, no name
    if token.pos == "q":
        return len(token.word) >= 2 and dictionary_freq(token.word) <= RARE_FREQ  # 淘天集团: a name tagged a measure word
    if token.pos == "r" and (token.word in ("本地", "全球", "国际", "海外") or len(token.word) == 2
                             and not PRONOUN_CHARACTERS & set(token.word) and dictionary_freq(token.word) <= 1000):
        return True  # 美团核心本地商业CEO, 自如CEO: a word of a name, not a pronoun
    if token.pos in BREAK_POS:
        return False
    return not (token.pos.startswith("v") and token.pos != "vn" and len(token.word) > 1
                and dictionary_freq(token.word) > RARE_FREQ)


def people_after(sent: Sequence[Token], i: int, people: set[str]) -> list[str]:
    """The people right after position i: one name, or a list joined by 、."""
    found = []
    k = i
    while k < len(sent) and sent[k].word in people:
        found.append(sent[k].word)
        if k + 2 < len(sent) and sent[k + 1].word in ("、", "和", "及") and sent[k + 2].word in people:
            k += 2
        else:
            break
    return found


def people_before(sent: Sequence[Token], i: int, people: set[str]) -> list[str]:
    """The people right before position i (i is exclusive): one name or a 、 list."""
    found = []
    k = i - 1
    while k >= 0 and sent[k].word in people:
        found.insert(0, sent[k].word)
        if k >= 2 and sent[k - 1].word in ("、", "和", "及", "与") and sent[k - 2].word in people:
            k -= 2
        else:
            break
    return found


def holders_of_title(sent: Sequence[Token], i: int, people: set[str]) -> list[str]:
    """Who holds the title at i: after it (X, 为X, 由...X担任), or before it (X，Y总裁 / X出任Y总裁)."""
    after = people_after(sent, i + 1, people) or (people_after(sent, i + 2, people) if i + 2 < len(sent)
                                                    and sent[i + 1].word == "的" else [])  # 担任联席CEO的杨小林
    if after:
        return after
    n = i + 1 if i + 2 < len(sent) and sent[i + 1].word in ("一职", "职务", "职位") else i  # CEO一职由X担任
    n = n + 1 if n + 3 < len(sent) and sent[n + 1].word in ("仍", "仍然", "依然", "继续", "改", "将", "则") \
        and sent[n + 2].word in ("由", "由原") else n  # 院长仍由张国华担任
    if n + 2 < len(sent) and sent[n + 1].word in ("为", "是", "同为", "则为", "由", "由原", "为原"):
        k = n + 2
        while k < min(len(sent), n + 8) and sent[k].word not in people and (
                org_span_part(sent[k], people) or sent[k].pos == "nnt"):
            k += 1  # 负责人为百度副总裁岳涛: skip the description of the person
        after = people_after(sent, k, people)
        if after and (k == n + 2 or sent[n + 1].word not in ("由", "由原")):
            return after
        if sent[n + 1].word in ("由", "由原"):  # 总裁由原网商银行董事长王卫担任
            for k in range(n + 2, min(len(sent), n + 12)):
                if sent[k].word in people and k + 1 < len(sent) and sent[k + 1].word.startswith(IN_CHARGE_VERBS + ("兼任", "接任")):
                    return [sent[k].word]
    j = before_region_in_brackets(sent, before_short_name(sent, i))
    while j > 0 and (org_span_part(sent[j - 1], people) or is_title_modifier(sent[j - 1])
                     or (sent[j - 1].word == "的" and j > 1 and org_span_part(sent[j - 2], people))):
        j -= 1
    prefixed = j
    while j > 0 and (sent[j - 1].word in TITLE_PREFIXES or sent[j - 1].word in ("共同", "联合")):
        j -= 1  # 接任共同执行长
    while j < prefixed and j > 0 and org_span_part(sent[j - 1], people):
        j -= 1  # 出任公司唯一首席执行官: the organisation stands before 唯一
    if j > 1 and j < i and sent[j - 1].word in ("兼", "兼任", "及", "、") and sent[j - 2].pos == "nnt":
        return holders_of_title(sent, j - 2, people)  # 担任美的集团副总裁兼智能家居事业群总裁: the first title's holder
    if j > 0 and sent[j - 1].word.startswith(APPOINT_VERBS):
        k = j - 1
        while k > 0 and (sent[k - 1].word in ADVERBS or sent[k - 1].word in PASSIVE_APPOINT or sent[k - 1].word in CONJUNCTIONS
                         or (k > 1 and sent[k - 1].word in ("后", "之后", "以后") and sent[k - 2].pos.startswith("v"))):
            k -= 2 if sent[k - 1].word in ("后", "之后", "以后") else 1  # 李明远曾担任…, 徐冰获委任为…, 辞职后仍担任…
        if k > 0 and (sent[k - 1].word in ("起", "开始", "以来") or sent[k - 1].word in ("日起", "月起")):
            start = next((s for s in range(k - 2, max(-1, k - 10), -1) if sent[s].word in ("自", "从", "于")), None)
            bare = k - 1  # …，2024年起担任魅族CEO: a date with no 自 opens the clause
            while start is None and bare > 0 and (sent[bare - 1].pos == "m" or sent[bare - 1].word in ("年", "月", "日")):
                bare -= 1
            k = start if start is not None else bare if bare < k - 1 and bare > 0 and sent[bare - 1].word in ("，", ",") \
                else k  # 田惠宇自2013年5月起担任…
            while k > 1 and sent[k - 1].word in ("并", "并且", "且", "同时", "还"):
                k -= 1  # …，并自2014年起担任执行董事: the clause opens before the conjunction
        while k > 2 and sent[k - 2].word in ("加入", "加盟", "入职", "回归") and org_span_part(sent[k - 1], people):
            k -= 2  # …，2022年加入SHEIN担任副董事长: the joining opens the clause
        span = k
        while span > 1 and (sent[span - 1].pos == "m" or sent[span - 1].word in DATE_RANGE_WORDS):
            span -= 1
        k = span if span < k and sent[span - 1].word in ("，", ",") else k  # …，2019年至2023年曾任X: a span opens the clause
        if k > 1 and sent[k - 1].word in ("，", ",") and sent[j - 1].word.startswith(CHANGE_VERBS + ("担任", "曾任", "现任", "是", "辞去",
                                                                                                "辞任", "卸任", "起任", "留任")):
            # X不再…，改任Y; X是…，自2001年起担任Y: the subject of the clause before
            return people_before(sent, k - 1, people) or people_in(sent[:k - 1], people)[-1:]
        return people_before(sent, k, people) or subject_of_clause(sent, k, people) or labelled_person(sent, i, people)
    if j > 1 and sent[j - 1].word in ("，", ",") and (i + 1 == len(sent) or sent[i + 1].pos == "x"):
        return people_before(sent, j - 1, people)
    return labelled_person(sent, i, people)


def labelled_person(sent: Sequence[Token], i: int, people: set[str]) -> list[str]:
    """The person a line of a list of appointments is about (胡罡：副行长，兼任首席风险官), when no one else and
    no first person (an interview's answer) is in it."""
    start = next((k for k, t in enumerate(sent) if t.pos != "x"), len(sent))  # - 胡罡：…: after a list's bullet
    if len(sent) < start + 3 or sent[start].word not in people or sent[start + 1].word not in ("：", ":"):
        return []
    if any(t.word in people or t.word.startswith(("我", "咱")) for t in sent[start + 2:i]):
        return []
    return [sent[start].word]


RUMOURED = re.compile(r"传出|传闻|传言|网传|据传|被传|谣传|消息称")


def leaves(sent: Sequence[Token], i: int, holders: Sequence[str]) -> bool:
    """Whether the holder right after the title at i leaves a post (总裁柳青将卸任, 总裁王翔将于…退休)."""
    k = i + 1
    while k < len(sent) and sent[k].word in holders:
        k += 1
    rest = "".join(t.word for t in sent[k:k + 8])
    clause = re.split(r"[，。；]", "".join(t.word for t in sent[:i]))[-1]
    if RUMOURED.search(clause):
        return False  # 市场近日传出联席首席执行官梁孟松将请辞: a rumour, no change
    return k > i + 1 and bool(re.match(r"(?:将|已|已经|正式|即将)?(?:于[^，。；]{1,14}?|因[^，。；]{1,10}?)?(?:卸任|辞去|辞任|请辞|离职|退休|离任)",
                                       rest))  # 副总裁陈立群因个人原因辞去


def title_left(sent: Sequence[Token], i: int, holders: Sequence[str]) -> str | None:
    """The title a leaving verb after the holder names (X将辞任行政总裁一职: 行政总裁), if it names one."""
    k = i + 1
    while k < len(sent) and sent[k].word in holders:
        k += 1
    for m in range(k, min(len(sent) - 1, k + 5)):
        if re.match(r"卸任|辞去|辞任|请辞|离任", sent[m].word):
            return sent[m + 1].word if sent[m + 1].pos == "nnt" else None
    return None


def reported_to(sent: Sequence[Token], head: int) -> bool:
    """Whether the title at head is the post someone reports to (向百度集团首席执行官李彦宏汇报): it does not change."""
    for k in range(head - 1, max(-1, head - 5), -1):
        if sent[k].pos == "x":
            return False
        if sent[k].word == "向":
            return True
    return False


HOLDER_MOVES = ("担任", "出任", "接任", "兼任", "升任", "调任", "改任", "转任", "将担任", "将出任", "将兼任")
ANNOUNCING_VERBS = ("发布", "宣布", "表示", "称", "透露", "写道", "指出", "介绍", "回应", "签发", "发出", "发表")


def announces(sent: Sequence[Token], i: int, holders: Sequence[str]) -> bool:
    """Whether the holder right after the title at i is the subject of an announcing verb or takes another post
    (CEO王兴发布内部邮件, 副董事长孟晚舟担任轮值董事长): the title describes the person, it does not change."""
    k = i + 1
    while k < len(sent) and sent[k].word in holders:
        k += 1
    while k < len(sent) and (sent[k].word in ADVERBS or sent[k].word in ("今日", "今天", "近日", "日前", "昨日", "昨天", "当日", "当天", "同日")):
        if sent[k].word == "不再":
            return names_another_post(sent, k + 1)  # 原董事会主席丁磊不再担任该职务: the post ends; 副总经理刘亦功不再兼任
            # 红旗…总裁: the other post does, his title before the name goes on
        k += 1  # 总裁吴嘉今日发布内部邮件
    if k > i + 1 and k < len(sent) and sent[k].word == "为" and any(t.pos == "nnt" for t in sent[k + 1:k + 4]):
        return True  # 选举副总裁郭广宇为新任董事长: the first title is the one held
    return k > i + 1 and k < len(sent) and sent[k].word.startswith(ANNOUNCING_VERBS + HOLDER_MOVES)


def names_another_post(sent: Sequence[Token], k: int) -> bool:
    """Whether the words from k (after 不再) name a post of their own before the clause ends (兼任红旗…委员会总裁)."""
    for tok in sent[k:k + 10]:
        if tok.pos == "x":
            return False
        if tok.pos == "nnt":
            return True
    return False


STOPS_HOLDING = re.compile(r"[^，；。]{0,8}?(?:不再担任|不再兼任|卸任|辞去|请辞)(?:该|上述|此|相关)?(?:职务|职位|一职|负责人|[\u4e00-\u9fff]{0,6}?(?:职务|一职))?$")
MOVES_ON = re.compile(r"转任|调任|改任|转岗|转向|转战|调往|调至|另有任用|升任|晋升|接任|(?<!不再)担任|(?<!不再)出任|(?<!不再)兼任|^[^为]{2,30}?为(?!止)"
                      r"|(?<!不再)负责(?!人)|^[^，。；]{0,6}?" + BARE_TAKES)  # 由原淘宝事业部负责人处端负责: he takes the new
# unit; 原…总监李峰任欧洲区总经理: he moves on
APPOINTING = ("委任", "任命", "聘任", "聘请", "委派", "提名")
HELD_BEFORE = re.compile(r"(?:此前|之前|原本)曾?(?:自[^，。；]{2,12}?起)?(?:担任|任职|出任|任|为|是)")
HELD_BEFORE_VERB = re.compile(r"(?:此前|之前)曾?(?:担任|任|出任)$")


def clause_after(sent: Sequence[Token], i: int) -> str:
    """The words after token i up to the end of its clause."""
    words = []
    for tok in sent[i + 1:]:
        if tok.word in ("，", "；", "。", ",", ";"):
            break
        words.append(tok.word)
    return "".join(words)


def held_before(sent: Sequence[Token], head: int, people: set[str]) -> bool:
    """前长城汽车总裁, 原被窝家装总经理: 原/前 before the organisation and title mark a post held before, as 现任 does
    after an appointing verb."""
    k = head
    while k > 0 and (org_span_part(sent[k - 1], people) or is_title_modifier(sent[k - 1])):
        k -= 1
    return (k > 0 and sent[k - 1].word in ("原", "前", "前任", "由原", "为原")) or (k < head and glued_former(sent[k].word, sent[k + 1].word)) \
        or (k > 1 and sent[k - 1].word == "现任" and sent[k - 2].word in APPOINTING) \
        or bool(HELD_BEFORE_VERB.search("".join(t.word for t in sent[max(0, k - 3):k])))
    # 委任现任首席财务总监X为…; X此前(曾)担任娃哈哈集团副董事长: a post held before


def glued_former(word: str, next_word: str = "") -> bool:
    """原云帆 as one token: 原 glued by the segmenter to the name it marks as former (原云 before ·苍穹: the first part
    of a name joined by an interpunct)."""
    return word[:1] in ("原", "前") and (len(word) >= 3 and is_unfamiliar(word) or len(word) == 2 and next_word in INTERPUNCTS
                                        or len(word) == 2 and len(next_word) == 1 and dictionary_freq(word[1] + next_word) > 0
                                        and dictionary_freq(word) <= RARE_FREQ)  # 原主/站: 原 and 主站


def subject_of_clause(sent: Sequence[Token], k: int, people: set[str]) -> list[str]:
    """郁亮因工作调整原因申请辞去…: the person a few words back in the same clause, with no title, person or
    的 between (those would make the verb another's)."""
    for m in range(k - 1, max(-1, k - 9), -1):
        tok = sent[m]
        if tok.word in people:
            return [tok.word]
        if tok.pos in ("x", "nnt") or tok.word == "的" or tok.word in APPOINT_VERBS:
            return []
    return []


def people_in(tokens: Sequence[Token], people: set[str]) -> list[str]:
    """The people named in tokens, in order."""
    return [t.word for t in tokens if t.word in people]


def first_of_joint_titles(sent: Sequence[Token], i: int) -> int:
    """董事长兼首席执行官: the first title of a run joined by 兼, for the organisation before it."""
    while i >= 2 and sent[i - 1].word in JOINERS and sent[i - 2].pos == "nnt":
        i -= 2
    return i


def last_of_joint_titles(sent: Sequence[Token], i: int, people: set[str] = frozenset()) -> int:
    """董事长兼首席执行官 / 腾讯副总裁、财付通总经理赖智明: the last title of a run joined by 兼 or 、
    (each title may have its own organisation before it), for the person after it."""
    while i + 2 < len(sent) and sent[i + 1].word in JOINERS:
        k = i + 2
        while k < min(len(sent), i + 10) and sent[k].pos != "nnt" and (
                org_span_part(sent[k], people) or sent[k].word in ("（", "）", "(", ")") or sent[k].pos == "d"):
            k += 1  # 副总裁、互动娱乐事业群（IEG）天美工作室群总裁李立群
        if k < len(sent) and sent[k].pos == "nnt":
            i = k
        else:
            break
    return i


DATED_ANNOUNCEMENT = re.compile(r"(?:晚间|晚上|早间|上午|下午|晚)?(?:发布|发出)?(?:公告|宣布)")
CLAUSE_BREAK = re.compile(r"(?<=[；;])|(?<=[，,])(?=此前|之前|此后|之后|随后|其后|后来|自此|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:至|到|-|加入|加盟|入职)"
                          r"|(?:并|将|并将)?(?:转任|改任|调任)(?!为)"
                          r"|由(?=[^，。；]{2,30}?(?:\d{1,2}月\d{1,2}日|\d{4}年)[^，。；]{0,12}?(?:接任|接替|继任)))")  # …将于7月1日卸任，
# 转任董事会顾问: the new post, from then;
# …将于12月31日退休，由林建宏自2026年1月1日起接任: the successor's clause, its own day
# …董事长，此前自2022年起担任行长; …副总经理，2019年至2023年曾任…: a clause of its own


def clause_dates(sentence: str, year: int | None,
                 article_date: str | None = None) -> list[tuple[int, str, str | None, str | None]]:
    """Per clause (split on ；, and before a comma's 此前 or 此后): its start, and the since/until dates it states (上月离职 ends a post last
    month); a clause that opens with 此后/之后 starts when the previous clause's 以前 ended, and one that takes over
    (接任) when the previous clause's post ended."""
    out = []
    start = 0
    carried: str | None = None
    for clause in CLAUSE_BREAK.split(sentence):
        since = until = None
        dates = find_dates(clause, year, article_date)
        for d, following in zip(dates, [*dates[1:], None]):
            tail = clause[d.end:d.end + 3]
            if re.match(r"\s*(财报|年报|业绩|年度|全年|第[一二三四]季度|季度|财年)", clause[d.end:]):
                continue  # 发布2020年财报: the date of a report, not of a post
            if tail.startswith(BEFORE_WORDS) and not re.search(r"将(?:在|于)?$", clause[max(0, d.start - 3):d.start]):
                until = d.iso  # not 将在2025年前开设200家新店: a plan's deadline
                carried = d.iso
            elif since and clause[max(0, d.start - 1):d.start] in ("至", "到", "-", "－") \
                    or clause[max(0, d.start - 1):d.start] == "至" and re.search(r"担任|出任|留任|任职", clause[:d.start]):
                until = d.iso  # 自2025年4月1日起至2025年9月30日: the end of the term; 将继续担任顾问至2026年6月30日
            elif following and following.start == d.end + 1 and clause[d.end] in "至到-－" and HELD.search(clause, following.end):
                since = d.iso  # 2019年至2023年曾任X: a term from one date to the next
            elif re.match(r"起(?:正式)?生效", clause[d.end:]) and LEAVING.search(clause) and not TAKING.search(clause):
                until = d.iso  # 辞去该行行长职务，自2024年11月11日起生效: the day the post ends
            elif (tail.startswith(SINCE_WORDS) or re.search("出任|接任|上任|加盟|任命|担任|兼任|选举|当选|委任|获任|改任", clause)
                  or tail.startswith(("调任", "转任", "升任"))) \
                    and not DATED_ANNOUNCEMENT.match(clause, d.end):  # 1月31日晚间公告: the day of the news, not of a post
                since = d.iso
            elif LEAVING.match(clause[d.end:].lstrip("正式已经")) \
                    or (d.start <= 1 and clause[d.end:d.end + 1] in "，," and LEAVING.search(clause[d.end:])
                        and not TAKING.search(clause)) \
                    or (clause[max(0, d.start - 1):d.start] == "于" and LEAVING.search(clause[d.end:d.end + 12])
                        and not TAKING.search(clause[d.end:d.end + 12])):  # 将于5月19日合约期满后离任
                until = d.iso  # 2024年12月，…首席运营官马杰已经离职: the date that opens the sentence dates the leaving
        if since is None and clause.lstrip().startswith(AFTER_CLAUSE) and (carried or out and out[-1][2]):
            since = carried or out[-1][2]  # …将于12月31日退休，此后将担任高级顾问: from when the other post ended
        if until is None and clause.lstrip().startswith(("此前", "之前")) and out and out[-1][1]:
            until = out[-1][1]  # …自今年1月起代行CEO职责，此前CEO一职由陈少杰担任: held until the new post began
        ended = next((c[2] for c in reversed(out) if c[2]), None)
        if since is None and until is None and ended and re.search("接任|接替|继任|接棒", clause):
            since = ended  # 蔡浩宇已于2024年卸任…；总裁刘伟接任董事长: from when the other left
        out.append((start, since, until, clause))
        start += len(clause)
    return out


def wording_of_title(sent: Sequence[Token], i: int, head: int | None = None) -> str:
    """The words that govern the title at i: back to the title or punctuation before it (or before the
    first of joint titles, `head`), and on to punctuation when no other title follows first."""
    k = (i if head is None else head) - 1  # joint titles (董事局主席、首席执行官) share the wording before the first
    while k >= 0 and sent[k].pos not in ("nnt", "x"):
        k -= 1
    window = "".join(t.word for t in sent[k + 1:i + 1])
    k = i + 1
    while k < len(sent) and sent[k].pos not in ("nnt", "x"):
        k += 1
    if k == len(sent) or sent[k].pos == "x":
        window += "".join(t.word for t in sent[i + 1:k])
    return window


NUMBERED_ITEM = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)])")  # a letter's item


def change_on_article_date(sent: Sequence[Token], i: int, article_date: str | None,
                           head: int | None = None) -> tuple[str | None, str | None]:
    """A title in reshuffle wording with no date of its own (将兼任, 新任, 接替 / 不再担任, 离职, 被开除)
    changes on the article's date: (since, until). The wording counts between the title and the title
    or punctuation before it (or before the first of joint titles, `head`), or after it up to punctuation (not
    up to another title, which it governs)."""
    if not article_date:
        return None, None
    window = wording_of_title(sent, i, head)
    if RUMOURED.search(window) or RUMOURED.search(re.split(r"[，。；]", "".join(t.word for t in sent[:i]))[-1]):
        return None, None  # 市场近日传出…梁孟松将请辞: a rumour, no change
    if SUCCESSOR_DESCRIBED.search(window):
        return None, None  # 接替他的是腾讯副总裁吴侃: the post the successor holds now, not the one taken
    if LEAVING.search(window):
        return None, article_date
    if TAKING.search(window):
        return article_date, None
    k = i - 1
    while k >= 0 and sent[k].word not in ("；", "。", ";"):
        k -= 1
    clause = "".join(t.word for t in sent[k + 1:i + 1])  # 成立到家事业群，由王慧文担任总裁: a new post
    part = re.split(r"[，,]", clause)[-1]
    if part.startswith("向"):
        return None, None  # …负责，向小红书CEO星矛汇报: the post reported to stays as it was
    end = next((j for j in range(i + 1, len(sent)) if sent[j].word in ("；", "。", ";", "，")), len(sent))
    handed = "".join(t.word for t in sent[i + 1:end])  # 事业部总经理由高级副总裁X担任: the post, then who takes it
    if (re.search("成立|设立|组建|新设|任命|调整为", clause) or NUMBERED_ITEM.match(clause)) \
            and (re.search("担任|出任|负责|兼任|主管|" + BARE_TAKES, clause)
                 or handed.startswith("由") and re.search("担任|出任|负责|兼任", handed)) \
            or re.search(rf"(?:{'|'.join(APPOINTING)})[^，。；]*为[^，。；]*$", clause):  # 委任X为集团首席营运官
        return article_date, None
    return None, None


def dates_at(clauses, offset: int) -> tuple[str | None, str | None]:
    """The since/until of the clause holding a character offset; a clause with no date inherits none."""
    current = (None, None)
    for start, since, until, _ in clauses:
        if start <= offset:
            current = (since, until)
    return current


def subject_before_you(sent: Sequence[Token], i: int, people: set[str]) -> str | None:
    """X由P担任T: the organisation or unit X before 由 when the title at i follows 由 P 担任."""
    k = i - 1
    while k >= 0 and sent[k].word not in people:
        if sent[k].pos == "x":
            return None
        k -= 1
    if k + 1 >= len(sent) or not sent[k + 1].word.startswith(APPOINT_VERBS):
        return None
    k -= 1
    while k >= 0 and not sent[k].word.startswith("由") and (
            sent[k].pos == "nnt" or org_span_part(sent[k], people) or sent[k].word in TITLE_PREFIXES):
        k -= 1  # 由原京东商城副总裁蒋文玉担任: skip the description of the person
    if k < 1 or not sent[k].word.startswith("由") or sent[k - 1].word.endswith("起"):
        return None  # 自12月1日起由X接任总经理: a date before 由, no organisation
    span = span_before(sent, k, people)
    return span.unit or span.org


def joined_org(sent: Sequence[Token], i: int) -> str | None:
    """X将加入腾讯音乐，担任集团副总裁: the organisation joined before a title that names none."""
    for k in range(i - 1, 0, -1):
        if sent[k - 1].word in ("加入", "加盟", "入职", "转投") and canonical_org(sent[k].word) in org_alias_index():
            return canonical_org(sent[k].word)
        if sent[k].word in ("。", "；"):
            return None
    return None


PARENT_MARKERS = r"(?:隶属于|隶属|归属于|划归|挂靠)"


def sets_up_one(after: Sequence[Token]) -> bool:
    """Whether the words after 下设 up to a title name one unit, not a list (下设AI云业务部，由…)."""
    clause = next((k for k, t in enumerate(after) if t.word in ("，", ",", "；", "。")), len(after))
    return 0 < clause < len(after) and not any(t.word in ("、", "和", "及", "与", "以及") for t in after[:clause])


def sentence_subject(sent: Sequence[Token], i: int, units: dict[str, Unit]) -> str | None:
    """What a title without its own organisation refers to: the last unit named before it in the
    sentence (not one that labels another title: 合并为视频号事业部，由微信事业群副总裁周颖兼任总经理), else the first
    organisation; a business the sentence describes as an organisation's (TikTok Shop是字节跳动旗下的直播电商业务，
    负责人Bob Kang…) is its head's."""
    window = range(i - 1, max(-1, i - 40), -1)  # a title's own clause, not the whole of a long sentence
    below = next((k for k in window if sent[k].word in ("下设", "下辖", "下属")), None) \
        if not any(t.word == "分别" for t in sent[max(0, i - 40):i + 40]) else None  # …下设A、B和C，分别由P、Q和R负责: each its own
    below = None if below is not None and sets_up_one(sent[below + 1:i]) else below  # X下设A，由P兼任负责人: A's head
    for k in range(i - 1, -1, -1):
        name, _ = unit_at(sent, k)
        if name in units and not labels_a_holder(sent, k, i, reach=3) and (below is None or k < below) \
                and not re.search(rf"{PARENT_MARKERS}{re.escape(name)}$", "".join(t.word for t in sent[:k + 1])):
            return name  # X下设A、B和C三个部门，由P担任总经理: X's head, not C's; 新设A，隶属于B，负责人为P: A's
    described = DESCRIBED_BUSINESS.match("".join((" " if k and t.start > sent[k - 1].end else "") + t.word
                                                 for k, t in enumerate(sent[:min(i, 30)])))  # the spaces dropped kept
    if described:
        return described.group("name")
    joint = JOINT_VENTURE.search("".join(t.word for t in sent[:i]))
    if joint:
        return joint.group("name")  # 宝马与长城汽车的合资公司光束汽车宣布…，总经理X: the venture's
    named = {n for _, n, _ in known_org_mentions("".join(t.word for t in sent))}  # not 贝壳 in 新京报贝壳财经
    for k, tok in enumerate(sent[:i]):
        if tok.word in org_alias_index() and org_alias_index()[tok.word].kind not in ("government", "media") \
                and canonical_org(tok.word) in named and not labels_a_holder(sent, k, i, reach=1):
            return canonical_org(tok.word)  # 证监会决定，对…财务总监: a regulator is not the employer; 由平安集团联席CEO郭晓涛出任
            # 董事会主席: the company that labels the holder is not the post's
    return None


JOINT_VENTURE = re.compile(r"的(?:合资公司|合资企业|子公司|全资子公司|控股子公司)(?P<name>[\u4e00-\u9fffA-Za-z]{2,10}?)"
                           r"(?=宣布|发布|公告|近日|今日|日前|表示|[，,])")
DESCRIBED_BUSINESS = re.compile(r"^(?P<name>[^，。；是的]{2,16})是[^，。；]{2,12}旗下的?[^，。；]{0,10}(?:业务|平台|品牌|产品|应用)[，,]")


def labels_a_holder(sent: Sequence[Token], k: int, i: int, reach: int) -> bool:
    """Whether the name at k labels the holder of the title right after it, within `reach` words of a 由
    (由微信事业群副总裁周颖兼任: the unit is the holder's, not the post's)."""
    return k + 1 < i and sent[k + 1].pos == "nnt" and "由" in (t.word for t in sent[max(0, k - reach):k])


def resolve_bare_unit(word: str, sent: Sequence[Token], units: dict[str, Unit], before: int | None = None) -> str:
    """A bare 委员会, 部门 or 事业部 refers to the last unit with that word named in the sentence (before the title
    at `before`, when one is named there), else to the article's only one."""
    if word not in GENERIC_UNIT_WORDS and word not in unit_suffixes():
        return word
    end = len(sent) if before is None else before
    for k in [*range(end - 1, -1, -1), *range(len(sent) - 1, end - 1, -1)]:
        name, _ = unit_at(sent, k)
        if name and name != word and name.endswith(word) and name in units:
            return name
    text = "".join(t.word for t in sent[:end])  # 成立北汽新能源汽车事业本部，…兼任事业本部总裁: the name the segmenter split
    written = [(text.rfind(u), u) for u in units if u != word and u.endswith(word) and u in text]
    named = [u for u in units if u != word and u.endswith(word)]
    return max(written)[1] if written else named[0] if len(named) == 1 else word  # 一、成立X委员会。…任委员会主任: the
    # article's one committee


def find_roles(doc: Document, tokens: Sequence[Sequence[Token]], people: set[str],
               units: dict[str, Unit], main_org: str | None = None) -> list[Role]:
    """Every role the article states, with since/until when the clause gives them (changes dated by the day they take
    effect when the article's own day is unknown)."""
    takes_effect, item_days = effective_days(doc)
    if doc.date is None and takes_effect:
        doc = replace(doc, date=takes_effect)  # 昨日（10日）晚间公告…自2024年6月10日起生效: the changes' day
    roles: list[Role] = []
    for sentence, sent in zip(doc.sentences, tokens):
        sent = [t for t in sent if t.word.strip()]  # 终端BG CEO: the space between Latin words joins nothing apart
        clauses = clause_dates(sentence.text, doc.year, doc.date)
        for i, tok in enumerate(sent):
            if tok.pos != "nnt" or (i + 1 < len(sent) and sent[i + 1].word == "委员会") \
                    or (tok.word == "成员" and i and sent[i - 1].word.endswith("团队")):
                continue  # 合伙人委员会: the name of a committee, not a title; 创始团队成员: a description
            head = first_of_joint_titles(sent, i)
            span = span_before(sent, head, people)
            org = span.unit or span.org
            org = resolve_bare_unit(org, sent, units, head) if org else None
            org = (university_before(sent, head) or org) if tok.word in ACADEMIC_TITLES else org  # 清华大学计算机系副教授: a
            # post at the university
            if org is None or org in GENERIC_UNIT_WORDS or org in unit_suffixes():
                company_word = head and sent[head - 1].word in GENERIC_ORG_WORDS  # 转任公司顾问: the article's company
                # (加入腾讯音乐，担任集团副总裁: the company joined)
                org = joined_org(sent, head) or (main_org if company_word else None) \
                    or subject_before_you(sent, head, people) or predecessors_org(roles, sentence.text, tok.word) \
                    or co_holders_org(roles, sentence.text, tok.word) \
                    or (main_org if is_chief_officer(tok.word) or tok.word in FOUNDER_TITLES else None) \
                    or same_post_named_later(sent, i, people) \
                    or (board_seat_org(sent, i, people, units, main_org) if is_board_title(tok.word) else None) \
                    or (main_org if head and sent[head - 1].word == "向" else None) \
                    or (main_org if head and sent[head - 1].word in ("转任", "升任", "调任", "改任") and is_company_rank(tok.word)
                        else None) \
                    or sentence_subject(sent, head, units) \
                    or (main_org if is_company_rank(tok.word) else None)  # 创始人X不再担任…: the article's company; 原产品
                # 中心总经理王强转任首席产品官: a chief officer is the company's, not the unit's the sentence names; 向总经理X
                # 汇报: the one reported to is the company's
            by = [k for k in range(max(0, head - 4), head) if sent[k].word in ("由", "改由")]  # 改由副总裁X负责: describes X
            descriptive = bool(by) and not any(t.word.startswith(APPOINT_VERBS[:6])
                                               for t in sent[by[-1]:head])  # 由阿里巴巴副CTO姜鹏担任, not 由X接任CEO
            written = "".join(t.word for t in sent[max(0, head - 4):i + 1])
            if written.endswith("原" + span.modifier + tok.word) and span.org is None and span.unit is None and org in units \
                    and is_founded(units[org], doc.text):
                org = units[org].parent or main_org  # 成立国际化事业群…；原国际业务负责人P改任…: a former post, not in the new unit
            former_rank = head and sent[head - 1].word == "由原" and is_company_rank(tok.word)  # 由原副总裁P担任
            if (descriptive or former_rank) and span.org is None and span.unit is None and org in units:
                org = units[org].parent or org  # 成立X事业群，由高级副总裁P担任: the rank is in the company
            last = last_of_joint_titles(sent, i, people)
            holders = holders_of_title(sent, last, people) or holders_of_title(sent, head, people)  # 任命陆奇为集团总裁兼…
            if not holders:
                continue
            announcing = announces(sent, last, holders) or reported_to(sent, head)  # 美团CEO王兴发布内部邮件: it stays
            since, until = post_dates(doc, sent, (head, i, last), people, holders,
                                      None if descriptive or announcing else clauses)
            title = (span.modifier if i == head else "") + tok.word  # 联席董事长兼联席CEO: the modifier is the first title's
            roles += [Role(person, title, canonical_org(org), since, until, sentence.text)
                      for person in holders]
        shared = shared_in_charge(doc, sentence, people, units)
        if shared:  # 拆分为A和B，分别由P、Q担任总经理: each heads one, not both the last
            roles = [r for r in roles if r.evidence != sentence.text or r.person not in {s.person for s in shared}] + shared
        roles += dismissals(sentence.text, people, main_org, doc.date)
        roles += unit_in_charge(sentence, sent, people, units, doc.date)
        roles += charge_taken_since(sentence.text, people, units)
        roles += successions(sentence.text, people, roles, doc.date)
        roles += founders(sentence.text, people, main_org)
    effective = takes_effect or announcement_date(doc)
    founding_day = doc.date or (str(doc.year) if doc.year else None)  # a unit founded in an article of a known year only
    roles = [on_effective_date(in_founded_unit(r, units, founding_day, doc.text), doc.date,
                               next((day for day, item in item_days if r.evidence in item), effective), not takes_effect)
             for r in roles if r.org]
    roles += [r for r in interviewee_roles(doc, people) if not any(x.person == r.person and x.org == r.org for x in roles)]
    return dedupe_roles(held_until_new_post(former_until_successor(roles)))


def former_until_successor(roles: list[Role]) -> list[Role]:
    """原总裁X in the sentence that names another the same post from a day (聘任Y为公司总裁，任期自2026年1月1日起；原总裁X…): X held
    it until that day."""
    taken = {(r.evidence, r.title, r.org): r.since for r in roles if r.since}
    return [replace(r, until=taken[r.evidence, r.title, r.org])
            if not r.until and (r.evidence, r.title, r.org) in taken and taken[r.evidence, r.title, r.org] != r.since
            and f"原{r.title}{r.person}" in r.evidence else r for r in roles]





def predecessors_org(roles: Sequence[Role], sentence: str, title: str) -> str | None:
    """Where a bare title is taken over: the organisation of the one who left it in the same sentence
    (海信视像董事长程开训已卸任，由贾少谦接任董事长一职)."""
    if not SUCCESSION_VERB.search(sentence) or not re.search(rf"(?:接任|接替|继任|接棒){re.escape(title)}", sentence):
        return None
    return next((r.org for r in reversed(roles) if r.evidence == sentence and r.until and r.title == title), None)


CO_HOLDER = re.compile(r"(?:与|和|同)(?P<name>[\u4e00-\u9fff·]{2,4})(?:共同|一起|一同)(?:担任|出任)")


def co_holders_org(roles: Sequence[Role], sentence: str, title: str) -> str | None:
    """Where a joint title is shared (与刘涛共同担任联席CEO): the organisation of the other holder's post."""
    m = CO_HOLDER.search(sentence)
    if m is None:
        return None
    return next((r.org for r in reversed(roles) if r.person == m.group("name") and r.title in title), None)


def held_until_new_post(roles: list[Role]) -> list[Role]:
    """A post the article says its holder held before (利明光此前担任副总裁) ends when the post it names for him
    begins (聘任利明光为总裁, since 2024-04-29)."""
    before = [held_before_in(r) for r in roles]
    starts: dict[str, Role] = {}
    for r, held in zip(roles, before):
        if r.since and not held and len(r.since) >= len(starts[r.person].since if r.person in starts else ""):
            starts[r.person] = r  # the most precise start wins
    kept = {(r.person, t, r.org) for r, held in zip(roles, before) if not held for t in r.title.split("、")}
    return [Role(r.person, r.title, r.org, r.since if r.since != starts[r.person].since else None,
                 starts[r.person].since, r.evidence)
            if held and not r.until and r.person in starts and ends_when_begun(r.since, starts[r.person].since)
            and not moved_company(r.org, starts[r.person].org) and (r.person, r.title, r.org) not in kept else r
            for r, held in zip(roles, before)]  # 出任董事长、总经理 after 此前担任副董事长兼总经理: 总经理 goes on


def ends_when_begun(held_since: str | None, new_since: str) -> bool:
    """Whether a post held before ends when the new one begins: the new one's day is known, or the old one
    began earlier (自2022年6月起担任行长, 2024年3月起任董事长)."""
    if held_since is None or held_since == new_since:
        return len(new_since) == 10
    return held_since < new_since[:len(held_since)]


def moved_company(before: str | None, after: str | None) -> bool:
    """Whether a post held before was at another well-known company (陆奇此前担任微软…, now at 百度): it need not
    have ended the day the new one began."""
    return before in org_alias_index() and canonical_org(before) != canonical_org(after)


def names_title(clause: str, title: str) -> bool:
    """Whether a clause names the title itself, not only a longer one ending with it (总裁 in 集团执行总裁: no; 副总裁
    in 集团副总裁: yes, the group's)."""
    return title in clause and clause.count(title) > sum(clause.count(t) for t in titles() if len(t) > len(title)
                                                        and t.endswith(title) and not t.startswith(("集团", "公司")))


def held_before_in(role: Role) -> bool:
    """Whether the role's sentence says its holder held it before (X此前担任…title), its organisation named there
    or nowhere in the sentence (under another name: ACG副总裁), or a bare title (任中信银行董事长，此前担任行长)."""
    title = role.title.split("、")[-1]
    former = ("为原" in role.evidence or "由原" in role.evidence) and re.search(rf"(?:为|由)原(?P<org>[^，。；为由]{{0,16}}){re.escape(title)}{re.escape(role.person)}", role.evidence)
    if former and role.org and role.org in former.group("org"):
        return True  # 负责人为原WPS AI产品负责人姚冬: the post named after 原 is the one held before
    for m in HELD_BEFORE.finditer(role.evidence):
        clause = re.split(r"[，。；]", role.evidence[m.end():])[0]
        if role.person in role.evidence[:m.start() + 1] \
                and names_title(clause, role.title.split("、")[0]) and (not role.org or role.org in clause or role.org not in role.evidence
                                                             or clause.startswith(role.title.split("、")[0])):
            return True
    return False


NOTICE_ISSUED = re.compile(r"(?:今日|今天|近日|日前|正式)?(?:下发|发布|发出|印发|签发)了?(?:一封)?(?:《[^》]{2,40}》|内部信|内部邮件|全员信|全员邮件|"
                           r"(?:组织|架构|组织架构|人事)(?:调整|任命|变动)?通知|人事任命|人事调整|通知|公告)")
EFFECTIVE = re.compile(r"(?:自|于|从)(?P<date>[^，。；]{2,14}?)(?:起)?(?:正式)?生效"
                       r"|(?:自|从)(?P<start>[^，。；：]{2,14}?)起(?:[，,]?(?:将[^，。；]{0,12}?|[^。；]{0,24}?)?(?:正式)?(?:调整|实施|执行|施行|设立|"
                       r"成立|组建|拆分|合并|撤销|整合)|[：:])")  # 自2025年1月1日起调整…, 自…起，夸克、UC和书旗整合为…, 宣布自…起：一是…


def effective_days(doc: Document) -> tuple[str | None, list[tuple[str, str]]]:
    """The day an announcement's changes take effect (以上调整自2024年1月15日起生效, 自…起调整组织架构; in a letter's numbered
    decision, 1、…自2025年1月1日起转任…), if it says one, and (day, item) for each of a letter's several numbered items that
    gives its own (3、…由周晓雯接任，自9月1日起生效: that item's change only)."""
    if "起" not in doc.text and "生效" not in doc.text:
        return None, []  # the cheap test first
    lines = doc.text.split("\n")
    several = sum(bool(NUMBERED_ITEM.match(line)) for line in lines) >= 2
    whole, items = None, []
    for m in EFFECTIVE.finditer(doc.text):
        dates = find_dates(m.group("date") or m.group("start"), doc.year, doc.date)
        if not dates or len(dates[0].iso) != 10:
            continue
        line = line_at(doc.text, m.start())
        if several and NUMBERED_ITEM.match(line) and not re.search(r"(?:以上|上述)(?:各项)?(?:调整|变动|任命|安排|变化)", line):
            items.append((dates[0].iso, line))  # not （3）以上调整自3月20日起生效: an item that dates all the others
        elif whole is None:
            whole = dates[0].iso
    for line in lines if whole is None else ():
        m = ITEM_EFFECTIVE.search(line) if NUMBERED_ITEM.match(line) else None
        dates = find_dates(m.group("start"), doc.year, doc.date) if m else ()
        if dates and len(dates[0].iso) == 10:
            whole = dates[0].iso
            break
    return whole, items


def line_at(text: str, at: int) -> str:
    """The line of a text that holds a position."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)]


ITEM_EFFECTIVE = re.compile(r"(?:自|从)(?P<start>[^，。；]{2,14}?)起[，,]?(?:转任|出任|担任|接任|兼任|改任|升任)")


ANNOUNCED = re.compile(NOTICE_ISSUED.pattern + r"|宣布|发布公告|公告称|(?:公告|公布)(?=[，,：:])|(?<=[日晚间])公告"
                       r"|(?:对[^，。；]{1,8})?进行了?(?:新一轮)?(?:组织|架构|组织架构|人事|管理层)?调整")  # 4月26日，X对管理层进行调整  # 12月22日晚公告，…,
# 昨（8）日公告
YESTERDAY = re.compile(r"昨日|昨天|昨晚")


def announcement_date(doc: Document) -> str | None:
    """The day the article's notice or letter was issued when one of its first sentences dates it before the
    article's own day (4月1日，广汽集团下发《…通知》 in an article of 4月2日; 昨日公布 in a dated paper)."""
    for sentence in doc.sentences[:3]:
        m = ANNOUNCED.search(sentence.text)
        days = [d.iso for d in find_dates(sentence.text[:m.start()], doc.year, doc.date) if len(d.iso) == 10] if m else []
        yesterday = YESTERDAY.search(sentence.text, max(0, m.start() - 4), m.start()) if m and not days and doc.date else None
        days = [relative_day(yesterday.group(0), doc.date)] if yesterday else days
        if days and doc.date and days[-1] < doc.date:
            return days[-1]
        if m:
            return None
    return None


def on_effective_date(role: Role, article_date: str | None, effective: str | None, announced: bool = False) -> Role:
    """A change dated by the announcement's day takes effect on the day the announcement names, or (announced) on the
    day it was announced when that was before the article's (昨日公布…即日起生效)."""
    if not effective or not article_date or article_date not in (role.since, role.until) \
            or "即日起" in role.evidence and not announced:
        return role  # 任命X为首席运营官，即日起生效: on the article's day
    return Role(role.person, role.title, role.org, effective if role.since == article_date else role.since,
                effective if role.until == article_date else role.until, role.evidence)


def post_dates(doc: Document, sent: Sequence[Token], titles_at: tuple[int, int, int], people: set[str],
               holders: list[str], clauses: list[tuple[int, str, str | None, str | None]] | None
               ) -> tuple[str | None, str | None]:
    """When the post of a title begins and ends for its holders (titles_at: the first of the joint titles, this
    one and the last): from its clause's dates (None: the sentence describes or announces the post, and dates
    none) and the words around it."""
    head, i, last = titles_at
    since, until = dates_at(clauses, sent[i].start) if clauses is not None else (None, None)
    if sent[i].word in FOUNDER_TITLES:
        return None, None  # 创始人 is for good: a date in its clause belongs to something else
    term_end = until if sent[i + 1:i + 2] and sent[i + 1].word == "至" else None  # 将继续担任公司顾问至2026年6月30日
    if holders and any(t.word in ("继续", "仍将", "仍然", "仍") for t in sent[i + 1:]) \
            and re.search(rf"{re.escape(holders[0])}(?:将|会)?(?:继续|仍将|仍然|仍)(?:兼任|担任)?{re.escape(sent[i].word)}",
                          "".join(t.word for t in sent)):
        return None, term_end  # 委任现任首席执行官陈小华为董事长，…陈小华将继续兼任首席执行官: the post goes on
    if held_before(sent, head, people):
        taken_on, since = since, None  # 前长城汽车总裁: held before; the clause's start date is another post's
        after = clause_after(sent, i)
        if re.search(rf"(?:{STAYING.pattern})$", after.rstrip("。，；,;")):
            return None, None  # 原中国区总裁一职由卢伟冰继续兼任: the post goes on (not 将继续担任董事长, another post)
        if not until and (MOVES_ON.search(after) or STOPS_HOLDING.match(after)):
            until = taken_on or doc.date  # 原电商部负责人银时将转任…, 原X总经理Y不再担任该职务: the post ends now, or
            # when the new one starts (原总经理李长庚接任董事长，自7月1日起生效)
    elif STAYING.search(wording_of_title(sent, i, head)):
        return None, term_end  # 辞任后郁亮将继续担任执行副总裁: the post goes on (to the day a term ends, if one is said)
    elif until and not since and clauses is not None \
            and re.search(r"(?:转任|改任|出任|升任|调任)$", wording_of_title(sent, i, head)[:-len(sent[i].word)]):
        since, until = until, None  # 将于7月31日卸任CEO，转任董事长: the new post begins when the old one ends
    elif clauses is not None:
        local_since, local_until = change_on_article_date(sent, i, since or until or doc.date, head)
        if local_until and since and not until:
            since, until = None, since  # 卸任董事长，由X接任: the 接任 of the clause is not this title's
        elif not (since or until):
            since, until = local_since, local_until
    if (since or clauses is not None) and not until and leaves(sent, last, holders) \
            and title_left(sent, last, holders) not in (None, sent[i].word):
        return None, None  # 执行副主席兼行政总裁X将辞任行政总裁一职: the other post goes on
    if (since or clauses is not None) and not until and leaves(sent, last, holders):
        since, until = None, since or doc.date  # 总裁柳青将卸任总裁职务: the post before the name is the one left;
        # 副总裁、…CEO陈立峰已于近日离职: on the article's day
    return since, until


FOUNDED = re.compile(r"成立|设立|组建|新设|升级为|整合为|合并为|拆分为|拆分成|分拆为|改组为|重组为")


def in_founded_unit(role: Role, units: dict[str, Unit], article_date: str | None, text: str = "") -> Role:
    """A post in a unit the article founds (设立…六大业务集团; 淘宝天猫商业集团由戴珊担任CEO; 成立数字支付、数字金融三大
    业务板块…数字金融板块总裁由王卫担任) starts on the article's date, unless the sentence dates it."""
    unit = units.get(role.org or "")
    if unit is None or role.since or role.until or not article_date or role.title in FOUNDER_TITLES \
            or not (is_founded(unit, text) or "下设" in unit.evidence and unit.parent in units
                    and is_founded(units[unit.parent], text)):
        return role  # 事业群总裁吴嘉宣布夸克升级为夸克事业部: the 事业群 is not the one founded; a unit set up under a new
        # one (成立AI中台…下设模型研发部) is new too
    return Role(role.person, role.title, role.org, founding_date(role.evidence, article_date), None, role.evidence)


def is_founded(unit: Unit, text: str) -> bool:
    """Whether the article founds the unit (成立…事业部, 设立…)."""
    stem = re.sub(r"(?:集团|公司)$", "", strip_unit_suffix(unit.name))
    return any(stem in unit.evidence[m.end():] for m in FOUNDED.finditer(unit.evidence)) \
        or bool(re.search(rf"(?:成立|设立|组建|新设)[^。；]{{0,40}}?{re.escape(stem)}", text))


def founding_date(sentence: str, article_date: str) -> str:
    """The date a sentence gives before its founding verb (今年3月，…成立…), else the article's."""
    founded = FOUNDED.search(sentence)
    dates = find_dates(sentence[:founded.start()], int(article_date[:4]), article_date) if founded else []
    return dates[-1].iso if dates else article_date


FOUNDED_BY = re.compile(r"由(?P<names>[\u4e00-\u9fff·、和与]{2,20}?)(?:于[^，。；由]{0,12}?)?(?:在[^，。；由]{0,10}?)?"
                        r"(?:共同|联合|一手)?(?:创立|创办|创建|创始)")


def founders(text: str, people: set[str], main_org: str | None) -> list[Role]:
    """X由P于1997年在郑州创立: P founded the article's company."""
    out = []
    for m in FOUNDED_BY.finditer(text):
        for name in re.split(r"[、和与]", m.group("names")):
            if name in people and main_org:
                out.append(Role(name, "创始人", main_org, None, None, text))
    return out


SUCCESSION_VERB = re.compile(r"接任|接替|接棒|继任|卸任|离任|退休|退位|其(?:职责|职务|工作)由")
SUCCESSOR = re.compile(r"由(?P<before>[^，。；：由]{0,24}?)(?P<name>[\u4e00-\u9fff·]{2,8}?)(?:正式|暂时|暂|将)?"
                       r"(?:接任|接替|接棒|继任|(?:(?<=其职责由..)|(?<=其职责由...))(?:兼任|接管))"
                       r"(?P<after>[^，。；]{0,4})")  # 其职责由林嘉慧兼任: the duties of the one who left


@functools.lru_cache(maxsize=1)
def named_post_taken() -> re.Pattern:
    """X T一职由P接任: the organisation or unit X, the title T and the successor P."""
    title = "|".join(re.escape(t) for t in sorted(titles(), key=len, reverse=True))
    return re.compile(rf"(?P<org>[\u4e00-\u9fffA-Za-z0-9]{{2,12}}?)\s?(?P<title>{title})(?:一职|职务)由[^，。；]{{0,20}}?"
                      rf"(?P<name>[\u4e00-\u9fff·]{{2,4}}?)(?:正式|暂时|将)?(?:接任|接替|出任)")  # 由原…副总裁王振宇接任


def successions(text: str, people: set[str], roles: Sequence[Role], article_date: str | None) -> list[Role]:
    """…不再担任总经理，由何捷接任 / 其职务由张晓楠接替: the successor takes the post the sentence (or the one
    before) says someone leaves, from the date that post ends."""
    out = []
    if not SUCCESSION_VERB.search(text):
        return out  # the cheap test first: no verb of taking over or stepping down
    for m in SUCCESSOR.finditer(text):
        successor = next((p for p in people if (m.group("before") + m.group("name")).endswith(p)), None)
        if successor is None or any(t in m.group("after") for t in titles()):
            continue  # 由X接任CEO names the post itself
        ended = [r for r in roles[-12:] if r.person != successor and r.until and r.org]
        left = [r for r in ended if r.evidence == text] or (ended if re.search("其(?:职务|职位|工作|职责)|该职", text) else [])
        for role in left[-1:]:
            out.append(Role(successor, role.title, role.org, role.until or article_date, None, text))
    for m in named_post_taken().finditer(text) if "一职由" in text or "职务由" in text else ():  # 华为终端BG CEO一职由
        successor = next((p for p in people if m.group("name").endswith(p)), None)  # 何刚接任: the post is named before 一职
        if successor and not any(r.person == successor and r.title == m.group("title") for r in out):
            out.append(Role(successor, m.group("title"), m.group("org"), article_date, None, text))
    for m in STEPS_DOWN.finditer(text):  # 张勇正式接任董事局主席，马云卸任: 马云 leaves the post 张勇 takes
        leaver = next((p for p in people if m.group("who").endswith(p)), None)
        taken = [r for r in roles[-12:] if r.evidence == text and r.since and r.person != leaver and r.org]
        for role in taken[-1:] if leaver else []:
            out.append(Role(leaver, role.title, role.org, None, role.since, text))
    return out


STEPS_DOWN = re.compile(r"(?P<who>[\u4e00-\u9fff·]{2,8}?)(?:正式|同时|则)?(?:卸任|离任|退休|退位)(?=[。，；]|$)")


DISMISSAL = re.compile(r"(?:免去|免除|解除|撤销|罢免|撤去)(?P<name>[\u4e00-\u9fff·]{2,8}?)(?:的|所任)"
                       r"(?P<title>[^，。；、的]{2,10}?)(?:职务|一职|职位)")


def dismissals(text: str, people: set[str], main_org: str | None, article_date: str | None) -> list[Role]:
    """免去X的T职务: X held the title T (in the article's company) until the article's date."""
    return [Role(m.group("name"), m.group("title"), main_org, None, article_date, text)
            for m in DISMISSAL.finditer(text) if m.group("name") in people and main_org]


def shared_in_charge(doc: Document, sentence, people: set[str], units: dict[str, Unit]) -> list[Role]:
    """分别由A、B负责: the people take charge of the units listed just before, in order."""
    m = re.search(r"分别由([\u4e00-\u9fff·]{2,6}(?:[、和及][\u4e00-\u9fff·]{2,6})+)(" + "|".join(IN_CHARGE_VERBS) + ")",
                  sentence.text)
    if not m:
        return []
    names = [n for n in re.split(r"[、和及]", m.group(1))]  # 分别由张迪、王仲远和刘杰负责
    if not all(n in people for n in names):
        return []
    previous = " ".join(s.text for s in doc.sentences[max(0, sentence.index - 2):sentence.index + 1])
    listed = sorted(((previous.rfind(u), u) for u in units if u in previous), reverse=True)
    recent = [u for _, u in sorted(listed[:len(names)])]
    if len(recent) != len(names):
        return []
    title = next((t for t in sorted(titles(), key=len, reverse=True) if sentence.text.startswith(t, m.end())), "负责人")
    return [Role(n, title, u, None, None, sentence.text) for n, u in zip(names, recent)]  # 分别由A、B担任总经理


def named_unit_before(sent: Sequence[Token], i: int, units: dict[str, Unit]) -> str | None:
    """A known unit named by the last one to three tokens before i (火山引擎由X负责; 抖音业务由X负责)."""
    for n in (3, 2, 1):
        if i - n < 0:
            continue
        name = "".join(t.word for t in sent[i - n:i])
        name = re.sub(r"(业务|团队|板块|部门)$", "", name) if name not in units else name
        if name in units:
            return name
    return None


def unit_in_charge(sentence, sent: Sequence[Token], people: set[str], units: dict[str, Unit],
                   article_date: str | None = None) -> list[Role]:
    """UNIT(将)由…X负责/领导: X is the unit's head (负责人), from the article's date when the clause founds
    the unit (新成立的交易部由X负责)."""
    roles = []
    for i, tok in enumerate(sent):
        if tok.word not in ("由", "由原") or i + 2 >= len(sent):
            continue
        for k in range(i + 1, min(len(sent) - 1, i + 10)):
            rest = sent[k + 1:k + 8]
            if rest and rest[0].word in ("（", "(") and any(t.word in ("）", ")") for t in rest):
                rest = rest[next(n for n, t in enumerate(rest) if t.word in ("）", ")")) + 1:]  # 处端（花名）负责
            after = next((t for t in rest[:3] if t.pos not in ("d", "ad")), rest[0] if rest else sent[k + 1])  # 亲自负责
            if sent[k].word in people and after.word.startswith(("负责", "领导", "掌管", "牵头", "主管", "接管", "分管", "管理")):
                unit = named_unit_before(sent, i, units) or sentence_subject(sent, i, units)
                if unit in units:
                    before = "".join(t.word for t in sent[max(0, i - 8):i])
                    founded = any(t.word in FOUNDING_VERBS for t in sent[max(0, i - 8):i]) or bool(FOUNDED.search(before)) \
                        or before.endswith("将")  # 交易部将由COO柯南直接管理: from now on
                    roles.append(Role(sent[k].word, "负责人", unit, article_date if founded else None, None,
                                      sentence.text))
                break
    return roles


TOOK_CHARGE = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,4})(?:自|从|于)?(?P<year>(?:19|20)\d{2})年(?:(?P<month>\d{1,2})月)?(?:起|开始)"
                         r"(?:负责|领导|掌管|执掌|主管)(?P<what>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)(?=[，。；]|$)")


def charge_taken_since(text: str, people: set[str], units: dict[str, Unit]) -> list[Role]:
    """朱文佳2023年起负责Seed团队: the unit's head (负责人) from that year or month."""
    roles = []
    for m in TOOK_CHARGE.finditer(text) if "起" in text or "开始" in text else ():
        unit = m.group("what") if m.group("what") in units else re.sub(r"(?:团队|业务|部门)$", "", m.group("what"))
        if m.group("name") in people and unit in units:
            since = m.group("year") + (f"-{int(m.group('month')):02d}" if m.group("month") else "")
            roles.append(Role(m.group("name"), "负责人", unit, since, None, text))
    return roles


def business_name(rest: str) -> bool:
    """Whether what follows a known company's name is a business's own name (核心本地商业), not a legal form."""
    return 4 <= len(rest) <= 10 and bool(re.fullmatch(r"[\u4e00-\u9fff]+", rest)) \
        and not rest.endswith(("公司", "集团", "控股", "股份", "科技", "银行", "证券", "汽车"))


def business_groups(text: str) -> list[tuple[str, str]]:
    """(group, company) for each business group written after a known company's name and also on its own
    (阿里巴巴大文娱集团 … 兼任大文娱集团CEO; not 阿里云智能集团, always written whole)."""
    found = []
    for surface, company, start in known_org_mentions(text) if "集团" in text or "事业群" in text else ():
        m = re.match(r"[\u4e00-\u9fff]{2,10}?(?:集团|事业群)", text[start + len(surface):])
        group = m.group() if m else ""
        if group and business_group(group) and group not in org_alias_index() and not NOT_IN_ORG_NAME & set(group) \
                and not known_org_mentions(group) and not group.endswith(LEGAL_GROUPS) \
                and text.count(group) > text.count(surface + group):
            found.append((group, company))
    return found


LEGAL_GROUPS = ("管理集团", "投资集团", "控股集团", "发展集团", "实业集团", "股份集团")


def business_group(rest: str) -> bool:
    """Whether what follows a known company's name is one of its business groups (国际数字商业集团, 云智能集团), not
    its legal form (控股集团)."""
    return rest.endswith(("集团", "事业群")) and len(rest) >= 5 and business_name(rest[:-2] + "业务")


COUNTED_UNITS = re.compile(r"[\d一二两三四五六七八九十几多]+个")  # 两个事业部: a count of units, no name


def units_of_roles(roles: Sequence[Role], units: Sequence[Unit], main_org: str | None,
                   org_names: Sequence[str] = ()) -> list[Unit]:
    """Units that only a role names (手机部总裁X、电视部总经理Y, 中国区总裁Z): the article company's units, or the units of
    the article's organisation named in front (清华大学人工智能研究院)."""
    known = {u.name for u in units} | {a for u in units for a in u.aliases}
    found: dict[str, tuple[Role, str | None]] = {}
    same_clause: dict[tuple[str, str], list[Role]] = defaultdict(list)
    for role in roles:
        same_clause[role.person, role.evidence].append(role)
    for role in roles:
        org = role.org or ""
        parent = next((o for o in org_names if org.startswith(o) and is_unit_word(org[len(o):])), None) \
            or next((canonical_org(org[:k]) for k in range(len(org) - 1, 1, -1)
                       if org[:k] in org_alias_index() and (org[k:] in BUSINESS_LINES or org[k:] in REGIONS
                                                            or REGION_UNIT.fullmatch(org[k:])  # 京东物流/华北区
                                                            or business_name(org[k:]) or business_group(org[k:]))), None) \
            or next((product_alias_index()[org[:k]].owner for k in range(2, len(org) - 1)
                     if org[:k] in product_alias_index() and org[k:] in BUSINESS_LINES), None)  # 抖音电商: 抖音's maker's
        parent = parent or next((r.org for r in same_clause[role.person, role.evidence] if r.org in org_names and r.org != org
                                 and (is_unit_word(org) or REGION_UNIT.search(org)) and org not in org_names
                                 and re.search(re.escape(r.org) + r"[^，。；、]{0,8}、" + re.escape(org), role.evidence)), None)
        # 英伟达全球副总裁、中国区总经理: the region of the company of the title before
        if org not in known and org not in org_alias_index() and org not in product_alias_index() \
                and not (parent and org.endswith(PRODUCT_WORDS)) and not COUNTED_UNITS.match(org) \
                and not (org[:1] in "原前" and org[1:] in known) \
                and (is_unit_word(org) or REGION_UNIT.search(org) or parent):  # 百度地图总经理: a product, no unit
            found.setdefault(org, (role, parent))
    return [Unit(name, parent or main_org, (), 1, role.evidence) for name, (role, parent) in found.items()]


HEAD_TITLES = ("总裁", "CEO", "首席执行官", "总经理")


def headed_products(products: Sequence, roles: Sequence[Role], units: Sequence[Unit], text: str) -> dict[str, str]:
    """Products with their own 总裁, CEO or 总经理 and their own departments (火山引擎总裁谭待, 火山引擎销售服务部): a
    business of their owner, so a unit (name -> owner)."""
    headed = {r.org for r in roles if r.org and r.title.endswith(HEAD_TITLES)} - {u.name for u in units}
    return {p.name: p.owner for p in products
            if p.name in headed and p.owner and any(u.parent == p.name or u.name.startswith(p.name) or p.name + u.name in text
                                                    or founded_by(p.name, u) for u in units)}


def founded_by(name: str, unit: Unit) -> bool:
    """Whether the unit's sentence has the named business found it (飞书将成立AI产品部)."""
    at = unit.evidence.find(name)
    while at >= 0:
        after = re.sub(r"^(?:将|已|正式)", "", unit.evidence[at + len(name):at + len(name) + 24])
        if after.startswith(("成立", "设立", "新设", "组建")) and unit.name in re.split(r"[，。；]", after, maxsplit=1)[0]:
            return True
        at = unit.evidence.find(name, at + 1)
    return False


def letter_sender(doc: Document, names: Iterable[str]) -> str | None:
    """The unit that sends the article's letter (火山引擎今日发布内部邮件, 微信事业群（WXG）昨日发出…), if one of the names
    does."""
    for sentence in doc.sentences[:3]:
        m = NOTICE_ISSUED.search(sentence.text)
        if m:
            before = SENDER_TAIL.sub("", sentence.text[:m.start()])  # 微信事业群（WXG）昨日发出内部邮件
            return next((n for n in sorted(names, key=len, reverse=True) if before.endswith(n)), None)
    return None


SENDER_TAIL = re.compile(r"(?:[（(][A-Za-z0-9]{1,8}[）)])?(?:(?:CEO|总裁|总经理|负责人|首席执行官)[\u4e00-\u9fff·]{2,4})?"
                         r"(?:昨日|昨天|今日|今天|近日|日前|当天|当日)?$")  # 飞书CEO谢欣发布内部信: 飞书's letter


def under_sender(units: Sequence[Unit], sender: str, main_org: str | None) -> list[Unit]:
    """Units the article's company was given as parent by default, moved under the unit that sends the letter."""
    return [Unit(u.name, sender, u.aliases, u.mentions, u.evidence)
            if u.parent == main_org and u.name != sender and not sender.startswith(u.name)  # 阿里云 of 阿里云智能集团: itself
            and not (main_org and main_org in u.evidence) else u
            for u in units]


def fold_company_prefixed(units: Sequence[Unit], org_names: Sequence[str] = ()) -> list[Unit]:
    """A unit named with its company (a known one or the article's) in front (阿里巴巴国际站, 清华大学人工智能研究院) beside the
    bare one (国际站): one unit, the longer name an alias of the shorter."""
    names = {u.name for u in units}
    longer = {u.name: u.name[len(p):] for u in units for p in (*org_name_prefixes(), *org_names)
              if u.name.startswith(p) and u.name[len(p):] in names}
    longer |= {u.name: tail for u in units for tail in [re.split("[·・]", u.name)[-1]] if tail != u.name and tail in names}
    # 金蝶云·苍穹事业部 beside 苍穹事业部: one unit
    named_after = {u.name[k:]: u.name for u in units for k in range(2, len(u.name) - 1)
                   if u.name[:k] in product_alias_index() and u.name[k:] in names}  # 手游工作室 of 逆水寒手游工作室: the long
    # name, named after its game, is the unit's
    extra = {short: [n for n, s in longer.items() if s == short] for short in set(longer.values())}
    for short, long in named_after.items():
        extra.setdefault(long, []).append(short)
    return under_prefix_unit(under_abbreviated_unit([Unit(u.name, u.parent, tuple(sorted({*u.aliases, *extra.get(u.name, [])})),
                                                          u.mentions, u.evidence) for u in units
                                                     if u.name not in longer and u.name not in named_after]))


def under_prefix_unit(units: list[Unit]) -> list[Unit]:
    """A unit named with another unit in front (多媒体产业集团海外营销部): the inner unit under the other, its long name an
    alias."""
    names = {u.name for u in units}
    out = []
    for u in units:
        outer = next((n for n in names if n != u.name and u.name.startswith(n) and is_unit_word(u.name[len(n):])
                      and len(u.name) - len(n) >= 3 and u.name[len(n)] not in INTERPUNCTS), None)  # 金蝶云·苍穹事业部: one name
        out.append(Unit(u.name[len(outer):], outer, tuple(sorted({*u.aliases, u.name})), u.mentions, u.evidence)
                   if outer and u.name[len(outer):] not in names else u)
    return out


def under_abbreviated_unit(units: list[Unit]) -> list[Unit]:
    """A unit named after another's abbreviation (IEG总裁办): that unit's (总裁办), the written name its alias."""
    abbreviated = {a: u.name for u in units for a in u.aliases if re.fullmatch(r"[A-Z]{2,6}", a)}
    out = []
    for u in units:
        a = next((a for a in abbreviated if u.name.startswith(a) and is_unit_word(u.name[len(a):])), None)
        out.append(Unit(u.name[len(a):], abbreviated[a], (*u.aliases, u.name), u.mentions, u.evidence)
                   if a and abbreviated[a] != u.name else u)
    return out


TITLE_ABBREVIATIONS = {"CEO": "首席执行官", "COO": "首席运营官", "CFO": "首席财务官", "CTO": "首席技术官", "CMO": "首席营销官",
                       "CSO": "首席战略官", "CIO": "首席信息官", "CHO": "首席人力资源官", "CPO": "首席产品官"}


def dedupe_roles(roles: list[Role]) -> list[Role]:
    """One role per person, title and organisation (CEO and 首席执行官 one title), keeping any since/until found."""
    merged: dict[tuple, Role] = {}
    for role in roles:
        key = (role.person, TITLE_ABBREVIATIONS.get(role.title, role.title), role.org)  # CEO and 首席执行官: one post
        old = merged.get(key)
        if old is None:
            merged[key] = role
        else:
            merged[key] = Role(role.person, role.title, role.org, old.since or role.since,
                               old.until or role.until, old.evidence)
    return list(merged.values())


def joint_posts(roles: Sequence[Role]) -> list[Role]:
    """One role per person, organisation and sentence when the dates agree: 创始人、总裁兼CEO is one post the
    sentence states, its titles in the order written."""
    groups: dict[tuple, list[Role]] = {}
    for role in roles:
        groups.setdefault((role.person, role.org, role.since, role.until, role.evidence), []).append(role)
    joined = []
    for (person, org, since, until, evidence), group in groups.items():
        titles = sorted(dict.fromkeys(r.title for r in group), key=lambda t: (evidence.find(t) % (len(evidence) + 1)))
        joined.append(Role(person, "、".join(titles), org, since, until, evidence) if len(titles) > 1 else group[0])
    return joined


def each_title(roles: Iterable[Role]) -> Iterator[Role]:
    """The roles with a joint post (创始人、CEO) split into one role per title, for a look-up by title."""
    for role in roles:
        for title in role.title.split("、"):
            yield role if title == role.title else Role(role.person, title, role.org, role.since, role.until,
                                                        role.evidence)


@functools.lru_cache(maxsize=256)
def title_head_tokens(title: str) -> tuple[Token, ...]:
    """The tokens of a title's head, before its colon (专访闪送创始人薛鹏：…), cut once for every reader of the title."""
    return tuple(segment(re.split(r"[：:，,｜|]", title)[0]))


def interviewee_roles(doc: Document, people: set[str]) -> list[Role]:
    """The post an interview's title gives its interviewee (专访闪送创始人薛鹏：…), when the body names the person: the
    title is often the only place the company and the post are written."""
    if not INTERVIEW_TITLE.match(doc.title):
        return []
    sent = title_head_tokens(doc.title)
    roles = []
    for i, tok in enumerate(sent[:-1]):
        rest = "".join(t.word for t in sent[i + 1:i + 4])
        holder = max((p for p in people if rest.startswith(p)), key=len, default=None)  # 马/和平: the name the segmenter split
        if tok.pos == "nnt" and holder:
            span = span_before(sent, i, people)
            if span.org and len(span.org) >= 2 and not is_unit_word(span.org):
                roles.append(Role(holder, span.modifier + tok.word, span.unit or span.org, None, None, doc.title))
    return roles


def role_orgs(doc: Document, tokens: Sequence[Sequence[Token]], people: set[str]) -> list[tuple[str, str]]:
    """Organisations named in front of a title (亿帮动力网主编): (name, kind) for the entity list."""
    found = []
    for sent in tokens:
        for i, tok in enumerate(sent):
            if tok.pos != "nnt" or not (holders_of_title(sent, last_of_joint_titles(sent, i, people), people)
                                        or holders_of_title(sent, i, people)):
                continue  # 中通快递创始人、董事长兼CEO赖梅松: the holder follows the last of the joint titles
            span = span_before(sent, i, people)
            if span.org and len(span.org) >= 2 and span.org not in product_alias_index() \
                    and not is_unit_word(span.org) and not offshoot_of_known_org(span.org) \
                    and not span.modifier.startswith(("业务", "板块", "条线", "部分", "品牌")) \
                    and not span.org.endswith(("组", "团队", "业务", "板块", "产品", "项目")):  # 外卖业务负责人, 项目组负责人,
                # AI产品负责人: no organisation
                found.append((span.org, org_kind(span.org, tok.word if tok.word in MEDIA_TITLES else None)))
    return found + [(r.org, "company") for r in interviewee_roles(doc, people) if r.org]


def issuing_company(doc: Document, orgs: Sequence[Organization]) -> str | None:
    """The company that issues the article's notice or letter (广汽集团下发《…通知》), if one of the first
    sentences says so."""
    index = OrgIndex([o for o in orgs if o.kind == "company"])
    for sentence in doc.sentences[:3]:
        m = NOTICE_ISSUED.search(sentence.text) or ANNOUNCED.search(sentence.text)
        named = [(start, c) for start, c in org_positions(sentence.text[:m.start()], index) if c in index] if m else []
        gap = sentence.text[named[-1][0]:m.start()] if named else "，"
        gap = gap[max((len(x) for x in index.surface if gap.startswith(x)), default=0):]  # what follows the name
        gap = re.sub(r"[（(][^）)]{1,20}[）)]|\d{1,2}月\d{1,2}日[早晚]?(?:间)?", "", gap)  # 京东物流（02618.HK）5月9日公告称
        if len(gap) <= 12 and not re.search(r"[，。；：,]", gap):
            return named[-1][1]
    return None


def main_company(orgs, title: str = "") -> str | None:
    """The company an article is about: the most mentioned organisation of kind company, a mention in the title
    counting as two more."""
    companies = [o for o in orgs if o.kind == "company"]
    if not companies:
        return None
    most = max(o.mentions for o in companies)
    leading = [o for o in companies if o.mentions >= most - 2]  # only these can lead once the title counts
    in_title = {o.name: any(n in title for n in (o.name, *o.aliases, *names_of_org(o.name))) for o in leading}
    return max(leading, key=lambda o: (o.mentions + 2 * in_title[o.name], in_title[o.name])).name  # a tie: the title's


LEXICON_CACHES += [is_unit_word, offshoot_of_known_org, named_post_taken, product_openings]
