"""Records to the extractions file (format: shared/eval/FORMAT.md)."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from ..io.load import Corpus
from ..corpus.pipeline import RESULT_FIELDS, CorpusAnalysis, DocumentAnalysis


def as_plain(value: Any) -> Any:
    """Dataclasses, tuples and nested containers as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: as_plain(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {k: as_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [as_plain(v) for v in value]
    return value


def document_record(analysis: DocumentAnalysis) -> dict[str, Any]:
    """The extractions-file record of one analysed document; fields not yet extracted are empty lists."""
    doc = analysis.doc
    record: dict[str, Any] = {
        "id": doc.id, "source": doc.source, "title": doc.title, "text": doc.text, "year": doc.year,
        "encoding": doc.encoding, "script": doc.script, "sentences": len(doc.sentences),
    }
    for name in RESULT_FIELDS:
        record[name] = as_plain(analysis.results.get(name, []))
    return record


def extractions(corpus: Corpus, analysis: CorpusAnalysis) -> dict[str, Any]:
    """The whole extractions file: every document and every skipped file."""
    return {
        "documents": [document_record(a) for a in analysis.documents],
        "skipped": [{"source": s.source, "reason": s.reason} for s in [*corpus.skipped, *analysis.skipped]],
    }


def write_extractions(data: dict[str, Any], path: str | Path) -> Path:
    """Write the extractions file as UTF-8 JSON with Chinese left readable."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
