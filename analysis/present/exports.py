"""Every table of the reports as CSV files and as one Excel workbook, for a spreadsheet."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

import pandas as pd

from ..corpus.pipeline import CorpusAnalysis
from ..io.load import Corpus
from . import tables
from .records import atomic_path


def report_tables(corpus: Corpus, analysis: CorpusAnalysis) -> dict[str, pd.DataFrame]:
    """Every table the reports show, by name, for the whole corpus (nothing truncated)."""
    builders: dict[str, Callable[[], pd.DataFrame]] = {
        "articles": lambda: tables.articles_table(corpus),
        "skipped": lambda: tables.skipped_table(corpus, analysis),
        "cleaning": lambda: tables.removed_table(corpus),
        "keywords": lambda: tables.keywords_table(analysis, top=50),
        "phrases": lambda: tables.phrases_table(analysis, top=100_000),
        "people": lambda: tables.people_table(analysis),
        "organisations": lambda: tables.organizations_table(analysis),
        "units": lambda: tables.units_table(analysis),
        "roles": lambda: tables.roles_table(analysis),
        "personnel changes": lambda: tables.personnel_changes_table(analysis),
        "products": lambda: tables.products_table(analysis),
        "rivalries": lambda: tables.relations_table(analysis, "rivalries"),
        "partnerships": lambda: tables.relations_table(analysis, "partnerships"),
        "positioning": lambda: tables.positioning_matrix(analysis),
        "strategy": lambda: tables.strategy_table(analysis),
        "quotes": lambda: tables.quotes_table(analysis),
        "events": lambda: tables.events_table(analysis),
        "figures": lambda: tables.figures_table(analysis),
    }
    return {name: build() for name, build in builders.items()}


CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """The table with control characters (which a workbook cannot hold) removed from its text."""
    text = [c for c in frame.columns if pd.api.types.is_string_dtype(frame[c])]
    return frame.assign(**{c: frame[c].map(lambda v: CONTROL.sub("", v) if isinstance(v, str) else v) for c in text})


def file_stem(name: str) -> str:
    """A table's name as a file name."""
    return re.sub(r"\W+", "_", name).strip("_")


def export_tables(corpus: Corpus, analysis: CorpusAnalysis, folder: Path) -> list[Path]:
    """Write every table as folder/NAME.csv (UTF-8 with a BOM, so Excel reads Chinese) and all of them as
    folder/tables.xlsx, one sheet a table; each file whole or not at all. Returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    frames = {name: spreadsheet_safe(frame) for name, frame in report_tables(corpus, analysis).items()}
    written = []
    for name, frame in frames.items():
        with atomic_path(folder / f"{file_stem(name)}.csv") as partial:
            frame.to_csv(partial, index=False, encoding="utf-8-sig")
        written.append(folder / f"{file_stem(name)}.csv")
    with atomic_path(folder / "tables.xlsx") as partial:
        with pd.ExcelWriter(partial, engine="openpyxl") as book:
            for name, frame in frames.items():
                frame.to_excel(book, sheet_name=name[:31], index=False)
    return [folder / "tables.xlsx", *written]
