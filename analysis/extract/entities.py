"""People and organisations, found by general means.

People: a surname table and the shape of a name, jieba's person tag as one signal, and the
context that makes a name certain (a title before it, 说/表示/担任/负责 after it, 由 before it,
a list shared with a certain name). Organisations: the shipped lexicon of well-known companies
(with aliases), name suffixes (集团, 公司, 银行, 网...), enumerations that share an item with a
known organisation, and the name in front of a title (亿帮动力网主编).
"""
from __future__ import annotations

import functools
import re
from collections import ChainMap, Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from typing import Callable, Container, Iterable, Sequence

from ..io.load import Document, to_simplified
from ..nlp.lexicon import (LEXICON_CACHES, canonical_org, known_org_prefix, org_alias_index, org_name_prefixes,
                           product_alias_index, stopwords, titles, unit_suffixes, user_lexicon)
from ..nlp.mentions import Matcher, Mentions, containing
from ..nlp.dictionary import dictionary_freq, in_idf_table
from ..nlp.segment import Token, leftmost_longest, segment

SPEECH_VERBS = ("表示", "认为", "指出", "介绍", "透露", "坦言", "强调", "提到", "谈到", "回应", "告诉", "直言",
                "预计", "解释", "补充", "坦承", "感叹", "分析", "称", "说", "表态", "宣布", "承认", "说道", "曾表示")
ROLE_VERBS = ("担任", "出任", "接任", "兼任", "负责", "主管", "分管", "领导", "执掌", "掌管", "牵头", "作为",
              "升任", "调任", "卸任", "离任", "辞去", "加盟", "加入", "创办", "创立", "主导", "就任", "转任", "改任", "退休", "辞任")
POST_WORDS = {*ROLE_VERBS, "拟任", "起任", "聘任", "获任", "委任", "曾任", "现任", "原任", "转任", "改任", "离开", "接替", "兼", "任", "辞任", "辞职", "退任"}
CUE_AFTER = SPEECH_VERBS + ROLE_VERBS + ("离开", "离职", "同志", "现任", "曾任", "原任", "因", "申请", "辞任", "曾", "也", "则", "近日", "日前", "此前", "对", "就", "还", "又", "亦", "已",
                                          "曾经", "随后", "再次", "公开", "昨日", "今天", "写道", "在内部信", "在微博", "早前",
                                          "稍早", "早些时候")
BETWEEN_NAME_AND_VERB = (r"(?:就|也|曾|曾经|还|则|又|已|亦|都|将|继续|此前|以前|之前|前几天|前不久|近日|日前|今天|昨天|昨日|随后|再次|公开|早前|稍早|早些时候|不再|正式|"
                         r"[（(][A-Za-z][A-Za-z .'-]{1,40}[）)]|"
                         r"在[^，。；：]{1,12}?[中上里]|自[^，。；：]{1,12}?起|于[^，。；：]{1,12}?|因[^，。；：]{1,8}?(?:原因)?[，,]?)*")  # 张亚东因工作调整
# 辞任, 张荣森因工作调整原因，辞去
PERSON_POS = {"nr", "nrfg", "nrt", "nrf"}
FOREIGN_POS = {"nrf"}
GLUED_AFTER_NAME = set("获将被曾已也称说均亦又还则等在对于因任仅只")
NOT_IN_NAMES = set("的了是在与及或等也都就将把被对以于这那个们着过说表示不称某")  # 周某: a name withheld
NOT_IN_GIVEN_NAMES = NOT_IN_NAMES | set("车记")  # 易车 and 李锦记 are companies, no people
ORG_SUFFIXES = ("有限公司", "股份公司", "股份", "金控", "投控", "交易所", "法院", "快递", "速递", "集团", "公司", "控股", "银行", "证券", "保险", "基金", "资本", "科技", "实业",
                "网", "百货", "商业", "商场", "传媒", "日报", "晚报", "时报", "周刊", "杂志", "电视台", "出版社",
                "研究院", "研究所", "协会", "学会", "联盟", "大学", "学院", "影城", "院线", "航空", "汽车", "电器",
                "物流", "地产", "置业", "酒店", "超市", "服饰", "服装", "珠宝", "食品", "乳业", "药业", "制药", "眼科",
                "电机", "矿业", "电信", "半导体", "微电子")
INSTITUTION_SUFFIXES = ("法院", "联盟", "协会", "学会", "研究院", "研究所", "交易所", "委员会", "基金会", "商会")
MEDIA_SUFFIXES = ("网", "日报", "晚报", "时报", "周刊", "杂志", "电视台", "出版社", "新闻")
MEDIA_TITLES = ("主编", "总编辑", "副总编辑", "副主编", "执行主编", "记者", "编辑", "社长")
NAME_POS = {"nt", "nz", "nr", "nrt", "nrfg", "ns", "eng", "phrase", "j", "nis"}
BREAK_POS = {"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "d", "m", "q", "x", "f", "t", "y", "w", "nnt"}
ENUM_ITEM = re.compile(r"^(?:[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·&]{1,7}|[A-Za-z][A-Za-z0-9&.]*(?: [A-Za-z0-9&.]+){1,3})$")
RARE_FREQ = 60


@dataclass(frozen=True)
class Person:
    """A person named in an article, with how often and where."""

    name: str
    mentions: int
    evidence: str


@dataclass(frozen=True)
class Organization:
    """A company, media outlet, brand or government body, with its aliases."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    mentions: int
    evidence: str


@dataclass
class NameFinder:
    """Candidates and the evidence collected for them while reading an article."""

    cued: Counter = field(default_factory=Counter)
    seen: Counter = field(default_factory=Counter)
    first: dict = field(default_factory=dict)


@functools.lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """Single-character and compound surnames."""
    text = resources.files("analysis").joinpath("data", "surnames.txt").read_text(encoding="utf-8")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return frozenset(lines[0]), frozenset(" ".join(lines[1:]).split())


@functools.lru_cache(maxsize=65536)
def has_name_shape(word: str) -> bool:
    """A Chinese name: a surname and one or two given-name characters (or a compound surname and one or two)."""
    single, compound = surnames()
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", word) or NOT_IN_GIVEN_NAMES & set(word[1:]):
        return False
    if word[:2] in compound:
        return len(word) in (3, 4)
    return word[0] in single and len(word) in (2, 3)


@functools.lru_cache(maxsize=65536)
def is_known_thing(word: str) -> bool:
    """Whether a word is a known organisation, product, title or unit word, or an offshoot of a known
    organisation's name (阿里云): not a person."""
    return (word in org_alias_index() or word in product_alias_index() or word in titles()
            or word.endswith(unit_suffixes()) or word in stopwords()
            or word.startswith(org_name_prefixes()))


def person_cue(tokens: Sequence[Token], i: int) -> bool:
    """Whether the token at i stands where a person does: after a title or 由, before 说/担任..."""
    prev = tokens[i - 1] if i else None
    prev2 = tokens[i - 2] if i > 1 else None
    nxt = tokens[i + 1].word if i + 1 < len(tokens) else ""
    if prev is not None and (prev.pos == "nnt" or prev.word == "由"):
        return True
    if prev is not None and prev.word in ("为", "是", "同为", "的") and prev2 is not None and prev2.pos == "nnt":
        return True
    if nxt in ("，", ",", "是", "为", "任", "出任", "担任") and any(t.pos == "nnt" for t in tokens[i + 2:i + 7]):
        return True  # apposition: 雷军，小米集团董事长 / 马化腾是腾讯的创始人
    if nxt in ("：", ":") and (prev is None or prev.pos == "x") and any(t.pos == "nnt" for t in tokens[i + 2:i + 10]) \
            and not any(t.word.startswith(("我", "咱")) for t in tokens[i + 2:i + 10]):
        return True  # a list of appointments: 胡罡：副行长，兼任首席风险官; 吕家进：2023年9月起任兴业银行董事长
    if nxt == "共同" and i + 2 < len(tokens) and tokens[i + 2].word in ("领导", "执掌", "管理", "负责") \
            and prev is not None and prev.word in ("与", "和", "同"):
        return True  # 与胡书宾共同领导公司: a co-leader
    return nxt.startswith(CUE_AFTER)


@functools.lru_cache(maxsize=1)
def cue_pattern() -> re.Pattern:
    """Names bounded by context in raw text: after a title, 由 or 、, before a speech or role verb."""
    single, compound = surnames()
    surname = "(?:" + "|".join(sorted(compound)) + "|[" + "".join(sorted(single)) + "])"
    title = "|".join(re.escape(t) for t in titles())
    after = "|".join(SPEECH_VERBS + ROLE_VERBS + ("离开", "离职", "为新任", "为首任", "为公司", "为集团", "同志"))
    latin = r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}"
    near = after + "|" + "|".join(("对", "在", "近日", "日前", "此前", "以前", "之前", "前几天", "前不久", "早前", "曾", "也", "则", "还", "今天", "昨天", "透露",
                                   "随后", "随即", "当天", "当日", "同日", "今日", "昨日", "近期",
                                   "均向", "向", "分别", "共同", "一起", "都", "均", "将", "继续", "未", "已", "很少", "与", "和",
                                   "不再", "仍", "给予", "被", "汇报", "宣布", "发布", "带领", "主持", "负责", "同样", "亦",
                                   "因个人", "因工作", "因年龄", "自(?=[0-9０-９])", "于(?=[0-9０-９])", "代为", "代行", "暂代",
                                   "目前", "一手", "亲自", "亲手", "一直", "本人", "(?<![委出担兼升调改转离卸就新现原聘])任(?!何|务|职|命|期|内|上)", rf"为(?:{title})"))  # 执行董事黄家豪为行政总裁
    function = r"(?![由向和与对被把将在从跟同给让及])"  # 总裁由王翔兼任: 由 is a surname, but not here
    return re.compile(rf"(?:由|向|、|^|，|任命|委任|提名|聘任|聘请|推举|选举|推选|选聘|增选){function}"
                      rf"({surname}[\u4e00-\u9fff]{{1,2}}?|{latin}|"
                      rf"[\u4e00-\u9fff]{{1,6}}·[\u4e00-\u9fff]{{1,8}}?)\s?(?={BETWEEN_NAME_AND_VERB}(?:{after}|写道))"
                      rf"|(?:{title})\s?(?:为|是|同为|的)?{function}({surname}[\u4e00-\u9fff]{{1,2}}?|{latin}|"
                      rf"[\u4e00-\u9fff]{{1,6}}·[\u4e00-\u9fff]{{1,8}}?)\s?(?=(?:[（(][A-Za-z][A-Za-z .'-]{{1,40}}[）)])?"
                      rf"(?:{near}|出席|[，。；、]))"
                      rf"|向{function}({surname}[\u4e00-\u9fff]{{1,2}}?)(?=汇报|报告|负责)"
                      rf"|(?:免去|免除|解除|撤销|任命|委任|聘任|聘请|解聘|罢免|选举|推选|选聘){function}({surname}[\u4e00-\u9fff]{{1,2}}?)(?=的|为|担任|及)"
                      rf"|(?<=[\u4e00-\u9fff]{{2}})及({surname}[\u4e00-\u9fff]{{1,2}}?)(?=为(?:{title}|{APPOINTED_AS}))")  # 委任王嘉陵及吴敬华为独立…


XIANG_NEXT = ("出任", "担任", "接任", "兼任", "升任", "调任", "改任", "转任", "表示", "称", "说", "指出", "透露", "认为", "介绍")


def xiang_names(tokens: Sequence[Token]) -> list[str]:
    """Names with the surname 向, which the segmenter takes for the preposition: between a title and a verb of
    taking a post or of saying (高级副总裁向儒安出任, 副总裁向儒安在大会上表示), no common word (总裁向员工)."""
    found = []
    for i in range(1, len(tokens) - 2):
        if tokens[i].word != "向" or tokens[i - 1].pos != "nnt":
            continue
        given, after = tokens[i + 1].word, tokens[i + 2].word.lstrip("将")
        if len(given) == 3 and given[-1] in "在于":
            given, after = given[:2], "在"  # 儒安在: the preposition glued to the given name
        if re.fullmatch(r"[\u4e00-\u9fff]{1,2}", given) and after.startswith(XIANG_NEXT + ("在",)) \
                and not is_common_word(given):
            found.append("向" + given)
    return found


def bounded_names(text: str) -> list[str]:
    """Names that raw-text context bounds on both sides (finds names the segmenter split)."""
    return [next(g for g in m.groups() if g) for m in cue_pattern().finditer(text)]


PRODUCT_KINDS_BEFORE_NAME = ("助手", "平台", "应用", "App", "APP", "大模型", "小程序", "品牌", "系列", "单品", "爆款")


