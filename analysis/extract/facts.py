"""Dated events and figures (numbers with their unit and what they count).

Events: a clause with a date precise to the month, or a year with a verb of something that
happens (成立, 推出, 上线, 收购...), or a dated personnel change. Figures: a number (Arabic or
Chinese, with 万/亿 magnitudes) and a unit, with the noun it counts after it (37家百货商场,
1000万元销量) or a metric before it (营收增长90.9%).
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Sequence

from ..io.load import Document
from ..nlp.dates import RELATIVE_DAY, DateMention, find_dates, relative_day
from ..nlp.mentions import Matcher
from ..nlp.segment import Token, segment
from .entities import inside_title_marks

EVENT_VERBS = re.compile(r"成立|推出|上线|发布(?!会)|发表(?!评论)|收购|并购|上市|创立|创办|宣布|启动|关闭|任命|出任|接任|辞职|离职|卸任|召开|"
                         r"入股|投资|融资|签约|合并|分拆|更名|改名|开业|开通|获批|公布|离任|加盟|退休|领投|"
                         r"公告|委任|聘任|退任|新开|开设|披露")
NUMBER = (r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+(?:点[零一二三四五六七八九]+)?"
          r"|(?<=[近超逾约过破达上])(?=(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万)))")  # 近万亿元: an implied one
MAGNITUDE = r"(?:多|余)?(?P<mag>万亿|千亿|百亿|十亿|千万|百万|十万|万|亿|兆(?=元|美元|港元))?(?:多|余)?"  # 1.64兆元: Taiwan's 兆
UNITS = ("万元", "亿元", "美元", "港元", "英镑", "欧元", "日元", "元", "家", "个百分点", "百分点", "个", "名", "位", "人次", "人", "户", "座", "款", "项",
         "台", "部", "辆", "套", "件", "单", "笔", "份", "倍", "平方米", "公里", "吨", "%", "％", "成", "大", "GWh", "MWh",
         "kWh", "GW", "MW", "瓶", "杯", "盒", "箱", "票", "股", "间", "次", "片", "颗", "块", "架", "艘")
FIGURE = re.compile(NUMBER + MAGNITUDE + r"(?P<unit>" + "|".join(re.escape(u) for u in UNITS) + r"|(?<=[万亿])(?![\d万亿]))")
PERCENT_WORDS = re.compile(r"百分之(?P<num>[零一二两三四五六七八九十百点]+|\d+(?:\.\d+)?)")
MAGNITUDES = {"兆": 1e12, "万": 1e4, "亿": 1e8, "万亿": 1e12, "千万": 1e7, "百万": 1e6, "十万": 1e5, "千亿": 1e11, "百亿": 1e10,
              "十亿": 1e9, None: 1}
MONEY = ("元", "美元", "港元", "英镑", "欧元", "日元")
TIME_WORDS = ("月", "天", "日", "年", "小时", "分钟", "周", "季度", "星期")
METRICS = ("销量", "营收", "收入", "收益", "销售收入", "营业收入", "利润", "净利润", "销售额", "交易额", "成交额", "营业额",
           "市场份额", "份额", "出货量", "发货量", "估值", "市值", "融资", "投资", "研发投入", "费用", "研发费用",
           "支出", "成本", "收购", "金额", "订单", "股价", "增速", "用户", "用户数", "活跃用户", "规模", "GMV",
           "占比", "毛利率", "比例", "销售", "出口", "进口", "产量", "门店", "员工", "资产", "负债", "现金",
           "补贴", "售价", "价格", "单价", "票价", "定价", "起价", "红包", "奖金", "年薪", "薪酬", "罚款", "罚金", "补助",
           "优惠", "降价", "涨价", "成员", "高管", "月活", "日活", "净亏损", "亏损", "毛利", "交付", "交付量", "月活跃用户",
           "日活跃用户", "投票权", "股份", "股权", "持股", "涨幅", "跌幅", "利用率", "渗透率", "市占率", "装机量",
           "发行价", "募资", "募集", "融资额", "收盘价", "开盘价", "市盈率", "买家", "活跃买家", "会员",
           "付费用户", "订阅用户", "下载量", "播放量", "溢利", "纯利", "盈利", "客户", "客户数", "净营收", "净收入",
           "总收入", "营业总收入", "净营业收入", "续航", "续航里程", "产能", "纯益", "税后纯益", "每股纯益",
           "每股收益", "立减", "直降", "大定", "订单量", "均价", "净利", "批发价", "零售价", "出厂价", "指导价",
           "EBITA", "EBITDA", "EBIT", "到手价", "首发价", "原价", "券后价", "标价", "报价", "官方价", "建议零售价",
           "零售额", "贡献", "收费", "封顶", "补能", "业绩", "下调", "上调", "降幅", "让利", "批价", "售出", "卖出", "包裹量", "单量", "业务量", "件量", "调用量", "使用量", "访问量", "搜索量", "锁单量", "流水", "价值", "节省", "投入", "对价", "交易对价", "交易金额", "低至",
           "保费", "总保费", "保费收入", "营运利润", "经营利润", "毛利润", "现金流", "经营现金流")
COUNTED_PARTIES = ("用户", "会员", "员工", "商家", "骑手", "司机", "开发者", "客户", "消费者", "学员", "粉丝", "家庭", "车主")
CURRENCIES = {"人民币", "新台币", "台币", "港币", "美金", "欧元", "日元", "英镑"}
DEAL_AFTER = ("收购", "投资", "入股", "融资", "募资", "回购", "增持")
TRADED_FOR = re.compile(r"[^，。；]{0,12}?(?P<deal>出售|收购|转让|购买|认购|回购|买下|卖给)")
DEAL = re.compile(rf"的?(?:新一轮|首轮|新|天使轮|种子轮|战略|Pre-?[A-F]\+?轮|[A-F]\+*轮)?(?P<deal>{'|'.join(DEAL_AFTER)})")
COUNTED_POS = {"n", "nz", "nt", "eng", "vn", "phrase", "l", "j", "ns", "nis"}


@dataclass(frozen=True)
class Event:
    """Something that happened on a date, with the clause that says so."""

    date: str
    text: str
    evidence: str
    sentence: int


@dataclass(frozen=True)
class Figure:
    """A number in plain units, its unit, what it counts and the sentence it came from."""

    value: float
    unit: str
    counts: str
    text: str
    evidence: str
    sentence: int


def clauses(sentence: str) -> list[tuple[int, str]]:
    """A sentence split on ；, each piece with its offset; a ； inside brackets (纳斯达克：TCOM；港交所：9961)
    splits nothing."""
    if "；" not in sentence and ";" not in sentence:
        return [(0, sentence)] if sentence else []  # the cheap test first
    out, start, depth = [], 0, 0
    for k, char in enumerate(sentence):
        if char in "（(":
            depth += 1
        elif char in "）)":
            depth = max(0, depth - 1)
        elif char in "；;" and depth == 0:
            out.append((start, sentence[start:k + 1]))
            start = k + 1
    if start < len(sentence):
        out.append((start, sentence[start:]))
    return out


def comma_part(clause: str, at: int) -> str:
    """The part of a clause between the commas around a character offset."""
    start = max(clause.rfind("，", 0, at), clause.rfind(",", 0, at)) + 1
    ends = [k for k in (clause.find("，", at), clause.find(",", at)) if k >= 0]
    return clause[start:min(ends) if ends else len(clause)]


def is_event(clause: str, iso: str, relative: bool, part: str | None = None) -> bool:
    """A month-precise date, or a year with a verb of something that happens (in the date's own comma part, when given:
    …上线一年多仍贡献收入，明年将推出海外版本 is a plan)."""
    asked = clause.rstrip().endswith(("？", "?"))
    if asked and not (part and not part.rstrip().endswith(("？", "?")) and re.search(f"(?:{EVENT_VERBS.pattern})了", part)):
        return False  # 明年会考虑上市吗？: a question, not something that happened (去年同程收购了X，…现在怎样？ states one)
    if len(iso) < 10 and re.match(r"据[^，。；]{2,16}?(?:数据|统计|报告)", clause):
        return False  # 据协会数据，2025年3月共销售…: a month's statistic, not an event (a day's price drop is one)
    if len(iso) >= 7:
        return not TENURE.search(clause) and not SINCE_THEN.search(clause)  # 周彬自2022年12月起担任康佳董事局主席，此前…: a
        # tenure, background to the news; 自2月上线以来: the period since, not the news
    if relative and re.search(r"(?:今年|去年|明年)以来", clause) or "累计" in clause:
        return False  # 今年以来, 前五月累计: a period, not an event
    own = part if part and EVENT_VERBS.search(part) else clause
    verb = EVENT_VERBS.search(own)
    planned = verb and (re.search(r"(?:将|计划|拟|准备|打算|有望)[^，。；]{0,8}$", own[:verb.start()])
                        or re.search(r"(?<![布例机约])(?:会|要)(?:再|继续|正式)?$", own[:verb.start()]))
    return bool(verb) and not planned and not clause.startswith(("到", "至"))  # 将通过推出…, 今年会推出: a plan


TENURE = re.compile(r"^[^，。；]{0,12}?(?:自|从|于)?(?:19|20)\d{2}年(?:\d{1,2}月)?(?:起|开始|(?:加入|加盟)[^，。；]{2,12}?)(?:担任|出任|任)"
                    r"[^，。；]{2,30}[，。；]?(?:此前|之前)")  # 罗戎于2022年7月加入百度担任CFO，此前…: a tenure
SINCE_THEN = re.compile(r"自(?:(?:19|20)\d{2}年)?\d{1,2}月(?!\d)[^，。；日号]{0,10}?以来")  # not 自3月28日上市以来, a launch day


def acts_apart(clause: str, date: DateMention) -> bool:
    """Whether a year dates an action of its own comma part that is no event (邱明于2021年加入X，…，主导了上市: the joining,
    not the listing); a year alone in its part (2019年，公司推出X) dates the clause."""
    part = comma_part(clause, date.start)
    rest = part[part.find(clause[date.start:date.end]) + date.end - date.start:]
    return len(date.iso) == 4 and len(rest) >= 2 and not EVENT_VERBS.search(part)


PERIOD_FIGURE = re.compile(r"(?:前三季度?|上半年|下半年|全年|第[一二三四]季度|[一二三四]季度|Q[1-4])?(?:实现|的)?"
                           r"(?:营收|营业收入|总收入|收入|净利润|利润|销量|出货量|交付量|销售|出栏|共交付|交付新车)")
METRIC_OF_PERIOD = re.compile(r"(?P<gap>[^，。；]{0,10}?)(?:月活|日活|月活跃用户|用户数|装机量|出货量|市场份额|份额|市占率|GMV|营收|销量|"
                              r"客座率|上座率|入住率|渗透率|开工率|利用率)")


def metric_of_period(clause: str, end: int) -> bool:
    """9月字节跳动的豆包月活超过1.7亿, 8月月活用户: the month a measure covers, no event (not 5月推出新品，销量…)."""
    m = METRIC_OF_PERIOD.match(clause, end)
    return bool(m) and not EVENT_VERBS.search(m.group("gap"))


TENURE_START = re.compile(r"^[^，。；]{0,12}?(?:自|从|于)?(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:起|开始)(?:担任|出任|任)")


def held_since_earlier_year(clause: str, iso: str, year: int | None) -> bool:
    """Whether a clause says since when someone holds a post (黄华波于2022年3月起担任总经理) from a year before the
    article's: background to the news, not an event of it."""
    return bool(year) and iso[:4] < str(year) and bool(TENURE_START.match(clause))


