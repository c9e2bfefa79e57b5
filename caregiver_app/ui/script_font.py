"""A font that has the letters of the app's language, first in the app's font list.

Qt sizes a line of text by the first font of the widget's font; letters that font lacks are
drawn with a fallback font. Where the desktop's font has no Arabic letters (a Linux desktop not
set up for Arabic), Arabic lines are drawn with a taller fallback font than they were measured
with, so wrapped labels lose their last line. Putting a font that has Arabic letters first
measures them right; Latin letters that font lacks still come from the desktop's font."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontInfo, QGuiApplication

#: Fonts made for screens, best first; any font that has Arabic letters does otherwise.
ARABIC_FONTS = (
    "Noto Sans Arabic UI",
    "Noto Sans Arabic",
    "Segoe UI",
    "Tahoma",
    "Geeza Pro",
    "Noto Kufi Arabic",
    "Noto Naskh Arabic",
)
WRITING_SYSTEMS = {"ar": QFontDatabase.WritingSystem.Arabic}


def use_a_font_for(app: QGuiApplication, language: str) -> str:
    """Puts a font with ``language``'s letters first in the app's font when the app's font has
    none; returns the family put first ("" when nothing changed)."""
    system = WRITING_SYSTEMS.get(language)
    if system is None:
        return ""
    font = app.font()
    if system in QFontDatabase.writingSystems(QFontInfo(font).family()):
        return ""
    available = QFontDatabase.families(system)
    chosen = next((family for family in ARABIC_FONTS if family in available), "")
    chosen = chosen or next(iter(available), "")
    if chosen:
        font.setFamilies([chosen, *font.families()])
        app.setFont(font)
    return chosen
