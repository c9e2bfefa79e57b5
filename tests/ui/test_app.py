"""Starting the window: a database the app cannot open is explained calmly and left alone,
the first paint is reported for the benchmark, nothing heavy is imported before it, and the
welcome appears only on a first run."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from caregiver_app.services.app import open_app
from caregiver_app.storage.database import DATABASE_FILENAME
from caregiver_app.ui import app as ui_app
from caregiver_app.ui.main_window import GEOMETRY_KEY, MainWindow

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
