"""Edit one diary entry: when, what, how bad, notes.

Saving goes through ``services.diary.update``, which validates everything; each problem is
shown under its field and the dialog stays open with nothing saved."""

from __future__ import annotations

import sqlite3
from datetime import date, time

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from caregiver_app import APP_DISPLAY_NAME
from caregiver_app.core.messages import UserError, ValidationFailed
from caregiver_app.core.records import Severity, SymptomEntry
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices
from caregiver_app.ui.labels import four_digit_year, severity_label, symptom_label
from caregiver_app.ui.widgets.basics import BUTTON_MIN_HEIGHT, plain_label
from caregiver_app.ui.widgets.choice_grid import ChoiceGrid
from caregiver_app.ui.widgets.field_form import FieldForm, notes_edit


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class EntryDialog(QDialog):
    #: The entry was saved (its id).
    saved = Signal(str)

    def __init__(self, services: AppServices, entry_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._entry_id = entry_id
        self._original = services.diary.entry(entry_id)
        self.setWindowTitle(self.tr("Edit diary entry"))
        self.setModal(True)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)

        layout = QVBoxLayout(self)
        self.form = FieldForm()
        layout.addLayout(self.form)
        self._build_fields()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save changes"))
        self.save_button.setAccessibleName(self.tr("Save changes"))
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel without saving"))
        for button in (self.save_button, self.cancel_button):
            button.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._show(self._original)
        self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # Building ----------------------------------------------------------------------------

    def _build_fields(self) -> None:
        locale = QLocale()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(
            four_digit_year(locale.dateFormat(QLocale.FormatType.LongFormat))
        )
        self.date_edit.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.form.add("date", self.tr("&Date"), self.date_edit, self.tr("Date"))

        time_row = QWidget()
        row = QHBoxLayout(time_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat(locale.timeFormat(QLocale.FormatType.ShortFormat))
        self.time_edit.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.time_edit.setAccessibleName(self.tr("Time"))
        self.time_unknown = QCheckBox(self.tr("Time &not recorded"))
        self.time_unknown.setAccessibleName(self.tr("Time not recorded"))
        self.time_unknown.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.time_unknown.toggled.connect(self._time_unknown_toggled)
        row.addWidget(self.time_edit, 1)
        row.addWidget(self.time_unknown)
        time_row.setFocusProxy(self.time_edit)
        self.form.add("time", self.tr("&Time"), time_row, self.tr("Time"))

        self.symptom_combo = QComboBox()
        self.symptom_combo.setMinimumHeight(BUTTON_MIN_HEIGHT)
        for kind in self._services.catalogue:
            self.symptom_combo.addItem(symptom_label(kind), kind.code)
        self.form.add("symptom", self.tr("&Symptom"), self.symptom_combo, self.tr("Symptom"))

        self.severity = ChoiceGrid(len(Severity))
        for level in Severity:
            self.severity.add_choice(level.value, severity_label(level))
        self.severity.setAccessibleName(self.tr("How bad"))
        self.form.add("severity", self.tr("How bad"), self.severity, self.tr("How bad"))

        self.notes = notes_edit(self.tr("Notes"), self.tr("What happened, what helped (optional)"))
        self.form.add("notes", self.tr("N&otes"), self.notes, self.tr("Notes"))

        self.logged_by = plain_label("")
        self.logged_by.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.form.addRow(self.logged_by)

    def _show(self, entry: SymptomEntry) -> None:
        self.date_edit.setDate(to_qdate(entry.local_date))
        local = entry.local_time()
        self.time_edit.setTime(
            QTime(local.hour, local.minute) if entry.time_known else QTime(12, 0)
        )
        self.time_unknown.setChecked(not entry.time_known)
        self._time_unknown_toggled(not entry.time_known)
        position = self.symptom_combo.findData(entry.symptom)
        if position < 0:  # a code this catalogue no longer has: keep it choosable as it is
            self.symptom_combo.addItem(entry.symptom, entry.symptom)
            position = self.symptom_combo.count() - 1
        self.symptom_combo.setCurrentIndex(position)
        self.severity.set_choice(entry.severity.value)
        self.notes.setPlainText(entry.notes)
        logged = QLocale().toString(
            to_qdate(entry.meta.created_at.astimezone(local.tzinfo).date()),
            QLocale.FormatType.LongFormat,
        )
        self.logged_by.setText(
            self.tr("Logged by {name} on {date}").format(
                name=entry.meta.logged_by or self.tr("someone"), date=logged
            )
        )

    # Values ------------------------------------------------------------------------------

    def _time_unknown_toggled(self, unknown: bool) -> None:
        self.time_edit.setEnabled(not unknown)

    def day(self) -> date:
        chosen = self.date_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def clock_time(self) -> time | None:
        if self.time_unknown.isChecked():
            return None
        chosen = self.time_edit.time()
        return time(chosen.hour(), chosen.minute())

    def _unchanged(self) -> bool:
        entry = self._original
        local = entry.local_time()
        before = time(local.hour, local.minute) if entry.time_known else None
        return (
            self.day() == entry.local_date
            and self.clock_time() == before
            and self.symptom_combo.currentData() == entry.symptom
            and self.severity.choice() == entry.severity.value
            and self.notes.toPlainText() == entry.notes
        )

    # Closing -----------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: asks first when something changed."""
        if self._unchanged() or self._discard_confirmed():
            super().reject()

    def _discard_confirmed(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_DISPLAY_NAME,
            self.tr("Discard your changes to this entry?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard changes"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        box.deleteLater()
        return answer == QMessageBox.StandardButton.Discard.value

    # Saving ------------------------------------------------------------------------------

    def save(self) -> None:
        if self._unchanged():  # nothing to write: do not touch updated_at
            self.form.clear_problems()
            self.accept()
            return
        try:
            self._services.diary.update(
                self._entry_id,
                day=self.day(),
                clock_time=self.clock_time(),
                symptom=self.symptom_combo.currentData() or "",
                severity=self.severity.choice(),
                notes=self.notes.toPlainText(),
            )
        except ValidationFailed as failed:
            self.form.show_problems(failed)
            return
        except KeyError:
            self.form.general.set_texts(
                [self.tr("This entry was deleted meanwhile, so it cannot be changed.")]
            )
            return
        except (UserError, sqlite3.Error) as error:
            reason = error.render(translate) if isinstance(error, UserError) else str(error)
            self.form.general.set_texts(
                [
                    self.tr("Not saved: {reason}. Try again in a moment.").format(
                        reason=reason.rstrip(".")
                    )
                ]
            )
            return
        self.form.clear_problems()
        self.saved.emit(self._entry_id)
        self.accept()
