"""The Teeth page: today's care ticks saved at once, the next and last dental visit, the
eruption chart (recorded through a tooth's dialog), and the history of dental records with
add, edit, delete and undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from caregiver_app.core.dental import DailyTick, DentalEventKind
from caregiver_app.core.records import Child
from caregiver_app.services.app import AppServices
from caregiver_app.ui import labels
from caregiver_app.ui.dialogs.dental_event_dialog import DentalEventDialog
from caregiver_app.ui.dialogs.tooth_date_dialog import ToothDateDialog
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.pages import teeth_page
from caregiver_app.ui.pages.teeth_page import TeethPage
from tests.ui.test_accessibility import unnamed_focusable

TODAY = date(2026, 11, 21)


@pytest.fixture
def page(
    services: AppServices, events: DataEvents, child: Child, show: Callable[[QWidget], QWidget]
) -> TeethPage:
    teeth = TeethPage(services, events)
    teeth.resize(1000, 900)
    show(teeth)
    teeth.set_child(child.id)
    return teeth


def history(page: TeethPage) -> list[tuple[str, str, str]]:
    table = page.table
    return [
        (table.item(row, 0).text(), table.item(row, 1).text(), table.item(row, 2).text())
        for row in range(table.rowCount())
    ]


def test_a_tooth_eruption_is_recorded_through_the_chart(qtbot, page, services, child, events):
    button = page.chart.button(64)
    assert button.text() == "64 · late\nnot yet"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ToothDateDialog)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.date_field.edit, "2025-06-03")
    with qtbot.waitSignal(events.dental_changed) as changed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert changed.args == [child.id]
    [eruption] = services.dental.eruptions(child.id)
    assert (eruption.tooth, eruption.erupted_on) == (64, date(2025, 6, 3))
    shown = labels.day_text(date(2025, 6, 3))
    assert button.text() == f"64\n{shown}", "15 months: within 13–19, no longer late"
    assert page.feedback.text() == f"Saved: Upper left first molar (64) came through on {shown}."
    assert page.dialog is None
    assert QApplication.focusWidget() is button, "back on the tooth, for the next one"


def test_a_tooth_later_than_its_range_says_late(page, services, child):
    # Lucía is 32 months: the lower second molars (23–31 months) are late, the upper ones
    # (25–33) are not yet, and an incisor that came at 16 months (8–12) came late.
    services.dental.record_eruption(child.id, 51, "2025-07-15")
    page.refresh()
    assert page.chart.button(75).text() == "75 · late\nnot yet"
    assert page.chart.button(55).text() == "55\nnot yet"
    assert page.chart.button(51).text() == f"51 · late\n{labels.day_text(date(2025, 7, 15))}"


def test_a_tooth_day_is_cleared_and_undo_brings_it_back(qtbot, page, services, child):
    services.dental.record_eruption(child.id, 81, "2024-11-20")
    page.refresh()
    page.chart.focus_tooth(81)
    qtbot.keyClick(page.chart.button(81), Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, ToothDateDialog)
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert services.dental.eruptions(child.id) == []
    assert page.chart.button(81).text().endswith("not yet")
    assert (
        page.feedback.text()
        == "Cleared the day of Lower right central incisor (81): not through yet."
    )

    qtbot.mouseClick(page.feedback.undo_button, Qt.MouseButton.LeftButton)
    [eruption] = services.dental.eruptions(child.id)
    assert (eruption.tooth, eruption.erupted_on) == (81, date(2024, 11, 20))
    assert page.chart.button(81).text() == f"81\n{labels.day_text(date(2024, 11, 20))}"


def test_undo_keeps_a_tooth_day_recorded_again_since(qtbot, page, services, child):
    services.dental.record_eruption(child.id, 81, "2024-11-20")
    page.refresh()
    page.edit_tooth(81)
    dialog = page.dialog
    assert isinstance(dialog, ToothDateDialog)
    dialog.clear()
    page.edit_tooth(81)
    dialog = page.dialog
    assert isinstance(dialog, ToothDateDialog)
    dialog.date_field.edit.setText("2024-12-01")
    dialog.save()
    page.undo_delete()
    [eruption] = services.dental.eruptions(child.id)
    assert eruption.erupted_on == date(2024, 12, 1), "the newer day is kept"
    assert page.feedback.text() == (
        "Not restored: Lower right central incisor (81) has been given another day since. "
        "Its day is kept."
    )


def test_daily_ticks_save_at_once_and_read_back(qtbot, page, services, child, events):
    brushing = page.tick_boxes[DailyTick.BRUSHING]
    fluoride = page.tick_boxes[DailyTick.FLUORIDE_TOOTHPASTE]
    assert brushing.text() == "&Teeth brushed"
    assert not brushing.isChecked()
    with qtbot.waitSignal(events.dental_changed):
        qtbot.mouseClick(brushing, Qt.MouseButton.LeftButton)
    [day] = services.dental.daily_care(child.id)
    assert (day.day, day.brushing, day.fluoride_toothpaste) == (TODAY, True, False)
    assert page.tick_counts[DailyTick.BRUSHING].text() == "1 of 7 days"
    assert page.tick_marks[DailyTick.BRUSHING][-1].text() == "✓"
    assert page.feedback.text() == "Saved: “Teeth brushed” ticked for today."

    fluoride.setFocus()
    qtbot.keyClick(fluoride, Qt.Key.Key_Space)
    qtbot.mouseClick(brushing, Qt.MouseButton.LeftButton)
    [day] = services.dental.daily_care(child.id)
    assert (day.brushing, day.fluoride_toothpaste) == (False, True)
    assert page.tick_counts[DailyTick.BRUSHING].text() == "0 of 7 days"
    assert page.feedback.text() == "Saved: “Teeth brushed” no longer ticked for today."


def test_the_last_seven_days_are_counted_and_marked(page, services, child):
    for days_ago in (1, 2, 4, 7):  # 7 days ago is outside "the last 7 days, today included"
        day = TODAY - timedelta(days=days_ago)
        services.dental.set_daily_tick(child.id, "brushing", True, day)
    services.dental.set_daily_tick(child.id, "fluoride_toothpaste", True, TODAY)
    page.refresh()
    marks = [mark.text() for mark in page.tick_marks[DailyTick.BRUSHING]]
    assert marks == ["–", "–", "✓", "–", "✓", "✓", "–"]
    assert page.tick_counts[DailyTick.BRUSHING].text() == "3 of 7 days"
    assert page.tick_counts[DailyTick.FLUORIDE_TOOTHPASTE].text() == "1 of 7 days"
    assert page.tick_boxes[DailyTick.FLUORIDE_TOOTHPASTE].isChecked()
    assert [header.text() for header in page.day_headers][-2:] == ["Fri", "Today"]
    assert page.tick_boxes[DailyTick.BRUSHING].accessibleDescription() == (
        "Teeth brushed: 3 of 7 days (the last 7 days, today included)"
    )


def test_a_busy_diary_unticks_the_box_and_says_so(qtbot, page, services, child, diary_busy):
    brushing = page.tick_boxes[DailyTick.BRUSHING]
    with diary_busy():
        qtbot.mouseClick(brushing, Qt.MouseButton.LeftButton)
    assert not brushing.isChecked(), "the box shows what is saved"
    assert page.feedback.text().startswith("Not saved: The diary is busy")
    assert services.dental.daily_care(child.id) == []


def test_the_next_and_the_last_dental_visit(page, services, child, events):
    assert page.next_visit.text() == (
        "Next dental visit: none planned. Add one on the Appointments page."
    )
    assert page.last_visit.text() == "Last dental visit: none recorded."
    add = services.appointments.add
    add(child.id, day="2026-12-01", clock_time="09:00", specialty="ophthalmology")
    add(
        child.id,
        day="2026-12-15",
        clock_time="10:30",
        specialty="dental",
        clinician="Dr. Laura Gil",
        place="Sonrisas dental clinic",
        purpose="Six-monthly check",
    )
    add(child.id, day="2027-06-15", clock_time="10:30", specialty="dental")
    add(child.id, day="2026-08-28", clock_time="10:00", specialty="dental", status="done")
    add(child.id, day="2026-10-01", clock_time="10:00", specialty="dental", status="cancelled")
    events.appointments_changed.emit(child.id)
    assert page.next_visit.text() == (
        "Next dental visit: Tuesday, 15 December, 10:30\n"
        "Dr. Laura Gil\nSonrisas dental clinic\nSix-monthly check"
    )
    assert page.last_visit.text() == "Last dental visit: Friday, 28 August (about 3 months ago)"
    services.dental.add_event(child.id, day="2026-11-11", kind="visit")
    events.dental_changed.emit(child.id)
    assert page.last_visit.text() == "Last dental visit: Wednesday, 11 November (10 days ago)"
    services.dental.add_event(child.id, day="2026-11-21", kind="visit")
    events.dental_changed.emit(child.id)
    assert page.last_visit.text() == "Last dental visit: Today"


def test_history_is_newest_first_with_its_words(page, services, child):
    services.dental.add_event(child.id, day="2026-06-24", kind="sealants")
    services.dental.add_event(
        child.id, day="2026-11-02", kind="procedure", tooth="84", antibiotic_cover="given"
    )
    services.dental.add_event(child.id, day="2026-08-13", kind="gum_infection", tooth="64")
    page.refresh()
    assert history(page) == [
        (labels.day_text(date(2026, 11, 2)), "Dental procedure", "Lower right first molar (84)"),
        (labels.day_text(date(2026, 8, 13)), "Gum infection", "Upper left first molar (64)"),
        (labels.day_text(date(2026, 6, 24)), "Sealants", ""),
    ]
    assert page.table.item(0, 3).text() == "Antibiotic cover given"
    assert page.table.item(1, 1).toolTip() == "Problems: Gum infection"
    assert page.empty_history.isHidden()

    gil = services.appointments.add(
        child.id, day="2026-11-18", clock_time="09:00", specialty="dental", clinician="Dr. Gil"
    )
    services.dental.add_event(
        child.id, day="2026-11-18", kind="visit", appointment_id=gil.id, notes="All fine"
    )
    page.refresh()
    assert page.table.item(0, 3).text() == "Appointment with Dr. Gil; All fine"


def test_an_extraction_is_added_with_ctrl_n_and_its_caution_is_shown(
    qtbot, page, services, child, message_boxes
):
    assert page.empty_history.isVisible()
    page.chart.focus_tooth()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, DentalEventDialog)
    dialog.set_kind(DentalEventKind.EXTRACTION)
    dialog.tooth_combo.setCurrentIndex(dialog.tooth_combo.findData("85"))
    qtbot.mouseClick(dialog.cover.button("given"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [event] = services.dental.events(child.id)
    assert (event.kind, event.tooth) == (DentalEventKind.EXTRACTION, 85)
    [caution] = message_boxes.texts()
    assert "risk of a serious infection of the jaw bone" in caution
    assert history(page)[0][1] == "Tooth taken out (extraction)"
    assert page.selected_event_id() == event.id
    today = labels.day_text(TODAY)
    assert page.feedback.text() == (
        f"Saved: Tooth taken out (extraction), Lower right second molar (85), {today}."
    )


def test_a_record_is_edited_from_the_history(qtbot, page, services, child):
    saved = services.dental.add_event(child.id, day="2026-11-20", kind="pain").event
    page.refresh()
    page.select_event(saved.id)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, DentalEventDialog)
    assert dialog.kind() is DentalEventKind.PAIN
    dialog.notes.setPlainText("Better after a day")
    dialog.save()
    assert services.dental.events(child.id)[0].notes == "Better after a day"
    assert page.table.item(0, 3).text() == "Better after a day"
    assert page.selected_event_id() == saved.id

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter edits too
    dialog = page.dialog
    assert isinstance(dialog, DentalEventDialog)
    dialog.reject()


def test_delete_and_undo(qtbot, page, services, child, events):
    first = services.dental.add_event(child.id, day="2026-11-01", kind="fluoride_varnish").event
    second = services.dental.add_event(child.id, day="2026-11-10", kind="cleaning").event
    page.refresh()
    assert not page.delete_button.isEnabled(), "nothing chosen yet"
    page.select_event(second.id)
    with qtbot.waitSignal(events.dental_changed):
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [e.id for e in services.dental.events(child.id)] == [first.id]
    assert [row[1] for row in history(page)] == ["Fluoride varnish"]
    assert page.feedback.text() == (
        f"Deleted: Professional cleaning, {labels.day_text(date(2026, 11, 10))}."
    )
    assert page.selected_event_id() == first.id, "the next record takes its place"

    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # the Delete key deletes the next one
    assert services.dental.events(child.id) == []
    assert page.empty_history.isVisible()

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [e.id for e in services.dental.events(child.id)] == [first.id], "the last one first"
    assert page.feedback.undo_button.isHidden()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {e.id for e in services.dental.events(child.id)} == {first.id, second.id}
    page.undo_delete()  # nothing left to undo: nothing happens
    assert len(services.dental.events(child.id)) == 2
    assert page.feedback.text() == (
        f"Restored: Professional cleaning, {labels.day_text(date(2026, 11, 10))}."
    )
    assert page.selected_event_id() == second.id


def test_a_long_history_shows_the_newest_until_asked_for_all(
    qtbot, page, services, child, monkeypatch
):
    monkeypatch.setattr(teeth_page, "HISTORY_LIMIT", 3)
    for day in range(1, 6):
        services.dental.add_event(child.id, day=f"2026-11-0{day}", kind="cleaning")
    page.refresh()
    assert [row[0] for row in history(page)] == [
        labels.day_text(date(2026, 11, day)) for day in (5, 4, 3)
    ]
    assert page.history_count.text() == "Showing the newest 3 of 5 records."
    qtbot.mouseClick(page.show_all_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 5
    assert page.show_all_button.isHidden()


def test_a_hidden_page_reads_again_only_when_shown(qtbot, page, services, child, events):
    page.hide()
    services.dental.record_eruption(child.id, 52, "2025-03-01")
    events.dental_changed.emit(child.id)
    assert page.chart.button(52).text().endswith("not yet"), "nothing read while hidden"
    page.show()
    assert page.chart.button(52).text().endswith(labels.day_text(date(2025, 3, 1)))


def test_without_a_child_the_page_says_what_to_do(page):
    page.set_child(None)
    assert page.stack.currentWidget() is page.no_child
    assert page.no_child.text() == "Add your child on the Family page to keep their teeth here."
    page.add_event()
    assert page.dialog is None


def test_the_window_shows_the_page_with_ctrl_5(qtbot, services, child, make_window):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.teeth_page
    assert window.teeth_page.heading.text() == "Lucía's teeth"
    assert QKeySequence(QKeySequence.StandardKey.New).toString() == "Ctrl+N"


def test_every_control_is_named_and_tab_goes_down_the_page(qtbot, page, services, child):
    services.dental.add_event(child.id, day="2026-11-20", kind="cleaning")
    page.refresh()
    assert unnamed_focusable(page) == []
    brushing = page.tick_boxes[DailyTick.BRUSHING]
    brushing.setFocus()
    visited = [brushing]
    while visited[-1] is not page.table and len(visited) < 12:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [
        brushing,
        page.tick_boxes[DailyTick.FLUORIDE_TOOTHPASTE],
        page.chart.button(51),  # the chart is one stop; arrows move inside it
        page.add_button,
        page.table,
    ]
