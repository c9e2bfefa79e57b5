"""The diary: every entry of one child, grouped by day (newest first), with filters, edit,
and delete with undo.

The page loads nothing while hidden: a change made on another page (or the first
``set_child``) only marks it stale, and it reloads when shown. Ten years of entries then
cost one model build and one tree layout, not one per save on the Today page."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QModelIndex, QRect, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.core.messages import UserError
from caregiver_app.core.records import DiaryFilter
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.entry_dialog import EntryDialog, to_qdate
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.labels import (
    four_digit_year,
    severity_label,
    symptom_label,
    symptom_label_for,
)
from caregiver_app.ui.models.diary_model import AnyIndex, Column, DiaryModel
from caregiver_app.ui.widgets.basics import (
    BUTTON_MIN_HEIGHT,
    FeedbackBar,
    big_button,
    heading,
    plain_label,
    scaled_font,
)
from caregiver_app.ui.widgets.refresh_when_shown import RefreshWhenShown

#: How long typing in the search box waits before the diary is filtered again.
SEARCH_DELAY_MS = 250
#: Extra height of each diary row, so a row is an easy target.
ROW_PADDING = 12

# Keys of the period choices that need special handling ("7d", "30d", "3m", "1y" are ranges
# ending today).
PERIOD_ALL = "all"
PERIOD_CUSTOM = "custom"


class _RoomyDelegate(QStyledItemDelegate):
    """Taller rows (the tree has uniform row heights, so this is asked once per layout)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        hint.setHeight(hint.height() + ROW_PADDING)
        return hint


