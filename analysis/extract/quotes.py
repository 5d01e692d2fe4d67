"""Quotes and their speakers, with and without quote marks.

Forms read:  X说/表示/认为/称/指出，…   X(曾)表达过…：…   据X介绍，…   “…”X说 / X说：“…”
and the stripped form where the speaker follows the words in a sentence of its own
(…没有用。阿里巴巴O2O事业部总经理吴倩说。). The speaker may be a person, an organisation or a
role (微购物运营负责人); a person named in the speaker phrase is taken as the speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from ..io.load import Document
from ..nlp.lexicon import canonical_org, org_alias_index, titles
from ..nlp.mentions import Matcher

SPEECH = r"(?:说道|写道|讲过|讲道|说|表示|认为|(?<![简号堪俗被人自声])称|指出|介绍|透露|坦言|强调|直言|坦承|回应|预计|预估|解释|补充|告诉记者|表态)"
ADVERBS = r"(?:曾经|曾|也|还|则|近日|日前|此前|今天|昨天|昨日|日前|随后|同时|进一步|对媒体|对记者|向记者|在接受.{1,12}?采访时)"
SPEAKER = r"(?P<speaker>[^，。；：？！、“”\"]{2,30}?)"
LEAD = re.compile(SPEAKER + rf"(?:{ADVERBS}|对[^，。；：]{{1,10}}?|在[^，。；：]{{1,16}}?中)*{SPEECH}(?:过|道)?[，：:]\s*(?P<text>.+)$")
LEAD_BARE = re.compile(SPEAKER + rf"(?:{ADVERBS})*(?:表示|称|透露|强调|指出)(?P<text>(?:公司|集团|我们|未来|今年|明年|目前|该公司)"
                       r"[^，。；]{4,}.*)$")  # 首席财务官杨志辉表示公司将继续回购股份: a person's words with no comma after the verb
COLON = re.compile(SPEAKER + r"(?:曾|也)?(?:表达过|谈到过|提到过|描述过|表示过|说过)[^：:]{0,20}[：:]\s*(?P<text>.+)$")
ACCORDING = re.compile(r"据(?P<speaker>[^，。；：了]{2,20}?)(?:介绍|透露|表示|称|说)[，：:]\s*(?P<text>.+)$")
NAMED_COLON = re.compile(r"^(?:答[：:]\s*|@)?(?P<speaker>[\u4e00-\u9fff·A-Za-z ]{2,12}?)[：:]\s*(?P<text>.+)$")  # 周源：…
TRAILING = re.compile(SPEAKER + rf"(?:方面)?(?:{ADVERBS}|对[^，。；：]{{1,10}}?)*{SPEECH}[。！!]?$")
# every verb that any form above needs, without their look-behinds: a text with none of them holds no quote
SPEECH_CUE = re.compile(r"说|写道|讲过|讲道|表示|认为|称|指出|介绍|透露|坦言|强调|直言|坦承|回应|预计|预估|解释|补充|告诉记者|表态|表达过|谈到过|"
                        r"提到过|描述过")
MAX_BACK = 2
MAX_UNIT = 8  # sentences a quote may run across before an open mark is taken as stray
NARRATOR_OPENINGS = ("目前", "此外", "另外", "据", "例如", "其中", "与此同时", "记者", "数据显示", "报告显示")


@dataclass(frozen=True)
class Quote:
    """What someone said, the speaker and the sentences it came from."""

    speaker: str
    text: str
    evidence: str
    sentence: int


ANONYMOUS = re.compile(r"(人士|分析师|专家|知情者|消息源|网友|评论员|观察家|研究员|从业者|投资者|消费者|用户)(评论|留言)?$"
                       r"|^(业内|业界|外界|市场|坊间|有人|分析|法人|机构|券商)$|相关负责人$")  # 法人指出: Taiwan's institutional investors
NOT_SPEAKERS = re.compile(r"(内部信|信中|邮件|公告|财报|报告|声明|通知|文件|数据|资料|调查|研究|消息|报道|答|问)$")


def speaker_name(phrase: str, people: set[str]) -> str | None:
    """The speaker in a phrase: a person named in it, else a known organisation, else a role or name."""
    phrase = phrase.strip()
    if re.fullmatch(rf"(?:他|她|其)(?:{ADVERBS})*", phrase):
        return None  # 他还透露: the pronoun's person is found by pronoun_quote
    named = [p for p in people if p in phrase]
    if named:
        return max(named, key=lambda p: phrase.rfind(p))
    insider = re.search(r"([\u4e00-\u9fffA-Za-z0-9]{2,12}(?:员工|人士|高管|负责人|工作人员|内部人士|发言人))$", phrase)
    if insider and "的" in phrase:
        phrase = insider.group(1).split("的")[-1]  # 一位不愿具名的阿里巴巴员工 -> 阿里巴巴员工
    phrase = re.sub(r"^(此外|另外|同时|不过|但是|但|而|对此|其中|目前)", "", phrase).strip()
    phrase = re.sub(r"(方面)?(回应|回复|证实|确认|对此)?$", "", phrase) or phrase
    phrase = re.sub(r"(方面|官方|分析|普遍|一致|纷纷)$", "", phrase) or phrase
    if re.match(r"(?:看|听|据|有)(?:新闻|报道|朋友|人|说)", phrase) or re.fullmatch(r"(?:大家|各位|大伙|网友们|朋友们|你们)说?", phrase):
        return None  # 看新闻说, 听朋友说: hearsay, nobody a reader can hold to the words; 大家说说: asking the readers
    if re.search(r"(?:以|用|通过|凭借|借助)[\u4e00-\u9fffA-Za-z0-9]{2,}$", phrase):
        return None  # 格力则以云佳系列回应: answered with a product, said nothing
    if phrase in org_alias_index():
        return canonical_org(phrase)
    if ANONYMOUS.search(phrase):
        return None  # 业内人士认为, 一位不愿具名的分析师: nobody a reader can hold to the words
    if NOT_SPEAKERS.search(phrase):
        return None  # 内部信称, 财报显示: a document, not a speaker
    after_title = max(((phrase.rfind(t) + len(t), t) for t in titles() if t in phrase), default=None)
    if after_title and 2 <= len(phrase) - after_title[0] <= 4:
        return phrase[after_title[0]:]  # 传音控股董事长竺兆江: the name after the title, not the whole phrase
    if phrase.endswith(titles()) or re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]{2,12}", phrase):
        return phrase if not re.search(r"[的了是在和与这那]", phrase) else None
    return None


def is_attribution_only(sentence: str, people: set[str]) -> str | None:
    """The speaker when a sentence is nothing but an attribution (阿里巴巴方面说。)."""
    m = TRAILING.match(sentence)
    return speaker_name(m.group("speaker"), people) if m else None


def quoted_units(sentences: Sequence[str]) -> list[tuple[int, int]]:
    """Sentence ranges (first, last) that belong together because a quote mark stays open across them."""
    ranges, start, depth = [], None, 0
    for i, s in enumerate(sentences):
        if depth == 0:
            start = i
        depth = max(0, depth + s.count("“") + s.count("「") - s.count("”") - s.count("」"))
        if depth and i - start + 1 >= MAX_UNIT:
            depth = 0  # a mark left open this long is a stray one, not a quote
        if depth == 0:
            ranges.append((start, i))
    if depth and start is not None:
        ranges.append((start, len(sentences) - 1))
    return ranges


def find_quotes(doc: Document, people: set[str]) -> list[Quote]:
    """Every quote in an article, in order."""
    texts = [s.text for s in doc.sentences]
    names = Matcher(people)
    quotes: list[Quote] = []
    units = quoted_units(texts)
    consumed = -1
    for n, (first, last) in enumerate(units):
        unit = "".join(texts[first:last + 1])
        if first <= consumed or not SPEECH_CUE.search(unit) and "：" not in unit and ":" not in unit:
            continue  # the cheap test first: no verb of speech and no colon, no quote
        before = texts[max(0, first - 4):first]
        quote = marked_quote(unit, people) or inline_quote(unit, people) or pronoun_quote(unit, before, names)
        if quote:
            answer = bool(NAMED_COLON.match(unit)) and (unit.startswith("答") or first > 0 and texts[first - 1].endswith(("？", "?")))
            more = continued_speech(doc, units[n + 1:], answer)
            consumed = more[-1][1] if more else last
            words = quote[1] + "".join("".join(texts[a:b + 1]).strip("“”「」\"") for a, b in more)
            quotes.append(Quote(quote[0], words, "".join(texts[first:consumed + 1]), first))
            continue
        speaker = is_attribution_only(unit, people) or pronoun_attribution(unit, before, names)
        if speaker and first > 0:
            back = preceding_statement(texts, first)
            words = "".join(texts[back:first]).strip("“”「」\"")
            quotes.append(Quote(speaker, words, "".join(texts[back:last + 1]), back))
    return quotes


SAYING_IDIOMS = re.compile(r"说到底|说实话|说白了|说真的|说起来|说实在的|也就是说|换句话说|可以说|应该说|比如说|虽说|据说")  # no one
# else speaking


def continued_speech(doc: Document, following: Sequence[tuple[int, int]], answer: bool) -> list[tuple[int, int]]:
    """The units after a quote, in its paragraph, that go on with the same speech: a sentence wholly in quote marks
    (…表示，….“扫地机器人已经进入拼技术的阶段。”), or any sentence of an interview's answer (答：钟波：…。我们不跟着降价…)
    up to a colon's new label (问：, 招股书显示：)."""
    more: list[tuple[int, int]] = []
    for first, last in following:
        start = doc.sentences[first].start
        previous = doc.sentences[first - 1]
        if "\n" in doc.text[previous.start:start]:
            break  # a new paragraph
        text = "".join(s.text for s in doc.sentences[first:last + 1])
        if text.startswith(NARRATOR_OPENINGS) or re.search(r"[：:]", text) and not text.startswith(("“", "「")) \
                or not (answer and not SPEECH_CUE.search(SAYING_IDIOMS.sub("", text)) or re.fullmatch(r"[“「][^“”「」]+[”」]。?", text)):
            break
        more.append((first, last))
    return more


