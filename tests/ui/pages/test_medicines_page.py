"""The Medicines page: a medicine added through its dialog shows in the list and its doses in
Due today; doses ticked there are read back from the dose log; stop keeps the history; delete
can be undone; low stock is said in words; adherence matches the service for each period."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from caregiver_app.core.medicines import DoseStatus
from caregiver_app.core.records import Child
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.dose_dialog import DoseDialog
from caregiver_app.ui.dialogs.medicine_dialog import MedicineDialog
from caregiver_app.ui.dialogs.refill_dialog import RefillDialog
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.labels import day_text
from caregiver_app.ui.pages.medicines_page import MedicinesPage, RecordTable
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.medicines_helpers import add_as_needed
from tests.ui.medicines_helpers import add_medicine as add
from tests.ui.test_accessibility import unnamed_focusable

TODAY = date(2026, 11, 21)  # conftest's clock: Saturday, 10:00 in Madrid

# Typing a medicine's name opens the completer's popup, which the offscreen platform cannot
# raise.
popup_noise = pytest.mark.qt_log_ignore(
    OFFSCREEN_NOISE,
    r"This plugin does not support raise\(\)",
    "This plugin does not support grabbing the keyboard",
)


@pytest.fixture
def page(
    services: AppServices, events: DataEvents, child: Child, show: Callable[[QWidget], QWidget]
) -> MedicinesPage:
    medicines = MedicinesPage(services, events)
    medicines.set_child(child.id)
    medicines.resize(1100, 900)
    show(medicines)
    return medicines


def rows(table: RecordTable) -> list[list[str]]:
    return [table.cell_texts(row) for row in range(table.rowCount())]


def choose(table: RecordTable, name: str) -> None:
    for row in range(table.rowCount()):
        if table.cell_texts(row)[0] == name:
            table.selectRow(row)
            return
    raise AssertionError(f"{name} is not in the table")


@popup_noise
def test_a_twice_daily_medicine_added_through_the_dialog_is_listed_with_its_doses_due(
    qtbot, page, services, events, child
):
    assert page.no_current.isVisible()
    assert page.due_panel.empty_label.text() == "No doses planned for today."
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, MedicineDialog)
    qtbot.keyClicks(dialog.name_edit, "Calcium")
    qtbot.keyClicks(dialog.amount_edit, "250")
    qtbot.keyClicks(dialog.unit_combo.lineEdit(), "mg")
    qtbot.keyClicks(dialog.times_edit, "08:00 20:00")
    with qtbot.waitSignal(events.medicines_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert page.dialog is None
    [calcium] = services.medicines.medicines(child.id)
    assert rows(page.current_table) == [
        [
            "Calcium",
            "250 mg",
            "By mouth",
            "08:00 and 20:00, every day",
            "not counted",
            f"since {day_text(TODAY)}",
        ]
    ]
    assert page.current_table.selected_id() == calcium.id
    assert page.feedback.text() == "Saved Calcium."
    assert [c.state_label.text() for c in page.due_panel.cards] == [
        "⚠ Overdue: not recorded yet",
        "○ Not yet",
    ]
    assert [c.title_label.text() for c in page.due_panel.cards] == [
        "08:00  Calcium 250 mg",
        "20:00  Calcium 250 mg",
    ]


def test_a_dose_given_and_one_skipped_are_read_back_from_the_dose_log(qtbot, page, services, child):
    calcitriol = add(services, child)
    page.refresh()
    morning, evening = page.due_panel.cards
    assert morning.given_button is not None
    assert evening.skip_button is not None
    qtbot.mouseClick(morning.given_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.due_panel.cards[1].skip_button, Qt.MouseButton.LeftButton)
    dialog = page.due_panel.dialog
    assert isinstance(dialog, DoseDialog)
    qtbot.keyClicks(dialog.reason_edit, "asleep early")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    given, skipped = services.medicines.doses(child.id)
    assert (given.medicine_id, given.status, given.given_by) == (
        calcitriol.id,
        DoseStatus.GIVEN,
        "Maria",
    )
    assert (skipped.status, skipped.reason) == (DoseStatus.SKIPPED, "asleep early")
    today = day_text(TODAY)
    assert rows(page.log_table) == [
        [today, "20:00", "Calcitriol", "Skipped: asleep early", ""],
        [today, "08:00", "Calcitriol", "Given late, at 10:00 by Maria", ""],
    ]
    assert page.log_title.text().endswith("(2 doses)")
    assert [c.state_label.text() for c in page.due_panel.cards] == [
        "✓ Given late, at 10:00 by Maria",
        "✗ Skipped: asleep early",
    ]


def test_stopping_a_medicine_moves_it_to_the_stopped_ones_with_its_history(
    qtbot, page, services, child
):
    calcitriol = add(services, child)
    services.medicines.log_dose(
        calcitriol.id,
        status="given",
        scheduled_date="2026-11-20",
        scheduled_time="08:00",
        given_date="2026-11-20",
        given_time="08:10",
    )
    page.refresh()
    choose(page.current_table, "Calcitriol")
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)

    stopped = services.medicines.medicine(calcitriol.id)
    assert stopped.end_date == TODAY - timedelta(days=1), "no more doses from today"
    assert page.no_current.isVisible()
    assert rows(page.stopped_table) == [
        [
            "Calcitriol",
            "0.25 microgram",
            "08:00 and 20:00, every day",
            f"{day_text(date(2026, 11, 1))} to {day_text(date(2026, 11, 20))}",
            "",
        ]
    ]
    assert page.due_panel.cards == [], "nothing of it is due any more"
    assert len(services.medicines.doses(child.id)) == 1, "its history is kept"
    assert rows(page.log_table)[0][2:4] == ["Calcitriol", "Given at 08:10 by Maria"]
    assert page.feedback.text().startswith("Calcitriol stopped: no more doses from today.")

    qtbot.mouseClick(page.feedback.undo_button, Qt.MouseButton.LeftButton)
    assert services.medicines.medicine(calcitriol.id).end_date is None
    assert [row[0] for row in rows(page.current_table)] == ["Calcitriol"]
    assert page.stopped_table.rowCount() == 0


def test_a_deleted_medicine_comes_back_with_undo(qtbot, page, services, child):
    add(services, child)
    add(services, child, "Calcium", dose_amount="250", dose_unit="mg")
    page.refresh()
    choose(page.current_table, "Calcium")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [m.name for m in services.medicines.medicines(child.id)] == ["Calcitriol"]
    assert [row[0] for row in rows(page.current_table)] == ["Calcitriol"]
    assert page.feedback.text() == "Deleted Calcium."

    qtbot.mouseClick(page.feedback.undo_button, Qt.MouseButton.LeftButton)
    assert [m.name for m in services.medicines.medicines(child.id)] == ["Calcitriol", "Calcium"]
    assert page.feedback.text() == "Calcium is back."
    choose(page.current_table, "Calcium")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    page.current_table.setFocus()
    qtbot.keySequence(page.current_table, QKeySequence(QKeySequence.StandardKey.Undo))
    assert len(services.medicines.medicines(child.id)) == 2, "Ctrl+Z undoes too"


def test_low_stock_is_said_in_words_until_a_refill(qtbot, page, services, child, clock):
    calcitriol = add(services, child, stock="11", low_stock_level="10")
    page.refresh()
    assert not page.low_stock_label.isVisible()
    clock.advance(timedelta(minutes=1))
    qtbot.mouseClick(page.due_panel.cards[0].given_button, Qt.MouseButton.LeftButton)

    assert services.medicines.stock_on_hand(calcitriol.id) == 10
    assert page.low_stock_label.isVisible()
    assert page.low_stock_label.text() == (
        "⚠ Running low: Calcitriol (10 left). Time to ask for a refill."
    )
    assert rows(page.current_table)[0][4] == "10 left (low)"

    choose(page.current_table, "Calcitriol")
    qtbot.mouseClick(page.refill_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, RefillDialog)
    qtbot.keyClicks(dialog.quantity_edit, "30")
    clock.advance(timedelta(minutes=1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert services.medicines.stock_on_hand(calcitriol.id) == 40
    assert not page.low_stock_label.isVisible()
    assert rows(page.current_table)[0][4] == "40 left"
    assert page.feedback.text() == "Refill of Calcitriol recorded: 30 doses."


def test_the_adherence_shown_for_each_period_is_the_services(qtbot, page, services, child):
    calcitriol = add(services, child, start_date="2026-08-01")
    add_as_needed(services, child)
    for days_ago in range(1, 80, 3):
        day = (TODAY - timedelta(days=days_ago)).isoformat()
        services.medicines.log_dose(
            calcitriol.id,
            status="given",
            scheduled_date=day,
            scheduled_time="08:00",
            given_date=day,
            given_time="08:05" if days_ago % 2 else "10:30",
        )
        if days_ago % 9 == 1:
            services.medicines.log_dose(
                calcitriol.id,
                status="skipped",
                scheduled_date=day,
                scheduled_time="20:00",
                reason="vomited",
            )
    page.refresh()

    for index, days in enumerate((7, 30, 90)):
        page.period_combo.setCurrentIndex(index)
        first, last = page.period()
        assert (first, last) == (TODAY - timedelta(days=days - 1), TODAY)
        expected = services.medicines.adherence(child.id, first, last)
        assert page.adherence == expected
        shown = {row[0]: row for row in rows(page.adherence_table)}
        counts = next(a for a in expected if a.medicine_id == calcitriol.id)
        assert shown["Calcitriol"] == [
            "Calcitriol",
            str(counts.due),
            str(counts.on_time),
            str(counts.late),
            str(counts.skipped),
            str(counts.not_recorded),
            "-",
        ]
        assert min(counts.on_time, counts.late, counts.not_recorded) > 0, "each kind shows"
        assert shown["Paracetamol"] == ["Paracetamol", "as needed", "-", "-", "-", "-", "0"]
        in_log = len(services.medicines.doses(child.id, first, last))
        assert page.log_table.rowCount() == in_log


def test_an_as_needed_dose_is_logged_with_its_reason_and_can_be_removed(
    qtbot, page, services, child
):
    add_as_needed(services, child)
    page.refresh()
    choose(page.current_table, "Paracetamol")
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, DoseDialog)
    qtbot.keyClicks(dialog.reason_edit, "fever 38.5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [event] = services.medicines.doses(child.id)
    assert event.reason == "fever 38.5"
    assert rows(page.log_table) == [
        [
            day_text(TODAY),
            "as needed",
            "Paracetamol",
            "Given at 10:00 by Maria; why: fever 38.5",
            "",
        ]
    ]
    page.log_table.selectRow(0)
    qtbot.mouseClick(page.delete_dose_button, Qt.MouseButton.LeftButton)
    assert services.medicines.doses(child.id) == []
    assert page.log_table.rowCount() == 0
    qtbot.mouseClick(page.feedback.undo_button, Qt.MouseButton.LeftButton)
    assert [e.id for e in services.medicines.doses(child.id)] == [event.id]
    assert page.log_table.selected_id() == event.id


def test_a_dose_in_the_log_can_be_changed(qtbot, page, services, child):
    calcitriol = add(services, child)
    services.medicines.log_dose(
        calcitriol.id,
        status="skipped",
        scheduled_date="2026-11-20",
        scheduled_time="20:00",
        reason="asleep",
    )
    page.refresh()
    page.log_table.selectRow(0)
    qtbot.mouseClick(page.change_dose_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, DoseDialog)
    assert (dialog.status.choice(), dialog.reason_edit.text()) == ("skipped", "asleep")
    dialog.reason_edit.setText("asleep, day unit said to skip")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [event] = services.medicines.doses(child.id)
    assert event.reason == "asleep, day unit said to skip"
    assert rows(page.log_table)[0][3] == "Skipped: asleep, day unit said to skip"


def test_the_page_names_every_control_and_says_when_there_is_no_child(page, services, child):
    add(services, child, stock="5", low_stock_level="10")
    page.refresh()
    assert unnamed_focusable(page) == []
    page.set_child(None)
    assert page.no_child.isVisible()
    assert not page.content.isVisible()


def test_a_hidden_page_reads_nothing_until_it_is_shown(services, events, child, page):
    page.hide()
    add(services, child)
    events.medicines_changed.emit(child.id)
    assert page.current_table.rowCount() == 0, "not read while hidden"
    page.show()
    assert [row[0] for row in rows(page.current_table)] == ["Calcitriol"]
