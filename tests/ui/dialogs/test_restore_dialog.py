"""The restore dialog lists the backups newest first in plain words, lets only sound ones be
chosen, asks before restoring, tells every page, says where the safety backup is (and can
undo), and changes nothing when the restore fails."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from caregiver_app.core.records import DiaryFilter
from caregiver_app.services.backups import BEFORE_MIGRATION
from caregiver_app.ui.dialogs.restore_dialog import HOLDS, WHAT, WHEN, RestoreDialog
from tests.storage.test_damage import overwrite_page


def log(services, child, notes: str):
    return services.diary.log(
        child.id, day="2026-11-20", clock_time="08:00", symptom="fever", severity="mild",
        notes=notes,
    )  # fmt: skip


def notes(services, child) -> list[str]:
    return sorted(e.notes for e in services.diary.repository.entries(DiaryFilter(child.id)))


def rows(dialog: RestoreDialog) -> list[tuple[str, str, str, bool]]:
    found = []
    for row in range(dialog.list.topLevelItemCount()):
        item = dialog.list.topLevelItem(row)
        assert item is not None
        choosable = bool(item.flags() & Qt.ItemFlag.ItemIsSelectable)
        found.append((item.text(WHEN), item.text(WHAT), item.text(HOLDS), choosable))
    return found


@pytest.fixture
def open_dialog(services, events, show):
    def make() -> RestoreDialog:
        dialog = RestoreDialog(services, events)
        show(dialog)
        return dialog

    return make


def test_backups_are_listed_newest_first_in_plain_words(services, child, clock, open_dialog):
    log(services, child, "one")
    clock.advance(timedelta(days=-3))
    services.backups.backup_if_due()
    clock.advance(timedelta(days=2, hours=-1))
    services.backups.backup_now(reason=BEFORE_MIGRATION)
    clock.advance(timedelta(days=1, hours=1))
    log(services, child, "two")
    services.backups.backup_now()
    clock.advance(timedelta(minutes=5))
    damaged = services.backups.backup_now()
    overwrite_page(damaged.path, 2)

    dialog = open_dialog()

    assert rows(dialog) == [
        ("Today, 10:05", "Made by you", "cannot be read", False),
        ("Today, 10:00", "Made by you", "2 entries", True),
        ("Yesterday, 09:00", "Before an update", "1 entry", True),
        ("Wednesday, 18 November 2026, 10:00", "Daily backup", "1 entry", True),
    ]
    assert dialog.selected_backup() is not None
    assert dialog.selected_backup().path != damaged.path, "the newest sound one is chosen"
    assert dialog.restore_button.isEnabled()
    dialog.list.clearSelection()
    assert not dialog.restore_button.isEnabled()
    dialog.select_backup(damaged.path)
    assert dialog.selected_backup() is None, "a damaged backup cannot be chosen"
    assert not dialog.restore_button.isEnabled()
    dialog.reject()


def test_without_backups_the_dialog_says_when_the_first_comes(services, open_dialog):
    dialog = open_dialog()
    assert dialog.list.isHidden()
    assert dialog.empty_note.text().startswith("There is no backup yet.")
    assert not dialog.restore_button.isEnabled()
    dialog.reject()


def test_restoring_asks_then_puts_the_diary_back_and_tells_every_page(
    qtbot, services, child, second_child, clock, events, open_dialog, message_boxes
):
    log(services, child, "before")
    backup = services.backups.backup_now()
    clock.advance(timedelta(hours=1))
    log(services, child, "after")
    services.family.add_child(name="Nuevo", birth_date="2025-01-01")
    services.settings.set_caregiver_name("Javier")
    added_later = {c.id for c in services.family.children()} - {child.id, second_child.id}

    dialog = open_dialog()
    dialog.select_backup(backup.path)
    message_boxes.answer = QMessageBox.StandardButton.Yes
    changed: list[str] = []
    events.diary_changed.connect(changed.append)
    with qtbot.waitSignals([events.family_changed, events.settings_changed]):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert message_boxes.texts() == [
        "Put back the diary as it was on Saturday, 21 November 2026, 10:00 (1 entry)? What "
        "is in the diary now is saved first, so you can undo this."
    ]
    assert notes(services, child) == ["before"]
    assert services.settings.caregiver_name() == "Maria"
    assert sorted(changed) == sorted({child.id, second_child.id, *added_later}), (
        "every child's diary, including one that is gone now, is told"
    )
    safety = services.backups.backups()[0]
    assert (safety.reason, safety.entries) == ("before-restore", 2)
    assert dialog.feedback.text() == (
        "Done: the diary is back as it was on Saturday, 21 November 2026, 10:00.\nWhat was in "
        "it just before is saved as the backup “Before a restore” of Saturday, 21 November "
        f"2026, 11:00 in this list (the file {safety.path}). To go back, press Undo, or restore "
        "that backup later."
    )
    assert rows(dialog)[0] == ("Today, 11:00", "Before a restore", "2 entries", True)
    assert dialog.selected_backup() is not None
    assert dialog.selected_backup().path == backup.path

    qtbot.mouseClick(dialog.feedback.undo_button, Qt.MouseButton.LeftButton)
    assert notes(services, child) == ["after", "before"]
    assert services.settings.caregiver_name() == "Javier"
    assert dialog.feedback.text() == (
        "Undone: the diary is as it was before you restored the backup from Saturday, "
        "21 November 2026, 10:00."
    )
    dialog.accept()


def test_cancelling_the_question_changes_nothing(
    qtbot, services, child, events, open_dialog, message_boxes
):
    log(services, child, "before")
    services.backups.backup_now()
    log(services, child, "after")
    dialog = open_dialog()
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    with qtbot.assertNotEmitted(events.family_changed):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert len(message_boxes.shown) == 1
    assert notes(services, child) == ["after", "before"]
    assert len(services.backups.backups()) == 1, "no safety backup either"
    assert dialog.feedback.text() == ""
    dialog.reject()


def test_a_failed_restore_is_explained_and_changes_nothing(
    qtbot, services, child, events, open_dialog, message_boxes
):
    log(services, child, "before")
    backup = services.backups.backup_now()
    log(services, child, "after")
    dialog = open_dialog()
    backup.path.unlink()  # gone since the list was made (a USB stick pulled out, say)
    message_boxes.answer = QMessageBox.StandardButton.Yes
    with qtbot.assertNotEmitted(events.diary_changed):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.feedback.text() == f"There is no backup file {backup.path}."
    assert not dialog.feedback.undo_button.isVisibleTo(dialog.feedback)
    assert notes(services, child) == ["after", "before"]
    dialog.reject()


def test_a_backup_file_from_elsewhere_can_be_restored(
    qtbot, services, child, tmp_path, monkeypatch, open_dialog, message_boxes
):
    stick = tmp_path / "usb"
    stick.mkdir()
    log(services, child, "on the stick")
    on_stick = services.backups.backup_now(stick)
    log(services, child, "later")
    chosen: list[str] = []

    def choose(_parent, _caption, folder, _filter):
        chosen.append(folder)
        return str(on_stick.path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    message_boxes.answer = QMessageBox.StandardButton.Yes
    dialog = open_dialog()
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert chosen == [str(services.backups.folder())]
    assert notes(services, child) == ["on the stick"]
    assert message_boxes.texts()[0].startswith(
        "Put back the diary as it was on Saturday, 21 November 2026, 10:00 (1 entry)?"
    )
    dialog.reject()


def test_a_file_that_is_not_a_backup_is_refused_before_asking(
    qtbot, services, child, tmp_path, monkeypatch, open_dialog
):
    not_a_backup = tmp_path / "holiday.sqlite3"
    not_a_backup.write_bytes(b"photos, not a diary" * 100)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_: (str(not_a_backup), ""))
    )
    dialog = open_dialog()
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert dialog.feedback.text() == (
        f"{not_a_backup} cannot be restored: it is damaged, is not a backup of this diary, or "
        "was made by a newer version of the app. Nothing was changed."
    )
    dialog.reject()