ANAPHOR = re.compile(r"^(?:以上|上述|此次|这次|这些|该)(?:调整|变动|任命|安排|变化|决定|人事)")
REPORT_PERIOD = re.compile(r"(?:第[一二三四1-4]季度?|[一二三四1-4]季度|中期|年度|全年|上半年|下半年|前三季度)?的?"
                           r"(?:业绩|财报|年报|中报|季报|财务业绩)")  # 公布2024年中期业绩: the period a report covers


def period_end(clause: str, start: int) -> bool:
    """Whether the date at start closes a period (截至2024年9月30日止的季度业绩, 2024年1至10月累计交付, 今年前8月): the
    period a report covers, not the day something happens."""
    return clause[max(0, start - 3):start].endswith(("截至", "截止", "截至到", "止于", "至", "到", "~", "-", "－")) \
        or clause[start - 1:start] == "前" and bool(re.match(r"\d{1,2}个?月(?!\d|份?[0-9一二三四五六七八九十]+日)", clause[start:]))
    # 今年前8月: the first eight months, a period


def wire_dateline(clause: str, end: int) -> bool:
    """Whether a date ends a wire's dateline that only opens a reporter's formula (3月29日电 记者从…获悉, 8月16日报道):
    not when the news itself follows (财联社3月31日电，阿维塔科技向港交所递交上市申请)."""
    return clause.startswith(("电", "报道", "讯"), end) and (not clause.startswith("电", end)
                                                            or bool(re.search("获悉|了解到|报道|讯", clause[end:])))


