"""The window's words go through Qt's translators in the contexts the .ts files use:
class names for widgets, "Symptom" for the catalogue, "Records" and "Validation" for core."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTime, QTranslator

from caregiver_app.ui.pages.today_page import TodayPage

SPANISH = {
    "Symptom": {
        "Headache": "Dolor de cabeza",
        "Head pain; in a baby, crying when the head is touched or moved.": "Dolor de cabeza.",
    },
    "Records": {"Severe": "Grave"},
    "TodayPage": {"How is {name} today?": "¿Cómo está {name} hoy?", "Time": "Hora"},
    "Validation": {"is in the future": "está en el futuro"},
    "FieldError": {"{field}: {problem}": "{field}: {problem}"},
}


def ts_source(translations: dict[str, dict[str, str]]) -> str:
    contexts = []
    for context, messages in translations.items():
        body = "".join(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(target)}</translation></message>"
            for source, target in messages.items()
        )
        contexts.append(f"<context><name>{context}</name>{body}</context>")
    return (
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="es">{"".join(contexts)}</TS>'
    )


@pytest.fixture
def spanish(tmp_path: Path, qapp) -> Iterator[None]:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    source = tmp_path / "test_es.ts"
    source.write_text(ts_source(SPANISH), encoding="utf-8")
    compiled = tmp_path / "test_es.qm"
    subprocess.run([lrelease, "-silent", str(source), "-qm", str(compiled)], check=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_today_page_speaks_the_installed_language(spanish, services, events, child, show):
    kind = services.catalogue.get("headache")
    assert kind.description in SPANISH["Symptom"], "the test's catalogue text is current"
    page = TodayPage(services, events)
    page.set_child(child.id)
    show(page)
    assert page.heading.text() == "¿Cómo está Lucía hoy?"
    assert page.symptoms.button("headache").text() == "Dolor de cabeza"
    assert page.symptoms.button("headache").toolTip() == "Dolor de cabeza."
    assert page.severity.button("severe").text() == "Grave"

    page.symptoms.button("headache").click()
    page.severity.button("severe").click()
    page.now_check.setChecked(False)
    page.time_edit.setTime(QTime(23, 30))
    page.save()
    assert page.time_error.text() == "Hora: está en el futuro"
