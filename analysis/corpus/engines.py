"""Engines run the map step (`analyse_article`) over a corpus: in this process, in worker processes,
or on a Dask cluster. Each returns one outcome per document, in the documents' order: its
DocumentAnalysis, or a Skipped record when the article ran over its time budget or failed. The map
is a pure function of one article, so every engine gives the same result.
"""
from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, Sequence

from ..io.load import Document, Skipped, build_document
from .pipeline import DocumentAnalysis, analyse_article, no_cyclic_gc

Outcome = DocumentAnalysis | Skipped
Progress = Callable[[int], None]
Engine = Callable[[Iterable[Document], bool], Iterator[Outcome]]
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
        with time_budget(seconds), no_cyclic_gc():
            return analyse_article(doc, keep_tokens)
    except ArticleTimeout:
        return Skipped(doc.source, f"analysis took longer than the time budget ({seconds:g} s per article; "
                                   "raise it with --article-timeout)")
    except Exception as err:  # the extractors report their own failures; this is anything else
        return Skipped(doc.source, f"analysis failed ({type(err).__name__}: {err})")


def analyse_batch(docs: Sequence[Document], keep_tokens: bool, seconds: float | None) -> list[Outcome]:
    """Several articles in one task (less overhead per article on a pool or a cluster)."""
    return [analyse_within(doc, keep_tokens, seconds) for doc in docs]


def batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """The documents in consecutive batches of at most `size`, read lazily."""
    batch: list[Document] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_local(docs: Iterable[Document], keep_tokens: bool = True, seconds: float | None = DEFAULT_TIMEOUT,
              progress: Progress | None = None) -> Iterator[Outcome]:
    """Every article in this process, one after the other."""
    for doc in docs:
        yield analyse_within(doc, keep_tokens, seconds)
        if progress:
            progress(1)


def default_jobs() -> int:
    """All the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def warm_up() -> None:
    """Load what every article needs (segmenter, dictionary tables, number parsing, patterns) by analysing
    a two-sentence article: a worker does it as it starts, while the parent is still reading the inputs."""
    sample = build_document("warm-up", "warm-up", "2014年3月，公司发布新产品。营收增长百分之三十，达到一千二百万元。",
                            "utf-8")
    analyse_article(sample, keep_tokens=False)


def started_pool(jobs: int) -> ProcessPoolExecutor:
    """A pool of `jobs` worker processes, each warming up (see warm_up) as soon as it starts."""
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=warm_up)
    for _ in range(jobs):
        pool.submit(int)  # a task for each worker makes the pool start them all now
    return pool


def run_processes(docs: Iterable[Document], keep_tokens: bool = False, seconds: float | None = DEFAULT_TIMEOUT,
                  progress: Progress | None = None, jobs: int | None = None,
                  batch: int = 8, pool: ProcessPoolExecutor | None = None) -> Iterator[Outcome]:
    """Every article in a pool of worker processes (`jobs`, default all cores; or the `pool` given, which
    is shut down at the end), in input order; only a few batches per worker are in flight at once, so
    memory does not grow with the corpus."""
    jobs = jobs or default_jobs()
    if jobs <= 1 and pool is None:
        yield from run_local(docs, keep_tokens, seconds, progress)
        return
    pool = pool or started_pool(jobs)
    try:
        pending: deque = deque()
        for part in batches(docs, batch):
            pending.append(pool.submit(analyse_batch, part, keep_tokens, seconds))
            if len(pending) >= 4 * jobs:
                yield from finished(pending.popleft(), progress)
        while pending:
            yield from finished(pending.popleft(), progress)
    finally:  # also on Ctrl-C: queued batches are dropped, not waited for
        pool.shutdown(wait=True, cancel_futures=True)


def finished(future, progress: Progress | None) -> list[Outcome]:
    """A batch's outcomes once done, counted in the progress."""
    outcomes = future.result()
    if progress:
        progress(len(outcomes))
    return outcomes


def run_dask(docs: Iterable[Document], keep_tokens: bool = False, seconds: float | None = DEFAULT_TIMEOUT,
             progress: Progress | None = None, scheduler: str | None = None, jobs: int | None = None,
             batch: int = 16) -> Iterator[Outcome]:
    """Every article on a Dask cluster: the one at `scheduler` (tcp://host:port), else a LocalCluster of
    `jobs` worker processes; in input order. Workers need this package installed. The time budget
    applies only where a task runs in a process's main thread, so not on Dask workers."""
    from dask.distributed import Client, LocalCluster

    cluster = None
    if not scheduler:
        cluster = LocalCluster(n_workers=jobs or default_jobs(), threads_per_worker=1, processes=True,
                               dashboard_address=None)
    try:
        with Client(scheduler or cluster) as client:
            window = 4 * max(1, sum(client.nthreads().values()))
            pending: deque = deque()
            for part in batches(docs, batch):
                pending.append(client.submit(analyse_batch, part, keep_tokens, seconds, pure=False))
                if len(pending) >= window:
                    yield from finished(pending.popleft(), progress)
            while pending:
                yield from finished(pending.popleft(), progress)
    finally:
        if cluster is not None:
            cluster.close()


def make_engine(name: str = "processes", jobs: int | None = None, scheduler: str | None = None,
                seconds: float | None = DEFAULT_TIMEOUT, progress: Progress | None = None,
                start_now: bool = False) -> Engine:
    """An engine for compute_corpus_analysis: 'local', 'processes' or 'dask' (with a scheduler address,
    or a LocalCluster when none is given). With start_now, the worker processes start (and warm up) at
    once, so they are ready when the inputs have been read; the engine is then for one run."""
    if name not in ("local", "processes", "dask"):
        raise ValueError(f"unknown engine {name!r}: use local, processes or dask")
    workers = jobs or default_jobs()
    pool = started_pool(workers) if start_now and name == "processes" and workers > 1 else None

    def engine(docs: Iterable[Document], keep_tokens: bool) -> Iterator[Outcome]:
        if name == "dask":
            return run_dask(docs, keep_tokens, seconds, progress, scheduler, jobs)
        if name == "processes":
            return run_processes(docs, keep_tokens, seconds, progress, jobs, pool=pool)
        return run_local(docs, keep_tokens, seconds, progress)

    def close() -> None:
        """Stop workers started for a run that did not need them (its analysis was in the cache)."""
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
    engine.close = close
    return engine
