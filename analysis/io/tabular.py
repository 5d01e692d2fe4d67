"""Exports of news databases and scrapers: CSV, TSV, Excel, JSON and JSON Lines, one article a row.

pandas reads Excel workbooks; Python's own csv and json modules read the text formats (importing pandas
costs a quarter of a second, more than parsing a large CSV, and would hold back the first articles).
Columns are found by their usual names (text, content, 正文, 内容; title, 标题; date, 发布时间, 日期;
source, 来源, 媒体; url, 链接; id) or given by the user. Every row becomes a Document or a Skipped
record naming the file, the row and the reason.
"""
from __future__ import annotations

import csv
import datetime
import io
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .cleaning import cjk_count
from .load import MIN_CJK, Document, Skipped, UnusableFile, build_document, decode_bytes, text_from_html

FIELDS = ("text", "title", "date", "source", "url", "id")
COLUMN_NAMES = {
    "text": ("text", "content", "body", "article", "fulltext", "full_text", "正文", "内容", "全文", "文章内容", "新闻内容"),
    "title": ("title", "headline", "标题", "题目", "新闻标题"),
    "date": ("date", "published", "publish_date", "publish_time", "pubdate", "pub_date", "datetime", "time",
             "发布时间", "日期", "时间", "发布日期", "发表时间"),
    "source": ("source", "media", "outlet", "publisher", "site", "来源", "媒体", "出处", "网站"),
    "url": ("url", "link", "href", "链接", "网址", "原文链接"),
    "id": ("id", "doc_id", "article_id", "uid", "编号"),
}
LOOKS_LIKE_HTML = re.compile(r"<(p|div|br|span|a|html|body|h\d)\b[^>]*>", re.I)
CN_DATE = re.compile(r"((?:19|20)\d{2})\s*[年/.\-]\s*(\d{1,2})(?:\s*[月/.\-]\s*(\d{1,2}))?")


def find_columns(names: list[str], chosen: dict[str, str]) -> dict[str, str]:
    """The column for each field: the user's choice, else the first column with a usual name."""
    lowered = {str(n).strip().lower(): n for n in names}
    found = {}
    for field in FIELDS:
        if chosen.get(field):
            if chosen[field] not in names:
                raise UnusableFile(f"no column named {chosen[field]!r} (columns: {', '.join(map(str, names))})")
            found[field] = chosen[field]
            continue
        match = next((lowered[c] for c in COLUMN_NAMES[field] if c in lowered), None)
        if match is not None:
            found[field] = match
    if "text" not in found:
        raise UnusableFile("no text column (name it text, content, 正文 or 内容, or choose one with --text-col); "
                           f"columns: {', '.join(map(str, names))}")
    return found


def iso_date(value: object) -> str | None:
    """An export's date cell as an ISO date (2014-03-01, 2014-03, 2014), or None when it is no date."""
    text = str(value or "").strip()
    if not text or text.lower() in ("nan", "nat", "none", "null"):
        return None
    m = CN_DATE.search(text)
    if m:
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
        if not 1 <= month <= 12 or day > 31:
            return None
        return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    if re.fullmatch(r"\d{10}(\d{3})?", text):  # a Unix timestamp in seconds or milliseconds
        try:
            return datetime.datetime.fromtimestamp(int(text[:10]), tz=datetime.timezone.utc).strftime("%Y-%m-%d")
        except (OverflowError, OSError, ValueError):
            return None
    return None


def cell(row: dict, columns: dict[str, str], field: str) -> str:
    """A row's value for a field as stripped text ('' when missing)."""
    value = row.get(columns[field]) if field in columns else None
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def row_document(row: dict, columns: dict[str, str], file: Path, where: str, number: int,
                 max_bytes: int) -> Document | Skipped:
    """One row as a Document, or Skipped with the reason."""
    source = f"{where} {'line' if file.suffix.lower() in ('.jsonl', '.ndjson') else 'row'} {number}"
    text = cell(row, columns, "text")
    if not text:
        return Skipped(source, f"no text in column {columns['text']!r}")
    if len(text.encode("utf-8")) > max_bytes:
        return Skipped(source, f"text too large (over {max_bytes / 2**20:.0f} MB)")
    title = cell(row, columns, "title") or None
    if LOOKS_LIKE_HTML.search(text):
        text, html_title = text_from_html(text)
        title = title or html_title or None
    if cjk_count(text) < MIN_CJK:
        return Skipped(source, f"no Chinese text (fewer than {MIN_CJK} Chinese characters)")
    doc_id = re.sub(r"[^\w\-.]+", "_", cell(row, columns, "id")) or f"{file.stem}_{number}"
    try:
        doc = build_document(doc_id, source, (title + "\n" if title else "") + text, "utf-8", title,
                             iso_date(cell(row, columns, "date")), cell(row, columns, "source") or None,
                             cell(row, columns, "url") or None)
    except Exception as err:  # an unforeseen failure on one row must not stop the file
        return Skipped(source, f"could not be processed ({type(err).__name__}: {err})")
    return doc if doc.sentences else Skipped(source, "nothing left after removing boilerplate")


