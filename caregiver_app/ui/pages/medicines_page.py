"""The Medicines page, read from the top: today's doses to tick off, a warning when a
medicine runs low, the medicines taken now (add, edit, refill, log a dose, stop, delete
with undo), then the history: how the doses went over the last week, month or three months,
the dose log of that period, and the medicines that were stopped (their history is kept).

The app records what the care team prescribed; it never suggests a medicine or a dose. The
page reads nothing while hidden (a change elsewhere only marks it stale), and the dose log
is read for the chosen period only, so ten years of doses cost nothing here."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.core.medicines import Adherence, DoseEvent, Medicine
from caregiver_app.core.messages import UserError, ValidationFailed
from caregiver_app.core.schedule import ScheduleKind
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.dose_dialog import DoseDialog
from caregiver_app.ui.dialogs.medicine_dialog import MedicineDialog
from caregiver_app.ui.dialogs.refill_dialog import RefillDialog
from caregiver_app.ui.dialogs.saving_dialog import DialogSlot
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.labels import day_text, time_text
from caregiver_app.ui.medicine_labels import MedicineWords, route_label
from caregiver_app.ui.pages.care_page import CarePage
from caregiver_app.ui.widgets.basics import (
    BUTTON_MIN_HEIGHT,
    FeedbackBar,
    big_button,
    heading,
    plain_label,
    scaled_font,
    scroll_area,
    section_label,
)
from caregiver_app.ui.widgets.due_doses import DueDosesPanel
from caregiver_app.ui.widgets.refresh_when_shown import RefreshWhenShown

#: Periods offered for the history (days, ending today).
PERIODS = (7, 30, 90)
#: Rows a table shows before it scrolls on its own.
TABLE_ROWS = 8
LOW_STOCK_MARK = "⚠"


def _medicine_fields(medicine: Medicine) -> dict[str, object]:
    """A medicine as the service's keyword fields (the stock left out, so it is kept)."""
    plan = medicine.schedule
    return {
        "name": medicine.name,
        "dose_amount": medicine.dose_amount,
        "dose_unit": medicine.dose_unit,
        "dose_text": medicine.dose_text,
        "route": medicine.route.value,
        "schedule": plan.kind.value,
        "times": plan.times,
        "days": plan.weekdays if plan.kind is ScheduleKind.FIXED_TIMES else "",
        "every_days": plan.every_days or "",
        "start_date": medicine.start_date,
        "end_date": medicine.end_date or "",
        "prescriber": medicine.prescriber,
        "purpose": medicine.purpose,
        "notes": medicine.notes,
        "low_stock_level": "" if medicine.low_stock_level is None else medicine.low_stock_level,
    }


