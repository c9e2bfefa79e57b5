"""The diary as a tree: days (newest first) with that day's entries under them.

Only ``(id, local_date)`` pairs are loaded for a filter; whole entries are fetched when the
view first asks for one of them, a batch of neighbours at a time, into a bounded cache (the
way Anki's browser shows a large collection without loading it). Ten years of entries build
in a few tens of milliseconds and cost a few megabytes."""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum
from itertools import groupby
from operator import itemgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QFont

from caregiver_app.core.catalogue import Catalogue
from caregiver_app.core.records import SEVERITY_LABELS, DiaryFilter, Severity, SymptomEntry
from caregiver_app.services.diary import DiaryService

AnyIndex = QModelIndex | QPersistentModelIndex

# Internal ids of indexes: day rows carry 0, entry rows carry their day's row + 1, so that
# parent() is a subtraction (the view calls it very often).
_DAY_ROW = 0


class Column(IntEnum):
    TIME = 0
    SYMPTOM = 1
    SEVERITY = 2
    NOTES = 3
    LOGGED_BY = 4


_COLUMN_COUNT = len(Column)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_DAY_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ENTRY_FLAGS = _DAY_FLAGS | Qt.ItemFlag.ItemNeverHasChildren


class DiaryRole(IntEnum):
    #: The entry id (str) of an entry row; None on a day row.
    ENTRY_ID = Qt.ItemDataRole.UserRole + 1
    #: The local calendar day (datetime.date) of a day row or an entry row.
    DAY = Qt.ItemDataRole.UserRole + 2
    #: True on day rows.
    IS_DAY = Qt.ItemDataRole.UserRole + 3
    #: The day's summary text ("3 entries", "Nothing unusual") on a day row.
    SUMMARY = Qt.ItemDataRole.UserRole + 4
    #: The day's date as shown ("Saturday, 21 November 2026", with "Today" or "Yesterday").
    DAY_TEXT = Qt.ItemDataRole.UserRole + 5


@dataclass(frozen=True)
class _Day:
    day: date
    start: int  # position of its first entry in the flat id list
    count: int  # 0 for a quiet day


@dataclass(frozen=True)
class _Row:
    """What the view shows of one entry, worked out once when the entry is fetched."""

    entry: SymptomEntry
    texts: tuple[str, str, str, str, str]
    notes_tooltip: str
    time_known: bool


