"""The fonts every report is set in: TrueType files shipped in ``resources/fonts/``, embedded
(subset) in each PDF, never the PDF base-14 set, so every page looks the same on every
machine and every script a family writes in prints.

- DejaVu Sans and DejaVu Sans Bold: Latin with accents, Greek, Cyrillic, Hebrew, Arabic
  (with the presentation forms that shaped Arabic is written in) and some emoji.
- Symbola, cut to its symbol and emoji blocks: most other emoji, printed as black-and-white
  text. A character no font has prints as the font's empty box and still reads back as itself.

Registering also fixes reportlab's ToUnicode map for characters outside the Basic
Multilingual Plane (emoji): reportlab writes them as 4 hex digits, so 😀 read back as "ὠ"."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from caregiver_app.paths import resources_dir

REGULAR = "CaregiverSans"
BOLD = "CaregiverSans-Bold"
SYMBOLS = "CaregiverSymbols"
FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    SYMBOLS: "Symbola-symbols.ttf",
}


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@dataclass(frozen=True)
class FontSet:
    """The registered fonts and the characters each one has."""

    coverage: dict[str, frozenset[int]]

    def font_for(self, char: str, base: str) -> str:
        """The font to print ``char`` in, for text set in ``base`` (REGULAR or BOLD)."""
        code = ord(char)
        if code in self.coverage[base] or code not in self.coverage[SYMBOLS]:
            return base
        return SYMBOLS

    def has(self, font: str, char: str) -> bool:
        return ord(char) in self.coverage[font]


_lock = threading.Lock()
_registered: FontSet | None = None


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ``makeToUnicodeCMap`` with each code written as UTF-16 (a surrogate pair
    above U+FFFF), as the PDF specification says."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{_utf16_hex(code)}>" for index, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def register_fonts() -> FontSet:
    """Registers the report fonts with reportlab once per process; returns their coverage."""
    global _registered
    with _lock:
        if _registered is None:
            ttfonts.makeToUnicodeCMap = _to_unicode_cmap
            folder = fonts_dir()
            coverage: dict[str, frozenset[int]] = {}
            for name, filename in FILES.items():
                font = TTFont(name, str(folder / filename))
                pdfmetrics.registerFont(font)
                coverage[name] = frozenset(font.face.charToGlyph)
            # <b> and <i> inside a paragraph set in our font stay in our fonts.
            pdfmetrics.registerFontFamily(
                REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
            )
            _registered = FontSet(coverage)
        return _registered
