"""Cleaning by general rules: boilerplate lines, title, year, sentences, punctuation.

Everything here works on plain text lines and knows nothing of any one site: a
banner is a line that repeats itself, navigation is 上一条/下一篇, a byline is
责任编辑/来源/版权 and so on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_CHAR = re.compile(f"[{CJK}]")

URL = re.compile(r"(?:https?://|www\.)[\w\-./?%&=#:~+@!$,;]+", re.I)
REPEATED_LINE = re.compile(r"^(.{2,30}?)(?:\s*\1)+$")
def boilerplate_words() -> dict[str, str]:
    """Line-opening words of boilerplate by kind, as regex alternations in both scripts (data file)."""
    text = resources.files("analysis").joinpath("data", "boilerplate.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {kind: words for kind, words in rows}


_WORDS = boilerplate_words()
NAVIGATION = re.compile(r"^[\s【\[]*(" + _WORDS["navigation"] + r"|评论\s*\d*\s*$)")
RELATED_HEADING = re.compile(r"^[\s【\[]*(" + _WORDS["related"] + r")[\s】\]:：]*$")
RELATED_INLINE = re.compile(r"^[\s【\[]*(" + _WORDS["related"] + r")[\s】\]]*[:：][^。！？]{2,60}$")  # 相关阅读：搜狐视频上线新功能
META_LINE = re.compile(r"^[\s【\[(（]*(" + _WORDS["meta"] + r"|copyright|©)", re.I)
COPYRIGHT = re.compile(_WORDS["copyright"] + r"|copyright|©|all rights reserved|ICP备|ICP证", re.I)
INLINE_EDITOR = re.compile(r"[(（\[【]\s*(" + _WORDS["inline"] + r")(?:[:：]|\s+(?=[\u4e00-\u9fff]{2,4}[)）\]】]))[^)）\]】]{0,40}[)）\]】]")
# (责任编辑：X), （记者 陈梦）
EDITORIAL_NOTE = re.compile(r"[(（]\s*(?:(?:本文|文章|全文|原文)?(?:有|已|略有|有所)?删节|完|全文完|未完待续|待续|本帖最后由[^)）]{1,40}编辑)\s*[)）]")
# （本文有删节）, （本帖最后由 X 于 … 编辑）
SENTENCE_END = re.compile(
    rf"[。！？!?]+[”’\"」』)）]*|…{{2,}}[”’\"」』]*|(?<=[{CJK}])\.(?=[{CJK}]|\s|$)|\n+")
YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?!\.(?:HK|SH|SZ|BJ|TW|US|hk))(?=\s*年|[^\d]|$)")  # not 2057.HK, a code
YEAR_NOT_NOW = re.compile(r"(到|(?<!截)至|预计|计划|目标|力争|争取|有望|将于|将在)(?:在|于)?\s*$")  # 目标在2026年实现盈利
SHORT_META = 120
DATELINE = re.compile(r"^[*_·\s(（\[【]*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(\s|$|\d{1,2}:\d{2}|[·|｜*_)）】\]])")
BRACKETED_BYLINE = re.compile(r"【[^】]{2,40}】(?:\s*(?:记者|記者)\s*[\u4e00-\u9fff·]{2,4}(?:\s*[／/]?\s*[\u4e00-\u9fff]{2,4}"
                              r"(?:报道|报导|報道|報導))?)?")
REPORTER_BYLINE = re.compile(r"(?:[\u4e00-\u9fff]{0,4}|[\u4e00-\u9fffA-Za-z]{2,10}\s)(?:记者|記者)\s*[|｜]?\s*[\u4e00-\u9fff·]{2,4}"
                             r"(?:\s+[\u4e00-\u9fff·]{2,4})*")  # 每经记者 王晶晶, 界面新闻 记者 | 许言
TITLE_BUTTON = re.compile(r"\s*[\[【［](?:复制链接|复制本帖链接|打印|只看楼主|只看该作者|收藏本帖|分享|複製鏈接|列印)[\]】］]")
TITLE_LABEL = re.compile(r"^\s*(?:【[^】]{1,6}】|\[[^\]]{1,6}\]|（[^）]{1,4}）|(?:标题|標題|主题|主題)[：:])\s*")
TRACKING_ID = re.compile(r"^[0-9a-fA-F]{16,64}$")
CHANNEL = re.compile(rf"^[{CJK}A-Za-z]{{2,6}}(\s*[-_>|/»·]\s*[{CJK}A-Za-z]{{2,6}}){{1,3}}$")
COUNTER = re.compile(r"^[\s\d]*((?:[\u4e00-\u9fff]{1,2}(?=评论|評論))?(阅读|浏览|点赞|赞同|评论|分享|收藏|转发|在看|赞|回复|閱讀|瀏覽|評論|點讚|贊同|轉發|回覆)"
                     r"[\s:：(（]*[\d.万wk+]*[)）]?\s*[|｜·]?\s*)+$")  # 值友评论(128), 回复(56) 收藏 分享
LEADING_LABEL = re.compile(r"^\s*【(?:[^】]{1,4}|[^】]{1,8}(?:报道|報道|讯|訊|电|電|消息|日报|日報|时报|時報|晚报|晚報|新闻|新聞|网|網|社)"
                           r"|[^】]{0,20}(?:记者|記者)[^】]{0,20}(?:报道|報道|报导|報導))】"
                           r"(?=\S)")
FULL_DATE_IN_LINE = re.compile(r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?")
MORE_LINK = re.compile(r"^返回\S{1,8}[，,]\s*查看更多|^查看更多")  # 返回搜狐，查看更多
SECTION_LABEL = re.compile(r"^[【\[][^】\]]{1,6}[】\]]$")  # 【快讯】 on a line of its own
FORUM_ACTION = r"(?:回复|回应|引用|举报|只看楼主|只看该作者|支持|反对|收藏|分享|点赞|推荐|查看|浏览|阅读|回覆|回應|瀏覽|閱讀|推薦)" \
    r"(?:\s*[(（]\d+[)）])?"  # 支持(12), 回应 (12)
FORUM_FURNITURE = re.compile(rf"^(?:\d{{1,4}}\s*楼|#\d{{1,4}}|沙发|板凳|地板)(?:\s|$)|^回答\s*[|｜][^。！？]{{1,30}}(?:赞同|点赞)\s*\d+$|^{FORUM_ACTION}"
                             rf"(?:\s*[|｜]?\s*(?:{FORUM_ACTION}|\d+))*$")
REPLY_HEAD = re.compile(r"^(?:回复\s*)?(?:\d{1,4}\s*楼|#\d{1,4}|\d{1,4}#|沙发|板凳|地板)\s*(?P<user>[^\s：:]{1,16})[：:]")  # 2楼 路人甲：…, 回复 1# 路人甲：
OP_NAMED = re.compile(r"^(?:楼主|作者|原帖作者|发帖人|樓主|發帖人)[：:]\s*(?P<user>[^\s：:|｜]{1,16})")  # 楼主：潮鞋收藏家  发表于…
POSTED_AT = re.compile(r"^(?:发表于|發表於|发布于|發佈於)\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}")
FLOOR_ONLY = re.compile(r"^(?:回复\s*)?(?:\d{1,4}\s*楼|#\d{1,4}|\d{1,4}#)\s+(?P<user>[^\s：:]{1,16})$")  # 2楼 老王不喝酒,
# 回复 1# 山东机手小刘 (the reply below)
POSTER = re.compile(r"^(?:楼主[：:]?\s*|(?P<floor>\d{1,4})\s*楼\s+|#(?P<hash>\d{1,4})\s+|(?:沙发|板凳|地板)\s+)(?P<user>[^\s|｜]+)"
                    r"\s*[|｜]?\s*发表于")  # 楼主：奶爸老周 | 发表于…, 沙发 路人甲 | 发表于…
AUTHOR_LINE = re.compile(r"^(?:文|撰文|文字|作者|编辑|編輯|图|圖)\s*[|｜/丨]\s*\S{1,16}(?:\s+\S{1,8})?$")  # 文 | 汽车之心, 文 | 汽车商业评论 张凯
MENU = re.compile(r"^[^。，！？,.!?]{1,8}(\s*[|｜/·>»]\s*[^。，！？,.!?|｜]{1,12}){2,}$")  # …| 广告服务 | About Sina
PIPED_LINKS = re.compile(r"^[^。，！？,!?|｜]{1,20}(?:[|｜][^。，！？,!?|｜]{1,20}){3,}$")  # 首页 | 资讯 | 乳业 | 饮料, 关于我们 | …


@dataclass(frozen=True)
class Removal:
    """A piece of the input that cleaning removed, and why."""

    text: str
    reason: str


def cjk_count(text: str) -> int:
    """Number of CJK ideographs in text."""
    return len(CJK_CHAR.findall(text))


def boilerplate_reason(line: str) -> str | None:
    """Why a single line is boilerplate, or None when it is content."""
    stripped = line.strip()
    if REPEATED_LINE.match(stripped):
        return "repeated site banner"
    if NAVIGATION.match(stripped) and len(stripped) <= SHORT_META:
        return "navigation link"
    if META_LINE.match(stripped) and len(stripped) <= SHORT_META and not is_sentence_after_label(stripped):
        return "byline, source or copyright line"
    if COPYRIGHT.search(stripped) and len(stripped) <= SHORT_META:
        return "byline, source or copyright line"
    if AUTHOR_LINE.match(stripped):
        return "byline, source or copyright line"
    if is_dateline(stripped):
        return "dateline"
    if MENU.match(stripped) or CHANNEL.match(stripped) or MORE_LINK.match(stripped) or PIPED_LINKS.match(stripped):
        return "navigation link"
    if TRACKING_ID.match(stripped):
        return "tracking id"
    if SECTION_LABEL.match(stripped):
        return "section label"
    if BRACKETED_BYLINE.fullmatch(stripped) and re.search("记者|記者|报道|报导|報道|報導|讯|訊|日電|日电|社電|社电|^【電|^【电", stripped) \
            or REPORTER_BYLINE.fullmatch(stripped):
        return "byline, source or copyright line"  # 【经济日报／记者 钟惠玲／台北报导】, 每经记者 王晶晶
    if (FORUM_FURNITURE.match(stripped) or POSTED_AT.match(stripped) and not re.search(r"[。！？，]", stripped)) \
            and len(stripped) <= SHORT_META:
        return "forum post furniture"  # 发表于 2025-10-11 22:08  来自 汽车之家论坛  楼主：奶爸老陈
    if COUNTER.match(stripped):
        return "share or comment counter"
    if stripped and not CJK_CHAR.search(stripped) and not re.search(r"[A-Za-z]{3,}", stripped):
        return "no text (symbols or numbers only)"
    return None


def is_sentence_after_label(line: str) -> bool:
    """记者：今年的交付目标是多少？ is an interviewer's question, not a byline: a question, or a long sentence,
    after the label."""
    body = re.split(r"[：:]", line, maxsplit=1)[-1]
    return "？" in body or "?" in body or (body.endswith(("。", "！")) and cjk_count(body) >= 12)


def is_dateline(line: str) -> bool:
    """A line that opens with a date (2024/10/17 經濟日報), or a short line of a few words around one
    (汽车频道 2024-02-20 11:05), with no sentence in it."""
    if re.search(r"[。！？，]", line):
        return False
    if DATELINE.match(line) and len(line) <= 80:
        return True
    date = FULL_DATE_IN_LINE.search(line)
    return bool(date) and len(line) <= 40 and cjk_count(line[:date.start()] + line[date.end():]) <= 12


def dateline_date(line: str) -> str | None:
    """The ISO date a dateline line opens with (2014-03-05 10:20, 2014年3月5日), if it is a valid one."""
    m = re.match(r"[*_·\s(（\[【]*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})", line)
    if not m or not 1 <= int(m.group(2)) <= 12 or not 1 <= int(m.group(3)) <= 31:
        return None
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


BODY_DATELINE = re.compile(r"^(?:【[^】]{0,60}】)?[^，。]{0,24}?(?:(?P<year>(?:19|20)\d{2})年)?(?P<month>1[0-2]|0?[1-9])月(?P<day>3[01]|[12]\d|0?[1-9])日"
                           r"(?:消息|报道|电|讯|晚间|早间|午间|凌晨|上午|下午|晚|早)?(?:[，,\s]|发布|宣布|公布|举行|召开)")


def body_date(first_sentence: str, year: int | None) -> str | None:
    """The date a news body opens with (3月16日报道, 新浪科技讯 2020年11月17日，..., 【快讯标题】财联社9月2日电) when its
    year is known."""
    m = BODY_DATELINE.match(first_sentence)
    year = int(m.group("year")) if m and m.group("year") else year
    if not m or not year:
        return None
    return f"{year:04d}-{int(m.group('month')):02d}-{int(m.group('day')):02d}"


def is_list_item(line: str) -> bool:
    """A short line without sentence punctuation: a link in a list, not prose."""
    return len(line) <= 60 and not re.search(r"[。！？!?]", line)


def remove_boilerplate(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop banners, navigation, related-article lists, bylines and repeated short lines."""
    counts: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    kept: list[str] = []
    removed: list[Removal] = []
    in_related = False
    original_poster, in_reply = None, False
    for line in lines:
        poster = POSTER.match(line.strip()) or (FLOOR_ONLY.match(line.strip()) if original_poster else None)
        if original_poster is None and line.strip().startswith("发表于"):
            original_poster = "楼主"  # 发表于…｜浏览…: the original post, its author unnamed; later named posts are replies
        named_op = OP_NAMED.match(line.strip())
        if named_op and original_poster is None:
            original_poster = named_op.group("user")
        reply = None if poster else REPLY_HEAD.match(line.strip())
        if poster:  # 2楼 小卖家一枚 发表于…: another user's reply, up to the next post, is no part of the article
            original_poster = original_poster or poster.group("user")
            in_reply = poster.group("user") != original_poster
        elif reply and original_poster:  # 1楼  花粉一号：支持！ under a post by 数码老张: a reply
            in_reply = reply.group("user") != original_poster
        if in_reply or poster and FLOOR_ONLY.match(line.strip()):
            removed.append(Removal(line, "forum reply"))  # 回复 2# 铁甲老王: the poster's own reply, its head a line apart
            continue
        if in_related and is_list_item(line):
            removed.append(Removal(line, "related-articles list"))
            continue
        in_related = False
        if RELATED_HEADING.match(line) or RELATED_INLINE.match(line):
            in_related = True
            removed.append(Removal(line, "related-articles list"))
            continue
        reason = boilerplate_reason(line)
        if reason is None and counts[line] > 1 and len(line) <= 40:
            reason = "line repeated on the page"
        if reason:
            removed.append(Removal(line, reason))
        else:
            kept.append(line)
    return kept, removed


