"""The style corpus: articles written for the tests in genres the other test articles do not cover, each
with a hand-made gold annotation (tests/style/gold, the format of shared/eval/FORMAT.md). The whole corpus
is scored with the project's scorer; a change that helps one article and hurts the others shows here.
The floors are the measured scores less a small margin: raise them as extraction improves."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STYLE = ROOT / "tests" / "style"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
FLOORS = {"overall": 0.90, "people": 0.97, "entities": 0.93, "units": 0.86, "roles": 0.92, "products": 0.86,
          "competitors": 0.85, "quotes": 0.95, "events": 0.89, "figures": 0.92, "unit_parent": 0.80,
          "product_owner": 0.83, "role_time": 0.86, "keywords@20": 0.88, "title": 1.0, "clean_text": 1.0}


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict:
    if not SCORER.exists():
        pytest.skip("shared/eval/score.py is not beside this checkout")
    out = tmp_path_factory.mktemp("style") / "x.json"
    run = subprocess.run([sys.executable, "-m", "analysis", "extract", str(STYLE / "articles"), "--out", str(out),
                          "--quiet"], check=True, cwd=ROOT, capture_output=True, text=True)
    assert "extraction failed" not in run.stderr, run.stderr  # an extractor's error is caught per article: it must not happen
    proc = subprocess.run([sys.executable, str(SCORER), "--gold", str(STYLE / "gold"), "--pred", str(out), "--json"],
                          check=True, capture_output=True, text=True)
    return json.loads(proc.stdout.rsplit("\noverall:", 1)[0])  # the scorer ends with an "overall: X" line


def test_every_gold_article_is_analysed(scores):
    assert scores["missing"] == []
    assert len(list((STYLE / "gold").glob("*.json"))) == len(list((STYLE / "articles").iterdir()))


@pytest.mark.parametrize("task", sorted(FLOORS))
def test_style_corpus_scores_stay_above_their_floors(scores, task):
    value = scores["overall"] if task == "overall" else scores["tasks"].get(task, {}).get("f1",
                                                                                          scores["accuracies"].get(task))
    assert value >= FLOORS[task], f"{task}: {value:.3f} < {FLOORS[task]}"
