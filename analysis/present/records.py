"""Records to the extractions file (format: shared/eval/FORMAT.md)."""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any, Iterator

import orjson

from ..io.load import Corpus, Skipped
from ..corpus.pipeline import RESULT_FIELDS, CorpusAnalysis, DocumentAnalysis, no_cyclic_gc
from ..extract.confidence import SCORED_KINDS, confidence
from ..extract.naming import field_names


SCALAR_TYPES = {str, int, float, bool, type(None)}


def to_json(value: Any) -> str:
    """Compact JSON with Chinese left readable (orjson: several times faster than json for the many small pieces)."""
    return orjson.dumps(value).decode()


def as_plain(value: Any) -> Any:
    """Dataclasses, tuples and nested containers as JSON-ready values."""
    if type(value) in SCALAR_TYPES:
        return value
    if isinstance(value, (list, tuple)):
        return [v if type(v) in SCALAR_TYPES else as_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: v if type(v) in SCALAR_TYPES else as_plain(v) for k, v in value.items()}
    names = field_names(type(value))
    if names is None:
        return value
    plain = {}
    for name in names:  # the scalar test inline: most fields are strings and numbers
        v = getattr(value, name)
        plain[name] = v if type(v) in SCALAR_TYPES else as_plain(v)
    return plain


def document_record(analysis: DocumentAnalysis) -> dict[str, Any]:
    """The extractions-file record of one analysed document; fields not yet extracted are empty lists."""
    doc = analysis.doc
    record: dict[str, Any] = {
        "id": doc.id, "source": doc.source, "title": doc.title, "text": doc.text, "year": doc.year,
        "date": doc.date, "outlet": doc.outlet, "url": doc.url,
        "encoding": doc.encoding, "script": doc.script, "sentences": len(doc.sentences),
    }
    for name in RESULT_FIELDS:
        facts = analysis.results.get(name, [])
        record[name] = as_plain(facts)
        if name in SCORED_KINDS:
            for plain, fact in zip(record[name], facts):
                plain["confidence"] = confidence(name, fact)
    return record


def skipped_record(skipped: Skipped) -> dict[str, Any]:
    """A skipped file or row with its reason."""
    return {"source": skipped.source, "reason": skipped.reason}


def extractions(corpus: Corpus, analysis: CorpusAnalysis) -> dict[str, Any]:
    """The whole extractions file: every document and every skipped file."""
    data = lazy_extractions(corpus, analysis)
    return {**data, "documents": list(data["documents"])}


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary file beside path, renamed onto it when the block ends without error (removed otherwise):
    a run interrupted or killed leaves the previous file whole."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(fd)
    partial = Path(name)
    os.chmod(partial, 0o666 & ~current_umask())  # as an ordinary new file would be, not mkstemp's 0600
    try:
        yield partial
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def current_umask() -> int:
    """The process's umask (read by setting it and putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_text_atomic(path: str | Path, text: str) -> Path:
    """Write a UTF-8 text file whole or not at all."""
    with atomic_path(path) as partial:
        partial.write_text(text, encoding="utf-8")
    return Path(path)


def lazy_extractions(corpus: Corpus, analysis: CorpusAnalysis) -> dict[str, Any]:
    """The extractions with the documents as a generator: each record is built as it is written."""
    return {"documents": (document_record(a) for a in analysis.documents),
            "skipped": [skipped_record(s) for s in dict.fromkeys([*corpus.skipped, *analysis.skipped])]}


def write_extractions(data: dict[str, Any], path: str | Path) -> Path:
    """Write the extractions file as UTF-8 JSON with Chinese left readable, one document at a time (the
    documents may be a generator, so memory does not grow with the corpus), whole or not at all."""
    with atomic_path(path) as partial, partial.open("w", encoding="utf-8") as f, no_cyclic_gc():
        f.write("{\n")
        for k, (key, value) in enumerate(data.items()):
            f.write(f'  {to_json(key)}: [')
            for i, item in enumerate(value):
                f.write(("," if i else "") + "\n" + readable_json(item, "    "))
            f.write("\n  ]" + ("," if k < len(data) - 1 else "") + "\n")
        f.write("}\n")
    return Path(path)


def readable_json(record: dict[str, Any], indent: str) -> str:
    """A record as JSON a person can read: a field a line, and each item of a list field on its own line
    (each piece encoded by to_json: json's indent= would run its slower pure-Python encoder)."""
    if not isinstance(record, dict):
        return indent + to_json(record)
    fields = []
    for key, value in record.items():
        if isinstance(value, list) and value:
            items = f",\n{indent}    ".join(to_json(v) for v in value)
            fields.append(f"{indent}  {to_json(key)}: [\n{indent}    {items}\n{indent}  ]")
        else:
            fields.append(f"{indent}  {to_json(key)}: {to_json(value)}")
    return f"{indent}{{\n" + ",\n".join(fields) + f"\n{indent}}}"


class JsonLinesWriter:
    """Writes one JSON object a line as results arrive, to a temporary file renamed on success."""

    def __init__(self, path: Path) -> None:
        self._atomic = atomic_path(path)
        self._file = None

    def __enter__(self) -> "JsonLinesWriter":
        self._file = self._atomic.__enter__().open("w", encoding="utf-8")
        return self

    def write(self, record: dict[str, Any]) -> None:
        """Append one record as a line."""
        self._file.write(to_json(record) + "\n")

    def __exit__(self, kind, value, tb) -> bool:
        self._file.close()
        return bool(self._atomic.__exit__(kind, value, tb))