def titled_rare_surname(tokens: Sequence[Token], i: int, word: str) -> bool:
    """A person-tagged word of two or three characters right after a title (CEO昌敬): a name whose surname is
    too rare for the surname list."""
    return (tokens[i].pos == "nr" and word == tokens[i].word and i > 0 and tokens[i - 1].pos == "nnt"
            and bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", word)))


def find_people(doc: Document, tokens: Sequence[Sequence[Token]]) -> list[Person]:
    """People named in an article: name-shaped words with a person tag or context, confirmed by a cue."""
    finder = NameFinder()
    surnamed_xiang: set[str] = set()
    for sentence, sent_tokens in zip(doc.sentences, tokens):
        for i, tok in enumerate(sent_tokens):
            if tok.pos[:2] != "nr" and "·" not in tok.word and not has_name_shape(tok.word):
                continue  # the cheap test first: no person tag and no name's shape
            word = split_name_rest(sent_tokens, i)
            if len(word) == 2 and word == tok.word and tok.pos.startswith("nr") and i + 2 < len(sent_tokens) \
                    and sent_tokens[i + 1].word == "和" \
                    and sent_tokens[i + 2].word.startswith(SPEECH_VERBS) and has_name_shape(word + "和"):
                finder.cued[word + "和"] += 1  # 杨崇/和/表示: 和 ends the name, no conjunction stands before a verb
                finder.first.setdefault(word + "和", sentence.text)
                continue
            if i and sent_tokens[i - 1].word.endswith(PRODUCT_KINDS_BEFORE_NAME):
                continue  # AI搜索助手万知: a product's name after what it is, not a person
            if tok.pos == "j" and i + 1 < len(sent_tokens) and sent_tokens[i + 1].word in INVESTOR_WORDS + ("创业", "产投"):
                continue  # 由国投/创业领投: the start of an investor's name, not a person
            appointed = False
            if len(word) in (3, 4) and word[-1] in GLUED_AFTER_NAME and tok.pos.startswith("nr") \
                    and has_name_shape(word[:-1]):
                appointed = word[-1] == "任" and any(t.pos == "nnt" for t in sent_tokens[i + 1:i + 7])  # 王德平任/事业部/总经理
                word = word[:-1]  # 徐冰获委任, 邓承浩获任命: the segmenter glued the verb's first character to the name
            if i + 1 < len(sent_tokens) and word[0] in "原前" and len(word) == 3 and tok.pos.startswith("nr") \
                    and (sent_tokens[i + 1].pos in ("nnt", "nis") or sent_tokens[i + 1].word.endswith(unit_suffixes())):
                continue  # 原天美/工作室群副总裁: 原 glued to a unit's name, no person
            if is_known_thing(word) or (word[-1] in "中里上内" and (
                    (i and sent_tokens[i - 1].word == "在") or (len(word) == 2 and word[0] in "信书文报函稿会"))):
                continue  # 在信中写道, 全员信中: a place in a text, not a name
            shaped = has_name_shape(word) or is_foreign_name(word) or (tok.pos in FOREIGN_POS and len(word) >= 2) \
                or titled_rare_surname(sent_tokens, i, word)
            if not shaped or (tok.pos not in PERSON_POS and dictionary_freq(word) > RARE_FREQ) \
                    or (tok.pos == "n" and word == tok.word and len(word) == 3 and dictionary_freq(word) > 0):
                continue  # 成绩单: a noun the dictionary knows, however rare
            finder.seen[word] += 1
            finder.first.setdefault(word, sentence.text)
            if person_cue(sent_tokens, i) or (word != tok.word and person_cue(sent_tokens, i + 1)) or appointed:
                finder.cued[word] += 1
        for name in xiang_names(sent_tokens):  # 高级副总裁向儒安出任: 向 is his surname here
            surnamed_xiang.add(name)
            finder.cued[name] += 1
            finder.first.setdefault(name, sentence.text)
        for name in bounded_names(sentence.text):
            if (has_name_shape(name) or is_foreign_name(name) or name.isascii()) and not is_known_thing(name) \
                    and not is_common_word(name):
                finder.cued[name] += 1
                finder.first.setdefault(name, sentence.text)
    for name, text in rare_surnamed_names(doc):  # 首席运营官浣昉获委任: a surname too rare for the list
        finder.cued[name] += 1
        finder.first.setdefault(name, text)
    for sentence in doc.sentences:
        for name in nicknames(sentence.original, doc.script):  # 小红书COO柯南（花名）: a name no lexicon has
            finder.cued[name] += 1
            finder.first.setdefault(name, sentence.text)
    for name, text in answerers(doc):  # 记者：…？ 李斌：…: the one who answers in an interview
        finder.cued[name] += 1
        finder.first.setdefault(name, text)
    confirm_lists(doc, finder)
    listed = Mentions([s.text for s in doc.sentences], user_lexicon().people)
    for name, count in listed.counts.items():  # the user's own lexicon names them
        finder.cued[name] += count
        finder.first.setdefault(name, doc.sentences[listed.first[name]].text)
    mentions = Mentions([s.text for s in doc.sentences], finder.cued)
    longer = containing(finder.cued)
    people = {p for p in finder.cued
              if (not longer.get(p) or mentions.count(p) - sum(mentions.count(q) for q in longer[p]) > 0)
              and p[:2] not in POST_WORDS}  # 曾任华为: 曾任 is a verb, not a surname and a given name
    people = {p[:2] if len(p) == 3 and (p[2] in GLUED_AFTER_NAME and has_name_shape(p[:2])
                                         or p[2] in "为是和与及" and p[:2] in people
                                         or p[2] == "为" and has_name_shape(p[:2]) and re.search(re.escape(p) + APPOINTED_AS, doc.text))
              else p for p in people}  # 宿华已卸任: the verb's first character is no part of the name; 王鹤为 beside 王鹤;
    # 委任副总裁王晶为公司首席财务官
    people = {p[1:] if len(p) == 3 and p[0] in "由向与和对被将从" and (has_name_shape(p[1:]) or p[1:] in finder.cued)
              and p not in surnamed_xiang else p
              for p in people}  # 菜鸟集团由万霖担任CEO, 由家洛（花名）担任: 由 glued to the name
    people = {p for p in people if not adverb_after_surname(p) and not names_a_group(p) and "某" not in p[1:]
              and not (len(p) == 2 and p[1] in "仍也将已还又均都就却才便")  # 但仍担任: a conjunction and an adverb
              and not (len(p) == 3 and p[2] in "数量率额" and dictionary_freq(p[:2]) > 100)  # 门店数: a measure of a noun
              and not (p[0] in "原前" and (dictionary_freq(p[1:]) > 1000
                                            or len(p) == 3 and dictionary_freq(p[1:]) > 0 and re.search(
                                                re.escape(p) + r"(?:负责人|总裁|总经理|副总裁|CEO|主管)", doc.text)))} \
        - listed_names(doc)  # 周某: a name the article withholds
    people -= listed_among_companies(doc, people.__contains__) if people else set()
    people -= owned_names(doc.text, people) if "旗下" in doc.text else set()
    return sorted((Person(p, max(mentions.count(p), 1), finder.first.get(p, "")) for p in people),
                  key=lambda p: (-p.mentions, p.name))


OWNED_NAME = re.compile(r"旗下(?:的|品牌|产品)?([\u4e00-\u9fff]{2,4})")


def owned_names(text: str, people: set[str]) -> set[str]:
    """Names written right after 旗下 (伊利旗下的金领冠): a company's brands, no people."""
    return {m.group(1)[:k] for m in OWNED_NAME.finditer(text) for k in (2, 3, 4)} & people


class HeadsOf(dict):
    """Names known to stand for an organisation: those counted, and the short heads of them (瓜子 of 瓜子二手车)."""

    def __init__(self, counts: Counter) -> None:
        super().__init__(counts)
        self.heads = {n[:k] for n in counts for k in range(2, len(n))}

    def __contains__(self, name: object) -> bool:
        return dict.__contains__(self, name) or name in self.heads or name in org_alias_index()


def listed_among_companies(doc: Document, candidate: Callable[[str], bool]) -> set[str]:
    """Person-shaped names an enumeration lists beside well-known companies and nothing else (三一、徐工、柳工):
    companies, the headline's lists included."""
    found = set()
    for text in [doc.title, *(s.text for s in doc.sentences)]:
        for items in enumeration_items(text) if "、" in text else ():
            named = [it for it in items if it not in org_alias_index() and candidate(it)]
            known = [it for it in items if it in org_alias_index()]
            if named and len(known) >= 2 and len(named) + len(known) == len(items):
                found.update(named)
    return found


APPOINTED_AS = r"(?:公司|集团|本公司|本集团|新任|首任|首席|董事|总裁|副总裁|执行|独立|CEO|CFO|COO|CTO)"
@functools.lru_cache(maxsize=1)
def titled_pattern() -> re.Pattern:
    """Two characters between a title and a verb a person does (首席运营官浣昉获委任): a name whatever its surname."""
    title = "|".join(re.escape(t) for t in sorted(titles(), key=len, reverse=True) if len(t) >= 2)
    return re.compile(rf"(?:{title})(?P<name>[\u4e00-\u9fff]{{2}})(?=获|于|表示|说|此前|曾|在|将|已|出任|担任|接任|兼任|称|认为|指出|[，。])")


def rare_surnamed_names(doc: Document) -> list[tuple[str, str]]:
    """Names after a title that no dictionary knows and the article writes again (浣昉): (name, sentence)."""
    found = {}
    for sentence in doc.sentences:
        for m in titled_pattern().finditer(sentence.text) if "，" in sentence.text or "。" in sentence.text else ():
            name = m.group("name")
            if name not in found and is_unfamiliar(name) and not has_name_shape(name) and not is_known_thing(name) \
                    and not NOT_IN_NAMES & set(name):
                found[name] = sentence.text
    written = Mentions([s.text for s in doc.sentences], found) if found else None  # counted in one pass over the text
    return [(name, text) for name, text in found.items() if written.count(name) >= 2]


BRACKETED = re.compile(r"([\u4e00-\u9fff]{2,4})[（(]([^）)]{1,24})[）)]")


def listed_names(doc: Document) -> set[str]:
    """Names written with a stock code after them (和硕（4938）): companies, whatever else they look like."""
    return {m.group(1)[-k:] for s in doc.sentences if "（" in s.text or "(" in s.text
            for m in BRACKETED.finditer(s.text) if LISTED_CODE.match(m.group(2)) for k in (2, 3, 4)}


INTERVIEW_OPENERS = ("专访", "对话", "访谈", "独家对话", "独家专访")
INTERVIEW_TITLE = re.compile(rf"^(?:{'|'.join(INTERVIEW_OPENERS)})")  # 对话自如CEO熊林：…: an interview's title
INTERVIEWER = re.compile(r"^(?:记者|问|主持人|Q)[：:]")
ANSWERER = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4})[：:]")


POSTER_AT = re.compile(r"^@(?P<name>[\u4e00-\u9fff]{2,4})[：:]")


def answerers(doc: Document) -> list[tuple[str, str]]:
    """(name, sentence) of each answer given as 'NAME：' in an article where someone asks as 记者：/问：, and of
    each post quoted as '@NAME：' (微博)."""
    interview = any(INTERVIEWER.match(s.text) for s in doc.sentences) or bool(INTERVIEW_TITLE.match(doc.title))  # 对话追觅
    # 创始人俞浩 with 晚点：…？ 俞浩：…: the outlet asks
    found = []
    for sentence in doc.sentences:
        m = (ANSWERER.match(sentence.text) if interview else None) or POSTER_AT.match(sentence.text)
        if m and has_name_shape(m.group("name")) and not is_known_thing(m.group("name")):
            found.append((m.group("name"), sentence.text))
    return found


NICKNAMED = re.compile(r"(?P<run>[\u4e00-\u9fff]{2,8})[（(](?:花名|昵称|绰号|外号|艺名|(?P<real>[\u4e00-\u9fff]{2,3}))[）)]")


def nicknames(original: str, script: str = "simplified") -> list[str]:
    """Names marked as nicknames in the original sentence (COO柯南（花名）, 总裁木兰（花名）): the characters
    before the mark, after any title or function character in front of them."""
    if "（" not in original and "(" not in original:
        return []  # the cheap test first
    names = []
    for m in NICKNAMED.finditer(original):
        if m.group("real") and not (real_name_after_title(original, m) and len(m.group("run")) == 2):
            continue  # CEO星矛（毛文超）: a title, a two-character name and a person's name in brackets; not 公司（北京）
        run = to_simplified(m.group("run")) if script == "traditional" else m.group("run")
        ends = [k for k in range(1, len(run) - 1) if run[:k].endswith(tuple(titles())) or run[k - 1] in "由向将被从在对与和把给让为于据"]
        name = run[max(ends):] if ends else run
        if 2 <= len(name) <= 4 and not is_known_thing(name):
            names.append(name)
    return names


def real_name_after_title(original: str, m: re.Match) -> bool:
    """Whether a bracketed name (毛文超) follows a title and a two-character run (CEO星矛): the run is the person's
    nickname, the bracket a surname and a given name."""
    single, double = surnames()
    real = m.group("real")
    surnamed = real[:1] in single or real[:2] in double
    return surnamed and original[:m.start()].rstrip().endswith(tuple(titles())) and not is_known_thing(m.group("run"))


GIVEN_NAME_POS = {"ns", "n", "ng", "nr", "a", "j", "nrt", "zg"}  # 张予/彤(zg)接手
GLUED_BEFORE_REST = set("因由在将被于与和向对等已也称")


def names_a_group(name: str) -> bool:
    """项目组, 研发部: a common word and a group's suffix, not a surname and a given name."""
    return len(name) == 3 and name[2] in "组部处科室队团" and dictionary_freq(name[:2]) > 500


def adverb_after_surname(name: str) -> bool:
    """曾多次, 曾一度: a surname-like character followed by an adverb or a count, not a given name."""
    from ..nlp.segment import segment

    rest = segment(name[1:]) if len(name) == 3 else []
    return len(rest) == 1 and (rest[0].pos in ("d", "m", "q", "p", "ad", "t", "f", "mq")
                               or name[0] in "但并而且还又也就都" and rest[0].pos in ("v", "c")) \
        and dictionary_freq(rest[0].word) > 1000  # a common adverb (多次), not a rare word that is a name (其远); 但继续:
    # a conjunction and a verb


def split_name_rest(tokens: Sequence[Token], i: int) -> str:
    """A two-character name whose last character the segmenter cut off (刘强/东出席): the full name."""
    tok = tokens[i]
    if not tok.pos.startswith("nr") or len(tok.word) > 2 or i + 1 >= len(tokens):
        return tok.word
    nxt = tokens[i + 1]
    if len(tok.word) == 2 and len(nxt.word) == 1 and nxt.pos in GIVEN_NAME_POS and nxt.word not in NOT_IN_NAMES \
            and has_name_shape(tok.word + nxt.word):
        return tok.word + nxt.word
    glued_limit = 0 if len(tok.word) == 2 else RARE_FREQ  # 陈立/群因: an unknown word; 王/海因: a rare one
    if len(nxt.word) == 2 and nxt.word[1] in GLUED_BEFORE_REST and nxt.word[0] not in NOT_IN_NAMES | GLUED_AFTER_NAME \
            and dictionary_freq(nxt.word) <= glued_limit and has_name_shape(tok.word + nxt.word[0]):
        return tok.word + nxt.word[0]  # the name's last character glued to 因 (陈立/群因个人原因, 王/海因个人原因)
    return tok.word


def is_foreign_name(word: str) -> bool:
    """A transliterated foreign name with the middle dot (马克·扎克伯格)."""
    return "·" in word and bool(FOREIGN_NAME.fullmatch(word))


FOREIGN_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}")


def confirm_lists(doc: Document, finder: NameFinder) -> None:
    """A name-shaped word listed with 、 beside a confirmed name is a name too (彭蕾、张勇作为...)."""
    for sentence in doc.sentences:
        for run in re.findall(r"[\u4e00-\u9fff]{2,4}(?:[、与和][\u4e00-\u9fff]{2,4})+", sentence.text):
            items = re.split(r"[、与和]", run)  # 彭蕾、张勇; 由胡书宾与许先越共同…
            parts = [{item[a:b] for a in range(len(item)) for b in range(a + 2, len(item) + 1)} for item in items]
            if any(finder.cued.get(p) for subs in parts for p in subs):
                for subs in parts:
                    for name in subs:
                        if has_name_shape(name) and not is_known_thing(name) and name in finder.seen:
                            finder.cued[name] += 1


NOT_IN_ORG_NAME = set("的了是在和与及或等也都就将把被对这那们着其该怎吗呢")  # characters no organisation's name holds
NOT_ORG_NAME = re.compile(r"宣布|表示|领域|方面|之间|以来|分别|持股|^(?:完成|结束|归属于|属于|隶属于|隶属)|(?:之后|以后|后|互联网)$"
                          r"|^(?:另一家|另一|一家|这家|那家|该|多家|几家|其他|其它|某|子公司|旗下)"  # 另一家自动驾驶公司, 子公司纬颖
                          r"|^(?:国际|中国|控股|集团|股份|有限|责任|公司|科技|实业|投资)+$")  # 控股有限公司: a legal form, no name
FUNCTION_START = "向在对从与将把被给让为于和及据"


GENERIC_LATIN_KIND = re.compile(r"(?:AI|IT|IoT|SaaS|App|APP|B2B|AIoT)(?:公司|企业|集团|厂商)")


def is_not_org_name(name: str) -> bool:
    """A phrase, not a name: it holds a verb of saying or a relation word, or opens with a function character
    that begins no word (向阿里巴巴 yes; 被窝家装 no, 被窝 is a word)."""
    return bool(NOT_ORG_NAME.search(name)) or (name[:1] in FUNCTION_START and dictionary_freq(name[:2]) <= RARE_FREQ) \
        or bool(GENERIC_LATIN_KIND.fullmatch(name)) or name.endswith(("负责人", "总经理", "总裁"))  # AI公司, 部负责人


def org_kind(name: str, title: str | None = None) -> str:
    """company, media, brand, government or other, from the lexicon, the suffix and the title."""
    known = org_alias_index().get(name)
    if known:
        return known.kind
    if title in MEDIA_TITLES or name.endswith(MEDIA_SUFFIXES):
        return "media"
    if name.endswith(("法院", "法庭", "检察院", "仲裁庭", "监管局", "管理局")):
        return "government"  # 美国法院: where a dispute is heard, no side of it
    return "company"


