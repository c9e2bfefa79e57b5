"""The Teeth page: today's home care to tick (saved at once) with the last seven days beside
it, the next and the last dental visit, the baby-teeth chart, and the history of dental
records (professional care, visits, problems, procedures and extractions), newest first, with
add, edit, and delete with undo.

The page reads only what it shows: seven days of ticks, twenty teeth, the dental records
(a few a month at most; the list shows the newest :data:`HISTORY_LIMIT` until asked for all),
and the planned appointments. A change made elsewhere while the page is hidden only marks it
stale; it reads again when shown."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.core.appointments import Appointment, AppointmentStatus, Specialty
from caregiver_app.core.dental import DailyTick, DentalEvent, DentalEventKind, ToothEruption
from caregiver_app.core.messages import UserError
from caregiver_app.services.app import AppServices
from caregiver_app.ui.care_labels import (
    cover_label,
    dental_group_label,
    dental_kind_label,
    tick_label,
    tooth_text,
)
from caregiver_app.ui.dialogs.dental_event_dialog import DentalEventDialog
from caregiver_app.ui.dialogs.tooth_date_dialog import ToothDateDialog
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.labels import day_in_words, day_text, moment_in_words
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
from caregiver_app.ui.widgets.refresh_when_shown import RefreshWhenShown
from caregiver_app.ui.widgets.tooth_chart import ToothChart

#: How many days the home-care row shows (today and the six before).
WEEK = 7
#: The history shows this many of the newest records until "Show all" is pressed.
HISTORY_LIMIT = 200
TICKED = "✓"
NOT_TICKED = "–"
HISTORY_COLUMNS = 4  # date, what, tooth, details


class TeethPage(RefreshWhenShown, CarePage):
    def __init__(
        self, services: AppServices, events: DataEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, events, parent)
        self._stale = False
        self._shown_day: date | None = None
        self._show_all = False
        self._events_shown: list[DentalEvent] = []
        self._appointments: dict[str, Appointment] = {}  # the child's, by id
        # What Undo restores, most recent last: deleted records and cleared teeth.
        self._deleted: list[DentalEvent | ToothEruption] = []
        self._select_id: str | None = None
        #: The dialog open over the page, if any (tests drive it).
        self.dialog: QDialog | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.no_child = plain_label(
            self.tr("Add your child on the Family page to keep their teeth here.")
        )
        self.no_child.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_child.setFont(scaled_font(self.no_child, 1.15))
        self.stack.addWidget(self.no_child)

        content = QWidget()
        self.stack.addWidget(scroll_area(content))
        layout = QVBoxLayout(content)

        self.heading = heading(self.tr("Teeth"))
        layout.addWidget(self.heading)
        top = QHBoxLayout()
        top.addLayout(self._build_daily_care(), 3)
        top.addSpacing(24)
        top.addLayout(self._build_visits(), 2)
        layout.addLayout(top)
        self.feedback = FeedbackBar()
        layout.addWidget(self.feedback)
        layout.addSpacing(6)
        self.chart = ToothChart()
        self.chart.tooth_chosen.connect(self.edit_tooth)
        layout.addWidget(self.chart)
        layout.addSpacing(6)
        layout.addLayout(self._build_history(), 1)
        self._build_shortcuts()

        events.dental_changed.connect(self._on_changed)
        events.appointments_changed.connect(self._on_changed)
        events.family_changed.connect(self._on_family_changed)
        events.settings_changed.connect(self.refresh)

    # Building ----------------------------------------------------------------------------

    def _build_daily_care(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(section_label(self.tr("Today's tooth care")))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.day_headers: list[QLabel] = []
        for offset in range(WEEK):
            header = QLabel()
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            grid.addWidget(header, 0, 1 + offset)
            self.day_headers.append(header)
        last = QLabel(self.tr("Last 7 days"))
        last.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        grid.addWidget(last, 0, 1 + WEEK)
        self.tick_boxes: dict[DailyTick, QCheckBox] = {}
        self.tick_marks: dict[DailyTick, list[QLabel]] = {}
        self.tick_counts: dict[DailyTick, QLabel] = {}
        for row, tick in enumerate(DailyTick, start=1):
            box = QCheckBox("&" + tick_label(tick))
            box.setAccessibleName(self.tr("{care} today").format(care=tick_label(tick)))
            box.setFont(scaled_font(box, 1.2, bold=True))
            box.setMinimumHeight(BUTTON_MIN_HEIGHT)
            box.setToolTip(self.tr("Saved as soon as you tick it"))
            box.setStyleSheet("QCheckBox::indicator { width: 22px; height: 22px; }")
            box.toggled.connect(lambda checked, tick=tick: self.set_tick(tick, checked))
            grid.addWidget(box, row, 0)
            marks = []
            for offset in range(WEEK):
                mark = QLabel(NOT_TICKED)
                mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
                mark.setFont(scaled_font(mark, 1.2))
                grid.addWidget(mark, row, 1 + offset)
                marks.append(mark)
            count = QLabel()
            grid.addWidget(count, row, 1 + WEEK)
            self.tick_boxes[tick] = box
            self.tick_marks[tick] = marks
            self.tick_counts[tick] = count
        grid.setColumnStretch(2 + WEEK, 1)
        column.addLayout(grid)
        return column

    def _build_visits(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(section_label(self.tr("Dental visits")))
        self.next_visit = plain_label("")
        self.next_visit.setFont(scaled_font(self.next_visit, 1.05))
        self.next_visit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_visit = plain_label("")
        self.last_visit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.next_visit)
        column.addWidget(self.last_visit)
        column.addStretch(1)
        return column

    def _build_history(self) -> QVBoxLayout:
        column = QVBoxLayout()
        header = QHBoxLayout()
        self.table = QTableWidget(0, HISTORY_COLUMNS)
        header.addWidget(section_label(self.tr("Dental &history"), self.table), 1)
        self.add_button = big_button(
            self.tr("&Add a dental record…"), self.tr("Add a dental record")
        )
        self.add_button.setToolTip(
            self.tr("Care, a visit, a problem, a procedure or an extraction (Ctrl+N)")
        )
        self.add_button.clicked.connect(self.add_event)
        column.addLayout(header)

        self.table.setAccessibleName(self.tr("Dental history"))
        self.table.setAccessibleDescription(
            self.tr("Newest first. Enter edits, Delete deletes, Ctrl+Z undoes a delete.")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("What"), self.tr("Tooth"), self.tr("Details")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(BUTTON_MIN_HEIGHT - 6)
        self.table.setMinimumHeight(BUTTON_MIN_HEIGHT * 4)
        header_view = self.table.horizontalHeader()
        metrics = self.fontMetrics()
        widths = (
            metrics.horizontalAdvance("00/00/0000") + 24,
            metrics.horizontalAdvance("M") * 16,
            metrics.horizontalAdvance("M") * 14,
        )
        for index, width in enumerate(widths):
            header_view.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
            header_view.resizeSection(index, width)
        header_view.setSectionResizeMode(HISTORY_COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        column.addWidget(self.table, 1)
        self.empty_history = plain_label(
            self.tr(
                "Nothing recorded yet. Add fluoride varnish, check-ups, problems such as a "
                "swollen gum, and any treatment, so the dental team sees the whole story."
            )
        )
        column.addWidget(self.empty_history)

        self.edit_button = big_button(self.tr("&Edit…"), self.tr("Edit the chosen dental record"))
        self.edit_button.setToolTip(self.tr("Edit the chosen record (Enter or double-click)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = big_button(
            self.tr("&Delete"), self.tr("Delete the chosen dental record")
        )
        self.delete_button.setToolTip(
            self.tr("Delete the chosen record (Delete key); Undo brings it back")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.show_all_button = big_button(self.tr("Show a&ll"), self.tr("Show every dental record"))
        self.show_all_button.clicked.connect(self.show_all)
        self.history_count = plain_label("")
        self.history_count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        header.addWidget(self.history_count)
        header.addWidget(self.show_all_button)
        header.addSpacing(12)
        for button in (self.add_button, self.edit_button, self.delete_button):
            header.addWidget(button)
        return column

    def _build_shortcuts(self) -> None:
        # Window-wide while this page is shown (a hidden page's shortcuts do not fire).
        add = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        add.activated.connect(self.add_event)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.activated.connect(self.undo_delete)

    # Child and refresh -------------------------------------------------------------------

    def set_child(self, child_id: str | None) -> None:
        if child_id != self._child_id:
            self._deleted.clear()
            self.feedback.clear()
            self._show_all = False
            self._select_id = None
        super().set_child(child_id)

    def showEvent(self, event: QShowEvent) -> None:
        # Also after midnight: "today" has moved on.
        if self._shown_day != self._services.dental.today():
            self._stale = True
        super().showEvent(event)

    def _on_changed(self, child_id: str) -> None:
        if child_id == self._child_id:
            self.refresh()

    def _on_family_changed(self) -> None:
        # The child may have been renamed, or their birth date corrected (the chart moves).
        self.refresh()

    def _reload(self) -> None:
        child = None
        if self._child_id is not None:
            try:
                child = self._services.family.child(self._child_id)
            except KeyError:
                child = None
        self.stack.setCurrentIndex(0 if child is None else 1)
        if child is None or self._child_id is None:
            return
        self.heading.setText(self.tr("{name}'s teeth").format(name=child.name))
        today = self._services.dental.today()
        self._shown_day = today
        records = self._services.dental.events(self._child_id)  # oldest first
        self._appointments = {
            item.id: item for item in self._services.appointments.appointments(self._child_id)
        }
        self._show_daily_care(self._child_id, today)
        self._show_visits(self._child_id, today, records)
        self.chart.set_statuses(self._services.dental.eruption_chart(self._child_id, today))
        self._show_history(records)

    # Daily care --------------------------------------------------------------------------

    def _show_daily_care(self, child_id: str, today: date) -> None:
        first = today - timedelta(days=WEEK - 1)
        cared = {day.day: day for day in self._services.dental.daily_care(child_id, first, today)}
        locale = QLocale()
        days = [first + timedelta(days=offset) for offset in range(WEEK)]
        for header, day in zip(self.day_headers, days, strict=True):
            header.setText(
                self.tr("Today")
                if day == today
                else locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            )
            header.setToolTip(day_text(day))
        for tick, box in self.tick_boxes.items():
            ticked = [day in cared and cared[day].ticked(tick) for day in days]
            box.blockSignals(True)
            box.setChecked(ticked[-1])
            box.blockSignals(False)
            for mark, done in zip(self.tick_marks[tick], ticked, strict=True):
                mark.setText(TICKED if done else NOT_TICKED)
            count = self.tr("{count} of 7 days").format(count=sum(ticked))
            self.tick_counts[tick].setText(count)
            box.setAccessibleDescription(
                self.tr("{care}: {count} (the last 7 days, today included)").format(
                    care=tick_label(tick), count=count
                )
            )

    def set_tick(self, tick: DailyTick, ticked: bool) -> None:
        """Saves today's tick at once (a checkbox was clicked)."""
        if self._child_id is None:
            return
        try:
            self._services.dental.set_daily_tick(self._child_id, tick.value, ticked)
        except (UserError, sqlite3.Error) as error:
            box = self.tick_boxes[tick]
            box.blockSignals(True)
            box.setChecked(not ticked)
            box.blockSignals(False)
            self.feedback.show_failure(
                self.tr("Not saved: {reason}. Try again in a moment."), error
            )
            return
        care = tick_label(tick)
        self.feedback.show_message(
            self.tr("Saved: “{care}” ticked for today.").format(care=care)
            if ticked
            else self.tr("Saved: “{care}” no longer ticked for today.").format(care=care)
        )
        self._events.dental_changed.emit(self._child_id)

    # Visits ------------------------------------------------------------------------------

    def _show_visits(self, child_id: str, today: date, records: list[DentalEvent]) -> None:
        appointments = self._services.appointments
        upcoming = [
            item for item in appointments.upcoming(child_id) if item.specialty is Specialty.DENTAL
        ]
        if upcoming:
            self.next_visit.setText(
                self.tr("Next dental visit: {visit}").format(
                    visit=self._visit_text(upcoming[0], today)
                )
            )
        else:
            self.next_visit.setText(
                self.tr("Next dental visit: none planned. Add one on the Appointments page.")
            )
        done = [
            item.local_date
            for item in self._appointments.values()
            if item.specialty is Specialty.DENTAL
            and item.status is AppointmentStatus.DONE
            and item.local_date <= today
        ]
        done += [
            event.day
            for event in records
            if event.kind is DentalEventKind.VISIT and event.day <= today
        ]
        if not done:
            self.last_visit.setText(self.tr("Last dental visit: none recorded."))
            return
        last = max(done)
        days = (today - last).days
        when = day_in_words(last, today)
        if days > 1:  # "Today" and "Yesterday" say it already
            ago = (
                self.tr("%n days ago", "", days)
                if days < 60
                else self.tr("about %n months ago", "", round(days / 30.44))
            )
            when = self.tr("{date} ({ago})").format(date=when, ago=ago)
        self.last_visit.setText(self.tr("Last dental visit: {date}").format(date=when))

    @staticmethod
    def _visit_text(visit: Appointment, today: date) -> str:
        when = moment_in_words(visit.local_date, visit.local_time, today)
        details = [part for part in (visit.clinician, visit.place, visit.purpose) if part]
        return "\n".join([when, *details])

    # History -----------------------------------------------------------------------------

    def _show_history(self, records: list[DentalEvent]) -> None:
        keep = self._select_id or self.selected_event_id()
        self._select_id = None
        every = records[::-1]  # newest first (same-day records: the last saved first)
        shown = every if self._show_all else every[:HISTORY_LIMIT]
        self._events_shown = shown
        table = self.table
        table.setUpdatesEnabled(False)
        table.clearSelection()
        table.setRowCount(len(shown))
        for row, event in enumerate(shown):
            cells = (
                day_text(event.day),
                dental_kind_label(event.kind),
                tooth_text(event.tooth) if event.tooth is not None else "",
                self._details(event),
            )
            group = self.tr("{group}: {kind}").format(
                group=dental_group_label(event.group), kind=cells[1]
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(group if column == 1 else text)
                table.setItem(row, column, item)
        table.setUpdatesEnabled(True)
        table.setVisible(bool(shown))
        self.empty_history.setVisible(not shown)
        hidden = len(every) - len(shown)
        self.show_all_button.setVisible(hidden > 0)
        self.history_count.setText(
            self.tr("Showing the newest {shown} of {total} records.").format(
                shown=len(shown), total=len(every)
            )
            if hidden
            else ""
        )
        if keep is not None:
            self.select_event(keep)
        self._update_buttons()

    def _details(self, event: DentalEvent) -> str:
        parts = []
        if event.antibiotic_cover is not None:
            parts.append(cover_label(event.antibiotic_cover))
        visit = self._appointments.get(event.appointment_id or "")
        if visit is not None and (visit.clinician or visit.place):
            parts.append(
                self.tr("Appointment with {who}").format(who=visit.clinician or visit.place)
            )
        if event.notes.strip():
            parts.append(" ".join(event.notes.split()))
        return self.tr("; ").join(parts)

    def show_all(self) -> None:
        self._show_all = True
        self.refresh()

    def selected_event_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._events_shown):
            return None
        return self._events_shown[rows[0].row()].id

    def select_event(self, event_id: str) -> bool:
        for row, event in enumerate(self._events_shown):
            if event.id == event_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.table.model().index(row, 0))
                return True
        return False

    def _update_buttons(self) -> None:
        chosen = self.selected_event_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # Dialogs -----------------------------------------------------------------------------

    def _open(self, dialog: QDialog, on_accepted: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def add_event(self) -> None:
        if self._child_id is None or self.dialog is not None:
            return
        dialog = DentalEventDialog(self._services, self._child_id, parent=self.window())
        self._open(dialog, lambda: self._event_saved(dialog))

    def edit_selected(self) -> None:
        event_id = self.selected_event_id()
        if event_id is None or self._child_id is None or self.dialog is not None:
            return
        event = self._services.dental.repository.event(event_id)
        dialog = DentalEventDialog(self._services, self._child_id, event, parent=self.window())
        self._open(dialog, lambda: self._event_saved(dialog))

    def _event_saved(self, dialog: DentalEventDialog) -> None:
        result = dialog.save_result
        if result is None or self._child_id is None:
            return
        self._select_id = result.event.id
        self.feedback.show_message(
            self.tr("Saved: {record}.").format(record=self._describe(result.event))
        )
        self._events.dental_changed.emit(self._child_id)

    def edit_tooth(self, fdi: int) -> None:
        """Opens the day dialog of a tooth (the chart asked)."""
        status = self.chart.status(fdi)
        if status is None or self._child_id is None or self.dialog is not None:
            return
        dialog = ToothDateDialog(self._services, self._child_id, status, parent=self.window())
        self._open(dialog, lambda: self._tooth_saved(dialog))

    def _tooth_saved(self, dialog: ToothDateDialog) -> None:
        if self._child_id is None:
            return
        fdi = dialog.status.tooth.fdi
        if dialog.saved is not None:
            self.feedback.show_message(
                self.tr("Saved: {tooth} came through on {date}.").format(
                    tooth=tooth_text(fdi), date=day_text(dialog.saved.erupted_on)
                )
            )
        elif dialog.cleared is not None:
            self._deleted.append(dialog.cleared)
            self.feedback.show_message(
                self.tr("Cleared the day of {tooth}: not through yet.").format(
                    tooth=tooth_text(fdi)
                ),
                self.undo_delete,
            )
        else:
            return
        self._events.dental_changed.emit(self._child_id)
        self.chart.focus_tooth(fdi)

    # Delete and undo ---------------------------------------------------------------------

    def delete_selected(self) -> None:
        event_id = self.selected_event_id()
        if event_id is None or self._child_id is None:
            return
        row = self.table.currentRow()
        dental = self._services.dental
        try:
            event = dental.repository.event(event_id)
            deleted = dental.delete_event(event_id)
        except (UserError, sqlite3.Error) as error:
            self.feedback.show_failure(
                self.tr("Not deleted: {reason}. Try again in a moment."), error
            )
            return
        if not deleted:
            return
        self._deleted.append(event)
        # The next record takes the deleted one's place, so Delete can be pressed again.
        following = self._events_shown[row + 1] if row + 1 < len(self._events_shown) else None
        self._select_id = following.id if following is not None else None
        self.feedback.show_message(
            self.tr("Deleted: {record}.").format(record=self._describe(event)), self.undo_delete
        )
        self._events.dental_changed.emit(self._child_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo_delete(self) -> None:
        """Restores the most recently deleted record or cleared tooth (Ctrl+Z, or Undo)."""
        if not self._deleted or self._child_id is None:
            return
        record = self._deleted[-1]
        dental = self._services.dental
        try:
            if isinstance(record, DentalEvent):
                restored = dental.undo_delete_event(record.id)
            else:
                restored = dental.undo_delete_eruption(record.id)
        except (UserError, sqlite3.Error) as error:
            # Still deleted: it stays next in line, so Undo (or Ctrl+Z) can try again.
            self.feedback.show_failure(
                self.tr("Not restored: {reason}. Try Undo again in a moment."),
                error,
                self.undo_delete,
            )
            return
        self._deleted.pop()
        if isinstance(record, DentalEvent):
            self._select_id = record.id
            text = self.tr("Restored: {record}.").format(record=self._describe(record))
        elif restored:
            text = self.tr("Restored: {tooth} came through on {date}.").format(
                tooth=tooth_text(record.tooth), date=day_text(record.erupted_on)
            )
        else:
            text = self.tr(
                "Not restored: {tooth} has been given another day since. Its day is kept."
            ).format(tooth=tooth_text(record.tooth))
        self.feedback.show_message(text, problem=isinstance(record, ToothEruption) and not restored)
        self._events.dental_changed.emit(self._child_id)

    def _describe(self, event: DentalEvent) -> str:
        """ "Fluoride varnish, 21/11/2026" or "Tooth pain, Upper left first molar (64),
        21/11/2026": what the feedback bar names."""
        parts = [dental_kind_label(event.kind)]
        if event.tooth is not None:
            parts.append(tooth_text(event.tooth))
        parts.append(day_text(event.day))
        return self.tr(", ").join(parts)
