"""The Settings page: who is logging, the time zone (with its completer), the language,
where the data lives, and backups (make one, copy them to a USB stick, restore one)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QWidget

from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.restore_dialog import RestoreDialog
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


def test_a_busy_diary_is_explained_on_the_page_and_nothing_is_half_saved(
    page, services, events, diary_busy
):
    page.caregiver_edit.setText("Javier")
    page.zone_combo.setEditText("America/Mexico_City")
    with diary_busy():
        page.save()
    assert page.feedback.text() == (
        "Not saved: The diary is busy: another window or command is saving. Try again in a "
        "moment. Your changes are still here; try again."
    )
    assert services.settings.caregiver_name() == "Maria"
    assert services.settings.time_zone() == "Europe/Madrid"
    assert page.caregiver_edit.text() == "Javier"
    page.save()
    assert services.settings.caregiver_name() == "Javier"
    assert services.settings.time_zone() == "America/Mexico_City"


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


# Backups ----------------------------------------------------------------------------------


def choose_folder(monkeypatch, folder) -> list[str]:
    """Patches the folder chooser to pick ``folder`` (or cancel, for None); records where it
    started."""
    started: list[str] = []

    def choose(_parent, _caption, start):
        started.append(start)
        return "" if folder is None else str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(choose))
    return started


def test_backups_say_where_they_are_and_that_none_was_made_yet(page, services):
    assert page.backup_path.text() == str(services.data_dir / "backups")
    assert page.backup_path.isReadOnly()
    assert page.last_backup_label.text() == "No backup yet"
    assert page.extra_path.text() == ""
    assert not page.stop_extra_button.isEnabled()
    words = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "A backup of the diary is made every day while the app is open." in words
    assert "the last 14 days, and one for each of the last 12 months, are kept" in words


def test_back_up_now_makes_a_backup_and_says_where(qtbot, page, services, child, clock):
    services.diary.log(
        child.id, day="2026-11-21", clock_time="08:00", symptom="fever", severity="mild"
    )
    qtbot.mouseClick(page.backup_now_button, Qt.MouseButton.LeftButton)
    [backup] = services.backups.backups()
    assert (backup.reason, backup.entries) == ("manual", 1)
    assert page.backup_feedback.text() == (
        f"Backup made (1 entry), in {services.data_dir / 'backups'}."
    )
    assert page.last_backup_label.text() == "Today, 10:00 (1 entry)"


def test_a_backup_that_cannot_be_written_is_explained(qtbot, page, services):
    services.backups.folder().write_text("a file where the backups folder should be")
    qtbot.mouseClick(page.backup_now_button, Qt.MouseButton.LeftButton)
    assert page.backup_feedback.text().startswith(
        f"The backup could not be written to {services.backups.folder()}"
    )


def test_backups_are_also_copied_to_a_chosen_folder_until_the_family_stops(
    qtbot, page, services, tmp_path, monkeypatch
):
    stick = tmp_path / "USB stick"
    stick.mkdir()
    started = choose_folder(monkeypatch, stick)
    qtbot.mouseClick(page.choose_extra_button, Qt.MouseButton.LeftButton)
    assert started == [str(Path.home())]
    assert services.backups.extra_folder() == stick
    assert page.extra_path.text() == str(stick)
    assert page.stop_extra_button.isEnabled()
    assert page.backup_feedback.text() == (
        f"From now on, every backup is also copied to {stick}. Press “Back up now” to put one "
        "there today."
    )

    qtbot.mouseClick(page.backup_now_button, Qt.MouseButton.LeftButton)
    [copy] = services.backups.backups(stick)
    assert copy.sound
    assert page.backup_feedback.text().endswith(f"\nA copy is also in {stick}.")

    qtbot.mouseClick(page.stop_extra_button, Qt.MouseButton.LeftButton)
    assert services.backups.extra_folder() is None
    assert page.extra_path.text() == ""
    assert page.backup_feedback.text() == (
        f"Backups are no longer copied to {stick}. The backups already there are kept."
    )
    assert services.backups.backups(stick) == [copy]


def test_cancelling_the_folder_chooser_changes_nothing(qtbot, page, services, monkeypatch):
    choose_folder(monkeypatch, None)
    qtbot.mouseClick(page.choose_extra_button, Qt.MouseButton.LeftButton)
    assert services.backups.extra_folder() is None
    assert page.backup_feedback.text() == ""


def test_an_unsuitable_folder_is_explained_next_to_the_field(qtbot, page, services, monkeypatch):
    own = services.backups.folder()
    own.mkdir(parents=True, exist_ok=True)
    choose_folder(monkeypatch, own)
    qtbot.mouseClick(page.choose_extra_button, Qt.MouseButton.LeftButton)
    assert page.backup_form.errors["extra_folder"].text() == (
        f"{own} is where the app keeps its own backups. Choose another disk, such as a USB stick."
    )
    assert services.backups.extra_folder() is None
    assert page.backup_feedback.text() == ""


def test_a_copy_folder_that_is_not_plugged_in_is_noticed(
    qtbot, page, services, tmp_path, monkeypatch
):
    stick = tmp_path / "stick"
    stick.mkdir()
    services.backups.set_extra_folder(stick)
    stick.rmdir()
    page.refresh_backups()
    assert page.extra_note.isVisible()
    assert page.extra_note.text() == (
        f"{stick} cannot be reached right now (is the USB stick or disk plugged in?). Backups "
        "are still made on this computer."
    )
    qtbot.mouseClick(page.backup_now_button, Qt.MouseButton.LeftButton)
    assert len(services.backups.backups()) == 1, "the backup itself is made"
    assert f"its copy in {stick} was not" in page.backup_feedback.text()


def test_restore_opens_the_restore_dialog_and_the_page_follows_what_it_did(
    qtbot, page, services, child, events, message_boxes
):
    services.backups.backup_now()
    services.settings.set_caregiver_name("Javier")
    page.load()
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, RestoreDialog)
    assert dialog.isVisible()
    message_boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert page.caregiver_edit.text() == "Maria", "the restored settings are shown"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert page.dialog is None
    assert page.last_backup_label.text() == "Today, 10:00 (0 entries)"