@functools.lru_cache(maxsize=4096)
def known_org_mentions(text: str) -> tuple[tuple[str, str, int], ...]:
    """(surface, canonical name, start) of every well-known organisation in text, longest match first
    (kept for the texts seen last: every extractor asks about the same sentences)."""
    index = org_alias_index()
    found = []
    for m in known_org_pattern().finditer(text):
        surface = m.group(0)
        if m.end() < len(text) and dictionary_freq(text[m.end() - 1:m.end() + 1]) > 1000 \
                and (shorter := known_org_prefix(surface[:-1])):
            surface = shorter  # 京东方面透露: 京东 and 方面, not 京东方
        if not _inside_latin_word(text, m.start(), m.start() + len(surface)) and not _inside_phrase(text, m.start(), surface) \
                and not inside_known_product(text, m.start()) \
                and not inside_title_marks(text, m.start()) and not inside_medium_name(text, m.start(), surface):
            found.append((surface, index[surface].name, m.start()))
    return tuple(found)


def inside_known_product(text: str, start: int) -> bool:
    """Whether a well-known product's name begins one or two characters before a position and runs over it (宝马 in
    怡宝马上跟进: 怡宝, then 马上)."""
    return any(text[start - k:start - k + n] in product_alias_index()
               for k in (1, 2) if start >= k for n in range(k + 1, k + 4))


def inside_medium_name(text: str, start: int, surface: str) -> bool:
    """新京报贝壳财经讯: a known name inside a longer medium's name (a character before it, a medium's word after)."""
    if re.match(r"(?:财经|科技|新闻|网|汽车)?(?:讯|\s?\d{1,2}月\d{1,2}日\s?(?:讯|报道|电|消息))",
                text[start + len(surface):start + len(surface) + 12]) \
            and (start == 0 or text[start - 1] in "　 \n【"):
        return True  # 新浪财经讯 3月1日, 网易汽车8月16日报道: a wire label at the start of a paragraph
    return start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in FUNCTION_START + "和及、" \
        and text.startswith(("财经", "新闻", "日报", "晚报", "早报", "周刊"), start + len(surface))


def inside_title_marks(text: str, start: int) -> bool:
    """Whether a position is inside 《》 (《王者荣耀》 names a game, not 荣耀 the company)."""
    return "《" in text and text.rfind("《", 0, start) > text.rfind("》", 0, start)


def _inside_phrase(text: str, start: int, alias: str) -> bool:
    """Whether a short alias made with a function character (快的, 美的) is part of a phrase here (增长最快的,
    完美的): it counts only after a boundary (the start, punctuation, 与/和/及/、 and the like). A name followed
    by 版 names an edition (秦PLUS荣耀版), not the company."""
    if text.startswith("版", start + len(alias)):
        return True
    if len(alias) > 2 or not NOT_IN_NAMES & set(alias):
        return False
    return start > 0 and text[start - 1] not in "，。；：、,;:!?！？“”\"（）() 与和及在对由被向跟同比"


class OrgIndex(dict):
    """An article's organisations by name, with a matcher that finds those not in the lexicon (by name
    or alias) in a text in one pass over it: build it once per article, look up in every sentence."""

    def __init__(self, orgs: Iterable[Organization]) -> None:
        super().__init__((o.name, o) for o in orgs)
        self.surface = {}
        for org in self.values():
            for name in (org.name, *org.aliases):
                if name not in org_alias_index():  # a known company's own short name in this article (石头 of 石头科技)
                    self.surface.setdefault(name, org.name)
        self.matcher = Matcher(self.surface)

    def find(self, text: str) -> list[tuple[int, str]]:
        """(first start, name) of each of the article's own organisations named in text."""
        first: dict[str, int] = {}
        end = 0
        for start, surface in self.matcher.finditer(text):
            if start < end:
                continue  # 康佳 inside 康佳光伏: the longer name is the one written
            first.setdefault(self.surface[surface], start)
            end = start + len(surface)
        return [(start, name) for name, start in first.items()]


def organizations_in(text: str, article_orgs: Iterable[Organization] = ()) -> list[str]:
    """Organisations named in text, in order: well-known ones (by any alias) and the article's own
    (pass an OrgIndex when looking in many texts)."""
    index = article_orgs if isinstance(article_orgs, OrgIndex) else OrgIndex(article_orgs)
    found = [(start, name) for _, name, start in known_org_mentions(text)] + index.find(text)
    return list(dict.fromkeys(name for _, name in sorted(found)))


@functools.lru_cache(maxsize=1)
def known_org_pattern() -> re.Pattern:
    """One pattern for every well-known organisation name and alias, longest first at each position."""
    return re.compile("|".join(re.escape(a) for a in sorted(org_alias_index(), key=len, reverse=True)))


PRODUCT_WORD_AFTER = re.compile(r" (?:Glasses|Pro|Max|Ultra|Air|Mini|Phone|Pad|Watch|Buds|Band|Plus|Lite|Book)(?![a-z])")


def _inside_latin_word(text: str, start: int, end: int) -> bool:
    """Whether a Latin alias (JD, NIO) is part of a longer Latin word."""
    if not text[start:end].isascii():
        return False
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if text[start:end].isdigit() and re.search(r"[A-Za-z]{2,} $", text[max(0, start - 12):start]):
        return True  # Osmo 360: the number of a model, not 360 the company
    if text[start:end].isdigit() and (before.isdigit() or before == "." or re.match(r"[\d.,万亿千百元%]", after)):
        return True  # 360亿元: a number, not 360 the company
    next_word = re.match(r" [A-Z][a-z]", text[end:end + 3]) and not PRODUCT_WORD_AFTER.match(text, end)  # JD Logistics:
    # the first word of a longer name (not Rokid Glasses, a maker and its product)
    return before.isascii() and before.isalnum() or after.isascii() and after.isalnum() or bool(next_word)


def is_name_part(token: Token) -> bool:
    """Whether a token can be part of a proper name: a proper-noun tag, or a word the dictionary hardly knows
    (not a verb of taking or leaving a post: 曾任日产汽车, 转任公司)."""
    if token.pos in BREAK_POS or token.word in stopwords() or not token.word.strip() or token.word in POST_WORDS:
        return False
    if verb_with_preposition(token.word):
        return False  # 领先于圆通速递: a verb and its preposition, no name
    return token.pos in NAME_POS or dictionary_freq(token.word) <= RARE_FREQ


def verb_with_preposition(word: str, prepositions: str = "于对向") -> bool:
    """A common verb and the preposition the segmenter glued to it (领先于, 隶属于): no part of a name."""
    return len(word) >= 3 and word[-1] in prepositions and dictionary_freq(word[:-1]) > RARE_FREQ


LEGAL_FORMS = ("有限公司", "有限责任公司")
KINSHIP_COMPANY = ("母公司", "子公司", "总公司", "分公司", "孙公司")
LEGAL_NAME_POS = {"n", "ns", "nz", "nt", "nr", "nrt", "nrfg", "j", "v", "vn", "eng", "nis", "phrase", "nnt"}  # 安迈顾问有限公司


def suffix_orgs(tokens: Sequence[Token]) -> list[str]:
    """Names that end with an organisation suffix: the suffix word and the name parts before it. Before a
    legal form (有限公司) any nouns belong to the registered name (深圳市地铁集团有限公司, 万科企业股份有限公司),
    as long as it begins with a proper name."""
    found = []
    for i, tok in enumerate(tokens):
        if not tok.word.endswith(ORG_SUFFIXES) or tok.pos in BREAK_POS:
            continue
        if i + 1 < len(tokens) and (tokens[i + 1].word in unit_suffixes() or tokens[i + 1].word in ("局", "社")):
            continue  # 数字金融科技板块: the start of a unit's name, not a company; 红星资本局: a medium's name
        if tok.word.endswith("网") and i + 1 < len(tokens) and tokens[i + 1].word[:1] in "路络站页民友点格" \
                and len(tokens[i + 1].word) == 1:
            continue  # 换电网/路: 网路 is the word, no website
        j = i
        longest = 16 if tok.word.endswith(INSTITUTION_SUFFIXES) else 10  # 中国汽车动力电池产业创新联盟
        while j > 0 and is_name_part(tokens[j - 1]) and len("".join(t.word for t in tokens[j - 1:i + 1])) <= longest:
            j -= 1
        if 0 < j < i and tokens[j - 1].word == "国家":
            j -= 1  # 国家管网集团, 国家能源集团: a state company's name begins with 国家
        if tok.word.endswith(LEGAL_FORMS + INSTITUTION_SUFFIXES):
            k = i
            while k > 0 and (tokens[k - 1].pos in LEGAL_NAME_POS and tokens[k - 1].word not in POST_WORDS
                             and tokens[k - 1].word not in ("企业", "厂商", "品牌", "平台", "公司")  # 中成药企业漳州片仔癀药业…
                             and not (tokens[k - 1].pos == "v" and tokens[k - 1].word.endswith("任"))
                             or k > 2 and tokens[k - 1].word in "）)" and tokens[k - 2].word in ("集团", "控股")) \
                    and len("".join(t.word for t in tokens[k - 1:i + 1])) <= 24:  # 陈忠岳已任中国联合…有限公司
                k -= 3 if tokens[k - 1].word in "）)" else 1  # 豪威集成电路（集团）股份有限公司: one name
            while k < j and not is_name_part(tokens[k]):
                k += 1  # 现任 or 公司 in front is no part of the name
            j = min(j, k)
        name = "".join(t.word for t in tokens[j:i + 1])
        if j < i and j > 0 and tokens[j].word[:1] in "后前时" and len(tokens[j].word) >= 3 and tokens[j - 1].pos.startswith("v"):
            name = name[1:]  # 交易完成/后裕晨/科技: 后 glued to the name after a verb
        if j < i and tokens[j].word[:1] in "但而并且" and len(tokens[j].word) >= 3 and dictionary_freq(tokens[j].word) == 0 \
                and (j == 0 or tokens[j - 1].pos == "x"):
            name = name[1:]  # ，但盈透/证券: the conjunction the segmenter glued to the name
        if i + 1 < len(tokens) and tokens[i + 1].word in ("市场", "行业", "领域", "产业", "赛道", "板块", "企业", "品牌"):
            continue  # 新能源汽车市场: an industry, not a company
        if name.endswith(("公司", "企业", "厂商")) and i + 1 < len(tokens) and len(name) > 3 \
                and tokens[i + 1].pos in ("nt", "nz", "eng", "nr", "n", "phrase", "j") \
                and tokens[i + 1].word not in GENERIC_COMPANY_NOUNS \
                and (is_common_phrase(name[:-2]) or tokens[i + 1].pos == "nt" and tokens[i + 1].word.endswith(ORG_SUFFIXES)):
            continue  # 人形机器人公司智元机器人, 激光雷达公司禾赛科技: what the company is, before its name
        if j < i and tokens[j].word in ("高星", "五星", "四星", "连锁", "经济型", "中高端", "高端",
                                        "新能源", "智能", "电动", "传统", "燃油", "国产", "合资", "豪华", "自主", "亚太", "华东",
                                        "华南", "华北", "华中", "西南", "西北", "东北", "海外", "国际", "全球", "欧洲", "北美"):
            continue  # 新能源汽车的价格战, 亚太汽车销售事业部: a kind of car or a region, not a company
        stem = next((name[:-len(x)] for x in ORG_SUFFIXES if name.endswith(x)), name)
        alone = j == i and len(name) >= 3 and (is_unfamiliar(name) and (
            tok.pos != "phrase" or len(stem) >= 2 and is_unfamiliar(stem)) or tok.pos == "nt" and len(stem) >= 2)  # 蜜雪集团 as one
        # discovered phrase; 清华大学, tagged an organisation by the dictionary
        if (j < i or alone) and not name.endswith(unit_suffixes()) and not name.endswith(KINSHIP_COMPANY):
            found.append(name)  # 绫致服装集团, 拍拍网 (not BOSS直聘母公司: whose parent it is)
    return found


def placed_legal_names(tokens: Sequence[Token]) -> list[tuple[str, str]]:
    """(short, registered) for a registered name with its city in brackets (东方甄选（北京）科技有限公司): the words
    before the bracket are the company's own name."""
    found = []
    for b, tok in enumerate(tokens[:-3]):
        if tok.word not in "（(" or tokens[b + 1].pos != "ns" or tokens[b + 2].word not in "）)":
            continue
        end = next((e for e in range(b + 3, min(b + 7, len(tokens))) if tokens[e].word.endswith(LEGAL_FORMS)), None)
        j = b
        while j > 0 and b - j < 4 and tokens[j - 1].word not in KINSHIP_COMPANY + ("全资", "公司", "旗下") \
                and (is_name_part(tokens[j - 1]) or tokens[j - 1].pos == "s"):
            j -= 1
        short = "".join(t.word for t in tokens[j:b])
        if end is not None and 2 <= len(short) <= 10 and not short.endswith(ORG_SUFFIXES):
            found.append((short, "".join(t.word for t in tokens[j:end + 1])))
    return found


PROPER_POS = {"nz", "nt", "nr", "nrt", "nrfg", "ns", "eng", "j", "phrase", "nis"}
OWNER_WORDS = ("旗下",)


NUMERAL_NAME_START = re.compile(r"[一二三四五六七八九]{2}")
COMPANY_KINDS = ("公司", "企业", "厂商", "集团", "母公司")


def name_before(tokens: Sequence[Token], i: int, rare_opens: bool = False) -> str:
    """The name that ends right before token i: the word there (any noun, 影石创新's 创新 too) and the name parts
    before it, opening with a proper name (or a rare word, with rare_opens); '' when there is none."""
    if i == 0 or tokens[i - 1].pos in BREAK_POS or tokens[i - 1].word in POST_WORDS:
        return ""
    j = i - 1
    while j > 0 and (is_name_part(tokens[j - 1]) or len(tokens[j - 1].word) == 1 and tokens[j - 1].pos in ("n", "ng", "nz")
                     and tokens[j - 1].word not in NOT_IN_NAMES
                     or j > 1 and tokens[j - 2].word in COMPANY_KINDS and tokens[j - 1].pos not in BREAK_POS
                     or rare_opens and j == i - 1 and tokens[j].word in ORG_SUFFIXES and len(tokens[j - 1].word) >= 2
                     and tokens[j - 1].pos not in BREAK_POS and tokens[j - 1].word not in POST_WORDS) \
            and len("".join(t.word for t in tokens[j - 1:i])) <= 10:
        j -= 1  # 宏/光电子（300987.SZ）: a character the segmenter split off the name; 母公司看准/科技: any word
    if j == 1 and len(tokens[0].word) == 1 and re.fullmatch(r"[\u4e00-\u9fff]", tokens[0].word) \
            and tokens[0].word not in NOT_IN_NAMES and rare_opens:
        j = 0  # 日/月光投控（3711）at the start of a sentence: 日 is the name's first character
    if j > 0 and NUMERAL_NAME_START.fullmatch(tokens[j - 1].word) and (j == 1 or tokens[j - 2].pos == "x") \
            and tokens[j].pos not in ("q", "m"):
        j -= 1  # 三七/互娱（002555.SZ）, 三一/重工: a numeral that opens the name
    name = "".join(t.word for t in tokens[j:i])
    rare = rare_opens and dictionary_freq(tokens[j].word) <= RARE_FREQ  # 宏碁（2353）, tagged a verb
    rare = rare or (rare_opens and is_unfamiliar(name))  # 宏光电子, not a word as a whole
    after_kind = j > 0 and tokens[j - 1].word in COMPANY_KINDS  # 芯片公司地平线（…）: named after its kind
    rare = rare or (rare_opens and i - j == 2 and tokens[i - 1].word in ORG_SUFFIXES)  # 欢聚/集团（JOYY.US）, 欢聚 a verb
    opens_with_name = tokens[j].pos in PROPER_POS or is_unfamiliar(tokens[j].word) or rare or after_kind
    single = i - j == 1 and not is_unfamiliar(name) and tokens[j].pos not in ("nt", "nz", "eng") and not rare \
        and not after_kind
    return "" if not opens_with_name or single or len(name) < 2 or NOT_IN_NAMES & set(name) else name


