"""The Appointments page: the next appointment as a card with the family's questions, then
"Was it done?", "Coming up" and the history; add and edit through the dialog, mark done with
the routine check and the outcome, cancelled, missed, delete, and undo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget

from caregiver_app.core.appointments import (
    Appointment,
    AppointmentStatus,
    RoutineCheck,
    validate_appointment,
)
from caregiver_app.core.clock import FixedClock
from caregiver_app.core.records import Child
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.appointment_dialog import AppointmentDialog
from caregiver_app.ui.dialogs.appointment_done_dialog import AppointmentDoneDialog
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.main_window import MainWindow
from caregiver_app.ui.models.appointments_model import Column
from caregiver_app.ui.pages.appointments_page import AppointmentsPage
from tests.ui.test_accessibility import unnamed_focusable

TODAY = date(2026, 11, 21)  # conftest's clock: Saturday, 10:00 in Madrid
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(
    services: AppServices, events: DataEvents, child: Child, show: Callable[[QWidget], QWidget]
) -> Iterator[AppointmentsPage]:
    shown = AppointmentsPage(services, events)
    shown.set_child(child.id)
    shown.resize(1000, 760)
    show(shown)
    yield shown
    if shown.dialog is not None:  # a failed test's dialog; closes without asking
        shown.dialog.done(0)


def plan(
    services: AppServices,
    child: Child,
    days: int,
    clock_time: str = "09:30",
    specialty: str = "hematology",
    **fields: object,
) -> Appointment:
    """An appointment ``days`` from today (negative: in the past)."""
    return services.appointments.add(
        child.id,
        day=(TODAY + timedelta(days=days)).isoformat(),
        clock_time=clock_time,
        specialty=specialty,
        **fields,
    )


def rows(page: AppointmentsPage) -> list[str]:
    """The list as a parent reads it: headings as they are, appointments as "when | what |
    status"."""
    model = page.model
    lines = []
    for row in range(model.rowCount()):
        texts = [model.index(row, column).data() for column in Column]
        if model.appointment(model.index(row, 0)) is None:
            lines.append(texts[Column.WHEN])
        else:
            lines.append(" | ".join(texts[: Column.NOTES]))
    return lines


def click_row(qtbot, page: AppointmentsPage, appointment_id: str) -> None:
    index = page.model.index_of(appointment_id)
    page.tree.scrollTo(index)
    rect = page.tree.visualRect(index)
    assert page.tree.viewport().rect().contains(rect.center())
    qtbot.mouseClick(page.tree.viewport(), LEFT, pos=rect.center())
    assert page.selected() is not None
    assert page.selected().id == appointment_id


def open_add_dialog(qtbot, page: AppointmentsPage) -> AppointmentDialog:
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, AppointmentDialog)
    assert dialog.isVisible()
    return dialog


def type_appointment(
    qtbot, dialog: AppointmentDialog, day: str, clock_time: str, specialty: str
) -> None:
    qtbot.keyClicks(dialog.date_field.edit, day)
    qtbot.keyClicks(dialog.time_edit, clock_time)
    dialog.specialty_combo.setFocus()
    qtbot.keyClicks(dialog.specialty_combo, specialty)  # keyboard search picks the item