def strip_inline_noise(line: str) -> tuple[str, list[Removal]]:
    """Remove URLs and inline (责任编辑:X) notes from a line of content."""
    removed = [Removal(m.group(0), "URL") for m in URL.finditer(line)]
    removed += [Removal(m.group(0), "byline, source or copyright line") for m in INLINE_EDITOR.finditer(line)]
    removed += [Removal(m.group(0), "editorial note") for m in EDITORIAL_NOTE.finditer(line)]
    line = EDITORIAL_NOTE.sub("", INLINE_EDITOR.sub("", URL.sub("", line)))
    label = LEADING_LABEL.match(line)
    if label:  # 【快讯】2025年3月3日，…: the section label in front of the paragraph
        removed.append(Removal(label.group(0), "section label"))
        line = line[label.end():]
    return line.strip(), removed


def split_title(lines: list[str], given_title: str | None = None) -> tuple[str, list[str]]:
    """The title (given, or the first short line; a label such as 【快讯】 in front dropped) and the body."""
    title, body = _split_title(lines, given_title)
    title = re.sub(r"^【([^【】]{6,60})】$", r"\1", title.strip())  # 【格力电器：董明珠连任董事长】: a flash's headline
    title = TITLE_BUTTON.sub("", title).strip() or title  # 标题：… [复制链接]: a forum's button beside the thread's title
    return TITLE_LABEL.sub("", title) or title, body