class DiaryModel(QAbstractItemModel):
    def __init__(
        self,
        diary: DiaryService,
        catalogue: Catalogue,
        parent: QObject | None = None,
        *,
        batch_size: int = 200,
        cache_limit: int = 2_000,
    ) -> None:
        super().__init__(parent)
        self._diary = diary
        self._catalogue = catalogue
        self._batch_size = batch_size
        self._cache_limit = max(cache_limit, batch_size)
        self._filter: DiaryFilter | None = None
        self._ids: list[str] = []
        self._days: list[_Day] = []
        self._starts: list[int] = []
        self._counts: list[int] = []
        self._quiet_day_count = 0
        self._today: date | None = None
        self._cache: OrderedDict[str, _Row] = OrderedDict()
        self._gone: set[str] = set()
        self._day_texts: dict[int, str] = {}
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = QFont()
        self._bold.setBold(True)

    # Loading ------------------------------------------------------------------------------

    def set_filter(self, diary_filter: DiaryFilter | None) -> None:
        """Shows what ``diary_filter`` selects (None: nothing, e.g. no child chosen)."""
        self._filter = diary_filter
        self.reload()

    def diary_filter(self) -> DiaryFilter | None:
        return self._filter

    def reload(self) -> None:
        """Reads the ids again (after an edit, a delete, a filter change)."""
        self.beginResetModel()
        try:
            self._load()
        finally:
            self.endResetModel()

    def _load(self) -> None:
        self._cache.clear()
        self._gone.clear()
        self._day_texts.clear()
        self._ids = []
        self._days = []
        self._starts = []
        self._counts = []
        self._quiet_day_count = 0
        diary_filter = self._filter
        if diary_filter is None:
            return
        self._today = self._diary.today()
        pairs = self._diary.ids_for(diary_filter)
        self._ids = [pair[0] for pair in pairs]
        days: list[_Day] = []
        start = 0
        for day_text, group in groupby(pairs, key=itemgetter(1)):
            count = sum(1 for _ in group)
            days.append(_Day(date.fromisoformat(day_text), start, count))
            start += count
        if not diary_filter.symptom and not diary_filter.text:
            busy = {item.day for item in days}
            quiet = [
                quiet_day.day
                for quiet_day in self._diary.quiet_days(
                    diary_filter.child_id, diary_filter.start, diary_filter.end
                )
                if quiet_day.day not in busy
            ]
            if quiet:
                self._quiet_day_count = len(quiet)
                counts = {item.day: item.count for item in days}
                counts.update(dict.fromkeys(quiet, 0))
                days = []
                start = 0
                for day in sorted(counts, reverse=True):
                    days.append(_Day(day, start, counts[day]))
                    start += counts[day]
        self._days = days
        # Non-decreasing: a quiet day starts where the next day with entries starts.
        self._starts = [item.start for item in days]
        self._counts = [item.count for item in days]

    # What the page needs to know -----------------------------------------------------------

    def entry_count(self) -> int:
        return len(self._ids)

    def quiet_day_count(self) -> int:
        return self._quiet_day_count

    def day_count(self) -> int:
        return len(self._days)

    def entry_ids(self) -> list[str]:
        """Every matching entry id, in view order (newest first)."""
        return list(self._ids)

    def cached_ids(self) -> set[str]:
        """The ids whose whole entry is in memory now."""
        return set(self._cache)

    def entry_id(self, index: AnyIndex) -> str | None:
        if not index.isValid() or index.internalId() == _DAY_ROW:
            return None
        return self._ids[self._days[index.internalId() - 1].start + index.row()]

    def index_for_entry(self, entry_id: str, column: int = 0) -> QModelIndex:
        try:
            position = self._ids.index(entry_id)
        except ValueError:
            return QModelIndex()
        return self.index_at_position(position, column)

    def index_at_position(self, position: int, column: int = 0) -> QModelIndex:
        """The index of the entry at ``position`` in :meth:`entry_ids`."""
        if not 0 <= position < len(self._ids):
            return QModelIndex()
        # The last day starting at or before position; quiet days sharing that start come
        # before it, so bisect_right lands on the day that holds the entry.
        day_row = bisect_right(self._starts, position) - 1
        return self.createIndex(position - self._days[day_row].start, column, day_row + 1)

    def position_of(self, index: AnyIndex) -> int | None:
        """The place of an entry index in :meth:`entry_ids`; None for day rows."""
        if not index.isValid() or index.internalId() == _DAY_ROW:
            return None
        return self._days[index.internalId() - 1].start + index.row()

    # Fetching on demand --------------------------------------------------------------------

    def _row_at(self, position: int) -> _Row | None:
        entry_id = self._ids[position]
        row = self._cache.get(entry_id)
        if row is not None:
            self._cache.move_to_end(entry_id)
            return row
        if entry_id in self._gone:
            return None
        self._fetch_around(position)
        row = self._cache.get(entry_id)
        if row is None:  # deleted since the ids were read; the reload that follows drops it
            self._gone.add(entry_id)
        return row

    def _fetch_around(self, position: int) -> None:
        half = self._batch_size // 2
        start = max(0, min(position - half, len(self._ids) - self._batch_size))
        wanted = [
            entry_id
            for entry_id in self._ids[start : start + self._batch_size]
            if entry_id not in self._cache
        ]
        for entry_id, entry in self._diary.fetch(wanted).items():
            if entry.meta.deleted_at is None:
                self._cache[entry_id] = self._describe(entry)
        # The requested entry is the most recently used, so it survives the trim below.
        if self._ids[position] in self._cache:
            self._cache.move_to_end(self._ids[position])
        while len(self._cache) > self._cache_limit:
            self._cache.popitem(last=False)

    def _describe(self, entry: SymptomEntry) -> _Row:
        locale = QLocale()
        if entry.time_known:
            local = entry.local_time()
            time_text = locale.toString(
                QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat
            )
        else:
            time_text = self.tr("time not recorded")
        try:
            label = self._catalogue.get(entry.symptom).label
            symptom_text = QCoreApplication.translate("Symptom", label)
        except KeyError:  # a code from a newer catalogue: show it rather than hide the entry
            symptom_text = entry.symptom
        severity_text = QCoreApplication.translate("Records", SEVERITY_LABELS[entry.severity])
        notes = entry.notes.strip()
        first_line, _, rest = notes.partition("\n")
        notes_text = first_line.strip() + (" …" if rest.strip() else "")
        return _Row(
            entry,
            (time_text, symptom_text, severity_text, notes_text, entry.meta.logged_by),
            notes,
            entry.time_known,
        )

    def _day_text(self, row: int) -> str:
        text = self._day_texts.get(row)
        if text is None:
            day = self._days[row].day
            text = QLocale().toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
            )
            if self._today is not None and day == self._today:
                text = self.tr("Today, {date}").format(date=text)
            elif self._today is not None and day == self._today - timedelta(days=1):
                text = self.tr("Yesterday, {date}").format(date=text)
            self._day_texts[row] = text
        return text

    def _summary(self, row: int) -> str:
        count = self._days[row].count
        if count == 0:
            return self.tr("Nothing unusual")
        return self.tr("%n entries", "", count)

    def _day_line(self, row: int) -> str:
        return self.tr("{day} — {summary}").format(
            day=self._day_text(row), summary=self._summary(row)
        )

    # QAbstractItemModel -------------------------------------------------------------------

    # The tree view calls index() and flags() for every row when it lays out ten years of
    # expanded days: these are the hot paths, kept to a few cheap calls (no hasIndex(),
    # which would call rowCount() and columnCount() back in Python).

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid():
            if parent.internalId() != _DAY_ROW or parent.column() != 0:
                return QModelIndex()
            day_row = parent.row()
            if 0 <= row < self._counts[day_row] and 0 <= column < _COLUMN_COUNT:
                return self.createIndex(row, column, day_row + 1)
            return QModelIndex()
        if 0 <= row < len(self._counts) and 0 <= column < _COLUMN_COUNT:
            return self.createIndex(row, column, _DAY_ROW)
        return QModelIndex()

    def parent(self, child: AnyIndex) -> QModelIndex:  # type: ignore[override]
        internal = child.internalId()  # 0 for day rows and for invalid indexes
        if internal == _DAY_ROW:
            return QModelIndex()
        return self.createIndex(internal - 1, 0, _DAY_ROW)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if index.internalId() != _DAY_ROW:
            return _ENTRY_FLAGS
        return _DAY_FLAGS if index.isValid() else _NO_FLAGS

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._counts)
        if parent.internalId() == _DAY_ROW and parent.column() == 0:
            return self._counts[parent.row()]
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return _COLUMN_COUNT

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.TIME: self.tr("Time"),
            Column.SYMPTOM: self.tr("Symptom"),
            Column.SEVERITY: self.tr("Severity"),
            Column.NOTES: self.tr("Notes"),
            Column.LOGGED_BY: self.tr("Logged by"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        internal = index.internalId()
        column = index.column()
        if internal == _DAY_ROW:
            return self._day_data(index.row(), column, role)
        day_row = internal - 1
        if role == DiaryRole.DAY:
            return self._days[day_row].day
        if role == DiaryRole.IS_DAY:
            return False
        position = self._days[day_row].start + index.row()
        if role == DiaryRole.ENTRY_ID:
            return self._ids[position]
        if role not in _ENTRY_ROLES:
            return None
        row = self._row_at(position)
        if row is None:  # deleted between loading the ids and showing it; a reload follows
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.texts[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.NOTES and row.notes_tooltip:
                return row.notes_tooltip
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column == Column.TIME and not row.time_known:
                return self._italic
            if column == Column.SEVERITY and row.entry.severity is Severity.SEVERE:
                return self._bold  # severe episodes stand out without a colour
        return None

    def _day_data(self, row: int, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # The view draws a day row across all columns, so column 0 says it all.
            return self._day_line(row) if column == 0 else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == DiaryRole.IS_DAY:
            return True
        if role == DiaryRole.DAY:
            return self._days[row].day
        if role == DiaryRole.SUMMARY:
            return self._summary(row)
        if role == DiaryRole.DAY_TEXT:
            return self._day_text(row)
        return None


_ENTRY_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
    }
)