REORGANISING = re.compile(r"进行(?:了)?(?:新一轮)?(?:组织|架构|组织架构)调整")  # 抖音电商近日进行组织调整: on a day the article names
TAKES_EFFECT = re.compile(r"起?(?:正式)?生效")


def find_events(doc: Document) -> list[Event]:
    """Dated events of an article, in date order; 今日/昨日/近日 with a verb of something that happens are
    dated from the article's own date."""
    events = []
    for sentence in doc.sentences:
        before = doc.sentences[sentence.index - 1].text if sentence.index and ANAPHOR.match(sentence.text) else ""
        for _, clause in clauses(sentence.text):
            dates = [d for d in find_dates(clause, doc.year, doc.date)
                     if not period_end(clause, d.start) and not REPORT_PERIOD.match(clause, d.end)]
            relative = RELATIVE_DAY.search(clause)
            if relative and dates and relative.start() < dates[0].start and doc.date \
                    and (len(dates[0].iso) < 10 or relative.group(0).startswith("昨")):
                dates = []  # 今日上市，是今年最大的IPO; 昨晚发出公告…由9月23日起生效: the day it happened comes first
            dates = [d for d in dates if not (len(d.iso) == 4 and clause[d.end:d.end + 1] == "的"  # 较2022年的峰值
                                              or len(d.iso) <= 7 and (PERIOD_FIGURE.match(clause, d.end) or metric_of_period(clause, d.end)))  # 2025年前三季
                     # 营收为…, 8月销售肉猪329.3万头: the period a figure covers
                     and not wire_dateline(clause, d.end)  # 人民网北京3月29日电 记者从…获悉: the wire's dateline
                     and not PLANNED_FOR.search(clause, max(0, d.start - 4), d.start)]  # 计划2026年量产: a plan's date
            found = next((date for date in dates if is_event(clause, date.iso, date.relative, comma_part(clause, date.start))
                          and not acts_apart(clause, date)
                          and not held_since_earlier_year(comma_part(clause, date.start), date.iso, doc.year)), None)
            if found:
                events.append(Event(found.iso, before + clause.strip("；;"), sentence.text, sentence.index))
            for date in dates if found else ():  # …易车宣布…离任，陈一鸣自2025年6月15日起出任CEO: a second change, dated
                part = comma_part(clause, date.start)
                if date is not found and date.iso != found.iso and len(date.iso) == 10 and comma_part(clause, found.start) != part \
                        and EVENT_VERBS.search(part) and not TAKES_EFFECT.match(clause, date.end) \
                        and not part.startswith(("宣布", "决定", "自", "从", "并", "于")):  # 宣布自3月10日起，…: no subject
                    events.append(Event(date.iso, part, sentence.text, sentence.index))
            events += [Event(d.iso, before + clause.strip("；;"), sentence.text, sentence.index) for d in dates
                       if TAKES_EFFECT.match(clause, d.end) and not any(e.date == d.iso and e.evidence == sentence.text
                                                                        for e in events)]  # 自9月9日起正式生效; 以上调整
            # 自…起生效: the changes of the sentence before
            following = FOLLOWING_DAY.match(clause)
            if not dates and not relative and following and events and len(events[-1].date) == 10 \
                    and EVENT_VERBS.search(clause):  # 5月20日宣布…。次日，无问芯穹也宣布…: the day after the last one told
                events.append(Event(day_after(events[-1].date), clause.strip("；;"), sentence.text,
                                    sentence.index))
            if not dates and relative and doc.date and (EVENT_VERBS.search(clause) or REORGANISING.search(clause)):
                events.append(Event(relative_day(relative.group(0), doc.date), clause.strip("；;"), sentence.text,
                                    sentence.index))
    return sorted(events + lead_event(doc, events), key=lambda e: (e.date, e.sentence))


