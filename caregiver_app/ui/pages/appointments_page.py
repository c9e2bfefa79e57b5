"""Appointments: the next one at the top as a card (when, in words; who, where, what for;
the family's questions), then one list: past visits nobody closed ("Was it done?"), what is
coming up, and the history, newest first.

Add, edit, mark done (with the routine check it counts as and the outcome), cancelled,
missed, delete: every change but add and edit can be undone from the bar that says what
happened, or with Ctrl+Z. The page reads the child's appointments only while it is shown."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.core.appointments import Appointment, AppointmentStatus, Specialty
from caregiver_app.core.messages import UserError, ValidationFailed
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices
from caregiver_app.ui.care_labels import routine_check_label, specialty_label
from caregiver_app.ui.dialogs.appointment_dialog import AppointmentDialog, appointment_fields
from caregiver_app.ui.dialogs.appointment_done_dialog import AppointmentDoneDialog
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.labels import moment_in_words
from caregiver_app.ui.models.appointments_model import (
    AnyIndex,
    AppointmentsModel,
    Column,
)
from caregiver_app.ui.pages.care_page import CarePage
from caregiver_app.ui.widgets.basics import (
    FeedbackBar,
    big_button,
    heading,
    plain_label,
    scaled_font,
    section_label,
)

#: Extra height of each list row, so a row is an easy target.
ROW_PADDING = 12
#: A page shown again after this long reads the appointments again ("tomorrow" moves on).
STALE_AFTER = timedelta(minutes=1)

_WriteError = (UserError, ValidationFailed, KeyError, sqlite3.Error)


class _TallRows(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + ROW_PADDING)


class _AppointmentsTree(QTreeView):
    """The list: flat, one row chosen at a time, rows a little taller than text; the arrow
    keys step over the group headings (they cannot be chosen)."""

    def __init__(self, model: AppointmentsModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setItemDelegate(_TallRows(self))
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setAllColumnsShowFocus(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        index = super().moveCursor(action, modifiers)
        actions = QAbstractItemView.CursorAction
        step = -1 if action in (actions.MoveUp, actions.MovePageUp, actions.MoveHome) else 1
        rows = self.model().rowCount()
        while index.isValid() and not index.flags() & Qt.ItemFlag.ItemIsSelectable:
            row = index.row() + step
            if not 0 <= row < rows:
                if step > 0:
                    return self.currentIndex()
                step, row = 1, index.row() + 1  # a heading at the very top: the one below it
            index = index.siblingAtRow(row)
        return index


def _reason(error: Exception) -> str:
    """What went wrong, in the family's words, without a final full stop."""
    if isinstance(error, ValidationFailed):
        text = "; ".join(problem.render(translate) for problem in error.problems)
    elif isinstance(error, UserError):
        text = error.render(translate)
    elif isinstance(error, KeyError):
        text = translate("AppointmentsPage", "it was deleted meanwhile")
    else:
        text = str(error)
    return text.rstrip(".")


