"""Every page and every dialog in English, Spanish and Arabic: no Qt warning (any fails the
test), no text left in English where the language has a translation for it, no label or
button too narrow for its text at the default size, and right to left in Arabic."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabWidget,
    QWidget,
)

from caregiver_app.i18n import apply_locale, install_translators
from tests.ui.test_accessibility import DIALOG_FORMS, build_dialog

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
LANGUAGES = ("en", "es", "ar")


@cache
def translated_sources(language: str) -> frozenset[str]:
    """The source texts whose translation into ``language`` reads differently: seeing one of
    these on the screen means a text was not translated."""
    if language == "en":
        return frozenset()
    found = set()
    root = ET.parse(TRANSLATIONS / f"caregiver_app_{language}.ts").getroot()
    for message in root.iter("message"):
        if message.get("numerus") == "yes":
            continue  # shown with a number in it, never as the bare source
        source = message.findtext("source", "")
        translation = message.findtext("translation", "")
        if translation and translation != source and len(source) > 2:
            found.add(source)
    return frozenset(found)


@pytest.fixture
def language_installed(
    request: pytest.FixtureRequest, qapp: QApplication, shipped_translations: Path
) -> Iterator[str]:
    language: str = request.param
    before = QLocale()
    translators = install_translators(qapp, language) if language != "en" else []
    apply_locale(language)  # as the app does for the language chosen in Settings
    yield language
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


def shown_widgets(root: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in [root, *root.findChildren(QWidget)]
        if widget.window() is root.window() and widget.isVisibleTo(root)
    ]


def texts_of(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
        return [widget.text()]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabWidget):
        return [widget.tabText(index) for index in range(widget.count())]
    return []


def untranslated(root: QWidget, language: str) -> list[str]:
    sources = translated_sources(language)
    return sorted(
        {
            text
            for widget in shown_widgets(root)
            for text in texts_of(widget)
            if text.strip() and text in sources
        }
    )


def needed_width(widget: QWidget, text: str) -> int:
    shown = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    metrics = widget.fontMetrics()
    width = max(metrics.horizontalAdvance(line) for line in shown.splitlines() or [""])
    if isinstance(widget, QPushButton):
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        return widget.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, metrics.size(0, shown), widget
        ).width() - (2 if widget.isFlat() else 0)
    if isinstance(widget, QCheckBox | QRadioButton):
        return widget.minimumSizeHint().width()
    return width


def clipped(root: QWidget) -> list[str]:
    """Labels that do not wrap, and buttons, narrower than their text needs."""
    found = []
    for widget in shown_widgets(root):
        if widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or widget.textFormat() == Qt.TextFormat.RichText:
                continue
            if not widget.text().strip() or not widget.pixmap().isNull():
                continue
            available = widget.contentsRect().width() - 2 * max(widget.margin(), 0)
            if needed_width(widget, widget.text()) > available + 1:
                found.append(f"QLabel {widget.text()!r} ({available}px)")
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton):
            text = widget.text()
            if text.strip() and needed_width(widget, text) > widget.width() + 1:
                found.append(f"{type(widget).__name__} {text!r} ({widget.width()}px)")
    return found


def check(root: QWidget, language: str) -> None:
    assert untranslated(root, language) == [], f"left in English in {language}"
    assert clipped(root) == [], f"too narrow in {language}"
    wanted = Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    assert root.layoutDirection() == wanted


@pytest.mark.parametrize("language_installed", LANGUAGES, indirect=True)
def test_every_page_in_every_language(language_installed, services, child, make_window):
    services.family.add_contact(child.id, role="Dentist", name="Dr. Gil", phone="912 000 000")
    window = make_window()
    window.resize(1180, 760)
    window.show()
    for index in range(window.pages.count()):
        window.show_page(index)
        QApplication.processEvents()
        check(window, language_installed)


@pytest.mark.parametrize("form", DIALOG_FORMS)
@pytest.mark.parametrize("language_installed", LANGUAGES, indirect=True)
def test_every_dialog_in_every_language(
    language_installed, form, services, child, events, show: Callable[[QWidget], QWidget], tmp_path
):
    dialog = build_dialog(form, services, child, events, tmp_path)
    show(dialog)
    check(dialog, language_installed)
    dialog.close()


def test_the_checks_notice_a_left_over_english_text_and_a_narrow_button(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    source = next(iter(sorted(translated_sources("es"))))
    QLabel(source, holder)
    narrow = QPushButton("A rather long button text", holder)
    narrow.setFixedWidth(40)
    holder.show()
    assert untranslated(holder, "es") == [source]
    assert [line.split(" (")[0] for line in clipped(holder)] == [
        "QPushButton 'A rather long button text'"
    ]
