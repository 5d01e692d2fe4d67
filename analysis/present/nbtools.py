"""Stored notebooks: normalise them (stable execution counts, no volatile metadata) and re-run them."""
from __future__ import annotations

import tempfile
from pathlib import Path

import nbformat

VOLATILE_CELL_METADATA = ("execution", "papermill", "collapsed", "scrolled", "jupyter")
VOLATILE_NOTEBOOK_METADATA = ("papermill", "widgets", "toc", "varInspector")


def normalise(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Number code cells 1..n, drop timestamps and run metadata, keep outputs."""
    nb = nbformat.from_dict(nb)
    for key in VOLATILE_NOTEBOOK_METADATA:
        nb.metadata.pop(key, None)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata.get("language_info", {}).pop("version", None)
    count = 0
    for cell in nb.cells:
        cell.pop("id", None)
        for key in VOLATILE_CELL_METADATA:
            cell.metadata.pop(key, None)
        if cell.cell_type != "code":
            cell.pop("outputs", None)
            cell.pop("execution_count", None)
            continue
        count += 1
        cell.execution_count = count
        for output in cell.outputs:
            if "execution_count" in output:
                output.execution_count = count
            output.pop("metadata", None) if output.get("output_type") == "stream" else None
    nb.nbformat, nb.nbformat_minor = 4, 4
    return nb


def is_normalised(path: Path) -> bool:
    """Whether a stored notebook is already in normal form."""
    nb = nbformat.read(str(path), as_version=4)
    return nbformat.writes(normalise(nb)) == nbformat.writes(nb)


def write_normalised(nb: nbformat.NotebookNode, path: Path) -> None:
    """Write a notebook in normal form."""
    nbformat.write(normalise(nb), str(path))


def rerun_notebooks(paths: list[Path]) -> None:
    """Re-execute stored notebooks with their default parameters and store them normalised."""
    from .report import execute_notebook

    for path in paths:
        with tempfile.TemporaryDirectory() as tmp:
            executed = Path(tmp) / path.name
            execute_notebook(path, executed, {})
            write_normalised(nbformat.read(str(executed), as_version=4), path)
        print(f"re-executed and normalised {path}")
