"""Loading: files to Documents. Decode, extract text from HTML/Markdown, clean, split.

Every input file becomes either a Document or a Skipped record with its reason:
nothing vanishes silently, and nothing in the input folder is ever written.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator, Sequence

from .cleaning import (FULL_DATE_IN_LINE, Removal, body_date, cjk_count, dateline_date, infer_year,
                       normalise_punctuation, remove_boilerplate, split_sentences, split_title, strip_inline_noise)

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".text"}
MAX_BYTES = 5 * 1024 * 1024  # about 1.7 million Chinese characters: hundreds of articles in one file
MIN_CJK = 20
BINARY_MAGIC = {b"%PDF": "PDF", b"PK\x03\x04": "ZIP/Office", b"\x89PNG": "PNG image",
                b"GIF8": "GIF image", b"\xff\xd8\xff": "JPEG image", b"\x7fELF": "executable"}
COMMON_CHARS = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后"
    "多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因"
    "由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问"
    "意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山"
    "统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东"
    "导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积"
    "示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书"
    "布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太准精值号率族维划选"
    "标写存候亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"
    "們這個來時會為說國發對動過後學開經還種麼當產現體實從業機應長進關點與樣問題"
)


@dataclass(frozen=True)
class Sentence:
    """One sentence: the analysed (simplified, normalised) text and where it stands in the original."""

    index: int
    text: str
    original: str
    start: int


@dataclass(frozen=True)
class Document:
    """One article after decoding and cleaning."""

    id: str
    source: str
    title: str
    text: str
    original_text: str
    sentences: tuple[Sentence, ...]
    year: int | None
    encoding: str
    script: str
    removed: tuple[Removal, ...] = ()
    raw_chars: int = 0
    date: str | None = None
    outlet: str | None = None
    url: str | None = None

    @property
    def chars(self) -> int:
        """Characters in the cleaned body."""
        return len(self.text)

    @property
    def fingerprint(self) -> str:
        """A short hash of the cleaned text, stable across runs."""
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Skipped:
    """An input file that could not be used, and why."""

    source: str
    reason: str


@dataclass
class Corpus:
    """The documents of a folder and the files that were skipped."""

    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class NoUsableArticles(RuntimeError):
    """Raised when a folder holds no article that can be analysed."""


class UnusableFile(ValueError):
    """Raised by the readers when a file cannot be used; the message is the reason."""


def list_input_files(path: str | Path) -> list[Path]:
    """Every file below path (or path itself), sorted; hidden folders are passed over."""
    root = Path(path)
    if not root.exists():
        raise FileNotFoundError(f"no such file or folder: {root}")
    if root.is_file():
        return [root]
    files = [p for p in root.rglob("*") if p.is_file()
             and not any(part.startswith(".") for part in p.relative_to(root).parts[:-1])]
    return sorted(files)


def sniff_binary(data: bytes) -> str | None:
    """A name for binary content (PDF, image, NUL bytes...), or None for text."""
    for magic, name in BINARY_MAGIC.items():
        if data.startswith(magic):
            return name
    head = data[:65536]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "NUL bytes"
    return None


def commonness(text: str) -> float:
    """Share of CJK characters that are among the most common Chinese characters."""
    cjk = [c for c in text[:20000] if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return 0.0
    return sum(c in COMMON_CHARS for c in cjk) / len(cjk)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a meta tag, if any."""
    m = re.search(rb"<meta[^>]+charset=[\"']?([\w\-]+)", data[:4096], re.I)
    return m.group(1).decode("ascii").lower() if m else None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM), GB18030/GBK or Big5; returns (text, encoding)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    declared = declared_charset(data)
    names = [declared] if declared and declared not in ("utf-8", "utf8") else []
    for enc in names + ["gb18030", "big5", "big5hkscs"]:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        candidates.append((commonness(text), enc == "gb18030", enc, text))
    if not candidates:
        raise UnusableFile("undecodable text (tried UTF-8, GB18030, Big5)")
    _, _, enc, text = max(candidates)
    return text, "gbk" if enc in ("gb18030", "gbk", "gb2312") else enc


