"""The appointment dialog: adds and edits an appointment through the real widgets; every
problem is shown under the field it is about, the dialog stays open with what was typed,
and nothing is saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from caregiver_app.core.appointments import Appointment, AppointmentStatus, RoutineCheck
from caregiver_app.core.records import Child
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.appointment_dialog import AppointmentDialog, time_value
from tests.ui.test_accessibility import unnamed_focusable

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def open_dialog(qtbot) -> Callable[..., AppointmentDialog]:
    def opened(
        services: AppServices, child: Child, appointment: Appointment | None = None
    ) -> AppointmentDialog:
        dialog = AppointmentDialog(services, child.id, appointment)
        # At the test's end it closes without asking about what a test left unsaved.
        qtbot.addWidget(dialog, before_close_func=lambda d: d.done(QDialog.DialogCode.Rejected))
        with qtbot.waitActive(dialog):  # so keyboard shortcuts reach it as on a desktop
            dialog.show()
            dialog.activateWindow()
        return dialog

    return opened


@pytest.fixture
def planned(services: AppServices, child: Child) -> Appointment:
    return services.appointments.add(
        child.id,
        day="2026-12-03",
        clock_time="10:15",
        specialty="ophthalmology",
        clinician="Dr. Elena Ruiz",
        place="Eye clinic",
        purpose="Eye exam",
        questions=["First?", "Second?", "Third?"],
        fulfils="eye_exam",
    )


def fill_required(qtbot, dialog: AppointmentDialog, day: str = "2026-12-01") -> None:
    qtbot.keyClicks(dialog.date_field.edit, day)
    qtbot.keyClicks(dialog.time_edit, "08:45")
    dialog.specialty_combo.setFocus()
    qtbot.keyClicks(dialog.specialty_combo, "Genetics")


def test_a_new_appointment_starts_blank_and_planned(open_dialog, services, child):
    dialog = open_dialog(services, child)
    assert dialog.windowTitle() == "Add an appointment"
    assert dialog.date_field.edit.text() == ""
    assert dialog.time_edit.text() == ""
    assert dialog.specialty_combo.currentIndex() == -1
    assert dialog.status_grid.choice() == "planned"
    assert dialog.check_grid.choice() == "none"
    assert dialog.questions.questions() == []
    assert dialog.focusWidget() is dialog.date_field.edit
    assert unnamed_focusable(dialog) == []


def test_the_edit_dialog_shows_the_appointment_as_stored(open_dialog, services, child, planned):
    dialog = open_dialog(services, child, planned)
    assert dialog.windowTitle() == "Edit appointment"
    assert dialog.date_field.edit.text() == "2026-12-03"
    assert dialog.date_words.text() == "Thursday, 3 December 2026"
    assert dialog.time_edit.text() == "10:15"
    assert dialog.specialty_combo.currentText() == "Eyes (ophthalmology)"
    assert dialog.clinician_edit.text() == "Dr. Elena Ruiz"
    assert dialog.place_edit.text() == "Eye clinic"
    assert dialog.purpose_edit.toPlainText() == "Eye exam"
    assert dialog.questions.questions() == ["First?", "Second?", "Third?"]
    assert dialog.status_grid.choice() == "planned"
    assert dialog.check_grid.choice() == "eye_exam"
    assert unnamed_focusable(dialog) == []


def test_every_field_typed_and_clicked_is_saved(qtbot, open_dialog, services, child):
    dialog = open_dialog(services, child)
    fill_required(qtbot, dialog, "2026-11-20")
    qtbot.keyClicks(dialog.clinician_edit, "Dr. Ana Vidal")
    qtbot.keyClicks(dialog.place_edit, "Regional genetics service")
    qtbot.keyClicks(dialog.purpose_edit, "Family counselling")
    qtbot.keyClicks(dialog.questions.new_edit, "What does it mean for a sibling?")
    qtbot.keyClick(dialog.questions.new_edit, Qt.Key.Key_Enter)
    qtbot.mouseClick(dialog.status_grid.button("done"), LEFT)
    qtbot.mouseClick(dialog.check_grid.button("blood_tests"), LEFT)
    qtbot.keyClicks(dialog.outcome_edit, "Carrier testing offered.")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert dialog.result() == QDialog.DialogCode.Accepted
    [stored] = services.appointments.appointments(child.id)
    assert dialog.saved == stored
    assert (stored.local_date, stored.local_time) == (date(2026, 11, 20), time(8, 45))
    assert stored.specialty.value == "genetics"
    assert (stored.clinician, stored.place, stored.purpose) == (
        "Dr. Ana Vidal",
        "Regional genetics service",
        "Family counselling",
    )
    assert stored.questions == ("What does it mean for a sibling?",)
    assert stored.status is AppointmentStatus.DONE
    assert stored.fulfils is RoutineCheck.BLOOD_TESTS
    assert stored.outcome == "Carrier testing offered."
    assert stored.meta.logged_by == "Maria"


def test_questions_are_edited_removed_and_moved_by_keyboard(
    qtbot, open_dialog, services, child, planned
):
    dialog = open_dialog(services, child, planned)
    questions = dialog.questions
    questions.list.setFocus()
    questions.list.setCurrentRow(2)
    qtbot.keyClick(questions.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(questions.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert questions.questions() == ["Third?", "First?", "Second?"]
    assert not questions.up_button.isEnabled(), "the first cannot move up"

    qtbot.keyClick(questions.list, Qt.Key.Key_Down)
    qtbot.keyClick(questions.list, Qt.Key.Key_Delete)  # "First?" goes
    assert questions.questions() == ["Third?", "Second?"]

    qtbot.keyClick(questions.list, Qt.Key.Key_F2)  # edits "Second?" in place
    editor = questions.list.focusWidget()
    assert editor is not questions.list
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Second, reworded?")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the list takes the text a moment later
    qtbot.waitUntil(lambda: questions.questions() == ["Third?", "Second, reworded?"])
    assert dialog.isVisible(), "Enter in the question editor does not save the dialog"

    qtbot.mouseClick(dialog.save_button, LEFT)
    stored = services.appointments.appointment(planned.id)
    assert stored.questions == ("Third?", "Second, reworded?")


def test_a_question_typed_but_not_added_is_saved_too(qtbot, open_dialog, services, child):
    dialog = open_dialog(services, child)
    fill_required(qtbot, dialog)
    qtbot.keyClicks(dialog.questions.new_edit, "Forgot to press Enter?")
    qtbot.mouseClick(dialog.save_button, LEFT)
    [stored] = services.appointments.appointments(child.id)
    assert stored.questions == ("Forgot to press Enter?",)


def test_an_empty_specialty_is_named_and_nothing_is_saved(qtbot, open_dialog, services, child):
    dialog = open_dialog(services, child)
    qtbot.keyClicks(dialog.date_field.edit, "2026-12-01")
    qtbot.keyClicks(dialog.time_edit, "08:45")
    qtbot.keyClicks(dialog.clinician_edit, "Dr. Gil")
    qtbot.mouseClick(dialog.save_button, LEFT)

    assert dialog.isVisible()
    assert dialog.field_error("specialty") == "is required"
    assert dialog.field_error("date") == ""
    assert dialog.field_error("time") == ""
    assert dialog.specialty_combo.hasFocus(), "the cursor goes to the field to fix"
    assert dialog.left.fields["specialty"].accessibleDescription() == "is required"
    assert services.appointments.appointments(child.id) == []
    assert dialog.clinician_edit.text() == "Dr. Gil"


@pytest.mark.parametrize(
    ("day", "clock_time", "field", "problem"),
    [
        ("", "08:45", "date", "is required"),
        ("3rd of May", "08:45", "date", "'3rd of may' is not a date like 2024-03-31"),
        ("2026-11-20", "", "time", "is required"),
        ("2026-11-20", "quarter past", "time", "'quarter past' is not a 24-hour time like 08:30"),
        ("2024-01-01", "08:45", "date", "is before the child's birth date (2024-03-15)"),
        (
            "2027-03-28",
            "02:30",
            "time",
            "02:30 does not exist on 2027-03-28 in Europe/Madrid (the clocks went forward); "
            "check the time",
        ),
    ],
)
def test_a_bad_date_or_time_is_named_and_nothing_is_saved(
    qtbot, open_dialog, services, child, day, clock_time, field, problem
):
    dialog = open_dialog(services, child)
    qtbot.keyClicks(dialog.date_field.edit, day)
    qtbot.keyClicks(dialog.time_edit, clock_time)
    dialog.specialty_combo.setCurrentIndex(0)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible()
    assert dialog.field_error(field).lower() == problem.lower()
    assert services.appointments.appointments(child.id) == []


def test_a_visit_still_to_come_cannot_be_done(qtbot, open_dialog, services, child, planned):
    dialog = open_dialog(services, child, planned)
    qtbot.mouseClick(dialog.status_grid.button("done"), LEFT)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible()
    assert dialog.field_error("status") == (
        "cannot be done for an appointment that has not happened yet"
    )
    assert services.appointments.appointment(planned.id).status is AppointmentStatus.PLANNED


def test_an_appointment_deleted_meanwhile_is_explained(
    qtbot, open_dialog, services, child, planned
):
    dialog = open_dialog(services, child, planned)
    services.appointments.delete(planned.id)
    qtbot.keyClicks(dialog.place_edit, ", room 4")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible()
    assert dialog.general_error() == (
        "This appointment was deleted meanwhile, so it cannot be changed."
    )


def test_a_busy_diary_keeps_the_dialog_open_with_its_text(
    qtbot, open_dialog, services, child, diary_busy
):
    dialog = open_dialog(services, child)
    fill_required(qtbot, dialog)
    with diary_busy():
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible()
    assert dialog.general_error().startswith("Not saved: ")
    assert dialog.general_error().endswith("Your text is still here; try Save again.")
    assert services.appointments.appointments(child.id) == []
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert len(services.appointments.appointments(child.id)) == 1
    assert dialog.general_error() == ""


def test_cancel_asks_before_throwing_away_what_was_typed(
    qtbot, open_dialog, services, child, message_boxes
):
    dialog = open_dialog(services, child)
    qtbot.keyClicks(dialog.clinician_edit, "Dr. Gil")
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert dialog.isVisible(), "Keep editing"
    assert message_boxes.texts() == ["Close without saving? What you typed here would be lost."]

    message_boxes.answer = QMessageBox.StandardButton.Discard
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert services.appointments.appointments(child.id) == []


def test_cancel_without_changes_closes_at_once(qtbot, open_dialog, services, child, planned):
    dialog = open_dialog(services, child, planned)
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert not dialog.isVisible()


def test_clinicians_and_places_already_written_are_offered(open_dialog, services, child, planned):
    services.family.add_contact(child.id, role="Dentist", name="Dr. Laura Gil", place="Sonrisas")
    dialog = open_dialog(services, child)
    offered = dialog.clinician_edit.completer().model()
    names = {offered.index(row, 0).data() for row in range(offered.rowCount())}
    assert names == {"Dr. Elena Ruiz", "Dr. Laura Gil"}
    places = dialog.place_edit.completer().model()
    assert {places.index(row, 0).data() for row in range(places.rowCount())} == {
        "Eye clinic",
        "Sonrisas",
    }


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("09:30", time(9, 30)), ("9:30", time(9, 30)), ("9.30", time(9, 30)), ("0930", time(9, 30))],
)
def test_common_ways_of_writing_a_time_are_understood(typed, expected):
    assert time_value(typed) == expected


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=12))
def test_any_typed_time_is_a_time_or_left_as_typed_for_the_validation(qapp, typed):
    value = time_value(typed)
    assert isinstance(value, time) or value == typed.strip()
