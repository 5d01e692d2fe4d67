"""Dates in Chinese text, normalised to ISO strings as precise as the text allows.

2013年9月26日 -> 2013-09-26, 2009年9月 -> 2009-09, 今年1月份 -> (article year)-01,
去年底 -> (article year - 1), 2月28日 -> (article year)-02-28; Chinese numerals included. Given the
article's own date, a bare day (18日) is a day of its month, 上月 the month before and 本月 its month.
"""
from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass

RELATIVE_YEAR = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1, "次年": 1}
YEAR = r"(?P<year>(?:19|20)\d{2})年|(?P<rel>今年|本年|去年|上年|前年|明年|次年)"
DATE = re.compile(
    rf"(?:{YEAR})?\s*(?:(?P<month>1[0-2]|0?[1-9])月份?(?:(?P<day>3[01]|[12]\d|0?[1-9])[日号])?"
    rf"|(?P<holiday>元旦)|(?P<part>底|初|末|年底|年初|年末|上半年|下半年|全年)?)")
# a day without its month (18日举行), not a count of days (30日内, 连续7日, 每日) nor part of a full date
BARE_DAY = re.compile(r"(?<![\d月每近连续数前后余多])(?P<day>3[01]|[12]\d|0?[1-9])日(?![内以来均])")
RELATIVE_MONTH = re.compile(r"(?P<rel>上个?月|本月|当月|这个月)")
CN_DIGITS = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7",
             "八": "8", "九": "9"}
CN_YEAR = re.compile(r"[〇零一二三四五六七八九]{4}(?=年)")
BRACKETED_DAY = re.compile(r"(?<=[昨今前])[（(](\d{1,2})[）)]日")
CN_SMALL = re.compile(r"(?<![\d〇零一二三四五六七八九十])([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=月|日|号)")


@dataclass(frozen=True)
class DateMention:
    """A date found in text: the words, the ISO date and where they stand."""

    text: str
    iso: str
    start: int
    end: int
    relative: bool


def arabic_numerals(text: str) -> str:
    """Chinese numerals in years, months and days as Arabic digits, same meaning (二〇一三年 -> 2013年)."""
    text = CN_YEAR.sub(lambda m: "".join(CN_DIGITS[c] for c in m.group(0)), text)
    text = BRACKETED_DAY.sub(lambda m: "  " + m.group(1) + "日", text)  # 昨（6）日: the 6th, same length
    return CN_SMALL.sub(lambda m: str(small_number(m.group(1))), text)


def small_number(chinese: str) -> int:
    """一..三十九 as an int."""
    if "十" not in chinese:
        return int(CN_DIGITS[chinese])
    tens, _, ones = chinese.partition("十")
    return (int(CN_DIGITS[tens]) if tens else 1) * 10 + (int(CN_DIGITS[ones]) if ones else 0)


@functools.lru_cache(maxsize=8192)
def find_dates(text: str, base_year: int | None, article_date: str | None = None) -> tuple[DateMention, ...]:
    """Every date in text; relative years (今年, 去年) and bare months resolve against base_year, bare days
    and relative months (上月) against the article's date (when it is known to the month)."""
    if "年" not in text and "月" not in text and "日" not in text:
        return ()  # the cheap test first: every date form has one of them
    text = arabic_numerals(text)
    found = []
    for m in DATE.finditer(text):
        if not m.group(0).strip() or not (m.group("year") or m.group("rel") or m.group("month")):
            continue
        if m.group("year"):
            year = int(m.group("year"))
        elif base_year is not None:
            year = base_year + RELATIVE_YEAR.get(m.group("rel") or "今年", 0)
        else:
            continue
        iso = f"{year:04d}"
        if m.group("holiday"):
            iso += "-01-01"
        if m.group("month"):
            iso += f"-{int(m.group('month')):02d}"
            if m.group("day"):
                iso += f"-{int(m.group('day')):02d}"
        found.append(DateMention(m.group(0).strip(), iso, m.start(), m.end(), m.group("year") is None))
    if article_date and len(article_date) >= 7:
        found += dates_from_article_date(text, article_date, found)
    return tuple(sorted(found, key=lambda d: d.start))


def dates_from_article_date(text: str, article_date: str, found: list[DateMention]) -> list[DateMention]:
    """Bare days (18日) and relative months (上月, 本月) as dates of the article's month or the one before,
    where no fuller date stands."""
    taken = [(d.start, d.end) for d in found]
    year, month = int(article_date[:4]), int(article_date[5:7])
    out = []
    for m in [*BARE_DAY.finditer(text), *RELATIVE_MONTH.finditer(text)]:
        if any(start < m.end() and m.start() < end for start, end in taken):
            continue
        day = int(m.group("day")) if "day" in m.groupdict() else None
        later = day is not None and len(article_date) == 10 and day > int(article_date[8:10])
        if m.group(0).startswith("上") or later:  # 上月; on the 5th, 18日 was last month's
            iso = f"{year - (month == 1):04d}-{(month - 2) % 12 + 1:02d}"
        else:
            iso = f"{year:04d}-{month:02d}"
        if day is not None:
            iso += f"-{day:02d}"
        out.append(DateMention(m.group(0), iso, m.start(), m.end(), True))
    return out


RELATIVE_DAY = re.compile(r"今日|今天|今晚|今早|日前|近日|昨日|昨天|昨晚|当天|本周|上周"
                          r"|(?<![上本下每至到和、“「\"])(?:周|星期)[一二三四五六日天](?![至到、和]|会员)")  # 周二公布: this
# week's (not 每周二, 周一至周五, “周三会员日”)
WEEKDAYS = "一二三四五六"


def relative_day(word: str, article_date: str) -> str:
    """The date a relative day word names, from the article's date (昨日 is the day before; 近日 the article's
    month, as precise as one can be)."""
    if word in ("昨日", "昨天", "昨晚") and len(article_date) == 10:
        return (datetime.date.fromisoformat(article_date) - datetime.timedelta(days=1)).isoformat()
    if word == "上周" and len(article_date) == 10:
        return (datetime.date.fromisoformat(article_date) - datetime.timedelta(days=7)).isoformat()[:7]
    if word in ("日前", "近日", "本周", "上周"):
        return article_date[:7]
    if word[-1] in WEEKDAYS + "日天" and word[:-1] in ("周", "星期"):
        return last_weekday(WEEKDAYS.find(word[-1]) if word[-1] in WEEKDAYS else 6, article_date)
    return article_date


def last_weekday(weekday: int, article_date: str) -> str:
    """The latest day on or before the article's date that falls on a weekday (0 Monday … 6 Sunday): 周二 in an
    article of Wednesday 27 August is the 26th; the article's month when its day is unknown."""
    if len(article_date) != 10:
        return article_date[:7]
    day = datetime.date.fromisoformat(article_date)
    return (day - datetime.timedelta(days=(day.weekday() - weekday) % 7)).isoformat()
