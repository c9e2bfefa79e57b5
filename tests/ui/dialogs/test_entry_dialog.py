"""The entry dialog: edits one diary entry through the real widgets; a problem is shown by
its field, the dialog stays open and nothing is saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDialog, QMessageBox, QWidget

from caregiver_app.core.records import Child, Severity, SymptomEntry
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.entry_dialog import EntryDialog

TODAY = date(2026, 11, 21)  # conftest's clock: 10:00 in Madrid


@pytest.fixture
def entry(services: AppServices, child: Child) -> SymptomEntry:
    return services.diary.log(
        child.id,
        day="2026-11-20",
        clock_time="21:10",
        symptom="bone_pain",
        severity="moderate",
        notes="left leg",
    )


@pytest.fixture
def dialog(qtbot, services: AppServices, entry: SymptomEntry) -> EntryDialog:
    shown = EntryDialog(services, entry.id)
    # At the test's end it closes without asking about changes a test left unsaved.
    qtbot.addWidget(shown, before_close_func=lambda d: d.done(QDialog.DialogCode.Rejected))
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_the_dialog_opens_with_the_entry_as_stored(dialog, entry):
    assert dialog.date_edit.date() == QDate(2026, 11, 20)
    assert dialog.time_edit.time() == QTime(21, 10)
    assert not dialog.time_unknown.isChecked()
    assert dialog.time_edit.isEnabled()
    assert dialog.symptom_combo.currentData() == "bone_pain"
    assert dialog.symptom_combo.currentText() == "Bone pain"
    assert dialog.severity.choice() == "moderate"
    assert dialog.notes.toPlainText() == "left leg"
    assert "Maria" in dialog.logged_by.text()


def test_an_edit_made_with_the_widgets_is_saved(qtbot, dialog, services, entry):
    dialog.date_edit.setFocus()
    dialog.date_edit.setDate(QDate(2026, 11, 19))
    qtbot.mouseClick(dialog.time_unknown, Qt.MouseButton.LeftButton)
    assert not dialog.time_edit.isEnabled()
    dialog.symptom_combo.setFocus()
    dialog.symptom_combo.setCurrentIndex(dialog.symptom_combo.findData("limp_or_delayed_movement"))
    qtbot.mouseClick(dialog.severity.button("severe"), Qt.MouseButton.LeftButton)
    dialog.notes.setFocus()
    qtbot.keyClick(dialog.notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.notes, ", would not stand")

    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert saved.args == [entry.id]
    assert dialog.result() == EntryDialog.DialogCode.Accepted
    stored = services.diary.entry(entry.id)
    assert stored.local_date == date(2026, 11, 19)
    assert not stored.time_known
    assert stored.symptom == "limp_or_delayed_movement"
    assert stored.severity is Severity.SEVERE
    assert stored.notes == "left leg, would not stand"


def test_a_future_date_is_shown_next_to_the_date_and_nothing_changes(
    qtbot, dialog, services, entry
):
    dialog.date_edit.setDate(QDate(2026, 11, 22))
    dialog.notes.setPlainText("changed my mind")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible(), "the dialog stays open to fix the date"
    date_error = dialog.form.errors["date"]
    assert date_error.isVisible()
    assert "is in the future" in date_error.text()
    assert "is in the future" in dialog.date_edit.accessibleDescription()
    assert QApplication.focusWidget() is dialog.date_edit
    for other in ("time", "symptom", "severity", "notes"):
        assert not dialog.form.errors[other].isVisible()
    assert services.diary.entry(entry.id) == entry, "nothing was saved"

    dialog.date_edit.setDate(QDate(2026, 11, 18))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert services.diary.entry(entry.id).local_date == date(2026, 11, 18)
    assert services.diary.entry(entry.id).notes == "changed my mind"


def test_a_time_that_does_not_exist_is_shown_next_to_the_time(qtbot, dialog, services, entry):
    # 29 March 2026: Madrid's clocks jump from 02:00 to 03:00.
    dialog.date_edit.setDate(QDate(2026, 3, 29))
    dialog.time_edit.setTime(QTime(2, 30))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "does not exist" in dialog.form.errors["time"].text()
    assert not dialog.form.errors["date"].isVisible()
    assert services.diary.entry(entry.id) == entry


def test_cancel_and_an_unchanged_save_write_nothing(qtbot, services, entry, message_boxes):
    message_boxes.answer = QMessageBox.StandardButton.Discard
    for button in ("cancel_button", "save_button"):
        opened = EntryDialog(services, entry.id)
        qtbot.addWidget(opened)
        opened.show()
        if button == "cancel_button":
            opened.notes.setPlainText("not kept")
        qtbot.mouseClick(getattr(opened, button), Qt.MouseButton.LeftButton)
        assert not opened.isVisible()
        assert services.diary.entry(entry.id) == entry
    assert message_boxes.texts() == ["Discard your changes to this entry?"]


def test_escape_closes_without_saving(qtbot, dialog, services, entry):
    # Nothing changed: Escape closes at once, without asking (no message box).
    qtbot.keyClick(dialog.symptom_combo, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert services.diary.entry(entry.id) == entry


def test_escape_after_a_change_asks_before_throwing_it_away(
    qtbot, dialog, services, entry, message_boxes
):
    dialog.notes.setFocus()
    qtbot.keyClick(dialog.notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.notes, " and the right one")
    qtbot.mouseClick(dialog.severity.button("severe"), Qt.MouseButton.LeftButton)

    message_boxes.answer = QMessageBox.StandardButton.Cancel  # "Keep editing"
    qtbot.keyClick(dialog.symptom_combo, Qt.Key.Key_Escape)
    assert message_boxes.texts() == ["Discard your changes to this entry?"]
    assert dialog.isVisible(), "the edits are still there to save"
    assert dialog.notes.toPlainText() == "left leg and the right one"
    assert dialog.severity.choice() == "severe"

    message_boxes.answer = QMessageBox.StandardButton.Discard
    qtbot.keyClick(dialog.symptom_combo, Qt.Key.Key_Escape)
    assert len(message_boxes.shown) == 2
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert services.diary.entry(entry.id) == entry, "nothing was saved"


def test_every_control_has_an_accessible_name(dialog):
    focusable = [
        widget
        for widget in dialog.findChildren(QWidget)
        if widget.isVisible()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(widget.parent(), QAbstractSpinBox)  # a date or time edit's insides
    ]
    assert len(focusable) >= 7
    assert [w for w in focusable if not w.accessibleName()] == []
    for level in Severity:
        assert dialog.severity.button(level.value).accessibleName()
