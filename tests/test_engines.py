"""One function per article, run anywhere: one process, worker processes and a Dask LocalCluster give the
same bytes; the hash seed and file order change nothing; an article over its time budget is skipped
with the reason; outputs are written whole or not at all; a broken cache entry is recomputed."""
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.corpus import engines
from analysis.io.load import load_corpus

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "tests" / "data").iterdir())[:6] + [ROOT / "seeds" / "000_aef35904de51f532.txt"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """Seven articles of different layouts in one folder."""
    path = tmp_path_factory.mktemp("articles")
    for article in ARTICLES:
        shutil.copy(article, path / article.name)
    return path


def extract(folder: Path, out: Path, *options: str) -> bytes:
    """The extractions file's bytes for the folder, written with the given options."""
    assert main(["extract", str(folder), "--out", str(out), "--quiet", *options]) == 0
    return out.read_bytes()


def test_one_process_and_worker_processes_give_the_same_bytes(folder, tmp_path, monkeypatch):
    monkeypatch.setenv("CN_NEWS_CACHE", "off")
    one = extract(folder, tmp_path / "one.json", "--jobs", "1")
    two = extract(folder, tmp_path / "two.json", "--jobs", "2")
    assert one == two
    assert len(json.loads(one)["documents"]) == len(ARTICLES)


def test_dask_local_cluster_gives_the_same_bytes(folder, tmp_path, monkeypatch):
    pytest.importorskip("dask.distributed")
    monkeypatch.setenv("CN_NEWS_CACHE", "off")
    local = extract(folder, tmp_path / "local.json", "--engine", "local")
    dask = extract(folder, tmp_path / "dask.json", "--engine", "dask", "--jobs", "2")
    assert local == dask


def test_hash_seed_does_not_change_the_result(folder, tmp_path):
    outputs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"seed{seed}.json"
        env = {**os.environ, "PYTHONHASHSEED": seed, "CN_NEWS_CACHE": "off"}
        subprocess.run([sys.executable, "-m", "analysis", "extract", str(folder), "--out", str(out), "--quiet"],
                       check=True, cwd=ROOT, env=env, capture_output=True)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_file_order_on_disk_does_not_change_the_result(tmp_path, monkeypatch):
    monkeypatch.setenv("CN_NEWS_CACHE", "off")
    for name, order in (("a", ARTICLES), ("b", ARTICLES[::-1])):
        (tmp_path / name).mkdir()
        for article in order:
            shutil.copy(article, tmp_path / name / article.name)
    a = json.loads(extract(tmp_path / "a", tmp_path / "a.json"))
    b = json.loads(extract(tmp_path / "b", tmp_path / "b.json"))
    for doc in a["documents"] + b["documents"]:
        doc.pop("source")
    assert a == b


def test_an_article_over_its_time_budget_is_skipped_and_the_run_goes_on(folder, monkeypatch):
    real = engines.analyse_article

    def slow_on_one(doc, keep_tokens=False):
        if doc.id == "000_aef35904de51f532":
            time.sleep(5)
        return real(doc, keep_tokens)
    monkeypatch.setattr(engines, "analyse_article", slow_on_one)
    corpus = load_corpus(folder)
    outcomes = list(engines.run_local(corpus.documents, False, seconds=0.5))
    skipped = [o for o in outcomes if isinstance(o, engines.Skipped)]
    assert [s.source.endswith("000_aef35904de51f532.txt") for s in skipped] == [True]
    assert "time budget" in skipped[0].reason
    assert len(outcomes) - len(skipped) == len(ARTICLES) - 1


def test_json_lines_stream_one_document_a_line_with_the_same_facts(folder, tmp_path, monkeypatch):
    monkeypatch.setenv("CN_NEWS_CACHE", "off")
    (folder / "empty.txt").write_bytes(b"")
    try:
        whole = json.loads(extract(folder, tmp_path / "x.json"))
        lines = [json.loads(line) for line in extract(folder, tmp_path / "x.jsonl").decode("utf-8").splitlines()]
    finally:
        (folder / "empty.txt").unlink()
    docs = [line for line in lines if "id" in line]
    assert [d["id"] for d in docs] == [d["id"] for d in whole["documents"]]
    assert [line["reason"] for line in lines if "reason" in line] == ["empty file"]
    for streamed, complete in zip(docs, whole["documents"]):
        assert {k: v for k, v in streamed.items() if k != "keywords"} == \
               {k: v for k, v in complete.items() if k != "keywords"}


def test_a_failed_write_leaves_the_previous_file_whole(tmp_path):
    from analysis.present.records import write_extractions

    target = tmp_path / "extractions.json"
    write_extractions({"documents": [], "skipped": []}, target)
    before = target.read_bytes()
    with pytest.raises(TypeError):
        write_extractions({"documents": [object()]}, target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["extractions.json"]


def test_an_unreadable_cache_entry_is_recomputed(folder, tmp_path, monkeypatch):
    from analysis.corpus.pipeline import analyse_corpus

    monkeypatch.setenv("CN_NEWS_CACHE", str(tmp_path / "cache"))
    corpus = load_corpus(folder)
    first = analyse_corpus(corpus, "local")
    for entry in (tmp_path / "cache").iterdir():
        entry.write_bytes(b"\x80\x04 truncated")
    again = analyse_corpus(corpus, "local")
    assert [a.results["people"] for a in again.documents] == [a.results["people"] for a in first.documents]


def test_ctrl_c_leaves_the_previous_output_whole_and_says_so(tmp_path):
    import signal

    folder = tmp_path / "many"
    folder.mkdir()
    seed = (ROOT / "seeds" / "000_aef35904de51f532.txt").read_text(encoding="utf-8")
    for i in range(150):
        (folder / f"a{i:03d}.txt").write_text(seed.replace("马云", f"马云{i}"), encoding="utf-8")
    out = tmp_path / "x.json"
    out.write_text('{"documents": [], "skipped": []}\n', encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "extract", str(folder), "--out", str(out), "--quiet"],
                            cwd=ROOT, env={**os.environ, "CN_NEWS_CACHE": "off"}, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    import psutil

    deadline = time.time() + 60
    while not psutil.Process(proc.pid).children() and time.time() < deadline:
        time.sleep(0.05)  # the worker processes have started: the articles are being read and analysed
    time.sleep(1.0)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)
    rest = proc.communicate(timeout=60)[1]
    assert proc.returncode == 130
    assert "interrupted" in rest
    assert out.read_text(encoding="utf-8") == '{"documents": [], "skipped": []}\n'
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".x.json")] == []


def test_the_cycle_collector_is_paused_while_outcomes_arrive_and_restored_after(folder):
    import gc

    from analysis.corpus.pipeline import compute_corpus_analysis

    seen = []

    def engine(docs, keep_tokens):
        for doc in docs:
            seen.append(gc.isenabled())
            yield engines.analyse_within(doc, keep_tokens)
    assert gc.isenabled()
    analysis = compute_corpus_analysis(load_corpus(folder), engine)
    assert seen and not any(seen) and gc.isenabled() and analysis.documents


def test_with_the_cache_off_or_on_extract_writes_the_same_bytes(folder, tmp_path, monkeypatch):
    monkeypatch.setenv("CN_NEWS_CACHE", "off")  # each article is analysed as it is read
    off = extract(folder, tmp_path / "off.json", "--jobs", "2")
    monkeypatch.setenv("CN_NEWS_CACHE", str(tmp_path / "cache"))  # the corpus is read whole, then looked up
    assert extract(folder, tmp_path / "on.json", "--jobs", "2") == off
