"""Dental care records: events (care, visits, problems, procedures), daily ticks and the
day each primary tooth came through."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from caregiver_app.core.dental import (
    AntibioticCover,
    DailyCare,
    DailyTick,
    DentalEvent,
    DentalEventInput,
    DentalEventKind,
    ToothEruption,
)
from caregiver_app.core.records import new_id
from caregiver_app.core.timeutil import format_instant
from caregiver_app.storage.database import Database
from caregiver_app.storage.rows import META_COLUMNS, meta_from_row, soft_delete, undelete

_EVENT_FIELDS = "day, kind, tooth, antibiotic_cover, appointment_id, notes"
_EVENT_COLUMNS = f"{META_COLUMNS}, child_id, {_EVENT_FIELDS}"
_INSERT_EVENT = f"INSERT INTO dental_events ({_EVENT_COLUMNS}) VALUES (?,?,?,?,NULL,?,?,?,?,?,?,?)"
_CARE_COLUMNS = f"{META_COLUMNS}, child_id, day, brushing, fluoride_toothpaste"
_ERUPTION_COLUMNS = f"{META_COLUMNS}, child_id, tooth, erupted_on"

EventKey = tuple[str, str, int, str, str]


def _event_values(item: DentalEventInput) -> tuple[object, ...]:
    return (
        item.day.isoformat(),
        item.kind.value,
        item.tooth,
        item.antibiotic_cover.value if item.antibiotic_cover else None,
        item.appointment_id,
        item.notes,
    )


def event_key(item: DentalEventInput) -> EventKey:
    """What makes two events "the same" for idempotent imports (the appointment link is not
    part of a CSV file, so it is not part of the key)."""
    return (
        item.day.isoformat(),
        item.kind.value,
        item.tooth or 0,
        item.antibiotic_cover.value if item.antibiotic_cover else "",
        item.notes,
    )


def _event(row: Sequence[Any]) -> DentalEvent:
    return DentalEvent(
        meta=meta_from_row(tuple(row)),
        child_id=row[5],
        day=date.fromisoformat(row[6]),
        kind=DentalEventKind(row[7]),
        tooth=row[8],
        antibiotic_cover=AntibioticCover(row[9]) if row[9] else None,
        appointment_id=row[10],
        notes=row[11],
    )


class DentalRepository:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._conn = database.conn

    # Events -----------------------------------------------------------------------------

    def add_event(
        self, child_id: str, item: DentalEventInput, *, now: datetime, logged_by: str
    ) -> str:
        record_id = new_id()
        stamp = format_instant(now)
        with self._database.transaction() as conn:
            conn.execute(
                _INSERT_EVENT, (record_id, stamp, stamp, logged_by, child_id, *_event_values(item))
            )
        return record_id

    def update_event(self, event_id: str, item: DentalEventInput, *, now: datetime) -> None:
        assignments = ", ".join(f"{name.strip()}=?" for name in _EVENT_FIELDS.split(","))
        with self._database.transaction() as conn:
            cursor = conn.execute(
                f"UPDATE dental_events SET {assignments}, updated_at=? "
                "WHERE id=? AND deleted_at IS NULL",
                (*_event_values(item), format_instant(now), event_id),
            )
            if cursor.rowcount != 1:
                raise KeyError(event_id)

    def delete_event(self, event_id: str, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            return soft_delete(conn, "dental_events", event_id, now)

    def undelete_event(self, event_id: str, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            return undelete(conn, "dental_events", event_id, now)

    def event(self, event_id: str) -> DentalEvent:
        row = self._conn.execute(
            f"SELECT {_EVENT_COLUMNS} FROM dental_events WHERE id = ?", (event_id,)
        ).fetchone()
        if row is None:
            raise KeyError(event_id)
        return _event(row)

    def events(
        self, child_id: str, start: date | None = None, end: date | None = None
    ) -> list[DentalEvent]:
        sql = (
            f"SELECT {_EVENT_COLUMNS} FROM dental_events WHERE child_id = ? AND deleted_at IS NULL"
        )
        params: list[object] = [child_id]
        if start is not None:
            sql += " AND day >= ?"
            params.append(start.isoformat())
        if end is not None:
            sql += " AND day <= ?"
            params.append(end.isoformat())
        rows = self._conn.execute(sql + " ORDER BY day, created_at, rowid", params).fetchall()
        return [_event(row) for row in rows]

    def event_counts(self, child_id: str) -> Counter[EventKey]:
        return Counter(event_key(item.as_input()) for item in self.events(child_id))

    # Daily care ---------------------------------------------------------------------------

    def set_tick(
        self,
        child_id: str,
        day: date,
        tick: DailyTick,
        ticked: bool,
        *,
        now: datetime,
        logged_by: str,
    ) -> bool:
        """Ticks (or unticks) one daily care item; returns whether anything changed."""
        column = tick.value  # an enum value, never user text
        stamp = format_instant(now)
        with self._database.transaction() as conn:
            row = conn.execute(
                f"SELECT id, {column} FROM dental_daily_care "
                "WHERE child_id = ? AND day = ? AND deleted_at IS NULL",
                (child_id, day.isoformat()),
            ).fetchone()
            if row is None:
                if not ticked:
                    return False
                conn.execute(
                    f"INSERT INTO dental_daily_care ({META_COLUMNS}, child_id, day, {column}) "
                    "VALUES (?,?,?,?,NULL,?,?,1)",
                    (new_id(), stamp, stamp, logged_by, child_id, day.isoformat()),
                )
                return True
            if bool(row[1]) == ticked:
                return False
            conn.execute(
                f"UPDATE dental_daily_care SET {column} = ?, updated_at = ? WHERE id = ?",
                (int(ticked), stamp, row[0]),
            )
            return True

    def daily_care(
        self, child_id: str, start: date | None = None, end: date | None = None
    ) -> list[DailyCare]:
        sql = (
            f"SELECT {_CARE_COLUMNS} FROM dental_daily_care "
            "WHERE child_id = ? AND deleted_at IS NULL"
        )
        params: list[object] = [child_id]
        if start is not None:
            sql += " AND day >= ?"
            params.append(start.isoformat())
        if end is not None:
            sql += " AND day <= ?"
            params.append(end.isoformat())
        rows = self._conn.execute(sql + " ORDER BY day", params).fetchall()
        return [
            DailyCare(
                meta_from_row(row), row[5], date.fromisoformat(row[6]), bool(row[7]), bool(row[8])
            )
            for row in rows
        ]

    # Eruptions ----------------------------------------------------------------------------

    def record_eruption(
        self, child_id: str, tooth: int, day: date, *, now: datetime, logged_by: str
    ) -> str:
        """Records (or corrects) the day a tooth came through; returns the record's id."""
        stamp = format_instant(now)
        with self._database.transaction() as conn:
            row = conn.execute(
                "SELECT id FROM tooth_eruptions WHERE child_id = ? AND tooth = ? "
                "AND deleted_at IS NULL",
                (child_id, tooth),
            ).fetchone()
            if row is not None:
                conn.execute(
                    "UPDATE tooth_eruptions SET erupted_on = ?, updated_at = ? WHERE id = ?",
                    (day.isoformat(), stamp, row[0]),
                )
                return str(row[0])
            record_id = new_id()
            conn.execute(
                f"INSERT INTO tooth_eruptions ({_ERUPTION_COLUMNS}) VALUES (?,?,?,?,NULL,?,?,?)",
                (record_id, stamp, stamp, logged_by, child_id, tooth, day.isoformat()),
            )
            return record_id

    def delete_eruption(self, eruption_id: str, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            return soft_delete(conn, "tooth_eruptions", eruption_id, now)

    def undelete_eruption(self, eruption_id: str, *, now: datetime) -> bool:
        """Undo; refused (False) when the tooth has been recorded again since."""
        with self._database.transaction() as conn:
            row = conn.execute(
                "SELECT child_id, tooth FROM tooth_eruptions WHERE id = ?", (eruption_id,)
            ).fetchone()
            if row is None:
                return False
            clash = conn.execute(
                "SELECT 1 FROM tooth_eruptions WHERE child_id = ? AND tooth = ? "
                "AND deleted_at IS NULL",
                (row[0], row[1]),
            ).fetchone()
            if clash is not None:
                return False
            return undelete(conn, "tooth_eruptions", eruption_id, now)

    def eruptions(self, child_id: str) -> list[ToothEruption]:
        rows = self._conn.execute(
            f"SELECT {_ERUPTION_COLUMNS} FROM tooth_eruptions "
            "WHERE child_id = ? AND deleted_at IS NULL ORDER BY erupted_on, tooth",
            (child_id,),
        ).fetchall()
        return [
            ToothEruption(meta_from_row(row), row[5], int(row[6]), date.fromisoformat(row[7]))
            for row in rows
        ]

    # Imports ------------------------------------------------------------------------------

    def import_rows(
        self,
        child_id: str,
        *,
        ticks: Iterable[tuple[date, DailyTick, str]],
        eruptions: Iterable[tuple[int, date, str]],
        events: Iterable[tuple[DentalEventInput, str]],
        now: datetime,
    ) -> tuple[int, int]:
        """Adds what is not stored yet, all in one transaction; returns ``(added, already
        there)``. Ticks already ticked and eruptions already recorded on that day count as
        there; events count as a multiset on :func:`event_key`. The caller has checked that
        no eruption contradicts a stored one."""
        added = already = 0
        with self._database.transaction():
            for day, tick, logged_by in ticks:
                if self.set_tick(child_id, day, tick, True, now=now, logged_by=logged_by):
                    added += 1
                else:
                    already += 1
            stored_teeth = {item.tooth: item.erupted_on for item in self.eruptions(child_id)}
            for tooth, day, logged_by in eruptions:
                if stored_teeth.get(tooth) == day:
                    already += 1
                else:
                    self.record_eruption(child_id, tooth, day, now=now, logged_by=logged_by)
                    stored_teeth[tooth] = day
                    added += 1
            stored = self.event_counts(child_id)
            for item, logged_by in events:
                key = event_key(item)
                if stored[key] > 0:
                    stored[key] -= 1
                    already += 1
                else:
                    self.add_event(child_id, item, now=now, logged_by=logged_by)
                    added += 1
        return added, already

    def count_all(self) -> int:
        total = 0
        for table in ("dental_events", "dental_daily_care", "tooth_eruptions"):
            total += int(
                self._conn.execute(
                    f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
                ).fetchone()[0]
            )
        return total
