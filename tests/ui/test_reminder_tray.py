"""The window's reminders: the ticker starts after the first paint, every reminder shows in
the window, and with no tray (every offscreen test run, many Linux desktops) nothing breaks;
where there is a tray, one message per catch-up, and clicking it brings the window forward."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from caregiver_app.core.records import Child
from caregiver_app.core.reminders import ReminderKind
from caregiver_app.reminders.scheduler import CatchUpReason
from caregiver_app.services.app import AppServices, open_app
from caregiver_app.ui import app as ui_app
from caregiver_app.ui.main_window import MainWindow
from caregiver_app.ui.reminder_tray import ReminderTray
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.medicines_helpers import add_medicine as add_calcitriol


def add_medicine(services: AppServices, child: Child, times: str):
    return add_calcitriol(services, child, times=times, start_date="2026-01-01", dose_unit="µg")


def panel_ready(window: MainWindow) -> bool:
    return window.today_page.reminders_panel is not None


def test_offscreen_has_no_tray_and_the_reminders_still_show_and_tick(
    qtbot, services, child, clock, make_window
):
    assert QSystemTrayIcon.isSystemTrayAvailable() is False
    add_medicine(services, child, "08:00 12:00")
    window = make_window()
    qtbot.waitUntil(lambda: panel_ready(window))
    ticker = window.reminder_ticker
    ticker.start()  # run_window does this after the first paint
    tray = window.findChild(ReminderTray)
    assert tray is not None
    assert tray.icon is None  # no tray: no icon, no message, no error
    panel = window.today_page.reminders_panel
    assert panel is not None
    assert [row.occurrence.kind for row in panel.rows] == [ReminderKind.DOSE]
    assert window.today_page.missed_box is not None
    assert window.today_page.missed_box.isVisible()

    # The 12:00 job runs (what APScheduler calls at its time): the panel shows it.
    assert ticker.planned[0].astimezone(ZoneInfo("Europe/Madrid")).hour == 12
    clock.advance(timedelta(hours=2, seconds=1))
    with qtbot.waitSignal(ticker.caught_up) as fired:
        ticker._job()
    assert fired.args[1] == CatchUpReason.TICK.value
    assert len(panel.rows) == 2
    assert tray.icon is None


def test_a_tray_message_names_what_was_missed_as_one_list(
    qtbot, services, child, clock, make_window
):
    add_medicine(services, child, "06:00 07:00 08:00 09:00 09:30")
    window = make_window()
    missed = services.reminders.catch_up()
    tray = window.findChild(ReminderTray)
    assert tray is not None
    title, text = tray.message(missed, CatchUpReason.START.value)
    assert title == "While the app was closed:"
    lines = text.splitlines()
    assert len(lines) == 5  # four, then how many more
    assert lines[0].startswith("Medicine dose: Calcitriol (0.25 µg) — Due ")
    assert lines[-1] == "and 1 more"
    assert tray.message(missed[:1], CatchUpReason.TICK.value)[0] == "Reminder"


# The offscreen platform cannot raise windows, and says so.
@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)", OFFSCREEN_NOISE, extend=True)
def test_clicking_the_tray_message_brings_the_window_forward(qtbot, make_window):
    window = make_window()
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    tray = window.findChild(ReminderTray)
    assert tray is not None
    tray.raise_window()  # what the message's and the icon's click call
    qtbot.waitUntil(lambda: not window.isMinimized())


@pytest.fixture
def family_with_a_dose_an_hour_ago(tmp_path):
    """A diary whose medicine was due an hour ago by the computer's own clock (run_window
    uses the real clock)."""
    folder = tmp_path / "family"
    services = open_app(folder)
    services.settings.set_time_zone("Europe/Madrid")
    child = services.family.add_child(name="Lucía", birth_date="2024-03-15")
    local = datetime.now(ZoneInfo("Europe/Madrid"))
    earlier, later = local - timedelta(hours=1), local + timedelta(hours=3)
    add_medicine(services, child, f"{earlier:%H:%M} {later:%H:%M}")
    services.close()
    return folder


def test_the_app_starts_and_ticks_with_no_tray(family_with_a_dose_an_hour_ago, monkeypatch):
    """The whole start, as a family has it: the window paints, then the ticker catches up,
    plans its date jobs, and the missed dose shows in the window."""
    monkeypatch.delenv(ui_app.EXIT_AFTER_PAINT_ENV, raising=False)
    monkeypatch.setattr(MainWindow, "show_welcome", lambda _window: None)
    seen: dict[str, object] = {}

    def drive() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = windows[0] if windows else None
        panel = window.today_page.reminders_panel if window else None
        if window is not None and window.reminder_ticker.is_running() and panel is not None:
            seen["rows"] = [row.occurrence.kind for row in panel.rows]
            seen["missed"] = window.today_page.missed_box.isVisible()
            seen["jobs"] = len(window.reminder_ticker.scheduled_jobs())
            seen["tray"] = QSystemTrayIcon.isSystemTrayAvailable()
            QCoreApplication.exit(0)
        else:
            QTimer.singleShot(20, drive)

    QTimer.singleShot(0, drive)
    assert ui_app.run_window(family_with_a_dose_an_hour_ago, mounts=[("/", "ext4")]) == 0
    jobs = seen.pop("jobs")
    assert seen == {"rows": [ReminderKind.DOSE], "missed": True, "tray": False}
    assert jobs == 16  # a date job per dose of the next eight days (two a day)
    assert os.environ.get(ui_app.EXIT_AFTER_PAINT_ENV) is None
