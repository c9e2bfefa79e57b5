"""Add or edit a medicine as the care team prescribed it: name, dose (amount and unit, or in
words), route, schedule (set times on chosen days, every few days, or as needed), dates,
prescriber, purpose, notes, and optionally the doses at home with a low-stock warning.

The app never suggests a medicine or a dose: the name field offers the medicines named in
the clinical notes only as spelling help, and says so. Saving goes through
``services.medicines``, which validates everything; each problem shows under its field and
the dialog stays open with what was typed."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from caregiver_app.core.medicines import MAX_EVERY_DAYS, Medicine, Route, validate_medicine
from caregiver_app.core.messages import QT_TRANSLATE_NOOP, Problem, ValidationFailed
from caregiver_app.core.schedule import ScheduleKind, format_times
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.saving_dialog import SavingDialog, add_field_error, set_row_visible
from caregiver_app.ui.medicine_labels import route_label, schedule_kind_label, weekday_label
from caregiver_app.ui.widgets.basics import BUTTON_MIN_HEIGHT
from caregiver_app.ui.widgets.choice_grid import ChoiceGrid
from caregiver_app.ui.widgets.date_field import DateField
from caregiver_app.ui.widgets.field_form import notes_edit

#: Units offered in the unit box (any other can be typed): words, not doses.
COMMON_UNITS = (
    QT_TRANSLATE_NOOP("MedicineDialog", "mg"),
    QT_TRANSLATE_NOOP("MedicineDialog", "microgram"),
    QT_TRANSLATE_NOOP("MedicineDialog", "mL"),
    QT_TRANSLATE_NOOP("MedicineDialog", "drops"),
    QT_TRANSLATE_NOOP("MedicineDialog", "tablet"),
    QT_TRANSLATE_NOOP("MedicineDialog", "capsule"),
    QT_TRANSLATE_NOOP("MedicineDialog", "sachet"),
    QT_TRANSLATE_NOOP("MedicineDialog", "puff"),
    QT_TRANSLATE_NOOP("MedicineDialog", "IU"),
)
NO_DAY_CHOSEN = QT_TRANSLATE_NOOP("MedicineDialog", "choose at least one day")


class MedicineDialog(SavingDialog):
    def __init__(
        self,
        services: AppServices,
        child_id: str,
        medicine: Medicine | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self._services = services
        self._child_id = child_id
        self._medicine = medicine
        #: The medicine as saved, once Save succeeded.
        self.saved: Medicine | None = None
        title = (
            self.tr("Add a medicine")
            if medicine is None
            else self.tr("Edit {name}").format(name=medicine.name)
        )
        super().__init__(title, self.tr("Save the medicine"), parent, width_em=46)
        self._build()
        self.schedule.choice_changed.connect(self._schedule_changed)
        if medicine is None:
            self.schedule.set_choice(ScheduleKind.FIXED_TIMES.value)
            self.start_field.set_date(services.medicines.today())
        else:
            self._fill(medicine)
        self._schedule_changed()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # Building ----------------------------------------------------------------------------

    def _build(self) -> None:
        form = self.form
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("As on the prescription"))
        names = [suggestion.name for suggestion in self._services.medicines.name_suggestions()]
        self.name_completer = QCompleter(QStringListModel(names, self), self)
        self.name_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.name_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name_edit.setCompleter(self.name_completer)
        form.add("name", self.tr("&Name"), self.name_edit, self.tr("Medicine name"))
        # Two short lines, not one wrapped paragraph: a form row does not grow for wrapping.
        hint = QLabel(
            self.tr(
                "Names offered are spelling help only (from the clinical notes), never advice.\n"
                "Enter what your child's care team prescribed."
            )
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setMinimumWidth(hint.sizeHint().width())  # the dialog widens for both lines
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form.addRow("", hint)

        dose_row = QWidget()
        row = QHBoxLayout(dose_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("Amount, e.g. 2.5"))
        self.amount_edit.setAccessibleName(self.tr("Dose amount"))
        self.amount_edit.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.unit_combo = QComboBox()
        self.unit_combo.setEditable(True)
        self.unit_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for unit in COMMON_UNITS:
            self.unit_combo.addItem(self.tr(unit))
        self.unit_combo.setCurrentIndex(-1)
        self.unit_combo.setEditText("")
        self.unit_combo.setAccessibleName(self.tr("Dose unit"))
        self.unit_combo.setMinimumHeight(BUTTON_MIN_HEIGHT)
        unit_line = self.unit_combo.lineEdit()
        if unit_line is not None:
            unit_line.setPlaceholderText(self.tr("Unit, e.g. mg"))
        row.addWidget(self.amount_edit, 1)
        row.addWidget(self.unit_combo, 1)
        dose_row.setFocusProxy(self.amount_edit)
        form.add("dose_amount", self.tr("&Dose"), dose_row)
        add_field_error(form, "dose_unit", self.unit_combo, dose_row)
        self.dose_text_edit = QLineEdit()
        self.dose_text_edit.setPlaceholderText(
            self.tr("Or as the prescription says it, e.g. one sachet in water")
        )
        form.add(
            "dose_text", self.tr("Dose in &words"), self.dose_text_edit, self.tr("Dose in words")
        )

        self.route_combo = QComboBox()
        for route in Route:
            self.route_combo.addItem(route_label(route), route.value)
        form.add("route", self.tr("&Route"), self.route_combo, self.tr("Route"))

        self.schedule = ChoiceGrid(len(ScheduleKind))
        for kind in ScheduleKind:
            self.schedule.add_choice(kind.value, schedule_kind_label(kind))
        self.schedule.setAccessibleName(self.tr("When it is given"))
        form.add("schedule", self.tr("When"), self.schedule)

        self.times_edit = QLineEdit()
        self.times_edit.setPlaceholderText(self.tr("24-hour times, e.g. 08:00 20:00"))
        form.add("times", self.tr("&Times"), self.times_edit, self.tr("Times of day"))

        self.days_row = QWidget()
        days = QHBoxLayout(self.days_row)
        days.setContentsMargins(0, 0, 0, 0)
        self.day_checks: list[QCheckBox] = []
        for weekday in range(7):
            check = QCheckBox(weekday_label(weekday))
            check.setChecked(True)
            check.setAccessibleName(weekday_label(weekday))
            check.setMinimumHeight(BUTTON_MIN_HEIGHT - 8)
            self.day_checks.append(check)
            days.addWidget(check)
        days.addStretch(1)
        self.days_row.setFocusProxy(self.day_checks[0])
        form.add("days", self.tr("On these days"), self.days_row, self.tr("Days of the week"))

        self.every_spin = QSpinBox()
        self.every_spin.setRange(1, MAX_EVERY_DAYS)
        self.every_spin.setValue(2)
        self.every_spin.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.every_spin.setAccessibleName(self.tr("Every how many days"))
        form.add("every_days", self.tr("Every how &many days"), self.every_spin)

        dates_row = QWidget()
        row = QHBoxLayout(dates_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.start_field = DateField(self.tr("First day"))
        self.end_field = DateField(self.tr("Last day"))
        self.end_field.edit.setPlaceholderText(self.tr("Ongoing"))
        until = QLabel(self.tr("&until"))
        until.setBuddy(self.end_field)
        row.addWidget(self.start_field, 1)
        row.addWidget(until)
        row.addWidget(self.end_field, 1)
        dates_row.setFocusProxy(self.start_field)
        form.add("start_date", self.tr("&From"), dates_row)
        add_field_error(form, "end_date", self.end_field, dates_row)

        self.prescriber_edit = QLineEdit()
        self.prescriber_edit.setPlaceholderText(self.tr("Who prescribed it (optional)"))
        contacts = self._services.family.contacts(self._child_id)
        team = sorted({contact.name for contact in contacts if contact.name})
        self.prescriber_edit.setCompleter(QCompleter(team, self))
        form.add("prescriber", self.tr("&Prescribed by"), self.prescriber_edit)
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setPlaceholderText(self.tr("What it is for (optional)"))
        form.add("purpose", self.tr("W&hat for"), self.purpose_edit, self.tr("What it is for"))
        self.notes = notes_edit(self.tr("Notes"), self.tr("e.g. with food (optional)"), 2)
        form.add("notes", self.tr("N&otes"), self.notes, self.tr("Notes"))

        stock_row = QWidget()
        row = QHBoxLayout(stock_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.stock_edit = QLineEdit()
        self.stock_edit.setPlaceholderText(self.tr("Not counted"))
        self.stock_edit.setAccessibleName(self.tr("Doses at home"))
        self.stock_edit.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.low_edit = QLineEdit()
        self.low_edit.setPlaceholderText(self.tr("No warning"))
        self.low_edit.setAccessibleName(self.tr("Warn when this many doses are left"))
        self.low_edit.setMinimumHeight(BUTTON_MIN_HEIGHT)
        warn = QLabel(self.tr("w&arn at"))
        warn.setBuddy(self.low_edit)
        row.addWidget(self.stock_edit, 1)
        row.addWidget(warn)
        row.addWidget(self.low_edit, 1)
        stock_row.setFocusProxy(self.stock_edit)
        form.add("stock", self.tr("Doses at hom&e"), stock_row)
        add_field_error(form, "low_stock_at", self.low_edit, stock_row)

    def _fill(self, medicine: Medicine) -> None:
        self.name_edit.setText(medicine.name)
        self.amount_edit.setText(medicine.dose_amount)
        self.unit_combo.setEditText(medicine.dose_unit)
        self.dose_text_edit.setText(medicine.dose_text)
        self.route_combo.setCurrentIndex(self.route_combo.findData(medicine.route.value))
        plan = medicine.schedule
        self.schedule.set_choice(plan.kind.value)
        self.times_edit.setText(format_times(plan.times))
        for weekday, check in enumerate(self.day_checks):
            check.setChecked(weekday in plan.weekdays)
        if plan.every_days:
            self.every_spin.setValue(plan.every_days)
        self.start_field.set_date(medicine.start_date)
        self.end_field.set_date(medicine.end_date)
        self.prescriber_edit.setText(medicine.prescriber)
        self.purpose_edit.setText(medicine.purpose)
        self.notes.setPlainText(medicine.notes)
        left = self._services.medicines.stock_on_hand(medicine.id)
        self.stock_edit.setText("" if left is None else str(left))
        low = medicine.low_stock_level
        self.low_edit.setText("" if low is None else str(low))

    # Reacting ----------------------------------------------------------------------------

    def _kind(self) -> ScheduleKind | None:
        code = self.schedule.choice()
        return ScheduleKind(code) if code else None

    def _schedule_changed(self, *_args: object) -> None:
        kind = self._kind()
        set_row_visible(self.form, self.times_edit, kind is not ScheduleKind.AS_NEEDED)
        set_row_visible(self.form, self.days_row, kind is ScheduleKind.FIXED_TIMES)
        set_row_visible(self.form, self.every_spin, kind is ScheduleKind.EVERY_N_DAYS)

    # Saving ------------------------------------------------------------------------------

    def chosen_days(self) -> frozenset[int]:
        return frozenset(day for day, check in enumerate(self.day_checks) if check.isChecked())

    def values(self) -> dict[str, object]:
        """What the form holds, as the service's keyword fields (a hidden field sends
        nothing, so it can never hold a problem nobody sees)."""
        kind = self._kind()
        return {
            "name": self.name_edit.text(),
            "dose_amount": self.amount_edit.text(),
            "dose_unit": self.unit_combo.currentText(),
            "dose_text": self.dose_text_edit.text(),
            "route": self.route_combo.currentData() or "",
            "schedule": kind.value if kind else "",
            "times": self.times_edit.text() if kind is not ScheduleKind.AS_NEEDED else "",
            "days": self.chosen_days() if kind is ScheduleKind.FIXED_TIMES else "",
            "every_days": self.every_spin.value() if kind is ScheduleKind.EVERY_N_DAYS else "",
            "start_date": self.start_field.value(),
            "end_date": self.end_field.value(),
            "prescriber": self.prescriber_edit.text(),
            "purpose": self.purpose_edit.text(),
            "notes": self.notes.toPlainText(),
            "stock": self.stock_edit.text(),
            "low_stock_level": self.low_edit.text(),
        }

    def _days_problem(self, fields: dict[str, object]) -> ValidationFailed | None:
        """No day ticked would mean "every day" to the validation; say so instead, with
        every other problem the form has."""
        if self._kind() is not ScheduleKind.FIXED_TIMES or self.chosen_days():
            return None
        problems = [Problem("days", NO_DAY_CHOSEN, {}, context="MedicineDialog")]
        child = self._services.family.child(self._child_id)
        try:
            validate_medicine(birth_date=child.birth_date, **{**fields, "days": ""})
        except ValidationFailed as failed:
            problems.extend(failed.problems)
        return ValidationFailed(problems)

    def save(self) -> None:
        fields = self.values()
        days_problem = self._days_problem(fields)
        if days_problem is not None:
            self.form.show_problems(days_problem)
            return
        medicines = self._services.medicines
        medicine = self._medicine
        if medicine is None:
            saved = self.attempt(lambda: medicines.add_medicine(self._child_id, **fields))
        else:
            saved = self.attempt(lambda: medicines.update_medicine(medicine.id, **fields))
        if saved is not None:
            self.saved = saved
            self.accept()
