"""The text helpers: cleaning, escaping, font runs, shaping and line breaking."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from caregiver_app.reports.fonts import BOLD, REGULAR, SYMBOLS, register_fonts
from caregiver_app.reports.text import (
    BidiLine,
    break_line,
    clean,
    fit,
    has_rtl,
    markup,
    one_line,
    paragraphs,
    printable,
    runs,
    shape,
    text_width,
    visual,
)

FONTS = register_fonts()
STYLE = ParagraphStyle("test", fontName=REGULAR, fontSize=9, leading=11)


@pytest.mark.parametrize(
    ("typed", "cleaned"),
    [
        ("a\r\nb\rc\u2028d", "a\nb\nc\nd"),
        ("tab\there", "tab here"),
        ("\u202eevil\u202c \u2066iso\u2069 \u200fmark", "evil iso mark"),
        ("nul\x00 del\x7f c1\x85", "nul del c1\n"),
        ("lone \udcff surrogate", "lone \ufffd surrogate"),
        ("plain text, ñ, 😀", "plain text, ñ, 😀"),
    ],
)
def test_clean_removes_what_cannot_or_must_not_print(typed, cleaned):
    assert clean(typed) == cleaned


def test_markup_escapes_every_markup_character():
    assert markup('<b>&amp;"x"</b>', FONTS, REGULAR) == '&lt;b&gt;&amp;amp;"x"&lt;/b&gt;'


def test_characters_the_main_font_lacks_are_set_in_the_symbols_font():
    assert runs("ok 🙂!", FONTS, REGULAR) == [(REGULAR, "ok "), (SYMBOLS, "🙂"), (REGULAR, "!")]
    assert markup("🙂<", FONTS, BOLD) == f'<font name="{SYMBOLS}">🙂</font>&lt;'


def test_a_variation_selector_stays_with_its_emoji():
    assert runs("❤\ufe0f", FONTS, REGULAR) == [(REGULAR, "❤\ufe0f")]


def test_a_character_no_font_has_becomes_its_name():
    assert printable("a 🦷 b", FONTS, REGULAR) == "a [tooth] b"
    assert printable("plain", FONTS, REGULAR) == "plain"


def test_right_to_left_text_is_recognised():
    assert has_rtl("abc שלום")
    assert has_rtl("مرحبا")
    assert not has_rtl("Привет ñ 😀")


def test_arabic_is_shaped_into_joined_forms():
    shaped = shape("مرحبا", FONTS, REGULAR)
    assert all("\ufe70" <= char <= "\ufeff" for char in shaped)
    assert shape("لا", FONTS, REGULAR) == "\ufefb", "the lam-alef ligature"
    assert shape("Hebrew שלום", FONTS, REGULAR) == "Hebrew שלום"


def test_visual_order_reverses_right_to_left_runs_only():
    assert visual("abc") == "abc"
    assert visual("שלום") == "םולש"
    assert visual("Fever חום 39") == "Fever 39 םוח"


def test_one_line_is_shaped_ordered_and_escaped():
    line = one_line("<b> שלום\n", FONTS, REGULAR)
    assert line == "&lt;b&gt; םולש"


def test_fit_cuts_long_text_with_an_ellipsis():
    short = fit("Sami", 100, FONTS, REGULAR, 8)
    assert short == "Sami"
    cut = fit("x" * 500, 100, FONTS, REGULAR, 8)
    assert cut.endswith("…")
    assert text_width(cut, FONTS, REGULAR, 8) <= 100


def measure(text: str) -> float:
    return text_width(text, FONTS, REGULAR, 9)


@settings(max_examples=200)
@given(
    st.lists(st.text(alphabet="abcdefghijשלוםمرحبا", min_size=1, max_size=40), max_size=40),
    st.floats(min_value=20, max_value=400),
)
def test_break_line_keeps_every_word_in_order_within_the_width(words, width):
    text = " ".join(words)
    lines = break_line(text, width, measure)
    joined = "".join("".join(line.split()) for line in lines)
    assert joined == "".join(text.split()), "nothing lost, nothing added"
    for line in lines:
        assert measure(line) <= width or len(line) == 1


def test_a_word_longer_than_the_line_is_broken_inside():
    lines = break_line("x" * 1000, 100, measure)
    assert len(lines) > 5
    assert "".join(lines) == "x" * 1000


def test_plain_lines_are_paragraphs_and_right_to_left_lines_are_laid_out_here():
    flowables = paragraphs("first line\nשורה שנייה\n\nlast", STYLE, FONTS)
    assert [type(f).__name__ for f in flowables] == ["Paragraph", "BidiLine", "Spacer", "Paragraph"]


def test_a_long_right_to_left_line_breaks_into_lines_in_reading_order():
    line = BidiLine(" ".join(["ראשון", *(["מילה"] * 60), "אחרון"]), STYLE, FONTS)
    _width, height = line.wrap(200, 1000)
    assert height > 5 * STYLE.leading
    paragraph = line._lay_out(200)
    assert isinstance(paragraph, Paragraph)
    first, *_, last = paragraph.text.split("<br/>")
    assert "ןושאר" in first
    assert "ןורחא" in last


def test_a_right_to_left_line_is_aligned_right_and_splits_across_pages():
    line = BidiLine(" ".join(["מילה"] * 400), STYLE, FONTS)
    line.wrap(200, 1000)
    assert line.style.alignment == 2  # TA_RIGHT
    parts = line.split(200, 100)
    assert len(parts) == 2
