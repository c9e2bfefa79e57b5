"""Record or change one dose in the log: a scheduled dose given (when, by whom; late or early
is worked out from the times and said in words) or skipped (with its reason), or an as-needed
dose given (with its reason).

Saving goes through ``services.medicines``, which validates everything; each problem shows
under its field and the dialog stays open with what was typed."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from caregiver_app.core.medicines import DoseEvent, DoseStatus, Medicine
from caregiver_app.core.schedule import ON_TIME_TOLERANCE, Occurrence, occurrence_on
from caregiver_app.core.timeutil import NonexistentLocalTime, local_to_instant
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.saving_dialog import SavingDialog, add_field_error, set_row_visible
from caregiver_app.ui.labels import short_date_format, short_time_format, time_text
from caregiver_app.ui.medicine_labels import MedicineWords
from caregiver_app.ui.widgets.basics import BUTTON_MIN_HEIGHT, plain_label
from caregiver_app.ui.widgets.choice_grid import ChoiceGrid
from caregiver_app.ui.widgets.field_form import notes_edit


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DoseDialog(SavingDialog):
    def __init__(
        self,
        services: AppServices,
        medicine: Medicine,
        *,
        occurrence: Occurrence | None = None,
        event: DoseEvent | None = None,
        status: DoseStatus = DoseStatus.GIVEN,
        parent: QWidget | None = None,
    ) -> None:
        self._services = services
        self._medicine = medicine
        self._event = event
        self._scheduled = medicine.schedule.is_scheduled
        #: The dose as saved, once Save succeeded.
        self.saved: DoseEvent | None = None
        words = MedicineWords()
        if event is not None:
            title = self.tr("Change a dose of {name}")
        elif status is DoseStatus.SKIPPED:
            title = self.tr("Skip a dose of {name}")
        else:
            title = self.tr("Record a dose of {name}")
        super().__init__(
            title.format(name=medicine.name), self.tr("Save this dose"), parent, width_em=36
        )
        self.set_headline(words.medicine_line(medicine))
        self._zone = ZoneInfo(services.medicines.zone())
        now = services.clock.now().astimezone(self._zone)
        self._today = now.date()
        self._build(now)
        self._fill(now, occurrence, event, status)
        self.status.choice_changed.connect(self._status_changed)
        for signal in (
            self.given_date.dateChanged,
            self.given_time.timeChanged,
            self.scheduled_date.dateChanged,
            self.scheduled_time.currentIndexChanged,
        ):
            signal.connect(self._update_timing)
        self._status_changed()
        if self.status.choice() == DoseStatus.SKIPPED.value or not self._scheduled:
            self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # Building ----------------------------------------------------------------------------

    def _build(self, now: datetime) -> None:
        form = self.form
        self.scheduled_row = QWidget()
        row = QHBoxLayout(self.scheduled_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.scheduled_date = self._date_edit(self.tr("Day of the scheduled dose"))
        self.scheduled_time = QComboBox()
        self.scheduled_time.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.scheduled_time.setAccessibleName(self.tr("Time of the scheduled dose"))
        for wall in self._medicine.schedule.times:
            self.scheduled_time.addItem(time_text(wall), wall)
        row.addWidget(self.scheduled_date, 2)
        row.addWidget(self.scheduled_time, 1)
        self.scheduled_row.setFocusProxy(self.scheduled_date)
        form.add("scheduled_date", self.tr("&Which dose"), self.scheduled_row)
        add_field_error(form, "scheduled_time", self.scheduled_time, self.scheduled_row)

        self.status = ChoiceGrid(2)
        self.status.add_choice(DoseStatus.GIVEN.value, self.tr("Given"))
        self.status.add_choice(DoseStatus.SKIPPED.value, self.tr("Skipped"))
        self.status.setAccessibleName(self.tr("What happened"))
        form.add("status", self.tr("What happened"), self.status)

        self.given_row = QWidget()
        row = QHBoxLayout(self.given_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.given_date = self._date_edit(self.tr("Day given"))
        self.given_time = QTimeEdit()
        self.given_time.setDisplayFormat(short_time_format())
        self.given_time.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.given_time.setAccessibleName(self.tr("Time given"))
        row.addWidget(self.given_date, 2)
        row.addWidget(self.given_time, 1)
        self.given_row.setFocusProxy(self.given_time)
        form.add("given_date", self.tr("&Given at"), self.given_row)
        add_field_error(form, "given_time", self.given_time, self.given_row)

        self.timing_label = plain_label("")
        self.timing_label.setAccessibleName(self.tr("On time or late"))
        form.addRow("", self.timing_label)

        self.given_by_edit = QLineEdit()
        self.given_by_edit.setPlaceholderText(self.tr("Who gave it"))
        form.add("given_by", self.tr("Given &by"), self.given_by_edit, self.tr("Given by"))

        self.reason_edit = QLineEdit()
        form.add("reason", self.tr("&Reason"), self.reason_edit, self.tr("Reason"))
        caption = form.labelForField(form.errors["reason"].parentWidget() or self.reason_edit)
        self.reason_caption = caption if isinstance(caption, QLabel) else None

        self.notes_edit = notes_edit(self.tr("Notes"), self.tr("Anything else (optional)"), 2)
        form.add("notes", self.tr("N&otes"), self.notes_edit, self.tr("Notes"))

        for widget in (self.scheduled_row, self.status):
            set_row_visible(form, widget, self._scheduled)

    def _date_edit(self, accessible_name: str) -> QDateEdit:
        """A day up to today, in the family's short date format, with a calendar."""
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(short_date_format())
        edit.setMinimumHeight(BUTTON_MIN_HEIGHT)
        edit.setAccessibleName(accessible_name)
        edit.setMaximumDate(_qdate(self._today))
        return edit

    def _fill(
        self,
        now: datetime,
        occurrence: Occurrence | None,
        event: DoseEvent | None,
        status: DoseStatus,
    ) -> None:
        given = now
        scheduled_day, wall = self._today, self._default_time(now)
        if occurrence is not None:
            scheduled_day, wall = occurrence.local_date, occurrence.wall_time
        self.given_by_edit.setText(self._services.settings.caregiver_name())
        if event is not None:
            status = event.status
            local = event.given_local()
            if local is not None:
                given = local.astimezone(self._zone)
            if event.scheduled_date is not None and event.scheduled_time is not None:
                scheduled_day, wall = event.scheduled_date, event.scheduled_time
            self.given_by_edit.setText(event.given_by)
            self.reason_edit.setText(event.reason)
            self.notes_edit.setPlainText(event.notes)
        self.status.set_choice(status.value if self._scheduled else DoseStatus.GIVEN.value)
        self.given_date.setDate(_qdate(given.date()))
        self.given_time.setTime(QTime(given.hour, given.minute))
        self.scheduled_date.setDate(_qdate(scheduled_day))
        position = self.scheduled_time.findData(wall)
        if position < 0:  # a time the schedule no longer has: keep it choosable as it was
            self.scheduled_time.addItem(time_text(wall), wall)
            position = self.scheduled_time.count() - 1
        self.scheduled_time.setCurrentIndex(position)

    def _default_time(self, now: datetime) -> time:
        """The schedule's latest time already reached today, else its first."""
        times = sorted(self._medicine.schedule.times)
        reached = [t for t in times if t <= now.time()]
        return reached[-1] if reached else (times[0] if times else time(0))

    # Reacting ----------------------------------------------------------------------------

    def _status_changed(self, *_args: object) -> None:
        skipped = self.status.choice() == DoseStatus.SKIPPED.value
        for widget in (self.given_row, self.given_by_edit):
            set_row_visible(self.form, widget, not skipped)
        if skipped:
            caption = self.tr("Wh&y skipped?")
            placeholder = self.tr("e.g. vomited just before, asleep, ran out")
        elif not self._scheduled:
            caption = self.tr("Wh&y given?")
            placeholder = self.tr("e.g. pain after the dental visit")
        else:
            caption = self.tr("&Reason")
            placeholder = self.tr("Optional")
        if self.reason_caption is not None:
            self.reason_caption.setText(caption)
        self.reason_edit.setAccessibleName(caption.replace("&", ""))
        self.reason_edit.setPlaceholderText(placeholder)
        self._update_timing()

    def _scheduled_wall(self) -> time | None:
        value = self.scheduled_time.currentData()
        return value if isinstance(value, time) else None

    def _given_clock(self) -> time:
        chosen = self.given_time.time()
        return time(chosen.hour(), chosen.minute())

    def _update_timing(self, *_args: object) -> None:
        """Says in words whether the dose as typed counts as on time, late or early."""
        text = ""
        wall = self._scheduled_wall()
        if self._scheduled and self.status.choice() == DoseStatus.GIVEN.value and wall:
            day = _pydate(self.scheduled_date.date())
            due = occurrence_on(self._medicine.schedule, self._medicine.zone, day, wall)
            try:
                given = local_to_instant(
                    _pydate(self.given_date.date()), self._given_clock(), self._zone
                )
            except NonexistentLocalTime:
                given = None
            if due is not None and given is not None:
                minutes = int(ON_TIME_TOLERANCE.total_seconds() // 60)
                if given - due.instant > ON_TIME_TOLERANCE:
                    text = self.tr(
                        "This counts as given late: more than {minutes} minutes after {time}."
                    )
                elif due.instant - given > ON_TIME_TOLERANCE:
                    text = self.tr(
                        "This counts as given early: more than {minutes} minutes before {time}."
                    )
                else:
                    text = self.tr("This counts as on time (within {minutes} minutes of {time}).")
                text = text.format(minutes=minutes, time=time_text(wall))
        self.timing_label.setText(text)
        set_row_visible(self.form, self.timing_label, bool(text))

    # Saving ------------------------------------------------------------------------------

    def values(self) -> dict[str, object]:
        """What the form holds, as the service's keyword fields."""
        status = self.status.choice() if self._scheduled else DoseStatus.GIVEN.value
        given = status == DoseStatus.GIVEN.value
        fields: dict[str, object] = {
            "status": status,
            "given_date": _pydate(self.given_date.date()) if given else "",
            "given_time": self._given_clock() if given else "",
            "given_by": self.given_by_edit.text() if given else "",
            "reason": self.reason_edit.text(),
            "notes": self.notes_edit.toPlainText(),
        }
        if self._scheduled:
            fields["scheduled_date"] = _pydate(self.scheduled_date.date())
            fields["scheduled_time"] = self._scheduled_wall() or ""
        return fields

    def save(self) -> None:
        medicines = self._services.medicines
        fields = self.values()
        event = self._event
        if event is not None:
            saved = self.attempt(lambda: medicines.update_dose(event.id, **fields))
        else:
            saved = self.attempt(lambda: medicines.log_dose(self._medicine.id, **fields))
        if saved is not None:
            self.saved = saved
            self.accept()
