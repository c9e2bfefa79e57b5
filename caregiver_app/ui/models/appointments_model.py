"""The appointments list: one flat table in three groups, each under a heading row.

1. "Was it done?": planned appointments whose time has passed but that nobody closed,
   newest first.
2. "Coming up": planned appointments from now on, earliest first (the first is the next).
3. "History": done, cancelled and missed ones, newest first.

A child's appointments are read in one query (about 20 ms for 1,400 visits, far more than
ten years bring), but the history is handed to the view a page at a time
(``canFetchMore``/``fetchMore``) and each row's texts are made only when the view first
asks for them, so the view lays out and formats only what it shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum, StrEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from caregiver_app.core.appointments import Appointment, AppointmentStatus, RoutineCheck
from caregiver_app.ui.care_labels import (
    appointment_status_label,
    routine_check_label,
    specialty_label,
)
from caregiver_app.ui.labels import moment_in_words

AnyIndex = QModelIndex | QPersistentModelIndex

#: History rows handed to the view at a time.
HISTORY_PAGE = 100

#: The appointment's id, on every cell of its row (None on a heading row).
ID_ROLE = Qt.ItemDataRole.UserRole


class Column(IntEnum):
    WHEN = 0
    APPOINTMENT = 1
    STATUS = 2
    NOTES = 3


class Group(StrEnum):
    UNCLOSED = "unclosed"
    COMING = "coming"
    HISTORY = "history"


@dataclass(frozen=True)
class _Row:
    group: Group
    item: Appointment | None = None  # None: the group's heading


def is_unclosed(item: Appointment, now: datetime) -> bool:
    """Planned, and its time has come: it happened (or not) and nobody said which."""
    return item.status is AppointmentStatus.PLANNED and item.starts_at <= now


class AppointmentsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._history: list[Appointment] = []
        self._history_shown = 0
        self._unclosed: list[Appointment] = []
        self._coming: list[Appointment] = []
        self._texts: dict[tuple[int, int], str] = {}
        self._now: datetime | None = None
        self._today: date | None = None
        self._headers = (
            self.tr("When"),
            self.tr("Appointment"),
            self.tr("Status"),
            self.tr("Notes"),
        )

    # Loading -----------------------------------------------------------------------------

    def set_appointments(self, items: list[Appointment], now: datetime, today: date) -> None:
        """Shows these appointments (any order) as of ``now`` (``today`` in the family's
        zone); the history starts with its newest page."""
        self.beginResetModel()
        self._now, self._today = now, today
        planned = sorted(
            (item for item in items if item.status is AppointmentStatus.PLANNED),
            key=lambda item: (item.starts_at, item.meta.created_at),
        )
        self._unclosed = [item for item in planned if is_unclosed(item, now)][::-1]
        self._coming = [item for item in planned if not is_unclosed(item, now)]
        self._history = sorted(
            (item for item in items if item.status is not AppointmentStatus.PLANNED),
            key=lambda item: (item.starts_at, item.meta.created_at),
            reverse=True,
        )
        self._history_shown = min(HISTORY_PAGE, len(self._history))
        self._rows = []
        for group, members in (
            (Group.UNCLOSED, self._unclosed),
            (Group.COMING, self._coming),
            (Group.HISTORY, self._history[: self._history_shown]),
        ):
            if members:
                self._rows.append(_Row(group))
                self._rows.extend(_Row(group, item) for item in members)
        self._texts.clear()
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._history, self._unclosed, self._coming = [], [], [], []
        self._history_shown = 0
        self._texts.clear()
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._history_shown < len(self._history)

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        start = self._history_shown
        end = min(start + HISTORY_PAGE, len(self._history))
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + end - start - 1)
        self._rows.extend(_Row(Group.HISTORY, item) for item in self._history[start:end])
        self._history_shown = end
        self.endInsertRows()

    # What the page asks ------------------------------------------------------------------

    def next_appointment(self) -> Appointment | None:
        return self._coming[0] if self._coming else None

    def unclosed(self) -> list[Appointment]:
        """Past planned appointments nobody closed, newest first."""
        return list(self._unclosed)

    def count(self) -> int:
        """How many appointments there are (shown or still to fetch)."""
        return len(self._unclosed) + len(self._coming) + len(self._history)

    def history_count(self) -> int:
        return len(self._history)

    def heading_rows(self) -> list[int]:
        return [row for row, item in enumerate(self._rows) if item.item is None]

    def appointment(self, index: AnyIndex) -> Appointment | None:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()].item

    def group_of(self, index: AnyIndex) -> Group | None:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()].group

    def index_of(self, appointment_id: str) -> QModelIndex:
        """The first cell of the appointment's row; fetches older history as needed."""
        while True:
            for row, item in enumerate(self._rows):
                if item.item is not None and item.item.id == appointment_id:
                    return self.index(row, 0)
            if not self.canFetchMore(QModelIndex()):
                return QModelIndex()
            self.fetchMore(QModelIndex())

    def item_rows(self) -> list[int]:
        return [row for row, item in enumerate(self._rows) if item.item is not None]

    # Texts -------------------------------------------------------------------------------

    def when_text(self, item: Appointment) -> str:
        assert self._today is not None
        return moment_in_words(item.local_date, item.local_time, self._today)

    def unclosed_status(self) -> str:
        """The status of a past appointment nobody closed."""
        return self.tr("Was it done? Mark done or missed")

    def status_text(self, item: Appointment) -> str:
        assert self._now is not None
        assert self._today is not None
        if is_unclosed(item, self._now):
            return self.unclosed_status()
        if item.status is AppointmentStatus.PLANNED:
            days = (item.local_date - self._today).days
            if days == 0:
                return self.tr("Planned, today")
            if days == 1:
                return self.tr("Planned, tomorrow")
            return self.tr("Planned, in %n days", "", days)
        if item.status is AppointmentStatus.DONE and item.fulfils is not None:
            return self._done_text(item.fulfils)
        return appointment_status_label(item.status)

    def _done_text(self, check: RoutineCheck) -> str:
        return self.tr("Done ({check})").format(check=routine_check_label(check))

    def status_samples(self) -> list[str]:
        """The longest texts the Status column shows, but for "Was it done?" (its width)."""
        return [
            *(self._done_text(check) for check in RoutineCheck),
            self.tr("Planned, in %n days", "", 365),
            *(appointment_status_label(status) for status in AppointmentStatus),
        ]

    def notes_text(self, item: Appointment) -> str:
        """One line: for a planned visit who, where, what for and how many questions; for
        a past one its outcome (else what it was for)."""
        if item.status is AppointmentStatus.PLANNED:
            parts = [item.purpose, item.clinician, item.place]
            if item.questions:
                parts.append(self.tr("%n questions", "", len(item.questions)))
        else:
            parts = [item.outcome or item.purpose]
        return self.tr(" · ").join(" ".join(part.split()) for part in parts if part.strip())

    def details_text(self, item: Appointment) -> str:
        """Everything about one appointment, one fact per line (the row's tool tip)."""
        lines = [
            self.tr("{specialty}, {when}").format(
                specialty=specialty_label(item.specialty), when=self.when_text(item)
            ),
            self.status_text(item),
        ]
        for label, value in (
            (self.tr("With: {text}"), item.clinician),
            (self.tr("Place: {text}"), item.place),
            (self.tr("Purpose: {text}"), item.purpose),
            (self.tr("Outcome: {text}"), item.outcome),
        ):
            if value.strip():
                lines.append(label.format(text=value.strip()))
        if item.questions:
            lines.append(self.tr("Questions to ask:"))
            lines.extend(
                self.tr("{number}. {question}").format(number=number, question=question)
                for number, question in enumerate(item.questions, start=1)
            )
        return "\n".join(lines)

    def _heading_text(self, group: Group) -> str:
        if group is Group.UNCLOSED:
            return self.tr("Was it done? (%n)", "", len(self._unclosed))
        if group is Group.COMING:
            return self.tr("Coming up (%n)", "", len(self._coming))
        return self.tr("History, newest first (%n)", "", len(self._history))

    def _cell_text(self, row: int, column: int) -> str:
        key = (row, column)
        text = self._texts.get(key)
        if text is None:
            entry = self._rows[row]
            if entry.item is None:
                text = self._heading_text(entry.group) if column == Column.WHEN else ""
            elif column == Column.WHEN:
                text = self.when_text(entry.item)
            elif column == Column.APPOINTMENT:
                text = specialty_label(entry.item.specialty)
            elif column == Column.STATUS:
                text = self.status_text(entry.item)
            else:
                text = self.notes_text(entry.item)
            self._texts[key] = text
        return text

    # QAbstractItemModel -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].item is None:  # a heading: seen, never chosen
            return Qt.ItemFlag.ItemIsEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell_text(index.row(), index.column())
        if role == ID_ROLE:
            return entry.item.id if entry.item is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and entry.item is not None:
            return self.details_text(entry.item)
        if role == Qt.ItemDataRole.FontRole and entry.item is None:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.column() == Column.STATUS
            and entry.item is not None
            and entry.group is Group.UNCLOSED
        ):
            return _warning_icon()
        return None


def _warning_icon() -> QIcon:
    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
