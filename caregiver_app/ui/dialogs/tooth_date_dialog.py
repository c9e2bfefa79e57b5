"""The day one baby tooth came through: record it, correct it, or clear it ("not through
yet", when it was recorded by mistake).

Saving goes through ``services.dental.record_eruption``, which refuses a day before the
child's birth or in the future; the problem shows under the date and the dialog stays open
with what was typed. Clearing is undone from the page (it keeps the record's id)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from caregiver_app.core.dental import ToothEruption, ToothStatus
from caregiver_app.services.app import AppServices
from caregiver_app.ui.care_labels import tooth_state_label, tooth_text
from caregiver_app.ui.dialogs.dental_event_dialog import not_saved_text
from caregiver_app.ui.dialogs.saving_dialog import attempt_save, grow_to_fit, save_cancel_row
from caregiver_app.ui.labels import day_text
from caregiver_app.ui.widgets.basics import big_button, heading, plain_label
from caregiver_app.ui.widgets.date_field import DateField
from caregiver_app.ui.widgets.field_form import FieldForm


class ToothDateDialog(QDialog):
    def __init__(
        self,
        services: AppServices,
        child_id: str,
        status: ToothStatus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._child_id = child_id
        self.status = status
        #: What Save stored, once it succeeded.
        self.saved: ToothEruption | None = None
        #: The eruption record "Not through yet" deleted (the page offers Undo).
        self.cleared: ToothEruption | None = None
        fdi = status.tooth.fdi
        self.setWindowTitle(self.tr("When did this tooth come through?"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(tooth_text(fdi), 1.25))
        if status.erupted_on is not None:
            state = self.tr("Recorded as coming through on {date}.").format(
                date=day_text(status.erupted_on)
            )
        else:
            state = self.tr("{state}.").format(state=tooth_state_label(status.state))
        usual = self.tr("This tooth usually comes through between {start} and {end} months of age.")
        about = plain_label(
            self.tr("{state} {usual}").format(
                state=state,
                usual=usual.format(
                    start=status.tooth.erupts_from_months, end=status.tooth.erupts_to_months
                ),
            )
        )
        about.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(about)

        self.date_field = DateField(self.tr("Day it came through"))
        self.date_field.set_latest(services.dental.today())
        self.date_field.set_date(status.erupted_on)
        self.form = FieldForm()
        self.form.add("date", self.tr("&Day it came through"), self.date_field)
        layout.addLayout(self.form)

        self.save_button = big_button(self.tr("&Save"), self.tr("Save the day"))
        self.clear_button = big_button(
            self.tr("&Not through yet"),
            self.tr("Clear the day: the tooth has not come through yet"),
        )
        self.clear_button.setToolTip(
            self.tr("Removes the recorded day (for a day recorded by mistake); Undo brings it back")
        )
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setVisible(status.erupted_on is not None)
        self.cancel_button = big_button(self.tr("Cancel"), self.tr("Close without saving"))
        buttons = save_cancel_row(self.save_button, self.save, self.cancel_button, self.reject)
        buttons.insertWidget(0, self.clear_button)
        layout.addLayout(buttons)
        self.date_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        self.saved = attempt_save(
            self.form,
            lambda: self._services.dental.record_eruption(
                self._child_id, self.status.tooth.fdi, self.date_field.value()
            ),
            not_saved_text(),
        )
        self._done(self.saved is not None)

    def clear(self) -> None:
        def clear_day() -> bool:
            dental = self._services.dental
            for eruption in dental.eruptions(self._child_id):
                if eruption.tooth == self.status.tooth.fdi and dental.delete_eruption(eruption.id):
                    self.cleared = eruption
            return True

        self._done(attempt_save(self.form, clear_day, not_saved_text()) is not None)

    def _done(self, succeeded: bool) -> None:
        if succeeded:
            self.accept()
        else:
            grow_to_fit(self)
