"""Command line: `python -m analysis report|extract|notebooks`."""
from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

from .corpus.pipeline import CorpusAnalysis
from .io.load import MAX_BYTES, Corpus, Document, NoUsableArticles, Skipped, iter_inputs

DEFAULT_SEEDS = Path("seeds")
COLUMN_FIELDS = ("text", "title", "date", "source", "url", "id")


def add_input_options(p: argparse.ArgumentParser) -> None:
    """Options shared by report and extract: limits, columns of exports, engine and progress."""
    p.add_argument("--max-mb", type=float, default=MAX_BYTES / 2**20,
                   help="skip files (and export rows) larger than this many megabytes (default: %(default)s)")
    for field in COLUMN_FIELDS:
        p.add_argument(f"--{field}-col", metavar="NAME", default=None,
                       help=f"the {field} column of CSV/Excel/JSON exports (default: found by its usual names)")
    p.add_argument("--engine", choices=("processes", "local", "dask"), default="processes",
                   help="where articles are analysed: worker processes (default), this process, or Dask")
    p.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="with --engine dask: a scheduler address (tcp://host:8786); default: a LocalCluster")
    p.add_argument("--article-timeout", type=float, default=120.0, metavar="SECONDS",
                   help="skip an article whose analysis takes longer (default: %(default)s; 0 for none)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--lexicon", default=None, metavar="FILE",
                   help="your own companies, products, people and titles: a TSV of kind<TAB>name<TAB>aliases<TAB>owner "
                        "(kinds: company, media, brand, government, product, person, title, word) or jieba's "
                        "user-dictionary lines (word [frequency] [tag]); a bad line is reported with its number")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with its three commands."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Keywords, organisation structure and competitive positioning from Chinese business news.")
    sub = parser.add_subparsers(dest="command", required=True)
    inputs = ("folders or files of articles: .txt, .md, .html (UTF-8, GBK or Big5), or exports with an "
              "article a row: .csv, .tsv, .xlsx, .json, .jsonl")
    report = sub.add_parser("report", help="run every notebook on a folder and write HTML reports",
                            description="Execute every notebook in notebooks/ against SEEDS, export each to a "
                                        "self-contained HTML file, write index.html and extractions.json.")
    report.add_argument("seeds", nargs="*", default=[str(DEFAULT_SEEDS)], help=inputs + " (default: seeds)")
    report.add_argument("--out", default="reports", help="folder for the reports (default: reports)")
    report.add_argument("--with-code", action="store_true", help="keep the code cells in the HTML reports")
    report.add_argument("--notebooks", default=None,
                        help="folder of notebooks to run (default: the project's notebooks/)")
    report.add_argument("--focus", default="", metavar="COMPANY",
                        help="a company for the profile report and the focus of the tables (default: the whole "
                             "corpus; the profile shows the company named in the most articles)")
    report.add_argument("--top", type=int, default=30,
                        help="how many ties, companies or terms the figures show (default: %(default)s)")

    extract = sub.add_parser("extract", help="write the extractions only (fast, no notebooks)",
                             description="Analyse SEEDS and write the extractions: FILE.json (the whole corpus; "
                                         "keywords ranked with its document frequencies) or FILE.jsonl (one "
                                         "article a line, written as results arrive; keywords of each article "
                                         "alone; skipped inputs as lines with a reason).")
    extract.add_argument("seeds", nargs="+", help=inputs)
    extract.add_argument("--out", required=True, help="the .json or .jsonl file to write")

    nbs = sub.add_parser("notebooks", help="re-execute and normalise the stored notebooks",
                         description="Re-run the notebooks with their default parameters and store them normalised.")
    nbs.add_argument("folder", nargs="?", default="notebooks", help="folder of notebooks (default: notebooks)")
    for p in (report, extract):
        add_input_options(p)
    return parser


class Progress:
    """A tqdm bar on stderr (silent when stderr is no terminal or with --quiet) and a closing line."""

    def __init__(self, quiet: bool, unit: str = "article") -> None:
        from tqdm import tqdm

        self.bar = tqdm(unit=unit, file=sys.stderr, disable=quiet or not sys.stderr.isatty(), dynamic_ncols=True)
        self.start = time.perf_counter()
        self.done = 0

    def __call__(self, n: int) -> None:
        self.done += n
        self.bar.update(n)

    def close(self) -> float:
        """Close the bar; the seconds since it started."""
        self.bar.close()
        return time.perf_counter() - self.start


def columns_of(args: argparse.Namespace) -> dict[str, str]:
    """The export columns the user chose."""
    return {f: getattr(args, f"{f}_col") for f in COLUMN_FIELDS if getattr(args, f"{f}_col")}


