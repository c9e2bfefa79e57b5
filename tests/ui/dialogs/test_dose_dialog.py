"""The dose dialog: a scheduled dose given (when, by whom, late said in words) or skipped
with its reason; an as-needed dose with its reason; problems shown by their field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QWidget

from caregiver_app.core.medicines import DoseStatus, Medicine
from caregiver_app.core.records import Child
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.dose_dialog import DoseDialog
from tests.ui.medicines_helpers import add_as_needed, add_medicine
from tests.ui.test_accessibility import unnamed_focusable


@pytest.fixture
def calcium(services: AppServices, child: Child) -> Medicine:
    return add_medicine(services, child, "Calcium", dose_amount="250", dose_unit="mg")


@pytest.fixture
def paracetamol(services: AppServices, child: Child) -> Medicine:
    return add_as_needed(services, child)


@pytest.fixture
def open_dialog(
    services: AppServices, show: Callable[[QWidget], QWidget]
) -> Callable[..., DoseDialog]:
    def make(medicine: Medicine, **options: object) -> DoseDialog:
        dialog = DoseDialog(services, medicine, **options)
        show(dialog)
        return dialog

    return make


def test_a_forgotten_dose_of_yesterday_is_recorded_with_its_time(
    qtbot, services, child, calcium, open_dialog
):
    dialog = open_dialog(calcium)
    assert dialog.given_by_edit.text() == "Maria", "the caregiver set in Settings"
    assert dialog.scheduled_time.currentText() == "08:00", "the latest dose already due"
    dialog.scheduled_date.setDate(QDate(2026, 11, 20))
    dialog.scheduled_time.setCurrentIndex(dialog.scheduled_time.findText("20:00"))
    dialog.given_date.setDate(QDate(2026, 11, 20))
    dialog.given_time.setTime(QTime(21, 45))
    assert dialog.timing_label.text() == (
        "This counts as given late: more than 60 minutes after 20:00."
    )
    dialog.given_by_edit.clear()
    qtbot.keyClicks(dialog.given_by_edit, "Javier")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    [event] = services.medicines.doses(child.id)
    assert dialog.saved == event
    assert (event.scheduled_date, event.scheduled_time, event.given_by) == (
        date(2026, 11, 20),
        time(20, 0),
        "Javier",
    )
    assert event.given_local().strftime("%Y-%m-%d %H:%M") == "2026-11-20 21:45"


def test_a_time_in_the_future_is_shown_by_the_time_and_nothing_is_saved(
    qtbot, services, child, calcium, open_dialog
):
    dialog = open_dialog(calcium)
    dialog.given_time.setTime(QTime(11, 30))  # it is 10:00
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.errors["given_time"].text() == "is in the future"
    assert services.medicines.doses(child.id) == []
    dialog.close()


def test_skipping_hides_when_and_by_whom_and_asks_why(qtbot, services, child, calcium, open_dialog):
    dialog = open_dialog(calcium)
    assert dialog.form.isRowVisible(dialog.given_row.parentWidget())
    dialog.status.button("skipped").click()
    assert not dialog.form.isRowVisible(dialog.given_row.parentWidget())
    assert not dialog.form.isRowVisible(dialog.given_by_edit.parentWidget())
    assert dialog.reason_edit.accessibleName() == "Why skipped?"
    qtbot.keyClicks(dialog.reason_edit, "asleep")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [event] = services.medicines.doses(child.id)
    assert (event.status, event.reason, event.given_at) == (DoseStatus.SKIPPED, "asleep", None)


def test_an_as_needed_dose_needs_its_reason(qtbot, services, child, paracetamol, open_dialog):
    dialog = open_dialog(paracetamol)
    assert not dialog.form.isRowVisible(dialog.scheduled_row.parentWidget())
    assert not dialog.form.isRowVisible(dialog.status.parentWidget())
    assert dialog.reason_edit.accessibleName() == "Why given?"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.errors["reason"].text() == "is required: why was this as-needed dose given?"
    assert services.medicines.doses(child.id) == []

    qtbot.keyClicks(dialog.reason_edit, "pain after the dental visit")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [event] = services.medicines.doses(child.id)
    assert (event.scheduled_for, event.reason, event.given_by) == (
        None,
        "pain after the dental visit",
        "Maria",
    )


def test_a_dose_already_in_the_log_is_not_recorded_twice(
    qtbot, services, child, calcium, open_dialog
):
    services.medicines.log_dose(
        calcium.id,
        status="given",
        scheduled_date="2026-11-21",
        scheduled_time="08:00",
        given_date="2026-11-21",
        given_time="08:00",
    )
    dialog = open_dialog(calcium)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "already in the log" in dialog.form.errors["scheduled_time"].text()
    assert len(services.medicines.doses(child.id)) == 1
    dialog.close()


def test_every_control_has_a_name(calcium, paracetamol, open_dialog):
    for medicine in (calcium, paracetamol):
        dialog = open_dialog(medicine)
        assert unnamed_focusable(dialog) == []
        dialog.close()
