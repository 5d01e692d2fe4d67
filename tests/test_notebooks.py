"""The stored notebooks: normalised, parameterised, and free of logic."""
import ast
from pathlib import Path

import nbformat
import pytest

from analysis.present.nbtools import is_normalised, normalise
from analysis.present.report import find_notebooks

NOTEBOOKS = find_notebooks(Path(__file__).resolve().parent.parent / "notebooks")


def test_there_are_notebooks():
    assert [p.name for p in NOTEBOOKS][:1] == ["00_corpus.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_normalised(path):
    assert is_normalised(path), f"run `make notebooks` to store {path.name} normalised"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_has_a_parameters_cell_with_seeds(path):
    nb = nbformat.read(str(path), as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and "SEEDS" in tagged[0].source


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_cells_hold_no_function_or_loop(path):
    nb = nbformat.read(str(path), as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            for node in ast.walk(ast.parse(cell.source)):
                assert not isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.For, ast.While)), cell.source


def test_normalise_renumbers_and_drops_volatile_metadata():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("1", execution_count=7), nbformat.v4.new_code_cell("2")]
    nb.cells[0].metadata["execution"] = {"iopub.status.busy": "2026-01-01T00:00:00"}
    nb.metadata["papermill"] = {"duration": 1.0}
    out = normalise(nb)
    assert [c.execution_count for c in out.cells] == [1, 2]
    assert "execution" not in out.cells[0].metadata and "papermill" not in out.metadata