FOLLOWING_DAY = re.compile(r"^[^，。；]{0,4}?(?P<word>次日|翌日|第二天)")  # not 同日: the same news, told on


def day_after(iso: str) -> str:
    """The day after a day told before (次日)."""
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=1)).isoformat()


PLANNED_FOR = re.compile(r"(?:计划|预计|有望|力争|争取|目标|规划)(?:在|于)?$")
LEAD_NEWS = re.compile(r"(?:获悉|宣布|今日|今天)[^。；]{0,40}?(?:完成|发布|推出|上线|宣布|成立|上市|收购|获得)")


def without_restated_days(events: Sequence[Event], names: Sequence[str]) -> list[Event]:
    """The events less those that only go on with news already dated that day in another sentence and name none of
    the article's organisations or products (…公告总裁辞职。董事会同意聘任副总裁X为总裁，任期自同日起: one event)."""
    matcher = Matcher(names) if names else None
    kept: list[Event] = []
    told: dict[str, set[int]] = {}  # date -> the sentences that told news of that day (one pass, not a scan per event)
    for event in events:
        same_day = told.get(event.date, ())
        others = len(same_day) > 1 or bool(same_day) and event.sentence not in same_day
        if not others or (matcher and next(iter(matcher.finditer(event.text)), None)):
            kept.append(event)
            told.setdefault(event.date, set()).add(event.sentence)
    return kept


