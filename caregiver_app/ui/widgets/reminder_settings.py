"""The reminder settings, on the Settings page: how many days before a check is due it reminds
(and counts as "due soon"), how many hours before an appointment (besides the evening before),
and whether each scheduled medicine dose reminds. They have their own Save: the settings above
them on the page keep what the family typed there."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from caregiver_app.core.messages import UserError, ValidationFailed
from caregiver_app.core.reminders import MAX_APPOINTMENT_HOURS_BEFORE, MAX_CHECK_DAYS_BEFORE
from caregiver_app.services.app import AppServices
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.labels import time_text
from caregiver_app.ui.widgets.basics import (
    BUTTON_MIN_HEIGHT,
    FeedbackBar,
    big_button,
    plain_label,
    section_label,
)
from caregiver_app.ui.widgets.field_form import FieldForm


class ReminderSettings(QWidget):
    def __init__(
        self, services: AppServices, events: DataEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._events = events
        self.days_spin = QSpinBox()
        self.days_spin.setRange(0, MAX_CHECK_DAYS_BEFORE)
        self.days_spin.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.hours_spin = QSpinBox()
        self.hours_spin.setRange(0, MAX_APPOINTMENT_HOURS_BEFORE)
        self.hours_spin.setMinimumHeight(BUTTON_MIN_HEIGHT)
        for spin in (self.days_spin, self.hours_spin):
            spin.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 7)
        self.doses_check = QCheckBox(self.tr("Remind me of each scheduled &medicine dose"))
        self.doses_check.setAccessibleName(self.tr("Remind me of each scheduled medicine dose"))
        self.doses_check.setMinimumHeight(BUTTON_MIN_HEIGHT - 8)

        self.form = FieldForm()
        self.form.add(
            "check_days_before",
            self.tr("Days before a chec&k is due"),
            self.days_spin,
            self.tr("Remind this many days before a check is due"),
        )
        self.form.add(
            "appointment_hours_before",
            self.tr("Hours before an a&ppointment"),
            self.hours_spin,
            self.tr("Remind this many hours before an appointment"),
        )
        self.appointment_note = plain_label("")
        self.form.addRow("", self.appointment_note)
        self.form.add("doses_enabled", "", self.doses_check)

        self.save_button = big_button(
            self.tr("Save reminder settings"), self.tr("Save the reminder settings")
        )
        self.save_button.setMinimumWidth(200)
        self.save_button.clicked.connect(self.save)
        self.feedback = FeedbackBar()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_label(self.tr("Reminders")))
        layout.addWidget(
            plain_label(
                self.tr(
                    "Reminders show on the Today page, and as a notification where your "
                    "desktop has one. A check also reminds on the day it is due, and every "
                    "week while it is overdue."
                )
            )
        )
        form_holder = QWidget()
        form_holder.setLayout(self.form)
        layout.addWidget(form_holder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)
        events.reminder_settings_changed.connect(self.load)
        events.settings_changed.connect(self.load)  # a restore brings the backup's settings
        self.load()

    def load(self) -> None:
        try:
            chosen = self._services.reminders.preferences()
        except (UserError, sqlite3.Error):
            return  # the diary is busy: the fields keep what they show
        self.days_spin.setValue(chosen.check_days_before)
        self.hours_spin.setValue(chosen.appointment_hours_before)
        self.doses_check.setChecked(chosen.doses_enabled)
        self.appointment_note.setText(
            self.tr(
                "An appointment also reminds the evening before, at {time}. 0 hours: only "
                "the evening before."
            ).format(time=time_text(chosen.appointment_day_before_time))
        )
        self.form.clear_problems()

    def save(self) -> None:
        try:
            self._services.reminders.set_preferences(
                check_days_before=str(self.days_spin.value()),
                appointment_hours_before=str(self.hours_spin.value()),
                doses_enabled=self.doses_check.isChecked(),
            )
        except ValidationFailed as failed:
            self.feedback.clear()
            self.form.show_problems(failed)
            return
        except (UserError, sqlite3.Error) as error:
            self.form.clear_problems()
            text = self.tr("The reminder settings were not saved ({reason}). Try again.")
            self.feedback.show_failure(text, error)
            return
        self.form.clear_problems()
        self._events.reminder_settings_changed.emit()
        self.feedback.show_message(self.tr("Reminder settings saved."))