PRONOUN = re.compile(rf"(?:^|[，,]|^答[：:])(?:对此|随后|同时|此外)?(?:他|她)(?:{ADVERBS}|在[^，。；：]{{1,16}}?[中上])*{SPEECH}[，：:]\s*"
                     rf"(?P<text>.+)$")  # 他在一次内部分享中说


def pronoun_quote(sentence: str, before: Sequence[str], people: Matcher) -> tuple[str, str] | None:
    """他表示，…: the speaker is the person named last before this sentence."""
    m = PRONOUN.search(sentence)
    speaker = last_person(before, people) if m else None
    return (speaker, m.group("text").strip().strip("“”「」\"")) if speaker else None


def last_person(before: Sequence[str], people: Matcher) -> str | None:
    """The person named last in the few sentences before."""
    for text in reversed(before[-3:]):
        named = [(text.rfind(p), p) for _, p in people.finditer(text)]
        if named:
            return max(named)[1]
    return None


def pronoun_attribution(sentence: str, before: Sequence[str], people: Matcher) -> str | None:
    """…，他说。 as a sentence of its own: the person named last before the words."""
    if re.fullmatch(rf"(?:他|她)(?:{ADVERBS})*{SPEECH}[。！!]?", sentence):
        return last_person(before[:-1], people) or last_person(before, people)
    return None


