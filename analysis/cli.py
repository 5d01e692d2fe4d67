"""Command line: `python -m analysis report|extract|notebooks`."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .io.load import MAX_BYTES, Corpus, NoUsableArticles, load_corpus

DEFAULT_SEEDS = Path("seeds")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with its three commands."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Keywords, organisation structure and competitive positioning from Chinese business news.")
    sub = parser.add_subparsers(dest="command", required=True)

    report = sub.add_parser("report", help="run every notebook on a folder and write HTML reports",
                            description="Execute every notebook in notebooks/ against SEEDS, export each to a "
                                        "self-contained HTML file, write index.html and extractions.json.")
    report.add_argument("seeds", nargs="*", default=[str(DEFAULT_SEEDS)],
                        help="folders or files of articles: .txt, .md, .html; UTF-8, GBK or Big5 (default: seeds)")
    report.add_argument("--out", default="reports", help="folder for the reports (default: reports)")
    report.add_argument("--with-code", action="store_true", help="keep the code cells in the HTML reports")
    report.add_argument("--notebooks", default=None,
                        help="folder of notebooks to run (default: the project's notebooks/)")

    extract = sub.add_parser("extract", help="write the extractions only (fast, no notebooks)",
                             description="Analyse SEEDS and write the extractions JSON file.")
    extract.add_argument("seeds", nargs="+", help="folders or files of articles")
    extract.add_argument("--out", required=True, help="the JSON file to write")

    nbs = sub.add_parser("notebooks", help="re-execute and normalise the stored notebooks",
                         description="Re-run the notebooks with their default parameters and store them normalised.")
    nbs.add_argument("folder", nargs="?", default="notebooks", help="folder of notebooks (default: notebooks)")

    for p in (report, extract):
        p.add_argument("--max-mb", type=float, default=MAX_BYTES / 2**20,
                       help="skip files larger than this many megabytes (default: %(default)s)")
    return parser


def load_or_exit(seeds: list[str], max_mb: float) -> Corpus:
    """Load the corpus, printing every skipped file; exit with status 2 when nothing is usable."""
    try:
        corpus = load_corpus(seeds, max_bytes=int(max_mb * 2**20))
    except (FileNotFoundError, NoUsableArticles) as err:
        print(f"error: {err}", file=sys.stderr)
        raise SystemExit(2)
    for skipped in corpus.skipped:
        print(f"skipped {skipped.source}: {skipped.reason}", file=sys.stderr)
    print(f"{len(corpus.documents)} article(s) loaded from {' '.join(seeds)}, {len(corpus.skipped)} skipped")
    return corpus


def run_extract(seeds: list[str], max_mb: float) -> tuple[Corpus, dict]:
    """Load, analyse and build the extractions of a folder."""
    from .corpus.pipeline import analyse_corpus
    from .present.records import extractions

    corpus = load_or_exit(seeds, max_mb)
    return corpus, extractions(corpus, analyse_corpus(corpus))


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    args = build_parser().parse_args(argv)
    start = time.perf_counter()
    if args.command == "extract":
        from .present.records import write_extractions

        _, data = run_extract(args.seeds, args.max_mb)
        print(f"wrote {write_extractions(data, args.out)} ({time.perf_counter() - start:.1f} s)")
        return 0
    if args.command == "notebooks":
        from .present.nbtools import rerun_notebooks
        from .present.report import find_notebooks

        rerun_notebooks(find_notebooks(Path(args.folder)))
        return 0
    from .present.report import build_report, find_notebooks

    corpus, data = run_extract(args.seeds, args.max_mb)
    notebooks = find_notebooks(Path(args.notebooks)) if args.notebooks else None
    results = build_report([Path(s) for s in args.seeds], Path(args.out), corpus, data, args.with_code, notebooks)
    failed = [r for r in results if r.error]
    print(f"{len(results) - len(failed)}/{len(results)} notebooks exported to {args.out}/ "
          f"({time.perf_counter() - start:.1f} s); open {Path(args.out) / 'index.html'}")
    for r in failed:
        print(f"error: notebook {r.notebook} failed at {r.error}", file=sys.stderr)
    return 1 if failed else 0