def engine_of(args: argparse.Namespace, progress: Progress):
    """The analysis engine the options ask for."""
    from .corpus.engines import make_engine

    return make_engine(args.engine, args.jobs or None, args.scheduler, args.article_timeout or None, progress,
                       start_now=True)


def inputs_or_exit(args: argparse.Namespace) -> Iterator[Document | Skipped]:
    """The input items, or exit with status 2 when a path is missing."""
    try:
        items = iter_inputs(args.seeds, int(args.max_mb * 2**20), columns_of(args))
        first = next(items, None)
    except FileNotFoundError as err:
        print(f"error: {err}", file=sys.stderr)
        raise SystemExit(2)
    return iter(()) if first is None else _prepend(first, items)


def _prepend(first, rest: Iterator) -> Iterator:
    """first, then the rest."""
    yield first
    yield from rest


def no_article_exit(seeds: list[str], skipped: list[Skipped]) -> None:
    """Exit with status 2: nothing usable, with the reasons."""
    reasons = "; ".join(f"{s.source}: {s.reason}" for s in skipped[:20]) or "the folder is empty"
    print(f"error: {NoUsableArticles(f'no usable article in {seeds} ({reasons})')}", file=sys.stderr)
    raise SystemExit(2)


def lexicon_or_exit(args: argparse.Namespace) -> None:
    """Use the user's lexicon, reporting each line that cannot be read; exit with status 2 when it is missing."""
    from .nlp.lexicon import use_lexicon

    if args.lexicon is None:
        return
    if not Path(args.lexicon).is_file():
        print(f"error: no such lexicon file: {args.lexicon}", file=sys.stderr)
        raise SystemExit(2)
    args.lexicon = str(Path(args.lexicon).resolve())
    for problem in use_lexicon(args.lexicon).problems:
        print(f"lexicon: {problem} (line skipped)", file=sys.stderr)


def load_or_exit(args: argparse.Namespace) -> Corpus:
    """Load the corpus, printing every skipped file; exit with status 2 when nothing is usable."""
    corpus = Corpus()
    for item in inputs_or_exit(args):
        (corpus.documents if isinstance(item, Document) else corpus.skipped).append(item)
    for skipped in corpus.skipped:
        print(f"skipped {skipped.source}: {skipped.reason}", file=sys.stderr)
    if not corpus.documents:
        no_article_exit(args.seeds, corpus.skipped)
    print(f"{len(corpus.documents)} article(s) loaded from {' '.join(args.seeds)}, {len(corpus.skipped)} skipped",
          file=sys.stderr)
    return corpus


def analyse_as_read(args: argparse.Namespace, engine) -> tuple[Corpus, CorpusAnalysis]:
    """Analyse the inputs while they are read (the workers start on the first articles at once), printing
    every skipped file; exit with status 2 when nothing is usable."""
    from .corpus.pipeline import analyse_documents

    corpus = Corpus()

    def documents() -> Iterator[Document]:
        """The usable articles as they are read; each skipped file is printed and kept for the reports."""
        for item in inputs_or_exit(args):
            if isinstance(item, Skipped):
                print(f"skipped {item.source}: {item.reason}", file=sys.stderr)
                corpus.skipped.append(item)
            else:
                corpus.documents.append(item)
                yield item

    analysis = analyse_documents(documents(), engine, keep_tokens=False)
    by_id = {doc.id: doc for doc in corpus.documents}
    for result in analysis.documents:
        result.doc = by_id.get(result.doc.id, result.doc)  # one copy of each text, not the workers' too
    if not corpus.documents:
        no_article_exit(args.seeds, corpus.skipped)
    print(f"{len(corpus.documents)} article(s) loaded from {' '.join(args.seeds)}, {len(corpus.skipped)} skipped",
          file=sys.stderr)
    return corpus, analysis


def run_extract(args: argparse.Namespace) -> tuple[Corpus, CorpusAnalysis, dict]:
    """Load, analyse and build the extractions of the inputs, with a progress bar and a closing line."""
    from .corpus.cache import cache_dir
    from .corpus.pipeline import analyse_corpus, no_cyclic_gc
    from .present.records import lazy_extractions

    lexicon_or_exit(args)  # before the workers start: they inherit it
    progress = Progress(args.quiet)
    engine = engine_of(args, progress)  # the workers start while the inputs are read
    try:
        if cache_dir() is None:  # no cache to look the corpus up in: each article goes to work as it is read
            corpus, analysis = analyse_as_read(args, engine)
        else:
            with no_cyclic_gc():  # many small documents: full collections would rescan them all
                corpus = load_or_exit(args)
            progress.bar.total = len(corpus.documents)
            analysis = analyse_corpus(corpus, engine)
    finally:
        engine.close()  # workers not needed (a cached analysis, no usable input) stop here
    for skipped in analysis.skipped:
        print(f"skipped {skipped.source}: {skipped.reason}", file=sys.stderr)
    over = {s.source for s in analysis.skipped}
    corpus.documents = [d for d in corpus.documents if d.source not in over]
    corpus.skipped += analysis.skipped
    closing_line(len(analysis.documents), len(corpus.skipped), progress.close())
    return corpus, analysis, lazy_extractions(corpus, analysis)