def lead_event(doc: Document, events: Sequence[Event]) -> list[Event]:
    """The news an article opens with, undated in its own words (投资界获悉，…宣布完成11亿元新一轮融资): on the article's
    day, when that is known and nothing else the lead says is dated."""
    if not doc.sentences or not doc.date or len(doc.date) < 10 or any(e.sentence == 0 for e in events):
        return []
    lead = doc.sentences[0].text
    if find_dates(lead, doc.year, doc.date) or not LEAD_NEWS.search(lead):
        return []
    return [Event(doc.date, lead, lead, 0)]


CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                  "九": 9}
CHINESE_MULTIPLIERS = {"十": 10, "百": 100, "千": 1000}
CHINESE_SECTIONS = {"万": 10**4, "亿": 10**8}


def parse_number(text: str) -> float | None:
    """Arabic or Chinese numerals as a float (两千 -> 2000, 三点五 -> 3.5, 1,200 -> 1200; '' -> 1, the
    implied one of 近万亿); None for what is no number."""
    if text == "":
        return 1.0
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    whole, point, fraction = text.partition("点")
    value = chinese_integer(whole)
    if value is None or (point and not fraction) or any(c not in CHINESE_DIGITS for c in fraction):
        return None
    return float(f"{value}.{''.join(str(CHINESE_DIGITS[c]) for c in fraction)}") if fraction else float(value)


def chinese_integer(text: str) -> int | None:
    """A whole number in Chinese numerals (一千二百, 十五, 三亿五千万, 二〇二四, 一千一 = 1100); None when it is
    not one."""
    if not text:
        return None
    if all(c in CHINESE_DIGITS for c in text) and (len(text) >= 3 or "〇" in text or "零" in text[1:]):
        return int("".join(str(CHINESE_DIGITS[c]) for c in text))  # 二〇二四: digit by digit (三四 is 3 or 4)
    total, section, digit, last, zero = 0, 0, None, 10**9, False
    for c in text:
        if c in CHINESE_DIGITS:
            if digit:  # 三四: two digits with no multiplier between
                return None
            digit, zero = CHINESE_DIGITS[c], zero or c in "零〇"
        elif c in CHINESE_MULTIPLIERS:
            if CHINESE_MULTIPLIERS[c] >= last:  # 三十百: multipliers only fall within a section
                return None
            section += (1 if digit is None else digit) * CHINESE_MULTIPLIERS[c]
            digit, last, zero = None, CHINESE_MULTIPLIERS[c], False
        elif c in CHINESE_SECTIONS:
            if section == 0 and digit is None and total == 0:
                digit = 1  # 万亿 on its own: 一万亿
            section = (section + (digit or 0)) * CHINESE_SECTIONS[c]
            digit, last, zero = None, CHINESE_SECTIONS[c], False
            if c == "亿":
                total, section, last = total + section, 0, 10**9
        else:
            return None
    if digit and not zero and 10 <= last < 10**9:
        digit *= last // 10  # 一千一, 两百八, 一万五: the digit counts the next smaller unit
    return total + section + (digit or 0)


ACTIVE_USERS = re.compile(r"(?:月|日)活(?:跃)?(?:用户|设备)?(?:数)?")


