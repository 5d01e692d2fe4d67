"""Chinese glyphs really render in figures: no missing-glyph warning, not the missing-glyph box."""
import warnings

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg

from analysis.present.fonts import cjk_font_path, use_cjk_font
from analysis.present.plots import new_figure


def render(text: str, family: str | None = None) -> np.ndarray:
    """Pixels of text drawn alone on a small figure."""
    fig = new_figure(1.2, 1.2)
    kwargs = {"family": family} if family else {}
    fig.text(0.5, 0.5, text, fontsize=40, ha="center", va="center", **kwargs)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba())[..., 0].copy()


def test_font_file_exists():
    assert cjk_font_path().is_file()


def test_chinese_renders_without_missing_glyph_warning():
    use_cjk_font()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        render("阿里巴巴")


def test_glyphs_differ_from_each_other_and_from_the_tofu_box():
    use_cjk_font()
    a, b = render("阿"), render("腾")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tofu = render("\uffff")  # a code point no font has: drawn as the missing-glyph box
    assert (a < 128).sum() > 50, "nothing was drawn"
    assert not np.array_equal(a, b), "two different characters rendered the same"
    assert not np.array_equal(a, tofu), "the character rendered as the missing-glyph box"


def test_default_font_would_fail_this_check():
    """The check above can fail: DejaVu Sans has no CJK glyphs and warns."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        render("阿", family="DejaVu Sans")
    assert any("missing from font" in str(w.message) for w in caught)


def test_the_shipped_font_is_preferred_over_system_fonts():
    from analysis.present.fonts import bundled_font

    assert bundled_font() is not None and cjk_font_path() == bundled_font()