def test_an_appointment_with_two_questions_added_in_the_dialog_is_the_next_one(
    qtbot, page, services, child
):
    assert page.card_when.text() == "No appointment planned"
    dialog = open_add_dialog(qtbot, page)
    type_appointment(qtbot, dialog, "2026-11-22", "10:30", "Eyes")
    qtbot.keyClicks(dialog.clinician_edit, "Dr. Elena Ruiz")
    qtbot.keyClicks(dialog.place_edit, "Eye clinic, 2nd floor")
    qtbot.keyClicks(dialog.purpose_edit, "Eye exam")
    for question in ("Can we stay with him during the test?", "Is the rubbing a worry?"):
        qtbot.keyClicks(dialog.questions.new_edit, question)
        qtbot.keyClick(dialog.questions.new_edit, Qt.Key.Key_Return)
    assert dialog.isVisible(), "Enter in the question field adds it; it does not save"
    qtbot.mouseClick(dialog.save_button, LEFT)

    assert page.dialog is None
    [stored] = services.appointments.appointments(child.id)
    assert (stored.local_date, stored.local_time.isoformat("minutes")) == (
        date(2026, 11, 22),
        "10:30",
    )
    assert stored.specialty.value == "ophthalmology"
    assert stored.status is AppointmentStatus.PLANNED
    assert stored.questions == (
        "Can we stay with him during the test?",
        "Is the rubbing a worry?",
    )
    assert page.card_caption.text() == "Next appointment"
    assert page.card_when.text() == "Tomorrow, 10:30"
    assert page.card_what.text() == "Eyes (ophthalmology)"
    assert page.card_details.text() == (
        "With Dr. Elena Ruiz\nAt Eye clinic, 2nd floor\nFor: Eye exam"
    )
    assert page.card_questions.text() == (
        "1. Can we stay with him during the test?\n2. Is the rubbing a worry?"
    )
    assert page.feedback.text() == "Saved: Eyes (ophthalmology), Tomorrow, 10:30."
    assert page.selected().id == stored.id
    assert rows(page) == [
        "Coming up (1)",
        "Tomorrow, 10:30 | Eyes (ophthalmology) | Planned, tomorrow",
    ]


def test_marking_it_done_as_an_eye_exam_records_the_check_and_the_outcome(
    qtbot, page, services, child, clock: FixedClock, events
):
    dialog = open_add_dialog(qtbot, page)
    type_appointment(qtbot, dialog, "2026-11-21", "11:00", "Eyes")
    for question in ("Is his vision stable?", "When is the next exam?"):
        qtbot.keyClicks(dialog.questions.new_edit, question)
        qtbot.mouseClick(dialog.questions.add_button, LEFT)
    qtbot.mouseClick(dialog.save_button, LEFT)
    [planned] = services.appointments.appointments(child.id)
    assert page.card_when.text() == "Today, 11:00"
    assert not page.done_button.isEnabled(), "it has not happened yet"
    assert page.done_button.toolTip() == "It has not happened yet."

    clock.advance(timedelta(hours=2))  # 12:00: the visit is over
    page.check_time()
    assert page.notice.isVisible()
    assert page.notice_label.text() == (
        "Was this appointment done? Eyes (ophthalmology), Today, 11:00."
    )
    assert rows(page) == [
        "Was it done? (1)",
        "Today, 11:00 | Eyes (ophthalmology) | Was it done? Mark done or missed",
    ]
    assert page.card_when.text() == "No appointment planned"

    qtbot.mouseClick(page.notice_done_button, LEFT)
    done = page.dialog
    assert isinstance(done, AppointmentDoneDialog)
    assert done.questions_label.text() == (
        "Your questions were:\n1. Is his vision stable?\n2. When is the next exam?"
    )
    qtbot.mouseClick(done.check_grid.button(RoutineCheck.EYE_EXAM.value), LEFT)
    qtbot.keyClicks(done.outcome_edit, "Vision stable. Optic discs unchanged.")
    with qtbot.waitSignal(events.appointments_changed):
        qtbot.mouseClick(done.save_button, LEFT)

    stored = services.appointments.appointment(planned.id)
    assert stored.status is AppointmentStatus.DONE
    assert stored.fulfils is RoutineCheck.EYE_EXAM
    assert stored.outcome == "Vision stable. Optic discs unchanged."
    assert stored.questions == planned.questions, "the questions stay with the visit"
    assert services.appointments.last_done_checks(child.id)[RoutineCheck.EYE_EXAM] == TODAY
    assert not page.notice.isVisible()
    assert rows(page) == [
        "History, newest first (1)",
        "Today, 11:00 | Eyes (ophthalmology) | Done (Eye exam)",
    ]
    outcome = page.model.index(1, Column.NOTES).data()
    assert outcome == "Vision stable. Optic discs unchanged."
    assert page.feedback.text() == "Marked done: Eyes (ophthalmology), Today, 11:00."

    qtbot.mouseClick(page.feedback.undo_button, LEFT)
    assert services.appointments.appointment(planned.id).status is AppointmentStatus.PLANNED
    assert services.appointments.last_done_checks(child.id)[RoutineCheck.EYE_EXAM] is None


