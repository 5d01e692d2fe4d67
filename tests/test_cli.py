"""The command line: extract writes every file as a document or skipped; bad folders exit non-zero."""
import json
import subprocess
import sys
from pathlib import Path

from analysis.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_extract_lists_documents_and_skipped(write, tmp_path, article_text):
    write("in/good.txt", article_text)
    write("in/empty.txt", b"")
    out = tmp_path / "x.json"
    assert main(["extract", str(tmp_path / "in"), "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["id"] for d in data["documents"]] == ["good"]
    assert data["skipped"][0]["reason"] == "empty file"
    doc = data["documents"][0]
    assert doc["year"] == 2015 and doc["title"].startswith("华为")
    for field in ("keywords", "people", "organizations", "units", "roles", "products", "competitors",
                  "quotes", "events", "figures"):
        assert isinstance(doc[field], list)


def test_folder_without_usable_article_exits_non_zero(write, tmp_path):
    write("in/empty.txt", b"")
    proc = subprocess.run([sys.executable, "-m", "analysis", "extract", str(tmp_path / "in"), "--out",
                           str(tmp_path / "x.json")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2
    assert "no usable article" in proc.stderr and "empty.txt" in proc.stderr
    assert not (tmp_path / "x.json").exists()


def test_missing_folder_exits_non_zero(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "analysis", "report", str(tmp_path / "nope"), "--out",
                           str(tmp_path / "r")], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2 and "no such file or folder" in proc.stderr


def test_help_explains_every_option():
    proc = subprocess.run([sys.executable, "-m", "analysis", "report", "--help"], capture_output=True,
                          text=True, cwd=ROOT)
    for option in ("--out", "--with-code", "--max-mb", "--notebooks"):
        assert option in proc.stdout


def test_extract_takes_several_files_and_folders(write, tmp_path, article_text):
    a = write("a/one.txt", article_text)
    write("b/two.md", "# 标题\n" + article_text)
    out = tmp_path / "x.json"
    assert main(["extract", str(a), str(tmp_path / "b"), "--out", str(out)]) == 0
    assert [d["id"] for d in json.loads(out.read_text(encoding="utf-8"))["documents"]] == ["one", "two"]
