"""The checks dialog: a suggested interval says it is one; an interval the care team set
records who and when; a check done by hand with its result; the family's own checks, deleted
with Undo. Problems show next to their field and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt

from caregiver_app.core.checks import IntervalUnit
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.checks_dialog import ChecksDialog
from caregiver_app.ui.labels import day_text
from tests.conftest import NOW
from tests.ui.test_accessibility import unnamed_focusable


@pytest.fixture
def make_dialog(services, events, child, show) -> Callable[[], ChecksDialog]:
    def make() -> ChecksDialog:
        dialog = ChecksDialog(services, events, child.id)
        show(dialog)
        return dialog

    return make


def choose_unit(dialog: ChecksDialog, unit: IntervalUnit) -> None:
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData(unit.value))


def state(services: AppServices, child_id: str, key: str):
    return services.checks.check(child_id, key)


def test_a_starting_suggestion_is_labelled_as_one_to_confirm(make_dialog):
    dialog = make_dialog()
    assert dialog.current_key == "eye_exam"
    assert dialog.suggestion_label.isVisible()
    assert "Suggestion only: confirm this interval with your care team." in (
        dialog.suggestion_label.text()
    )
    assert "visual evoked potentials" in dialog.source_label.text()  # why it matters
    assert dialog.interval_spin.value() == 3
    assert dialog.unit_combo.currentData() == "months"
    assert dialog.set_by_edit.text() == ""
    assert not dialog.name_edit.isVisible()  # a routine check's name is not typed
    assert dialog.delete_button.isHidden()
    assert unnamed_focusable(dialog) == []
    dialog.reject()


def test_the_interval_the_care_team_set_records_who_and_when(
    qtbot, services, child, events, make_dialog
):
    dialog = make_dialog()
    dialog.interval_spin.setValue(4)
    qtbot.keyClicks(dialog.set_by_edit, "Dr. Ruiz, ophthalmologist")
    with qtbot.waitSignal(events.checks_changed) as changed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert changed.args == [child.id]
    saved = state(services, child.id, "eye_exam")
    assert saved.interval.text() == "4 months"
    assert not saved.interval_is_suggestion
    assert saved.interval_set_by == "Dr. Ruiz, ophthalmologist"
    assert saved.interval_set_at == NOW
    assert dialog.feedback.text() == "Saved: Eye exam, every 4 months."
    assert dialog.suggestion_label.isHidden()
    assert dialog.source_label.text() == (
        f"Set by Dr. Ruiz, ophthalmologist on {day_text(date(2026, 11, 21))}."
    )
    dialog.reject()


def test_an_interval_without_who_set_it_is_refused_next_to_the_field(
    qtbot, services, child, make_dialog
):
    dialog = make_dialog()
    dialog.interval_spin.setValue(5)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.interval_form.errors["set_by"].text() == (
        "is required: who on the care team set this interval?"
    )
    assert dialog.set_by_edit.hasFocus()
    assert dialog.interval_spin.value() == 5  # kept as typed
    assert state(services, child.id, "eye_exam").interval_is_suggestion
    dialog.reject()


def test_more_than_ten_years_of_months_is_refused_next_to_the_interval(
    qtbot, services, child, make_dialog
):
    dialog = make_dialog()
    dialog.interval_spin.setValue(200)
    qtbot.keyClicks(dialog.set_by_edit, "Dr. Ruiz")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.interval_form.errors["interval"].text() == "must be from 1 to 120"
    assert dialog.set_by_edit.text() == "Dr. Ruiz"
    assert state(services, child.id, "eye_exam").interval.text() == "3 months"
    choose_unit(dialog, IntervalUnit.DAYS)  # 200 days is fine
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.interval_form.errors["interval"].text() == ""
    assert state(services, child.id, "eye_exam").interval.text() == "200 days"
    dialog.reject()


def test_a_check_done_by_hand_is_recorded_with_its_result_and_undo_takes_it_out(
    qtbot, services, child, make_dialog
):
    dialog = make_dialog()
    dialog.select("hearing_test")
    assert dialog.heading.text() == "Hearing test"
    qtbot.keyClicks(dialog.done_field.edit, "2026-11-20")
    qtbot.keyClicks(dialog.notes_edit, "Normal in both ears")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    hearing = state(services, child.id, "hearing_test")
    assert hearing.last_done == date(2026, 11, 20)
    assert hearing.last_result_notes == "Normal in both ears"
    assert dialog.current_key == "hearing_test"
    assert dialog.records_list.count() == 1
    assert dialog.records_list.item(0).text() == (
        f"{day_text(date(2026, 11, 20))}: Normal in both ears"
    )
    assert dialog.feedback.text() == (
        f"Recorded: Hearing test done on {day_text(date(2026, 11, 20))}."
    )
    qtbot.mouseClick(dialog.feedback.undo_button, Qt.MouseButton.LeftButton)
    assert state(services, child.id, "hearing_test").last_done is None
    assert dialog.records_list.count() == 0
    dialog.reject()


def test_a_check_done_in_the_future_is_refused_and_the_notes_stay(
    qtbot, services, child, make_dialog
):
    dialog = make_dialog()
    qtbot.keyClicks(dialog.done_field.edit, "2026-12-01")
    qtbot.keyClicks(dialog.notes_edit, "VEP normal")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.record_form.errors["done_on"].text() == "is in the future"
    assert dialog.notes_edit.toPlainText() == "VEP normal"
    assert services.checks.records(child.id) == []
    dialog.reject()


def test_deleting_a_recorded_check_can_be_undone(qtbot, services, child, make_dialog):
    services.checks.record_done(child.id, "blood_tests", done_on="2026-11-02", result_notes="Hb 10")
    dialog = make_dialog()
    dialog.select("blood_tests")
    dialog.records_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.delete_record_button, Qt.MouseButton.LeftButton)
    assert services.checks.records(child.id) == []
    assert state(services, child.id, "blood_tests").last_done is None
    qtbot.mouseClick(dialog.feedback.undo_button, Qt.MouseButton.LeftButton)
    assert [r.result_notes for r in services.checks.records(child.id)] == ["Hb 10"]
    dialog.reject()


def test_a_check_of_your_own_is_added_renamed_and_deleted_with_undo(
    qtbot, services, child, make_dialog
):
    dialog = make_dialog()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.name_edit.isVisible()
    assert dialog.name_edit.hasFocus()
    assert dialog.record_box.isHidden()
    qtbot.keyClicks(dialog.name_edit, "Eye exam")  # already one of the child's checks
    qtbot.keyClicks(dialog.set_by_edit, "Dr. Gil, nephrologist")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert (
        dialog.interval_form.errors["name"].text()
        == "'Eye exam' is already one of the child's checks"
    )

    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Kidney ultrasound")
    dialog.interval_spin.setValue(12)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [own] = [s for s in services.checks.checks(child.id) if s.is_custom]
    assert (own.name, own.interval.text(), own.interval_set_by) == (
        "Kidney ultrasound",
        "12 months",
        "Dr. Gil, nephrologist",
    )
    assert dialog.current_key == own.key
    assert dialog.feedback.text() == "Added: Kidney ultrasound."
    assert dialog.delete_button.isVisible()

    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Renal ultrasound")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert state(services, child.id, own.key).name == "Renal ultrasound"

    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert not any(s.is_custom for s in services.checks.checks(child.id))
    assert dialog.feedback.text() == "Deleted: Renal ultrasound."
    assert dialog.current_key == "eye_exam"
    qtbot.mouseClick(dialog.feedback.undo_button, Qt.MouseButton.LeftButton)
    assert state(services, child.id, own.key).name == "Renal ultrasound"
    assert dialog.current_key == own.key
    dialog.reject()


def test_days_before_due_left_blank_follow_the_reminder_setting(
    qtbot, services, child, make_dialog
):
    dialog = make_dialog()
    assert dialog.lead_edit.placeholderText() == "Blank: 14, as set in Settings"
    qtbot.keyClicks(dialog.set_by_edit, "Dr. Ruiz")
    qtbot.keyClicks(dialog.lead_edit, "30")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert state(services, child.id, "eye_exam").lead_days == 30
    assert dialog.lead_edit.text() == "30"
    dialog.lead_edit.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    services.reminders.set_preferences(check_days_before="21")
    assert state(services, child.id, "eye_exam").lead_days == 21
    dialog.reject()