def owners_of_brands(tokens: Sequence[Token], people: Container[str]) -> list[str]:
    """The company before 旗下 (华润饮料旗下怡宝), when the lexicon does not know it already."""
    names = [name_before(tokens, i) or listed_owner_before(tokens, i) for i, tok in enumerate(tokens)
             if tok.word in OWNER_WORDS and i and tokens[i - 1].word not in org_alias_index()]  # 至蜜雪冰城旗下
    return [n for n in names if n and n not in people and not is_known_thing(n)]


def clause_opening(tokens: Sequence[Token], i: int, most: int) -> tuple[int, str]:
    """Where the words before token i begin after punctuation, at most `most` tokens back, and those words joined:
    (-1, '') when no punctuation (nor the sentence's start) comes within reach."""
    j = i
    while j > 0 and tokens[j - 1].pos != "x" and i - j < most:
        j -= 1
    return (j, "".join(t.word for t in tokens[j:i])) if j == 0 or tokens[j - 1].pos == "x" else (-1, "")


def listed_owner_before(tokens: Sequence[Token], i: int) -> str:
    """The words between a list's 、 (or a clause's start) and the 旗下 at i, when they can be a company's name
    (腾讯、点点/互动旗下: common words make it, but the list says it is a name); '' otherwise."""
    j, name = clause_opening(tokens, i, 3)
    return name if (j == 0 or j > 0 and tokens[j - 1].word in ("、", "，")) and re.fullmatch(r"[\u4e00-\u9fff]{3,6}", name) \
        and not NOT_IN_NAMES & set(name) and not any(t.pos in ("p", "c", "u", "uj", "r", "v") for t in tokens[j:i]) else ""


def latin_space(tokens: Sequence[Token], k: int) -> bool:
    """The space between two Latin words of one name (PDD Holdings)."""
    return tokens[k].word == " " and 0 < k < len(tokens) - 1 and tokens[k - 1].word.isascii() and tokens[k + 1].pos == "eng"


def parent_companies(tokens: Sequence[Token], people: Container[str]) -> list[str]:
    """The company named right after 母公司 (Manus的母公司蝴蝶效应完成融资), however common its words."""
    found = []
    for i, tok in enumerate(tokens[:-1]):
        suffixed = i + 2 < len(tokens) and tokens[i + 2].word in ORG_SUFFIXES and tokens[i + 1].word.isalnum()
        if tok.word in ("母公司", "运营方", "开发商") and (tokens[i + 1].pos in ("n", "nz", "nt", "eng", "j", "nr", "ns", "l")
                                                       or suffixed):  # 母公司峰米/科技: a coined name, whatever its tag
            k = i + 2
            while k < len(tokens) and (is_name_part(tokens[k]) or latin_space(tokens, k)) \
                    and len("".join(t.word for t in tokens[i + 1:k + 1])) <= 16:
                k += 1
            if suffixed and k == i + 2:
                k += 1  # the suffix ends the name
            name = "".join(t.word for t in tokens[i + 1:k])
            if 2 <= len(name) and name not in people and not is_known_thing(name) and not NOT_IN_NAMES & set(name) \
                    and name not in GENERIC_COMPANY_NOUNS:
                found.append(name)
    return found


SUBSIDIARY = re.compile(r"(?:旗下(?:的)?[\u4e00-\u9fff]{0,4}?(?:子公司|公司)|(?<=由)(?:全资|控股)?子公司)(?P<name>[\u4e00-\u9fffA-Za-z]{2,8}?)"
                        r"(?=的|[，。；、（(]|旗下|是|为|在|于|将|已|也|和|与|同日|今日|负责|运营|主导|承接)")  # 由旗下子公司X负责


INDUSTRY_TAILS = ("光伏", "汽车", "地产", "置业", "金融", "电子", "数字", "科技", "能源", "新能源", "显示", "医疗", "物流", "半导体",
                  "生物", "储能", "电池", "材料", "照明", "家电", "智家", "智能", "健康", "文旅", "传媒", "资本")
OFFSHOOT_LIST = re.compile(r"旗下(?:的)?(?P<list>[\u4e00-\u9fffA-Za-z]{3,10}(?:、[\u4e00-\u9fffA-Za-z]{3,10})+)"
                           r"(?=整合|合并|重组|分拆|[，。；]|等(?:子公司|公司|企业))")


def offshoots_under(text: str, named: Iterable[str] = ()) -> list[str]:
    """A list after 旗下 of a company's name (known, or the stem of one named: 康佳 of 康佳集团) and an industry each
    (旗下创维光伏、创维汽车整合为…): subsidiaries, companies."""
    found = []
    stems = {name_stem(n) for n in named if len(name_stem(n)) >= 2}
    for m in OFFSHOOT_LIST.finditer(text):
        items = m.group("list").split("、")
        prefixes = [known_org_prefix(it) or min((st for st in stems if it.startswith(st) and st != it), key=len, default=None)
                    for it in items]
        if all(p and it[len(p):].endswith(INDUSTRY_TAILS) and it not in product_alias_index() for it, p in zip(items, prefixes)):
            found += items
    return found


def subsidiaries(text: str, people: Container[str]) -> list[str]:
    """A company named as another's subsidiary (搜狐旗下游戏公司畅游的…), or one listed with it (旗下子公司亿航广东和合肥合翼
    获得…): a company, whatever its words."""
    found = [m.group("name") for m in TRADE_COMPANY_UNDER.finditer(text) if m.group("name") not in people]
    for m in SUBSIDIARY.finditer(text):
        also = SUBSIDIARY_ALSO.match(text, m.end())
        for name in [m.group("name")] + ([also.group("name")] if also else []):
            if name not in people and not NOT_IN_NAMES & set(name) and name not in GENERIC_COMPANY_NOUNS:
                found.append(name)
    return found


TRADE_COMPANY_UNDER = re.compile(r"旗下的?(?P<name>[\u4e00-\u9fff]{2,6}(?:航空|银行|证券|保险|基金|物流|快递|速运|航运))"
                                 r"(?=[，。；、和与]|今年|去年|已|将|正|在|于|也|则|是|的)")  # 吉祥航空旗下的九元航空
SUBSIDIARY_ALSO = re.compile(r"(?:和|与|及|、)(?P<name>[\u4e00-\u9fffA-Za-z]{2,8}?)(?=获得|获|的|[，。；]|均|都|分别|也|将|已)")


GENERIC_COMPANY_NOUNS = {"公司", "集团", "企业", "股东", "平台", "品牌"}
LISTED_CODE = re.compile(r"^(?:股票代码|证券代码|代码)?[：:]?\s*(?:\d{6}(?:\.(?:SH|SZ|BJ))?|\d{4,5}\.HK|0\d{4}|(?!19|20)\d{4}(?:\.TW)?|"
                         r"[A-Z]{1,5}\.(?:US|N|O)|(?:NYSE|NASDAQ|Nasdaq|HKEX|纽交所|纳斯达克|港交所|港股|美股)[：:]\s?[A-Z0-9.]{1,8})$")


OPENING_NAME_POS = {"n", "a", "ag", "nz", "nt", "ns", "j", "nrt"}
GENERIC_ORG_NAMES = {"该公司", "这家公司", "本公司", "上市公司", "存续公司", "新公司", "合并后公司", "标的公司"}


def clause_opening_before(tokens: Sequence[Token], i: int) -> str:
    """The words from the clause's opening to token i, when they are a well-known company's name and a word of its
    own (顺丰/同/城（09699.HK）, cut apart by the segmenter); '' otherwise."""
    j, name = clause_opening(tokens, i, 4)
    if 0 <= j < i - 1 and tokens[j].word in ("与", "和", "及") and j and tokens[j - 1].word in ("）", ")"):
        name, j = name[len(tokens[j].word):], j + 1  # 统一超商（2912）与全家/便利商店（5903）: the next listed company
    if re.fullmatch(r"[\u4e00-\u9fff]{3,8}", name) and listed_offspring(name):
        return name
    suffixed = j >= 0 and name.endswith(ORG_SUFFIXES) and not any(t.pos[:1] in "vpcdmu" for t in tokens[j:i])  # 海澜/之家/集团
    plain = j >= 0 and i - j <= 3 and (suffixed or all(t.pos in OPENING_NAME_POS and t.word not in stopwords() for t in tokens[j:i]))
    return name if plain and re.fullmatch(r"[\u4e00-\u9fff]{3,8}", name) and name not in GENERIC_ORG_NAMES \
        and not is_known_thing(name) else ""  # 完美/世界（002624.SZ）: common words a stock code makes a name


def listed_offspring(name: str) -> bool:
    """Whether a listed name is a well-known company's name and a word of its own business (顺丰同城, 京东物流), not the
    company under a corporate form (小米集团)."""
    rest = name[len(known_org_prefix(name) or name):]
    return len(rest) >= 2 and rest not in ORG_SUFFIXES and not re.fullmatch(r"(?:集团|控股|股份|科技|公司|有限公司|国际)+", rest)


def listed_companies(tokens: Sequence[Token], people: Container[str]) -> list[str]:
    """Companies given with a stock code (影石创新（688775.SH）, 华润饮料（02460.HK）): a listed company's name."""
    found = []
    for i, tok in enumerate(tokens):
        if tok.word in ("（", "(") and i + 2 < len(tokens):
            close = next((k for k in range(i + 1, min(len(tokens), i + 12)) if tokens[k].word in ("）", ")")), None)
            inside = "".join(t.word for t in tokens[i + 1:close]) if close else ""
            glossed = re.fullmatch(r"[A-Za-z][A-Za-z .&'-]{1,40}[，,]\s*(?P<code>.+)", inside)
            inside = glossed.group("code") if glossed else inside  # 地平线（Horizon Robotics，09660.HK）: the code
            if close and all(LISTED_CODE.match(code) for code in re.split(r"[、，,/]\s*", inside)):  # 02076.HK、BZ.US
                name, opening = name_before(tokens, i, rare_opens=True), clause_opening_before(tokens, i)
                described = name and opening.endswith(name) and opening[:-len(name)].endswith(COMPANY_KIND_WORDS)
                name = opening if opening and (not name or opening.endswith(name)) and not described else name  # 全家/便利商店
                # （5903）: the whole opening, not its last word (not 酒店集团亚朵, what it is before its name)
                offspring = listed_offspring(name) and name not in org_alias_index() and not name.endswith(unit_suffixes())
                if name and name not in people and (offspring or not is_known_thing(name) and not known_org_prefix(name)):
                    found.append(name)  # 顺丰同城（09699.HK）: listed apart from 顺丰, a company of its own
    return found


def given_with_code(name: str, text: str) -> bool:
    """Whether the text gives the name a stock code (微博（WB.US）今日公告): the listed company, whatever else the name is."""
    return any(all(LISTED_CODE.match(code) for code in re.split(r"[、，,/]\s*", m.group(1)))
               for m in re.finditer(re.escape(name) + r"[（(]([^（）()]{2,24})[）)]", text))


LIST_END = re.compile(r"(?<=.{2})(?:这些|这类|这样的|之类的|长期|一直|始终|抢(?=[\u4e00-\u9fff]{0,8}(?:市场|用户|客户|份额|生意|流量|订单|蛋糕))|主导|垄断|把持|同样|仍然|依然|仍处|打(?=[\u4e00-\u9fff]{0,3}战)|的(?:围攻|围剿|夹击|挑战|冲击)|展开|进行|开展|形成|争夺|抢夺|竞争|合作|相比|相对于|相较于|比较|之间|的竞争|都|均|也|正在|正(?=展开|进行|面临|加速)|已经|将|同台|同场|一起|共同|正面|直接|担任|出任|作为|存在|"
                      r"跟投|领投|参投|位居|位列|分列|排名|分别|谁|哪|如何|怎么|为何|为什么|能否|[两三四五]强|双雄|鼎立|横评|测评|对比|比拼|"
                      r"[两三四五六七八九十\d]+家(?:的|都|均|各|$))"
                      r".*$")  # where the verb after a list begins (与比亚迪、麦格纳展开竞争, A、B、C位居前三, A、B、C谁扛得住)
LIST_END_PLACE = re.compile(LIST_END.pattern.replace("(?:", "(?:在|于|方面|等|", 1))  # …遥望科技在直播电商领域的竞争


COUNTED_KIND = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9]{2})[一二三四五六七八九十两几\d]+(?:家|个|大|款)"
                          r"(?:企业|公司|巨头|厂商|品牌|平台|车企|集团|电商|互联网公司|科技公司|航司|航空公司|航|银行|行|运营商|券商|险企)$")
LIST_TAIL = re.compile(r"(?<=.{2})等(?:[\u4e00-\u9fff]{0,6}|(?:被|都|均|也|在|是|为|已).*"
                       r"|[\u4e00-\u9fff]{0,4}?(?:品牌|企业|公司|平台|厂商|玩家|巨头|对手|竞品|车企|新势力)[^\u4e00-\u9fff]?(?:以|凭|靠|在|正|也|都|纷纷).*"
                       r"|[\u4e00-\u9fff]{0,4}?(?:品牌|企业|公司|厂商)的.*)$")  # 乐高等第三方品牌的产品
ENUMERATION = re.compile(r"[^，。；：、,;:！？]{1,12}(?:、[^，。；：、,;:！？]{1,12})*、[^，。；：、,;:！？]{1,32}")