@dataclass
class Table:
    """A sheet or a file of rows: its column names, and each row as a dict by column."""

    columns: list[str]
    rows: list[dict]


def unique_names(header: list[str]) -> list[str]:
    """Column names made unique as pandas makes them (a, a.1, a.2)."""
    seen: dict[str, int] = {}
    names = []
    for name in header:
        names.append(f"{name}.{seen[name]}" if name in seen else name)
        seen[name] = seen.get(name, 0) + 1
    return names


def csv_table(text: str, delimiter: str) -> tuple[Table, list[list[str]]]:
    """A CSV or TSV text as a Table, and its malformed lines (more fields than the header)."""
    lines = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter) if row]
    if not lines:
        return Table([], []), []
    header = unique_names(lines[0])
    rows, malformed = [], []
    for fields in lines[1:]:
        if len(fields) > len(header):
            malformed.append(fields)
        else:
            rows.append(dict(zip(header, fields + [""] * (len(header) - len(fields)))))
    return Table(header, rows), malformed


def records_table(records: list) -> Table:
    """A list of JSON objects as a Table (columns in the order they first appear)."""
    rows = [r for r in records if isinstance(r, dict)]
    return Table(list(dict.fromkeys(key for row in rows for key in row)), rows)


def read_tables(file: Path) -> Iterator[tuple[str, Table | Exception]]:
    """The tables of a file with a label each (one per sheet for Excel), or the error reading one."""
    suffix = file.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".xls"):
        import pandas as pd  # only for workbooks

        try:
            book = pd.ExcelFile(file)
        except Exception as err:
            yield "", err
            return
        for sheet in book.sheet_names:
            try:
                frame = pd.read_excel(book, sheet_name=sheet, dtype=str)
                yield f"sheet {sheet}", Table([str(c) for c in frame.columns], frame.to_dict("records"))
            except Exception as err:
                yield f"sheet {sheet}", err
        return
    try:
        text, _ = decode_bytes(file.read_bytes())
        if suffix == ".json":
            data = json.loads(text)
            if isinstance(data, dict):
                data = next((v for v in data.values() if isinstance(v, list)), [data])
            yield "", records_table(data)
        else:
            table, malformed = csv_table(text, "\t" if suffix == ".tsv" else ",")
            yield "", table
            for fields in malformed:
                yield "malformed line", UnusableFile(f"a line with {len(fields)} fields where the header has "
                                                     f"{len(table.columns)}: {','.join(fields)[:60]!r}")
    except Exception as err:
        yield "", err


def jsonl_rows(file: Path) -> Iterator[tuple[int, dict | str]]:
    """(line number, object) for each line of a JSON Lines file, or the reason a line is broken."""
    text, _ = decode_bytes(file.read_bytes())
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield number, f"broken JSON ({err.msg} at column {err.colno})"
            continue
        yield number, obj if isinstance(obj, dict) else "not a JSON object"


def read_table_articles(file: Path, source: str, chosen: dict[str, str],
                        max_bytes: int) -> Iterator[Document | Skipped]:
    """Every row of an export as a Document or a Skipped record."""
    if file.suffix.lower() in (".jsonl", ".ndjson"):
        yield from read_jsonl_articles(file, source, chosen, max_bytes)
        return
    for label, table in read_tables(file):
        where = f"{source} {label}".strip()
        if isinstance(table, UnusableFile):
            yield Skipped(where, str(table))
            continue
        if isinstance(table, Exception):
            yield Skipped(where, f"cannot be read as a table ({type(table).__name__}: {table})")
            continue
        if not table.rows:
            yield Skipped(where, "no rows")
            continue
        try:
            columns = find_columns(list(table.columns), chosen)
        except UnusableFile as err:
            yield Skipped(where, str(err))
            continue
        for number, row in enumerate(table.rows, 1):
            yield row_document(row, columns, file, where, number, max_bytes)


def read_jsonl_articles(file: Path, source: str, chosen: dict[str, str],
                        max_bytes: int) -> Iterator[Document | Skipped]:
    """Every line of a JSON Lines export as a Document or a Skipped record."""
    for number, row in jsonl_rows(file):
        if isinstance(row, str):
            yield Skipped(f"{source} line {number}", row)
            continue
        try:
            columns = find_columns(list(row), chosen)
        except UnusableFile as err:
            yield Skipped(f"{source} line {number}", str(err))
            continue
        yield row_document(row, columns, file, source, number, max_bytes)
