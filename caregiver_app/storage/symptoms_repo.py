"""Symptom diary entries and "nothing unusual" days.

The diary view loads only ``(id, local_date)`` pairs for a filter, then fetches whole rows in
small batches when the view first shows them (Anki's browser does the same)."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from caregiver_app.core.records import (
    DiaryFilter,
    QuietDay,
    Severity,
    SymptomEntry,
    SymptomInput,
    new_id,
)
from caregiver_app.core.timeutil import format_instant, parse_instant
from caregiver_app.storage.database import Database
from caregiver_app.storage.rows import META_COLUMNS, meta_from_row, soft_delete, undelete

_ENTRY_COLUMNS = (
    f"{META_COLUMNS}, child_id, occurred_at, zone, local_date, time_known, symptom, severity, notes"
)
_INSERT_ENTRY = (
    f"INSERT INTO symptom_entries ({_ENTRY_COLUMNS}) VALUES (?,?,?,?,NULL,?,?,?,?,?,?,?,?)"
)

DedupeKey = tuple[str, int, str, str, str]


def _entry(row: Sequence[Any]) -> SymptomEntry:
    return SymptomEntry(
        meta=meta_from_row(tuple(row)),
        child_id=row[5],
        occurred_at=parse_instant(row[6]),
        zone=row[7],
        local_date=date.fromisoformat(row[8]),
        time_known=bool(row[9]),
        symptom=row[10],
        severity=Severity(row[11]),
        notes=row[12],
    )


def dedupe_key(entry: SymptomInput) -> DedupeKey:
    """What makes two entries "the same entry" for idempotent imports."""
    return (
        format_instant(entry.occurred_at),
        int(entry.time_known),
        entry.symptom,
        entry.severity.value,
        entry.notes,
    )


@dataclass(frozen=True)
class NewEntry:
    child_id: str
    entry: SymptomInput
    logged_by: str


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def filter_sql(diary_filter: DiaryFilter) -> tuple[str, list[object]]:
    """The WHERE clause (without the keyword) and parameters for a diary filter."""
    clauses = ["child_id = ?", "deleted_at IS NULL"]
    params: list[object] = [diary_filter.child_id]
    if diary_filter.symptom:
        clauses.append("symptom = ?")
        params.append(diary_filter.symptom)
    if diary_filter.start is not None:
        clauses.append("local_date >= ?")
        params.append(diary_filter.start.isoformat())
    if diary_filter.end is not None:
        clauses.append("local_date <= ?")
        params.append(diary_filter.end.isoformat())
    if diary_filter.text:
        clauses.append("notes LIKE ? ESCAPE '\\'")
        params.append(f"%{_escape_like(diary_filter.text)}%")
    return " AND ".join(clauses), params


class SymptomsRepository:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._conn = database.conn

    # Writes -----------------------------------------------------------------------------

    def add(self, child_id: str, entry: SymptomInput, *, now: datetime, logged_by: str) -> str:
        record_id = new_id()
        stamp = format_instant(now)
        with self._database.transaction() as conn:
            conn.execute(_INSERT_ENTRY, self._values(record_id, child_id, entry, stamp, logged_by))
            _unmark_quiet_days(conn, child_id, [entry.local_date], stamp)
        return record_id

    def add_many(self, entries: Iterable[NewEntry], *, now: datetime) -> int:
        """Inserts all entries in one transaction: all land or none do."""
        stamp = format_instant(now)  # once, not once per row
        rows = [
            self._values(new_id(), item.child_id, item.entry, stamp, item.logged_by)
            for item in entries
        ]
        with self._database.transaction() as conn:
            conn.executemany(_INSERT_ENTRY, rows)
        return len(rows)

    def add_missing(
        self, child_id: str, entries: Iterable[tuple[SymptomInput, str]], *, now: datetime
    ) -> tuple[int, int]:
        """Adds the ``(entry, logged_by)`` pairs the diary does not hold yet, in one
        transaction; returns ``(added, already there)``.

        Counted as a multiset on :func:`dedupe_key`: for each key, adds the batch's count
        minus the stored count, so a batch holding two identical entries adds both once
        and adding the same batch again adds nothing. Reading the stored counts inside the
        write transaction keeps two imports at once from adding the same entry twice."""
        stamp = format_instant(now)
        with self._database.transaction() as conn:
            stored = self.dedupe_counts(child_id)
            rows: list[tuple[object, ...]] = []
            already = 0
            for entry, logged_by in entries:
                key = dedupe_key(entry)
                if stored[key] > 0:
                    stored[key] -= 1
                    already += 1
                else:
                    # key[0] is the formatted instant: formatted once per row, not twice.
                    rows.append(self._values(new_id(), child_id, entry, stamp, logged_by, key[0]))
            conn.executemany(_INSERT_ENTRY, rows)
            _unmark_quiet_days(conn, child_id, {str(row[7]) for row in rows}, stamp)
        return len(rows), already

    @staticmethod
    def _values(
        record_id: str,
        child_id: str,
        entry: SymptomInput,
        stamp: str,
        logged_by: str,
        occurred_at: str | None = None,
    ) -> tuple[object, ...]:
        return (
            record_id,
            stamp,
            stamp,
            logged_by,
            child_id,
            occurred_at or format_instant(entry.occurred_at),
            entry.zone,
            entry.local_date.isoformat(),
            int(entry.time_known),
            entry.symptom,
            entry.severity.value,
            entry.notes,
        )

    def update(self, entry_id: str, entry: SymptomInput, *, now: datetime) -> None:
        with self._database.transaction() as conn:
            cursor = conn.execute(
                "UPDATE symptom_entries SET occurred_at=?, zone=?, local_date=?, time_known=?, "
                "symptom=?, severity=?, notes=?, updated_at=? WHERE id=? AND deleted_at IS NULL",
                (
                    format_instant(entry.occurred_at),
                    entry.zone,
                    entry.local_date.isoformat(),
                    int(entry.time_known),
                    entry.symptom,
                    entry.severity.value,
                    entry.notes,
                    format_instant(now),
                    entry_id,
                ),
            )
            if cursor.rowcount != 1:
                raise KeyError(entry_id)
            child_id = conn.execute(
                "SELECT child_id FROM symptom_entries WHERE id = ?", (entry_id,)
            ).fetchone()[0]
            _unmark_quiet_days(conn, child_id, [entry.local_date], format_instant(now))

    def delete(self, entry_id: str, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            return soft_delete(conn, "symptom_entries", entry_id, now)

    def undelete(self, entry_id: str, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            return undelete(conn, "symptom_entries", entry_id, now)

    # Reads ------------------------------------------------------------------------------

    def get(self, entry_id: str) -> SymptomEntry:
        row = self._conn.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM symptom_entries WHERE id = ?", (entry_id,)
        ).fetchone()
        if row is None:
            raise KeyError(entry_id)
        return _entry(row)

    def fetch_many(self, entry_ids: Sequence[str]) -> dict[str, SymptomEntry]:
        found: dict[str, SymptomEntry] = {}
        for start in range(0, len(entry_ids), 500):
            chunk = entry_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._conn.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM symptom_entries WHERE id IN ({marks})", chunk
            ):
                found[row[0]] = _entry(row)
        return found

    def ids_for(self, diary_filter: DiaryFilter) -> list[tuple[str, str]]:
        """``(id, local_date)`` of matching entries, newest first."""
        where, params = filter_sql(diary_filter)
        return self._conn.execute(
            f"SELECT id, local_date FROM symptom_entries WHERE {where} "
            "ORDER BY local_date DESC, occurred_at DESC, created_at DESC, rowid DESC",
            params,
        ).fetchall()

    def entries(
        self, diary_filter: DiaryFilter, *, oldest_first: bool = True
    ) -> list[SymptomEntry]:
        where, params = filter_sql(diary_filter)
        order = "ASC" if oldest_first else "DESC"
        rows = self._conn.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM symptom_entries WHERE {where} "
            f"ORDER BY local_date {order}, occurred_at {order}, created_at {order}, rowid {order}",
            params,
        ).fetchall()
        return [_entry(row) for row in rows]

    def count(self, child_id: str) -> int:
        return int(
            self._conn.execute(
                "SELECT count(*) FROM symptom_entries WHERE child_id = ? AND deleted_at IS NULL",
                (child_id,),
            ).fetchone()[0]
        )

    def count_all(self) -> int:
        """Entries not deleted, of every child."""
        return int(
            self._conn.execute(
                "SELECT count(*) FROM symptom_entries WHERE deleted_at IS NULL"
            ).fetchone()[0]
        )

    def dedupe_counts(self, child_id: str) -> Counter[DedupeKey]:
        rows = self._conn.execute(
            "SELECT occurred_at, time_known, symptom, severity, notes FROM symptom_entries "
            "WHERE child_id = ? AND deleted_at IS NULL",
            (child_id,),
        )
        return Counter((row[0], int(row[1]), row[2], row[3], row[4]) for row in rows)

    # Quiet days -------------------------------------------------------------------------

    def mark_quiet_day(self, child_id: str, day: date, *, now: datetime, logged_by: str) -> bool:
        """Records "nothing unusual" for a day; False if the day was already marked, or has
        entries (a day cannot be both)."""
        stamp = format_instant(now)
        with self._database.transaction() as conn:
            if conn.execute(
                "SELECT 1 FROM symptom_entries WHERE child_id = ? AND local_date = ? "
                "AND deleted_at IS NULL LIMIT 1",
                (child_id, day.isoformat()),
            ).fetchone():
                return False
            cursor = conn.execute(
                "INSERT INTO quiet_days (id, created_at, updated_at, logged_by, deleted_at, "
                "child_id, day) VALUES (?,?,?,?,NULL,?,?) ON CONFLICT DO NOTHING",
                (new_id(), stamp, stamp, logged_by, child_id, day.isoformat()),
            )
            return cursor.rowcount == 1

    def unmark_quiet_day(self, child_id: str, day: date, *, now: datetime) -> bool:
        stamp = format_instant(now)
        with self._database.transaction() as conn:
            cursor = conn.execute(
                "UPDATE quiet_days SET deleted_at = ?, updated_at = ? "
                "WHERE child_id = ? AND day = ? AND deleted_at IS NULL",
                (stamp, stamp, child_id, day.isoformat()),
            )
            return cursor.rowcount == 1

    def quiet_days(
        self, child_id: str, start: date | None = None, end: date | None = None
    ) -> list[QuietDay]:
        sql = (
            f"SELECT {META_COLUMNS}, child_id, day FROM quiet_days "
            "WHERE child_id = ? AND deleted_at IS NULL"
        )
        params: list[object] = [child_id]
        if start is not None:
            sql += " AND day >= ?"
            params.append(start.isoformat())
        if end is not None:
            sql += " AND day <= ?"
            params.append(end.isoformat())
        rows = self._conn.execute(sql + " ORDER BY day DESC", params).fetchall()
        return [QuietDay(meta_from_row(row), row[5], date.fromisoformat(row[6])) for row in rows]


def _unmark_quiet_days(
    conn: sqlite3.Connection, child_id: str, days: Iterable[date | str], stamp: str
) -> None:
    """An entry on a day marked "nothing unusual" contradicts the mark: the mark goes (softly,
    in the entry's own transaction)."""
    texts = sorted({day if isinstance(day, str) else day.isoformat() for day in days})
    for start in range(0, len(texts), 500):
        chunk = texts[start : start + 500]
        marks = ",".join("?" * len(chunk))
        conn.execute(
            f"UPDATE quiet_days SET deleted_at = ?, updated_at = ? WHERE child_id = ? "
            f"AND deleted_at IS NULL AND day IN ({marks})",
            (stamp, stamp, child_id, *chunk),
        )
