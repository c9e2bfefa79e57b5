"""The day a tooth came through: recorded, corrected, refused before birth or in the future
(named under the date, nothing saved), or cleared."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from caregiver_app.core.records import Child
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.tooth_date_dialog import ToothDateDialog
from tests.ui.test_accessibility import unnamed_focusable


@pytest.fixture
def open_dialog(
    services: AppServices, child: Child, show: Callable[[QWidget], QWidget]
) -> Callable[[int], ToothDateDialog]:
    def make(fdi: int) -> ToothDateDialog:
        [status] = [s for s in services.dental.eruption_chart(child.id) if s.tooth.fdi == fdi]
        dialog = ToothDateDialog(services, child.id, status)
        show(dialog)
        return dialog

    return make


def erupted(services: AppServices, child: Child) -> dict[int, date]:
    return {item.tooth: item.erupted_on for item in services.dental.eruptions(child.id)}


def test_a_day_is_typed_and_saved(qtbot, open_dialog, services, child):
    dialog = open_dialog(51)
    assert dialog.date_field.edit.text() == ""
    assert dialog.clear_button.isHidden(), "nothing to clear yet"
    qtbot.keyClicks(dialog.date_field.edit, "2025-01-20")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert erupted(services, child) == {51: date(2025, 1, 20)}
    assert dialog.saved is not None
    assert not dialog.isVisible()


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("2027-02-01", "is in the future"),
        ("2024-03-14", "is before the child's birth date (2024-03-15)"),
        ("", "is required"),
        ("20/01/25", "'20/01/25' is not a date like 2024-03-31"),
    ],
)
def test_a_bad_day_is_named_under_the_date_and_nothing_is_saved(
    qtbot, open_dialog, services, child, typed, problem
):
    dialog = open_dialog(64)
    qtbot.keyClicks(dialog.date_field.edit, typed)
    dialog.save()
    assert dialog.isVisible()
    assert dialog.form.errors["date"].text() == problem
    assert dialog.date_field.edit.text() == typed, "what was typed stays"
    assert erupted(services, child) == {}
    qtbot.wait(10)  # the layout settles: the dialog grew for the problem
    assert dialog.date_field.height() >= dialog.date_field.minimumSizeHint().height()
    dialog.reject()


def test_a_recorded_day_is_shown_corrected_or_cleared(qtbot, open_dialog, services, child):
    services.dental.record_eruption(child.id, 71, "2024-11-02")
    dialog = open_dialog(71)
    assert dialog.date_field.edit.text() == "2024-11-02"
    dialog.date_field.edit.setText("2024-11-12")
    dialog.save()
    assert erupted(services, child) == {71: date(2024, 11, 12)}

    dialog = open_dialog(71)
    assert dialog.clear_button.isVisible()
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert erupted(services, child) == {}
    assert dialog.cleared is not None
    assert dialog.cleared.erupted_on == date(2024, 11, 12)
    assert not dialog.isVisible()


def test_every_control_is_named(open_dialog, services, child):
    services.dental.record_eruption(child.id, 61, "2025-02-01")
    dialog = open_dialog(61)
    assert unnamed_focusable(dialog) == []
    dialog.reject()
