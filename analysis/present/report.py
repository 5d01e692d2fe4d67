"""The report: execute every notebook against a seeds folder (papermill), export HTML
(nbconvert), write an index page and extractions.json."""
from __future__ import annotations

import contextlib
from concurrent.futures import ProcessPoolExecutor, as_completed
import html
import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import nbformat

from ..io.load import Corpus
from .records import write_extractions, write_text_atomic

NOTEBOOK_DIR = Path(__file__).resolve().parents[2] / "notebooks"
KERNEL_MARK = "CN_NEWS_KERNEL_OWNER"


@dataclass(frozen=True)
class NotebookResult:
    """How executing and exporting one notebook went."""

    notebook: str
    html: str | None
    seconds: float
    error: str | None = None
    title: str = ""


def find_notebooks(folder: Path = NOTEBOOK_DIR) -> list[Path]:
    """The narrative notebooks, in reading order (NN_name.ipynb)."""
    return sorted(p for p in Path(folder).glob("[0-9][0-9]_*.ipynb"))


@contextlib.contextmanager
def current_python_kernel() -> Iterator[str]:
    """A 'python3' kernelspec that runs this interpreter, whatever other kernels the user has
    (re-entrant: inside an outer use, nothing changes)."""
    if os.environ.get(KERNEL_MARK) == str(os.getpid()):
        yield "python3"
        return
    with tempfile.TemporaryDirectory(prefix="cn-news-kernel-") as tmp:
        spec_dir = Path(tmp) / "kernels" / "python3"
        spec_dir.mkdir(parents=True)
        spec = {"argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}",
                         "--IPKernelApp.log_level=ERROR"],
                "display_name": "Python 3", "language": "python"}
        (spec_dir / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
        old = os.environ.get("JUPYTER_PATH")
        os.environ["JUPYTER_PATH"] = tmp + (os.pathsep + old if old else "")
        os.environ[KERNEL_MARK] = str(os.getpid())
        try:
            yield "python3"
        finally:
            os.environ.pop(KERNEL_MARK, None)
            if old is None:
                os.environ.pop("JUPYTER_PATH", None)
            else:
                os.environ["JUPYTER_PATH"] = old


KERNEL_START_ATTEMPTS = 3


def execute_notebook(source: Path, target: Path, parameters: dict) -> None:
    """Run a notebook with papermill, parameters injected after its `parameters` cell. A kernel that dies
    before it answers (two kernels starting at once can pick the same free port) is started again."""
    import papermill

    for attempt in range(KERNEL_START_ATTEMPTS):
        try:
            with current_python_kernel() as kernel:
                papermill.execute_notebook(str(source), str(target), parameters=parameters, kernel_name=kernel,
                                           cwd=str(source.parent), progress_bar=False, log_output=False)
            return
        except RuntimeError as err:
            if "Kernel died before replying" not in str(err) or attempt == KERNEL_START_ATTEMPTS - 1:
                raise


def failure_message(error: Exception) -> str:
    """Name the failing cell of a papermill error, or say what went wrong."""
    count = getattr(error, "exec_count", None)
    cell = getattr(error, "cell_index", None)
    where = f"cell {cell}" if cell is not None else "a cell"
    if count is not None:
        where += f" (execution count {count})"
    name = getattr(error, "ename", type(error).__name__)
    value = getattr(error, "evalue", str(error))
    return f"{where}: {name}: {value}"


def export_html(notebook: Path, target: Path, with_code: bool = False) -> Path:
    """A self-contained HTML file (figures embedded), code hidden unless with_code."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab")
    exporter.exclude_input = not with_code
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    nb = nbformat.read(str(notebook), as_version=4)
    body, _ = exporter.from_notebook_node(nb)
    return write_text_atomic(target, body.replace("</head>", REPORT_STYLE + "</head>", 1))


def notebook_title(notebook: Path) -> str:
    """The first Markdown heading of a notebook, or its file name."""
    nb = nbformat.read(str(notebook), as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("# ").strip()
    return notebook.stem


def declared_parameters(notebook: Path) -> set[str]:
    """The names the notebook's cell tagged `parameters` assigns."""
    import ast

    nb = nbformat.read(str(notebook), as_version=4)
    cell = next((c for c in nb.cells if "parameters" in c.metadata.get("tags", [])), None)
    if cell is None:
        return set()
    try:
        tree = ast.parse(cell.source)
    except SyntaxError:
        return set()
    return {t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name)}


def seeds_parameter(seeds: list[Path]) -> str | list[str]:
    """The SEEDS parameter for the notebooks: one absolute path, or a list of them."""
    paths = [str(Path(s).resolve()) for s in seeds]
    return paths[0] if len(paths) == 1 else paths


def run_notebook(source: Path, seeds: list[Path], out: Path, with_code: bool,
                 parameters: dict | None = None) -> NotebookResult:
    """Execute one notebook against seeds and export it; errors are caught and described."""
    start = time.perf_counter()
    html_path = out / f"{source.stem}.html"
    with tempfile.TemporaryDirectory(prefix="cn-news-run-") as tmp:
        executed = Path(tmp) / source.name
        try:
            known = declared_parameters(source)
            chosen = {k: v for k, v in (parameters or {}).items() if k in known}
            execute_notebook(source, executed, {"SEEDS": seeds_parameter(seeds), **chosen})
        except Exception as err:  # papermill raises its own error types
            if executed.exists():
                export_html(executed, html_path, with_code=True)
            partial = html_path.name if executed.exists() else None
            return NotebookResult(source.name, partial, time.perf_counter() - start, failure_message(err),
                                  notebook_title(source))
        export_html(executed, html_path, with_code)
    return NotebookResult(source.name, html_path.name, time.perf_counter() - start, None, notebook_title(source))