def closing_line(articles: int, skipped: int, seconds: float) -> None:
    """Articles, skipped inputs, time and rate, on stderr."""
    print(f"{articles} article(s) analysed, {skipped} skipped, {seconds:.1f} s "
          f"({articles / max(seconds, 1e-9):.1f} articles/s)", file=sys.stderr)


def stream_extract(args: argparse.Namespace) -> int:
    """extract --out FILE.jsonl: one line per article as results arrive; memory stays flat."""
    from .present.records import JsonLinesWriter, skipped_record, document_record

    lexicon_or_exit(args)
    progress = Progress(args.quiet)
    counts = {"documents": 0, "skipped": 0}
    with JsonLinesWriter(Path(args.out)) as out:
        def documents() -> Iterator[Document]:
            for item in inputs_or_exit(args):
                if isinstance(item, Skipped):
                    print(f"skipped {item.source}: {item.reason}", file=sys.stderr)
                    out.write(skipped_record(item))
                    counts["skipped"] += 1
                else:
                    yield item
        for outcome in engine_of(args, progress)(documents(), False):
            if isinstance(outcome, Skipped):
                print(f"skipped {outcome.source}: {outcome.reason}", file=sys.stderr)
                out.write(skipped_record(outcome))
                counts["skipped"] += 1
            else:
                out.write(document_record(outcome))
                counts["documents"] += 1
        if not counts["documents"]:
            no_article_exit(args.seeds, [])  # the previous file, if any, stays
    closing_line(counts["documents"], counts["skipped"], progress.close())
    print(f"wrote {args.out}")
    return 0


@contextlib.contextmanager
def shared_cache() -> Iterator[None]:
    """With the cache off, a cache private to this run, so the report's notebooks reuse its analysis."""
    from .corpus.cache import cache_dir

    if cache_dir() is not None:
        yield
        return
    with tempfile.TemporaryDirectory(prefix="cn-news-run-cache-") as tmp:
        os.environ["CN_NEWS_CACHE"] = tmp
        try:
            yield
        finally:
            os.environ["CN_NEWS_CACHE"] = "off"


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit status (130 when interrupted: every output is whole, old or new)."""
    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except KeyboardInterrupt:
        print(f"\ninterrupted: nothing was half-written; files in {args.out if hasattr(args, 'out') else '.'} "
              "are from this run where it finished them, else as they were before", file=sys.stderr)
        return 130


def run(args: argparse.Namespace) -> int:
    """Carry out one parsed command."""
    start = time.perf_counter()
    if args.command == "notebooks":
        from .present.nbtools import rerun_notebooks
        from .present.report import find_notebooks

        rerun_notebooks(find_notebooks(Path(args.folder)))
        return 0
    if args.command == "extract":
        if Path(args.out).suffix.lower() in (".jsonl", ".ndjson"):
            return stream_extract(args)
        from .present.records import write_extractions

        _, _, data = run_extract(args)
        print(f"wrote {write_extractions(data, args.out)} ({time.perf_counter() - start:.1f} s)")
        return 0
    from .present.exports import export_tables
    from .present.report import build_report, find_notebooks

    with shared_cache():
        corpus, analysis, data = run_extract(args)
        exports = export_tables(corpus, analysis, Path(args.out) / "tables")
        print(f"wrote {len(exports)} table files to {Path(args.out) / 'tables'}", file=sys.stderr)
        notebooks = find_notebooks(Path(args.notebooks)) if args.notebooks else None
        results = build_report([Path(s) for s in args.seeds], Path(args.out), corpus, data, args.with_code,
                               notebooks, quiet=args.quiet, parameters=notebook_parameters(args),
                               exports=[p.relative_to(Path(args.out)) for p in exports])
    failed = [r for r in results if r.error]
    print(f"{len(results) - len(failed)}/{len(results)} notebooks exported to {args.out}/ "
          f"({time.perf_counter() - start:.1f} s); open {Path(args.out) / 'index.html'}")
    for r in failed:
        print(f"error: notebook {r.notebook} failed at {r.error}", file=sys.stderr)
    return 1 if failed else 0


def notebook_parameters(args: argparse.Namespace) -> dict:
    """The notebooks' parameters that follow the command's options (besides SEEDS)."""
    return {"MAX_MB": args.max_mb, "COLUMNS": columns_of(args), "ENGINE": args.engine, "JOBS": args.jobs,
            "SCHEDULER": args.scheduler or "", "FOCUS": args.focus, "TOP": args.top, "LEXICON": args.lexicon or ""}
