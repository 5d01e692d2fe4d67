"""Shared fixtures: small articles written by the tests themselves."""
from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = (
    "华为发布新款手机 市场份额继续上升\n"
    "华为消费者业务首席执行官余承东3月5日在深圳表示,今年公司将继续加大研发投入。"
    "他说,华为手机去年在国内的出货量同比增长了三成。小米、OPPO等对手也在加快布局高端市场。"
    "分析人士认为,2015年国内手机市场的竞争将更加激烈。\n"
)


@pytest.fixture
def article_text() -> str:
    """A short, clean article in simplified Chinese."""
    return ARTICLE


@pytest.fixture
def write(tmp_path: Path):
    """Write bytes or text to a file in a temporary folder and return its path."""
    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path
    return _write


from hypothesis import settings  # noqa: E402

settings.register_profile("default", max_examples=25)
settings.register_profile("thorough", max_examples=1000)
settings.load_profile("default")
