"""Starting the window: a database the app cannot open is explained calmly and left alone,
the first paint is reported for the benchmark, nothing heavy is imported before it, and the
welcome appears only on a first run."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from caregiver_app import paths
from caregiver_app.services.app import open_app
from caregiver_app.storage.database import DATABASE_FILENAME
from caregiver_app.ui import app as ui_app
from caregiver_app.ui.dialogs.sync_warning_dialog import SyncWarningDialog
from caregiver_app.ui.main_window import GEOMETRY_KEY, MainWindow
from caregiver_app.ui.single_instance import LOCK_FILENAME

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def family_dir(tmp_path: Path) -> Path:
    """A data folder with one child, closed again (as after a previous session)."""
    folder = tmp_path / "family"
    services = open_app(folder)
    services.settings.set_time_zone("Europe/Madrid")
    services.family.add_child(name="Lucía", birth_date="2024-03-15")
    services.close()
    return folder


def test_a_database_from_a_newer_app_is_explained_and_left_untouched(
    tmp_path, message_boxes, monkeypatch
):
    monkeypatch.delenv(ui_app.EXIT_AFTER_PAINT_ENV, raising=False)
    folder = tmp_path / "family"
    open_app(folder).close()
    database = folder / DATABASE_FILENAME
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = digest(database)

    assert ui_app.run_window(folder) == 1

    [(kind, text)] = message_boxes.shown
    assert kind == "warning"
    assert "written by a newer version of this app" in text
    assert "schema 99" in text
    assert "the file was not changed" in text
    assert digest(database) == before


def test_first_paint_is_reported_and_the_window_is_remembered(family_dir, monkeypatch, capfd):
    monkeypatch.setenv(ui_app.EXIT_AFTER_PAINT_ENV, "1")
    assert ui_app.run_window(family_dir) == 0
    assert capfd.readouterr().out == "first-paint\n"
    services = open_app(family_dir)
    try:
        assert services.settings.get_raw(GEOMETRY_KEY), "closing saved the window's place"
    finally:
        services.close()


def test_a_first_run_shows_the_welcome_and_closing_early_does_not_skip_it(
    tmp_path, monkeypatch, capfd
):
    shown: list[MainWindow] = []
    original = MainWindow.show_welcome

    def recording_show_welcome(window: MainWindow):  # type: ignore[no-untyped-def]
        shown.append(window)
        return original(window)

    monkeypatch.setattr(MainWindow, "show_welcome", recording_show_welcome)
    monkeypatch.setenv(ui_app.EXIT_AFTER_PAINT_ENV, "1")
    folder = tmp_path / "new-family"
    assert ui_app.run_window(folder) == 0
    assert len(shown) == 1
    services = open_app(folder)
    try:
        assert not services.settings.welcome_done(), "the welcome comes back next time"
    finally:
        services.close()


def test_a_returning_family_gets_no_welcome(family_dir, monkeypatch, capfd):
    monkeypatch.setattr(MainWindow, "show_welcome", lambda _window: pytest.fail("welcome"))
    monkeypatch.setenv(ui_app.EXIT_AFTER_PAINT_ENV, "1")
    assert ui_app.run_window(family_dir) == 0


def test_the_command_line_opens_the_window_without_loading_reports_or_reminders(family_dir):
    """In a fresh process, as the benchmark runs it: first paint, then exit."""
    script = (
        "import sys\n"
        "from caregiver_app.cli import main\n"
        f"code = main(['--data-dir', {str(family_dir)!r}])\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('reportlab', 'apscheduler')]\n"
        "print('heavy:', heavy)\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", ui_app.EXIT_AFTER_PAINT_ENV: "1"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["first-paint", "heavy: []"]


def test_closing_the_window_releases_the_lock_and_keeps_a_private_log(family_dir, monkeypatch):
    monkeypatch.setenv(ui_app.EXIT_AFTER_PAINT_ENV, "1")
    assert ui_app.run_window(family_dir, mounts=[("/", "ext4")]) == 0
    assert not (family_dir / LOCK_FILENAME).exists()
    log = (family_dir / "logs" / "caregiver-app.log").read_text(encoding="utf-8")
    assert "window starting (version" in log
    assert "window closed" in log
    assert "Lucía" not in log


def test_a_recorded_folder_that_is_gone_is_explained_when_the_usual_one_opens(
    tmp_path, monkeypatch, message_boxes
):
    monkeypatch.setenv(ui_app.EXIT_AFTER_PAINT_ENV, "1")
    monkeypatch.setattr(MainWindow, "show_welcome", lambda _window: None)
    paths.record_data_dir(tmp_path / "usb-disk" / "diary")
    assert ui_app.run_window(paths.data_dir(None), mounts=[("/", "ext4")]) == 0
    [(kind, text)] = message_boxes.shown
    assert kind == "warning"
    assert text.startswith(f"Your diary was moved to {tmp_path / 'usb-disk' / 'diary'}, but")


def test_moving_out_of_a_sync_folder_reopens_the_window_over_the_moved_diary(
    tmp_path, monkeypatch, message_boxes
):
    """The whole path, as a family takes it: the warning after the first paint, "Move", the
    window closes and opens again over the diary in its new place."""
    monkeypatch.delenv(ui_app.EXIT_AFTER_PAINT_ENV, raising=False)
    synced = tmp_path / "Dropbox" / "family"
    services = open_app(synced)
    child = services.family.add_child(name="Lucía", birth_date="2024-03-15")
    services.settings.set_time_zone("Europe/Madrid")
    services.diary.log(
        child.id, day="2026-01-10", clock_time="08:00", symptom="fever", severity="mild"
    )
    services.close()
    local = tmp_path / "share" / "caregiver-app"
    seen: dict[str, object] = {"windows": []}

    def drive() -> None:
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in visible:
            if isinstance(widget, SyncWarningDialog):
                seen["warned about"] = widget.place.service
                widget.move_button.click()
        windows = [w for w in visible if isinstance(w, MainWindow)]
        for window in windows:
            if window not in seen["windows"]:
                seen["windows"].append(window)
        if len(seen["windows"]) == 2:
            seen["second window's child"] = windows[0].child_name.text()
            QCoreApplication.exit(0)
        else:
            QTimer.singleShot(20, drive)

    QTimer.singleShot(0, drive)
    assert ui_app.run_window(synced, mounts=[("/", "ext4")], local_data_dir=local) == 0

    assert seen["warned about"] == "Dropbox"
    assert str(seen["second window's child"]).startswith("Lucía")
    [(kind, text)] = message_boxes.shown
    assert kind == "information"
    assert str(local.resolve()) in text
    assert paths.data_dir(None) == local.resolve()
    assert list(synced.glob("caregiver.sqlite3.moved-*"))
    assert not (synced / LOCK_FILENAME).exists()
    assert not (local / LOCK_FILENAME).exists()
    moved = open_app(local)
    try:
        assert len(moved.diary.entries_on(child.id, date(2026, 1, 10))) == 1
    finally:
        moved.close()
