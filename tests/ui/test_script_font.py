"""Arabic is measured with a font that has Arabic letters: where the app's font has none, one
that has them goes first, so a wrapped Arabic label is as tall as the lines it draws."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication

from caregiver_app.ui.script_font import use_a_font_for

ARABIC = QFontDatabase.WritingSystem.Arabic


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[QFont]:
    before = QFont(qapp.font())
    yield before
    qapp.setFont(before)


def test_other_languages_keep_the_app_font(qapp, app_font) -> None:
    assert use_a_font_for(qapp, "es") == ""
    assert use_a_font_for(qapp, "en") == ""
    assert qapp.font() == app_font


def test_arabic_puts_a_font_with_arabic_letters_first(qapp, app_font) -> None:
    if ARABIC in QFontDatabase.writingSystems(QFontInfo(app_font).family()):
        assert use_a_font_for(qapp, "ar") == "", "the app's font already has Arabic letters"
        return
    if not QFontDatabase.families(ARABIC):
        pytest.skip("no font with Arabic letters is installed")
    chosen = use_a_font_for(qapp, "ar")
    assert chosen
    assert qapp.font().families() == [chosen, *app_font.families()], "Latin still falls back"
    assert ARABIC in QFontDatabase.writingSystems(QFontInfo(qapp.font()).family())
    arabic_only = QFont(chosen)
    arabic_only.setPointSizeF(app_font.pointSizeF())
    assert QFontMetrics(qapp.font()).lineSpacing() >= QFontMetrics(arabic_only).lineSpacing()
    assert use_a_font_for(qapp, "ar") == "", "once is enough"
