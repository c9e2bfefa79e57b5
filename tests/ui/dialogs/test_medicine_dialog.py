"""The medicine dialog: typed in as prescribed, each problem shown under its field with
nothing saved, the schedule's own fields for each kind, names offered only as spelling help,
and the stock kept when an edit does not change it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from caregiver_app.core.medicines import Route
from caregiver_app.core.records import Child
from caregiver_app.core.schedule import ScheduleKind
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.medicine_dialog import MedicineDialog
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.medicines_helpers import add_medicine
from tests.ui.test_accessibility import unnamed_focusable

# Typing a name opens the completer's popup, which the offscreen platform cannot raise.
popup_noise = pytest.mark.qt_log_ignore(
    OFFSCREEN_NOISE,
    r"This plugin does not support raise\(\)",
    "This plugin does not support grabbing the keyboard",
)


@pytest.fixture
def open_dialog(
    services: AppServices, child: Child, show: Callable[[QWidget], QWidget]
) -> Callable[..., MedicineDialog]:
    def make(medicine=None) -> MedicineDialog:
        dialog = MedicineDialog(services, child.id, medicine)
        show(dialog)
        return dialog

    return make


def row_shown(dialog: MedicineDialog, field: QWidget) -> bool:
    return dialog.form.isRowVisible(field.parentWidget())


@popup_noise
def test_a_twice_daily_medicine_is_typed_in_and_saved(qtbot, services, child, open_dialog):
    dialog = open_dialog()
    assert dialog.schedule.choice() == "fixed_times", "set times is the common case"
    assert dialog.start_field.value() == date(2026, 11, 21), "it starts today unless told"
    qtbot.keyClicks(dialog.name_edit, "Calcitriol")
    qtbot.keyClicks(dialog.amount_edit, "0.25")
    dialog.unit_combo.lineEdit().clear()
    qtbot.keyClicks(dialog.unit_combo.lineEdit(), "microgram")
    qtbot.keyClicks(dialog.times_edit, "08:00 20:00")
    qtbot.keyClicks(dialog.prescriber_edit, "Dr. Haddad")
    qtbot.keyClicks(dialog.purpose_edit, "Calcium balance")
    qtbot.keyClicks(dialog.stock_edit, "40")
    qtbot.keyClicks(dialog.low_edit, "10")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    [saved] = services.medicines.medicines(child.id)
    assert dialog.saved == saved
    assert (saved.name, saved.dose_amount, saved.dose_unit, saved.route) == (
        "Calcitriol",
        "0.25",
        "microgram",
        Route.BY_MOUTH,
    )
    assert saved.schedule.kind is ScheduleKind.FIXED_TIMES
    assert saved.schedule.times == (time(8), time(20))
    assert len(saved.schedule.weekdays) == 7
    assert (saved.start_date, saved.end_date) == (date(2026, 11, 21), None)
    assert (saved.prescriber, saved.purpose) == ("Dr. Haddad", "Calcium balance")
    assert (services.medicines.stock_on_hand(saved.id), saved.low_stock_level) == (40, 10)


@popup_noise
def test_each_problem_is_shown_under_its_field_and_nothing_is_saved(
    qtbot, services, child, open_dialog
):
    dialog = open_dialog()
    qtbot.keyClicks(dialog.amount_edit, "2,5")
    qtbot.keyClicks(dialog.times_edit, "08:00 25:00")
    qtbot.keyClicks(dialog.purpose_edit, "bones")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible(), "the dialog stays open"
    assert services.medicines.medicines(child.id) == []
    errors = dialog.form.errors
    assert errors["name"].text() == "is required"
    assert "2,5" in errors["dose_amount"].text()
    assert errors["dose_unit"].text() == "is required with an amount (mg, mL, drops...)"
    assert errors["times"].text() == "25:00 is not a time of day (00:00 to 23:59)"
    assert errors["route"].text() == ""
    assert dialog.focusWidget() is dialog.name_edit, "the first field with a problem"
    assert dialog.name_edit.accessibleDescription() == "is required"
    assert (dialog.times_edit.text(), dialog.purpose_edit.text()) == ("08:00 25:00", "bones")
    qtbot.keyClicks(dialog.name_edit, "Calcium")
    dialog.amount_edit.setText("250")
    qtbot.keyClicks(dialog.unit_combo.lineEdit(), "mg")
    dialog.times_edit.setText("08:00 20:00")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    [saved] = services.medicines.medicines(child.id)
    assert (saved.name, saved.purpose) == ("Calcium", "bones")


@popup_noise
def test_names_are_offered_only_as_spelling_help(qtbot, open_dialog):
    dialog = open_dialog()
    names = dialog.name_completer.model().stringList()
    assert {"Calcitriol", "Interferon gamma-1b", "Calcium"} <= set(names)
    dialog.name_completer.setCompletionPrefix("calc")
    found = []
    for row in range(dialog.name_completer.completionCount()):
        dialog.name_completer.setCurrentRow(row)
        found.append(dialog.name_completer.currentCompletion())
    assert sorted(found) == ["Calcitriol", "Calcium"]
    hint = " ".join(label.text() for label in dialog.findChildren(type(dialog.headline)))
    assert "spelling help only" in hint
    assert "never advice" in hint
    qtbot.keyClicks(dialog.name_edit, "Calcitriol")
    assert (dialog.amount_edit.text(), dialog.unit_combo.currentText()) == ("", ""), (
        "a name never brings a dose with it"
    )


@popup_noise
def test_each_kind_of_schedule_shows_only_its_own_fields(qtbot, services, child, open_dialog):
    dialog = open_dialog()
    assert row_shown(dialog, dialog.times_edit)
    assert row_shown(dialog, dialog.days_row)
    assert not row_shown(dialog, dialog.every_spin)

    dialog.schedule.button("as_needed").click()
    assert not row_shown(dialog, dialog.times_edit)
    assert not row_shown(dialog, dialog.days_row)
    qtbot.keyClicks(dialog.name_edit, "Paracetamol")
    qtbot.keyClicks(dialog.dose_text_edit, "as the day unit said")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [saved] = services.medicines.medicines(child.id)
    assert saved.schedule.kind is ScheduleKind.AS_NEEDED
    assert (saved.dose_text, saved.dose_amount) == ("as the day unit said", "")


@popup_noise
def test_every_few_days_and_chosen_weekdays_are_saved(qtbot, services, child, open_dialog):
    dialog = open_dialog()
    qtbot.keyClicks(dialog.name_edit, "Interferon gamma-1b")
    qtbot.keyClicks(dialog.dose_text_edit, "as the hematology team wrote")
    qtbot.keyClicks(dialog.times_edit, "18:00")
    dialog.route_combo.setCurrentIndex(dialog.route_combo.findData("under_skin"))
    for weekday, check in enumerate(dialog.day_checks):
        check.setChecked(weekday in (0, 2, 4))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [three_a_week] = services.medicines.medicines(child.id)
    assert three_a_week.schedule.weekdays == frozenset({0, 2, 4})
    assert three_a_week.route is Route.UNDER_SKIN

    dialog = open_dialog()
    qtbot.keyClicks(dialog.name_edit, "Vitamin D")
    qtbot.keyClicks(dialog.dose_text_edit, "one drop")
    dialog.schedule.button("every_n_days").click()
    assert row_shown(dialog, dialog.every_spin)
    assert not row_shown(dialog, dialog.days_row)
    dialog.every_spin.setValue(3)
    qtbot.keyClicks(dialog.times_edit, "09:00")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    every_three = next(m for m in services.medicines.medicines(child.id) if m.name == "Vitamin D")
    assert (every_three.schedule.kind, every_three.schedule.every_days) == (
        ScheduleKind.EVERY_N_DAYS,
        3,
    )


@popup_noise
def test_no_day_ticked_is_explained_with_the_other_problems(qtbot, services, child, open_dialog):
    dialog = open_dialog()
    for check in dialog.day_checks:
        check.setChecked(False)
    qtbot.keyClicks(dialog.times_edit, "08:00")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.errors["days"].text() == "choose at least one day"
    assert dialog.form.errors["name"].text() == "is required"
    assert services.medicines.medicines(child.id) == []
    dialog.close()


@popup_noise
def test_an_edit_keeps_the_doses_at_home_unless_they_are_changed(
    qtbot, services, child, clock, open_dialog
):
    medicine = add_medicine(services, child, stock="40", low_stock_level="10")
    clock.advance(timedelta(minutes=5))
    services.medicines.log_dose(
        medicine.id,
        status="given",
        scheduled_date="2026-11-21",
        scheduled_time="08:00",
        given_date="2026-11-21",
        given_time="10:03",
    )
    dialog = open_dialog(services.medicines.medicine(medicine.id))
    assert dialog.windowTitle() == "Edit Calcitriol"
    assert (dialog.stock_edit.text(), dialog.low_edit.text()) == ("39", "10")
    assert dialog.times_edit.text() == "08:00 20:00"
    dialog.end_field.edit.setText("2026-12-31")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    saved = services.medicines.medicine(medicine.id)
    assert saved.end_date == date(2026, 12, 31)
    assert services.medicines.stock_on_hand(medicine.id) == 39
    assert saved.stock_counted_at == medicine.stock_counted_at, "not counted again"


@popup_noise
def test_a_busy_diary_keeps_the_dialog_open_with_what_was_typed(
    qtbot, services, child, open_dialog, diary_busy
):
    dialog = open_dialog()
    qtbot.keyClicks(dialog.name_edit, "Calcium")
    qtbot.keyClicks(dialog.dose_text_edit, "one sachet")
    qtbot.keyClicks(dialog.times_edit, "08:00")
    with diary_busy():
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.general.text().startswith("Not saved: ")
    assert dialog.name_edit.text() == "Calcium"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [m.name for m in services.medicines.medicines(child.id)] == ["Calcium"]


@popup_noise
def test_every_control_has_a_name(open_dialog):
    dialog = open_dialog()
    assert unnamed_focusable(dialog) == []
    dialog.schedule.button("every_n_days").click()
    assert unnamed_focusable(dialog) == []
    dialog.close()
