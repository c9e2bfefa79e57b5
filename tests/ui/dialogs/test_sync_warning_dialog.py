"""The one-time warning about a diary in a sync folder: shown once, "Keep it here" keeps it,
"Move my data to this computer only" moves it (every entry, the old file renamed, the new
place recorded) and asks the app to reopen there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from caregiver_app import paths
from caregiver_app.core.records import DiaryFilter
from caregiver_app.services.app import open_app
from caregiver_app.storage.database import DATABASE_FILENAME
from caregiver_app.ui.dialogs.sync_warning_dialog import (
    SYNC_WARNING_SHOWN_KEY,
    SyncPlace,
    SyncWarningDialog,
    sync_warning_due,
)
from caregiver_app.ui.main_window import MainWindow
from caregiver_app.ui.pages.today_page import draft_key
from tests.ui.test_accessibility import unnamed_focusable

LOCAL_DISK = [("/", "ext4")]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The family keeps the diary in their Dropbox (the shared fixtures build on this)."""
    return tmp_path / "Dropbox" / "family"


@pytest.fixture
def local_dir(tmp_path: Path) -> Path:
    return tmp_path / "share" / "caregiver-app"


def test_the_warning_is_shown_once_and_keep_leaves_the_diary_where_it_is(
    qtbot, services, child, make_window, local_dir, data_dir, clock
):
    window = make_window()
    place = sync_warning_due(services, LOCAL_DISK, local_dir)
    assert place is not None
    assert (place.service, place.folder, place.destination) == (
        "Dropbox",
        data_dir.resolve(),
        local_dir.resolve(),
    )
    dialog = window.show_sync_warning(place)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Where your diary is kept"
    assert dialog.move_button.isVisible()
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert services.settings.get_raw(SYNC_WARNING_SHOWN_KEY) == "1"
    assert (data_dir / DATABASE_FILENAME).exists()
    window.close()
    services.close()

    # The next start: no warning.
    again = open_app(data_dir, clock)
    try:
        assert sync_warning_due(again, LOCAL_DISK, local_dir) is None
    finally:
        again.close()


def test_move_relocates_the_diary_and_asks_the_app_to_reopen_there(
    qtbot, services, child, make_window, local_dir, data_dir, clock, message_boxes
):
    for hour in ("07:30", "08:15"):
        services.diary.log(
            child.id, day="2026-11-21", clock_time=hour, symptom="fever", severity="mild"
        )
    window = make_window()
    window.today_page.notes.setPlainText("half a note")
    place = sync_warning_due(services, LOCAL_DISK, local_dir)
    assert place is not None
    dialog = window.show_sync_warning(place)
    qtbot.waitExposed(dialog)

    with qtbot.waitSignal(window.reopen_requested) as reopen:
        qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)

    new_folder = local_dir.resolve()
    assert reopen.args == [str(new_folder)]
    [(kind, text)] = message_boxes.shown
    assert kind == "information"
    assert text.startswith(f"Your diary is now kept on this computer only, in {new_folder}.")
    window.close()  # saves nothing more: the old services are closed

    moved = open_app(new_folder, clock)
    try:
        ids = moved.diary.ids_for(DiaryFilter(child.id))
        assert len(ids) == 2
        assert moved.settings.get_raw(SYNC_WARNING_SHOWN_KEY) == "1", "no warning there"
        assert "half a note" in moved.settings.get_raw(draft_key(child.id)), "the draft moved"
    finally:
        moved.close()
    assert not (data_dir / DATABASE_FILENAME).exists()
    assert len(list(data_dir.glob(f"{DATABASE_FILENAME}.moved-*"))) == 1
    assert paths.data_location_file().read_text(encoding="utf-8") == f"{new_folder}\n"


def test_when_this_computers_own_folder_is_synced_too_only_keep_is_offered(
    qtbot, services, child, make_window, tmp_path
):
    window = make_window()
    place = sync_warning_due(services, LOCAL_DISK, tmp_path / "OneDrive" / "AppData")
    assert place is not None
    assert place.destination is None
    dialog = window.show_sync_warning(place)
    qtbot.waitExposed(dialog)
    assert not dialog.move_button.isVisible()
    assert dialog.keep_button.isDefault()
    dialog.reject()
    assert services.settings.get_raw(SYNC_WARNING_SHOWN_KEY) == "1"


def test_a_diary_on_a_network_share_is_warned_about_too(tmp_path, clock, local_dir):
    nas = tmp_path / "nas"
    services = open_app(nas / "family", clock)
    try:
        place = sync_warning_due(services, [*LOCAL_DISK, (str(nas.resolve()), "nfs4")], local_dir)
        assert place is not None
        assert (place.service, place.destination) == ("a network share", local_dir.resolve())
    finally:
        services.close()


def test_an_ordinary_folder_gets_no_warning(tmp_path, clock, local_dir):
    services = open_app(tmp_path / "Documents" / "family", clock)
    try:
        assert sync_warning_due(services, LOCAL_DISK, local_dir) is None
    finally:
        services.close()


def test_a_first_run_in_a_sync_folder_gets_the_welcome_after_the_warning(
    qtbot, services, make_window, local_dir
):
    window: MainWindow = make_window()
    assert window.needs_welcome()
    place = sync_warning_due(services, LOCAL_DISK, local_dir)
    assert place is not None
    dialog = window.show_sync_warning(place)
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert window.welcome is not None
    qtbot.waitExposed(window.welcome)
    window.welcome.reject()


def test_the_warning_names_its_controls(services, child, show, tmp_path):
    place = SyncPlace(tmp_path / "Dropbox", "Dropbox", tmp_path / "local")
    dialog = SyncWarningDialog(services, place)
    show(dialog)
    assert unnamed_focusable(dialog) == []
    dialog.reject()