class AppointmentsPage(CarePage):
    def __init__(
        self, services: AppServices, events: DataEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, events, parent)
        self._stale = True
        self._loaded_at: datetime | None = None
        self._today: date | None = None
        #: What Undo (the bar's button, Ctrl+Z) takes back, the most recent last: the
        #: appointment's id and what puts it back.
        self._undo: list[tuple[str, Callable[[], object]]] = []
        # What to select after the next reload (an appointment id, or a place in the list).
        self._select_id: str | None = None
        self._select_position: int | None = None
        #: The dialog currently open over the page, if any (tests drive it).
        self.dialog: QDialog | None = None
        self.model = AppointmentsModel(self)
        # While shown, a look each minute: "tomorrow" becomes "today", and a visit whose
        # time has come moves to "Was it done?".
        self._minute = QTimer(self)
        self._minute.setInterval(60_000)
        self._minute.timeout.connect(self.check_time)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = heading(self.tr("Appointments"))
        self.add_button = big_button(self.tr("&Add appointment…"), self.tr("Add an appointment"))
        self.add_button.setToolTip(self.tr("Add an appointment (Ctrl+N)"))
        self.add_button.clicked.connect(self.add)
        self.summary_button = big_button(
            self.tr("E&xport a visit summary…"),
            self.tr("Export a visit summary (PDF) to take to an appointment"),
        )
        self.summary_button.setToolTip(
            self.tr("A PDF for the clinician, to save or print (Ctrl+P)")
        )
        self.summary_button.clicked.connect(lambda: self.export_summary())
        top.addWidget(self.heading, 1)
        top.addWidget(self.summary_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)
        self.feedback = FeedbackBar()
        layout.addWidget(self.feedback)
        layout.addWidget(self._build_notice())
        layout.addWidget(self._build_card())
        layout.addWidget(self._build_list(), 1)
        self.empty_label = plain_label(
            self.tr(
                "Done, cancelled and missed appointments will be listed here, newest first, "
                "with what came of each."
            )
        )
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.empty_label)
        layout.addStretch(0)
        layout.addLayout(self._build_actions())

        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self).activated.connect(self.add)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self).activated.connect(
            self.undo_last
        )
        events.appointments_changed.connect(self._on_appointments_changed)
        events.settings_changed.connect(self.refresh)
        events.family_changed.connect(self._update_heading)
        self._show_state()

    # Building ----------------------------------------------------------------------------

    def _build_notice(self) -> QFrame:
        """ "Was this appointment done?" for the latest past one nobody closed."""
        self.notice = QFrame()
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.notice.setAutoFillBackground(True)
        row = QHBoxLayout(self.notice)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.notice_label = plain_label("")
        self.notice_label.setFont(scaled_font(self.notice_label, 1.1))
        self.notice_done_button = big_button(
            self.tr("Yes, mark done…"), self.tr("Yes, it was done: mark it done")
        )
        self.notice_done_button.clicked.connect(lambda: self.mark_done(self._notice_item()))
        self.notice_missed_button = big_button(
            self.tr("It was missed"), self.tr("No, it was missed: mark it missed")
        )
        self.notice_missed_button.clicked.connect(
            lambda: self.mark_status(self._notice_item(), AppointmentStatus.MISSED)
        )
        self.notice_cancelled_button = big_button(
            self.tr("It was cancelled"), self.tr("It was cancelled: mark it cancelled")
        )
        self.notice_cancelled_button.clicked.connect(
            lambda: self.mark_status(self._notice_item(), AppointmentStatus.CANCELLED)
        )
        row.addWidget(icon)
        row.addWidget(self.notice_label, 1)
        for button in (
            self.notice_done_button,
            self.notice_missed_button,
            self.notice_cancelled_button,
        ):
            row.addWidget(button)
        self.notice.hide()
        return self.notice

    def _build_card(self) -> QFrame:
        """The next appointment, as a parent would say it."""
        self.card = QFrame()
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setBackgroundRole(QPalette.ColorRole.Base)
        self.card.setAutoFillBackground(True)
        columns = QHBoxLayout(self.card)
        left = QVBoxLayout()
        self.card_caption = section_label(self.tr("Next appointment"))
        self.card_caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.card_when = heading("", 1.45)
        self.card_what = plain_label("")
        self.card_what.setFont(scaled_font(self.card_what, 1.2, bold=True))
        self.card_details = plain_label("")
        self.card_details.setFont(scaled_font(self.card_details, 1.05))
        self.card_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card_edit_button = big_button(
            self.tr("Edit or add questions…"), self.tr("Edit the next appointment")
        )
        self.card_edit_button.clicked.connect(lambda: self.edit(self.model.next_appointment()))
        for widget in (self.card_caption, self.card_when, self.card_what, self.card_details):
            left.addWidget(widget)
        left.addStretch(1)
        self.card_summary_button = big_button(
            self.tr("Visit summary for this appointment…"),
            self.tr("Export a visit summary for the next appointment"),
        )
        self.card_summary_button.clicked.connect(
            lambda: self.export_summary(self.model.next_appointment())
        )
        card_buttons = QHBoxLayout()
        card_buttons.addWidget(self.card_edit_button)
        card_buttons.addWidget(self.card_summary_button)
        card_buttons.addStretch(1)
        left.addLayout(card_buttons)
        right = QVBoxLayout()
        self.card_questions_caption = section_label(self.tr("Questions to ask"))
        self.card_questions = plain_label("")
        self.card_questions.setFont(scaled_font(self.card_questions, 1.05))
        self.card_questions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.card_questions_caption)
        right.addWidget(self.card_questions)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        return self.card

    def _build_list(self) -> QTreeView:
        self.tree = _AppointmentsTree(self.model)
        self.tree.setAccessibleName(self.tr("Appointments"))
        self.tree.setAccessibleDescription(
            self.tr(
                "Past ones to close, then coming up, then the history, newest first. "
                "Enter edits, Delete deletes."
            )
        )
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionsMovable(False)
        # Widths from the font, never "resize to contents": that would read every row.
        metrics = self.fontMetrics()
        specialties = [specialty_label(specialty) for specialty in Specialty]
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        # The Status column is wider only while "Was it done? Mark done or missed" shows
        # (unless the family sized it themselves).
        self._status_widths = (
            max(map(metrics.horizontalAdvance, self.model.status_samples())) + 24,
            metrics.horizontalAdvance(self.model.unclosed_status()) + icon + 32,
        )
        self._status_width_set_by_hand = False
        self._fitting = False
        # A long day in the locale's words (a Wednesday in September, with its year).
        sample_when = moment_in_words(date(2026, 9, 30), time(10, 30), date(2000, 1, 1))
        for column, width in (
            (Column.WHEN, metrics.horizontalAdvance(sample_when) + 24),
            # The longest names may be cut (their tool tip has them whole): notes need room.
            (
                Column.APPOINTMENT,
                min(
                    max(map(metrics.horizontalAdvance, specialties)) + 24,
                    metrics.horizontalAdvance("M") * 15,
                ),
            ),
            (Column.STATUS, self._status_widths[0]),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.sectionResized.connect(self._column_resized)
        self.tree.doubleClicked.connect(lambda index: self.edit(self.model.appointment(index)))
        for keys, action in (
            (QKeySequence(Qt.Key.Key_Return), self.edit_selected),
            (QKeySequence(Qt.Key.Key_Enter), self.edit_selected),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected),
        ):
            shortcut = QShortcut(keys, self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)
        self.tree.selectionModel().selectionChanged.connect(self._update_actions)
        self.tree.selectionModel().currentChanged.connect(self._update_actions)
        return self.tree

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.edit_button = big_button(self.tr("&Edit…"), self.tr("Edit the chosen appointment"))
        self.edit_button.setToolTip(self.tr("Edit the chosen appointment (Enter or double-click)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button = big_button(
            self.tr("Mark &done…"), self.tr("Mark the chosen appointment done")
        )
        self.done_button.clicked.connect(lambda: self.mark_done(self.selected()))
        self.cancelled_button = big_button(
            self.tr("Mark ca&ncelled"), self.tr("Mark the chosen appointment cancelled")
        )
        self.cancelled_button.clicked.connect(
            lambda: self.mark_status(self.selected(), AppointmentStatus.CANCELLED)
        )
        self.missed_button = big_button(
            self.tr("Mark &missed"), self.tr("Mark the chosen appointment missed")
        )
        self.missed_button.clicked.connect(
            lambda: self.mark_status(self.selected(), AppointmentStatus.MISSED)
        )
        self.delete_button = big_button(
            self.tr("De&lete"), self.tr("Delete the chosen appointment")
        )
        self.delete_button.setToolTip(
            self.tr("Delete the chosen appointment (Delete key); Undo brings it back")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (
            self.edit_button,
            self.done_button,
            self.cancelled_button,
            self.missed_button,
            self.delete_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == Column.STATUS and not self._fitting:
            self._status_width_set_by_hand = True

    def _fit_status_column(self) -> None:
        if self._status_width_set_by_hand:
            return
        self._fitting = True
        width = self._status_widths[bool(self.model.unclosed())]
        self.tree.header().resizeSection(Column.STATUS, width)
        self._fitting = False

    # Child and refresh -------------------------------------------------------------------

    def set_child(self, child_id: str | None) -> None:
        if child_id != self._child_id:  # nothing of the last child's carries over
            self._undo.clear()
            self._select_id = self._select_position = None
            self.feedback.clear()
            self.tree.scrollToTop()
        super().set_child(child_id)

    def refresh(self) -> None:
        """Reads the child's appointments now if the page is shown, else when next shown."""
        self._update_heading()
        self._stale = not self.isVisible()
        if not self._stale:
            self._reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._minute.start()
        now = self._services.clock.now()
        if self._stale or self._loaded_at is None or now - self._loaded_at > STALE_AFTER:
            self.refresh()
        else:
            self.check_time()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._minute.stop()

    def check_time(self) -> None:
        """Reads again when time changed what the page says: a new day, or the next
        appointment's time has come."""
        if self._child_id is None or self._today is None:
            return
        upcoming = self.model.next_appointment()
        if self._services.appointments.today() != self._today or (
            upcoming is not None and upcoming.starts_at <= self._services.clock.now()
        ):
            self.refresh()

    def _on_appointments_changed(self, child_id: str) -> None:
        if child_id == self._child_id:
            self.refresh()

    def _child_name(self) -> str:
        if self._child_id is None:
            return ""
        try:
            return self._services.family.child(self._child_id).name
        except KeyError:  # removed meanwhile; the window is about to choose another
            return ""

    def _update_heading(self) -> None:
        name = self._child_name()
        self.heading.setText(
            self.tr("{name}'s appointments").format(name=name) if name else self.tr("Appointments")
        )

    def _reload(self) -> None:
        keep_id = self._select_id or self._selected_id()
        keep_position = self._select_position
        self._select_id = None
        self._select_position = None
        scroll = self.tree.verticalScrollBar().value()
        service = self._services.appointments
        self._loaded_at = self._services.clock.now()
        self._today = service.today()
        if self._child_id is None:
            self.model.clear()
        else:
            self.model.set_appointments(
                service.appointments(self._child_id), self._loaded_at, self._today
            )
        for row in self.model.heading_rows():
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self._fit_status_column()
        self.tree.verticalScrollBar().setValue(scroll)
        target = self.model.index_of(keep_id) if keep_id else QModelIndex()
        rows = self.model.item_rows()
        if not target.isValid() and rows:
            # After a delete the next one takes its place; else the first (the one to close,
            # or the next appointment).
            place = min(keep_position or 0, len(rows) - 1)
            target = self.model.index(rows[place], 0)
        self._choose(target)
        self._show_state()

    # What the page shows -----------------------------------------------------------------

    def _show_state(self) -> None:
        self._show_notice()
        self._show_card(self.model.next_appointment())
        has_rows = self.model.rowCount() > 0
        self.tree.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows and self._child_id is not None)
        self.add_button.setEnabled(self._child_id is not None)
        self.summary_button.setEnabled(self._child_id is not None)
        self._update_actions()

    def describe(self, item: Appointment) -> str:
        """ "Eyes (ophthalmology), Tomorrow, 10:30": how the page names one appointment."""
        return self.tr("{specialty}, {when}").format(
            specialty=specialty_label(item.specialty),
            when=moment_in_words(item.local_date, item.local_time, self._day()),
        )

    def _day(self) -> date:
        return self._today if self._today is not None else self._services.appointments.today()

    def _notice_item(self) -> Appointment | None:
        unclosed = self.model.unclosed()
        return unclosed[0] if unclosed else None

    def _show_notice(self) -> None:
        item = self._notice_item()
        if item is None:
            self.notice.hide()
            return
        text = self.tr("Was this appointment done? {appointment}.").format(
            appointment=self.describe(item)
        )
        more = len(self.model.unclosed()) - 1
        if more > 0:
            text += "\n" + self.tr("%n more to close under “Was it done?” below.", "", more)
        self.notice_label.setText(text)
        self.notice.setAccessibleName(text)
        self.notice.show()

    def _show_card(self, item: Appointment | None) -> None:
        self.card_edit_button.setVisible(item is not None)
        self.card_summary_button.setVisible(item is not None)
        self.card_questions_caption.setVisible(item is not None)
        self.card_questions.setVisible(item is not None)
        self.card_what.setVisible(item is not None)
        if item is None:
            self.card_caption.setText(self.tr("Next appointment"))
            self.card_when.setText(self.tr("No appointment planned"))
            self.card.setAccessibleName(self.card_when.text())
            self.card_details.setText(
                self.tr(
                    "When the next visit is booked, add it with “Add appointment” (Ctrl+N) "
                    "and write down the questions you want to ask."
                )
                if self._child_id is not None
                else self.tr("Choose a child at the top to see their appointments.")
            )
            return
        self.card_caption.setText(self.tr("Next appointment"))
        when = self.describe_when(item)
        self.card_when.setText(when)
        self.card_what.setText(specialty_label(item.specialty))
        lines = [
            text.format(value=" ".join(value.split()))
            for text, value in (
                (self.tr("With {value}"), item.clinician),
                (self.tr("At {value}"), item.place),
                (self.tr("For: {value}"), item.purpose),
            )
            if value.strip()
        ]
        if item.fulfils is not None:
            lines.append(
                self.tr("Routine check: {check}").format(check=routine_check_label(item.fulfils))
            )
        self.card_details.setText("\n".join(lines))
        self.card_details.setVisible(bool(lines))
        if item.questions:
            self.card_questions.setText(
                "\n".join(
                    self.tr("{number}. {question}").format(number=number, question=question)
                    for number, question in enumerate(item.questions, start=1)
                )
            )
        else:
            self.card_questions.setText(
                self.tr("None written down yet. Add the ones you want to ask with the button.")
            )
        self.card.setAccessibleName(
            self.tr("Next appointment: {appointment}").format(appointment=self.describe(item))
        )

    def describe_when(self, item: Appointment) -> str:
        """ "Tomorrow, 10:30", "Thursday, 3 December, 10:15 (in 12 days)"."""
        when = moment_in_words(item.local_date, item.local_time, self._day())
        days = (item.local_date - self._day()).days
        if days < 2:
            return when
        return self.tr("{when} (in %n days)", "", days).format(when=when)

    # Selection and actions ---------------------------------------------------------------

    def selected(self) -> Appointment | None:
        """The appointment the buttons below the list act on."""
        if not self.tree.selectionModel().hasSelection():
            return None
        return self.model.appointment(self.tree.currentIndex())

    def _selected_id(self) -> str | None:
        item = self.selected()
        return item.id if item is not None else None

    def select(self, appointment_id: str) -> bool:
        """Chooses the appointment in the list (fetching older history as needed)."""
        return self._choose(self.model.index_of(appointment_id))

    def _choose(self, index: QModelIndex) -> bool:
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return index.isValid()

    def _update_actions(self, *_args: object) -> None:
        item = self.selected()
        now = self._loaded_at or self._services.clock.now()
        happened = item is not None and item.starts_at <= now
        planned = item is not None and item.status is AppointmentStatus.PLANNED
        self.edit_button.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)
        self.done_button.setEnabled(
            happened and item is not None and item.status is not AppointmentStatus.DONE
        )
        self.cancelled_button.setEnabled(planned)
        self.missed_button.setEnabled(planned and happened)
        not_yet = self.tr("It has not happened yet.")
        self.done_button.setToolTip(
            not_yet if planned and not happened else self.tr("Mark it done, with what came of it")
        )
        self.missed_button.setToolTip(not_yet if planned and not happened else "")

    def _open(self, dialog: QDialog, on_saved: Callable[[], None]) -> None:
        """Shows a dialog over the page; ``on_saved`` runs once it saved."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_closed)
        dialog.accepted.connect(on_saved)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def add(self) -> None:
        if self._child_id is None or self.dialog is not None:
            return
        dialog = AppointmentDialog(self._services, self._child_id, parent=self.window())
        self._open(dialog, lambda: self._saved(dialog.saved, self.tr("Saved: {appointment}.")))

    def export_summary(self, item: Appointment | None = None) -> None:
        """The Export dialog for a visit summary: for ``item`` (its specialty, its questions)
        when given, else for the next appointment."""
        if self._child_id is None or self.dialog is not None:
            return
        from caregiver_app.ui.dialogs.export_dialog import open_export_dialog

        dialog = open_export_dialog(self._services, self.window(), self._child_id, appointment=item)
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)

    def edit_selected(self) -> None:
        self.edit(self.selected())

    def edit(self, item: Appointment | None) -> None:
        if item is None or self._child_id is None or self.dialog is not None:
            return
        dialog = AppointmentDialog(self._services, self._child_id, item, parent=self.window())
        self._open(dialog, lambda: self._saved(dialog.saved, self.tr("Saved: {appointment}.")))

    def mark_done(self, item: Appointment | None) -> None:
        if item is None or self._child_id is None or self.dialog is not None:
            return
        dialog = AppointmentDoneDialog(self._services, item, self._day(), parent=self.window())
        self._open(
            dialog,
            lambda: self._saved(dialog.saved, self.tr("Marked done: {appointment}."), restore=item),
        )

    def _saved(
        self, saved: Appointment | None, message: str, restore: Appointment | None = None
    ) -> None:
        """After a dialog saved: select it, say so (with Undo when ``restore`` is what it
        was before), and tell every page."""
        if saved is None or self._child_id is None:
            return
        undo = None
        if restore is not None:
            self._undo.append((restore.id, self._restorer(restore)))
            undo = self.undo_last
        self._select_id = saved.id
        self.feedback.show_message(message.format(appointment=self.describe(saved)), undo)
        self._events.appointments_changed.emit(self._child_id)

    def _restorer(self, before: Appointment) -> Callable[[], object]:
        return lambda: self._services.appointments.update(before.id, **appointment_fields(before))

    def mark_status(self, item: Appointment | None, status: AppointmentStatus) -> None:
        if item is None or self._child_id is None:
            return
        try:
            saved = self._services.appointments.set_status(item.id, status.value)
        except _WriteError as error:
            self._failed(self.tr("Not changed: {reason}."), error)
            return
        message = (
            self.tr("Marked missed: {appointment}.")
            if status is AppointmentStatus.MISSED
            else self.tr("Marked cancelled: {appointment}.")
        )
        self._saved(saved, message, restore=item)

    def delete_selected(self) -> None:
        item = self.selected()
        if item is None or self._child_id is None:
            return
        position = self.model.item_rows().index(self.tree.currentIndex().row())
        try:
            deleted = self._services.appointments.delete(item.id)
        except _WriteError as error:
            self._failed(self.tr("Not deleted: {reason}. Try again in a moment."), error)
            return
        if not deleted:
            return
        self._undo.append((item.id, lambda: self._services.appointments.undo_delete(item.id)))
        self._select_position = position
        self.feedback.show_message(
            self.tr("Deleted: {appointment}.").format(appointment=self.describe(item)),
            self.undo_last,
        )
        self._events.appointments_changed.emit(self._child_id)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, text: str, error: Exception, retry: Callable[[], None] | None = None) -> None:
        """Says what could not be done and why (``text`` has a ``{reason}``)."""
        self.feedback.show_message(text.format(reason=_reason(error)), retry, problem=True)

    def undo_last(self) -> None:
        """Takes back the most recent delete or status change (Undo in the bar, Ctrl+Z)."""
        if not self._undo or self._child_id is None:
            return
        appointment_id, action = self._undo[-1]
        try:
            action()
            back = self._services.appointments.appointment(appointment_id)
        except _WriteError as error:
            # Not undone: it stays next in line, so Undo (or Ctrl+Z) can try again.
            self._failed(
                self.tr("Not undone: {reason}. Try Undo again in a moment."), error, self.undo_last
            )
            return
        self._undo.pop()
        self._select_id = appointment_id
        self.feedback.show_message(
            self.tr("Undone: {appointment} is back as it was.").format(
                appointment=self.describe(back)
            )
        )
        self._events.appointments_changed.emit(self._child_id)
