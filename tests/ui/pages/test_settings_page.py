"""The Settings page: who is logging, the time zone (with its completer), the language, and
where the data lives."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from caregiver_app.services.app import AppServices
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.pages.settings_page import SettingsPage


@pytest.fixture
def page(
    services: AppServices, events: DataEvents, show: Callable[[QWidget], QWidget]
) -> SettingsPage:
    settings = SettingsPage(services, events)
    show(settings)
    return settings


def test_the_page_shows_the_current_settings(page, services):
    assert page.caregiver_edit.text() == "Maria"
    assert page.zone_combo.currentText() == "Europe/Madrid"
    assert page.language_combo.currentText() == "System default"
    assert page.data_path.text() == str(services.data_dir)
    assert page.data_path.isReadOnly()


def test_saving_stores_every_setting_and_tells_the_window(qtbot, page, services, events):
    page.caregiver_edit.setText("Javier")
    page.zone_combo.setEditText("America/Mexico_City")
    page.language_combo.setCurrentIndex(page.language_combo.findData("es"))
    assert page.language_note.isVisible(), "the family learns when the language applies"
    with qtbot.waitSignal(events.settings_changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert services.settings.caregiver_name() == "Javier"
    assert services.settings.time_zone() == "America/Mexico_City"
    assert services.settings.language() == "es"
    assert page.feedback.text() == (
        "Settings saved. The new language is used the next time you open the app."
    )


def test_an_unknown_time_zone_is_explained_and_nothing_is_saved(page, services):
    page.caregiver_edit.setText("Javier")
    page.zone_combo.setEditText("Mars/Olympus")
    page.save()
    assert page.form.errors["time_zone"].text() == (
        "'Mars/Olympus' is not a time zone name like Europe/Madrid"
    )
    assert services.settings.time_zone() == "Europe/Madrid"
    assert services.settings.caregiver_name() == "Maria", "nothing is half saved"
    assert page.feedback.text() == ""


def test_the_time_zone_completer_finds_names_containing_the_text(page):
    completer = page.zone_combo.completer()
    assert completer is not None
    completer.setCompletionPrefix("madr")
    assert completer.currentCompletion() == "Europe/Madrid"
    assert page.zone_combo.findText("Pacific/Auckland") >= 0


def test_the_data_folder_can_be_copied(qtbot, page, services):
    qtbot.mouseClick(page.copy_path_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == str(services.data_dir)
    assert page.feedback.text() == "The folder's location is copied."


def test_ctrl_s_saves_the_settings(qtbot, page, services):
    page.caregiver_edit.setFocus()
    page.caregiver_edit.setText("Abuela Carmen")
    qtbot.keyClick(page.caregiver_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services.settings.caregiver_name() == "Abuela Carmen"