def is_spoken(text: str) -> bool:
    """Whether the words after 'NAME：' are said (a sentence, or in the first person), not a line of a list of
    appointments (方合英：2024年3月起任中信银行董事长)."""
    return bool(re.search(r"[。！？!?…”」\"]\s*$|我|咱", text))


def inline_quote(sentence: str, people: set[str]) -> tuple[str, str] | None:
    """Speaker and words when the speaker comes first: X表示，… / X曾表达过…：… / 据X介绍，… / 答：周源：…"""
    named = NAMED_COLON.match(sentence)
    if named and named.group("speaker") in people and len(named.group("text")) >= 6 and is_spoken(named.group("text")):
        return named.group("speaker"), named.group("text").strip().strip("“”「」\"")
    for pattern in (COLON, ACCORDING, LEAD, LEAD_BARE):
        m = pattern.search(sentence)
        if m and pattern is LEAD and speaker_name(m.group("speaker"), people) is None and pattern.search(m.group("text")):
            m = pattern.search(m.group("text"))  # 看新闻说，龚宇在财报会上讲过，…: the speaker of the words reported
        if m:
            speaker = speaker_name(m.group("speaker"), people)
            text = m.group("text").strip().strip("“”「」\"")
            if speaker and len(text) >= 6 and (pattern is not LEAD_BARE or speaker in people):
                return speaker, text
    return None


