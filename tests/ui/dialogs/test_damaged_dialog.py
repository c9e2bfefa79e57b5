"""The damage dialog on its own: what it says, and a backup that fails to restore is explained
in the dialog, which stays open with both ways on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from caregiver_app.services.app import open_app
from caregiver_app.services.backups import newest_good_backup
from caregiver_app.storage.database import DATABASE_FILENAME
from caregiver_app.ui.dialogs.damaged_dialog import DamagedDialog
from tests.storage.test_damage import overwrite_page


def test_a_backup_that_fails_to_restore_is_explained_and_the_dialog_stays(
    qtbot, tmp_path, clock, show, monkeypatch
):
    monkeypatch.setenv("TZ", "Europe/Madrid")
    folder = tmp_path / "family"
    services = open_app(folder, clock)
    services.family.add_child(name="Lucía", birth_date="2024-03-15")
    backup = services.backups.backup_now()
    services.close()
    moved_to = folder / "caregiver.sqlite3.corrupt-20261121T090000Z"
    (folder / DATABASE_FILENAME).rename(moved_to)
    good = newest_good_backup(folder)
    assert good is not None
    overwrite_page(backup.path, 2)  # damaged since it was listed

    dialog = DamagedDialog(folder, moved_to, good, clock)
    show(dialog)
    assert dialog.windowTitle() == "The diary file was damaged"
    assert dialog.restore_button is not None
    assert dialog.restore_button.isDefault()
    assert dialog.restore_button.text() == "Restore this backup"
    assert dialog.restore_button.accessibleName() == (
        "Restore the backup from Saturday, 21 November 2026, 10:00 (0 entries)"
    )
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.services is None
    assert dialog.error.text().startswith(f"The backup {backup.path} is damaged")
    assert not (folder / DATABASE_FILENAME).exists(), "nothing was put in the diary's place"

    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.services is not None
    assert dialog.services.family.children() == []
    dialog.services.close()


def test_closing_the_app_opens_nothing(qtbot, tmp_path: Path, clock, show):
    folder = tmp_path / "family"
    folder.mkdir()
    dialog = DamagedDialog(folder, folder / "caregiver.sqlite3.corrupt-x", None, clock)
    show(dialog)
    assert dialog.empty_button.isDefault()
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.services is None
    assert list(folder.iterdir()) == []
