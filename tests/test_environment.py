"""pyproject.toml and environment.yml list the same dependencies."""
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def names(requirements: list[str]) -> set[str]:
    """Package names of requirement strings, lower-case."""
    return {re.split(r"[<>=!~ \[]", r.strip(), maxsplit=1)[0].lower() for r in requirements}


def test_pyproject_and_environment_yml_agree():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = names(project["dependencies"]) | names(project["optional-dependencies"]["test"]) | {"distributed"}
    env = (ROOT / "environment.yml").read_text(encoding="utf-8").split("dependencies:", 1)[1]
    listed = names(m for m in re.findall(r"^\s+-\s+([A-Za-z][\w.\-]*[^\n#]*)", env, re.M)
                   if not m.startswith(("python", "pip", "-e")))
    assert listed == wanted
    assert "python=3.11" in env