@functools.lru_cache(maxsize=4096)
def enumeration_items(text: str) -> tuple[tuple[str, ...], ...]:
    """Runs of short items separated by 、 (the last may end with 等), each item a possible name (kept for the
    texts seen last: several extractors read the lists of the same sentences)."""
    runs = []
    for run in ENUMERATION.findall(text) if "、" in text else ():
        items = [re.sub(r"(等|等等|多家.*|等多家.*|等[\u4e00-\u9fff]{1,6})$", "", it.strip())
                 for it in run.split("、")]  # MiniMax等创业公司, 有道AI学习机等业务
        items[0] = re.sub(r"^.*(包括|例如|比如|诸如|如|拥有|还有|共有|都有|也有|旗下有|与|和|像|面对|面临|迎战|遭遇|把|跟|售卖|代理|引进|引入|整合|统筹|合并|涵盖|(?<![存现实正])在(?!线|于))|^(?:而|但|且|并)(?=[A-Za-z])", "",
                          items[0])  # 而SAP、Oracle等: the conjunction is no part of the first name
        items[-1] = LIST_END.sub("", items[-1])  # 与比亚迪、麦格纳展开竞争: the list ends where its verb begins
        items[-1] = COUNTED_KIND.sub("", items[-1])  # 农夫山泉、怡宝和娃哈哈三家企业: the count is no part of the name
        items[-1] = re.sub(r"(?<=..)(?:等)?(?:业务|板块|品牌业务)$", "", items[-1])  # 整合京东秒送、京东到家和七鲜超市业务
        items[-1] = LIST_TAIL.sub("", items[-1])  # MiniMax等创业公司, 百川智能等被称为…: the list ends at 等
        items[-1] = re.sub(r"(?<=.{2})[一二三四五六七八九十两\d]+家$|(?<=.{2})系列$", "", items[-1].replace("以及", "、"))
        items[-1:] = [it for it in re.split(r"、|(?<=[\u4e00-\u9fffA-Za-z0-9]{2})[和与及](?=[\u4e00-\u9fffA-Za-z0-9]{2})",
                                          items[-1])]  # 华为、爱立信和诺基亚: the last two joined by 和
        items = [re.sub(r"《[^》]*》.*$|^(?:海外|国际|国内|国产|外资|本土)?(?:品牌|公司|企业|厂商|巨头)(?=\S{2})|^[美台日韩港陆外]商(?=\S{2})"
                        r"|^(?:美国|日本|韩国|德国|法国|英国|欧洲|海外|国外)的(?=\S{2})"
                        r"|[（(][^（）()]{1,20}[）)]$", "", it)
                 for it in items]  # 海外品牌The North Face（北面）: the name
        items[0] = next((items[0][k:] for k in range(1, len(items[0]) - 1) if items[0][k:] in org_alias_index()),
                        items[0])  # 欢迎腾讯、阿里巴巴: the list begins with the known name
        items[0] = re.sub(r"^.*[了是为](?=[^了是为]{2,}$)|^由(?=.{2})", "", items[0])  # 行业形成了美团充电宝、…: after the verb;
        items[0] = without_description(items[0])
        # 由A、B领投
        runs.append(tuple(it for it in items if it))
    return tuple(runs)


def without_description(item: str) -> str:
    """The name after what is said of it (抖音上崛起的高梵: 高梵), not after its owner (美的旗下的COLMO, 周大福的传福系列)."""
    described, of, name = item.rpartition("的")
    if not of or len(described) < 2 or len(name) < 2 or described.endswith("旗下") \
            or any(described[-k:] in org_alias_index() for k in range(2, min(8, len(described)) + 1)):
        return item
    return name


@functools.lru_cache(maxsize=65536)
def names_a_brand_of_known_org(item: str) -> bool:
    """华为昇腾: a well-known organisation's name followed by a short name the dictionary hardly knows."""
    prefix = known_org_prefix(item)
    rest = item[len(prefix):] if prefix else ""
    return 2 <= len(rest) <= 3 and dictionary_freq(rest) <= RARE_FREQ


PLATFORM_TAILS = ("剧场", "频道", "商城", "App", "APP", "短剧", "小程序", "视频", "音乐", "阅读", "网盘", "浏览器", "输入法")


def enumerated_orgs(text: str, known: Container[str], people: set[str]) -> list[tuple[str, str]]:
    """Items of an enumeration that lists at least one organisation: (name, kind)."""
    found = []
    for items in enumeration_items(text):
        if not all(ENUM_ITEM.match(it) and not NOT_IN_NAMES & set(it) for it in items):
            continue
        brand_list = bool(re.search(r"(、[^，。]*?)(多家|等)[^，。]{0,6}品牌", text))
        if "品牌" in text and re.search(re.escape(items[-1]) + COUNTED_BRANDS_AFTER, text):
            continue  # 统筹海澜之家、男生女生和英氏三个品牌: a company's brands, its products
        if any(it in known or names_a_brand_of_known_org(it) for it in items) or brand_list and re.search("品牌", text):
            for item in items:
                if item not in known and not is_known_thing(item) and item not in people and not item.endswith(PLATFORM_TAILS) \
                        and not names_a_brand_of_known_org(item) \
                        and item.split(" ")[0] not in product_alias_index() \
                        and not re.search(r"[A-Za-z]+ ?\d|\d+[A-Za-z]*$", item):  # TikTok Shop, vivo X200, Mate70: products
                    found.append((item, "brand" if brand_list else "company"))
    return found


COMPANY_KIND_WORDS = ("集团", "公司", "企业", "厂商", "品牌", "平台", "巨头", "大厂", "龙头")
COUNTED_BRANDS_AFTER = r"(?:等)?[两三四五六七八九十\d]+(?:个|大)[\u4e00-\u9fff]{0,4}?品牌"  # after a list's last item
DEAL_TARGET = re.compile(r"(?:收购|并购|入股|控股|全资收购|战略投资|创立|创办|成立了)(?:了)?(?!集团|公司|股份|有限)(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,8}?)"
                         r"(?=[，。；、]|的|旗下|股份|全部|部分|(?:约|近|超过|逾)?\d|$)")  # 收购零跑汽车约20%
PARTNER_NAME = re.compile(r"(?:与|和|同|跟)(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,8}?)"
                          r"(?:(?:达成|签署|签订|展开|开展|建立|进行)[^，。；]{0,6}(?:合作|协议)|合作(?:开发|推出|打造|研发|生产))")


CHALLENGE_PAIR = re.compile(r"(?:面对|面临|迎战|遭遇|应对|在)(?:来自)?(?P<a>[\u4e00-\u9fffA-Za-z]{2,6}?)(?:和|与|及|、)"
                            r"(?P<b>[\u4e00-\u9fffA-Za-z]{2,6}?)等?(?:两家|公司)?的?(?:左右|双重|联手|前后)?"
                            r"(?:挑战|竞争|夹击|围剿|冲击)")


LIST_BEFORE_KIND = re.compile(r"(?:^|，|：|。)(?:而是|就是|还有|像|如|包括|例如|比如|而|但|和|与|跟|同|"
                              r"[\u4e00-\u9fff]{0,4}?(?:受到|来自|面对|面临|遭遇|遭到|是))?(?P<list>[\u4e00-\u9fffA-Za-z0-9]{2,8}?"
                              r"(?:(?:和|与|及|、)[\u4e00-\u9fffA-Za-z0-9]{2,8}?){1,5})(?:这样的|这类|之类的|这些|等)"
                              r"[\u4e00-\u9fff]{0,8}?(?:公司|企业|机构|厂商|车企|机车厂|汽车厂|(?<=传统)厂|(?<=国际)大牌|(?<=国际)巨头)")


def companies_before_kind(text: str, people: Container[str]) -> list[str]:
    """The names a list gives before what they are (交个朋友和遥望科技这样的机构化直播公司): companies."""
    found = []
    for m in LIST_BEFORE_KIND.finditer(text):
        items = re.split("和|与|及|、", m.group("list"))
        if all(len(it) >= 2 and it not in people and not set("的了是在这那们着过") & set(it) and not is_generic_source(it)
               and (it in org_alias_index() or dictionary_freq(it) <= RARE_FREQ and (
                   not is_common_phrase(it) or it.endswith(ORG_SUFFIXES) and not it.endswith(("公司", "企业"))))
               for it in items):  # not 任内推动公司与大众汽车、蔚来等企业: a clause, no list of names
            heads = [re.sub(r"(?<=[\u4e00-\u9fff]{2})[A-Za-z][A-Za-z0-9 ]*$", "", it) for it in items]  # 光阳Ionex: 光阳's model
            found += [it for it in heads if it not in org_alias_index()]
    return found


INDUSTRY_CONTEST = re.compile(r"(?:赛道|行业|市场|领域|集合店)(?:的)?竞争(?:也|更|愈发|正?日趋|日益|正在)?(?:激烈|白热化|加剧)")
ALSO_PLAYERS = re.compile(r"(?:^|[，。；：])(?:此外|另外|同时|与此同时)?[，,]?(?P<list>[^，。；、]{2,10}(?:、[^，。；、]{2,10})+)"
                          r"(?:等[\u4e00-\u9fff]{0,6})?(?:也|纷纷|同样)(?:在|开始|正)")  # not 均已宣布: what the list did


def players_in_contest(text: str, people: Container[str]) -> list[str]:
    """The names a list makes players of an industry whose contest grows (此外，52TOYS、酷乐潮玩也在加速开店，潮玩集合店的
    竞争正日趋激烈): companies."""
    m = ALSO_PLAYERS.search(text) if INDUSTRY_CONTEST.search(text) else None
    items = m.group("list").split("、") if m else []
    if items and all((ENUM_ITEM.match(it) or re.fullmatch(r"\d{1,4}[A-Za-z][A-Za-z0-9]*", it)) and it not in people and (it.isascii() or dictionary_freq(it) <= RARE_FREQ)
                     and not is_common_phrase(it) for it in items):
        return [it for it in items if it not in org_alias_index()]
    return []


RANKED_BESIDE = re.compile(r"(?:仅次于|领先于?|落后于|超过了?|超越了?|紧随)(?P<name>[\u4e00-\u9fffA-Za-z]{2,6}?)(?=[，。；、]|$|之后|其后)")


def ranked_beside(text: str, people: Container[str]) -> list[str]:
    """The names a market ranking sets a company beside (份额约为18.5%，仅次于华邦电子，领先旺宏): companies."""
    if not re.search("份额|市占率|排名|排行", text):
        return []
    return [m.group("name") for m in RANKED_BESIDE.finditer(text)
            if m.group("name") not in people and (dictionary_freq(m.group("name")) <= RARE_FREQ or m.group("name").endswith(ORG_SUFFIXES))
            and not is_common_phrase(m.group("name")) and not is_known_thing(m.group("name"))
            and not re.search(r"[的了是在这那年月日去今同行业市场平均水]", m.group("name"))
            and not re.match(r"[\d一二两三四五六七八九十百千万几半多近约逾]", m.group("name"))]  # 超过四成: a share


FOREIGN_BRAND = re.compile(r"来自(?:英国|美国|日本|韩国|德国|法国|意大利|瑞典|丹麦|瑞士|澳大利亚|加拿大|新加坡|荷兰|西班牙)的"
                           r"[\u4e00-\u9fff]{0,8}?(?:品牌|公司|企业)(?P<name>[A-Z][A-Za-z&'.]*(?: [A-Z][A-Za-z&'.]*){0,2})")  # 来自英国的…品牌Jellycat
LATIN_ANNOUNCER = re.compile(r"(?:^|(?<=[，。；：]))(?P<name>[A-Z][A-Za-z]{0,}(?: [A-Z][a-z]+)?)(?:则|也|此前|已经|已|今日|近日|日前|一直|"
                             r"于[^，。；]{1,10}?)*(?:宣布|宣佈|发布公告|回应称|(?<=则)选择|(?<=一直)以)"
                             r"|(?:向|对)(?P<target>[A-Z][A-Za-z]{2,}(?: [A-Z][a-z]+)?)(?:发起|宣战|开战|亮剑)"  # Tims对Manner发起…挑战
                             r"|(?:替代|取代|对标|挑战|追赶|叫板)(?P<rival>[A-Z][A-Za-z]{2,}(?: [A-Z][a-z]+)?)(?![A-Za-z])"
                             r"|(?:和|与|跟)(?P<compared>[A-Z][A-Za-z]{2,}(?: [A-Z][a-z]+)?)比")  # 替代Salesforce, 不和Salesforce比功能


def latin_announcers(text: str, people: Container[str]) -> list[str]:
    """A Latin name that opens a clause and announces something (Deliveroo则已于今年4月宣布退出…): a company."""
    names = [m.group("name") or m.group("target") or m.group("rival") or m.group("compared") for m in LATIN_ANNOUNCER.finditer(text)]
    return [n for n in names if n not in people and n not in product_alias_index() and len(n) >= 2
            and n.upper() not in ("AI", "CEO", "APP", "IT")]


def challengers_beside_known(text: str, known: Container[str], people: Container[str]) -> list[str]:
    """A coined name that a rivalry pairs with a known organisation (面对华为和图达通的挑战): a company too."""
    found = []
    for m in CHALLENGE_PAIR.finditer(text):
        for name, other in ((m.group("a"), m.group("b")), (m.group("b"), m.group("a"))):
            if other in known and name not in known and name not in people and not is_known_thing(name) \
                    and has_coined_part(name) and not NOT_IN_NAMES & set(name):
                found.append(name)
    return found


PARALLEL_MAKERS = re.compile(r"(?:^|(?<=[，；：,]))(?P<a>[\u4e00-\u9fffA-Za-z]{2,8}?)的(?P<x>[^，。；的]{1,12}?)(?:和|与|以及|及|、)"
                             r"(?P<b>[\u4e00-\u9fff]{2,6}?)的(?P<y>[^，。；的]{1,12}?)(?:方案|产品|芯片|手机|平台|服务|技术|模型|系统)")


def makers_beside_known(text: str, known: Container[str], people: Container[str]) -> list[str]:
    """A name no dictionary knows written like a known organisation beside it, each with what it makes (高通的超声波
    指纹方案和思立微的光学方案): a company too."""
    found = []
    for m in PARALLEL_MAKERS.finditer(text):
        known_a = any(m.group("a")[-n:] in known for n in range(2, len(m.group("a")) + 1))
        name = m.group("b")
        if known_a and name not in known and name not in people and not is_known_thing(name) \
                and dictionary_freq(name) <= RARE_FREQ and not NOT_IN_NAMES & set(name):
            found.append(name)
    return found


def offshoot_name(word: str) -> bool:
    """A new name that begins with a known organisation's name (摩托罗拉移动), not a known name itself."""
    return word not in org_alias_index() and word not in product_alias_index() and word.startswith(org_name_prefixes())


def partner_names(text: str, people: set[str]) -> list[str]:
    """Organisations named as the other side of an agreement or a deal (与沃尔玛达成战略合作, 收购了91无线)."""
    names = []
    for m in list(PARTNER_NAME.finditer(text)) + list(DEAL_TARGET.finditer(text)):
        name = m.group("name")
        if name in org_alias_index() or (not NOT_IN_NAMES & set(name) and name not in people
                                         and (not is_known_thing(name) or offshoot_name(name))
                                         and not re.match(r"^[\d.]+[万亿元%美]|^(?:收入|营收|营业|净利|利润|销量|市值|股价|实现|录得|取得)", name)
                                         and not name.endswith(("为", "达", "约"))  # 康师傅控股收入为…: no deal
                                         and (is_unfamiliar(name) or name.endswith(ORG_SUFFIXES))):
            names.append(name)
    return names


CITED = re.compile(r"据(?P<name>[\u4e00-\u9fffA-Za-z](?:[\u4e00-\u9fffA-Za-z]|[' .&-](?=[A-Za-z])){1,22}?)(?:最新|近期|此前|日前|发布的?)?"
                   r"(?P<how>报道|消息|统计|数据显示|调查|监测|研究|报告)")  # 据Dell'Oro Group统计
# 根据IDC最新统计: IDC


LEAD_INVESTOR = re.compile(r"由(?P<name>[\u4e00-\u9fffA-Za-z0-9、和]{2,40}?)(?:联合|共同)?(?:领投|独家投资|独家领投)"
                           r"|(?:，|^)(?P<follow>[\u4e00-\u9fffA-Za-z0-9、和]{2,40}?)(?:等)?(?:跟投|参投)")
INVESTOR_WORDS = ("资本", "基金", "投资", "创投", "风投", "集团", "银行", "控股", "证券", "国投", "产投", "资管", "Capital", "Ventures")


