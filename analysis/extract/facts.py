"""Dated events and figures (numbers with their unit and what they count).

Events: a clause with a date precise to the month, or a year with a verb of something that
happens (成立, 推出, 上线, 收购...), or a dated personnel change. Figures: a number (Arabic or
Chinese, with 万/亿 magnitudes) and a unit, with the noun it counts after it (37家百货商场,
1000万元销量) or a metric before it (营收增长90.9%).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from ..io.load import Document
from ..nlp.dates import find_dates
from ..nlp.segment import Token

EVENT_VERBS = re.compile(r"成立|推出|上线|发布(?!会)|收购|并购|上市|创立|创办|宣布|启动|关闭|任命|出任|接任|辞职|离职|卸任|"
                         r"入股|投资|融资|签约|合并|分拆|更名|改名|开业|开通|获批|公布")
NUMBER = r"(?P<num>\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+(?:点[零一二三四五六七八九]+)?)"
MAGNITUDE = r"(?P<mag>万亿|千万|百万|十万|万|亿)?"
UNITS = ("万元", "亿元", "美元", "港元", "元", "家", "个", "名", "位", "人", "户", "座", "款", "项", "台", "部", "辆",
         "套", "件", "单", "笔", "份", "倍", "平方米", "公里", "吨", "%", "％", "成")
FIGURE = re.compile(NUMBER + MAGNITUDE + r"(?P<unit>" + "|".join(re.escape(u) for u in UNITS) + r"|(?<=[万亿])(?![\d万亿]))")
MAGNITUDES = {"万": 1e4, "亿": 1e8, "万亿": 1e12, "千万": 1e7, "百万": 1e6, "十万": 1e5, None: 1}
MONEY = ("元", "美元", "港元")
TIME_WORDS = ("月", "天", "日", "年", "小时", "分钟", "周", "季度", "星期")
METRICS = ("销量", "营收", "收入", "销售收入", "营业收入", "利润", "净利润", "销售额", "交易额", "成交额", "营业额",
           "市场份额", "份额", "出货量", "发货量", "估值", "市值", "融资", "投资", "研发投入", "费用", "研发费用",
           "支出", "成本", "收购", "金额", "订单", "股价", "增速", "用户", "用户数", "活跃用户", "规模", "GMV",
           "占比", "毛利率", "比例", "销售", "出口", "进口", "产量", "门店", "员工", "资产", "负债", "现金")
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
    """A sentence split on ；, each piece with its offset."""
    out, start = [], 0
    for piece in re.split(r"(?<=[；;])", sentence):
        if piece:
            out.append((start, piece))
        start += len(piece)
    return out


def is_event(clause: str, iso: str, relative: bool) -> bool:
    """A month-precise date, or a year with a verb of something that happens."""
    if len(iso) >= 7:
        return True
    return bool(EVENT_VERBS.search(clause)) and not clause.startswith(("到", "至"))


def find_events(doc: Document) -> list[Event]:
    """Dated events of an article, in date order."""
    events = []
    for sentence in doc.sentences:
        for _, clause in clauses(sentence.text):
            for date in find_dates(clause, doc.year):
                if is_event(clause, date.iso, date.relative):
                    events.append(Event(date.iso, clause.strip("；;"), sentence.text, sentence.index))
                    break
    return sorted(events, key=lambda e: (e.date, e.sentence))


def parse_number(text: str) -> float | None:
    """Arabic or Chinese numerals as a float (两千 -> 2000, 三点五 -> 3.5)."""
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    try:
        import cn2an
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


def counted_noun(tokens: Sequence[Token], end: int) -> str:
    """The noun (up to three tokens, 之 may join them) right after a character offset: what a figure counts."""
    following = [t for t in tokens if t.start >= end][:3]
    words: list[str] = []
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
    hits = [(window.rfind(m) + len(m), len(m), window.rfind(m), m) for m in METRICS if m in window]
    if not hits:
        return "", start
    *_, position, metric = max(hits)
    return metric, offset + position


def find_figures(doc: Document, tokens: Sequence[Sequence[Token]]) -> list[Figure]:
    """Numbers with a unit and what they count; bare numbers, dates and durations are left out."""
    figures = []
    for sentence, sent_tokens in zip(doc.sentences, tokens):
        text = sentence.text
        for m in FIGURE.finditer(text):
            if text[m.end():m.end() + 1] == "年" or text[m.start() - 1:m.start()].isdigit():
                continue
            if m.group("unit") in ("个", "家") and text[m.end():].startswith(TIME_WORDS):
                continue
            value = parse_number(m.group("num"))
            if value is None or (not m.group("num")[0].isdigit() and value < 10 and not m.group("mag")
                                 and m.group("unit") not in ("成", "倍")):
                continue  # 两个部门, 一套工具: a determiner, not a figure
            unit = m.group("unit")
            value *= MAGNITUDES[m.group("mag")] * (10 if unit == "成" else 1)
            unit = {"万元": "元", "亿元": "元", "成": "%", "％": "%"}.get(unit, unit)
            if m.group("unit") in ("万元", "亿元"):
                value *= 1e4 if m.group("unit") == "万元" else 1e8
            noun = counted_noun(sent_tokens, m.end())
            metric, metric_start = metric_before(text, m.start())
            if not noun and not metric and unit != "%":
                continue
            if not unit and not metric:
                continue  # 2亿 with nothing it counts
            if unit in MONEY and not metric and not noun.startswith(METRICS):
                continue  # 3.8元唱歌: a price, not a figure about a company
            shown = m.group(0) + noun if noun else text[metric_start:m.end()]
            figures.append(Figure(round(value, 6), unit, noun or metric, shown, text, sentence.index))
    return figures