def counted_noun(tokens: Sequence[Token], end: int, text: str = "") -> str:
    """The noun (up to three tokens, 之 may join them) right after a character offset: what a figure counts.
    Where a token straddles the offset (20家车企 cut as 家车/企的), the words after it are segmented again."""
    active = ACTIVE_USERS.match(text, end) if text else None
    if active:
        return active.group(0)  # 5.8亿月活跃用户: 月 here begins the metric, not a time
    if text and any(t.start < end < t.end for t in tokens):
        following = segment(re.split(r"[，。；、,;：:]", text[end:end + 12])[0])[:3]
    else:
        following = [t for t in tokens if t.start >= end][:3]
    words: list[str] = []
    if len(following) >= 2 and following[0].pos == "v" and len(following[0].word) == 2 and following[1].pos == "vn":
        words.append(following[0].word)  # 600万次出行服务: a verb-noun compound
        following = following[1:]
    for tok in following:
        if tok.word == "之" and words:
            words.append(tok.word)
            continue
        joined = bool(words) and words[-1] == "之" and tok.pos != "x"  # 小米之家
        if not joined and (tok.pos not in COUNTED_POS or tok.word.startswith(TIME_WORDS)):
            break
        words.append(tok.word)
    return "".join(words).rstrip("之")


def metric_before(text: str, start: int) -> tuple[str, int]:
    """The metric noun shortly before a number (营收, 出货量) and where it starts, if any."""
    offset = max(0, start - 25, text.rfind("。", 0, start) + 1, text.rfind("；", 0, start) + 1)
    window = text[offset:start]
    hits = [(window.rfind(m) + len(m), len(m), window.rfind(m), m) for m in METRICS if m in window
            and not (m == "业绩" and window[window.rfind(m) + 2:].startswith(("会", "说明会", "发布会")))]  # 业绩会: a meeting
    if not hits:
        return "", start
    end, _, position, metric = max(hits)
    position = min(p for e, _, p, _ in hits if e > position and p <= position)  # 活跃用户 + 用户数: 活跃用户数
    return window[position:end], offset + position