def lead_investors(text: str, people: set[str]) -> list[str]:
    """The investor that leads a round (本轮由上海国投先导人工智能基金领投): an organisation by the role it plays."""
    found = []
    for m in LEAD_INVESTOR.finditer(text):  # 由A、B领投，C跟投
        names = [re.sub(r"^.*(?:的|了)", "", n) for n in re.split(r"[、和]", m.group("name") or m.group("follow"))]
        listed = bool(m.group("name")) or len(names) > 1 and any(n.endswith(INVESTOR_WORDS) or n in org_alias_index()
                                                                  for n in names)  # 由国投创业领投: who leads invests
        found += [n for n in names if n not in people and not NOT_IN_ORG_NAME & set(n) and not n.startswith(tuple(people))
                  and (listed and 2 <= len(n) <= 12 or n.endswith(INVESTOR_WORDS) or n in org_alias_index())]
    return found  # 由阿尔法公社、蓝驰创投领投: each one listed with an investor is one; not 王兴个人跟投


def cited_sources(text: str, people: set[str]) -> list[tuple[str, str]]:
    """Media and research firms cited as a source (据路透社报道, 据易观智库统计): (name, kind)."""
    found = []
    for m in CITED.finditer(text):
        name = re.sub(r"^.{0,6}?(?:机构|媒体|公司|平台)(?=.{2})", "", m.group("name"))  # 第三方机构星图数据: the name after
        if name in org_alias_index():
            found.append((org_alias_index()[name].name, org_alias_index()[name].kind))
        elif name not in people and not NOT_IN_NAMES & set(name) and not is_known_thing(name) \
                and not is_generic_source(name) \
                and (is_unfamiliar(name) or name.endswith(ORG_SUFFIXES + ("社", "智库", "咨询"))):
            found.append((name, "media" if m.group("how") in ("报道", "消息") else "other"))
    return found


def is_generic_source(name: str) -> bool:
    """游戏媒体, 海外机构: a common word and a generic kind of source, not a name."""
    kind = next((k for k in ("媒体", "机构", "网站", "平台", "人士") if name.endswith(k)), None)
    return kind is not None and dictionary_freq(name[:-len(kind)]) > 500


def is_common_phrase(words: str) -> bool:
    """Whether text is made of words the dictionary knows well (人形机器人), not a name."""
    from ..nlp.segment import segment

    return all(dictionary_freq(t.word) > RARE_FREQ for t in segment(words))


def is_common_word(word: str) -> bool:
    """A word the segmenter keeps whole, tags as something other than a name, and the dictionary knows
    well (全面 before 负责): not a person even where a name could stand."""
    from ..nlp.segment import segment

    tokens = segment(word)
    return len(tokens) == 1 and not tokens[0].pos.startswith("nr") and dictionary_freq(word) > RARE_FREQ


def is_unfamiliar(word: str) -> bool:
    """A word neither jieba's dictionary nor its IDF table knows (a new name, not 合作伙伴)."""
    return dictionary_freq(word) == 0 and not in_idf_table(word)


COMPANY_WORDS = r"(?:公司|企业|集团|平台|独角兽|机构|品牌商|厂商|运营商|美商|台商|日商|韩商|港商|外商|陆商|(?<=[\u4e00-\u9fff]{2})厂)"  # 存储芯片厂兆易创新（GigaDevice）
COMPANY_TAILS = ("科技", "汽车", "集团", "智能", "股份", "控股")
COINED_COMPANY = re.compile(rf"(?<=[\u4e00-\u9fff])(?={'|'.join(COMPANY_TAILS)})")


def coined_counts_in(text: str) -> Counter:
    """How often each two characters and a company's tail are written in a text (every position, one pass)."""
    return Counter(COINED_ANYWHERE.findall(text)) if any(t in text for t in COMPANY_TAILS) else Counter()


COINED_ANYWHERE = re.compile(rf"(?=([\u4e00-\u9fff]{{2}}(?:{'|'.join(COMPANY_TAILS)})))")


def coined_company_names(sentence: str, counts: Counter) -> list[str]:
    """Companies named by a two-character coined word and a company's tail, written at least twice in the article
    (云从科技, 极越汽车; counts from coined_counts_in): a name no dictionary knows, whatever the segmenter made of it."""
    found = []
    for m in COINED_COMPANY.finditer(sentence) if any(t in sentence for t in COMPANY_TAILS) else ():
        tail = next(t for t in COMPANY_TAILS if sentence.startswith(t, m.start()))
        stem, longer = sentence[m.start() - 2:m.start()], sentence[max(0, m.start() - 3):m.start()]
        if len(stem) == 2 and is_unfamiliar(stem) and not NOT_IN_NAMES & set(stem) and not is_known_thing(stem) \
                and not is_known_thing(longer) and (len(longer) < 3 or not "\u4e00" <= longer[0] <= "\u9fff"
                                                    or longer[0] in "的与和及是为在对由向将从到年月日晚") \
                and counts[stem + tail] >= 2 and stem + tail not in found \
                and not sentence.startswith(FIELD_WORDS, m.start() + len(tail)):  # 具身智能公司, 具身智能领域: a field
            found.append(stem + tail)
    return found


FIELD_WORDS = ("公司", "企业", "领域", "赛道", "行业", "产业", "市场", "技术", "概念", "板块", "初创", "创业")


LATIN_AFTER_KIND = re.compile(r"(?:公司|企业|厂商|大厂|独角兽|创业公司|初创公司)(?P<name>[A-Z][A-Za-z0-9]+(?:[ .-][A-Z][A-Za-z0-9]+){0,2})"
                              r"(?=[，。、的已将在于与和（(昨今近曾也则]|宣布|发布|表示|日前|$)")
CAPITAL_LETTER = re.compile(r"[A-Z]")
NAME_AFTER_KIND = re.compile(r"(?<=[\u4e00-\u9fffA-Z]{2})(?:公司|企业|厂商|独角兽|创业公司|初创公司)(?P<name>[\u4e00-\u9fff]{2,7}?)"
                             r"(?=近日|日前|今日|今天|昨日|宣布|完成|发布|获得|已于|正式|将于)")  # 人形机器人公司乐聚机器人近日完成…
QUOTED_COMPANY = re.compile(r"(?:公司|企业|创业公司|初创公司)[“\"「](?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,10})[”\"」]"
                            r"(?!战略|模式|计划|理念|目标|转型|方针|策略|文化|价值观|工程|行动|项目|体系)")  # 公司“数智化”战略: a strategy
GLOSSED = re.compile(rf"{COMPANY_WORDS}(?:(?P<cn>[\u4e00-\u9fff]{{2,8}})[（(](?P<en>[A-Za-z][A-Za-z0-9 .&'-]{{1,30}})[）)]"
                     rf"|(?P<en2>[A-Z][A-Za-z0-9 .&'-]{{1,30}}?)[（(](?P<cn2>[\u4e00-\u9fff]{{2,8}})[）)])")


def named_after_parent(name: str) -> bool:
    """Whether a name is a well-known company's name and a coined word (广汽埃安, 小鹏汇天)."""
    prefix = known_org_prefix(name)
    return bool(prefix) and len(name) - len(prefix) >= 2 and is_unfamiliar(name[len(prefix):])


def offspring_companies(tokens: Sequence[Token]) -> list[str]:
    """A well-known company's name glued to a coined word, acting or holding officers (广汽/埃安总经理, 小鹏/汇天宣布): a
    company of its own, named after its parent."""
    found = []
    for i in range(len(tokens) - 2):
        first, coined, after = tokens[i], tokens[i + 1], tokens[i + 2]
        if first.word in org_alias_index() and coined.start == first.end and re.fullmatch(r"[\u4e00-\u9fff]{2}", coined.word) \
                and is_unfamiliar(coined.word) and first.word + coined.word not in product_alias_index() \
                and coined.word not in product_alias_index() and (after.pos == "nnt" or after.word in ("发布", "宣布")
                                                                  or after.word == "的" and not coined.pos.startswith("v")):
            found.append(first.word + coined.word)
        elif first.word in org_alias_index() and coined.start == first.end and coined.word in INDUSTRY_TAILS \
                and coined.word not in ("科技", "数字", "智能", "电子") \
                and after.start == coined.end and after.word in ("集团", "股份", "控股") \
                and first.word + coined.word + after.word not in org_alias_index():
            found.append(first.word + coined.word + after.word)  # 并入海信/家电/集团: a group named after its parent and trade
    return found


def has_coined_part(name: str) -> bool:
    """Whether a name has a word of two or more characters that the dictionary hardly knows (亚玛芬, 暗面),
    unlike a phrase of common words (全力进军)."""
    from ..nlp.segment import segment

    return any(len(t.word) >= 2 and dictionary_freq(t.word) <= RARE_FREQ for t in segment(name))


def glossed_companies(text: str) -> list[tuple[str, str]]:
    """A company introduced with its name in the other script (创业公司月之暗面（Moonshot AI）, 体育用品集团Amer
    Sports（亚玛芬体育）): (Chinese name, Latin name)."""
    found = []
    for m in GLOSSED.finditer(text):
        name, alias = (m.group("cn"), m.group("en")) if m.group("cn") else (m.group("cn2"), m.group("en2"))
        if not is_known_thing(name) and not NOT_IN_NAMES & set(name) and has_coined_part(name):
            found.append((name, alias.strip()))
    return found


ABBREVIATION = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{2,20}(?:[（(][\u4e00-\u9fff]{2,4}[）)][\u4e00-\u9fffA-Za-z0-9]{2,12})?)"
                          r"[（(](?:[A-Za-z0-9.]{2,12}[，,、]\s*)?(?:以下)?简称[：:为]?\s*[“\"「]?"
                          r"([A-Za-z][A-Za-z0-9]*(?: [A-Za-z0-9]+){1,2}|[\u4e00-\u9fffA-Za-z0-9]{2,10})[”\"」]?"
                          r"(?:[，,、][A-Za-z][A-Za-z0-9 .]{1,30})?[）)]")  # ，Moonton; Soul Group


def is_orgish(name: str) -> bool:
    """A name that can stand for its organisation (not a phrase with brackets in it)."""
    return "（" not in name and "(" not in name


SHORT_AND_CODE = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{4,24})[（(]([\u4e00-\u9fffA-Za-z]{2,10})[，,、]\s*([^（）()]{2,20})[）)]")
LEGAL_GLOSS = re.compile(r"([\u4e00-\u9fff]{2,24}(?:有限公司|有限责任公司))[（(]([A-Za-z][A-Za-z0-9 .&'-]{1,30})[）)]")


def abbreviations(texts: Sequence[str]) -> dict[str, str]:
    """Short names an article gives (X（以下简称“Y”）, or a Latin name after a legal one: 杭州深度求索…有限公司
    （DeepSeek）): short -> the full name before it (from the short name on, when the full one begins with it:
    其所持有的与辉同行（北京）科技有限公司 -> 与辉同行（北京）…)."""
    found = {}
    for text in texts:
        for m in LEGAL_GLOSS.finditer(text) if "有限" in text else ():
            found[m.group(2).strip()] = m.group(1)
        for m in SHORT_AND_CODE.finditer(text) if "（" in text or "(" in text else ():
            if LISTED_CODE.match(m.group(3).strip()) and m.group(2) != m.group(1) and m.group(1).startswith(m.group(2)[:2]):
                found[m.group(2)] = re.split(r"[的其所之将被由向对在]", m.group(1))[-1]  # 友邦保险控股有限公司（友邦保险，1299）
        for m in ABBREVIATION.finditer(text) if "简称" in text else ():
            short, full = m.group(2), m.group(1)
            junk = list(re.finditer(r"旗下|[的其所之将被由向对在]", full[:full.rfind(short)] if short in full else full))
            full = full[junk[-1].end():] if junk else full  # 完成对上海沐瞳科技有限公司: after 对; 无锡药明康德… whole;
            # TCL科技旗下TCL华星光电技术有限公司: after 旗下
            before = segment(full[:full.find(short)]) if short in full else []
            place = before[-1].word if before and before[-1].pos == "ns" else ""
            found[short] = place + full[full.find(short):] if before else full  # 上市委审议通过摩尔线程…: from 摩尔线程 on
            # (据杭州娃哈哈…: from its place on, the registered name opens with it)
    return found


def merge_aliases(names: Counter) -> dict[str, set[str]]:
    """Group names: a name that is another's name less a generic suffix (绫致 of 绫致服装集团) is its alias."""
    groups: dict[str, set[str]] = {n: set() for n in names}
    known = {org.name for org in org_alias_index().values()}
    starting_with: dict[str, list[str]] = defaultdict(list)  # prefix -> the names it begins, longest first
    for longer in sorted(names, key=len, reverse=True):
        for k in range(2, min(len(longer), 24)):
            starting_with[longer[:k]].append(longer)
    for name in sorted(names, key=len):
        for longer in starting_with.get(name, ()):
            if name in known and longer in known:
                continue
            if (longer != name and longer.startswith(name) and len(name) >= 2 and name in groups
                    and longer[len(name):].endswith(ORG_SUFFIXES)):
                if name in known and longer in groups:  # 周大福 and 周大福珠宝集团有限公司: the well-known name leads
                    groups[name] |= {longer} | groups.pop(longer)
                    continue
                groups[longer].add(name)
                groups[longer] |= groups.pop(name)
                break
    by_stem: dict[str, list[str]] = defaultdict(list)  # 周大福珠宝 and 周大福集团: one company, named two ways
    for name in [g for g in groups if g.endswith(ORG_SUFFIXES)]:  # the cheap test first
        suffix = next((x for x in ORG_SUFFIXES if name.endswith(x) and len(name) - len(x) >= 2), None)
        if suffix and name not in known and suffix not in ("网", "汽车", "科技", "银行", "证券", "保险", "基金", "资本"):
            by_stem[name[:-len(suffix)]].append(name)
    for name in [g for g in groups if g not in known and name_stem(g) != g]:  # 友邦保险集团, 友邦保险控股有限公司
        if not any(name in same for same in by_stem.values()):
            by_stem["stem:" + name_stem(name)].append(name)
    for names in by_stem.values():
        for other in names[1:]:
            groups[names[0]] |= {other} | groups.pop(other)
    for name in [g for g in groups if g not in known and name_stem(g) != g]:  # 仁宝电脑 beside 仁宝: one company
        stem = name_stem(name)
        if stem in groups and stem not in known and name in groups:
            groups[name] |= {stem} | groups.pop(stem)
    return groups


GOVERNMENT_BODY = re.compile(r"(?:国家|国务院)[\u4e00-\u9fff]{1,9}?(?:总局|局|委员会|部|署|办公室)")


COUNTRIES = frozenset("中国 美国 日本 韩国 英国 德国 法国 印度 俄罗斯 意大利 加拿大 澳大利亚 新加坡 越南 泰国 印尼 巴西 墨西哥 "
                      "欧盟 欧洲 美方 中方 全国 全球 海外 国内 国外".split())
REGION_PREFIX = re.compile(r"[\u4e00-\u9fff]{1,6}(?:省|市|自治区|县|区)")


def only_inside_longer(groups: dict[str, set[str]], surfaces: dict[str, set[str]], text: str) -> list[tuple[str, str]]:
    """(known, longer) for each well-known organisation the text names only as the start of one longer name of
    the article's own (海尔 in every 海尔智家): the longer name is how the article calls it."""
    pairs = []
    for known in [g for g in groups if g in org_alias_index()]:
        for surface in surfaces.get(known, {known}):
            longer = [g for g in groups if g != known and g not in org_alias_index() and (
                g.startswith(surface) or g.endswith(surface) and REGION_PREFIX.fullmatch(g[:-len(surface)]))]  # 贵州省国资委
            if len(longer) == 1 and text.count(surface) == text.count(longer[0]):
                pairs.append((known, longer[0]))
                break
    return pairs


