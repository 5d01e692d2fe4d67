"""A CJK font for every figure: the Noto Sans CJK font shipped in the mplfonts wheel,
or a CJK font found on the system. Nothing is downloaded.

Noto Sans CJK is under the SIL Open Font License; mplfonts itself is MIT-licensed.
"""
from __future__ import annotations

import functools
from importlib import util
from pathlib import Path

SYSTEM_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", str(Path.home() / ".fonts"),
                    "/System/Library/Fonts", "/Library/Fonts", "C:/Windows/Fonts")
SYSTEM_FONT_HINTS = ("NotoSansCJK", "NotoSansSC", "SourceHanSans", "wqy", "WenQuanYi", "msyh",
                     "simhei", "PingFang", "Hiragino Sans GB", "DroidSansFallback", "simsun")


class NoCJKFont(RuntimeError):
    """Raised when neither mplfonts nor the system offers a CJK font."""


def bundled_font() -> Path | None:
    """Noto Sans CJK SC from the mplfonts package, if it is installed."""
    spec = util.find_spec("mplfonts")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "fonts" / "NotoSansCJKsc-Regular.otf"
    return path if path.is_file() else None


def system_font() -> Path | None:
    """A CJK font file from the usual system font folders, if there is one."""
    for folder in SYSTEM_FONT_DIRS:
        root = Path(folder)
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.suffix.lower() in (".ttf", ".otf", ".ttc") and any(
                    h.lower() in path.name.lower() for h in SYSTEM_FONT_HINTS):
                return path
    return None


@functools.lru_cache(maxsize=1)
def cjk_font_path() -> Path:
    """The CJK font file every figure uses."""
    path = bundled_font() or system_font()
    if path is None:
        raise NoCJKFont("no CJK font: install the mplfonts package (pip install mplfonts)")
    return path


@functools.lru_cache(maxsize=1)
def use_cjk_font() -> str:
    """Register the CJK font with matplotlib and make it the default; returns its family name."""
    from matplotlib import font_manager, rcParams

    path = cjk_font_path()
    font_manager.fontManager.addfont(str(path))
    name = font_manager.FontProperties(fname=str(path)).get_name()
    rcParams["font.family"] = "sans-serif"
    rcParams["font.sans-serif"] = [name, "DejaVu Sans"]
    rcParams["axes.unicode_minus"] = False
    return name
