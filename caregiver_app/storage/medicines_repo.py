"""Medicines, their refills and the dose log, in SQLite (schema version 3).

Stock on hand is derived, never counted down in place: the stock counted when it was last
set, plus refills recorded since, minus doses given since (one dose = one unit of stock)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from caregiver_app.core.medicines import (
    DoseEvent,
    DoseInput,
    DoseStatus,
    Medicine,
    MedicineInput,
    Refill,
    Route,
)
from caregiver_app.core.records import new_id
from caregiver_app.core.schedule import Schedule, ScheduleKind
from caregiver_app.core.timeutil import format_instant, parse_instant
from caregiver_app.storage.database import Database
from caregiver_app.storage.rows import META_COLUMNS, meta_from_row, soft_delete, undelete

_MEDICINE_FIELDS = (
    "name, dose_amount, dose_unit, dose_text, route, schedule_kind, schedule_times, "
    "schedule_weekdays, every_days, start_date, end_date, prescriber, purpose, notes, "
    "stock, stock_counted_at, low_stock_level"
)
_MEDICINE_COLUMNS = f"{META_COLUMNS}, child_id, zone, {_MEDICINE_FIELDS}"
_INSERT_MEDICINE = (
    f"INSERT INTO medicines ({_MEDICINE_COLUMNS}) VALUES (?,?,?,?,NULL,?,?,{','.join('?' * 17)})"
)
_DOSE_COLUMNS = (
    f"{META_COLUMNS}, child_id, medicine_id, status, scheduled_for, scheduled_date, "
    "scheduled_time, given_at, zone, local_date, given_by, reason, notes"
)
_INSERT_DOSE = (
    f"INSERT INTO dose_events ({_DOSE_COLUMNS}) VALUES (?,?,?,?,NULL,{','.join('?' * 12)})"
)

MedicineKey = tuple[object, ...]
DoseKey = tuple[str, str, str, str, str, str, str]


def _times_text(times: Iterable[time]) -> str:
    return " ".join(t.strftime("%H:%M") for t in sorted(times))


def _parse_times(text: str) -> tuple[time, ...]:
    return tuple(time.fromisoformat(part) for part in text.split())


def _medicine(row: Sequence[Any]) -> Medicine:
    kind = ScheduleKind(row[12])
    start = date.fromisoformat(row[16])
    schedule = Schedule(
        kind,
        _parse_times(row[13]),
        frozenset(int(c) for c in row[14]),
        row[15],
        start if kind is ScheduleKind.EVERY_N_DAYS else None,
    )
    return Medicine(
        meta=meta_from_row(tuple(row)),
        child_id=row[5],
        zone=row[6],
        name=row[7],
        dose_amount=row[8],
        dose_unit=row[9],
        dose_text=row[10],
        route=Route(row[11]),
        schedule=schedule,
        start_date=start,
        end_date=date.fromisoformat(row[17]) if row[17] else None,
        prescriber=row[18],
        purpose=row[19],
        notes=row[20],
        stock=row[21],
        stock_counted_at=parse_instant(row[22]) if row[22] else None,
        low_stock_level=row[23],
    )


def _dose(row: Sequence[Any]) -> DoseEvent:
    return DoseEvent(
        meta=meta_from_row(tuple(row)),
        child_id=row[5],
        medicine_id=row[6],
        status=DoseStatus(row[7]),
        scheduled_for=parse_instant(row[8]) if row[8] else None,
        scheduled_date=date.fromisoformat(row[9]) if row[9] else None,
        scheduled_time=time.fromisoformat(row[10]) if row[10] else None,
        given_at=parse_instant(row[11]) if row[11] else None,
        zone=row[12],
        local_date=date.fromisoformat(row[13]),
        given_by=row[14],
        reason=row[15],
        notes=row[16],
    )


def medicine_key(medicine: MedicineInput) -> MedicineKey:
    """What makes two medicines "the same medicine" for idempotent imports (the stock,
    which changes every day, is not part of it). It is also the stored prescription
    columns' values, in their order (see ``MedicinesRepository._medicine_values``)."""
    schedule = medicine.schedule
    return (
        medicine.name,
        medicine.dose_amount,
        medicine.dose_unit,
        medicine.dose_text,
        medicine.route.value,
        schedule.kind.value,
        _times_text(schedule.times),
        "".join(str(d) for d in sorted(schedule.weekdays)),
        schedule.every_days,
        medicine.start_date.isoformat(),
        medicine.end_date.isoformat() if medicine.end_date else None,
        medicine.prescriber,
        medicine.purpose,
        medicine.notes,
    )