def find_figures(doc: Document, tokens: Sequence[Sequence[Token]]) -> list[Figure]:
    """Numbers with a unit and what they count; bare numbers, dates and durations are left out."""
    figures = []
    for sentence, sent_tokens in zip(doc.sentences, tokens):
        text = sentence.text
        listed_price, listed_at = "", 0
        counted: tuple[str, str, int] | None = None
        for m in FIGURE.finditer(text):
            if inside_title_marks(text, m.start()):
                continue  # 《天龙八部》: a title, no count
            if text[m.end():m.end() + 1] == "年" or text[m.start() - 1:m.start()].isdigit() \
                    or text[m.start() - 1:m.start()] in ("第", "每", "几") \
                    or text[m.start() - 1:m.start()] == "数" and not text[m.start():m.start() + 1].isdigit():  # 客户数660万家
                continue  # a year, the tail of a longer number, a rank (第三大, 第2名) or a rate's base (每百万tokens)
            if m.group("unit") in ("个", "家") and text[m.end():].startswith(TIME_WORDS):
                continue
            if text.startswith(("航空", "科技", "集团", "控股", "股份", "资本"), m.end()):
                continue  # 九元航空: a company's name, no sum
            value = parse_number(m.group("num"))
            if m.group("num") == "" and not m.group("mag"):
                continue
            chinese_small = bool(m.group("num")) and not m.group("num")[0].isdigit() and value is not None \
                and value < 10 and not m.group("mag")
            determiner = chinese_small and value < 3  # 一个, 两个: a determiner; 六个业务板块: a count
            if chinese_small and "、" in re.split(r"[，；]", text[:m.start()])[-1] and (m.group("unit") == "家" or m.group(
                    "unit") == "个" and text.startswith(("平台", "品牌", "企业", "公司", "应用", "App", "APP"), m.end())
                    or m.group("unit") == "款" and text.startswith(("新品", "新产品", "产品", "新车", "车型"), m.end())):
                continue  # A、B和C三家企业, 得物、闲鱼、红布林三个平台: the count of the list just named
            if chinese_small and m.group("unit") == "家" and re.search(r"(?:^|[，；：,]|这|上述|以上|前述|两|其中)$", text[:m.start()]) \
                    and text.startswith(("平台", "厂商", "企业", "公司", "巨头", "车企", "品牌", "机构"), m.end()):
                continue  # …，三家厂商均为辉达的合作伙伴: the companies just named, counted again
            if value is None or (determiner and m.group("unit") not in ("成", "倍", "大")) \
                    or (m.group("unit") == "大" and not chinese_small):
                continue  # 两个部门, 一套工具: a determiner, not a figure (五大事业群 is one)
            unit = m.group("unit")
            value *= MAGNITUDES[m.group("mag")] * (10 if unit == "成" else 1)
            unit = {"万元": "元", "亿元": "元", "成": "%", "％": "%", "个百分点": "百分点", "大": ""}.get(unit, unit)
            if m.group("unit") in ("万元", "亿元"):
                value *= 1e4 if m.group("unit") == "万元" else 1e8
            noun = counted_noun(sent_tokens, m.end(), text)
            noun = "" if noun in CURRENCIES else noun  # 1319.7亿元新台币: the currency, not what the sum counts
            noun = next((noun[len(c):] for c in CURRENCIES if noun.startswith(c)), noun)  # 6亿元人民币融资: the deal
            metric, metric_start = metric_before(text, m.start())
            if not noun and unit == "%" and text[m.end():m.end() + 1] == "的":
                noun = counted_noun(sent_tokens, m.end() + 1)  # 45%的总投票权
                noun = "的" + noun if noun else ""
            if not noun and text.startswith("装", m.end()):
                noun = "装"  # 12瓶装: the size of a pack
            if not noun and unit == "票" and text.startswith(("赞成", "反对", "弃权"), m.end()):
                noun = text[m.end():m.end() + 2]  # 352票赞成: a vote
            if not noun and not metric and unit in MONEY and listed_price and not re.search("[，；,;]", text[listed_at:m.start()]):
                metric, metric_start = listed_price, m.start()  # 每百万输入tokens 1元、每百万输出tokens 16元: one price list
            after = m.end() + len(next((c for c in CURRENCIES if text.startswith(c, m.end())), ""))  # 6亿元人民币融资
            deal = (DEAL.match(text, after) or PRICE_WAR.match(text, after)) \
                if (not noun or DEAL.fullmatch(noun) or PRICE_WAR.fullmatch(noun)) and not metric and unit in MONEY else None
            if not deal and unit in MONEY and not noun and not metric and re.search(r"(?:以|作价)约?$", text[:m.start()]):
                deal = TRADED_FOR.match(text, after)  # 以7658.55万元向董宇辉出售: a sale's sum, its buyer between
            if deal:
                noun = deal.group("deal") if deal.re is TRADED_FOR else deal.group(0)  # 以约62.7亿元收购, 完成1亿美元新一轮融资: a deal's sum
            price = PRICED.search(text, max(0, m.start() - 6), m.start()) if unit in MONEY and not metric and not deal else None
            if price:
                metric, metric_start = price.group(0), price.start()  # 把杨枝甘露降到9.9元: a price set
            if not noun and not metric and unit not in MONEY and unit != "%":
                metric, metric_start = noun_before(sent_tokens, m.start())  # 管理委员会成员共9位, 新车12206辆
                sold = SOLD.search(text, max(0, m.start() - 6), m.start()) if not metric else None
                if sold:
                    metric, metric_start = sold.group(0), sold.start()  # 去年卖了1300多万辆: what was sold
            change = CHANGED_BY.search(text, max(0, m.start() - 8), m.start()) if not noun and not metric else None
            if change and counted and counted[0] == unit:
                metric, metric_start = counted[1], change.start()  # 网点共3470个，较去年同期净减少62个: the same count's change
            elif not noun and not metric and counted and counted[0] == unit and unit not in MONEY and unit != "%" \
                    and m.start() - counted[2] <= 20:
                metric, metric_start = counted[1], m.start()  # 豆包月活超过1.7亿，…，Kimi则跌至2000万: the list's measure
            priced_after = PRICE_AFTER.match(text, m.end()) if unit in MONEY and not noun and not metric else None
            if priced_after:
                metric, metric_start = priced_after.group("price"), m.start()  # 凭借5.88万元的起售价: the price named after
            if not noun and not metric and unit not in MONEY and unit != "%" and text[m.start() - 1:m.start()] == "以" \
                    and RANKED_WITH.match(text, m.end()):
                metric, metric_start = "排名", m.start()  # 三星以3600万台继续位居第一: the count it ranks by
            band = PRICE_BAND.match(text, m.end()) if unit in MONEY and not noun and not metric else None
            if band:
                noun = band.group(0)  # 3000元以上的高端市场: a price band
            if not noun and not metric and unit != "%":
                continue
            if not m.group("unit") and not metric and not ACTIVE_USERS.match(noun) and not noun.startswith(COUNTED_PARTIES):
                continue  # 2亿 with nothing it counts (5.8亿月活跃用户 counts users, 50万用户申请试用 users)
            if unit in MONEY and not metric and not deal and not band and not noun.startswith(METRICS) \
                    and not (noun and is_plain_noun(noun) and re.search(r"(?:推出|上线|发布|卖|售)[^，。；“「\"]{0,4}$", text[:m.start()])):
                continue  # 3.8元唱歌: a price, not a figure about a company (推出8.8元鲜果茶 is the price of what is sold)
            shown = m.group(0) + noun if noun else text[metric_start:m.end()]
            figures.append(Figure(plain_value(value), unit, noun or metric, shown, text, sentence.index))
            counted = (unit, noun or metric, m.end())
            if unit in MONEY and metric:
                listed_price, listed_at = metric, m.end()
        figures += percent_words(text, sentence.index)
    return figures


