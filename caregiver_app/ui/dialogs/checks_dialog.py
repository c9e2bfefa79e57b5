"""The child's checks, one at a time: how often the care team wants it (the interval, who set
it and when; the app's starting suggestion is labelled as one, to confirm with the care team),
a check done outside an appointment kept in the app (its day and result notes), and the
family's own checks (added, renamed, deleted with Undo).

Every change goes through ``services.checks``, which validates it: a problem shows under its
field and nothing typed is lost. Each change emits ``checks_changed``, so the Today page's
checks and reminders follow at once."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.core.checks import (
    INTERVAL_UNIT_LABELS,
    MAX_INTERVAL_DAYS,
    SUGGESTION_NOTE,
    CheckRecord,
    CheckState,
    CheckStatus,
    IntervalUnit,
)
from caregiver_app.core.messages import UserError, ValidationFailed
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.saving_dialog import (
    add_field_error,
    set_row_visible,
)
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.labels import Labels, day_text
from caregiver_app.ui.widgets.basics import (
    FeedbackBar,
    big_button,
    heading,
    plain_label,
    scaled_font,
    section_label,
)
from caregiver_app.ui.widgets.checks_panel import (
    STATUS_ICONS,
    check_name,
    check_status_text,
    last_done_text,
    next_due_text,
)
from caregiver_app.ui.widgets.date_field import DateField
from caregiver_app.ui.widgets.field_form import FieldForm, notes_edit

T = TypeVar("T")

#: Where the list puts "a check of your own" being added (no key yet).
NEW_CHECK = ""


class ChecksDialog(QDialog):
    def __init__(
        self,
        services: AppServices,
        events: DataEvents,
        child_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._events = events
        self._child = services.family.child(child_id)
        #: The check shown on the right (NEW_CHECK while adding one).
        self.current_key: str | None = None
        self._states: dict[str, CheckState] = {}
        self.setWindowTitle(self.tr("Checks for {name}").format(name=self._child.name))
        self.setModal(True)
        em = self.fontMetrics().horizontalAdvance("M")
        self.setMinimumWidth(em * 72)

        self.check_list = QListWidget()
        self.check_list.setAccessibleName(self.tr("Checks"))
        self.check_list.setMinimumWidth(em * 22)
        self.check_list.setWordWrap(True)
        self.check_list.currentItemChanged.connect(self._list_moved)
        self.add_button = big_button(
            self.tr("&Add your own check…"), self.tr("Add a check of your own")
        )
        self.add_button.clicked.connect(self.start_new_check)
        left = QVBoxLayout()
        left.addWidget(self.check_list, 1)
        left.addWidget(self.add_button)

        right = QVBoxLayout()
        self.heading = heading("", 1.3)
        self.state_label = plain_label("")
        right.addWidget(self.heading)
        right.addWidget(self.state_label)
        right.addWidget(self._build_interval())
        right.addWidget(self._build_record())
        right.addStretch(1)

        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addSpacing(12)
        columns.addLayout(right, 5)

        self.feedback = FeedbackBar()
        self.close_button = big_button(self.tr("&Close"), self.tr("Close the checks"))
        self.close_button.setMinimumWidth(em * 10)
        self.close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.feedback)
        layout.addLayout(bottom)
        self.reload()

    # Building -------------------------------------------------------------------------------

    def _build_interval(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(section_label(self.tr("How often")))
        # Right under the title: a suggestion is not the care team's word.
        self.suggestion_label = plain_label("")
        self.suggestion_label.setFont(scaled_font(self.suggestion_label, 1.0, bold=True))
        column.addWidget(self.suggestion_label)
        self.interval_form = FieldForm()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Kidney ultrasound"))
        self.interval_form.add("name", self.tr("&Name"), self.name_edit, self.tr("Check name"))
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(1, MAX_INTERVAL_DAYS)
        self.interval_spin.setAccessibleName(self.tr("Every how many"))
        self.unit_combo = QComboBox()
        self.unit_combo.setAccessibleName(self.tr("Days or months"))
        for unit in IntervalUnit:
            self.unit_combo.addItem(translate("Checks", INTERVAL_UNIT_LABELS[unit]), unit.value)
        interval_row = QWidget()
        row = QHBoxLayout(interval_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.interval_spin, 1)
        row.addWidget(self.unit_combo, 1)
        self.interval_form.add("interval", self.tr("&Every"), interval_row)
        self.interval_form.fields["interval"] = self.interval_spin
        add_field_error(self.interval_form, "unit", self.unit_combo, interval_row)
        self.set_by_edit = QLineEdit()
        self.set_by_edit.setPlaceholderText(self.tr("e.g. Dr. Ruiz, ophthalmologist"))
        self.interval_form.add(
            "set_by", self.tr("Set &by"), self.set_by_edit, self.tr("Who on the care team set it")
        )
        self.lead_edit = QLineEdit()
        self.interval_form.add(
            "lead_days",
            self.tr("Due soon, &days before"),
            self.lead_edit,
            self.tr("How many days before it is due it counts as due soon"),
        )
        column.addLayout(self.interval_form)
        self.source_label = plain_label("")
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.source_label)
        buttons = QHBoxLayout()
        self.save_button = big_button(self.tr("&Save interval"), self.tr("Save the interval"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = big_button(
            self.tr("Delete this check"), self.tr("Delete this check of your own")
        )
        self.delete_button.clicked.connect(self.delete_check)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return box

    def _build_record(self) -> QWidget:
        self.record_box = QFrame()
        column = QVBoxLayout(self.record_box)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(section_label(self.tr("A check done outside the app's appointments")))
        self.record_form = FieldForm()
        self.done_field = DateField(self.tr("Day the check was done"))
        self.done_field.set_latest(self._services.diary.today())
        self.record_form.add("done_on", self.tr("D&one on"), self.done_field)
        self.record_form.fields["done_on"] = self.done_field.edit
        self.notes_edit = notes_edit(
            self.tr("Result notes"), self.tr("What the result was (optional)"), lines=2
        )
        self.record_form.add("result_notes", self.tr("&Result"), self.notes_edit)
        column.addLayout(self.record_form)
        record_buttons = QHBoxLayout()
        self.record_button = big_button(
            self.tr("&Record check done"), self.tr("Record this check as done")
        )
        self.record_button.clicked.connect(self.record_done)
        record_buttons.addWidget(self.record_button)
        record_buttons.addStretch(1)
        column.addLayout(record_buttons)
        self.records_list = QListWidget()
        self.records_list.setAccessibleName(self.tr("Checks recorded by hand"))
        self.records_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.records_list.setWordWrap(True)
        self.delete_record_button = big_button(
            self.tr("Delete recorded check"), self.tr("Delete the recorded check chosen above")
        )
        self.delete_record_button.clicked.connect(self.delete_record)
        self.records_list.currentRowChanged.connect(
            lambda row: self.delete_record_button.setEnabled(row >= 0)
        )
        column.addWidget(self.records_list)
        delete_row = QHBoxLayout()
        delete_row.addWidget(self.delete_record_button)
        delete_row.addStretch(1)
        column.addLayout(delete_row)
        return self.record_box

    # Reading --------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Reads the checks again and shows ``select`` (default: the one shown)."""
        wanted = select if select is not None else self.current_key
        states = self._services.checks.checks(self._child.id)
        self._states = {state.key: state for state in states}
        self.check_list.blockSignals(True)
        self.check_list.clear()
        for state in states:
            item = QListWidgetItem(
                self.tr("{check} — {status}").format(
                    check=check_name(state), status=check_status_text(state.status)
                )
            )
            item.setIcon(self.style().standardIcon(STATUS_ICONS[state.status]))
            if state.status is CheckStatus.OVERDUE:
                item.setFont(scaled_font(self.check_list, 1.0, bold=True))
            item.setData(Qt.ItemDataRole.UserRole, state.key)
            self.check_list.addItem(item)
        self.check_list.blockSignals(False)
        if wanted == NEW_CHECK:
            return
        keys = list(self._states)
        self.select(wanted if wanted in self._states else keys[0])

    def select(self, key: str) -> None:
        """Shows a check (by its key) on the right."""
        for row in range(self.check_list.count()):
            item = self.check_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                self.check_list.blockSignals(True)
                self.check_list.setCurrentRow(row)
                self.check_list.blockSignals(False)
                self._show(self._states[key])
                return

    def _list_moved(self, current: QListWidgetItem | None) -> None:
        if current is not None:
            self._show(self._states[str(current.data(Qt.ItemDataRole.UserRole))])

    def current_state(self) -> CheckState | None:
        return self._states.get(self.current_key or "")

    def _show(self, state: CheckState) -> None:
        self.current_key = state.key
        self.interval_form.clear_problems()
        self.record_form.clear_problems()
        self.heading.setText(check_name(state))
        self.state_label.setText(
            self.tr("{status}. Last done: {last}. Next due: {next}.").format(
                status=check_status_text(state.status),
                last=last_done_text(state),
                next=next_due_text(state),
            )
        )
        set_row_visible(self.interval_form, self.name_edit, state.is_custom)
        self.name_edit.setText(state.name if state.is_custom else "")
        self.interval_spin.setValue(state.interval.count)
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(state.interval.unit.value))
        self.set_by_edit.setText(state.interval_set_by)
        # The reminder setting's number is left blank: the check keeps following the setting.
        default = self._lead_placeholder()
        self.lead_edit.setText("" if state.lead_days == default else str(state.lead_days))
        self._show_source(state)
        self.save_button.setText(self.tr("&Save interval"))
        self.delete_button.setVisible(state.is_custom)
        self.record_box.show()
        self.done_field.set_date(None)
        self.notes_edit.clear()
        self._show_records(state)

    def _lead_placeholder(self) -> int:
        """Says what a blank means; returns the reminder setting's number of days."""
        days = self._services.reminders.preferences().check_days_before
        self.lead_edit.setPlaceholderText(
            self.tr("Blank: {days}, as set in Settings").format(days=days)
        )
        return days

    def _show_source(self, state: CheckState) -> None:
        """A suggestion says so (in bold, above the fields) and why the check matters; an
        interval the care team set says who set it and when."""
        suggestion = state.interval_is_suggestion
        self.suggestion_label.setText(
            self.tr("⚠ {note}").format(note=translate("Checks", SUGGESTION_NOTE))
            if suggestion
            else ""
        )
        self.suggestion_label.setVisible(suggestion)
        if suggestion:
            why = state.suggestion.why if state.suggestion is not None else ""
            self.source_label.setText(QCoreApplication.translate("Guidance", why) if why else "")
        else:
            self.source_label.setText(self._set_by_text(state))
        self.source_label.setVisible(bool(self.source_label.text()))

    def _set_by_text(self, state: CheckState) -> str:
        if state.interval_set_at is None:
            return self.tr("Set by {who}.").format(who=state.interval_set_by)
        zone = ZoneInfo(self._services.settings.time_zone())
        return self.tr("Set by {who} on {date}.").format(
            who=state.interval_set_by, date=day_text(state.interval_set_at.astimezone(zone).date())
        )

    def _show_records(self, state: CheckState) -> None:
        self.records_list.clear()
        for record in self._services.checks.records(self._child.id, state.key):
            notes = record.result_notes.strip().replace("\n", " ")
            text = (
                self.tr("{date}: {notes}").format(date=day_text(record.done_on), notes=notes)
                if notes
                else day_text(record.done_on)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.records_list.addItem(item)
        has_records = self.records_list.count() > 0
        self.records_list.setVisible(has_records)
        self.delete_record_button.setVisible(has_records)
        self.delete_record_button.setEnabled(self.records_list.currentRow() >= 0)

    # Changing -------------------------------------------------------------------------------

    def _attempt(self, form: FieldForm, action: Callable[[], T]) -> T | None:
        """Runs a change; a problem shows under its field (or below the form) and nothing
        typed is lost."""
        try:
            result = action()
        except ValidationFailed as failed:
            self.feedback.clear()
            form.show_problems(failed)
            return None
        except KeyError:  # deleted meanwhile (in another window?)
            form.clear_problems()
            self.reload()
            self.feedback.show_message(
                self.tr("This check was deleted meanwhile, so nothing was changed."), problem=True
            )
            return None
        except (UserError, sqlite3.Error) as error:
            form.clear_problems()
            self.feedback.show_failure(
                self.tr("Not saved ({reason}). What you typed is still here; try again."), error
            )
            return None
        form.clear_problems()
        return result

    def _changed(self, message: str, undo: Callable[[], None] | None, select: str | None) -> None:
        self._events.checks_changed.emit(self._child.id)
        self.reload(select)
        self.feedback.show_message(message, undo)

    def start_new_check(self) -> None:
        """Empties the form on the right for a check of the family's own."""
        self.current_key = NEW_CHECK
        self.check_list.clearSelection()
        self.check_list.setCurrentRow(-1)
        self.interval_form.clear_problems()
        self.heading.setText(self.tr("A check of your own"))
        self.state_label.setText(
            self.tr("Name it, and say how often the care team wants it and who said so.")
        )
        set_row_visible(self.interval_form, self.name_edit, True)
        self.name_edit.clear()
        self.interval_spin.setValue(6)
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(IntervalUnit.MONTHS.value))
        self.set_by_edit.clear()
        self.lead_edit.clear()
        self._lead_placeholder()
        self.source_label.hide()
        self.suggestion_label.hide()
        self.save_button.setText(self.tr("&Add check"))
        self.delete_button.hide()
        self.record_box.hide()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _setting(self) -> dict[str, object]:
        return {
            "interval": str(self.interval_spin.value()),
            "unit": str(self.unit_combo.currentData()),
            "set_by": self.set_by_edit.text(),
            "lead_days": self.lead_edit.text(),
        }

    def save(self) -> None:
        """Saves the interval (or adds the new check), with who set it."""
        checks = self._services.checks
        child_id = self._child.id
        key = self.current_key
        if key is None:
            return
        if key == NEW_CHECK:
            added = self._attempt(
                self.interval_form,
                lambda: checks.add_custom_check(
                    child_id, name=self.name_edit.text(), **self._setting()
                ),
            )
            if added is not None:
                self._changed(
                    self.tr("Added: {check}.").format(check=added.name),
                    None,
                    added.key,
                )
            return
        state = self._states[key]
        if state.is_custom:
            saved = self._attempt(
                self.interval_form,
                lambda: checks.update_custom_check(
                    child_id, key, name=self.name_edit.text(), **self._setting()
                ),
            )
        else:
            saved = self._attempt(
                self.interval_form, lambda: checks.set_interval(child_id, key, **self._setting())
            )
        if saved is not None:
            self._changed(
                self.tr("Saved: {check}, every {interval}.").format(
                    check=check_name(saved), interval=self._interval_text(saved)
                ),
                None,
                saved.key,
            )

    def _interval_text(self, state: CheckState) -> str:
        count = state.interval.count
        if state.interval.unit is IntervalUnit.MONTHS:
            return Labels().months(count)
        return self.tr("%n days", "", count)

    def delete_check(self) -> None:
        state = self.current_state()
        if state is None or not state.is_custom:
            return
        child_id, key = self._child.id, state.key
        if not self._attempt(
            self.interval_form, lambda: self._services.checks.delete_custom_check(child_id, key)
        ):
            return
        self.current_key = None
        self._changed(
            self.tr("Deleted: {check}.").format(check=state.name),
            lambda: self._undo_delete_check(key, state.name),
            None,
        )

    def _undo_delete_check(self, key: str, name: str) -> None:
        if self._attempt(
            self.interval_form,
            lambda: self._services.checks.undo_delete_custom_check(self._child.id, key),
        ):
            self._changed(self.tr("Back: {check}.").format(check=name), None, key)

    def record_done(self) -> None:
        state = self.current_state()
        if state is None:
            return
        recorded = self._attempt(
            self.record_form,
            lambda: self._services.checks.record_done(
                self._child.id,
                state.key,
                done_on=self.done_field.value(),
                result_notes=self.notes_edit.toPlainText(),
            ),
        )
        if recorded is not None:
            self._changed(
                self.tr("Recorded: {check} done on {date}.").format(
                    check=check_name(state), date=day_text(recorded.done_on)
                ),
                lambda: self._undo_record(recorded, state),
                state.key,
            )

    def _undo_record(self, record: CheckRecord, state: CheckState) -> None:
        if self._attempt(self.record_form, lambda: self._services.checks.delete_record(record.id)):
            self._changed(
                self.tr("Taken out: {check} done on {date}.").format(
                    check=check_name(state), date=day_text(record.done_on)
                ),
                None,
                state.key,
            )

    def delete_record(self) -> None:
        state = self.current_state()
        item = self.records_list.currentItem()
        if state is None or item is None:
            return
        record_id = str(item.data(Qt.ItemDataRole.UserRole))
        if not self._attempt(
            self.record_form, lambda: self._services.checks.delete_record(record_id)
        ):
            return
        self._changed(
            self.tr("Deleted the recorded check: {record}.").format(record=item.text()),
            lambda: self._undo_delete_record(record_id, state.key),
            state.key,
        )

    def _undo_delete_record(self, record_id: str, key: str) -> None:
        if self._attempt(
            self.record_form, lambda: self._services.checks.undo_delete_record(record_id)
        ):
            self._changed(self.tr("The recorded check is back."), None, key)