REPORT_STYLE = """<style>
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th { text-align: left !important; max-width: 42em; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
</style>
"""
INDEX_STYLE = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;
max-width:960px;margin:2em auto;padding:0 1em;color:#222;line-height:1.5}
table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border:1px solid #ccc;padding:4px 8px;
text-align:left;vertical-align:top}th{background:#f3f3f3}.bad{color:#a00}a{color:#1a5fb4}
"""


def index_page(corpus: Corpus, results: list[NotebookResult], extractions_name: str,
               skipped_files: list[dict] | None = None, exports: list[Path] | None = None) -> str:
    """The index page: links to every report, the analysed articles and the skipped files."""
    esc = html.escape
    reports = "".join(
        f"<li><a href='{esc(r.html)}'>{esc(r.title or r.notebook)}</a></li>" if r.error is None else
        f"<li class='bad'>{esc(r.notebook)} failed: {esc(r.error)}"
        + (f" (<a href='{esc(r.html)}'>partial output</a>)" if r.html else "") + "</li>"
        for r in results)
    articles = "".join(
        f"<tr><td>{esc(d.id)}</td><td>{esc(d.title)}</td><td>{d.year or ''}</td><td>{d.chars}</td>"
        f"<td>{len(d.sentences)}</td><td>{esc(d.encoding)}</td></tr>" for d in corpus.documents)
    skipped_files = skipped_files if skipped_files is not None else [
        {"source": s.source, "reason": s.reason} for s in corpus.skipped]
    skipped = "".join(f"<tr><td>{esc(s['source'])}</td><td>{esc(s['reason'])}</td></tr>" for s in skipped_files)
    skipped_html = (f"<table><tr><th>file</th><th>reason</th></tr>{skipped}</table>" if skipped
                    else "<p>None: every file was analysed.</p>")
    workbook = [p for p in (exports or []) if p.suffix == ".xlsx"]
    csvs = [p for p in (exports or []) if p.suffix == ".csv"]
    exports_html = ("<p>Every table for a spreadsheet: " + "".join(
        f"<a href='{esc(p.as_posix())}'>{esc(p.name)}</a> (one sheet a table); " for p in workbook)
        + "CSV: " + "、".join(f"<a href='{esc(p.as_posix())}'>{esc(p.stem)}</a>" for p in csvs) + "</p>"
        if exports else "")
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>中文商业新闻分析报告 · Reports</title>
<style>{INDEX_STYLE}</style></head><body>
<h1>中文商业新闻分析 · Chinese business news reports</h1>
<h2>Reports</h2><ol>{reports}</ol>
<p>Machine-readable results: <a href="{esc(extractions_name)}">{esc(extractions_name)}</a></p>
{exports_html}
<h2>Articles analysed ({len(corpus.documents)})</h2>
<table><tr><th>id</th><th>title</th><th>year</th><th>characters</th><th>sentences</th><th>encoding</th></tr>
{articles}</table>
<h2>Files skipped ({len(skipped_files)})</h2>{skipped_html}
</body></html>
"""


def build_report(seeds: list[Path], out: Path, corpus: Corpus, extractions: dict, with_code: bool = False,
                 notebooks: list[Path] | None = None, progress: Callable[[str], None] = print,
                 workers: int = min(2, os.cpu_count() or 1), quiet: bool = False,
                 parameters: dict | None = None, exports: list[Path] | None = None) -> list[NotebookResult]:
    """Execute and export every notebook (two at a time, in worker processes, on two cores), then write
    extractions.json and index.html. Every file is written whole or not at all."""
    from tqdm import tqdm

    out.mkdir(parents=True, exist_ok=True)
    write_extractions(extractions, out / "extractions.json")
    progress(f"wrote {out / 'extractions.json'}")
    todo = [nb.resolve() for nb in (notebooks if notebooks is not None else find_notebooks())]
    seeds, out = [Path(s).resolve() for s in seeds], out.resolve()  # papermill changes the working folder
    bar = tqdm(total=len(todo), unit="notebook", file=sys.stderr, disable=quiet or not sys.stderr.isatty())
    with current_python_kernel(), ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {}
        for i, nb in enumerate(todo, 1):
            futures[pool.submit(run_notebook, nb, seeds, out, with_code, parameters)] = (i, nb)
        done = {}
        for future in as_completed(futures):
            i, nb = futures[future]
            result = done[i] = future.result()
            status = f"-> {out / result.html}" if result.error is None else f"FAILED at {result.error}"
            bar.update(1)
            progress(f"[{i}/{len(todo)}] {nb.name} {status} ({result.seconds:.1f} s)")
    bar.close()
    results = [done[i] for i in sorted(done)]
    write_text_atomic(out / "index.html", index_page(corpus, results, "extractions.json", extractions.get("skipped"),
                                                     exports or []))
    progress(f"wrote {out / 'index.html'}")
    return results