PRICED = re.compile(r"(?:降到了?|降至|降为|降价至|下调至|下调到|调至|低至|仅需|只需|只要|仅售|售价为?|定价为?|起售价为?|涨到|涨至|提价至|做到了?|卖到了?|"
                    r"上调至|上调到|补贴|(?<![买])卖|(?<=[，,])要|卖了(?:超过|近|约)?|卖出了?(?:超过|近|约)?|便宜了?约?|贵了?约?|[一每]小时)(?:每[\u4e00-\u9fff])?$")
# 降至每桶2.5元, 去年卖了超过20亿元, 便宜约3元


RANKED_WITH = re.compile(r"(?:继续|仍)?(?:位居|排名|位列|名列|居于?|排在|紧随其后|领跑|领先)")
PRICE_AFTER = re.compile(r"的(?P<price>起售价|售价|定价|起步价|指导价|入门价|官方价)")
PRICE_WAR = re.compile(r"(?:大战|价格战|补贴战|低价战|之战)")  # 9.9元大战: the price a war is fought at
PRICE_BAND = re.compile(r"(?:以上|以下|以内|左右)的?[\u4e00-\u9fff]{0,4}?(?:市场|价位|价格带|价格段|价格区间|区间|档位|产品|车型|机型)")
CHANGED_BY = re.compile(r"(?:增加|减少|净增|净减少?|新增|净增加|减少了|增加了)$")


def is_plain_noun(word: str) -> bool:
    """Whether the segmenter reads a word as a plain noun (鲜果茶, not 唱歌)."""
    tokens = segment(word)
    return bool(tokens) and tokens[-1].pos in ("n", "nz") and all(t.pos.startswith(("n", "a", "b")) for t in tokens)


def plain_value(value: float) -> float:
    """A figure's value without the float noise of scaling (1128.6亿 is 112860000000, not …999.99998)."""
    return float(f"{round(value, 6):.12g}")


def percent_words(text: str, index: int) -> list[Figure]:
    """Percentages written out (百分之三十 -> 30 %), with the metric before them."""
    out = []
    for m in PERCENT_WORDS.finditer(text):
        value = parse_number(m.group("num"))
        if value is not None:
            metric, start = metric_before(text, m.start())
            out.append(Figure(plain_value(value), "%", metric, text[start if metric else m.start():m.end()], text, index))
    return out


def noun_before(tokens: Sequence[Token], start: int) -> tuple[str, int]:
    """The noun just before a number (成员 of 成员共9位), skipping 共/有/达/约/为, and where it starts."""
    before = [t for t in tokens if t.end <= start]
    while before and before[-1].word in ("共", "有", "达", "约", "为", "共有", "总共", "合计", "超过", "近", "已经", "已",
                                         "也", "还", "均", "将", "突破", "达到", "超", "逾", "接近"):
        before.pop()
    if before and before[-1].pos in COUNTED_POS and len(before[-1].word) >= 2 \
            and not (len(before) > 1 and before[-2].word in ("、", "和", "及")):  # A、B四个: a list's count
        return before[-1].word, before[-1].start
    if len(before) > 1 and before[-1].word in ("数", "数量", "总数") and before[-2].pos in COUNTED_POS:
        return before[-2].word + before[-1].word, before[-2].start  # 付费企业客户数660万家: the number of customers
    return "", start


SOLD = re.compile(r"(?:卖了|卖出了?|售出了?|销售了?|交付了?|出货了?|累计)(?:超过|近|约)?$")
