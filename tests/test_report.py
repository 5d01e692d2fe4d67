"""The report command: executes notebooks with the seeds parameter, exports HTML, writes the index;
a failing notebook is a non-zero exit that names the notebook and the cell."""
import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent


def notebook(path: Path, *sources: str) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# A test notebook")]
    params = nbformat.v4.new_code_cell('SEEDS = "nowhere"')
    params.metadata["tags"] = ["parameters"]
    nb.cells += [params] + [nbformat.v4.new_code_cell(s) for s in sources]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, str(path))


def test_report_runs_notebooks_with_seeds_and_reports_a_failing_cell(tmp_path, write, article_text):
    write("in/good.txt", article_text)
    write("in/empty.txt", b"")
    nbs = tmp_path / "nbs"
    nbs.mkdir()
    notebook(nbs / "00_ok.ipynb", "import analysis as an\nprint(len(an.load_corpus(SEEDS).documents), '文章')")
    notebook(nbs / "01_broken.ipynb", "x = 1", "raise ValueError('boom')")
    out = tmp_path / "reports"
    proc = subprocess.run([sys.executable, "-m", "analysis", "report", str(tmp_path / "in"), "--out", str(out),
                           "--notebooks", str(nbs)], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1
    assert "01_broken.ipynb" in proc.stderr and "ValueError: boom" in proc.stderr and "cell" in proc.stderr
    html = (out / "00_ok.html").read_text(encoding="utf-8")
    assert "1 文章" in html and "import analysis" not in html  # outputs kept, code hidden
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "00_ok.html" in index and "empty.txt" in index and "empty file" in index
    data = json.loads((out / "extractions.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in data["documents"]] == ["good"]
    assert not (tmp_path / "in" / "good.ipynb").exists() and sorted(p.name for p in (tmp_path / "in").iterdir()) == [
        "empty.txt", "good.txt"]


def test_a_kernel_that_dies_before_answering_is_started_again(monkeypatch, tmp_path):
    import papermill

    from analysis.present import report

    calls = []

    def flaky(*args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            raise RuntimeError("Kernel died before replying to kernel_info")

    monkeypatch.setattr(papermill, "execute_notebook", flaky)
    report.execute_notebook(tmp_path / "a.ipynb", tmp_path / "b.ipynb", {})
    assert len(calls) == 2

    def broken(*args, **kwargs):
        raise RuntimeError("some other failure")

    monkeypatch.setattr(papermill, "execute_notebook", broken)
    with pytest.raises(RuntimeError, match="other failure"):
        report.execute_notebook(tmp_path / "a.ipynb", tmp_path / "b.ipynb", {})
