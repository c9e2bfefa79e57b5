"""Mark an appointment done: which routine check it was (if any) and what came of it.

The family's questions are shown above the outcome box, so the answers can be written down
while they are fresh. Everything else about the appointment stays as it was."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QVBoxLayout, QWidget

from caregiver_app.core.appointments import Appointment, AppointmentStatus
from caregiver_app.services.app import AppServices
from caregiver_app.ui.care_labels import specialty_label
from caregiver_app.ui.dialogs.appointment_dialog import (
    NO_CHECK,
    AppointmentFormDialog,
    appointment_fields,
    check_grid,
    chosen_check,
)
from caregiver_app.ui.labels import moment_in_words
from caregiver_app.ui.widgets.basics import heading, plain_label
from caregiver_app.ui.widgets.field_form import FieldForm, notes_edit


class AppointmentDoneDialog(AppointmentFormDialog):
    def __init__(
        self,
        services: AppServices,
        appointment: Appointment,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, parent)
        self._appointment = appointment
        self.setWindowTitle(self.tr("Mark the appointment done"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 46)

        layout = QVBoxLayout(self)
        self.title = heading(
            self.tr("{specialty}, {when}").format(
                specialty=specialty_label(appointment.specialty),
                when=moment_in_words(appointment.local_date, appointment.local_time, today),
            ),
            1.25,
        )
        layout.addWidget(self.title)
        details = [
            text.format(value=value)
            for text, value in (
                (self.tr("With {value}"), appointment.clinician),
                (self.tr("At {value}"), appointment.place),
                (self.tr("For: {value}"), appointment.purpose),
            )
            if value.strip()
        ]
        self.details = plain_label("\n".join(details))
        self.details.setVisible(bool(details))
        layout.addWidget(self.details)
        self.questions_label = plain_label(self._questions_text(appointment))
        self.questions_label.setVisible(bool(appointment.questions))
        layout.addWidget(self.questions_label)

        self.form = FieldForm()
        self.forms = [self.form]
        self.check_grid = check_grid()
        self.check_grid.set_choice(appointment.fulfils.value if appointment.fulfils else NO_CHECK)
        self.form.add(
            "check", self.tr("Routine check done"), self.check_grid, self.tr("Routine check")
        )
        self.outcome_edit = notes_edit(
            self.tr("Outcome notes"),
            self.tr("What was found, what was decided, answers to your questions, next visit"),
            5,
        )
        self.outcome_edit.setPlainText(appointment.outcome)
        self.form.add(
            "outcome", self.tr("&Outcome notes"), self.outcome_edit, self.tr("Outcome notes")
        )
        layout.addLayout(self.form)
        layout.addLayout(self._button_row(self.tr("Mark done"), self.tr("Mark it done")))
        self._remember_initial()
        self.outcome_edit.setFocus()

    def _questions_text(self, appointment: Appointment) -> str:
        lines = [self.tr("Your questions were:")]
        lines.extend(
            self.tr("{number}. {question}").format(number=number, question=question)
            for number, question in enumerate(appointment.questions, start=1)
        )
        return "\n".join(lines)

    def values(self) -> dict[str, object]:
        return {
            **appointment_fields(self._appointment),
            "status": AppointmentStatus.DONE.value,
            "fulfils": chosen_check(self.check_grid),
            "outcome": self.outcome_edit.toPlainText(),
        }

    def _write(self) -> Appointment:
        return self._services.appointments.update(self._appointment.id, **self.values())