def national_names(groups: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(known, group) for each well-known organisation whose name the article also writes after 中国 in a group of
    its own (东方航空 and 中国东方航空股份有限公司): one company."""
    pairs = []
    for known in [g for g in groups if g in org_alias_index() and "中国" + g not in org_alias_index()]:
        national = next((g for g in groups if g != known and "中国" + known in {g} | groups[g]), None)
        if national:
            pairs.append((known, national))
    return pairs


def abbreviates(short: str, full: str) -> bool:
    """Whether short is a Chinese abbreviation of full: the same first two characters, then characters of full in
    order with some skipped (中国联通 of 中国联合网络通信, 中国国航 of 中国国际航空; not 中国银行 of 中国建设银行,
    whose 银行 stands whole in it)."""
    if len(short) < 3 or short[:2] != full[:2] or short[2:] in full or full.startswith(short):
        return False
    rest = iter(full[2:])
    return all(c in rest for c in short[2:])


def abbreviated_legal_names(groups: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(short, legal) for each legal name of a group of its own that abbreviates to exactly one other group's name
    (中国联合网络通信集团有限公司 beside 中国联通)."""
    pairs = []
    for legal in [g for g in groups if g.endswith(LEGAL_FORMS) and g not in org_alias_index()]:
        stem = re.sub(r"(?:集团|股份)?(?:有限公司|有限责任公司)$", "", legal)
        shorts = [g for g in groups if g != legal and re.fullmatch(r"[\u4e00-\u9fff]{3,6}", g) and abbreviates(g, stem)]
        if len(shorts) == 1:
            pairs.append((shorts[0], legal))
    return pairs


def join_abbreviations(groups: dict[str, set[str]], abbreviated: dict[str, str], people: set[str]) -> dict[str, str]:
    """Fold each 简称 into the group of the full name it stands for (蜜雪冰城股份有限公司（以下简称“蜜雪集团”）: one
    company), in place; a company the article names only by a legal name and its 简称 becomes a new group,
    and these are returned (short -> full)."""
    new = {}
    for short, full in abbreviated.items():
        holder = next((g for g in groups if g == full or full.endswith(g) and len(g) >= 4), None)
        cut = full[:len(full) - len(holder)] if holder else ""
        if cut and len(cut) <= 3 and not any(w in cut for w in POST_WORDS):  # 科沃 cut off 斯机器人股份有限公司
            groups[full] = groups.pop(holder) - {holder}
            holder = full
        if holder and short in groups and short != holder and short in org_alias_index():
            groups[short] |= {holder} | groups.pop(holder)  # 合众新能源汽车股份有限公司（简称：哪吒汽车）, a known name
        elif holder and short in groups and short != holder:
            groups[holder] |= {short} | groups.pop(short)
        elif holder and short != holder and not is_known_thing(short):
            groups[holder].add(short)  # 无锡药明康德新药开发股份有限公司（简称：药明康德）
        elif holder is None and short in org_alias_index() and canonical_org(short) in groups and full.endswith(LEGAL_FORMS):
            groups[canonical_org(short)].add(full)  # 科沃斯机器人股份有限公司（简称：科沃斯）: a known company's legal name
        elif holder is None and any(short in group for group in groups.values()):
            groups[next(g for g, group in groups.items() if short in group)].add(full)  # 阿维塔: an alias of 阿维塔科技
        elif holder is None and full.endswith(LEGAL_FORMS) and short not in groups and not is_known_thing(short) \
                and short not in people:  # 与辉同行（北京）科技有限公司（简称：与辉同行）
            groups[short] = {full}
            new[short] = full
        elif holder is None and (named := name_after_kind(full)) and named.startswith(short) and named != short \
                and short not in groups and not is_known_thing(short) and short not in people:
            groups[named] = {short}  # 具身智能公司银河通用机器人（以下简称“银河通用”）: a company named so
            new[named] = full
    return new


ORG_KIND_BEFORE_NAME = re.compile(r"^.*?(?:公司|企业|创业公司|独角兽|厂商|品牌|平台|集团|机构)")


def name_after_kind(full: str) -> str | None:
    """The name in a phrase that says what kind of organisation it is first (具身智能公司银河通用机器人: 银河通用机器人),
    or the phrase itself when it is a name of 3 to 12 characters; None when no name is left."""
    named = ORG_KIND_BEFORE_NAME.sub("", full) if len(full) > 12 or ORG_KIND_BEFORE_NAME.match(full) else full
    return named if re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]{3,12}", named) else None


STEM_SUFFIXES = ("股份有限公司", "有限公司", "控股", "国际", "集团", "网络", "机器人", "股份", "公司", "保险", "科技", "智能", "创新", "电子",
                 "技术", "养车", "出行", "打车", "买菜", "速运", "快递", "旅行", "超市", "电器", "电脑", "半导体", "化学", "化工", "医药",
                 "生物", "制药", "药业", "医疗", "航空")  # 途虎养车 -> 途虎; 春秋航空 -> 春秋


def name_stem(name: str) -> str:
    """A company's name less its generic tails (友邦保险控股有限公司 -> 友邦, 石头科技 -> 石头)."""
    stem = name
    while (tail := next((t for t in STEM_SUFFIXES if stem.endswith(t) and len(stem) - len(t) >= 2), None)):
        stem = stem[:-len(tail)]
    return stem


def stem_aliases(groups: dict[str, set[str]], text: str, people: Container[str]) -> dict[str, str]:
    """Short names a text uses for its own companies (友邦与保诚…, 石头、追觅、科沃斯): the stem of a company's name
    written on its own, where it is no common word or stands in a list of names (stem -> the company)."""
    found = {}
    lists = "|".join("、".join(items) for items in enumeration_items(text)) if "、" in text else ""
    names = set(groups) | {n for group in groups.values() for n in group}
    longest = {n: text.count(n) for n in names if not any(m != n and m.startswith(n) for m in names)}  # counted once
    for key in groups:
        stem = name_stem(key)
        if stem == key or stem in groups or stem in people or stem in org_alias_index() or stem in product_alias_index() \
                or not re.fullmatch(
                r"[\u4e00-\u9fff]{2,4}", stem) or stem in found:
            continue
        inside = sum(count for n, count in longest.items() if n.startswith(stem))
        alone = text.count(stem) - inside
        if alone > 0 and (not is_common_word(stem) or re.search(rf"(?:^|[、|]){stem}(?:$|[、|])", lists)
                          or written_alone(stem, key, names, text) >= max(inside, 2)):  # 萤石 as often as 萤石网络
            found[stem] = key
    return found


def written_alone(stem: str, key: str, names: set[str], text: str) -> int:
    """How often a company's stem stands in the text outside any of the article's names (0 for the stem of a name
    only ever written inside a longer one: 老板电器股份有限公司 in 杭州老板电器股份有限公司)."""
    if any(key != n and key in n for n in names):
        return 0
    return sum(m.group(0) == stem for m in leftmost_longest(text, Matcher(names | {stem})))


LEGAL_TAIL = re.compile(r"(?:集团|控股|国际|股份)*(?:有限公司|有限责任公司)$")


def opening_place(name: str) -> str:
    """The place a registered name opens with (杭州 of 杭州老板电器, not 中国 of 中国东方航空), or ''."""
    first = segment(name)[0] if name else None
    return first.word if first and first.pos == "ns" and first.word not in COUNTRIES and 2 <= len(first.word) <= 3 < len(name) \
        else ""


def place_less_aliases(groups: dict[str, set[str]], text: str, people: Container[str]) -> dict[str, str]:
    """Names a text uses for its companies' legal names less the place they open with and the legal form
    (老板电器 of 杭州老板电器股份有限公司), where the text writes them apart (name -> the company)."""
    found = {}
    for key in [k for k in groups if LEGAL_TAIL.search(k) and k not in org_alias_index()]:
        place = opening_place(key)
        core = LEGAL_TAIL.sub("", key)[len(place):]
        if place and re.fullmatch(r"[\u4e00-\u9fff]{3,6}", core) \
                and core not in groups and core not in people and not is_common_word(core) \
                and text.count(core) > text.count(key[:len(place) + len(core)]):
            found[core] = key
    return found


GENERIC_NAME_TAILS = ("", "集团", "股份", "控股", "科技", "公司", "国际")


def legal_core(legal: str) -> str:
    """A registered name less its legal form, a bracketed 集团 and the place it opens with (深圳迈瑞生物医疗电子股份有限公司
    -> 迈瑞生物医疗电子)."""
    core = re.sub(r"股份?(?:有限公司|有限责任公司)$|(?:有限公司|有限责任公司)$", "", re.sub(r"[（(](?:集团|控股)[）)]", "", legal))
    return core[len(opening_place(core)):]


def short_of_legal(short: str, core: str) -> bool:
    """Whether a short name is the company a registered name's core names: it opens the same way and adds only a
    generic tail or words of the core (洋河股份 of 洋河酒厂, 迈瑞医疗 of 迈瑞生物医疗电子, 豪威集团 of 豪威集成电路)."""
    return any(core.startswith(short[:k]) and short[:k] not in COUNTRIES and (short[k:] in GENERIC_NAME_TAILS or short[k:] in core[k:])
               for k in range(min(len(short), len(core)), 1, -1))