def _stored_medicine_key(medicine: Medicine) -> MedicineKey:
    return medicine_key(medicine.as_input())


def dose_key(medicine_id: str, dose: DoseInput) -> DoseKey:
    """What makes two dose-log entries "the same entry" for idempotent imports."""
    return (
        medicine_id,
        dose.status.value,
        format_instant(dose.scheduled.instant) if dose.scheduled else "",
        format_instant(dose.given_at) if dose.given_at else "",
        dose.given_by,
        dose.reason,
        dose.notes,
    )


def stored_dose_key(event: DoseEvent) -> DoseKey:
    return (
        event.medicine_id,
        event.status.value,
        format_instant(event.scheduled_for) if event.scheduled_for else "",
        format_instant(event.given_at) if event.given_at else "",
        event.given_by,
        event.reason,
        event.notes,
    )


class MedicinesRepository:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._conn = database.conn

    # Medicines --------------------------------------------------------------------------

    @staticmethod
    def _medicine_values(medicine: MedicineInput) -> tuple[object, ...]:
        # The stored prescription columns, in order: exactly what identifies a medicine.
        return medicine_key(medicine)

    def _insert_row(
        self,
        record_id: str,
        child_id: str,
        zone: str,
        medicine: MedicineInput,
        stamp: str,
        logged_by: str,
    ) -> tuple[object, ...]:
        counted = stamp if medicine.stock is not None else None
        return (
            record_id,
            stamp,
            stamp,
            logged_by,
            child_id,
            zone,
            *self._medicine_values(medicine),
            medicine.stock,
            counted,
            medicine.low_stock_level,
        )

    def add(
        self, child_id: str, zone: str, medicine: MedicineInput, *, now: datetime, logged_by: str
    ) -> str:
        record_id = new_id()
        stamp = format_instant(now)
        with self._database.transaction() as conn:
            conn.execute(
                _INSERT_MEDICINE,
                self._insert_row(record_id, child_id, zone, medicine, stamp, logged_by),
            )
        return record_id

    def add_missing(
        self,
        child_id: str,
        zone: str,
        medicines: Iterable[tuple[MedicineInput, str]],
        *,
        now: datetime,
    ) -> tuple[int, int]:
        """Adds the ``(medicine, logged_by)`` pairs not stored yet (a multiset on
        :func:`medicine_key`) in one transaction; returns ``(added, already there)``."""
        stamp = format_instant(now)
        with self._database.transaction() as conn:
            stored = Counter(_stored_medicine_key(m) for m in self.medicines(child_id))
            rows: list[tuple[object, ...]] = []
            already = 0
            for medicine, logged_by in medicines:
                key = medicine_key(medicine)
                if stored[key] > 0:
                    stored[key] -= 1
                    already += 1
                else:
                    rows.append(
                        self._insert_row(new_id(), child_id, zone, medicine, stamp, logged_by)
                    )
            conn.executemany(_INSERT_MEDICINE, rows)
        return len(rows), already

    def update(
        self, medicine_id: str, medicine: MedicineInput, *, now: datetime, stock_changed: bool
    ) -> None:
        """Saves the prescription; the stock count (and when it was counted) only when
        ``stock_changed``, so doses given since the last count keep counting."""
        stamp = format_instant(now)
        sets = (
            "name=?, dose_amount=?, dose_unit=?, dose_text=?, route=?, schedule_kind=?, "
            "schedule_times=?, schedule_weekdays=?, every_days=?, start_date=?, end_date=?, "
            "prescriber=?, purpose=?, notes=?, low_stock_level=?, updated_at=?"
        )
        values: list[object] = [
            *self._medicine_values(medicine),
            medicine.low_stock_level,
            stamp,
        ]
        if stock_changed:
            sets += ", stock=?, stock_counted_at=?"
            values += [medicine.stock, stamp if medicine.stock is not None else None]
        with self._database.transaction() as conn:
            cursor = conn.execute(
                f"UPDATE medicines SET {sets} WHERE id=? AND deleted_at IS NULL",
                (*values, medicine_id),
            )
            if cursor.rowcount != 1:
                raise KeyError(medicine_id)

    def delete(self, medicine_id: str, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            return soft_delete(conn, "medicines", medicine_id, now)

    def undelete(self, medicine_id: str, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            return undelete(conn, "medicines", medicine_id, now)

    def get(self, medicine_id: str) -> Medicine:
        row = self._conn.execute(
            f"SELECT {_MEDICINE_COLUMNS} FROM medicines WHERE id = ?", (medicine_id,)
        ).fetchone()
        if row is None:
            raise KeyError(medicine_id)
        return _medicine(row)

    def medicines(self, child_id: str) -> list[Medicine]:
        """The child's medicines (not deleted), current and stopped, by start date."""
        rows = self._conn.execute(
            f"SELECT {_MEDICINE_COLUMNS} FROM medicines WHERE child_id = ? AND deleted_at IS NULL "
            "ORDER BY start_date, name COLLATE NOCASE, created_at, rowid",
            (child_id,),
        ).fetchall()
        return [_medicine(row) for row in rows]

    # Stock ------------------------------------------------------------------------------

    def add_refill(
        self,
        medicine_id: str,
        day: date,
        quantity: int,
        notes: str,
        *,
        now: datetime,
        logged_by: str,
    ) -> str:
        record_id = new_id()
        stamp = format_instant(now)
        with self._database.transaction() as conn:
            conn.execute(
                f"INSERT INTO medicine_refills ({META_COLUMNS}, medicine_id, day, quantity, notes)"
                " VALUES (?,?,?,?,NULL,?,?,?,?)",
                (record_id, stamp, stamp, logged_by, medicine_id, day.isoformat(), quantity, notes),
            )
        return record_id

    def delete_refill(self, refill_id: str, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            return soft_delete(conn, "medicine_refills", refill_id, now)

    def undelete_refill(self, refill_id: str, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            return undelete(conn, "medicine_refills", refill_id, now)

    def refills(self, medicine_id: str) -> list[Refill]:
        rows = self._conn.execute(
            f"SELECT {META_COLUMNS}, medicine_id, day, quantity, notes FROM medicine_refills "
            "WHERE medicine_id = ? AND deleted_at IS NULL ORDER BY day, created_at, rowid",
            (medicine_id,),
        ).fetchall()
        return [
            Refill(meta_from_row(row), row[5], date.fromisoformat(row[6]), row[7], row[8])
            for row in rows
        ]

    def stock_on_hand(self, medicine: Medicine) -> int | None:
        """None when no stock is kept; else counted + refilled since - given since (never
        below zero: a count that ran out is simply out)."""
        if medicine.stock is None or medicine.stock_counted_at is None:
            return None
        since = format_instant(medicine.stock_counted_at)
        refilled = self._conn.execute(
            "SELECT coalesce(sum(quantity), 0) FROM medicine_refills "
            "WHERE medicine_id = ? AND deleted_at IS NULL AND created_at > ?",
            (medicine.id, since),
        ).fetchone()[0]
        given = self._conn.execute(
            "SELECT count(*) FROM dose_events WHERE medicine_id = ? AND deleted_at IS NULL "
            "AND status = 'given' AND created_at > ? AND given_at >= ?",
            (medicine.id, since, since),
        ).fetchone()[0]
        return max(0, medicine.stock + int(refilled) - int(given))

    # Doses ------------------------------------------------------------------------------

    @staticmethod
    def _dose_values(
        record_id: str,
        child_id: str,
        medicine_id: str,
        dose: DoseInput,
        stamp: str,
        logged_by: str,
    ) -> tuple[object, ...]:
        scheduled = dose.scheduled
        return (
            record_id,
            stamp,
            stamp,
            logged_by,
            child_id,
            medicine_id,
            dose.status.value,
            format_instant(scheduled.instant) if scheduled else None,
            scheduled.local_date.isoformat() if scheduled else None,
            scheduled.wall_time.strftime("%H:%M") if scheduled else None,
            format_instant(dose.given_at) if dose.given_at else None,
            dose.zone,
            dose.local_date.isoformat(),
            dose.given_by,
            dose.reason,
            dose.notes,
        )

    def add_dose(
        self, child_id: str, medicine_id: str, dose: DoseInput, *, now: datetime, logged_by: str
    ) -> str:
        """Raises sqlite3.IntegrityError if the scheduled dose already has an answer (the
        service checks first and says so in plain words)."""
        record_id = new_id()
        with self._database.transaction() as conn:
            conn.execute(
                _INSERT_DOSE,
                self._dose_values(
                    record_id, child_id, medicine_id, dose, format_instant(now), logged_by
                ),
            )
        return record_id

    def update_dose(
        self, dose_id: str, medicine_id: str, dose: DoseInput, *, now: datetime
    ) -> None:
        values = self._dose_values(dose_id, "", medicine_id, dose, format_instant(now), "")
        with self._database.transaction() as conn:
            cursor = conn.execute(
                "UPDATE dose_events SET medicine_id=?, status=?, scheduled_for=?, "
                "scheduled_date=?, scheduled_time=?, given_at=?, zone=?, local_date=?, "
                "given_by=?, reason=?, notes=?, updated_at=? WHERE id=? AND deleted_at IS NULL",
                (*values[5:], values[2], dose_id),
            )
            if cursor.rowcount != 1:
                raise KeyError(dose_id)

    def add_missing_doses(
        self,
        child_id: str,
        doses: Iterable[tuple[str, DoseInput, str]],
        *,
        now: datetime,
    ) -> tuple[int, int]:
        """Adds the ``(medicine_id, dose, logged_by)`` entries not stored yet (a multiset on
        :func:`dose_key`) in one transaction; returns ``(added, already there)``."""
        stamp = format_instant(now)
        with self._database.transaction() as conn:
            stored = Counter(stored_dose_key(event) for event in self.doses(child_id))
            rows: list[tuple[object, ...]] = []
            already = 0
            for medicine_id, dose, logged_by in doses:
                key = dose_key(medicine_id, dose)
                if stored[key] > 0:
                    stored[key] -= 1
                    already += 1
                else:
                    rows.append(
                        self._dose_values(new_id(), child_id, medicine_id, dose, stamp, logged_by)
                    )
            conn.executemany(_INSERT_DOSE, rows)
        return len(rows), already

    def delete_dose(self, dose_id: str, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            return soft_delete(conn, "dose_events", dose_id, now)

    def undelete_dose(self, dose_id: str, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            return undelete(conn, "dose_events", dose_id, now)

    def get_dose(self, dose_id: str) -> DoseEvent:
        row = self._conn.execute(
            f"SELECT {_DOSE_COLUMNS} FROM dose_events WHERE id = ?", (dose_id,)
        ).fetchone()
        if row is None:
            raise KeyError(dose_id)
        return _dose(row)

    def dose_for_occurrence(self, medicine_id: str, instant: datetime) -> DoseEvent | None:
        row = self._conn.execute(
            f"SELECT {_DOSE_COLUMNS} FROM dose_events WHERE medicine_id = ? "
            "AND scheduled_for = ? AND deleted_at IS NULL",
            (medicine_id, format_instant(instant)),
        ).fetchone()
        return None if row is None else _dose(row)

    def doses(
        self,
        child_id: str,
        start: date | None = None,
        end: date | None = None,
        *,
        medicine_id: str | None = None,
    ) -> list[DoseEvent]:
        """Dose-log entries (not deleted) whose day is from ``start`` to ``end``, oldest
        first (by the time given, or the scheduled time of a skipped dose)."""
        sql = f"SELECT {_DOSE_COLUMNS} FROM dose_events WHERE child_id = ? AND deleted_at IS NULL"
        params: list[object] = [child_id]
        if medicine_id is not None:
            sql += " AND medicine_id = ?"
            params.append(medicine_id)
        if start is not None:
            sql += " AND local_date >= ?"
            params.append(start.isoformat())
        if end is not None:
            sql += " AND local_date <= ?"
            params.append(end.isoformat())
        sql += " ORDER BY local_date, coalesce(given_at, scheduled_for), created_at, rowid"
        return [_dose(row) for row in self._conn.execute(sql, params).fetchall()]

    def doses_answering(self, child_id: str, first: date, last: date) -> list[DoseEvent]:
        """The dose-log entries (not deleted) that may answer the scheduled doses of the
        local days ``first``..``last``, and the as-needed doses of those days: a superset
        (scheduled instants within three days either side, wider than any zone's offset or
        gap), for callers that match scheduled doses by their instant. Reads only those,
        not the child's whole log (ten years of doses take a third of a second to load)."""
        low = format_instant(datetime.combine(first - timedelta(days=3), time(), UTC))
        high = format_instant(datetime.combine(last + timedelta(days=3), time(), UTC))
        rows = self._conn.execute(
            f"SELECT {_DOSE_COLUMNS} FROM dose_events WHERE child_id = ? AND deleted_at IS NULL "
            "AND ((scheduled_for IS NOT NULL AND scheduled_for >= ? AND scheduled_for < ?) "
            "OR (scheduled_for IS NULL AND local_date >= ? AND local_date <= ?)) "
            "ORDER BY local_date, coalesce(given_at, scheduled_for), created_at, rowid",
            (child_id, low, high, first.isoformat(), last.isoformat()),
        ).fetchall()
        return [_dose(row) for row in rows]

    def scheduled_taken(self, child_id: str) -> set[tuple[str, str]]:
        """``(medicine_id, scheduled_for)`` of every scheduled dose that has an answer."""
        rows = self._conn.execute(
            "SELECT medicine_id, scheduled_for FROM dose_events WHERE child_id = ? "
            "AND deleted_at IS NULL AND scheduled_for IS NOT NULL",
            (child_id,),
        )
        return {(row[0], row[1]) for row in rows}
