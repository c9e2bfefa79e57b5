"""Add or edit one appointment: when, which specialty, with whom, where, what for, the
family's questions, and afterwards its status, the routine check it counts as and the
outcome.

Saving goes through ``services.appointments``, which validates everything; each problem is
shown under its field and the dialog stays open with everything typed, nothing saved."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from datetime import date, time

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from caregiver_app import APP_DISPLAY_NAME
from caregiver_app.core.appointments import (
    Appointment,
    AppointmentStatus,
    RoutineCheck,
    Specialty,
)
from caregiver_app.core.messages import UserError, ValidationFailed
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices
from caregiver_app.ui.care_labels import (
    appointment_status_label,
    routine_check_label,
    specialty_label,
)
from caregiver_app.ui.dialogs.saving_dialog import save_cancel_row
from caregiver_app.ui.labels import four_digit_year
from caregiver_app.ui.widgets.basics import big_button, plain_label, show_problems
from caregiver_app.ui.widgets.choice_grid import ChoiceGrid
from caregiver_app.ui.widgets.date_field import DateField
from caregiver_app.ui.widgets.field_form import FieldForm, notes_edit
from caregiver_app.ui.widgets.questions_list import QuestionsList

#: The routine-check choice meaning "this visit is not one of the routine checks".
NO_CHECK = "none"

#: Time forms understood besides the core's 24-hour HH:MM ("9:30", "9.30", "0930").
_EXTRA_TIME_FORMS = ("H:mm", "H.mm", "HHmm")


def appointment_fields(item: Appointment) -> dict[str, object]:
    """A stored appointment as the keyword arguments of ``AppointmentsService.update``:
    change one and pass them all to change only that."""
    return {
        "day": item.local_date,
        "clock_time": item.local_time,
        "specialty": item.specialty.value,
        "clinician": item.clinician,
        "place": item.place,
        "purpose": item.purpose,
        "questions": list(item.questions),
        "status": item.status.value,
        "fulfils": item.fulfils.value if item.fulfils else "",
        "outcome": item.outcome,
    }


def time_value(text: str) -> time | str:
    """A time from "09:30", "9:30", "9.30", "0930" or the locale's short form ("9:30 AM");
    anything else is returned as typed, for the validation to explain."""
    stripped = text.strip()
    locale = QLocale()
    for form in (*_EXTRA_TIME_FORMS, locale.timeFormat(QLocale.FormatType.ShortFormat)):
        parsed = locale.toTime(stripped, form)
        if stripped and parsed.isValid():
            return time(parsed.hour(), parsed.minute())
    return stripped


def check_grid(parent: QWidget | None = None) -> ChoiceGrid:
    """The routine checks an appointment can count as, and "None"."""
    grid = ChoiceGrid(3, parent)
    grid.add_choice(
        NO_CHECK,
        translate("AppointmentDialog", "None"),
        translate("AppointmentDialog", "Not one of the routine checks"),
    )
    for check in RoutineCheck:
        grid.add_choice(check.value, routine_check_label(check))
    grid.setAccessibleName(translate("AppointmentDialog", "Routine check"))
    grid.setToolTip(
        translate(
            "AppointmentDialog",
            "Which routine check this visit is for. It counts once the visit is marked done, "
            "so the reminders know when the check was last done.",
        )
    )
    return grid


def chosen_check(grid: ChoiceGrid) -> str:
    choice = grid.choice()
    return "" if choice == NO_CHECK else choice


class AppointmentFormDialog(QDialog):
    """What the appointment dialogs share: Save and Cancel, problems shown by their fields,
    failures that keep the dialog open, and a question before closing with changes."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        #: The appointment as saved, once Save succeeded.
        self.saved: Appointment | None = None
        #: Every form of the dialog (a problem goes under its field in whichever holds it).
        self.forms: list[FieldForm] = []
        self._initial: dict[str, object] = {}
        self.setModal(True)

    def _button_row(self, save_text: str, save_name: str) -> QHBoxLayout:
        self.save_button = big_button(save_text, save_name)
        self.save_button.setToolTip(self.tr("{action} (Ctrl+Enter)").format(action=save_name))
        self.cancel_button = big_button(self.tr("Cancel"), self.tr("Close without saving"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        return save_cancel_row(self.save_button, self.save, self.cancel_button, self.reject)

    def _remember_initial(self) -> None:
        self._initial = dict(self.values())

    # What subclasses give ----------------------------------------------------------------

    def values(self) -> Mapping[str, object]:
        """What the fields hold, as the service's keyword arguments."""
        raise NotImplementedError

    def _write(self) -> Appointment:
        """Saves :meth:`values` through the service (raises what it raises)."""
        raise NotImplementedError

    # Problems ----------------------------------------------------------------------------

    def field_error(self, name: str) -> str:
        """The problem shown under a field ("" when none)."""
        for form in self.forms:
            if name in form.errors:
                return form.errors[name].text()
        return ""

    def general_error(self) -> str:
        return self.forms[0].general.text()

    def show_problems(self, failed: ValidationFailed | None) -> None:
        errors = {name: error for form in self.forms for name, error in form.errors.items()}
        fields = {name: field for form in self.forms for name, field in form.fields.items()}
        failing = show_problems(failed, errors, self.forms[0].general)
        if failing:
            fields[failing[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    def _say_not_saved(self, text: str) -> None:
        self.show_problems(None)
        self.forms[0].general.set_texts([text])

    # Saving and closing ------------------------------------------------------------------

    def save(self) -> None:
        try:
            self.saved = self._write()
        except ValidationFailed as failed:
            self.show_problems(failed)
            return
        except KeyError:
            self._say_not_saved(
                self.tr("This appointment was deleted meanwhile, so it cannot be changed.")
            )
            return
        except (UserError, sqlite3.Error) as error:
            reason = error.render(translate) if isinstance(error, UserError) else str(error)
            self._say_not_saved(
                self.tr("Not saved: {reason}. Your text is still here; try Save again.").format(
                    reason=reason.rstrip(".")
                )
            )
            return
        self.show_problems(None)
        self.accept()

    def changed(self) -> bool:
        return dict(self.values()) != self._initial

    def reject(self) -> None:
        """Cancel, Escape or the close button: asks first when something was typed."""
        if not self.changed():
            super().reject()
            return
        answer = QMessageBox.question(
            self,
            APP_DISPLAY_NAME,
            self.tr("Close without saving? What you typed here would be lost."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            super().reject()


class AppointmentDialog(AppointmentFormDialog):
    def __init__(
        self,
        services: AppServices,
        child_id: str,
        appointment: Appointment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, parent)
        self._child_id = child_id
        self._appointment = appointment
        self.setWindowTitle(
            self.tr("Add an appointment") if appointment is None else self.tr("Edit appointment")
        )
        self.left = FieldForm()
        self.right = FieldForm()
        self.right.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.forms = [self.left, self.right]
        self._build_fields()

        columns = QHBoxLayout()
        columns.addLayout(self.left, 3)
        columns.addSpacing(16)
        columns.addLayout(self.right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addLayout(
            self._button_row(
                self.tr("Save appointment") if appointment is None else self.tr("Save changes"),
                self.tr("Save the appointment"),
            )
        )
        if appointment is not None:
            self._show(appointment)
        self._remember_initial()
        self.date_field.setFocus(Qt.FocusReason.OtherFocusReason)

    # Building ----------------------------------------------------------------------------

    def _build_fields(self) -> None:
        # The date as typed, and under it in words, so a slip of a digit shows at once.
        date_box = QWidget()
        column = QVBoxLayout(date_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.date_field = DateField(self.tr("Date"))
        self.date_words = plain_label("")
        self.date_words.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.date_field.changed.connect(self._update_date_words)
        column.addWidget(self.date_field)
        column.addWidget(self.date_words)
        date_box.setFocusProxy(self.date_field)
        self.left.add("date", self.tr("&Date"), date_box, self.tr("Date"))

        self.time_edit = QLineEdit()
        self.time_edit.setPlaceholderText(self.tr("24-hour clock, e.g. 09:30"))
        self.left.add("time", self.tr("&Time"), self.time_edit, self.tr("Time"))

        self.specialty_combo = QComboBox()
        self.specialty_combo.setSizePolicy(
            QSizePolicy.Policy.Expanding, self.specialty_combo.sizePolicy().verticalPolicy()
        )
        for specialty in Specialty:
            self.specialty_combo.addItem(specialty_label(specialty), specialty.value)
        self.specialty_combo.setPlaceholderText(self.tr("Choose the specialty"))
        self.specialty_combo.setCurrentIndex(-1)
        self.left.add(
            "specialty", self.tr("&Specialty"), self.specialty_combo, self.tr("Specialty")
        )

        clinicians, places = self._known_names()
        self.clinician_edit = QLineEdit()
        self.clinician_edit.setPlaceholderText(self.tr("Who you will see (optional)"))
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("Hospital, clinic, floor or room (optional)"))
        for edit, words in ((self.clinician_edit, clinicians), (self.place_edit, places)):
            completer = QCompleter(sorted(words, key=str.casefold), edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        self.left.add("clinician", self.tr("C&linician"), self.clinician_edit, self.tr("Clinician"))
        self.left.add("place", self.tr("&Place"), self.place_edit, self.tr("Place"))

        self.purpose_edit = notes_edit(
            self.tr("Purpose"), self.tr("What the visit is for (optional)"), lines=2
        )
        self.left.add("purpose", self.tr("P&urpose"), self.purpose_edit, self.tr("Purpose"))

        self.status_grid = ChoiceGrid(len(AppointmentStatus))
        for status in AppointmentStatus:
            self.status_grid.add_choice(status.value, appointment_status_label(status))
        self.status_grid.setAccessibleName(self.tr("Status"))
        self.status_grid.set_choice(AppointmentStatus.PLANNED.value)
        self.left.add("status", self.tr("Status"), self.status_grid, self.tr("Status"))

        self.check_grid = check_grid()
        self.check_grid.set_choice(NO_CHECK)
        self.left.add("check", self.tr("Routine check"), self.check_grid, self.tr("Routine check"))

        self.questions = QuestionsList()
        self.questions.setAccessibleName(self.tr("Questions to ask"))
        self.right.add(
            "questions", self.tr("&Questions to ask"), self.questions, self.tr("Questions to ask")
        )
        self.outcome_edit = notes_edit(
            self.tr("Outcome notes"), self.tr("Afterwards: what was found, what was decided"), 4
        )
        self.right.add(
            "outcome", self.tr("&Outcome notes"), self.outcome_edit, self.tr("Outcome notes")
        )
        for field in self.right.fields.values():
            caption = self.right.labelForField(field.parentWidget())
            if isinstance(caption, QLabel):
                caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)

    def _update_date_words(self) -> None:
        value = self.date_field.value()
        if isinstance(value, date):
            form = four_digit_year(QLocale().dateFormat(QLocale.FormatType.LongFormat))
            self.date_words.setText(QLocale().toString(QDate(value), form))
        else:
            self.date_words.clear()
        self.date_words.setVisible(bool(self.date_words.text()))

    def _known_names(self) -> tuple[set[str], set[str]]:
        """Clinicians and places already written for this child (appointments, care team),
        offered as the family types."""
        clinicians: set[str] = set()
        places: set[str] = set()
        try:
            for item in self._services.appointments.appointments(self._child_id):
                clinicians.add(item.clinician)
                places.add(item.place)
            for contact in self._services.family.contacts(self._child_id):
                clinicians.add(contact.name)
                places.add(contact.place)
        except (UserError, sqlite3.Error):  # suggestions only: never a reason not to open
            pass
        return {name for name in clinicians if name.strip()}, {p for p in places if p.strip()}

    def _show(self, item: Appointment) -> None:
        self.date_field.set_date(item.local_date)
        self.time_edit.setText(
            QTime(item.local_time.hour, item.local_time.minute).toString("HH:mm")
        )
        self.specialty_combo.setCurrentIndex(self.specialty_combo.findData(item.specialty.value))
        self.clinician_edit.setText(item.clinician)
        self.place_edit.setText(item.place)
        self.purpose_edit.setPlainText(item.purpose)
        self.questions.set_questions(item.questions)
        self.status_grid.set_choice(item.status.value)
        self.check_grid.set_choice(item.fulfils.value if item.fulfils else NO_CHECK)
        self.outcome_edit.setPlainText(item.outcome)

    # Values and saving -------------------------------------------------------------------

    def values(self) -> dict[str, object]:
        return {
            "day": self.date_field.value(),
            "clock_time": time_value(self.time_edit.text()),
            "specialty": self.specialty_combo.currentData() or "",
            "clinician": self.clinician_edit.text(),
            "place": self.place_edit.text(),
            "purpose": self.purpose_edit.toPlainText(),
            "questions": self.questions.questions(),
            "status": self.status_grid.choice(),
            "fulfils": chosen_check(self.check_grid),
            "outcome": self.outcome_edit.toPlainText(),
        }

    def _write(self) -> Appointment:
        service = self._services.appointments
        if self._appointment is None:
            return service.add(self._child_id, **self.values())
        return service.update(self._appointment.id, **self.values())
