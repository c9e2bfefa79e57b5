"""The reminders in the window: each open reminder with Given and Skip (its reason typed right
there) for a dose, Snooze and Dismiss for all, each with Undo; what came due while the app was
closed as one list, shown once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from caregiver_app.core.medicines import DoseStatus, Medicine
from caregiver_app.core.records import Child
from caregiver_app.core.reminders import ReminderKind, SnoozeChoice
from caregiver_app.reminders.scheduler import ReminderTicker
from caregiver_app.services.app import AppServices, open_app
from caregiver_app.ui.labels import day_text
from caregiver_app.ui.widgets.reminders_panel import ReminderRow, RemindersPanel, missed_lines
from tests.conftest import FAMILY_ZONE
from tests.reminders.test_scheduler import FakeMonotonic
from tests.ui.medicines_helpers import add_medicine as add_calcitriol
from tests.ui.test_accessibility import unnamed_focusable

MADRID = ZoneInfo(FAMILY_ZONE)
TODAY = date(2026, 11, 21)  # conftest's clock: Saturday, 10:00 in Madrid


def madrid(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=MADRID).astimezone(UTC)


def add_medicine(services: AppServices, child: Child, times: str, name="Calcitriol") -> Medicine:
    return add_calcitriol(services, child, name, times=times, dose_unit="µg")


@pytest.fixture
def monotonic() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def ticker(services, monotonic):
    made = ReminderTicker(services, monotonic=monotonic, heartbeat_ms=3_600_000)
    yield made
    made.stop()
    made.deleteLater()


@pytest.fixture
def make_panel(services, events, ticker, show) -> Callable[..., RemindersPanel]:
    def make(*, with_ticker: bool = True) -> RemindersPanel:
        panel = RemindersPanel(services, events, ticker if with_ticker else None)
        panel.resize(900, 500)
        show(panel)
        return panel

    return make


@pytest.fixture
def morning_dose(services, child, ticker, make_panel) -> RemindersPanel:
    """At 10:00, the panel with the 08:00 dose reminded while the app was closed."""
    add_medicine(services, child, "08:00")
    ticker.start()
    return make_panel()


def only_row(panel: RemindersPanel) -> ReminderRow:
    [row] = panel.rows
    return row


def doses_logged(services: AppServices, child: Child):
    return services.medicines.doses(child.id, TODAY, TODAY)


def test_a_due_dose_marked_given_from_the_reminder_lands_in_the_dose_log(
    services, child, events, morning_dose, qtbot
):
    panel = morning_dose
    row = only_row(panel)
    assert row.title_label.text() == "Medicine dose: Calcitriol (0.25 µg)"
    assert row.when_label.text() == f"Due {day_text(TODAY)} at 08:00"
    assert row.given_button is not None

    with qtbot.waitSignal(events.medicines_changed) as changed:
        qtbot.mouseClick(row.given_button, Qt.MouseButton.LeftButton)
    assert changed.args == [child.id]
    [dose] = doses_logged(services, child)
    assert dose.status is DoseStatus.GIVEN
    assert dose.scheduled_for == madrid(TODAY, 8)
    assert dose.given_at == madrid(TODAY, 10)
    assert dose.given_by == "Maria"
    assert panel.rows == []
    assert panel.empty_label.text() == "No reminders waiting."
    assert panel.feedback.text() == "Recorded as given now: Calcitriol (0.25 µg)."

    qtbot.mouseClick(panel.feedback.undo_button, Qt.MouseButton.LeftButton)
    assert doses_logged(services, child) == []
    assert len(panel.rows) == 1  # the reminder waits again
    assert panel.feedback.text() == "Taken out of the dose log: Calcitriol (0.25 µg)."


def test_skip_asks_why_right_there_and_keeps_what_was_typed(
    services, child, events, morning_dose, qtbot
):
    panel = morning_dose
    row = only_row(panel)
    assert row.skip_button is not None
    assert not row.skip_box.isVisible()
    qtbot.mouseClick(row.skip_button, Qt.MouseButton.LeftButton)
    assert row.skip_box.isVisible()
    assert row.reason_edit.hasFocus()

    qtbot.mouseClick(row.confirm_skip_button, Qt.MouseButton.LeftButton)
    assert row.skip_error.text() == "Reason: is required: why was the dose skipped?"
    assert doses_logged(services, child) == []

    qtbot.keyClicks(row.reason_edit, "Vomited, too sick")
    with qtbot.waitSignal(events.medicines_changed):
        qtbot.keyClick(row.reason_edit, Qt.Key.Key_Return)
    [dose] = doses_logged(services, child)
    assert dose.status is DoseStatus.SKIPPED
    assert dose.reason == "Vomited, too sick"
    assert panel.rows == []
    assert panel.feedback.text() == (
        "Recorded as skipped (Vomited, too sick): Calcitriol (0.25 µg)."
    )


def test_snooze_holds_the_reminder_until_its_time(
    services, child, clock, monotonic, ticker, morning_dose, qtbot
):
    panel = morning_dose
    row = only_row(panel)
    row.snooze_actions[SnoozeChoice.ONE_HOUR].trigger()
    assert panel.rows == []
    assert services.reminders.snoozed_until(row.key) == madrid(TODAY, 11)
    assert panel.feedback.text() == "Snoozed until 11:00: Calcitriol (0.25 µg)."
    qtbot.waitUntil(lambda: ticker.planned[:1] == [madrid(TODAY, 11)], timeout=2000)

    def beat(minutes: float) -> None:
        clock.advance(timedelta(minutes=minutes))
        monotonic.advance(timedelta(minutes=minutes))
        ticker.heartbeat()

    beat(59.5)  # 10:59:30: still held
    assert panel.rows == []
    assert services.reminders.open_reminders() == []
    beat(1)  # 11:00:30: back, once
    [back] = panel.rows
    assert back.occurrence.snoozed
    assert back.occurrence.at == madrid(TODAY, 11)
    beat(30)
    assert len(panel.rows) == 1


def test_snooze_until_tomorrow_morning_and_undo(services, child, morning_dose, qtbot):
    panel = morning_dose
    key = only_row(panel).key
    only_row(panel).snooze_actions[SnoozeChoice.TOMORROW].trigger()
    assert services.reminders.snoozed_until(key) == madrid(TODAY + timedelta(days=1), 8)
    assert panel.feedback.text() == (
        f"Snoozed until {day_text(TODAY + timedelta(days=1))} at 08:00: Calcitriol (0.25 µg)."
    )
    qtbot.mouseClick(panel.feedback.undo_button, Qt.MouseButton.LeftButton)
    assert services.reminders.snoozed_until(key) is None
    assert [row.key for row in panel.rows] == [key]


def test_dismiss_takes_it_out_of_the_list_and_undo_brings_it_back(
    services, child, ticker, make_panel, qtbot
):
    services.appointments.add(
        child.id, day="2026-11-21", clock_time="11:30", specialty="ophthalmology"
    )
    services.reminders.catch_up()  # the first run: the day-before reminder (last evening)
    panel = make_panel()
    row = only_row(panel)
    assert row.occurrence.kind is ReminderKind.APPOINTMENT
    assert row.title_label.text() == "Appointment: Eyes (ophthalmology)"
    assert row.when_label.text() == f"{day_text(TODAY)} at 11:30"
    assert row.given_button is None
    assert row.skip_button is None
    qtbot.mouseClick(row.dismiss_button, Qt.MouseButton.LeftButton)
    assert panel.rows == []
    assert panel.feedback.text() == "Dismissed: Eyes (ophthalmology)."
    qtbot.mouseClick(panel.feedback.undo_button, Qt.MouseButton.LeftButton)
    assert len(panel.rows) == 1
    assert panel.feedback.text() == "Back in the list: Eyes (ophthalmology)."


def test_what_was_missed_while_closed_shows_once_as_one_list(
    services, child, clock, data_dir, events, show, monotonic
):
    add_medicine(services, child, "12:00 16:00 20:00")
    services.appointments.add(
        child.id,
        day="2026-06-01",
        clock_time="09:00",
        specialty="ophthalmology",
        status="done",
        fulfils="eye_exam",
    )  # the eye exam was due on 1 September
    services.reminders.catch_up()
    services.close()
    clock.set(madrid(TODAY, 21, 30))

    def start() -> tuple[AppServices, ReminderTicker, RemindersPanel]:
        reopened = open_app(data_dir, clock)
        ticker = ReminderTicker(reopened, monotonic=monotonic)
        panel = RemindersPanel(reopened, events, ticker)
        show(panel)
        ticker.start()
        return reopened, ticker, panel

    reopened, ticker, panel = start()
    try:
        assert panel.missed_shown()
        assert panel.missed_box.title.text() == "While the app was closed:"
        assert panel.missed_box.text.text().splitlines() == [
            f"• Medicine dose: Calcitriol (0.25 µg) — doses due from {day_text(TODAY)} at 12:00 "
            f"to {day_text(TODAY)} at 20:00, not recorded",
        ]
        assert len(panel.rows) == 3  # each dose still waits for Given or Skip
        assert unnamed_focusable(panel) == []
        panel.missed_box.seen_button.click()
        assert not panel.missed_shown()
        assert ticker.missed == []
    finally:
        ticker.stop()
        panel.close()
        reopened.close()

    reopened, ticker, panel = start()  # the next start
    try:
        assert not panel.missed_shown()
        assert ticker.missed == []
    finally:
        ticker.stop()
        panel.close()
        reopened.close()


def test_an_overdue_check_says_so_with_a_sign_and_in_bold(
    services, child, clock, ticker, make_panel
):
    services.appointments.add(
        child.id,
        day="2026-06-01",
        clock_time="09:00",
        specialty="ophthalmology",
        status="done",
        fulfils="eye_exam",
    )
    clock.set(madrid(date(2026, 11, 24), 10))  # a Tuesday: the overdue nag fired at 09:00
    ticker.start()
    panel = make_panel()
    row = only_row(panel)
    assert row.title_label.text() == "Check: Eye exam"
    assert row.when_label.text() == f"Overdue since {day_text(date(2026, 9, 1))}"
    assert row.when_label.font().bold()
    assert [
        line.startswith("• Check: Eye exam — Overdue since")
        for line in panel.missed_box.text.text().splitlines()
    ] == [True]


def test_with_several_children_each_reminder_names_its_child(
    services, child, second_child, ticker, make_panel
):
    add_medicine(services, child, "08:00")
    add_medicine(services, second_child, "09:00", name="Calcium")
    ticker.start()
    panel = make_panel()
    assert [row.title_label.text() for row in panel.rows] == [
        "Lucía: Medicine dose: Calcitriol (0.25 µg)",
        "Pablo: Medicine dose: Calcium (0.25 µg)",
    ]


def test_missed_doses_of_one_medicine_share_one_line(services, child, clock):
    add_medicine(services, child, "08:00 20:00")
    services.reminders.catch_up()
    clock.advance(timedelta(days=3))
    missed = services.reminders.catch_up()
    assert len(missed) == 6
    assert missed_lines(missed, {}) == [
        f"Medicine dose: Calcitriol (0.25 µg) — doses due from {day_text(TODAY)} at 20:00 to "
        f"{day_text(date(2026, 11, 24))} at 08:00, not recorded"
    ]


def test_without_reminders_the_panel_says_so_and_names_its_controls(make_panel):
    panel = make_panel(with_ticker=False)
    assert panel.rows == []
    assert panel.empty_label.text() == "No reminders waiting."
    assert not panel.missed_shown()
    assert unnamed_focusable(panel) == []


def test_the_panel_reads_again_when_a_dose_is_answered_elsewhere(
    services, child, events, ticker, make_panel
):
    medicine = add_medicine(services, child, "08:00")
    ticker.start()
    panel = make_panel()
    assert len(panel.rows) == 1
    services.medicines.log_dose(
        medicine.id,
        status="given",
        scheduled_date="2026-11-21",
        scheduled_time="08:00",
        given_date="2026-11-21",
        given_time="08:05",
    )
    events.medicines_changed.emit(child.id)
    assert panel.rows == []


def test_a_busy_diary_is_said_and_the_reminder_stays(
    services, child, morning_dose, diary_busy, qtbot
):
    panel = morning_dose
    row = only_row(panel)
    assert row.given_button is not None
    with diary_busy():
        qtbot.mouseClick(row.given_button, Qt.MouseButton.LeftButton)
    assert panel.feedback.text().startswith("Not done: ")
    assert doses_logged(services, child) == []
    assert len(panel.rows) == 1  # still there, to answer again