def test_mark_done_from_the_list_offers_the_check_planned_for_the_visit(
    qtbot, page, services, child
):
    visit = plan(services, child, -3, specialty="audiology_ent", fulfils="hearing_test")
    page.refresh()
    click_row(qtbot, page, visit.id)
    assert page.done_button.isEnabled()
    qtbot.mouseClick(page.done_button, LEFT)
    done = page.dialog
    assert isinstance(done, AppointmentDoneDialog)
    assert done.check_grid.choice() == "hearing_test"
    qtbot.mouseClick(done.save_button, LEFT)
    stored = services.appointments.appointment(visit.id)
    assert (stored.status, stored.fulfils) == (
        AppointmentStatus.DONE,
        RoutineCheck.HEARING_TEST,
    )
    assert services.appointments.last_done_checks(child.id)[RoutineCheck.HEARING_TEST] == (
        TODAY - timedelta(days=3)
    )


def test_editing_keeps_the_questions_in_their_order(qtbot, page, services, child):
    visit = plan(services, child, 5, questions=["First?", "Second?", "Third?"])
    page.refresh()
    click_row(qtbot, page, visit.id)
    qtbot.mouseClick(page.edit_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, AppointmentDialog)
    assert dialog.questions.questions() == ["First?", "Second?", "Third?"]
    dialog.clinician_edit.clear()
    qtbot.keyClicks(dialog.clinician_edit, "Dr. Omar Haddad")
    qtbot.mouseClick(dialog.save_button, LEFT)

    stored = services.appointments.appointment(visit.id)
    assert stored.clinician == "Dr. Omar Haddad"
    assert stored.questions == ("First?", "Second?", "Third?")
    assert stored.local_date == visit.local_date
    assert page.card_questions.text() == "1. First?\n2. Second?\n3. Third?"


def test_enter_edits_and_the_card_button_edits_the_next_one(qtbot, page, services, child):
    later = plan(services, child, 9, specialty="dental")
    sooner = plan(services, child, 2)
    page.refresh()
    click_row(qtbot, page, later.id)
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, AppointmentDialog)
    assert dialog.specialty_combo.currentData() == "dental"
    qtbot.mouseClick(dialog.cancel_button, LEFT)  # nothing changed: closes without asking
    assert page.dialog is None

    qtbot.mouseClick(page.card_edit_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, AppointmentDialog)
    assert dialog.date_field.value() == sooner.local_date
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert page.dialog is None


def test_a_future_visit_can_be_cancelled_but_not_missed_and_undo_plans_it_again(
    qtbot, page, services, child
):
    visit = plan(services, child, 4, outcome="")
    page.refresh()
    click_row(qtbot, page, visit.id)
    assert page.cancelled_button.isEnabled()
    assert not page.missed_button.isEnabled()
    assert not page.done_button.isEnabled()
    qtbot.mouseClick(page.cancelled_button, LEFT)

    assert services.appointments.appointment(visit.id).status is AppointmentStatus.CANCELLED
    assert page.feedback.text() == (
        "Marked cancelled: Blood (hematology), Wednesday, 25 November, 09:30."
    )
    assert rows(page) == [
        "History, newest first (1)",
        "Wednesday, 25 November, 09:30 | Blood (hematology) | Cancelled",
    ]
    assert page.card_when.text() == "No appointment planned"

    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.appointments.appointment(visit.id).status is AppointmentStatus.PLANNED
    assert page.card_when.text() == "Wednesday, 25 November, 09:30 (in 4 days)"
    assert page.feedback.text().startswith("Undone: Blood (hematology)")


def test_a_past_visit_nobody_closed_can_be_marked_missed(qtbot, page, services, child):
    visit = plan(services, child, -1, "16:00", "physiotherapy")
    page.refresh()
    assert page.notice_label.text() == (
        "Was this appointment done? Physiotherapy, Yesterday, 16:00."
    )
    wide = page.tree.header().sectionSize(Column.STATUS)
    qtbot.mouseClick(page.notice_missed_button, LEFT)
    assert services.appointments.appointment(visit.id).status is AppointmentStatus.MISSED
    assert not page.notice.isVisible()
    assert page.tree.header().sectionSize(Column.STATUS) < wide, "room for the notes again"
    assert rows(page) == [
        "History, newest first (1)",
        "Yesterday, 16:00 | Physiotherapy | Missed",
    ]

    click_row(qtbot, page, visit.id)
    assert not page.missed_button.isEnabled(), "already closed"
    assert page.done_button.isEnabled(), "a missed one can still be marked done"