def legal_name_pairs(groups: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(short, legal) for each registered name of a group of its own whose core names exactly one other group
    (江苏洋河酒厂股份有限公司 beside 洋河股份): one company."""
    pairs = []
    for legal in [g for g in groups if g.endswith(LEGAL_FORMS) and g not in org_alias_index()]:
        core, group_level = legal_core(legal), bool(GROUP_LEVEL.search(legal))
        shorts = [g for g in groups if g != legal and not g.endswith(LEGAL_FORMS) and len(core) >= 2
                  and any(short_of_legal(n, core) and group_level == ("集团" in n or "控股" in n)
                          for n in {g} | groups[g] if not n.endswith(LEGAL_FORMS))]  # 奇瑞控股集团 is not 奇瑞汽车
        if len(shorts) == 1:
            pairs.append((shorts[0], legal))
    taken = Counter(short for short, _ in pairs)
    return [(short, legal) for short, legal in pairs if taken[short] == 1]  # one short name for two registered ones: neither


GROUP_LEVEL = re.compile(r"(?:集团|控股)(?:股份)?(?:有限公司|有限责任公司)$|[（(](?:集团|控股)[）)]")


RENAMED = re.compile(r"(?P<old>[\u4e00-\u9fffA-Za-z0-9（）()]{2,30}?)[”」\"]?(?:正式)?(?:更名为|改名为|变更为|更名)[“「\"]?"
                     r"(?P<new>[\u4e00-\u9fffA-Za-z0-9（）()]{2,30}?)(?=[”」\"，。；、]|$)")


def renamed_pairs(texts: Sequence[str], groups: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(old, new) groups the text says one became (韦尔股份正式更名为豪威集团, 证券简称由“韦尔股份”变更为“豪威集团”):
    one company under two names."""
    named = {n: g for g, group in groups.items() for n in {g} | group}
    pairs = []
    for text in texts:
        for m in RENAMED.finditer(text) if "更名" in text or "变更为" in text or "改名" in text else ():
            old = next((named[n] for n in named if m.group("old").endswith(n)), None)
            new = next((named[n] for n in named if m.group("new") == n or m.group("new").startswith(n) and len(n) >= 4), None)
            if old and new and old != new:
                pairs.append((old, new))
    return pairs


def inside_a_name(text: str, start: int, length: int, people: Iterable[str]) -> bool:
    """Whether text[start:start + length] lies inside a mention of one of the people (永辉 in 吴永辉), or begins inside
    one (华为公司 in 陈小华为公司)."""
    surface = text[start:start + length]
    return any(p[k] == surface[0] and text.startswith(p, start - k)
               for p in people for k in range(1, len(p)) if start - k >= 0) \
        or any(text.startswith(p, start - k) for p in people if len(p) > length and surface in p
               for k in [p.find(surface)] if start - k >= 0)  # 华为公司 in 陈小华为公司: it begins inside a name


def find_organizations(doc: Document, tokens: Sequence[Sequence[Token]], people: set[str] = frozenset(),
                       extra: Sequence[tuple[str, str]] = ()) -> list[Organization]:
    """Organisations of an article: lexicon, suffixes, enumerations and names found before titles (extra)."""
    counts: Counter = Counter()
    kinds: dict[str, str] = {}
    aliases: dict[str, set[str]] = {}
    evidence: dict[str, str] = {}
    registered: set[str] = set()  # names a registered name vouches for, whatever their first character

    def note(name: str, kind: str, sentence: str, alias: str | None = None) -> None:
        """Count one mention of an organisation; its first kind and sentence are kept (not a bare suffix: 科技)."""
        if name in ORG_SUFFIXES:
            return
        if name in org_alias_index() and canonical_org(name) != name:
            alias, name = name, canonical_org(name)  # 红杉中国 led the round: the lexicon's 红杉资本, once
        counts[name] += 1
        kinds.setdefault(name, kind)
        if alias:
            aliases.setdefault(name, set()).add(alias)
        evidence.setdefault(name, sentence)

    coined_counts = coined_counts_in(doc.text)
    for sentence, sent_tokens in zip(doc.sentences, tokens):
        text = sentence.text
        for surface, name, start in known_org_mentions(text):
            if inside_a_name(text, start, len(surface), people):
                continue  # 永辉 in 吴永辉: part of a person's name
            if text[start - 1:start] == "的" and text.startswith(("下", "中", "里", "之下", "之中"), start + len(surface)) \
                    and dictionary_freq(surface) > RARE_FREQ:
                continue  # 在国产化替代的浪潮下: a common word, not the company 浪潮
            kinds[name] = org_kind(name)  # the lexicon's kind wins over any other guess
            note(name, kinds[name], text, surface)
        for name in suffix_orgs(sent_tokens):
            if name not in org_alias_index() and not is_known_thing(name) and not is_not_org_name(name) \
                    and name not in GENERIC_ORG_NAMES:  # 归属于上市公司股东: no name
                note(name, org_kind(name), text)
        marked = ("旗下" in text, "（" in text or "(" in text, "母公司" in text or "运营方" in text or "开发商" in text)
        for name in (owners_of_brands(sent_tokens, people) if marked[0] else []) \
                + (listed_companies(sent_tokens, people) if marked[1] else []) \
                + (parent_companies(sent_tokens, people) if marked[2] else []):  # 华润饮料旗下, 影石创新（688775.SH）
            if not any(other.startswith(name) for other in counts):
                note(name, "company", text)  # 蓝星旗下 after 蓝星汽车: the short name of a company already named
        for name in coined_company_names(text, coined_counts):
            note(name, "company", text)  # 云/从/科技（688327.SH）, 极越/汽车CEO: a coined name the segmenter split
        for name in offspring_companies(sent_tokens):
            note(name, "company", text)  # 广汽/埃安总经理, 小鹏/汇天宣布: a company named after its parent
        for m in LATIN_AFTER_KIND.finditer(text) if CAPITAL_LETTER.search(text) else ():
            name = m.group("name")
            if name not in titles() and not is_known_thing(name) and name.upper() not in ("AI", "APP", "IT", "CEO"):
                note(name, "company", text)  # 自动驾驶公司Momenta已秘密递交…: a company named after its kind
        for m in NAME_AFTER_KIND.finditer(text) if "公司" in text or "企业" in text or "厂商" in text else ():
            name = m.group("name")
            if name not in people and has_coined_part(name) and not is_known_thing(name) and not NOT_IN_NAMES & set(name):
                note(name, "company", text)  # 人形机器人公司乐聚机器人近日完成融资: a company named after its kind
        for m in QUOTED_COMPANY.finditer(text) if "“" in text or '"' in text or "「" in text else ():
            if m.group("name") not in people and not is_known_thing(m.group("name")):
                note(m.group("name"), "company", text)  # 创办了AI硬件公司“两氢一氧”
        for name, legal in placed_legal_names(sent_tokens) if "有限" in text else ():
            registered.add(name)
            note(name, "company", text, legal)  # 东方甄选（北京）科技有限公司: 东方甄选 is the company
        for name, alias in glossed_companies(text):  # 创业公司月之暗面（Moonshot AI）
            note(name, "company", text, alias)
        for name, kind in cited_sources(text, people):
            note(name, kind, text)
        for name in latin_announcers(text, people) if CAPITAL_LETTER.search(text) else ():
            if not is_known_thing(name):
                note(name, "company", text)
        for m in FOREIGN_BRAND.finditer(text) if "来自" in text else ():
            note(m.group("name"), "company", text)
        for name in ranked_beside(text, people) if "于" in text or "领先" in text or "超" in text or "紧随" in text else ():
            note(name, "company", text)
        for name in players_in_contest(text, people) if "竞争" in text else ():
            note(name, "company", text)
        for name in companies_before_kind(text, people) if "这" in text or "等" in text else ():
            note(name, "company", text)
        for name in partner_names(text, people):
            note(name, "company", text)
        for name in lead_investors(text, people) if "投" in text else ():
            note(name, "company", text)
        for name in subsidiaries(text, people) + offshoots_under(text, counts) if "旗下" in text or "子公司" in text else ():
            note(name, "company", text)
        for m in GOVERNMENT_BODY.finditer(text) if "国家" in text or "国务院" in text else ():
            if m.group(0) not in org_alias_index():
                note(m.group(0), "government", text)  # 调任国家数据局局长
    texts = [s.text for s in doc.sentences]
    body = "\n".join(texts)
    written = doc.title + "\n" + body  # the article's words, its headline first
    extra = [(name, kind) for name, kind in extra if name not in COUNTRIES and name not in GENERIC_ORG_NAMES]  # 美国前财长: a
    # country, not an organisation; 存续公司董事长: the company the merger leaves, named already
    extra_mentions = Mentions(texts, {name for name, _ in extra})
    for name, kind in extra:
        first = extra_mentions.first.get(name)
        note(canonical_org(name), kind, texts[first] if first is not None else "")
    for text in texts if "、" in doc.text else ():  # after every other clue: a list shares an item with any of them
        for name, kind in enumerated_orgs(text, ChainMap(counts, org_alias_index()), people):
            if not any(other.startswith(name) for other in counts):
                note(name, kind, text)  # 蓝星旗下拥有蓝星、远途等品牌: 蓝星汽车's own name, not another brand
    for name in challengers_beside_known(body, ChainMap(counts, org_alias_index()), people) if re.search("挑战|竞争|夹击|围剿|冲击", body) else ():
        note(name, "company", next(t for t in texts if name in t))  # 面对华为和图达通的挑战: 图达通 is a rival company
    for name in makers_beside_known(body, ChainMap(counts, org_alias_index()), people) if "的" in body else ():
        note(name, "company", next(t for t in texts if name in t))  # 高通的超声波方案和思立微的光学方案: 思立微 makes one too
    for name, kind in enumerated_orgs(doc.title, HeadsOf(counts), people) if "、" in doc.title else ():
        if name in body and not any(other.startswith(name) for other in counts) \
                and not any(name.startswith(p) for p in product_alias_index() if len(p) >= 2):  # 天猫养车: 天猫's line
            note(name, kind, next(t for t in texts if name in t))  # 瓜子、优信、人人车，谁靠谱: the headline lists companies
            # the article names again
    for items in enumeration_items(doc.title) if "、" in doc.title else ():
        for item in items:
            whole = [n for n in counts if n.startswith(item) and n != item and item not in counts]
            if len(whole) == 1 and len(item) >= 2 and any(other in counts or other in org_alias_index()
                                                          for other in items if other != item):
                aliases.setdefault(whole[0], set()).add(item)  # 瓜子、优信、人人车: 瓜子 is 瓜子二手车, named short
    for name in listed_among_companies(doc, lambda n: has_name_shape(n) and not is_known_thing(n)) if "、" in doc.text + doc.title else ():
        note(name, "company", next((t for t in texts if name in t), doc.title))  # 三一、徐工、柳工: 柳工 is a company
    counts = Counter({n: c for n, c in counts.items() if n in org_alias_index() or n in registered or not is_not_org_name(n)})
    orgs = []
    groups = merge_aliases(counts)
    for key in [k for k in groups if k not in org_alias_index()]:  # 公司MiniMax（稀宇科技）: the gloss names a company found
        other = next((a for a in aliases.get(key, ()) if a != key and a in groups and a not in org_alias_index()), None)
        if other and key in groups:
            groups[other] |= {key} | groups.pop(key)
    for known, longer in only_inside_longer(groups, aliases, "".join(texts)):  # 海尔 only ever in 海尔智家: one company
        groups[longer] |= {known} | groups.pop(known)
    for known, national in national_names(groups):  # 中国东方航空股份有限公司 beside 东航: the lexicon's 东方航空
        groups[known] |= {national} | groups.pop(national)
    for short, legal in abbreviated_legal_names(groups):  # 中国联通 of 中国联合网络通信集团有限公司
        groups[short] |= {legal} | groups.pop(legal)
    for short, legal in legal_name_pairs(groups):  # 洋河股份 of 江苏洋河酒厂股份有限公司
        if short in groups and legal in groups:
            groups[short] |= {legal} | groups.pop(legal)
    for short, full in join_abbreviations(groups, abbreviations(texts), people).items():
        evidence.setdefault(short, next((t for t in texts if full in t), ""))  # a company named only so
    for core, key in place_less_aliases(groups, written, people).items():
        groups[key].add(core)  # 老板电器 of 杭州老板电器股份有限公司
    for old, new in renamed_pairs([doc.title, *texts], groups):  # 韦尔股份更名为豪威集团: one company
        if old in groups and new in groups:
            groups[new] |= {old} | groups.pop(old)
    for stem, key in stem_aliases({k: g for k, g in groups.items() if kinds.get(k, "company") == "company"},
                                  written, people).items():
        groups[key].add(stem)  # 友邦 of 友邦保险
    for short, key in contracted_names(groups, body, people).items():
        groups[key].add(short)  # 新地 of 新鸿基地产
    for key in [k for k in groups if k not in org_alias_index() and named_after_parent(k)]:
        rest = key[len(known_org_prefix(key)):]
        if doc.text.count(rest) > doc.text.count(key) and not is_common_phrase(rest):  # not 酒店管理 of 万达酒店管理
            groups[key].add(rest)  # 埃安 of 广汽埃安, written alone
    originals = "\n".join(s.original for s in doc.sentences)  # the glosses as written (the text drops some)
    glosses = latin_glosses(originals) if "（" in originals or "(" in originals else {}
    for key, group in groups.items():
        aliases.setdefault(key, set()).update(g for n in {key} | group for g in glosses.get(n, ()))  # 易车（Bitauto）
    bracketed = "".join(IN_BRACKETS.findall(body)) if "（" in body or "(" in body else ""
    glossed = {a for names in aliases.values() for a in names if a in bracketed and body.count(a) == bracketed.count(a)}
    # 地平线（Horizon Robotics，09660.HK）: one mention, not two
    mentioned = Mentions(texts, {n for name, group in groups.items() for n in {name} | group})
    times_written = group_mentions(texts, {key: ({key} | group | aliases.get(key, set())) - (glossed - {key})
                                           for key, group in groups.items()})
    for key, group in groups.items():
        names = {key} | group | aliases.get(key, set())
        name = key if key in org_alias_index() else max(  # 阿维塔 rather than 阿维塔科技: the name the article uses most
            [n for n in {key} | group if is_orgish(n)] or [key], key=lambda n: (mentioned.count(n), n == key, len(n), n))
        known_aliases = set().union(*(aliases.get(g, set()) for g in group)) if group else set()
        all_aliases = sorted((names | known_aliases) - {name})
        mentions = max(times_written[key], 1)
        orgs.append(Organization(name, kinds.get(key, "company"), tuple(all_aliases), mentions,
                                 evidence.get(key, "")))
    return sorted(same_name_merged(without_inner_tails(orgs, written)),
                  key=lambda o: (-o.mentions, o.name))



LATIN_GLOSS = re.compile(r"[（(](?P<latin>[A-Z][A-Za-z0-9&.'-]*(?: [A-Z][A-Za-z0-9&.'-]*){0,2})[）)]")


def group_mentions(texts: Sequence[str], names_of: dict[str, set[str]]) -> Counter:
    """How often the texts write any of each organisation's names (同程 as well as 同程旅行), in one pass, a name inside a
    longer one written there counted once (阿里 inside 阿里巴巴集团)."""
    key_of = {n: key for key, names in names_of.items() for n in names if n and "\n" not in n}
    return Counter(key_of[m.group(0)] for m in leftmost_longest("\n".join(texts), Matcher(key_of)))


IN_BRACKETS = re.compile(r"[（(][^（）()]{1,60}[）)]")


def latin_glosses(text: str) -> dict[str, set[str]]:
    """The Latin names a text gives in brackets (易车（Bitauto）), no stock code, by each ending of the words before
    them (易车, 车, …): the caller looks its names up."""
    found: dict[str, set[str]] = {}
    for m in LATIN_GLOSS.finditer(text):
        if LISTED_CODE.match(m.group("latin")) or len(m.group("latin")) < 3:
            continue
        before = text[max(0, m.start() - 24):m.start()]
        for k in range(1, len(before) + 1):
            found.setdefault(before[-k:], set()).add(m.group("latin"))
    return found


def short_form_of(short: str, name: str) -> bool:
    """Whether a shorter name is made of a name's characters in order, from its first (新地 of 新鸿基地产)."""
    rest = iter(name[1:])
    return len(short) < len(name) and short[0] == name[0] and all(c in rest for c in short[1:])


def contracted_names(groups: dict[str, set[str]], text: str, people: set[str]) -> dict[str, str]:
    """Two-character contractions of the article's own companies' names (新地 of 新鸿基地产: the first character and a
    later one, not the name's opening) that the text writes apart from the full name and no dictionary knows."""
    found = {}
    keys = [k for k in groups if k not in org_alias_index() and 4 <= len(k) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", k)]
    candidates = {key: list(dict.fromkeys(key[0] + later for later in key[2:])) for key in keys}
    counts = Counter(name for _, name in Matcher({*keys, *(c for cs in candidates.values() for c in cs)}).finditer(text)) \
        if keys else Counter()  # one pass over the text for every name, not one per name
    for key in keys:
        for c in candidates[key]:
            if c not in found and c not in people and c not in key and counts[c] > counts[key] \
                    and dictionary_freq(c) == 0 and not is_known_thing(c) and c not in groups:
                found[c] = key
    return found


def without_inner_tails(orgs: list[Organization], text: str) -> list[Organization]:
    """The organisations less any the text only ever names as the tail of another's name (范式 of 第四范式), or of
    a legal name's stem (网络通信集团 of 中国联合网络通信集团有限公司)."""
    by_tail: dict[str, list[str]] = defaultdict(list)
    for org in orgs:
        for name in (org.name, *[a for a in org.aliases if a.endswith(LEGAL_FORMS)]):
            for k in range(1, len(name) - 1):
                by_tail[name[k:]].append(name)  # 控股有限公司 of 波司登国际控股有限公司, shown as 波司登
        for legal in [a for a in (org.name, *org.aliases) if a.endswith(LEGAL_FORMS)]:
            stem = legal[:-len(next(f for f in LEGAL_FORMS if legal.endswith(f)))]
            for k in range(1, len(stem) - 1):
                by_tail[stem[k:]].append(legal)  # 网络通信集团 inside 中国联合网络通信集团有限公司
    inner = {o.name for o in orgs if o.name in by_tail and o.name not in org_alias_index()}
    if not inner:
        return orgs
    written = {m.group(0) for m in leftmost_longest(text, Matcher(inner | {n for name in inner for n in by_tail[name]}))}
    return [o for o in orgs if o.name not in inner or o.name in written]  # 范式 inside 第四范式 is read as 第四范式, in one pass


def same_name_merged(orgs: list[Organization]) -> list[Organization]:
    """Groups that came to be shown by the same name (杭州娃哈哈集团有限公司 and 娃哈哈集团, both 娃哈哈): one
    organisation with both groups' aliases; a Latin name's last word found apart (Hero of Delivery Hero) goes."""
    by_name: dict[str, Organization] = {}
    for o in orgs:
        first = by_name.get(o.name)
        by_name[o.name] = o if first is None else Organization(
            o.name, first.kind, tuple(sorted(set(first.aliases) | set(o.aliases))), first.mentions + o.mentions,
            first.evidence or o.evidence)
    latin_tails = {o.name for o in by_name.values() for other in by_name if other != o.name and other.endswith(" " + o.name)}
    return [o for o in by_name.values() if o.name not in latin_tails]  # Hero of Delivery Hero: the longer name's tail


EPONYMOUS_TAILS = ("公司", "集团", "基金会", "工作室", "家族")


def names_heading_orgs(people: Iterable[str], orgs: Sequence[Organization]) -> dict[str, str]:
    """Person-shaped names that are the head of a company's name in the same article (安克 of 安克创新):
    name -> the company; 李宁 of 李宁公司 stays a person."""
    heads = {}
    for org in orgs:
        for name in people if org.kind == "company" else ():
            rest = org.name[len(name):]
            if org.name.startswith(name) and 2 <= len(rest) <= 4 and rest not in EPONYMOUS_TAILS \
                    and re.fullmatch(r"[\u4e00-\u9fff]+", rest):
                heads[name] = org.name
    return heads


def names_inside_orgs(people: Iterable[str], orgs: Sequence[Organization], text: str) -> set[str]:
    """Person-shaped names the text writes only as the end of an organisation's longer name (甄选 of 东方甄选), or that are a
    company's name its registered name begins with (东方甄选 of 东方甄选（北京）科技有限公司): no people."""
    inside = set()
    for name in people:
        if any(o.name == name and any(a.startswith(name) and a.endswith(LEGAL_FORMS) for a in o.aliases) for o in orgs):
            inside.add(name)
            continue
        longer = sorted({n for o in orgs for n in (o.name, *o.aliases) if n.endswith(name) and n != name}, key=len, reverse=True)
        if longer and name not in re.sub("|".join(map(re.escape, longer)), "", text):
            inside.add(name)
    return inside


def with_heads_as_aliases(orgs: Sequence[Organization], heads: dict[str, str]) -> list[Organization]:
    """The organisations, each with the short names that head it added to its aliases."""
    return [Organization(o.name, o.kind, tuple(sorted(set(o.aliases) | {h for h, n in heads.items() if n == o.name})),
                         o.mentions, o.evidence) for o in orgs]


LEXICON_CACHES += [has_name_shape, is_known_thing, known_org_pattern, known_org_mentions, cue_pattern,
                   names_a_brand_of_known_org, enumeration_items]
