"""The Today page's reminders and checks, built after the first paint: what was missed while
the app was closed across the top (once), the open reminders to answer, and the checks with
an overdue one impossible to miss."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from caregiver_app.core.medicines import DoseStatus
from caregiver_app.ui.main_window import MainWindow
from tests.conftest import FAMILY_ZONE
from tests.ui.medicines_helpers import add_medicine as add_calcitriol
from tests.ui.test_accessibility import unnamed_focusable

MADRID = ZoneInfo(FAMILY_ZONE)
TODAY = date(2026, 11, 21)


def madrid(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=MADRID).astimezone(UTC)


def built(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.today_page.checks_panel is not None)


def add_medicine(services, child, times: str):
    return add_calcitriol(services, child, times=times, dose_unit="µg")


def test_the_panels_wait_for_the_first_paint(services, child, events):
    window = MainWindow(services, events)  # built, never shown: nothing painted
    try:
        assert window.today_page.reminders_panel is None
        assert window.today_page.checks_panel is None
        assert window.today_page.missed_box is None
        assert not window.reminder_ticker.is_running()
    finally:
        window.deleteLater()


def test_an_eye_check_turns_overdue_and_shows_on_the_today_page(
    qtbot, services, child, clock, make_window
):
    services.appointments.add(
        child.id,
        day="2026-08-25",
        clock_time="09:00",
        specialty="ophthalmology",
        status="done",
        fulfils="eye_exam",
    )  # every three months: due on 25 November
    window = make_window()
    built(qtbot, window)
    page = window.today_page
    panel = page.checks_panel
    assert panel is not None
    eye = panel.item_of("eye_exam")
    assert eye is not None
    assert eye.text(0) == "Due soon"
    assert page.overdue_note.isHidden()

    clock.advance(timedelta(days=5))  # the 26th: a day late
    panel.clock_timer.timeout.emit()
    eye = panel.tree.topLevelItem(0)
    assert (eye.text(0), eye.text(1)) == ("Overdue", "Eye exam")
    assert eye.font(0).bold()
    assert page.overdue_note.isVisible()
    assert page.overdue_note.text() == "⚠ Overdue: Eye exam"
    assert unnamed_focusable(window) == []


def test_the_missed_list_is_at_the_top_once_and_a_dose_given_from_it_is_logged(
    qtbot, services, child, clock, events, show
):
    add_medicine(services, child, "12:00 16:00")
    services.reminders.catch_up()  # open at 10:00, then closed for the afternoon
    clock.set(madrid(TODAY, 17))

    window = MainWindow(services, events)
    show(window)
    built(qtbot, window)
    window.reminder_ticker.start()
    page = window.today_page
    assert page.missed_box is not None
    assert page.missed_box.isVisible()
    assert page.missed_box.title.text() == "While the app was closed:"
    panel = page.reminders_panel
    assert panel is not None
    assert len(panel.rows) == 2
    given = panel.rows[-1].given_button
    assert given is not None
    qtbot.mouseClick(given, Qt.MouseButton.LeftButton)
    [dose] = services.medicines.doses(child.id, TODAY, TODAY)
    assert (dose.status, dose.scheduled_for) == (DoseStatus.GIVEN, madrid(TODAY, 16))
    # The doses on the page follow the answer given in the reminder.
    doses = page.doses_panel
    assert doses is not None
    qtbot.waitUntil(lambda: any(c.change_button is not None for c in doses.cards))
    qtbot.mouseClick(page.missed_box.seen_button, Qt.MouseButton.LeftButton)
    assert page.missed_box.isHidden()
    window.close()

    again = MainWindow(services, events)  # the next start: nothing missed any more
    show(again)
    built(qtbot, again)
    again.reminder_ticker.start()
    assert again.today_page.missed_box is not None
    assert again.today_page.missed_box.isHidden()
    assert again.today_page.reminders_panel is not None
    assert len(again.today_page.reminders_panel.rows) == 1  # the 12:00 dose still waits
