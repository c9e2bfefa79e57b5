"""Today's doses as cards: each says in words how it went (or that it is not yet due, due
now or overdue), Given records it now with Undo, Skip asks why, Change corrects it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QWidget

from caregiver_app.core.medicines import DoseStatus, Medicine
from caregiver_app.core.records import Child
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.dose_dialog import DoseDialog
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.widgets.due_doses import DoseCard, DueDosesPanel
from tests.ui.medicines_helpers import add_medicine as add
from tests.ui.test_accessibility import unnamed_focusable

TODAY = date(2026, 11, 21)  # conftest's clock: Saturday, 10:00 in Madrid


def add_medicine(services: AppServices, child: Child, name: str, times: str) -> Medicine:
    return add(services, child, name, dose_amount="250", dose_unit="mg", times=times)


def give(services: AppServices, medicine: Medicine, due: str, at: str, **extra: str) -> None:
    services.medicines.log_dose(
        medicine.id,
        status="given",
        scheduled_date=TODAY.isoformat(),
        scheduled_time=due,
        given_date=TODAY.isoformat(),
        given_time=at,
        **extra,
    )


def card(panel: DueDosesPanel, name: str, due: str) -> DoseCard:
    wanted = time.fromisoformat(due)
    [found] = [
        c
        for c in panel.cards
        if c.due.medicine.name == name and c.due.occurrence.wall_time == wanted
    ]
    return found


@pytest.fixture
def make_panel(
    services: AppServices, events: DataEvents, child: Child, show: Callable[[QWidget], QWidget]
) -> Callable[[], DueDosesPanel]:
    def make() -> DueDosesPanel:
        panel = DueDosesPanel(services, events)
        panel.set_child(child.id)
        panel.resize(900, 400)
        show(panel)
        return panel

    return make


def test_every_dose_of_the_day_says_how_it_went_in_words(services, child, make_panel):
    calcium = add_medicine(services, child, "Calcium", "08:00 09:30 20:00")
    iron = add_medicine(services, child, "Iron", "07:00")
    vitamin = add_medicine(services, child, "Vitamin D", "08:30 12:00")
    give(services, calcium, "08:00", "08:10", given_by="Ana")
    give(services, vitamin, "08:30", "09:45")
    services.medicines.log_dose(
        vitamin.id,
        status="skipped",
        scheduled_date=TODAY.isoformat(),
        scheduled_time="12:00",
        reason="asleep",
    )

    panel = make_panel()

    states = [(c.title_label.text(), c.state_label.text()) for c in panel.cards]
    assert states == [
        ("07:00  Iron 250 mg", "⚠ Overdue: not recorded yet"),
        ("08:00  Calcium 250 mg", "✓ Given at 08:10 by Ana"),
        ("08:30  Vitamin D 250 mg", "✓ Given late, at 09:45 by Maria"),
        ("09:30  Calcium 250 mg", "○ Due now"),
        ("12:00  Vitamin D 250 mg", "✗ Skipped: asleep"),
        ("20:00  Calcium 250 mg", "○ Not yet"),
    ]
    assert card(panel, "Iron", "07:00").state_label.font().bold(), "overdue stands out"
    recorded = card(panel, "Calcium", "08:00")
    assert recorded.given_button is None
    assert recorded.change_button is not None
    assert card(panel, "Iron", "07:00").given_button is not None
    assert unnamed_focusable(panel) == []
    assert iron.id  # added so the day has an overdue dose


def test_given_records_the_dose_now_by_the_caregiver_and_undo_takes_it_back(
    qtbot, services, events, child, make_panel
):
    calcium = add_medicine(services, child, "Calcium", "09:30 20:00")
    panel = make_panel()
    target = card(panel, "Calcium", "09:30")
    assert target.given_button is not None

    with qtbot.waitSignal(events.medicines_changed) as changed:
        qtbot.mouseClick(target.given_button, Qt.MouseButton.LeftButton)

    assert changed.args == [child.id]
    [event] = services.medicines.doses(child.id)
    assert (event.medicine_id, event.status, event.given_by) == (
        calcium.id,
        DoseStatus.GIVEN,
        "Maria",
    )
    assert event.scheduled_time == time(9, 30)
    assert event.given_local().strftime("%Y-%m-%d %H:%M") == "2026-11-21 10:00"
    assert card(panel, "Calcium", "09:30").state_label.text() == "✓ Given at 10:00 by Maria"
    assert panel.feedback.text() == ("Recorded: Calcium, the 09:30 dose: Given at 10:00 by Maria.")

    qtbot.mouseClick(panel.feedback.undo_button, Qt.MouseButton.LeftButton)

    assert services.medicines.doses(child.id) == []
    assert card(panel, "Calcium", "09:30").state_label.text() == "○ Due now"
    assert panel.feedback.text() == "Taken out of the log: Calcium, the 09:30 dose."


def test_skip_asks_why_and_saves_nothing_without_a_reason(qtbot, services, child, make_panel):
    add_medicine(services, child, "Calcium", "08:00 20:00")
    panel = make_panel()
    skip = card(panel, "Calcium", "08:00").skip_button
    assert skip is not None
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, DoseDialog)
    assert dialog.status.choice() == "skipped"
    assert dialog.focusWidget() is dialog.reason_edit, "the reason is what is asked"

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.errors["reason"].text() == "is required: why was the dose skipped?"
    assert services.medicines.doses(child.id) == []

    qtbot.keyClicks(dialog.reason_edit, "vomited just before")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    [event] = services.medicines.doses(child.id)
    assert (event.status, event.reason, event.scheduled_time) == (
        DoseStatus.SKIPPED,
        "vomited just before",
        time(8, 0),
    )
    assert card(panel, "Calcium", "08:00").state_label.text() == "✗ Skipped: vomited just before"
    assert panel.dialog is None


def test_a_recorded_dose_can_be_corrected(qtbot, services, child, make_panel):
    calcium = add_medicine(services, child, "Calcium", "08:00 20:00")
    give(services, calcium, "08:00", "10:00")
    panel = make_panel()
    assert card(panel, "Calcium", "08:00").state_label.text() == "✓ Given late, at 10:00 by Maria"
    change = card(panel, "Calcium", "08:00").change_button
    assert change is not None
    qtbot.mouseClick(change, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, DoseDialog)
    assert dialog.timing_label.text().startswith("This counts as given late")

    dialog.given_time.setTime(QTime(8, 5))
    assert dialog.timing_label.text() == "This counts as on time (within 60 minutes of 08:00)."
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [event] = services.medicines.doses(child.id)
    assert event.given_local().strftime("%H:%M") == "08:05"
    assert card(panel, "Calcium", "08:00").state_label.text() == "✓ Given at 08:05 by Maria"
    assert panel.feedback.text().startswith("Saved the change: Calcium, the 08:00 dose")


def test_the_states_follow_the_clock_and_the_day(services, child, clock, make_panel):
    add_medicine(services, child, "Calcium", "08:00 11:30")
    panel = make_panel()
    assert card(panel, "Calcium", "11:30").state_label.text() == "○ Not yet"

    clock.advance(timedelta(hours=1, minutes=30))  # 11:30
    panel.refresh()
    assert card(panel, "Calcium", "11:30").state_label.text() == "○ Due now"

    clock.advance(timedelta(hours=1, minutes=1))  # 12:31
    panel.refresh()
    assert card(panel, "Calcium", "11:30").state_label.text() == "⚠ Overdue: not recorded yet"

    clock.advance(timedelta(hours=12))  # 00:31 the next day: a new day of doses
    panel.refresh()
    assert [c.state_label.text() for c in panel.cards] == ["○ Not yet", "○ Not yet"]


def test_a_day_without_doses_says_so(services, child, make_panel):
    add(services, child, "Interferon gamma-1b", times="18:00", days="mon wed fri")
    panel = make_panel()  # a Saturday
    assert panel.cards == []
    assert panel.empty_label.text() == "No doses planned for today."
