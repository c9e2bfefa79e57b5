"""Opening the diary for the window: a damaged file is set aside and the family chooses, in the
real dialog, between the newest good backup and an empty diary; closing the dialog changes
nothing more (and the next start offers the same choice again); a diary the app cannot open
for another reason is explained and left untouched.

The damage is real: garbage over a page of a closed diary, as in tests/storage/test_damage.py,
whose helpers these tests reuse."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from caregiver_app.core.clock import FixedClock
from caregiver_app.core.records import DiaryFilter
from caregiver_app.services.app import AppServices, open_app
from caregiver_app.storage.database import DATABASE_FILENAME
from caregiver_app.ui.dialogs.damaged_dialog import DamagedDialog
from caregiver_app.ui.recovery import open_services_for_window
from tests.storage.test_damage import make_diary, overwrite_page, truncate_to_half

ENTRIES = 300
#: Where open_app sets the damaged file aside at the clock's time (tests/conftest.py NOW,
#: moved on by an hour below).
SET_ASIDE = "caregiver.sqlite3.corrupt-20261121T100000Z"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def entry_count(services: AppServices, child_id: str) -> int:
    return len(services.diary.ids_for(DiaryFilter(child_id)))


def answer_damage_dialog(qtbot, action: Callable[[DamagedDialog], None]) -> list[DamagedDialog]:
    """Does ``action`` on the damage dialog once its exec() has shown it; returns the dialogs
    it saw. A dialog that never comes lets the test fail instead of hanging on exec()."""
    seen: list[DamagedDialog] = []
    tries = [0]

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, DamagedDialog) and dialog.isVisible():
            seen.append(dialog)
            action(dialog)
            return
        tries[0] += 1
        if tries[0] < 500:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    return seen


def click(qtbot, button_of: Callable[[DamagedDialog], object]) -> Callable[[DamagedDialog], None]:
    return lambda dialog: qtbot.mouseClick(button_of(dialog), Qt.MouseButton.LeftButton)


@pytest.fixture(params=["overwritten page", "truncated file"])
def damaged_with_backup(request, tmp_path: Path, clock: FixedClock) -> tuple[Path, str]:
    """A data folder whose diary is damaged (garbage over page 3, or cut to half its size),
    with a good backup of its 300 entries made an hour before."""
    folder = tmp_path / "family"
    child_id = make_diary(folder, ENTRIES)
    services = open_app(folder, clock)
    services.backups.backup_now()
    services.close()
    if request.param == "overwritten page":
        overwrite_page(folder / DATABASE_FILENAME, 3)
    else:
        truncate_to_half(folder / DATABASE_FILENAME)
    clock.advance(timedelta(hours=1))
    return folder, child_id


def test_the_family_restores_the_newest_good_backup(qtbot, damaged_with_backup, clock, monkeypatch):
    # The family's time zone is in the damaged file: the dialog uses the computer's.
    monkeypatch.setenv("TZ", "Europe/Madrid")
    folder, child_id = damaged_with_backup
    damaged_bytes = digest(folder / DATABASE_FILENAME)
    seen = answer_damage_dialog(qtbot, click(qtbot, lambda d: d.restore_button))

    services = open_services_for_window(folder, clock=clock)

    assert services is not None
    try:
        assert entry_count(services, child_id) == ENTRIES
        assert services.backups.check() == []
    finally:
        services.close()
    [dialog] = seen
    assert dialog.restore_button is not None
    assert dialog.restore_button.text() == "Restore this backup"
    assert dialog.restore_button.accessibleName() == (
        "Restore the backup from Saturday, 21 November 2026, 10:00 (300 entries)"
    )
    set_aside = folder / SET_ASIDE
    assert digest(set_aside) == damaged_bytes, "the damaged file is kept, unchanged"


def test_the_family_starts_with_an_empty_diary_and_keeps_the_backup(
    qtbot, damaged_with_backup, clock
):
    folder, _ = damaged_with_backup
    answer_damage_dialog(qtbot, click(qtbot, lambda d: d.empty_button))

    services = open_services_for_window(folder, clock=clock)

    assert services is not None
    try:
        assert services.family.children() == []
        [backup] = services.backups.backups()
        assert (backup.entries, backup.sound) == (ENTRIES, True)
    finally:
        services.close()
    assert (folder / SET_ASIDE).exists()


def test_without_a_good_backup_only_an_empty_diary_is_offered(qtbot, tmp_path, clock):
    folder = tmp_path / "family"
    make_diary(folder, ENTRIES)
    overwrite_page(folder / DATABASE_FILENAME, 3)
    texts: list[str] = []

    def read_then_start_empty(dialog: DamagedDialog) -> None:
        assert dialog.restore_button is None
        texts.extend(label.text() for label in dialog.findChildren(QLabel))
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)

    seen = answer_damage_dialog(qtbot, read_then_start_empty)
    services = open_services_for_window(folder, clock=clock)

    assert seen
    assert services is not None
    services.close()
    words = " ".join(texts)
    assert "could not be read; it was damaged" in words
    assert f"set aside, untouched, at {folder / 'caregiver.sqlite3.corrupt-20261121T090000Z'}" in (
        words
    )
    assert "There is no good backup to put back" in words
    assert "The damaged file is kept where it is" in words
    assert (folder / "caregiver.sqlite3.corrupt-20261121T090000Z").exists()


def test_closing_the_dialog_stops_and_the_next_start_offers_the_backup_again(
    qtbot, damaged_with_backup, clock
):
    folder, child_id = damaged_with_backup
    answer_damage_dialog(qtbot, click(qtbot, lambda d: d.quit_button))

    assert open_services_for_window(folder, clock=clock) is None
    assert not (folder / DATABASE_FILENAME).exists(), "no empty diary hides the backup"
    assert (folder / SET_ASIDE).exists()

    clock.advance(timedelta(days=1))
    seen = answer_damage_dialog(qtbot, click(qtbot, lambda d: d.restore_button))
    services = open_services_for_window(folder, clock=clock)
    assert seen, "offered again"
    assert services is not None
    try:
        assert entry_count(services, child_id) == ENTRIES
    finally:
        services.close()
    set_aside = sorted(p.name for p in folder.glob("caregiver.sqlite3.corrupt-*"))
    assert set_aside == [SET_ASIDE, f"{SET_ASIDE}-shm", f"{SET_ASIDE}-wal"], "set aside once"


def test_a_sound_diary_opens_without_a_dialog(tmp_path, clock):
    folder = tmp_path / "family"
    child_id = make_diary(folder, 3)
    services = open_services_for_window(folder, clock=clock)
    assert services is not None
    try:
        assert entry_count(services, child_id) == 3
    finally:
        services.close()


def test_a_diary_from_a_newer_app_is_explained_and_left_untouched(tmp_path, clock, message_boxes):
    folder = tmp_path / "family"
    open_app(folder, clock).close()
    database = folder / DATABASE_FILENAME
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = digest(database)

    assert open_services_for_window(folder, clock=clock) is None

    [(kind, text)] = message_boxes.shown
    assert kind == "warning"
    assert "written by a newer version of this app" in text
    assert digest(database) == before
    assert list(folder.glob("*.corrupt-*")) == []
