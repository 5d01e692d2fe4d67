"""Wall time of the report beside papermill executing an empty notebook, in the same run.

    .venv/bin/python benchmarks/bench_report.py [SEEDS]

Prints seconds and the ratio report / empty-notebook: the ratio is what to compare across machines.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent


def empty_notebook_seconds() -> float:
    """Seconds papermill takes to execute a notebook with one empty cell."""
    from analysis.present.report import execute_notebook

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "empty.ipynb"
        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_code_cell("")]
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(nb, str(src))
        start = time.perf_counter()
        execute_notebook(src, Path(tmp) / "out.ipynb", {})
        return time.perf_counter() - start


def report_seconds(seeds: str) -> float:
    """Seconds `python -m analysis report` takes on seeds."""
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "analysis", "report", seeds, "--out", tmp], check=True,
                       cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - start


def main() -> None:
    seeds = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "seeds")
    empty = empty_notebook_seconds()
    report = report_seconds(seeds)
    notebooks = len(list((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")))
    print(f"papermill, one empty notebook: {empty:.2f} s")
    print(f"analysis report ({notebooks} notebooks): {report:.2f} s")
    print(f"ratio report / empty notebook: {report / empty:.1f} ({notebooks} notebooks run two at a time, "
          f"plus the extraction and the HTML export)")


if __name__ == "__main__":
    main()
