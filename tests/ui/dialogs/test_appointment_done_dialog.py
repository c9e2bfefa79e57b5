"""Marking an appointment done: the routine check it counts as and the outcome are saved,
everything else stays; the family's questions are in view while writing the outcome."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from caregiver_app.core.appointments import Appointment, AppointmentStatus, RoutineCheck
from caregiver_app.core.clock import FixedClock
from caregiver_app.core.records import Child
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.appointment_done_dialog import AppointmentDoneDialog
from tests.ui.test_accessibility import unnamed_focusable

TODAY = date(2026, 11, 21)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def visit(services: AppServices, child: Child) -> Appointment:
    return services.appointments.add(
        child.id,
        day="2026-11-20",
        clock_time="16:15",
        specialty="dental",
        clinician="Dr. Laura Gil",
        place="Sonrisas dental clinic",
        purpose="Six-monthly check",
        questions=["How often should he have fluoride varnish?", "Are the molars late?"],
    )


@pytest.fixture
def open_done(qtbot) -> Callable[[AppServices, Appointment], AppointmentDoneDialog]:
    def opened(services: AppServices, appointment: Appointment) -> AppointmentDoneDialog:
        dialog = AppointmentDoneDialog(services, appointment, TODAY)
        qtbot.addWidget(dialog, before_close_func=lambda d: d.done(QDialog.DialogCode.Rejected))
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        return dialog

    return opened


def test_the_dialog_names_the_visit_and_lists_the_questions(open_done, services, visit):
    dialog = open_done(services, visit)
    assert dialog.title.text() == "Dental, Yesterday, 16:15"
    assert dialog.details.text() == (
        "With Dr. Laura Gil\nAt Sonrisas dental clinic\nFor: Six-monthly check"
    )
    assert dialog.questions_label.text() == (
        "Your questions were:\n"
        "1. How often should he have fluoride varnish?\n"
        "2. Are the molars late?"
    )
    assert dialog.check_grid.choice() == "none"
    assert dialog.outcome_edit.hasFocus()
    assert unnamed_focusable(dialog) == []


def test_done_with_a_check_and_an_outcome_keeps_everything_else(
    qtbot, open_done, services, child, visit
):
    dialog = open_done(services, visit)
    qtbot.mouseClick(dialog.check_grid.button(RoutineCheck.DENTAL_CHECK.value), LEFT)
    qtbot.keyClicks(dialog.outcome_edit, "Varnish every 3 months. Molars: wait and see.")
    qtbot.mouseClick(dialog.save_button, LEFT)

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = services.appointments.appointment(visit.id)
    assert stored.status is AppointmentStatus.DONE
    assert stored.fulfils is RoutineCheck.DENTAL_CHECK
    assert stored.outcome == "Varnish every 3 months. Molars: wait and see."
    assert stored.as_input() == replace(
        visit.as_input(),
        status=AppointmentStatus.DONE,
        fulfils=RoutineCheck.DENTAL_CHECK,
        outcome="Varnish every 3 months. Molars: wait and see.",
    )
    assert services.appointments.last_done_checks(child.id)[RoutineCheck.DENTAL_CHECK] == (
        TODAY - timedelta(days=1)
    )


def test_none_clears_a_planned_check(qtbot, open_done, services, child):
    planned = services.appointments.add(
        child.id,
        day="2026-11-19",
        clock_time="09:00",
        specialty="hematology",
        fulfils="blood_tests",
    )
    dialog = open_done(services, planned)
    assert dialog.check_grid.choice() == "blood_tests"
    qtbot.mouseClick(dialog.check_grid.button("none"), LEFT)
    qtbot.mouseClick(dialog.save_button, LEFT)
    stored = services.appointments.appointment(planned.id)
    assert (stored.status, stored.fulfils) == (AppointmentStatus.DONE, None)
    assert services.appointments.last_done_checks(child.id)[RoutineCheck.BLOOD_TESTS] is None


def test_a_visit_still_to_come_is_refused_and_nothing_changes(
    qtbot, open_done, services, visit, clock: FixedClock
):
    dialog = open_done(services, visit)
    clock.set(clock.now() - timedelta(days=3))  # the visit is in the future again
    qtbot.keyClicks(dialog.outcome_edit, "Notes")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible()
    assert dialog.general_error() == (
        "status: cannot be done for an appointment that has not happened yet"
    )
    assert services.appointments.appointment(visit.id).status is AppointmentStatus.PLANNED
    assert dialog.outcome_edit.toPlainText() == "Notes"