class DiaryTree(QTreeView):
    """The tree of days and entries. A day row is drawn across all columns (its text is
    longer than the Time column); Enter asks to edit, Delete asks to delete."""

    edit_requested = Signal()
    delete_requested = Signal()

    def drawRow(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        if index.parent().isValid():  # an entry: one cell per column, as usual
            super().drawRow(painter, option, index)
            return
        # A day row spans the full width. QTreeView.setFirstColumnSpanned would do this, but
        # it makes every layout of ten years call back into Python once more per entry.
        first = index.sibling(index.row(), 0)
        cell = QStyleOptionViewItem(option)
        cell.rect = QRect(option.rect)
        cell.features &= ~QStyleOptionViewItem.ViewItemFeature.Alternate
        if self.selectionModel().isSelected(first):
            cell.state |= QStyle.StateFlag.State_Selected
        else:
            cell.state &= ~QStyle.StateFlag.State_Selected
        current = self.currentIndex()
        if (
            self.hasFocus()
            and current.isValid()
            and current.row() == first.row()
            and not current.parent().isValid()
        ):
            cell.state |= QStyle.StateFlag.State_HasFocus
        else:
            cell.state &= ~QStyle.StateFlag.State_HasFocus
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewRow, cell, painter, self)
        self.itemDelegateForIndex(first).paint(painter, cell, first)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit()
            event.accept()
            return
        if plain and event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class DiaryPage(RefreshWhenShown, QWidget):
    def __init__(
        self, services: AppServices, events: DataEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._events = events
        self._child_id: str | None = None
        self._stale = False
        # Entries deleted from this page, most recent last: Undo restores them in turn.
        self._deleted: list[str] = []
        # What to select after the next reload (an entry id, or a place in the list).
        self._select_id: str | None = None
        self._select_position: int | None = None
        self._dialog: EntryDialog | None = None

        self.model = DiaryModel(services.diary, services.catalogue, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._filters_changed)

        layout = QVBoxLayout(self)
        self.heading = heading(self.tr("Diary"))
        layout.addWidget(self.heading)
        layout.addLayout(self._build_filters())
        self.count_label = plain_label("")
        self.count_label.setAccessibleName(self.tr("How many entries are shown"))
        layout.addWidget(self.count_label)
        self.feedback = FeedbackBar()
        layout.addWidget(self.feedback)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_tree())
        self.stack.addWidget(self._build_empty_state())
        layout.addWidget(self.stack, 1)
        layout.addLayout(self._build_actions())
        self._build_shortcuts()

        events.diary_changed.connect(self._on_diary_changed)
        events.settings_changed.connect(self._on_settings_changed)
        events.family_changed.connect(self._update_heading)  # a child may have been renamed
        self._show_state()

    # Building ----------------------------------------------------------------------------

    def _build_filters(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        first = QHBoxLayout()
        second = QHBoxLayout()
        rows.addLayout(first)
        rows.addLayout(second)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Words in the notes, e.g. nosebleed"))
        self.search_edit.setAccessibleName(self.tr("Search in notes"))
        self.search_edit.setToolTip(self.tr("Search in notes (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._apply_search_now)
        clear_search = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_edit)
        clear_search.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear_search.activated.connect(self.search_edit.clear)
        first.addWidget(self._caption(self.tr("&Find in notes:"), self.search_edit))
        first.addWidget(self.search_edit, 1)

        self.clear_button = big_button(self.tr("C&lear filters"), self.tr("Clear all filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        first.addWidget(self.clear_button)

        self.symptom_combo = QComboBox()
        self.symptom_combo.setAccessibleName(self.tr("Show which symptom"))
        self.symptom_combo.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.symptom_combo.addItem(self.tr("All symptoms"), "")
        for kind in self._services.catalogue:
            self.symptom_combo.addItem(symptom_label(kind), kind.code)
        self.symptom_combo.currentIndexChanged.connect(self._filters_changed)
        second.addWidget(self._caption(self.tr("&Symptom:"), self.symptom_combo))
        second.addWidget(self.symptom_combo)
        second.addSpacing(12)

        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(self.tr("Show which period"))
        self.period_combo.setMinimumHeight(BUTTON_MIN_HEIGHT)
        for key, text in (
            (PERIOD_ALL, self.tr("All time")),
            ("7d", self.tr("Last 7 days")),
            ("30d", self.tr("Last 30 days")),
            ("3m", self.tr("Last 3 months")),
            ("1y", self.tr("Last year")),
            (PERIOD_CUSTOM, self.tr("Custom range")),
        ):
            self.period_combo.addItem(text, key)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        second.addWidget(self._caption(self.tr("&Period:"), self.period_combo))
        second.addWidget(self.period_combo)

        date_format = four_digit_year(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit, name in (
            (self.from_edit, self.tr("From date")),
            (self.to_edit, self.tr("To date")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format)
            edit.setAccessibleName(name)
            edit.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.from_label = self._caption(self.tr("F&rom"), self.from_edit)
        self.to_label = self._caption(self.tr("&to"), self.to_edit)
        self.from_edit.dateChanged.connect(self._from_changed)
        self.to_edit.dateChanged.connect(self._to_changed)
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            second.addWidget(widget)
        second.addStretch(1)
        self._set_range_visible(False)
        return rows

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _build_tree(self) -> QWidget:
        self.tree = DiaryTree()
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(_RoomyDelegate(self.tree))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("Diary entries"))
        self.tree.setAccessibleDescription(
            self.tr("Days, newest first, each with its entries. Enter edits, Delete deletes.")
        )
        self.tree.setIndentation(self.fontMetrics().horizontalAdvance("M") * 2)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        # Fixed widths from the font, never "resize to contents": that would read all rows.
        metrics = self.fontMetrics()
        widths = {
            Column.TIME: metrics.horizontalAdvance(self.model.tr("time not recorded")) + 28,
            Column.SYMPTOM: metrics.horizontalAdvance("M") * 18,
            Column.SEVERITY: metrics.horizontalAdvance("M") * 8,
            Column.LOGGED_BY: metrics.horizontalAdvance("M") * 9,
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.NOTES, QHeaderView.ResizeMode.Stretch)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.edit_requested.connect(self.edit_selected)
        self.tree.delete_requested.connect(self.delete_selected)
        self.tree.selectionModel().currentChanged.connect(self._update_actions)
        self.tree.selectionModel().selectionChanged.connect(self._update_actions)
        return self.tree

    def _build_empty_state(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addStretch(1)
        self.empty_title = heading("", 1.3)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = plain_label("")
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setFont(scaled_font(self.empty_text, 1.1))
        self.empty_clear_button = big_button(
            self.tr("Clear filters"), self.tr("Clear all filters and show every entry")
        )
        self.empty_clear_button.setMinimumWidth(200)
        self.empty_clear_button.clicked.connect(self.clear_filters)
        column.addWidget(self.empty_title)
        column.addWidget(self.empty_text)
        column.addSpacing(12)
        column.addWidget(self.empty_clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        return page

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.edit_button = big_button(self.tr("&Edit entry…"), self.tr("Edit the selected entry"))
        self.edit_button.setToolTip(self.tr("Edit the selected entry (Enter or double-click)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = big_button(
            self.tr("&Delete entry"), self.tr("Delete the selected entry")
        )
        self.delete_button.setToolTip(
            self.tr("Delete the selected entry (Delete key); Undo brings it back")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        hint = plain_label(
            self.tr(
                "Click an entry to edit or delete it. "
                "Keys: Ctrl+F search, Enter edit, Delete delete, Ctrl+Z undo a delete"
            )
        )
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addSpacing(12)
        row.addWidget(hint, 1)
        return row

    def _build_shortcuts(self) -> None:
        # Window-wide, but only while this page is shown (hidden widgets' shortcuts do not
        # fire); a text field keeps Ctrl+Z for its own typing.
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.activated.connect(self.undo_delete)

    # Child and refresh -------------------------------------------------------------------

    def set_child(self, child_id: str | None) -> None:
        if child_id != self._child_id:
            self._deleted.clear()
            self.feedback.clear()
            self._select_id = None
            self._select_position = None
            self.tree.scrollToTop()
        self._child_id = child_id
        self._update_heading()
        self.refresh()

    def child_id(self) -> str | None:
        return self._child_id

    def _on_diary_changed(self, child_id: str) -> None:
        if child_id == self._child_id:
            self.refresh()

    def _on_settings_changed(self) -> None:
        # The caregiver's name, zone or language may show in the rows.
        self._update_heading()
        self.refresh()

    def _update_heading(self) -> None:
        name = ""
        if self._child_id is not None:
            try:
                name = self._services.family.child(self._child_id).name
            except KeyError:
                name = ""
        self.heading.setText(
            self.tr("{name}'s diary").format(name=name) if name else self.tr("Diary")
        )

    def diary_filter(self) -> DiaryFilter | None:
        """What the filter bar asks for (None when no child is chosen)."""
        if self._child_id is None:
            return None
        start, end = self._period()
        return DiaryFilter(
            self._child_id,
            symptom=self.symptom_combo.currentData() or None,
            start=start,
            end=end,
            text=self.search_edit.text().strip() or None,
        )

    def filters_active(self) -> bool:
        return bool(
            self.symptom_combo.currentIndex() > 0
            or self.period_combo.currentData() != PERIOD_ALL
            or self.search_edit.text().strip()
        )

    def _reload(self) -> None:
        keep_id = self._select_id or self._current_entry_id()
        keep_position = self._select_position  # set by a delete: the next entry moves up
        scroll = self.tree.verticalScrollBar().value()
        self._select_id = None
        self._select_position = None

        self.model.set_filter(self.diary_filter())
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if self.model.hasChildren(index):
                # The view is waiting to lay out after the reset: this only notes the row,
                # and the one layout below places every entry once.
                self.tree.expand(index)
        self.tree.executeDelayedItemsLayout()
        self.tree.verticalScrollBar().setValue(scroll)

        target = self.model.index_for_entry(keep_id) if keep_id else QModelIndex()
        if not target.isValid() and keep_position is not None and self.model.entry_count():
            target = self.model.index_at_position(min(keep_position, self.model.entry_count() - 1))
        if target.isValid():
            self.tree.setCurrentIndex(target)
            self.tree.scrollTo(target, QAbstractItemView.ScrollHint.EnsureVisible)
        self._show_state()

    def _show_state(self) -> None:
        entries = self.model.entry_count()
        quiet = self.model.quiet_day_count()
        filtered = self.filters_active()
        if self._child_id is None:
            self.count_label.setText("")
            self.empty_title.setText(self.tr("No child chosen"))
            self.empty_text.setText(self.tr("Choose a child at the top to see their diary."))
            self.empty_clear_button.hide()
        elif self.model.rowCount() == 0:
            if filtered and self._services.diary.repository.count(self._child_id):
                self.empty_title.setText(self.tr("No entries match these filters"))
                self.empty_text.setText(
                    self.tr("Try another symptom, a longer period or other words.")
                )
                self.empty_clear_button.show()
            else:
                self.empty_title.setText(self.tr("Nothing logged yet"))
                self.empty_text.setText(
                    self.tr("What you log on the Today page shows here, day by day, newest first.")
                )
                self.empty_clear_button.setVisible(filtered)
        self.stack.setCurrentIndex(0 if self.model.rowCount() else 1)
        if self._child_id is not None:
            self.count_label.setText(self._count_text(entries, quiet, filtered))
        self.clear_button.setEnabled(filtered)
        self._update_actions()

    def _count_text(self, entries: int, quiet: int, filtered: bool) -> str:
        if filtered:
            text = self.tr("%Ln entries match these filters", "", entries)
        else:
            text = self.tr("%Ln entries in the diary", "", entries)
        if quiet:
            days = self.tr("%Ln days with nothing unusual", "", quiet)
            text = self.tr("{entries}, and {days}").format(entries=text, days=days)
        return text

    # Filters -----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def clear_filters(self) -> None:
        self._search_timer.stop()
        widgets = (self.symptom_combo, self.period_combo, self.search_edit)
        for widget in widgets:
            widget.blockSignals(True)
        self.symptom_combo.setCurrentIndex(0)
        self.period_combo.setCurrentIndex(0)
        self.search_edit.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self._set_range_visible(False)
        self._filters_changed()

    def _apply_search_now(self) -> None:
        self._search_timer.stop()
        self._filters_changed()

    def _filters_changed(self) -> None:
        self._search_timer.stop()
        # A new question starts at the top, unless the selected entry still answers it.
        self.tree.scrollToTop()
        self.refresh()

    def _period_changed(self) -> None:
        custom = self.period_combo.currentData() == PERIOD_CUSTOM
        if custom and self.from_edit.isHidden():  # just chosen: start with the last 30 days
            today = self._services.diary.today()
            for edit in (self.from_edit, self.to_edit):
                edit.blockSignals(True)
                edit.setMaximumDate(to_qdate(today))
            self.to_edit.setDate(to_qdate(today))
            self.from_edit.setDate(to_qdate(today - timedelta(days=29)))
            for edit in (self.from_edit, self.to_edit):
                edit.blockSignals(False)
        self._set_range_visible(custom)
        self._filters_changed()

    def _set_range_visible(self, visible: bool) -> None:
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            widget.setVisible(visible)

    def _from_changed(self, chosen: QDate) -> None:
        if chosen > self.to_edit.date():
            self.to_edit.blockSignals(True)
            self.to_edit.setDate(chosen)
            self.to_edit.blockSignals(False)
        self._filters_changed()

    def _to_changed(self, chosen: QDate) -> None:
        if chosen < self.from_edit.date():
            self.from_edit.blockSignals(True)
            self.from_edit.setDate(chosen)
            self.from_edit.blockSignals(False)
        self._filters_changed()

    def _period(self) -> tuple[date | None, date | None]:
        key = self.period_combo.currentData()
        today = self._services.diary.today()
        if key == "7d":
            return today - timedelta(days=6), None
        if key == "30d":
            return today - timedelta(days=29), None
        if key == "3m":
            return _as_date(to_qdate(today).addMonths(-3)), None
        if key == "1y":
            return _as_date(to_qdate(today).addYears(-1)), None
        if key == PERIOD_CUSTOM:
            return _as_date(self.from_edit.date()), _as_date(self.to_edit.date())
        return None, None

    # Selection, edit, delete -------------------------------------------------------------

    def _current_entry_id(self) -> str | None:
        return self.model.entry_id(self.tree.currentIndex())

    def selected_entry_id(self) -> str | None:
        """The entry the Edit and Delete buttons act on (None on a day row)."""
        if not self.tree.selectionModel().hasSelection():
            return None
        return self._current_entry_id()

    def select_entry(self, entry_id: str) -> bool:
        index = self.model.index_for_entry(entry_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def _update_actions(self, *_args: object) -> None:
        has_entry = self.selected_entry_id() is not None
        self.edit_button.setEnabled(has_entry)
        self.delete_button.setEnabled(has_entry)

    def _double_clicked(self, index: QModelIndex) -> None:
        if self.model.entry_id(index) is not None:
            self.edit_selected()

    @property
    def entry_dialog(self) -> EntryDialog | None:
        """The edit dialog while it is open."""
        return self._dialog

    def edit_selected(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is None or self._dialog is not None:
            return
        dialog = EntryDialog(self._services, entry_id, self)
        dialog.saved.connect(self._entry_saved)
        dialog.finished.connect(self._dialog_closed)
        self._dialog = dialog
        dialog.open()

    def _entry_saved(self, entry_id: str) -> None:
        self._select_id = entry_id
        if self._child_id is not None:
            self._events.diary_changed.emit(self._child_id)

    def _dialog_closed(self) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_selected(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is None or self._child_id is None:
            return
        position = self.model.position_of(self.tree.currentIndex())
        what = self._describe(entry_id)
        try:
            deleted = self._services.diary.delete(entry_id)
        except (UserError, sqlite3.Error) as error:
            self.feedback.show_failure(
                self.tr("Not deleted: {reason}. Try again in a moment."), error
            )
            return
        if not deleted:
            return
        self._deleted.append(entry_id)
        # The next entry takes the deleted one's place, so Delete can be pressed again.
        self._select_position = position
        self.feedback.show_message(
            self.tr("Entry deleted: {entry}.").format(entry=what), self.undo_delete
        )
        self._events.diary_changed.emit(self._child_id)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _describe(self, entry_id: str) -> str:
        """ "Fever (Mild), Wednesday, 18 November 2026, 08:15": what the undo bar names."""
        entry = self._services.diary.entry(entry_id)
        locale = QLocale()
        when = locale.toString(to_qdate(entry.local_date), QLocale.FormatType.LongFormat)
        if entry.time_known:
            local = entry.local_time()
            clock = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
            when = self.tr("{day}, {time}").format(day=when, time=clock)
        return self.tr("{symptom} ({severity}), {when}").format(
            symptom=symptom_label_for(self._services.catalogue, entry.symptom),
            severity=severity_label(entry.severity),
            when=when,
        )

    def undo_delete(self) -> None:
        """Restores the most recently deleted entry (Ctrl+Z, or Undo in the bar)."""
        if not self._deleted or self._child_id is None:
            return
        entry_id = self._deleted[-1]
        try:
            restored = self._services.diary.undo_delete(entry_id)
        except (UserError, sqlite3.Error) as error:
            # Still deleted: it stays next in line, so Undo (or Ctrl+Z) can try again.
            self.feedback.show_failure(
                self.tr("Not restored: {reason}. Try Undo again in a moment."),
                error,
                self.undo_delete,
            )
            return
        self._deleted.pop()
        if not restored:
            return
        self._select_id = entry_id
        self.feedback.show_message(self.tr("Entry restored."))
        self._events.diary_changed.emit(self._child_id)
        if not self.search_edit.hasFocus():
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)


def _as_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
