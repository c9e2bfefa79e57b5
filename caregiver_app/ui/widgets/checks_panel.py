"""The child's routine checks (eye, hearing, dental, blood, growth) and the family's own, for
the Today page: each with its status in words (overdue, due soon, no check recorded yet, on
track), when it was last done and when it is next due.

Overdue cannot be missed: those checks come first, in bold, with a warning sign and the word
"Overdue", and the line above the list names them. "Checks…" (or Enter on a check) opens the
checks dialog: intervals, checks done, the family's own checks."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.core.checks import CHECK_STATUS_LABELS, CheckState, CheckStatus
from caregiver_app.core.messages import UserError
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices
from caregiver_app.ui.care_labels import routine_check_label
from caregiver_app.ui.dialogs.saving_dialog import DialogSlot
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.labels import day_text
from caregiver_app.ui.widgets.basics import (
    big_button,
    failure_reason,
    plain_label,
    scaled_font,
    section_label,
)
from caregiver_app.ui.widgets.refresh_when_shown import RefreshWhenShown

if TYPE_CHECKING:
    from caregiver_app.ui.dialogs.checks_dialog import ChecksDialog

#: The order the panel lists checks in: what needs doing first.
STATUS_ORDER = {
    CheckStatus.OVERDUE: 0,
    CheckStatus.DUE_SOON: 1,
    CheckStatus.NOT_RECORDED: 2,
    CheckStatus.ON_TRACK: 3,
}
STATUS_ICONS = {
    CheckStatus.OVERDUE: QStyle.StandardPixmap.SP_MessageBoxWarning,
    CheckStatus.DUE_SOON: QStyle.StandardPixmap.SP_MessageBoxInformation,
    CheckStatus.NOT_RECORDED: QStyle.StandardPixmap.SP_MessageBoxQuestion,
    CheckStatus.ON_TRACK: QStyle.StandardPixmap.SP_DialogApplyButton,
}
STATUS_COLUMN, NAME_COLUMN, LAST_COLUMN, NEXT_COLUMN = range(4)
#: How often the statuses are read again while shown (a window left open past midnight).
CLOCK_INTERVAL_MS = 10 * 60_000


# Words, shared with the checks dialog -------------------------------------------------------


def check_name(state: CheckState) -> str:
    return routine_check_label(state.routine) if state.routine is not None else state.name


def check_status_text(status: CheckStatus) -> str:
    return translate("Checks", CHECK_STATUS_LABELS[status])


def last_done_text(state: CheckState) -> str:
    if state.last_done is None:
        return QCoreApplication.translate("Checks", "Not recorded")
    return day_text(state.last_done)


def next_due_text(state: CheckState) -> str:
    """ "01/12/2026", "Was due 01/09/2026", "01/12/2026, booked for 03/12/2026"."""
    if state.next_due is None:
        text = QCoreApplication.translate("Checks", "Not known yet")
    elif state.status is CheckStatus.OVERDUE:
        text = QCoreApplication.translate("Checks", "Was due {date}").format(
            date=day_text(state.next_due)
        )
    else:
        text = day_text(state.next_due)
    if state.planned_on is not None:
        text = QCoreApplication.translate("Checks", "{due}, booked for {date}").format(
            due=text, date=day_text(state.planned_on)
        )
    return text


def sorted_checks(states: list[CheckState]) -> list[CheckState]:
    """Overdue first, then due soon, not recorded, on track (each group in its own order)."""
    return sorted(states, key=lambda state: STATUS_ORDER[state.status])


class ChecksPanel(RefreshWhenShown, QWidget):
    #: The list was read again (its height may have changed).
    reloaded = Signal()

    def __init__(
        self, services: AppServices, events: DataEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._events = events
        self._child_id: str | None = None
        #: The checks shown, in the list's order.
        self.states: list[CheckState] = []
        self._dialog_slot = DialogSlot()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.title = section_label(self.tr("Checks"))
        top.addWidget(self.title)
        self.overdue_label = plain_label("")
        self.overdue_label.setFont(scaled_font(self.overdue_label, 1.05, bold=True))
        self.overdue_label.hide()
        top.addWidget(self.overdue_label, 1)
        self.manage_button = big_button(
            self.tr("Chec&ks…"),
            self.tr("Checks: intervals, record a check done, add your own"),
        )
        self.manage_button.clicked.connect(lambda: self.open_dialog())
        top.addWidget(self.manage_button)
        layout.addLayout(top)

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Checks"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setHeaderLabels(
            [self.tr("Status"), self.tr("Check"), self.tr("Last done"), self.tr("Next due")]
        )
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree)
        self.empty_label = plain_label("")
        self.empty_label.hide()
        layout.addWidget(self.empty_label)

        #: Reads the checks again now and then while the panel is shown.
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(CLOCK_INTERVAL_MS)
        self.clock_timer.timeout.connect(self.refresh)
        events.checks_changed.connect(self._data_changed)
        events.appointments_changed.connect(self._data_changed)
        events.settings_changed.connect(self.refresh)
        events.reminder_settings_changed.connect(self.refresh)  # "due soon" follows its days
        events.family_changed.connect(self.refresh)

    # Child and refresh ---------------------------------------------------------------------

    def set_child(self, child_id: str | None) -> None:
        self._child_id = child_id
        self.refresh()

    def child_id(self) -> str | None:
        return self._child_id

    def _data_changed(self, child_id: str) -> None:
        if child_id == self._child_id:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # The statuses follow the day: read again each time the panel is shown.
        self._stale = True
        super().showEvent(event)
        self.clock_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.clock_timer.stop()
        super().hideEvent(event)

    def _reload(self) -> None:
        self.tree.clear()
        self.states = []
        problem = ""
        if self._child_id is not None:
            try:
                self.states = sorted_checks(self._services.checks.checks(self._child_id))
            except (UserError, sqlite3.Error) as error:
                problem = self.tr("The checks could not be read: {reason}.").format(
                    reason=failure_reason(error)
                )
            except KeyError:
                self.states = []  # the child is gone (a restore without them)
        for state in self.states:
            self.tree.addTopLevelItem(self._item(state))
        overdue = self.overdue_names()
        self.overdue_label.setText(
            self.tr("⚠ Overdue: {checks}").format(checks=", ".join(overdue)) if overdue else ""
        )
        self.overdue_label.setVisible(bool(overdue))
        self.tree.setVisible(bool(self.states))
        self.empty_label.setText(problem)
        self.empty_label.setVisible(bool(problem))
        self._fit_height()
        self.reloaded.emit()

    def overdue_names(self) -> list[str]:
        """The names of the checks shown as overdue, in the list's order."""
        return [check_name(s) for s in self.states if s.status is CheckStatus.OVERDUE]

    def _item(self, state: CheckState) -> QTreeWidgetItem:
        status = check_status_text(state.status)
        item = QTreeWidgetItem(
            [status, check_name(state), last_done_text(state), next_due_text(state)]
        )
        item.setIcon(STATUS_COLUMN, self.style().standardIcon(STATUS_ICONS[state.status]))
        if state.status is CheckStatus.OVERDUE:
            font = scaled_font(self.tree, 1.0, bold=True)
            for column in range(self.tree.columnCount()):
                item.setFont(column, font)
        item.setData(NAME_COLUMN, Qt.ItemDataRole.UserRole, state.key)
        item.setData(
            STATUS_COLUMN,
            Qt.ItemDataRole.AccessibleTextRole,
            self.tr("{status}: {check}").format(status=status, check=check_name(state)),
        )
        return item

    def _fit_height(self) -> None:
        """As tall as its rows: the list never scrolls inside the Today page."""
        rows = self.tree.topLevelItemCount()
        row_height = self.tree.sizeHintForRow(0) if rows else 0
        frame = 2 * self.tree.frameWidth()
        self.tree.setFixedHeight(self.tree.header().sizeHint().height() + frame + row_height * rows)

    def item_of(self, key: str) -> QTreeWidgetItem | None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(NAME_COLUMN, Qt.ItemDataRole.UserRole) == key:
                return item
        return None

    # The dialog -----------------------------------------------------------------------------

    def _activated(self, item: QTreeWidgetItem) -> None:
        self.open_dialog(str(item.data(NAME_COLUMN, Qt.ItemDataRole.UserRole)))

    @property
    def dialog(self) -> ChecksDialog | None:
        """The checks dialog while it is open (tests drive it)."""
        return cast("ChecksDialog | None", self._dialog_slot.dialog)

    def open_dialog(self, key: str | None = None) -> ChecksDialog | None:
        if self._child_id is None or self.dialog is not None:
            return self.dialog
        from caregiver_app.ui.dialogs.checks_dialog import ChecksDialog

        dialog = ChecksDialog(self._services, self._events, self._child_id, self.window())
        if key is not None:
            dialog.select(key)
        self._dialog_slot.open(dialog, lambda: None)  # each change there emits its own event
        return dialog