class RecordTable(QTableWidget):
    """A read-only table of records, one row each, whose height follows its rows up to
    ``TABLE_ROWS`` (the page scrolls, not a tiny table inside it)."""

    def __init__(
        self, headers: Sequence[str], accessible_name: str, widths_em: Sequence[int] = ()
    ) -> None:
        super().__init__(0, len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        self.setAccessibleName(accessible_name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(BUTTON_MIN_HEIGHT - 6)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        if widths_em:
            # A long table gets widths from the font: fitting columns to their contents
            # would measure every row at every refresh.
            em = self.fontMetrics().horizontalAdvance("M")
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for column, width in enumerate(widths_em):
                header.resizeSection(column, width * em)
        else:
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self._ids: list[str] = []

    def fill(self, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
        """``(id, cells)`` per row; keeps the selected record selected when it is still
        there."""
        keep = self.selected_id()
        self.setRowCount(len(rows))
        self._ids = [record_id for record_id, _cells in rows]
        for row, (_record_id, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, column, item)
        shown = max(1, min(len(rows), TABLE_ROWS))
        self.setFixedHeight(
            self.horizontalHeader().sizeHint().height()
            + shown * self.verticalHeader().defaultSectionSize()
            + 2 * self.frameWidth()
        )
        if keep in self._ids:
            self.selectRow(self._ids.index(keep))
        else:
            self.clearSelection()

    def ids(self) -> list[str]:
        return list(self._ids)

    def selected_id(self) -> str | None:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        if not rows or rows[0].row() >= len(self._ids):
            return None
        return self._ids[rows[0].row()]

    def select_id(self, record_id: str) -> bool:
        if record_id not in self._ids:
            return False
        self.selectRow(self._ids.index(record_id))
        return True

    def cell_texts(self, row: int) -> list[str]:
        items = (self.item(row, column) for column in range(self.columnCount()))
        return [item.text() if item is not None else "" for item in items]


class MedicinesPage(RefreshWhenShown, CarePage):
    def __init__(
        self, services: AppServices, events: DataEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, events, parent)
        self._words = MedicineWords()
        self._medicines: dict[str, Medicine] = {}
        self._doses: dict[str, DoseEvent] = {}
        #: The adherence rows shown for the chosen period (tests compare them).
        self.adherence: list[Adherence] = []
        self._dialogs = DialogSlot()

        body = QWidget()
        self.scroll_area = scroll_area(body, wrap=True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        layout = QVBoxLayout(body)

        self.heading = heading(self.tr("Medicines"))
        layout.addWidget(self.heading)
        self.no_child = plain_label(self.tr("Add your child on the Today page first."))
        layout.addWidget(self.no_child)
        self.content = QWidget()
        layout.addWidget(self.content)
        layout.addStretch(1)
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        self._build_today(column)
        self._build_current(column)
        self._build_history(column)
        self._build_stopped(column)

        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.activated.connect(self._undo_shortcut)
        events.medicines_changed.connect(self._on_medicines_changed)
        events.settings_changed.connect(self._refresh_when_shown)  # the panel listens too
        events.family_changed.connect(self._refresh_when_shown)  # a child may have been renamed

    # Building ----------------------------------------------------------------------------

    def _build_today(self, column: QVBoxLayout) -> None:
        self.due_panel = DueDosesPanel(self._services, self._events, card_em=13)
        column.addWidget(section_label(self.tr("Due today")))
        column.addWidget(self.due_panel)
        self.low_stock_label = plain_label("")
        self.low_stock_label.setFont(scaled_font(self.low_stock_label, 1.05, bold=True))
        self.low_stock_label.hide()
        column.addWidget(self.low_stock_label)

    def _button_row(self, column: QVBoxLayout, buttons: Sequence[QPushButton]) -> None:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)

    def _build_current(self, column: QVBoxLayout) -> None:
        column.addSpacing(12)
        self.current_table = RecordTable(
            (
                self.tr("Medicine"),
                self.tr("Dose"),
                self.tr("Route"),
                self.tr("When"),
                self.tr("Doses at home"),
                self.tr("Taken"),
            ),
            self.tr("Current medicines"),
        )
        self.current_table.itemSelectionChanged.connect(self._update_buttons)
        self.current_table.itemActivated.connect(lambda _item: self.edit_selected())
        column.addWidget(section_label(self.tr("Current &medicines"), self.current_table))
        column.addWidget(self.current_table)
        self.no_current = plain_label(
            self.tr("No medicines now. Add each medicine as the care team prescribed it.")
        )
        column.addWidget(self.no_current)
        self.feedback = FeedbackBar()
        column.addWidget(self.feedback)
        self.add_button = big_button(self.tr("&Add a medicine…"), self.tr("Add a medicine"))
        self.add_button.clicked.connect(self.add_medicine)
        self.edit_button = big_button(self.tr("&Edit…"), self.tr("Edit the chosen medicine"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.refill_button = big_button(
            self.tr("&Refill…"), self.tr("Record a refill of the chosen medicine")
        )
        self.refill_button.clicked.connect(self.refill_selected)
        self.log_button = big_button(
            self.tr("&Log a dose…"), self.tr("Log a dose of the chosen medicine")
        )
        self.log_button.setToolTip(
            self.tr("An as-needed dose with its reason, or a scheduled dose of another day")
        )
        self.log_button.clicked.connect(self.log_dose_selected)
        self.stop_button = big_button(self.tr("S&top"), self.tr("Stop the chosen medicine"))
        self.stop_button.setToolTip(
            self.tr("No more doses from today; it moves to the stopped medicines with its history")
        )
        self.stop_button.clicked.connect(self.stop_selected)
        self.delete_button = big_button(self.tr("&Delete"), self.tr("Delete the chosen medicine"))
        self.delete_button.setToolTip(self.tr("Delete it (Undo brings it back)"))
        self.delete_button.clicked.connect(lambda: self.delete_medicine(self.current_table))
        self._button_row(
            column,
            (
                self.add_button,
                self.edit_button,
                self.refill_button,
                self.log_button,
                self.stop_button,
                self.delete_button,
            ),
        )

    def _build_history(self, column: QVBoxLayout) -> None:
        column.addSpacing(12)
        top = QHBoxLayout()
        top.addWidget(section_label(self.tr("History")))
        top.addStretch(1)
        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(self.tr("History period"))
        self.period_combo.setMinimumHeight(BUTTON_MIN_HEIGHT)
        for days in PERIODS:
            self.period_combo.addItem(self.tr("Last %n days", "", days), days)
        self.period_combo.setCurrentIndex(1)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period_combo)
        top.addWidget(period_label)
        top.addWidget(self.period_combo)
        column.addLayout(top)

        self.adherence_table = RecordTable(
            (
                self.tr("Medicine"),
                self.tr("Doses due"),
                self.tr("Given on time"),
                self.tr("Given late"),
                self.tr("Skipped"),
                self.tr("Not recorded"),
                self.tr("As needed, given"),
            ),
            self.tr("How the doses went"),
        )
        self.adherence_table.setToolTip(
            self.tr(
                "Scheduled doses due so far in the period. Late: given more than an hour "
                "from the scheduled time."
            )
        )
        self.adherence_title = section_label("", self.adherence_table)
        column.addWidget(self.adherence_title)
        column.addWidget(self.adherence_table)

        self.log_table = RecordTable(
            (
                self.tr("Day"),
                self.tr("Dose"),
                self.tr("Medicine"),
                self.tr("What happened"),
                self.tr("Notes"),
            ),
            self.tr("Dose log"),
            (8, 5, 13, 20),
        )
        self.log_table.itemSelectionChanged.connect(self._update_buttons)
        self.log_table.itemActivated.connect(lambda _item: self.change_selected_dose())
        self.log_title = section_label("", self.log_table)
        column.addWidget(self.log_title)
        column.addWidget(self.log_table)
        self.change_dose_button = big_button(
            self.tr("C&hange dose…"), self.tr("Change the chosen dose in the log")
        )
        self.change_dose_button.clicked.connect(self.change_selected_dose)
        self.delete_dose_button = big_button(
            self.tr("Remo&ve dose"), self.tr("Remove the chosen dose from the log")
        )
        self.delete_dose_button.setToolTip(self.tr("Remove it from the log (Undo brings it back)"))
        self.delete_dose_button.clicked.connect(self.delete_selected_dose)
        self._button_row(column, (self.change_dose_button, self.delete_dose_button))

    def _build_stopped(self, column: QVBoxLayout) -> None:
        column.addSpacing(12)
        self.stopped_table = RecordTable(
            (
                self.tr("Medicine"),
                self.tr("Dose"),
                self.tr("When"),
                self.tr("Taken"),
                self.tr("What for"),
            ),
            self.tr("Stopped medicines"),
        )
        self.stopped_table.itemSelectionChanged.connect(self._update_buttons)
        self.stopped_table.itemActivated.connect(lambda _item: self.edit_stopped())
        column.addWidget(section_label(self.tr("&Stopped medicines"), self.stopped_table))
        column.addWidget(self.stopped_table)
        self.no_stopped = plain_label(self.tr("None. A stopped medicine keeps its history here."))
        column.addWidget(self.no_stopped)
        self.edit_stopped_button = big_button(
            self.tr("Ed&it stopped…"), self.tr("Edit the chosen stopped medicine")
        )
        self.edit_stopped_button.setToolTip(self.tr("To take it again, clear or move its last day"))
        self.edit_stopped_button.clicked.connect(self.edit_stopped)
        self.delete_stopped_button = big_button(
            self.tr("Delete st&opped"), self.tr("Delete the chosen stopped medicine")
        )
        self.delete_stopped_button.clicked.connect(lambda: self.delete_medicine(self.stopped_table))
        self._button_row(column, (self.edit_stopped_button, self.delete_stopped_button))

    # Child and refresh -------------------------------------------------------------------

    def set_child(self, child_id: str | None) -> None:
        if child_id != self._child_id:
            self.feedback.clear()
        self.due_panel.set_child(child_id)
        self._child_id = child_id
        self._refresh_when_shown()

    def refresh(self) -> None:
        """Reads the child's medicines and today's doses again now if the page is shown,
        else when it is shown."""
        self.due_panel.refresh()
        self._refresh_when_shown()

    def _on_medicines_changed(self, child_id: str) -> None:
        if child_id == self._child_id:
            self._refresh_when_shown()  # the doses panel listens for itself

    def _today(self) -> date:
        return self._services.medicines.today()

    def _reload(self) -> None:
        child_id = self._child_id
        self.no_child.setVisible(child_id is None)
        self.content.setVisible(child_id is not None)
        if child_id is None:
            self.heading.setText(self.tr("Medicines"))
            return
        try:
            name = self._services.family.child(child_id).name
        except KeyError:
            name = ""
        self.heading.setText(
            self.tr("{name}'s medicines").format(name=name) if name else self.tr("Medicines")
        )
        medicines = self._services.medicines
        today = self._today()
        found = medicines.medicines(child_id)
        self._medicines = {m.id: m for m in found}
        current = [m for m in found if m.end_date is None or m.end_date >= today]
        stopped = [m for m in found if m.end_date is not None and m.end_date < today]
        low = self._fill_current(current)
        self._fill_stopped(stopped)
        self._show_low_stock(low)
        self._fill_history()
        self._update_buttons()

    def _fill_current(self, current: list[Medicine]) -> list[tuple[Medicine, int]]:
        """Fills the table of current medicines; returns those running low (stock on hand at
        or below their warning level), from the stock the table shows."""
        today = self._today()
        rows = []
        low: list[tuple[Medicine, int]] = []
        for medicine in current:
            left = self._services.medicines.stock_on_hand(medicine.id)
            level = medicine.low_stock_level
            if left is not None and level is not None and left <= level:
                low.append((medicine, left))
            rows.append(
                (
                    medicine.id,
                    (
                        medicine.name,
                        self._words.dose(medicine),
                        route_label(medicine.route),
                        self._words.schedule(medicine.schedule),
                        self._words.stock(left, medicine.low_stock_level),
                        self._words.period(medicine, today),
                    ),
                )
            )
        self.current_table.fill(rows)
        self.current_table.setVisible(bool(rows))
        self.no_current.setVisible(not rows)
        return low

    def _fill_stopped(self, stopped: list[Medicine]) -> None:
        today = self._today()
        rows = [
            (
                medicine.id,
                (
                    medicine.name,
                    self._words.dose(medicine),
                    self._words.schedule(medicine.schedule),
                    self._words.period(medicine, today),
                    medicine.purpose,
                ),
            )
            for medicine in reversed(stopped)
        ]
        self.stopped_table.fill(rows)
        self.stopped_table.setVisible(bool(rows))
        self.no_stopped.setVisible(not rows)

    def _show_low_stock(self, low: list[tuple[Medicine, int]]) -> None:
        if not low:
            self.low_stock_label.hide()
            return
        items = ", ".join(
            self.tr("{name} ({left})").format(name=medicine.name, left=self.tr("%n left", "", left))
            for medicine, left in low
        )
        text = self.tr("{mark} Running low: {items}. Time to ask for a refill.").format(
            mark=LOW_STOCK_MARK, items=items
        )
        self.low_stock_label.setText(text)
        self.low_stock_label.setAccessibleName(text)
        self.low_stock_label.show()

    def period(self) -> tuple[date, date]:
        """The first and last day of the chosen history period."""
        days = int(self.period_combo.currentData())
        today = self._today()
        return today - timedelta(days=days - 1), today

    def _period_changed(self) -> None:
        if self._child_id is not None and self.isVisible():
            self._fill_history()
            self._update_buttons()

    def _fill_history(self) -> None:
        child_id = self._child_id
        if child_id is None:
            return
        first, last = self.period()
        medicines = self._services.medicines
        period = self.tr("{first} to {last}").format(first=day_text(first), last=day_text(last))
        self.adherence_title.setText(self.tr("How the doses went, {period}").format(period=period))
        self.adherence = medicines.adherence(child_id, first, last)
        rows = []
        for item in self.adherence:
            medicine = self._medicines.get(item.medicine_id)
            if medicine is None:
                continue
            scheduled = medicine.schedule.is_scheduled
            counts = (
                (item.due, item.on_time, item.late, item.skipped, item.not_recorded)
                if scheduled
                else None
            )
            cells = [medicine.name]
            cells += [str(n) for n in counts] if counts else [self.tr("as needed")] + ["-"] * 4
            cells.append(str(item.as_needed) if not scheduled or item.as_needed else "-")
            rows.append((medicine.id, cells))
        self.adherence_table.fill(rows)
        self.adherence_table.setVisible(bool(rows))

        events = [
            e for e in medicines.doses(child_id, first, last) if e.medicine_id in self._medicines
        ]
        events.reverse()  # newest first
        self._doses = {e.id: e for e in events}
        self.log_title.setText(
            self.tr("Dose log, {period} (%n doses)", "", len(events)).format(period=period)
        )
        self.log_table.fill([(e.id, self._dose_cells(e)) for e in events])

    def _dose_cells(self, event: DoseEvent) -> tuple[str, ...]:
        medicine = self._medicines[event.medicine_id]
        local = event.given_local()
        if event.scheduled_time is not None:
            which = time_text(event.scheduled_time)
        else:
            which = self.tr("as needed")
        state = (
            self._words.given_state(event, local)
            if local
            else self._words.given_state(event, self._services.clock.now())
        )
        notes = event.notes.strip().replace("\n", " ")
        if event.scheduled_for is None and event.reason.strip():
            state = self.tr("{state}; why: {reason}").format(state=state, reason=event.reason)
        day = event.scheduled_date or event.local_date
        return (day_text(day), which, medicine.name, state, notes)

    def _update_buttons(self) -> None:
        chosen = self.current_table.selected_id()
        medicine = self._medicines.get(chosen) if chosen else None
        for button in (
            self.edit_button,
            self.refill_button,
            self.log_button,
            self.stop_button,
            self.delete_button,
        ):
            button.setEnabled(medicine is not None)
        dose = self.log_table.selected_id()
        self.change_dose_button.setEnabled(dose is not None)
        self.delete_dose_button.setEnabled(dose is not None)
        stopped = self.stopped_table.selected_id() is not None
        self.edit_stopped_button.setEnabled(stopped)
        self.delete_stopped_button.setEnabled(stopped)

    def select_medicine(self, medicine_id: str) -> bool:
        return self.current_table.select_id(medicine_id) or self.stopped_table.select_id(
            medicine_id
        )

    # Dialogs -----------------------------------------------------------------------------

    @property
    def dialog(self) -> QDialog | None:
        """The dialog open over the page, if any (tests drive it)."""
        return self._dialogs.dialog

    def _open(self, dialog: QDialog, saved: Callable[[], None]) -> None:
        self._dialogs.open(dialog, saved)

    def _changed(self, message: str, undo: Callable[[], None] | None = None) -> None:
        if message:
            self.feedback.show_message(message, undo)
        if self._child_id is not None:
            self._events.medicines_changed.emit(self._child_id)

    def _selected(self, table: RecordTable) -> Medicine | None:
        chosen = table.selected_id()
        return self._medicines.get(chosen) if chosen else None

    def add_medicine(self) -> None:
        if self._child_id is None:
            return
        dialog = MedicineDialog(self._services, self._child_id, parent=self.window())
        self._open(dialog, lambda: self._medicine_saved(dialog))

    def edit_selected(self) -> None:
        self._edit(self._selected(self.current_table))

    def edit_stopped(self) -> None:
        self._edit(self._selected(self.stopped_table))

    def _edit(self, medicine: Medicine | None) -> None:
        if medicine is None or self._child_id is None:
            return
        dialog = MedicineDialog(self._services, self._child_id, medicine, parent=self.window())
        self._open(dialog, lambda: self._medicine_saved(dialog))

    def _medicine_saved(self, dialog: MedicineDialog) -> None:
        saved = dialog.saved
        if saved is None:
            return
        self._changed(self.tr("Saved {name}.").format(name=saved.name))
        self.select_medicine(saved.id)

    def refill_selected(self) -> None:
        medicine = self._selected(self.current_table)
        if medicine is None:
            return
        dialog = RefillDialog(self._services, medicine, parent=self.window())
        self._open(dialog, lambda: self._refill_saved(dialog, medicine))

    def _refill_saved(self, dialog: RefillDialog, medicine: Medicine) -> None:
        refill = dialog.saved
        if refill is None:
            return
        self._changed(
            self.tr("Refill of {name} recorded: %n doses.", "", refill.quantity).format(
                name=medicine.name
            ),
            lambda: self._undo_refill(refill.meta.id, medicine),
        )

    def _undo_refill(self, refill_id: str, medicine: Medicine) -> None:
        if self._attempt(lambda: self._services.medicines.delete_refill(refill_id)):
            self._changed(self.tr("Refill of {name} taken back.").format(name=medicine.name))

    def log_dose_selected(self) -> None:
        medicine = self._selected(self.current_table)
        if medicine is None:
            return
        dialog = DoseDialog(self._services, medicine, parent=self.window())
        self._open(dialog, lambda: self._dose_saved(dialog, medicine))

    def _dose_saved(self, dialog: DoseDialog, medicine: Medicine) -> None:
        event = dialog.saved
        if event is None:
            return
        self._changed(
            self.tr("Dose of {name} recorded.").format(name=medicine.name),
            lambda: self._undo_dose(event.id, medicine),
        )

    def _undo_dose(self, dose_id: str, medicine: Medicine) -> None:
        if self._attempt(lambda: self._services.medicines.delete_dose(dose_id)):
            self._changed(
                self.tr("Dose of {name} taken out of the log.").format(name=medicine.name)
            )

    def change_selected_dose(self) -> None:
        chosen = self.log_table.selected_id()
        event = self._doses.get(chosen) if chosen else None
        if event is None:
            return
        medicine = self._medicines[event.medicine_id]
        dialog = DoseDialog(self._services, medicine, event=event, parent=self.window())
        self._open(dialog, lambda: self._dose_changed(dialog, medicine))

    def _dose_changed(self, dialog: DoseDialog, medicine: Medicine) -> None:
        if dialog.saved is not None:
            self._changed(
                self.tr("Saved the change to a dose of {name}.").format(name=medicine.name)
            )
            self.log_table.select_id(dialog.saved.id)

    def delete_selected_dose(self) -> None:
        chosen = self.log_table.selected_id()
        event = self._doses.get(chosen) if chosen else None
        if event is None:
            return
        medicine = self._medicines[event.medicine_id]
        if not self._attempt(lambda: self._services.medicines.delete_dose(event.id)):
            return
        self._changed(
            self.tr("Removed from the log: {name}, {day}.").format(
                name=medicine.name, day=day_text(event.scheduled_date or event.local_date)
            ),
            lambda: self._restore_dose(event.id, medicine),
        )

    def _restore_dose(self, dose_id: str, medicine: Medicine) -> None:
        if self._attempt(lambda: self._services.medicines.undo_delete_dose(dose_id)):
            self._changed(self.tr("Dose of {name} is back in the log.").format(name=medicine.name))
            self.log_table.select_id(dose_id)

    # Stop, delete, undo ------------------------------------------------------------------

    def _attempt(self, action: Callable[[], object]) -> bool:
        """Runs a change; says why it failed in the feedback line."""
        try:
            action()
        except (ValidationFailed, UserError, sqlite3.Error) as error:
            self.feedback.show_failure(
                self.tr("Not changed: {reason}. Try again in a moment."), error
            )
            return False
        return True

    def stop_selected(self) -> None:
        """Stops the chosen medicine now: no more doses from today (yesterday becomes its
        last day, so no dose of it shows as due or overdue any more); what was recorded,
        today's doses too, stays in the log."""
        medicine = self._selected(self.current_table)
        if medicine is None:
            return
        before = _medicine_fields(medicine)
        today = self._today()
        last = today - timedelta(days=1) if medicine.start_date < today else today
        if not self._attempt(lambda: self._services.medicines.stop_medicine(medicine.id, on=last)):
            return
        if last < today:
            text = self.tr(
                "{name} stopped: no more doses from today. It is listed under Stopped "
                "medicines, with its history."
            )
        else:
            text = self.tr("{name} stopped: it started today, so today is its last day.")
        self._changed(text.format(name=medicine.name), lambda: self._undo_stop(medicine, before))

    def _undo_stop(self, medicine: Medicine, before: dict[str, object]) -> None:
        if self._attempt(lambda: self._services.medicines.update_medicine(medicine.id, **before)):
            self._changed(self.tr("{name} is taken again, as before.").format(name=medicine.name))
            self.select_medicine(medicine.id)

    def delete_medicine(self, table: RecordTable) -> None:
        medicine = self._selected(table)
        if medicine is None:
            return
        if not self._attempt(lambda: self._services.medicines.delete_medicine(medicine.id)):
            return
        self._changed(
            self.tr("Deleted {name}.").format(name=medicine.name),
            lambda: self._undo_delete(medicine),
        )

    def _undo_delete(self, medicine: Medicine) -> None:
        if self._attempt(lambda: self._services.medicines.undo_delete_medicine(medicine.id)):
            self._changed(self.tr("{name} is back.").format(name=medicine.name))
            self.select_medicine(medicine.id)

    def _undo_shortcut(self) -> None:
        if self.feedback.undo_button.isVisible():
            self.feedback.undo_button.click()