def test_delete_and_undo_bring_the_appointment_back_with_its_questions(
    qtbot, page, services, child
):
    first = plan(services, child, 3, questions=["Why?"])
    second = plan(services, child, 6, specialty="dental")
    page.refresh()
    click_row(qtbot, page, first.id)
    qtbot.mouseClick(page.delete_button, LEFT)

    assert [item.id for item in services.appointments.appointments(child.id)] == [second.id]
    assert page.feedback.text() == "Deleted: Blood (hematology), Tuesday, 24 November, 09:30."
    assert page.selected().id == second.id, "the next one takes its place"

    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert services.appointments.appointments(child.id) == []
    assert page.card_when.text() == "No appointment planned"
    assert not page.tree.isVisible()

    qtbot.mouseClick(page.feedback.undo_button, LEFT)  # the dental one first
    assert [item.id for item in services.appointments.appointments(child.id)] == [second.id]
    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = services.appointments.appointments(child.id)
    assert [item.id for item in restored] == [first.id, second.id]
    assert restored[0].questions == ("Why?",)
    assert page.selected().id == first.id


def test_a_bad_field_is_named_and_nothing_is_saved(qtbot, page, services, child):
    dialog = open_add_dialog(qtbot, page)
    qtbot.keyClicks(dialog.date_field.edit, "2026-11-31")
    qtbot.keyClicks(dialog.time_edit, "25:70")
    qtbot.keyClicks(dialog.questions.new_edit, "Is this normal?")
    qtbot.mouseClick(dialog.save_button, LEFT)

    assert dialog.isVisible()
    assert dialog.field_error("date") == "2026-11-31 is not a real calendar date"
    assert dialog.field_error("time") == "25:70 is not a time of day (00:00 to 23:59)"
    assert dialog.field_error("specialty") == "is required"
    assert services.appointments.appointments(child.id) == []
    assert dialog.date_field.edit.text() == "2026-11-31", "what was typed stays"
    assert dialog.questions.questions() == ["Is this normal?"]

    dialog.date_field.edit.clear()
    qtbot.keyClicks(dialog.date_field.edit, "2026-11-30")
    dialog.time_edit.clear()
    qtbot.keyClicks(dialog.time_edit, "9:15")
    dialog.specialty_combo.setFocus()
    qtbot.keyClicks(dialog.specialty_combo, "Dental")
    qtbot.mouseClick(dialog.save_button, LEFT)
    [stored] = services.appointments.appointments(child.id)
    assert stored.local_time.isoformat("minutes") == "09:15"
    assert stored.questions == ("Is this normal?",), "the typed question was kept"


def test_the_list_puts_the_ones_to_close_first_then_coming_up_then_history_newest_first(
    page, services, child
):
    plan(services, child, 30, "08:00", "genetics")
    plan(services, child, -10, "09:00", "hematology", status="done")
    plan(services, child, 2, "12:00", "dental")
    plan(services, child, -40, "10:00", "orthopedics", status="cancelled")
    plan(services, child, -2, "11:00", "endocrinology")  # never closed
    plan(services, child, -5, "10:00", "neurosurgery")  # never closed
    plan(services, child, 0, "18:00", "general_pediatrics")
    plan(services, child, -1, "09:00", "physiotherapy", status="missed")
    page.refresh()

    assert rows(page) == [
        "Was it done? (2)",
        "Thursday, 19 November, 11:00 | Hormones (endocrinology) | "
        "Was it done? Mark done or missed",
        "Monday, 16 November, 10:00 | Neurosurgery | Was it done? Mark done or missed",
        "Coming up (3)",
        "Today, 18:00 | General pediatrics | Planned, today",
        "Monday, 23 November, 12:00 | Dental | Planned, in 2 days",
        "Monday, 21 December, 08:00 | Genetics | Planned, in 30 days",
        "History, newest first (3)",
        "Yesterday, 09:00 | Physiotherapy | Missed",
        "Wednesday, 11 November, 09:00 | Blood (hematology) | Done",
        "Monday, 12 October, 10:00 | Bones (orthopedics) | Cancelled",
    ]
    assert page.card_when.text() == "Today, 18:00"
    assert page.notice_label.text() == (
        "Was this appointment done? Hormones (endocrinology), Thursday, 19 November, 11:00.\n"
        "1 more to close under “Was it done?” below."
    )
    assert page.selected() is not None
    assert page.selected().specialty.value == "endocrinology", "the first one to close"