def is_quotation(sentence: str, part: re.Match) -> bool:
    """Whether words in quote marks are said (表示：“…”, “…”他说, or a sentence of their own), not a name or a
    slogan marked inside a sentence (坚持“综合金融+医疗养老”战略, 喜力和“SuperX”)."""
    before, after = sentence[:part.start()], sentence[part.end():]
    said_before = re.search(r"[：:，,]\s*$", before) or not before.strip()
    said_after = re.match(rf"\s*[，,]?\s*{SPEAKER}?(?:{ADVERBS})*{SPEECH}", after) or not after.strip("。！？ ")
    return bool(said_before or said_after) and not part.group("text").isascii()


def marked_quote(sentence: str, people: set[str]) -> tuple[str, str] | None:
    """Words in quote marks, with the speaker before or after them."""
    parts = [p for p in re.finditer(r"[“「](?P<text>[^”」]{2,})[”」]", sentence) if is_quotation(sentence, p)]
    words = "".join(p.group("text") for p in parts)
    if len(words) < 6:
        return None
    rest = "。".join(re.split(r"[“「][^”」]{2,}[”」]", sentence))
    parts = re.split(r"[。，]", rest)
    for part in parts:
        sp = re.search(SPEAKER + rf"(?:{ADVERBS})*{SPEECH}", part)
        if sp:
            speaker = speaker_name(sp.group("speaker"), people)
            if speaker:
                return speaker, words
    if len(parts) > 1 and any(re.fullmatch(rf"(?:并|还|同时|也|又|并且)(?:{ADVERBS})*{SPEECH}", p) for p in parts[1:]):
        named = [p for p in people if parts[0].startswith(p) or re.search(rf"(?:CEO|总裁|董事长|创始人|总经理){re.escape(p)}", parts[0])]
        if named:
            return named[0], words  # 周源在内部邮件中感谢…，并称“…”: the subject of the sentence said it
    return None


def preceding_statement(texts: Sequence[str], index: int) -> int:
    """Where the words of a trailing attribution begin: up to MAX_BACK sentences back, stopping at a
    question, a sentence with its own speaker, or another attribution."""
    back = index - 1
    while back - 1 >= 0 and index - back < MAX_BACK:
        previous = texts[back - 1]
        if re.search(r"[？?]$", previous) or re.search(SPEECH + r"[，：:。]", previous):
            break
        back -= 1
    while back < index - 1 and texts[back].startswith(NARRATOR_OPENINGS):
        back += 1  # 目前，… opens the narrator's own text, not the speaker's
    return back