class _TextFromHTML(HTMLParser):
    """Collects the visible text of a page, one block per line, and its title."""

    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
              "article", "header", "footer", "blockquote", "title", "dd", "dt", "ul", "ol"}
    HIDDEN = {"script", "style", "noscript", "template", "svg", "iframe", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.title = ""
        self.h1 = ""
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        if tag in ("title", "h1"):
            self._in = tag
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1
        if tag == self._in:
            self._in = None
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in == "title":
            self.title += data
        elif self._in == "h1" and not self.hidden:
            self.h1 += data
        if not self.hidden:
            self.parts.append(data)


def text_from_html(markup: str) -> tuple[str, str]:
    """The visible text of an HTML page and its title (h1, else <title> less its site name)."""
    parser = _TextFromHTML()
    parser.feed(markup)
    parser.close()
    title = parser.h1.strip() or re.split(r"\s*[_|｜]\s*|\s+-\s+", parser.title.strip())[0]
    return html.unescape("".join(parser.parts)), title.strip()


def text_from_markdown(markdown: str) -> tuple[str, str]:
    """Plain text of a Markdown file and its first heading."""
    title = ""
    lines = []
    for line in markdown.splitlines():
        heading = re.match(r"^\s{0,3}#{1,6}\s+(.*)", line)
        if heading and not title:
            title = heading.group(1).strip()
        line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+", "", line)
        lines.append(re.sub(r"(\*\*|__|`)", "", line))
    return "\n".join(lines), title


@functools.lru_cache(maxsize=1)
def _t2s():
    """The OpenCC traditional-to-simplified converter, built once."""
    import opencc
    return opencc.OpenCC("t2s")


KEPT_IN_SIMPLIFIED = "昇"  # a standard simplified character (通用规范汉字表, 2013) that OpenCC maps to 升: 华为昇腾, 欧冠昇


def to_simplified(text: str) -> str:
    """Traditional Chinese to simplified (OpenCC t2s), keeping the characters the current standard keeps."""
    converted = _t2s().convert(text)
    if len(converted) != len(text) or not any(c in text for c in KEPT_IN_SIMPLIFIED):
        return converted
    return "".join(o if o in KEPT_IN_SIMPLIFIED else c for o, c in zip(text, converted))


def detect_script(text: str) -> str:
    """'traditional' when converting to simplified changes a noticeable share of characters."""
    sample = text[:20000]
    converted = to_simplified(sample)
    changed = sum(a != b for a, b in zip(sample, converted)) if len(converted) == len(sample) else 1000
    return "traditional" if changed >= 3 and changed >= 0.02 * max(1, cjk_count(sample)) else "simplified"


ORIGINAL_TITLE = re.compile(r"^\s*(?:原标题|原標題)[:：]\s*(.{4,80}?)\s*$")
POSTER_LINE = ("楼主", "樓主", "发帖人", "發帖人")
POSTED = re.compile(r"(?:发表于|发布于|发布时间|发表时间|时间)[:：]?\s*((?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2})")


HEAD_IN_LINE = re.compile(r"^(?P<title>[^。！？]{6,60}?)\s+(?P<meta>(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
                          r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:来源|來源|作者|编辑|編輯|记者|記者|出处)[:：]\s*\S{1,20})*)"
                          r"\s+(?P<rest>\S.{20,})$")


def split_inline_head(content: list[str]) -> tuple[list[str], list[Removal]]:
    """A page flattened to one line (标题 2024年11月28日 来源:X 作者:Y 正文…): its title and body apart, the
    dateline between them removed."""
    head = HEAD_IN_LINE.match(content[0]) if content and len(content[0]) > 80 else None
    if head is None:
        return content, []
    return [head.group("title"), head.group("rest")] + content[1:], [Removal(head.group("meta"), "dateline")]


