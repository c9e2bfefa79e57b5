"""Appointments of a child: one row each, the questions as a JSON array (kept in order)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from typing import Any

from caregiver_app.core.appointments import (
    Appointment,
    AppointmentInput,
    AppointmentStatus,
    RoutineCheck,
    Specialty,
)
from caregiver_app.core.records import new_id
from caregiver_app.core.timeutil import format_instant, parse_instant
from caregiver_app.storage.database import Database
from caregiver_app.storage.rows import META_COLUMNS, meta_from_row, soft_delete, undelete

_FIELDS = (
    "starts_at, zone, local_date, local_time, specialty, clinician, place, purpose, "
    "questions, status, fulfils, outcome"
)
_COLUMNS = f"{META_COLUMNS}, child_id, {_FIELDS}"
_INSERT = f"INSERT INTO appointments ({_COLUMNS}) VALUES (?,?,?,?,NULL,?,?,?,?,?,?,?,?,?,?,?,?,?)"

DedupeKey = tuple[str, ...]


def _questions_text(questions: Sequence[str]) -> str:
    return json.dumps(list(questions), ensure_ascii=False)


def _field_values(item: AppointmentInput) -> tuple[str | None, ...]:
    return (
        format_instant(item.starts_at),
        item.zone,
        item.local_date.isoformat(),
        item.local_time.strftime("%H:%M"),
        item.specialty.value,
        item.clinician,
        item.place,
        item.purpose,
        _questions_text(item.questions),
        item.status.value,
        item.fulfils.value if item.fulfils else None,
        item.outcome,
    )


def dedupe_key(item: AppointmentInput) -> DedupeKey:
    """What makes two appointments "the same" for idempotent imports: everything but the
    zone (the instant already says when)."""
    values = _field_values(item)
    return tuple("" if value is None else value for index, value in enumerate(values) if index != 1)


def _appointment(row: Sequence[Any]) -> Appointment:
    questions = json.loads(row[14])
    return Appointment(
        meta=meta_from_row(tuple(row)),
        child_id=row[5],
        starts_at=parse_instant(row[6]),
        zone=row[7],
        local_date=date.fromisoformat(row[8]),
        local_time=time.fromisoformat(row[9]),
        specialty=Specialty(row[10]),
        clinician=row[11],
        place=row[12],
        purpose=row[13],
        questions=tuple(str(question) for question in questions),
        status=AppointmentStatus(row[15]),
        fulfils=RoutineCheck(row[16]) if row[16] else None,
        outcome=row[17],
    )


class AppointmentsRepository:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._conn = database.conn

    def add(self, child_id: str, item: AppointmentInput, *, now: datetime, logged_by: str) -> str:
        record_id = new_id()
        stamp = format_instant(now)
        with self._database.transaction() as conn:
            conn.execute(
                _INSERT, (record_id, stamp, stamp, logged_by, child_id, *_field_values(item))
            )
        return record_id

    def add_missing(
        self,
        child_id: str,
        items: Iterable[tuple[AppointmentInput, str]],
        *,
        now: datetime,
    ) -> tuple[int, int]:
        """Adds the ``(appointment, logged_by)`` pairs not stored yet, in one transaction,
        counted as a multiset on :func:`dedupe_key`; returns ``(added, already there)``."""
        stamp = format_instant(now)
        with self._database.transaction() as conn:
            stored = Counter(dedupe_key(item.as_input()) for item in self.all(child_id))
            rows: list[tuple[object, ...]] = []
            already = 0
            for item, logged_by in items:
                key = dedupe_key(item)
                if stored[key] > 0:
                    stored[key] -= 1
                    already += 1
                else:
                    rows.append((new_id(), stamp, stamp, logged_by, child_id, *_field_values(item)))
            conn.executemany(_INSERT, rows)
        return len(rows), already

    def update(self, appointment_id: str, item: AppointmentInput, *, now: datetime) -> None:
        assignments = ", ".join(f"{name.strip()}=?" for name in _FIELDS.split(","))
        with self._database.transaction() as conn:
            cursor = conn.execute(
                f"UPDATE appointments SET {assignments}, updated_at=? "
                "WHERE id=? AND deleted_at IS NULL",
                (*_field_values(item), format_instant(now), appointment_id),
            )
            if cursor.rowcount != 1:
                raise KeyError(appointment_id)

    def delete(self, appointment_id: str, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            return soft_delete(conn, "appointments", appointment_id, now)

    def undelete(self, appointment_id: str, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            return undelete(conn, "appointments", appointment_id, now)

    def get(self, appointment_id: str) -> Appointment:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM appointments WHERE id = ?", (appointment_id,)
        ).fetchone()
        if row is None:
            raise KeyError(appointment_id)
        return _appointment(row)

    def all(
        self, child_id: str, start: date | None = None, end: date | None = None
    ) -> list[Appointment]:
        """The child's appointments (not deleted), earliest first; ``start``/``end`` limit
        the local dates (inclusive)."""
        sql = f"SELECT {_COLUMNS} FROM appointments WHERE child_id = ? AND deleted_at IS NULL"
        params: list[object] = [child_id]
        if start is not None:
            sql += " AND local_date >= ?"
            params.append(start.isoformat())
        if end is not None:
            sql += " AND local_date <= ?"
            params.append(end.isoformat())
        rows = self._conn.execute(sql + " ORDER BY starts_at, created_at, rowid", params).fetchall()
        return [_appointment(row) for row in rows]

    def count_all(self) -> int:
        return int(
            self._conn.execute(
                "SELECT count(*) FROM appointments WHERE deleted_at IS NULL"
            ).fetchone()[0]
        )
