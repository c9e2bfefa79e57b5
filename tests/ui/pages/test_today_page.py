"""The Today page: quick entry by mouse or keyboard, problems shown by their field, undo,
"nothing unusual", the list of today's entries and the draft that survives a restart."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication, QWidget

from caregiver_app.core.records import Child, DiaryFilter, Severity
from caregiver_app.services.app import AppServices
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.labels import moment_in_words
from caregiver_app.ui.pages.today_page import DRAFT_KEY, TodayPage, draft_key
from tests.ui.medicines_helpers import add_medicine
from tests.ui.test_accessibility import unnamed_focusable

TODAY = date(2026, 11, 21)  # conftest's clock: 10:00 in Madrid


@pytest.fixture
def page(
    services: AppServices, events: DataEvents, child: Child, show: Callable[[QWidget], QWidget]
) -> TodayPage:
    today = TodayPage(services, events)
    today.set_child(child.id)
    show(today)
    return today


def entries(services: AppServices, child: Child) -> list:
    return services.diary.repository.entries(DiaryFilter(child.id))


def test_a_symptom_is_logged_by_keyboard_alone(qtbot, page, services, child, events):
    page.focus_first_field()
    assert QApplication.focusWidget() is page.filter_edit
    qtbot.keyClicks(page.filter_edit, "head")
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Return)
    assert page.symptoms.choice() == "headache"
    focused = QApplication.focusWidget()
    assert focused is page.severity.button("mild"), "Enter moves on to how bad it is"
    qtbot.keyClick(focused, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert page.severity.choice() == "severe"
    with qtbot.waitSignal(events.diary_changed) as changed:
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )

    [entry] = entries(services, child)
    assert changed.args == [child.id]
    assert (entry.symptom, entry.severity, entry.local_date) == ("headache", Severity.SEVERE, TODAY)
    assert entry.time_known
    assert entry.local_time().strftime("%H:%M") == "10:00"
    assert page.feedback.text() == "Saved: Headache, severe, 10:00"
    assert (page.symptoms.choice(), page.severity.choice()) == ("", ""), "the form is reset"
    assert "Headache, severe" in page.today_list.item(0).text()


def test_ctrl_s_saves_from_inside_the_notes(qtbot, page, services, child):
    page.symptoms.button("fever").click()
    page.severity.button("mild").click()
    page.notes.setFocus()
    qtbot.keyClicks(page.notes, "38.2 at night")
    qtbot.keyClick(page.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [entry] = entries(services, child)
    assert (entry.symptom, entry.notes) == ("fever", "38.2 at night")


def test_a_time_in_the_future_is_shown_next_to_the_time_and_nothing_is_saved(
    qtbot, page, services, child
):
    page.symptoms.button("bone_pain").click()
    page.severity.button("moderate").click()
    page.notes.setPlainText("left leg")
    page.now_check.click()
    assert page.when_box.isVisible()
    page.time_edit.setTime(QTime(23, 0))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert entries(services, child) == []
    assert page.time_error.isVisible()
    assert page.time_error.text() == "Time: is in the future"
    assert page.time_edit.accessibleDescription() == "Time: is in the future"
    assert not page.symptom_error.isVisible()
    assert not page.date_error.isVisible()
    assert page.feedback.text() == ""
    # Everything typed is still there to fix.
    assert page.symptoms.choice() == "bone_pain"
    assert page.severity.choice() == "moderate"
    assert page.notes.toPlainText() == "left leg"
    assert QApplication.focusWidget() is page.time_edit

    page.time_edit.setTime(QTime(8, 30))
    page.save()
    [entry] = entries(services, child)
    assert entry.local_time().strftime("%H:%M") == "08:30"
    assert not page.time_error.isVisible()


def test_missing_symptom_and_severity_are_both_explained(page, services, child):
    page.save()
    assert page.symptom_error.text() == "Symptom: is required"
    assert page.severity_error.text() == "How bad: is required"
    assert entries(services, child) == []


def test_an_earlier_day_without_a_time_is_saved_as_time_not_known(page, services, child):
    page.symptoms.button("vomiting").click()
    page.severity.button("mild").click()
    page.now_check.setChecked(False)
    page.date_edit.setDate(QDate(2026, 11, 19))
    page.time_unknown.setChecked(True)
    assert not page.time_edit.isEnabled()
    page.save()
    [entry] = entries(services, child)
    assert entry.local_date == date(2026, 11, 19)
    assert not entry.time_known
    # The day in the locale's short form: the tests run in the C locale (LC_ALL=C.UTF-8).
    assert page.feedback.text() == "Saved: Vomiting, mild, 19 11 2026, time not known"
    assert page.now_check.isChecked(), "the next entry starts at now again"


@pytest.fixture
def spanish_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    yield
    QLocale.setDefault(before)


def test_dates_and_times_follow_the_locale(spanish_locale, services, events, child, show):
    page = TodayPage(services, events)
    page.set_child(child.id)
    show(page)
    assert page.date_edit.displayFormat() == "d/M/yyyy", "short, with the year in full"
    assert page.time_edit.displayFormat() == "H:mm"
    services.diary.log(
        child.id, day=TODAY, clock_time="07:05", symptom="pallor_tiredness", severity="mild"
    )
    page.symptoms.button("vomiting").click()
    page.severity.button("mild").click()
    page.now_check.setChecked(False)
    page.date_edit.setDate(QDate(2026, 11, 19))
    page.time_edit.setTime(QTime(8, 30))
    page.save()
    assert page.feedback.text() == "Saved: Vomiting, mild, 19/11/2026, 8:30"
    assert page.today_list.item(0).text() == "7:05   Pale or tired, mild"


def test_undo_after_save_removes_the_entry_and_puts_it_back_in_the_form(
    qtbot, page, services, child, events
):
    page.symptoms.button("fever").click()
    page.severity.button("moderate").click()
    page.notes.setPlainText("39.0")
    page.save()
    [entry] = entries(services, child)

    with qtbot.waitSignal(events.diary_changed):
        qtbot.mouseClick(page.feedback.undo_button, Qt.MouseButton.LeftButton)

    assert entries(services, child) == []
    assert services.diary.entry(entry.id).meta.deleted_at is not None
    assert page.feedback.text().startswith("Removed: Fever, moderate, 10:00.")
    assert not page.feedback.undo_button.isVisible()
    assert (page.symptoms.choice(), page.severity.choice()) == ("fever", "moderate")
    assert page.notes.toPlainText() == "39.0"
    assert page.today_list.item(0).text() == "Nothing logged yet today."


def test_nothing_unusual_marks_the_day_and_can_be_undone(qtbot, page, services, child):
    qtbot.mouseClick(page.quiet_button, Qt.MouseButton.LeftButton)
    assert [day.day for day in services.diary.quiet_days(child.id)] == [TODAY]
    assert page.feedback.text() == "Marked: nothing unusual today for Lucía."
    assert page.today_list.item(0).text() == "✓ Nothing unusual today"

    qtbot.mouseClick(page.feedback.undo_button, Qt.MouseButton.LeftButton)
    assert services.diary.quiet_days(child.id) == []
    assert page.feedback.text() == "Today is no longer marked as nothing unusual for Lucía."
    assert page.today_list.item(0).text() == "Nothing logged yet today."

    page.mark_nothing_unusual()
    qtbot.mouseClick(page.quiet_button, Qt.MouseButton.LeftButton)
    assert page.feedback.text() == "Today was already marked as nothing unusual for Lucía."
    assert not page.feedback.undo_button.isVisible(), "a second click has nothing to undo"
    assert len(services.diary.quiet_days(child.id)) == 1


def test_the_filter_finds_by_label_and_description_ignoring_accents(qtbot, page):
    qtbot.keyClicks(page.filter_edit, "NOSE")
    # The label match first, then the one whose description mentions nosebleeds.
    assert page.symptoms.visible_codes() == ["nasal_congestion", "bruising_bleeding"]
    assert page.filter_hint.text() == 'Press Enter to pick "Blocked or runny nose".'
    page.filter_edit.setText("fit")
    # "Seizure (fit)" by its label comes before symptoms that only mention it.
    assert page.symptoms.visible_codes()[0] == "seizure"
    page.filter_edit.setText("sóre")
    assert "eye_other" in page.symptoms.visible_codes()
    page.filter_edit.setText("zzzz")
    assert page.symptoms.visible_codes() == ["other"]
    assert page.filter_hint.text().startswith('Nothing matches "zzzz".')
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Escape)
    assert page.filter_edit.text() == ""
    assert len(page.symptoms.visible_codes()) == len(page.symptoms.codes())
    assert page.symptoms.button("vision_change").isVisible()


def test_the_chosen_symptom_stays_visible_while_filtering(page):
    page.symptoms.button("headache").click()
    page.filter_edit.setText("fever")
    assert page.symptoms.visible_codes() == ["fever", "headache"]


def test_each_symptom_button_explains_itself(page, services):
    button = page.symptoms.button("nystagmus")
    kind = services.catalogue.get("nystagmus")
    assert button.text() == "Wobbly eye movements"
    assert button.toolTip() == kind.description
    assert button.accessibleDescription() == kind.description


def test_the_draft_survives_closing_the_page(qtbot, services, events, child, show):
    first = TodayPage(services, events)
    first.set_child(child.id)
    show(first)
    first.symptoms.button("jaw_pain_swelling").click()
    first.severity.button("severe").click()
    first.notes.setPlainText("swollen left side, won't eat")
    first.now_check.setChecked(False)
    first.date_edit.setDate(QDate(2026, 11, 20))
    first.time_edit.setTime(QTime(21, 45))
    key = draft_key(child.id)
    qtbot.waitUntil(lambda: services.settings.get_raw(key) != "", timeout=2000)
    stored = json.loads(services.settings.get_raw(key))
    assert stored["symptom"] == "jaw_pain_swelling"
    assert stored["time"] == "21:45"
    assert stored["child_id"] == child.id
    assert stored["typed_at"] == "2026-11-21T09:00:00+00:00"
    first.close()

    second = TodayPage(services, events)
    second.set_child(child.id)
    show(second)
    assert second.symptoms.choice() == "jaw_pain_swelling"
    assert second.severity.choice() == "severe"
    assert second.notes.toPlainText() == "swollen left side, won't eat"
    assert not second.now_check.isChecked()
    assert second.when_box.isVisible()
    assert second.date_edit.date() == QDate(2026, 11, 20)
    assert second.time_edit.time() == QTime(21, 45)

    second.save()
    assert services.settings.get_raw(key) == "", "a saved entry is no longer a draft"
    [entry] = entries(services, child)
    assert entry.local_time().strftime("%Y-%m-%d %H:%M") == "2026-11-20 21:45"


def test_flush_draft_writes_at_once_and_garbage_is_ignored(services, events, child, show):
    page = TodayPage(services, events)
    page.set_child(child.id)
    show(page)
    page.notes.setPlainText("typed just before the lid closed")
    assert page.flush_draft()
    assert json.loads(services.settings.get_raw(draft_key(child.id)))["notes"] == (
        "typed just before the lid closed"
    )
    services.settings.set_raw(draft_key(child.id), "{not json")
    restored = TodayPage(services, events)
    restored.set_child(child.id)
    show(restored)
    assert restored.notes.toPlainText() == ""
    assert restored.symptoms.choice() == ""


def test_without_a_child_the_page_offers_to_add_one(qtbot, services, events, show):
    page = TodayPage(services, events)
    page.set_child(None)
    show(page)
    assert page.add_child_button.isVisible()
    assert not page.save_button.isVisible()
    qtbot.mouseClick(page.add_child_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Luc")
    dialog.name_edit.insert("ía")  # QTest types ASCII only
    dialog.birth_date.edit.setText("2024-03-15")
    with qtbot.waitSignal(events.family_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [added] = services.family.children()
    assert added.name == "Lucía"
    page.set_child(added.id)
    assert page.heading.text() == "How is Lucía today?"


def test_todays_list_follows_changes_made_elsewhere(page, services, child, events):
    entry = services.diary.log(
        child.id, day=TODAY, clock_time="07:05", symptom="pallor_tiredness", severity="mild"
    )
    events.diary_changed.emit(child.id)
    assert page.today_list.item(0).text() == "07:05   Pale or tired, mild"
    services.diary.delete(entry.id)
    events.diary_changed.emit(child.id)
    assert page.today_list.item(0).text() == "Nothing logged yet today."


def test_ctrl_f_goes_back_to_the_symptom_filter(qtbot, page):
    page.notes.setFocus()
    qtbot.keyClick(page.notes, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.filter_edit


def test_arrow_keys_then_enter_pick_a_symptom_in_the_grid(qtbot, page):
    page.symptoms.focus_choice()
    assert QApplication.focusWidget() is page.symptoms.button("vision_change")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert page.symptoms.choice() == "hearing_change"
    assert QApplication.focusWidget() is page.severity.button("mild")


def test_a_save_the_disk_refuses_keeps_the_entry_in_the_form(qtbot, page, services, child):
    page.symptoms.button("seizure").click()
    page.severity.button("severe").click()
    page.notes.setPlainText("two minutes, then slept")
    services.database.close()  # as good as a vanished disk
    page.save()
    assert page.feedback.text().startswith("Not saved: ")
    assert page.feedback.text().endswith("Your entry is still here; try Save again in a moment.")
    assert page.symptoms.choice() == "seizure"
    assert page.notes.toPlainText() == "two minutes, then slept"
    page.flush_draft()  # a draft that cannot be written is not an error to shout about


# One draft per child ---------------------------------------------------------------------


def type_fever(page: TodayPage, notes: str) -> None:
    page.symptoms.button("fever").click()
    page.severity.button("severe").click()
    page.notes.setPlainText(notes)


def test_a_draft_stays_with_the_child_it_was_typed_for(
    qtbot, services, events, child, second_child, show
):
    page = TodayPage(services, events)
    page.set_child(child.id)
    show(page)
    type_fever(page, "39.5 for Lucía")

    page.set_child(second_child.id)
    assert page.heading.text() == "How is Pablo today?"
    assert (page.symptoms.choice(), page.severity.choice()) == ("", "")
    assert page.notes.toPlainText() == "", "Pablo's form does not hold Lucía's draft"
    page.save()  # nothing is filed under Pablo, and Lucía's draft is not touched
    assert entries(services, second_child) == []
    assert entries(services, child) == []
    stored = json.loads(services.settings.get_raw(draft_key(child.id)))
    assert (stored["child_id"], stored["notes"]) == (child.id, "39.5 for Lucía")

    page.notes.setPlainText("Pablo: grazed knee")
    page.set_child(child.id)
    assert page.symptoms.choice() == "fever"
    assert page.severity.choice() == "severe"
    assert page.notes.toPlainText() == "39.5 for Lucía"
    assert json.loads(services.settings.get_raw(draft_key(second_child.id)))["notes"] == (
        "Pablo: grazed knee"
    )

    page.save()
    [entry] = entries(services, child)
    assert entry.notes == "39.5 for Lucía"
    assert entries(services, second_child) == []
    assert services.settings.get_raw(draft_key(child.id)) == ""
    page.set_child(second_child.id)
    assert page.notes.toPlainText() == "Pablo: grazed knee"


def test_the_one_shared_draft_of_older_versions_goes_to_the_child_shown_once(
    services, events, child, second_child, show
):
    services.settings.set_raw(DRAFT_KEY, json.dumps({"symptom": "nosebleed", "notes": "old"}))
    page = TodayPage(services, events)
    page.set_child(child.id)
    show(page)
    assert page.notes.toPlainText() == "old"
    assert services.settings.get_raw(DRAFT_KEY) == "", "moved, not copied"
    assert json.loads(services.settings.get_raw(draft_key(child.id)))["child_id"] == child.id
    page.set_child(second_child.id)
    assert page.notes.toPlainText() == ""


# A draft restored later ------------------------------------------------------------------


def test_a_draft_restored_hours_later_keeps_the_time_it_was_typed(
    qtbot, services, events, child, clock, show
):
    first = TodayPage(services, events)
    first.set_child(child.id)
    show(first)
    type_fever(first, "39.1 before bed")  # typed at 10:00 in Madrid, with "Now" ticked
    first.flush_draft()
    first.close()

    clock.advance(timedelta(hours=14))  # 00:00 on Sunday in Madrid
    second = TodayPage(services, events)
    second.set_child(child.id)
    show(second)
    assert not second.now_check.isChecked()
    assert second.when_box.isVisible()
    assert second.date_edit.date() == QDate(2026, 11, 21)
    assert second.time_edit.time() == QTime(10, 0)
    assert second.feedback.text().startswith("Restored what you were typing at 10:00 yesterday.")

    second.save()
    [entry] = entries(services, child)
    assert entry.local_time().strftime("%Y-%m-%d %H:%M") == "2026-11-21 10:00"


def test_a_draft_restored_within_minutes_stays_at_now(services, events, child, clock, show):
    first = TodayPage(services, events)
    first.set_child(child.id)
    show(first)
    type_fever(first, "just now")
    first.flush_draft()
    first.close()

    clock.advance(timedelta(minutes=5))
    second = TodayPage(services, events)
    second.set_child(child.id)
    show(second)
    assert second.now_check.isChecked()
    assert second.feedback.text() == ""


# "Nothing unusual" and entries -------------------------------------------------------------


def test_nothing_unusual_is_not_offered_on_a_day_with_entries(page, services, child, events):
    assert page.quiet_button.isEnabled()
    page.mark_nothing_unusual()
    assert page.today_list.item(0).text() == "✓ Nothing unusual today"

    type_fever(page, "")
    page.save()
    texts = [page.today_list.item(row).text() for row in range(page.today_list.count())]
    assert texts == ["10:00   Fever, severe"], "never a quiet day and an entry side by side"
    assert not page.quiet_button.isEnabled()
    assert page.quiet_button.toolTip() == (
        "Today already has entries, so it cannot be marked as nothing unusual."
    )
    page.mark_nothing_unusual()  # the shortcut-free path: still nothing marked again
    assert len(services.diary.quiet_days(child.id)) <= 1

    [entry] = entries(services, child)
    services.diary.delete(entry.id)
    events.diary_changed.emit(child.id)
    assert page.quiet_button.isEnabled()
    assert page.quiet_button.toolTip().startswith("A quiet day is worth noting too")


# A busy diary ------------------------------------------------------------------------------

BUSY = "The diary is busy: another window or command is saving. Try again in a moment"


def test_a_busy_diary_is_explained_on_the_page_and_nothing_is_lost(
    qtbot, page, services, child, diary_busy
):
    type_fever(page, "39.8, shivering")
    with diary_busy():
        page.save()
        assert page.feedback.text() == (
            f"Not saved: {BUSY}. Your entry is still here; try Save again in a moment."
        )
        assert not page.flush_draft(), "the draft could not be stored, and says so"
        assert page.notes.toPlainText() == "39.8, shivering"
    assert entries(services, child) == []

    page.save()
    [entry] = entries(services, child)
    assert page.feedback.text().startswith("Saved: Fever, severe")
    with diary_busy():
        qtbot.mouseClick(page.feedback.undo_button, Qt.MouseButton.LeftButton)
        assert page.feedback.text() == f"Not undone: {BUSY}. Try Undo again in a moment."
        assert page.feedback.undo_button.isVisible(), "Undo can be tried again"
    assert services.diary.entry(entry.id).meta.deleted_at is None
    qtbot.mouseClick(page.feedback.undo_button, Qt.MouseButton.LeftButton)
    assert services.diary.entry(entry.id).meta.deleted_at is not None

    page.symptoms.set_choice("")
    page.severity.set_choice("")
    page.notes.clear()
    with diary_busy():
        page.mark_nothing_unusual()
        assert page.feedback.text() == f"Not marked: {BUSY}. Try again in a moment."
    assert services.diary.quiet_days(child.id) == []
    assert page.flush_draft()


# Today's doses and the next appointment ----------------------------------------------------


def add_calcitriol(services: AppServices, child: Child) -> str:
    return add_medicine(services, child, times="09:30 20:00").id


def test_todays_doses_and_the_next_appointment_are_read_after_the_first_paint(
    qtbot, services, events, child, show
):
    add_calcitriol(services, child)
    services.appointments.add(
        child.id, day="2026-11-20", clock_time="09:00", specialty="dental", status="done"
    )
    services.appointments.add(
        child.id,
        day="2026-11-24",
        clock_time="10:15",
        specialty="ophthalmology",
        clinician="Dr. Ruiz",
        place="Children's hospital",
    )
    services.appointments.add(
        child.id, day="2026-12-15", clock_time="09:00", specialty="hematology"
    )
    page = TodayPage(services, events)
    page.set_child(child.id)
    assert page.doses_panel is None, "nothing of medicines before the window is painted"
    assert not page.next_appointment.isVisibleTo(page)

    show(page)
    qtbot.waitUntil(lambda: page.doses_panel is not None)

    assert page.doses_panel is not None
    assert [(c.title_label.text(), c.state_label.text()) for c in page.doses_panel.cards] == [
        ("09:30  Calcitriol 0.25 microgram", "○ Due now"),
        ("20:00  Calcitriol 0.25 microgram", "○ Not yet"),
    ]
    when = moment_in_words(date(2026, 11, 24), time(10, 15), TODAY)
    assert page.next_appointment.text() == (
        f"Next appointment: {when}\nEyes (ophthalmology), Dr. Ruiz, Children's hospital"
    )
    assert page.next_appointment.isVisible()
    assert unnamed_focusable(page) == []


def test_a_dose_ticked_on_the_today_page_lands_in_the_dose_log(
    qtbot, page, services, events, child
):
    medicine_id = add_calcitriol(services, child)
    qtbot.waitUntil(lambda: page.doses_panel is not None)
    panel = page.doses_panel
    assert panel is not None
    events.medicines_changed.emit(child.id)  # as the Medicines page says after a change
    morning = panel.cards[0]
    assert morning.given_button is not None
    with qtbot.waitSignal(events.medicines_changed):
        qtbot.mouseClick(morning.given_button, Qt.MouseButton.LeftButton)

    [event] = services.medicines.doses(child.id)
    assert (event.medicine_id, event.given_by) == (medicine_id, "Maria")
    assert event.given_local().strftime("%H:%M") == "10:00"
    assert panel.cards[0].state_label.text() == "✓ Given at 10:00 by Maria"
    assert panel.feedback.text().startswith("Recorded: Calcitriol, the 09:30 dose")


def test_the_next_appointment_follows_changes_and_says_when_there_is_none(
    qtbot, page, services, events, child, second_child
):
    qtbot.waitUntil(lambda: page.doses_panel is not None)
    assert page.next_appointment.text() == "No appointment planned."
    assert page.doses_panel is not None
    assert page.doses_panel.empty_label.text() == "No doses planned for today."

    services.appointments.add(child.id, day="2026-11-21", clock_time="16:30", specialty="dental")
    events.appointments_changed.emit(child.id)
    assert page.next_appointment.text().startswith(
        f"Next appointment: {moment_in_words(TODAY, time(16, 30), TODAY)}\nDental"
    )

    add_calcitriol(services, second_child)
    page.set_child(second_child.id)
    assert page.next_appointment.text() == "No appointment planned."
    assert len(page.doses_panel.cards) == 2, "the doses follow the child"