def _split_title(lines: list[str], given_title: str | None = None) -> tuple[str, list[str]]:
    """The title (given, or the first short line) and the body lines after it."""
    if given_title:
        body = [ln for ln in lines if ln != given_title]
        return given_title, body
    while len(lines) > 2 and len(lines[0]) < 6 and not re.search(r"[。！？!?]", lines[0]):
        lines = lines[1:]  # a site or section name above the title
    if not lines:
        return "", []
    first = lines[0]
    if len(lines) > 1 and len(first) <= 80 and not re.search(r"[。!?！？]$", first):
        return first, lines[1:]
    if len(lines) > 1 and len(first) <= 40 and not re.search(r"[。!?！？]", first[:-1]) and first[-1] in "？?！!":
        return first.rstrip("？?！!"), lines[1:]  # 牛奶越来越便宜了？: a question for a headline
    head = split_sentences(first)
    title = head[0][0][:40] if head else first[:40]
    return title.rstrip("。！？!?"), lines


MAX_SENTENCE = 300
SOFT_BREAK = re.compile(r"[，；、,;：:\s]")


def split_sentences(text: str) -> list[tuple[str, int]]:
    """Sentences of text with their start offsets; ends are 。！？!? …… and a period between CJK.

    A run longer than MAX_SENTENCE characters (a table, a list, text without full stops) is cut at
    its last comma, semicolon or space before the limit, so every later step works on pieces of
    bounded length and costs time linear in the text."""
    out: list[tuple[str, int]] = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        end = m.end() if m.group(0).strip() else m.start()
        out += bounded_pieces(text, start, end)
        start = m.end()
    return out + bounded_pieces(text, start, len(text))


