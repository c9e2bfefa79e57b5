"""The checks on the Today page: each with its status in words, last done and next due;
overdue ones first, in bold, with a warning sign and the word, named above the list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.checks_dialog import ChecksDialog
from caregiver_app.ui.labels import day_text
from caregiver_app.ui.widgets.checks_panel import (
    LAST_COLUMN,
    NAME_COLUMN,
    NEXT_COLUMN,
    STATUS_COLUMN,
    ChecksPanel,
)
from tests.ui.test_accessibility import unnamed_focusable


def done_visit(services: AppServices, child_id: str, day: str, check: str) -> None:
    services.appointments.add(
        child_id,
        day=day,
        clock_time="09:00",
        specialty="ophthalmology" if check == "eye_exam" else "general_pediatrics",
        status="done",
        fulfils=check,
    )


@pytest.fixture
def make_panel(services, events, child, show) -> Callable[[], ChecksPanel]:
    def make() -> ChecksPanel:
        panel = ChecksPanel(services, events)
        panel.resize(800, 300)
        panel.set_child(child.id)
        show(panel)
        return panel

    return make


def rows(panel: ChecksPanel) -> list[list[str]]:
    tree = panel.tree
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def test_each_check_says_its_status_last_done_and_next_due(services, child, make_panel):
    done_visit(services, child.id, "2026-10-01", "eye_exam")  # every 3 months: 2027-01-01
    done_visit(services, child.id, "2026-08-30", "dental_check")  # due 2026-11-30: soon
    panel = make_panel()
    assert rows(panel) == [
        ["Due soon", "Dental check", day_text(date(2026, 8, 30)), day_text(date(2026, 11, 30))],
        ["No check recorded yet", "Hearing test", "Not recorded", "Not known yet"],
        ["No check recorded yet", "Blood tests", "Not recorded", "Not known yet"],
        ["No check recorded yet", "Growth measurement", "Not recorded", "Not known yet"],
        ["On track", "Eye exam", day_text(date(2026, 10, 1)), day_text(date(2027, 1, 1))],
    ]
    assert panel.overdue_label.isHidden()
    assert unnamed_focusable(panel) == []


def test_an_overdue_check_cannot_be_missed(services, child, make_panel):
    done_visit(services, child.id, "2026-06-01", "eye_exam")  # due 2026-09-01
    panel = make_panel()
    first = panel.tree.topLevelItem(0)
    assert first.text(STATUS_COLUMN) == "Overdue"  # the word, not a colour alone
    assert first.text(NAME_COLUMN) == "Eye exam"
    assert first.text(NEXT_COLUMN) == f"Was due {day_text(date(2026, 9, 1))}"
    assert all(first.font(column).bold() for column in range(4))
    assert not first.icon(STATUS_COLUMN).isNull()
    assert not panel.tree.topLevelItem(1).font(NAME_COLUMN).bold()
    assert panel.overdue_label.isVisible()
    assert panel.overdue_label.text() == "⚠ Overdue: Eye exam"


def test_an_eye_check_turns_overdue_as_the_days_pass(services, child, clock, make_panel):
    done_visit(services, child.id, "2026-08-25", "eye_exam")  # due 2026-11-25
    panel = make_panel()
    eye = panel.item_of("eye_exam")
    assert eye is not None
    assert eye.text(STATUS_COLUMN) == "Due soon"
    clock.advance(timedelta(days=5))
    panel.clock_timer.timeout.emit()
    eye = panel.item_of("eye_exam")
    assert eye is not None
    assert eye.text(STATUS_COLUMN) == "Overdue"
    assert panel.tree.topLevelItem(0) is eye
    assert panel.overdue_label.text() == "⚠ Overdue: Eye exam"


def test_a_planned_visit_shows_beside_the_due_day(services, child, make_panel):
    done_visit(services, child.id, "2026-10-01", "eye_exam")
    services.appointments.add(
        child.id,
        day="2026-12-20",
        clock_time="10:00",
        specialty="ophthalmology",
        fulfils="eye_exam",
    )
    panel = make_panel()
    eye = panel.item_of("eye_exam")
    assert eye is not None
    assert eye.text(NEXT_COLUMN) == (
        f"{day_text(date(2027, 1, 1))}, booked for {day_text(date(2026, 12, 20))}"
    )
    assert eye.text(LAST_COLUMN) == day_text(date(2026, 10, 1))


def test_a_change_of_the_checks_elsewhere_is_shown_at_once(services, child, events, make_panel):
    panel = make_panel()
    services.checks.record_done(child.id, "hearing_test", done_on="2026-11-20")
    events.checks_changed.emit(child.id)
    hearing = panel.item_of("hearing_test")
    assert hearing is not None
    assert hearing.text(LAST_COLUMN) == day_text(date(2026, 11, 20))
    assert hearing.text(STATUS_COLUMN) == "On track"


def test_enter_on_a_check_opens_the_checks_dialog_on_it(qtbot, services, child, make_panel):
    panel = make_panel()
    panel.tree.setFocus()
    panel.tree.setCurrentItem(panel.item_of("hearing_test"))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    dialog = panel.dialog
    assert isinstance(dialog, ChecksDialog)
    assert dialog.current_key == "hearing_test"
    assert dialog.heading.text() == "Hearing test"
    assert panel.open_dialog() is dialog  # one at a time
    dialog.close_button.click()
    assert panel.dialog is None


def test_the_checks_button_opens_the_dialog(qtbot, make_panel):
    panel = make_panel()
    qtbot.mouseClick(panel.manage_button, Qt.MouseButton.LeftButton)
    assert isinstance(panel.dialog, ChecksDialog)
    assert panel.dialog.current_key == "eye_exam"
    panel.dialog.reject()


def test_without_a_child_there_is_nothing_to_open(services, events, show):
    panel = ChecksPanel(services, events)
    show(panel)
    assert panel.states == []
    assert panel.open_dialog() is None