def dated_lines(removed: Sequence[Removal]) -> list[str]:
    """The removed lines that may carry the article's date: datelines, then dates posted in other furniture
    (发表于 2023-11-29), then the dates in bylines (来源：证券时报网 2023年11月29日) and forum post lines."""
    lines = [r.text for r in removed if r.reason == "dateline"]
    lines += [m.group(1) for r in removed if r.reason != "dateline" for m in [POSTED.search(r.text)] if m]
    return lines + [m.group(0) for r in removed if r.reason.startswith(("byline", "forum")) or r.text.startswith(POSTER_LINE)
                    for m in [FULL_DATE_IN_LINE.search(r.text)] if m]  # 楼主：X | 2025-09-18 22:03: the post's date


def first_date(lines: Sequence[str]) -> str | None:
    """The ISO date of the first line that opens with one, else of the first date inside a line
    (汽车频道 2024-02-20 11:05)."""
    opening = next((d for d in map(dateline_date, lines) if d), None)
    return opening or next((d for line in lines for m in [FULL_DATE_IN_LINE.search(line)] if m
                            for d in [dateline_date(m.group(0))] if d), None)


def build_document(doc_id: str, source: str, raw: str, encoding: str, given_title: str | None = None,
                   date: str | None = None, outlet: str | None = None, url: str | None = None) -> Document:
    """Clean raw text into a Document: boilerplate out, title and year found, sentences split.

    A given date (ISO, from an export's date column) is the article's date and sets its year."""
    lines = [ln.strip() for ln in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [ln for ln in lines if ln]
    lines, removed = remove_boilerplate(lines)
    content = []
    for line in lines:
        line, noise = strip_inline_noise(line)
        removed += noise
        if line:
            content.append(line)
    if content and not given_title and (original_title := ORIGINAL_TITLE.match(content[0])):
        given_title, content = original_title.group(1), content[1:]  # 原标题：…？ kept as a sentence
    reposted = next((m.group(1) for r in removed for m in [ORIGINAL_TITLE.match(r.text)] if m), None)
    if not given_title and reposted and (not content or len(content[0]) > 80 or re.search(r"[。！？]$", content[0])):
        given_title = reposted  # 原标题：… above a body that opens with a sentence: the article's title
    content, head = split_inline_head(content)
    removed += head
    title, body = split_title(content, given_title)
    original = "\n".join(body)
    script = detect_script(title + original)
    simplify = to_simplified if script == "traditional" else (lambda s: s)
    text = simplify(original)
    sentences = tuple(Sentence(i, normalise_punctuation(simplify(s)), s, start)
                      for i, (s, start) in enumerate(split_sentences(original)))
    title = simplify(title)
    datelines = dated_lines(removed)
    date = date or first_date(datelines)
    year = int(date[:4]) if date else infer_year(title + " " + " ".join(datelines), text)
    date = date or (body_date(sentences[0].text, year) if sentences else None)
    year = int(date[:4]) if date else year  # 2024年5月15日，百度…: the body's opening date gives the year
    return Document(id=doc_id, source=source, title=title, text=text, original_text=original,
                    sentences=sentences, year=year, encoding=encoding, script=script, removed=tuple(removed),
                    raw_chars=len(raw), date=date, outlet=outlet, url=url)


def read_article(path: Path, max_bytes: int = MAX_BYTES, source: str | None = None,
                 doc_id: str | None = None) -> Document:
    """Read one file into a Document; raises UnusableFile with the reason when it cannot be used."""
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES:
        raise UnusableFile(f"unsupported file type {suffix or '(none)'}: use .txt, .md, .html, "
                           ".csv, .tsv, .xlsx, .json or .jsonl")
    size = path.stat().st_size
    if size == 0:
        raise UnusableFile("empty file")
    if size > max_bytes:
        raise UnusableFile(f"file too large ({size / 2**20:.1f} MB; the limit is {max_bytes / 2**20:.0f} MB)")
    data = path.read_bytes()
    binary = sniff_binary(data)
    if binary:
        raise UnusableFile(f"not a text file (binary content: {binary})")
    raw, encoding = decode_bytes(data)
    title = None
    if suffix in (".html", ".htm"):
        raw, title = text_from_html(raw)
    elif suffix in (".md", ".markdown"):
        raw, title = text_from_markdown(raw)
    if not raw.strip():
        raise UnusableFile("empty file (only white space)")
    if cjk_count(raw) < MIN_CJK:
        raise UnusableFile(f"no Chinese text (fewer than {MIN_CJK} Chinese characters)")
    doc = build_document(doc_id or path.stem, source or str(path), raw, encoding, title or None)
    if not doc.sentences:
        raise UnusableFile("nothing left after removing boilerplate")
    return doc


def display_path(path: Path) -> str:
    """The path relative to the working folder when it lies below it, else as given."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def unique_id(doc: Document, seen: set[str]) -> Document:
    """The document, renamed with a numeric suffix when its id is already taken."""
    if doc.id not in seen:
        return doc
    k = 2
    while f"{doc.id}_{k}" in seen:
        k += 1
    return dataclasses.replace(doc, id=f"{doc.id}_{k}")


TABLE_SUFFIXES = {".csv", ".tsv", ".xlsx", ".xlsm", ".xls", ".json", ".jsonl", ".ndjson"}  # one article a row


def read_file_items(file: Path, max_bytes: int, columns: dict[str, str]) -> Iterator[Document | Skipped]:
    """The articles of one input file (one, or one a row of an export), or why it cannot be used."""
    source = display_path(file)
    if file.suffix.lower() in TABLE_SUFFIXES:
        yield from table_items(file, source, columns, max_bytes)
        return
    try:
        yield read_article(file, max_bytes, source, file.stem)
    except UnusableFile as err:
        yield Skipped(source, str(err))
    except OSError as err:
        yield Skipped(source, f"cannot be read ({err.strerror or err})")
    except Exception as err:  # an unforeseen failure on one file must not stop the run
        yield Skipped(source, f"could not be processed ({type(err).__name__}: {err})")


def table_items(file: Path, source: str, columns: dict[str, str], max_bytes: int) -> Iterator[Document | Skipped]:
    """The rows of an export as articles; an empty or unreadable export is one Skipped record."""
    from .tabular import read_table_articles

    count = 0
    try:
        if file.stat().st_size == 0:
            raise UnusableFile("empty file")
        for item in read_table_articles(file, source, columns, max_bytes):
            count += 1
            yield item
    except UnusableFile as err:
        yield Skipped(source, str(err))
        return
    except Exception as err:  # an unforeseen failure on one export must not stop the run
        yield Skipped(source, f"could not be processed ({type(err).__name__}: {err})")
        return
    if not count:
        yield Skipped(source, "no rows")


def iter_inputs(path: str | Path | Sequence[str | Path], max_bytes: int = MAX_BYTES,
                columns: dict[str, str] | None = None) -> Iterator[Document | Skipped]:
    """Every article (a Document with an id unique in the run) or skipped file or row below the given
    folders and files, one at a time, in sorted file order; raises FileNotFoundError for a missing path."""
    seen_ids: set[str] = set()
    paths = [path] if isinstance(path, (str, Path)) else list(path)
    files = list(dict.fromkeys(f for p in paths for f in list_input_files(p)))
    for file in files:
        for item in read_file_items(file, max_bytes, columns or {}):
            if isinstance(item, Document):
                item = unique_id(item, seen_ids)
                seen_ids.add(item.id)
            yield item


def load_corpus(path: str | Path | Sequence[str | Path], max_bytes: int = MAX_BYTES, require: bool = True,
                columns: dict[str, str] | None = None) -> Corpus:
    """Load every article below a folder, or the files and folders of a list (article files, and
    CSV/TSV/XLSX/JSON/JSONL exports with an article a row); unusable files and rows are skipped
    with their reason. `columns` names an export's columns (text, title, date, source, url, id).

    Raises FileNotFoundError for a missing path and NoUsableArticles when nothing
    can be analysed (unless require is False).
    """
    corpus = Corpus()
    for item in iter_inputs(path, max_bytes, columns):
        (corpus.documents if isinstance(item, Document) else corpus.skipped).append(item)
    if require and not corpus.documents:
        reasons = "; ".join(f"{s.source}: {s.reason}" for s in corpus.skipped[:20]) or "the folder is empty"
        raise NoUsableArticles(f"no usable article in {path} ({reasons})")
    return corpus
