"""The shipped translations, installed as the app installs them (caregiver_app/i18n.py): the
window speaks Spanish and Arabic (right to left), English has its plural forms, and every
Spanish and Arabic message is translated with the same placeholders as its English source and
with as many plural forms as Qt has for the language."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from caregiver_app.core.records import Child
from caregiver_app.i18n import install_translators
from caregiver_app.services.app import AppServices
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.labels import Labels
from caregiver_app.ui.main_window import MainWindow
from caregiver_app.ui.pages.settings_page import SettingsPage

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


def test_arabic_shows_in_the_real_window_right_to_left(
    install, qapp: QApplication, services: AppServices, child: Child, qtbot
) -> None:
    translators = install("ar")
    assert len(translators) == 2, "Qt's own Arabic and the app's"
    window = MainWindow(services, DataEvents())
    qtbot.addWidget(window)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    today = window.today_page
    assert today.isRightToLeft()
    assert today.save_button.text() == "حفظ"
    assert today.heading.text() == "كيف حال Lucía اليوم؟"
    assert today.symptoms.button("headache").text() == "صداع"
    assert today.symptoms.button("nystagmus").text() == "اهتزاز العينين"
    assert today.severity.button("severe").text() == "شديد"
    assert window.nav.item(window.TODAY).text() == "اليوم"
    # a right-to-left mark first: the line stays right to left although the name is Latin
    assert window.child_name.text() == "\u200fLucía (2 سنة و8 أشهر)"


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")  # offscreen
def test_every_page_opens_in_arabic_right_to_left(
    install, services: AppServices, child: Child, qtbot
) -> None:
    install("ar")
    window = MainWindow(services, DataEvents())
    qtbot.addWidget(window)
    window.show()
    titles = []
    for index in range(window.nav.count()):
        window.show_page(index)
        page = window.current_page()
        assert page.isRightToLeft(), window.nav.item(index).text()
        titles.append(window.nav.item(index).text())
    assert titles == [
        "اليوم",
        "اليوميات",
        "الأدوية",
        "المواعيد",
        "الأسنان",
        "متى تطلب الرعاية",
        "العائلة وفريق الرعاية",
        "الإعدادات",
    ]
    window.close()


def test_arabic_symptoms_are_found_by_their_arabic_words(
    install, services: AppServices, child: Child, qtbot
) -> None:
    install("ar")
    window = MainWindow(services, DataEvents())
    qtbot.addWidget(window)
    today = window.today_page
    today.filter_edit.setText("حمى")  # QTest types ASCII only
    assert today.symptoms.visible_codes()[0] == "fever"
    today.filter_edit.setText("تقلصات")  # typed without the shadda of "تقلّصات"
    assert today.symptoms.visible_codes() == ["twitching_cramps"]


def test_the_window_is_left_to_right_again_without_arabic(
    install, qapp: QApplication, services: AppServices, qtbot
) -> None:
    translators = install("ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    window = MainWindow(services, DataEvents())
    qtbot.addWidget(window)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not window.isRightToLeft()


def test_arabic_uses_its_six_plural_forms(install) -> None:
    install("ar")
    days = [QCoreApplication.translate("ChecksDialog", "%n days", "", n) for n in (3, 11, 100)]
    assert days == ["3 أيام", "11 يومًا", "100 يوم"]
    assert [Labels().years(n) for n in (1, 5, 12)] == ["1 سنة", "5 سنوات", "12 سنة"]


def test_settings_offers_arabic_by_its_own_name(services: AppServices, qtbot) -> None:
    page = SettingsPage(services, DataEvents())
    qtbot.addWidget(page)
    index = page.language_combo.findData("ar")
    assert index >= 0
    assert page.language_combo.itemText(index) == "العربية"


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


def message_keys(source: Path) -> set[tuple[str, str, str]]:
    return {
        (context, message.findtext("source", ""), message.findtext("comment", ""))
        for context, message in messages(source)
    }


@cache
def plural_forms(language: str) -> int:
    """How many plural forms Qt has for ``language`` (2 for Spanish, 6 for Arabic), as lupdate
    says: it writes that many empty forms for a new plural message."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    with TemporaryDirectory() as scratch:
        probe = Path(scratch) / "probe.py"
        probe.write_text('QCoreApplication.translate("Probe", "%n things", "", 2)\n')
        target = Path(scratch) / "probe.ts"
        subprocess.run(
            [lupdate, "-silent", str(probe), "-target-language", language, "-ts", str(target)],
            check=True,
        )
        return len(list(ET.parse(target).getroot().iter("numerusform")))


def test_spanish_and_arabic_hold_every_message_and_english_the_plural_ones() -> None:
    assert [path.name for path in SHIPPED_SOURCES] == [
        "caregiver_app_ar.ts",
        "caregiver_app_en.ts",
        "caregiver_app_es.ts",
    ]
    spanish = message_keys(TRANSLATIONS / "caregiver_app_es.ts")
    assert len(spanish) > 300
    assert message_keys(TRANSLATIONS / "caregiver_app_ar.ts") == spanish
    assert (plural_forms("es"), plural_forms("ar")) == (2, 6)
    english = messages(TRANSLATIONS / "caregiver_app_en.ts")
    assert english
    assert all(message.get("numerus") == "yes" for _context, message in english)


@pytest.mark.parametrize("source", SHIPPED_SOURCES, ids=lambda path: path.stem)
def test_every_message_is_translated_with_the_source_placeholders(source: Path) -> None:
    forms_wanted = plural_forms(ET.parse(source).getroot().get("language", ""))
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
        if message.get("numerus") == "yes" and len(forms) != forms_wanted:
            problems.append(
                f"{context}: {text!r} has {len(forms)} plural forms, not {forms_wanted}"
            )
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


def test_choosing_arabic_makes_dates_and_numbers_arabic():
    from PySide6.QtCore import QDate, QLocale

    from caregiver_app.i18n import apply_locale

    before = QLocale()
    try:
        apply_locale("ar")
        assert QLocale().language() == QLocale.Language.Arabic
        text = QLocale().toString(QDate(2026, 11, 21), QLocale.FormatType.LongFormat)
        assert "نوفمبر" in text
        assert QLocale().toString(21) == "٢١"
    finally:
        QLocale.setDefault(before)
