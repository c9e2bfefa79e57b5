"""The shipped translations, installed as the app installs them (caregiver_app/i18n.py): the
window speaks Spanish, English has its plural forms, and every Spanish message is translated
with the same placeholders as its English source."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from caregiver_app.core.records import Child
from caregiver_app.i18n import install_translators
from caregiver_app.services.app import AppServices
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.labels import Labels
from caregiver_app.ui.main_window import MainWindow

TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"
SHIPPED_SOURCES = sorted(TRANSLATIONS.glob("caregiver_app_*.ts"))

#: What a translation must keep from its source: {placeholders} (with !r and :specs) and %n.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n")
#: A mnemonic: "&" before a character other than a space or another "&".
MNEMONIC = re.compile(r"&[^&\s]")


@pytest.fixture
def install(
    qapp: QApplication, shipped_translations: Path
) -> Iterator[Callable[[str], list[QTranslator]]]:
    """Installs the shipped translators for a language; removes them after the test, so the
    other tests run in English."""
    installed: list[QTranslator] = []

    def install_language(language: str) -> list[QTranslator]:
        translators = install_translators(qapp, language)
        installed.extend(translators)
        return translators

    yield install_language
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def test_spanish_shows_in_the_real_window(
    install, services: AppServices, child: Child, qtbot
) -> None:
    translators = install("es")
    assert len(translators) == 2, "Qt's own Spanish and the app's"
    window = MainWindow(services, DataEvents())
    qtbot.addWidget(window)
    today = window.today_page
    assert today.save_button.text() == "Guardar"
    assert today.heading.text() == "¿Cómo está Lucía hoy?"
    assert today.symptoms.button("headache").text() == "Dolor de cabeza"
    assert today.symptoms.button("nystagmus").text() == "Ojos que tiemblan"
    assert today.severity.button("severe").text() == "Grave"
    assert window.nav.item(window.TODAY).text() == "Hoy"
    assert window.child_name.text() == "Lucía (2 años y 8 meses)"


def test_english_has_singular_and_plural_forms(install) -> None:
    translators = install("en")
    assert len(translators) == 1, "the app's plural forms only: Qt has no English to add"
    entries = [QCoreApplication.translate("DiaryModel", "%n entries", "", n) for n in (1, 2)]
    assert entries == ["1 entry", "2 entries"]
    assert [Labels().years(n) for n in (1, 2)] == ["1 year", "2 years"]


def messages(source: Path) -> list[tuple[str, ET.Element]]:
    return [
        (context.findtext("name", ""), message)
        for context in ET.parse(source).getroot().iter("context")
        for message in context.iter("message")
    ]


def test_spanish_holds_every_message_and_english_the_plural_ones() -> None:
    assert [path.name for path in SHIPPED_SOURCES] == ["caregiver_app_en.ts", "caregiver_app_es.ts"]
    assert len(messages(TRANSLATIONS / "caregiver_app_es.ts")) > 300
    english = messages(TRANSLATIONS / "caregiver_app_en.ts")
    assert english
    assert all(message.get("numerus") == "yes" for _context, message in english)


@pytest.mark.parametrize("source", SHIPPED_SOURCES, ids=lambda path: path.stem)
def test_every_message_is_translated_with_the_source_placeholders(source: Path) -> None:
    problems = []
    for context, message in messages(source):
        text = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") is not None:  # unfinished, vanished or obsolete
            problems.append(f"{context}: {text!r} is {translation.get('type')}")
            continue
        forms = (
            [form.text or "" for form in translation.iter("numerusform")]
            if message.get("numerus") == "yes"
            else [translation.text or ""]
        )
        if message.get("numerus") == "yes" and len(forms) != 2:
            problems.append(f"{context}: {text!r} has {len(forms)} plural forms, not 2")
        for form in forms:
            if not form.strip():
                problems.append(f"{context}: {text!r} has an empty translation")
            elif sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"{context}: {text!r} -> {form!r} changes the placeholders")
            elif bool(MNEMONIC.search(form)) != bool(MNEMONIC.search(text)):
                problems.append(f"{context}: {text!r} -> {form!r} adds or drops the & key")
    assert problems == []


def test_choosing_a_language_makes_dates_follow_it():
    from PySide6.QtCore import QDate, QLocale

    from caregiver_app.i18n import apply_locale

    before = QLocale()
    try:
        apply_locale("es")
        assert QLocale().language() == QLocale.Language.Spanish
        text = QLocale().toString(QDate(2026, 11, 21), QLocale.FormatType.LongFormat)
        assert "noviembre" in text
    finally:
        QLocale.setDefault(before)