def bounded_pieces(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """text[start:end] stripped, as one sentence or, when too long, as pieces of at most MAX_SENTENCE."""
    out = []
    while start < end:
        cut = end
        if end - start > MAX_SENTENCE:
            window = text[start + MAX_SENTENCE // 2:start + MAX_SENTENCE]
            soft = [m.end() for m in SOFT_BREAK.finditer(window)]
            cut = start + MAX_SENTENCE // 2 + soft[-1] if soft else start + MAX_SENTENCE
        piece = text[start:cut]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((piece.strip(), start + lead))
        start = cut
    return out


def infer_year(title: str, text: str, latest: int = 2100) -> int | None:
    """The latest plausible year the article speaks from; target years (到2020年) do not count; None when
    it cannot be known (no year, or the latest year is only looked back on).

    When that year only ever introduces a full year's results (2013年交易额达到…, 2013年全年…, 截至2013年底) and
    the article also speaks of 今年 or 去年 (or says it publishes that year's results), it reports on a finished year: it
    speaks from the next one.
    """
    years = mentioned_years(title, text, latest)
    if not years:
        return coming_year(title + "\n" + text, latest)
    year = max(years)
    if looks_back_on(year, title + "\n" + text):
        return None  # 回顾2016年那个风波不断的本命年: written later, in a year the text does not say
    whole = title + "\n" + text
    contexts = [m.span() for m in re.finditer(rf"{year}\s*年", whole)]
    annual = all(ANNUAL.match(whole[end:end + 12]) or (whole.startswith(("底", "末"), end)
                                                      and re.search(r"(?:截至|截止|截止到)\s*$", whole[max(0, start - 4):start]))
                 for start, end in contexts)  # 截至2024年底: the year is over
    published = re.search(rf"(?:发布|公布|披露|发表|递交){year}\s*年(?:全年|年度|全年度)?(?:业绩|财报|年报|财务报告)"
                          rf"|(?:招股书|招股说明书|年报)显示[，,]?\s*{year}\s*年(?:全年|度)?[^，。；]{{0,16}}?(?:营收|收入|净利润|亏损)", whole)
    if contexts and (annual and re.search("今年|去年|今日|今天", text) or published) and year + 1 <= latest:
        return year + 1  # 3月25日晚，第四范式发布2024年全年业绩公告: written in the year after
    return year


LOOKING_BACK_BEFORE = re.compile(r"(回顾|回望|回想|回首|回到|早在|那是|想当年|彼时的?)\s*$")
LOOKING_BACK_AFTER = re.compile(r"\s*年?(那个|那一年|那年|的那[个场次段]|那时|当时)")


def looks_back_on(year: int, text: str) -> bool:
    """Whether every mention of the year looks back on it as past (回顾2016年, 2016年那个本命年): the
    article then speaks from a later year it does not name."""
    spans = [m.span() for m in re.finditer(rf"(?<!\d){year}(?!\d)", text)]
    return bool(spans) and all(LOOKING_BACK_BEFORE.search(text[max(0, a - 6):a]) or LOOKING_BACK_AFTER.match(text, b)
                               for a, b in spans)


ANNUAL = re.compile(r"(全年|度|财年|年报|[^，。；]{0,6}?(交易额|营收|营业收入|销售收入|收入|销售额|净利润|利润|出货量|发货量|交付量|装机量|销量|GTV|"
                    r"GMV|成交额)(?:达到|达|为|实现|超过|约|共|同比))")


COMING_DAY = re.compile(r"将(?:于|在)?\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def coming_year(text: str, latest: int) -> int | None:
    """The year of the days an article says are coming (方三文将于2025年7月31日卸任), when it names no other year: a
    change announced weeks ahead is dated in the article's own year."""
    years = {int(y) for y in COMING_DAY.findall(text)}
    every = {int(m.group(1)) for m in YEAR.finditer(text)}
    return years.pop() if len(years) == 1 and every <= years and min(years) <= latest else None


PERIOD_OPENING = re.compile(r"(?:[一二三四两1-4]个?季度?|[一二三四五六七八九十两\d]{1,2}个?月|半年)")


def mentioned_years(title: str, text: str, latest: int) -> list[int]:
    """Plausible years named in the title and text (not target years such as 到2020年)."""
    years = []
    for source in (title, text):
        for m in YEAR.finditer(source):
            if YEAR_NOT_NOW.search(source[max(0, m.start() - 6):m.start()]):
                continue
            if source[m.end():m.end() + 3].startswith(("年前", "年以前", "年之前")) \
                    and not PERIOD_OPENING.match(source, m.end() + 2):
                continue  # 2020年前完成: a deadline (not 2025年前三季度, the year's first months)
            year = int(m.group(1))
            if 1980 <= year <= latest:
                years.append(year)
    return years


ASIDE = re.compile(rf"[（(](?:花名|英文名|昵称|绰号|外号|艺名|又名|人称)(?:[：:]?[^）)]{{1,16}})?[）)]"
                   rf"|(?<=[{CJK}])[（(][A-Z][a-z]+(?:[ .][A-Z][a-z]+){{1,3}}[）)]")  # 李想（Li Xiang）, not (MSG)
LATIN_CJK_SPACE = re.compile(rf"(?<=[A-Za-z0-9%])[ \u00a0](?=[{CJK}])|(?<=[{CJK}])[ \u00a0](?=[A-Za-z0-9])")
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_PUNCT_IN_CONTEXT = re.compile(r"[,;:?!]")


def normalise_punctuation(text: str) -> str:
    """Full-width letters and digits to half-width; half-width ,;:?! to full-width unless between digits or Latin words."""
    text = "".join(chr(ord(c) - 0xFEE0) if "\uff10" <= c <= "\uff5a" else c for c in text)
    text = text.replace("\u3000", " ")
    text = LATIN_CJK_SPACE.sub("", text)  # web typesetting puts a space between Latin and Chinese: QQ 音乐
    text = ASIDE.sub("", text)  # 张勇（花名：逍遥子）正式接任: the aside would stand between the name and its verb

    def repl(m: re.Match) -> str:
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if before.isascii() and before.isalnum() and after.isascii() and (after.isalnum() or after == " "):
            return m.group(0)
        return _HALF_TO_FULL[m.group(0)]

    return _PUNCT_IN_CONTEXT.sub(repl, text)