def test_another_childs_appointments_never_show(qtbot, page, services, child, second_child):
    plan(services, child, 3, specialty="dental")
    plan(services, second_child, 4, specialty="genetics")
    page.refresh()
    assert page.heading.text() == "Lucía's appointments"
    assert page.card_what.text() == "Dental"
    page.set_child(second_child.id)
    assert page.heading.text() == "Pablo's appointments"
    assert page.card_what.text() == "Genetics"
    assert len(page.model.item_rows()) == 1


def test_a_hidden_page_reads_only_when_shown(qtbot, services, events, child, show):
    hidden = AppointmentsPage(services, events)
    plan(services, child, 3)
    hidden.set_child(child.id)
    assert hidden.model.rowCount() == 0, "nothing is read while hidden"
    show(hidden)
    assert len(hidden.model.item_rows()) == 1
    hidden.hide()
    plan(services, child, 5)
    events.appointments_changed.emit(child.id)
    assert len(hidden.model.item_rows()) == 1
    hidden.show()
    assert len(hidden.model.item_rows()) == 2


def test_without_a_child_the_page_says_what_to_do(services, events, show):
    empty = AppointmentsPage(services, events)
    empty.set_child(None)
    show(empty)
    assert empty.card_details.text() == "Choose a child at the top to see their appointments."
    assert not empty.add_button.isEnabled()
    assert unnamed_focusable(empty) == []


def test_every_focusable_control_has_a_name(page, services, child):
    plan(services, child, -1)
    plan(services, child, 3, questions=["Why?"])
    page.refresh()
    assert page.notice.isVisible()
    assert unnamed_focusable(page) == []


def test_the_window_shows_the_page_at_ctrl_4_for_the_current_child(
    qtbot, services, child, make_window
):
    plan(services, child, 1, "10:30", "ophthalmology", questions=["A?", "B?"])
    window: MainWindow = make_window()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, AppointmentsPage)
    assert page.card_when.text() == "Tomorrow, 10:30"
    assert page.card_questions.text() == "1. A?\n2. B?"
    assert unnamed_focusable(window) == []


def test_history_is_handed_to_the_view_a_page_at_a_time(qtbot, page, services, child):
    visits = 600  # a visit every day or two since birth: more than ten years of them bring
    birth = child.birth_date
    days = (TODAY - birth).days
    checked = [
        validate_appointment(
            day=birth + timedelta(days=days * step // visits),
            clock_time="09:00",
            specialty="hematology",
            status="done",
            zone="Europe/Madrid",
            birth_date=birth,
            now=datetime(2026, 11, 21, 9, tzinfo=UTC),
        )
        for step in range(visits)
    ]
    services.appointments.repository.add_missing(
        child.id, ((item, "Maria") for item in checked), now=datetime(2026, 11, 21, tzinfo=UTC)
    )
    page.refresh()
    assert page.model.history_count() == visits
    shown = len(page.model.item_rows())
    assert shown < visits / 2, "only the newest pages at first"

    page.tree.scrollToBottom()
    qtbot.waitUntil(lambda: len(page.model.item_rows()) > shown)
    oldest = services.appointments.appointments(child.id)[0]
    assert page.select(oldest.id), "choosing an old one fetches what it needs"
    assert len(page.model.item_rows()) == visits
    assert page.model.index_of("no such id") == QModelIndex()


def test_the_arrow_keys_step_over_the_group_headings(qtbot, page, services, child):
    to_close = plan(services, child, -1)
    coming = plan(services, child, 3)
    done = plan(services, child, -5, status="done")
    page.refresh()
    page.tree.setFocus()
    assert page.selected().id == to_close.id
    chosen = []
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up):
        qtbot.keyClick(page.tree, key)
        chosen.append(page.selected().id)
    assert chosen == [coming.id, done.id, done.id, coming.id]
    qtbot.keyClick(page.tree, Qt.Key.Key_Home)
    assert page.selected().id == to_close.id, "the first appointment, not its heading"
    qtbot.keyClick(page.tree, Qt.Key.Key_Up)
    assert page.selected().id == to_close.id
