"""Engines run the map step (`analyse_article`) over a corpus: in this process, in worker processes,
or on a Dask cluster. Each returns one outcome per document, in the documents' order: its
DocumentAnalysis, or a Skipped record when the article ran over its time budget or failed. The map
is a pure function of one article, so every engine gives the same result.
"""
from __future__ import annotations

import contextlib
import functools
import os
import signal
import threading
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterator, Sequence

from ..io.load import Document, Skipped
from .pipeline import DocumentAnalysis, analyse_article

Outcome = DocumentAnalysis | Skipped
Progress = Callable[[int], None]
DEFAULT_TIMEOUT = 120.0


class ArticleTimeout(Exception):
    """Raised inside an article's analysis when it runs over its time budget."""


@contextlib.contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise ArticleTimeout in the block after `seconds` (a real-time alarm; only where one can be set:
    the main thread of a Unix process, as in the local and process engines)."""
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise ArticleTimeout()
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def analyse_within(doc: Document, keep_tokens: bool = False, seconds: float | None = DEFAULT_TIMEOUT) -> Outcome:
    """One article's analysis, or a Skipped record saying why there is none (over budget, or a failure)."""
    try:
        with time_budget(seconds):
            return analyse_article(doc, keep_tokens)
    except ArticleTimeout:
        return Skipped(doc.source, f"analysis took longer than the time budget ({seconds:g} s per article; "
                                   "raise it with --article-timeout)")
    except Exception as err:  # the extractors report their own failures; this is anything else
        return Skipped(doc.source, f"analysis failed ({type(err).__name__}: {err})")


def analyse_batch(docs: Sequence[Document], keep_tokens: bool, seconds: float | None) -> list[Outcome]:
    """Several articles in one task (less overhead per article on a pool or a cluster)."""
    return [analyse_within(doc, keep_tokens, seconds) for doc in docs]


def batches(docs: Sequence[Document], size: int) -> list[Sequence[Document]]:
    """The documents in consecutive batches of at most `size`."""
    return [docs[i:i + size] for i in range(0, len(docs), size)]


def run_local(docs: Sequence[Document], keep_tokens: bool = True, seconds: float | None = DEFAULT_TIMEOUT,
              progress: Progress | None = None) -> list[Outcome]:
    """Every article in this process, one after the other."""
    out = []
    for doc in docs:
        out.append(analyse_within(doc, keep_tokens, seconds))
        if progress:
            progress(1)
    return out


def default_jobs() -> int:
    """All the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def run_processes(docs: Sequence[Document], keep_tokens: bool = False, seconds: float | None = DEFAULT_TIMEOUT,
                  progress: Progress | None = None, jobs: int | None = None) -> list[Outcome]:
    """Every article in a pool of worker processes (`jobs`, default all cores), results in input order."""
    jobs = jobs or default_jobs()
    if jobs <= 1 or len(docs) <= 1:
        return run_local(docs, keep_tokens, seconds, progress)
    size = max(1, min(16, len(docs) // (jobs * 4)))
    out: list[Outcome] = []
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        task = functools.partial(analyse_batch, keep_tokens=keep_tokens, seconds=seconds)
        for batch in pool.map(task, batches(docs, size)):
            out += batch
            if progress:
                progress(len(batch))
    return out


def run_dask(docs: Sequence[Document], keep_tokens: bool = False, seconds: float | None = DEFAULT_TIMEOUT,
             progress: Progress | None = None, scheduler: str | None = None, jobs: int | None = None) -> list[Outcome]:
    """Every article on a Dask cluster: the one at `scheduler` (host:port), else a LocalCluster of `jobs`
    worker processes. Workers need this package installed (pip install the project with its [dask] extra);
    the time budget applies only where a worker runs tasks in its main thread, so not on Dask."""
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=jobs or default_jobs(), threads_per_worker=1, processes=True,
                               dashboard_address=None)
    try:
        with Client(scheduler or cluster) as client:
            parts = batches(docs, max(1, min(32, len(docs) // (8 * max(1, len(client.nthreads()))))))
            futures = client.map(analyse_batch, parts, keep_tokens=keep_tokens, seconds=seconds, pure=False)
            index = {f.key: i for i, f in enumerate(futures)}
            results: dict[int, list[Outcome]] = {}
            for future in as_completed(futures):
                results[index[future.key]] = future.result()
                if progress:
                    progress(len(results[index[future.key]]))
            return [o for i in range(len(parts)) for o in results[i]]
    finally:
        if cluster is not None:
            cluster.close()


def make_engine(name: str = "processes", jobs: int | None = None, scheduler: str | None = None,
                seconds: float | None = DEFAULT_TIMEOUT, progress: Progress | None = None) -> Callable:
    """An engine for compute_corpus_analysis: 'local', 'processes' or 'dask'."""
    def engine(docs: Sequence[Document], keep_tokens: bool) -> list[Outcome]:
        if name == "dask":
            return run_dask(docs, keep_tokens, seconds, progress, scheduler, jobs)
        if name == "processes":
            return run_processes(docs, keep_tokens, seconds, progress, jobs)
        if name == "local":
            return run_local(docs, keep_tokens, seconds, progress)
        raise ValueError(f"unknown engine {name!r}: use local, processes or dask")
    return engine
