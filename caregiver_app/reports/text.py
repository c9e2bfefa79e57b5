"""Text that prints right: whatever a family typed becomes plain printed characters.

- Every string is cleaned (control characters, lone surrogates and the invisible bidi
  controls are removed, so a right-to-left override cannot reverse what follows it) and
  escaped with ``xml.sax.saxutils.escape`` before it reaches a ``Paragraph``: a typed
  ``<img>``, ``<font>``, ``<a>`` or ``&amp;`` prints as those characters. The only markup in a
  paragraph is the ``<font name=...>`` and ``<br/>`` this module writes itself.
- Characters the main font lacks (most emoji) are set in the symbols font, run by run.
- Right-to-left text is shaped (Arabic letters joined, with arabic-reshaper) and put in visual
  order (python-bidi) line by line: a line holding Arabic or Hebrew is broken into lines here,
  at the width it is given, and each line is then reordered, so a long note reads from its
  first line down. Mixed lines ("Fever حمى 39") keep each run in its own direction.
- Words longer than a line are broken, so a 10,000-character line wraps and splits across
  pages like any other."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from xml.sax.saxutils import escape

from arabic_reshaper import ArabicReshaper
from bidi import get_base_level, get_display
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from caregiver_app.reports.fonts import SYMBOLS, FontSet, register_fonts

# Embedding, override and isolate controls and the directional marks: invisible, and only
# there to change the order of what follows (U+202E can make "gpj.exe" look like "exe.jpg").
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ufff9-\ufffb]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x85]")
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
#: Room left on a line broken here, so reportlab never breaks it again.
_LINE_SLACK = 0.97

_reshaper = ArabicReshaper(
    configuration={
        "delete_harakat": False,  # the vowel marks are part of what was written
        "support_ligatures": True,
        "ARABIC LIGATURE ALLAH": False,  # only the lam-alef ligatures, which every font has
    }
)


def clean(text: str) -> str:
    """The printable text of ``text``: one kind of line break, no control characters, no
    bidi controls, no lone surrogates; tabs become spaces."""
    text = _LINE_BREAKS.sub("\n", text)
    text = text.replace("\t", " ")
    text = _SURROGATES.sub("\ufffd", text)
    text = _CONTROLS.sub("", text)
    return _BIDI_CONTROLS.sub("", text)


def printable(text: str, fonts: FontSet, base: str) -> str:
    """``text`` with each character no font has replaced by its Unicode name in brackets
    ("[tooth]" for an emoji newer than the fonts), so it prints and reads back as words
    rather than as an empty box; an unknown mark or control is dropped."""
    if all(fonts.has(base, char) or fonts.has(SYMBOLS, char) for char in text):
        return text
    out = []
    for char in text:
        if fonts.has(base, char) or fonts.has(SYMBOLS, char) or char in " \n":
            out.append(char)
        elif unicodedata.category(char)[0] in "MC":
            continue
        else:
            name = unicodedata.name(char, "")
            out.append(f"[{name.lower()}]" if name else "\ufffd")
    return "".join(out)


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def _is_attached(char: str) -> bool:
    """Marks, joiners and variation selectors belong with the character before them."""
    return unicodedata.category(char) in ("Mn", "Me", "Cf") or "\ufe00" <= char <= "\ufe0f"


def shape(text: str, fonts: FontSet, base: str) -> str:
    """Arabic letters in their joined forms (still in logical order); a joined form the font
    does not have falls back to the plain letter."""
    if _ARABIC.search(text) is None:
        return text
    shaped = _reshaper.reshape(text)
    return "".join(
        char
        if fonts.has(base, char) or not fonts.has(base, unicodedata.normalize("NFKC", char)[:1])
        else unicodedata.normalize("NFKC", char)
        for char in shaped
    )


def visual(text: str, rtl: bool | None = None) -> str:
    """One line in the order it is drawn, left to right. ``rtl`` is the line's base direction
    (by default, that of its first strong character)."""
    if not has_rtl(text):
        return text
    base_dir = None if rtl is None else ("R" if rtl else "L")
    return str(get_display(text, base_dir=base_dir))


def runs(text: str, fonts: FontSet, base: str) -> list[tuple[str, str]]:
    """``text`` cut into (font, characters) runs."""
    found: list[tuple[str, str]] = []
    for char in text:
        font = fonts.font_for(char, base)
        if found and (found[-1][0] == font or _is_attached(char)):
            found[-1] = (found[-1][0], found[-1][1] + char)
        else:
            found.append((font, char))
    return found


def markup(text: str, fonts: FontSet, base: str) -> str:
    """Paragraph markup printing ``text`` (already clean, one line) exactly."""
    return "".join(
        escape(chars) if font == base else f'<font name="{font}">{escape(chars)}</font>'
        for font, chars in runs(text, fonts, base)
    )


@lru_cache(maxsize=8192)
def _char_width(char: str, font: str, size: float) -> float:
    return float(stringWidth(char, font, size))


def text_width(text: str, fonts: FontSet, base: str, size: float) -> float:
    return sum(_char_width(char, fonts.font_for(char, base), size) for char in text)


def break_line(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """``text`` broken into lines no wider than ``width``: at spaces, and inside a word only
    when the word alone is wider than a line (never before a combining mark)."""
    lines: list[str] = []
    current, current_width = "", 0.0
    space = measure(" ")
    for word in text.split():
        word_width = measure(word)
        if word_width > width:
            if current:
                lines.append(current)
            piece, piece_width = "", 0.0
            for char in word:
                char_width = measure(char)
                if piece and piece_width + char_width > width and not _is_attached(char):
                    lines.append(piece)
                    piece, piece_width = "", 0.0
                piece += char
                piece_width += char_width
            current, current_width = piece, piece_width
        elif not current:
            current, current_width = word, word_width
        elif current_width + space + word_width <= width:
            current += " " + word
            current_width += space + word_width
        else:
            lines.append(current)
            current, current_width = word, word_width
    if current:
        lines.append(current)
    return lines


class BidiLine(Flowable):  # type: ignore[misc]
    """One line of text holding right-to-left characters, broken into lines at the width it
    is given, each line shaped and put in visual order; otherwise a ``Paragraph``."""

    def __init__(self, text: str, style: ParagraphStyle, fonts: FontSet) -> None:
        super().__init__()
        self._rtl = get_base_level(text) == 1
        self._text = shape(text, fonts, style.fontName)
        self._fonts = fonts
        self.style = style
        if self._rtl and style.alignment == TA_LEFT:
            self.style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        self._paragraph: Paragraph | None = None
        self._broken_at: float | None = None

    def _measure(self, text: str) -> float:
        return text_width(text, self._fonts, self.style.fontName, self.style.fontSize)

    def _lay_out(self, width: float) -> Paragraph:
        if self._paragraph is None or self._broken_at != width:
            room = (width - self.style.leftIndent - self.style.rightIndent) * _LINE_SLACK
            lines = break_line(self._text, max(room, 1.0), self._measure)
            text = "<br/>".join(
                markup(visual(line, self._rtl), self._fonts, self.style.fontName) for line in lines
            )
            self._paragraph = Paragraph(text, self.style)
            self._broken_at = width
        return self._paragraph

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        self.width, self.height = self._lay_out(width).wrap(width, height)
        return self.width, self.height

    def split(self, width: float, height: float) -> list[Flowable]:
        return list(self._lay_out(width).split(width, height))

    # reportlab passes _sW by name.
    def drawOn(self, canvas: object, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        assert self._paragraph is not None, "drawn before it was wrapped"
        self._paragraph.drawOn(canvas, x, y, _sW)

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)


def paragraphs(text: str, style: ParagraphStyle, fonts: FontSet | None = None) -> list[Flowable]:
    """Flowables printing ``text`` (any user string) in ``style``: one per line of the text,
    so a long note can split across pages between its lines as well as inside them."""
    fonts = fonts or register_fonts()
    flowables: list[Flowable] = []
    for line in printable(clean(text), fonts, style.fontName).split("\n"):
        if not line.strip():
            flowables.append(Spacer(1, style.leading / 2))
        elif has_rtl(line):
            flowables.append(BidiLine(line, style, fonts))
        else:
            flowables.append(Paragraph(markup(line, fonts, style.fontName), style))
    return flowables or [Spacer(1, 0)]


def one_line(text: str, fonts: FontSet, base: str) -> str:
    """Markup for short text on one line (a label, a heading filled in with a name): line
    breaks become spaces, right-to-left runs are shaped and reordered."""
    line = " ".join(printable(clean(text), fonts, base).split())
    return markup(visual(shape(line, fonts, base)), fonts, base)


def fit(text: str, width: float, fonts: FontSet, base: str, size: float) -> str:
    """``text`` on one line, cut with "…" to fit ``width`` (for page headers only: the full
    text is printed in the body)."""
    line = " ".join(printable(clean(text), fonts, base).split())
    if text_width(line, fonts, base, size) <= width:
        return line
    ellipsis = "…"
    room = width - text_width(ellipsis, fonts, base, size)
    kept, used = "", 0.0
    for char in line:
        used += _char_width(char, fonts.font_for(char, base), size)
        if used > room:
            break
        kept += char
    return kept.rstrip() + ellipsis


def drawing_text(text: str, fonts: FontSet, base: str) -> str:
    """Text for a reportlab graphics ``String`` (one font, no markup): shaped and reordered;
    characters the font lacks stay as they are."""
    return visual(shape(" ".join(printable(clean(text), fonts, base).split()), fonts, base))
