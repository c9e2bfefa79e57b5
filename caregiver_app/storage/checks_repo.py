"""Checks of a child in SQLite (schema version 5): routine checks' intervals as the family
set them, family-added checks, and checks recorded by hand with their result notes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from caregiver_app.core.appointments import RoutineCheck
from caregiver_app.core.checks import (
    CheckRecord,
    CheckRecordInput,
    CheckSetting,
    CheckSettingInput,
    Interval,
    IntervalUnit,
)
from caregiver_app.core.records import new_id
from caregiver_app.core.timeutil import format_instant, parse_instant
from caregiver_app.storage.database import Database
from caregiver_app.storage.rows import META_COLUMNS, meta_from_row, soft_delete, undelete

_SETTING_COLUMNS = (
    f"{META_COLUMNS}, child_id, routine, name, interval_count, interval_unit, "
    "interval_is_suggestion, interval_set_by, interval_set_at, lead_days"
)
_INSERT_SETTING = (
    f"INSERT INTO check_settings ({_SETTING_COLUMNS}) VALUES (?,?,?,?,NULL,?,?,?,?,?,?,?,?,?)"
)
_RECORD_COLUMNS = f"{META_COLUMNS}, child_id, check_key, done_on, result_notes"
_INSERT_RECORD = f"INSERT INTO check_records ({_RECORD_COLUMNS}) VALUES (?,?,?,?,NULL,?,?,?,?)"


def _setting(row: Sequence[Any]) -> CheckSetting:
    return CheckSetting(
        meta=meta_from_row(tuple(row)),
        child_id=row[5],
        routine=RoutineCheck(row[6]) if row[6] else None,
        name=row[7],
        interval=Interval(int(row[8]), IntervalUnit(row[9])),
        interval_is_suggestion=bool(row[10]),
        interval_set_by=row[11],
        interval_set_at=parse_instant(row[12]) if row[12] else None,
        lead_days=None if row[13] is None else int(row[13]),
    )


def _record(row: Sequence[Any]) -> CheckRecord:
    return CheckRecord(
        meta=meta_from_row(tuple(row)),
        child_id=row[5],
        check_key=row[6],
        done_on=date.fromisoformat(row[7]),
        result_notes=row[8],
    )


class ChecksRepository:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._conn = database.conn

    def _insert(
        self, sql: str, values: tuple[object, ...], *, now: datetime, logged_by: str
    ) -> str:
        """One new record (its own transaction, or a savepoint of the caller's)."""
        record_id = new_id()
        stamp = format_instant(now)
        with self._database.transaction() as conn:
            conn.execute(sql, (record_id, stamp, stamp, logged_by, *values))
        return record_id

    # Settings ---------------------------------------------------------------------------

    def settings(self, child_id: str) -> list[CheckSetting]:
        """The child's stored check settings (not deleted), oldest first."""
        rows = self._conn.execute(
            f"SELECT {_SETTING_COLUMNS} FROM check_settings "
            "WHERE child_id = ? AND deleted_at IS NULL ORDER BY created_at, rowid",
            (child_id,),
        ).fetchall()
        return [_setting(row) for row in rows]

    def setting(self, setting_id: str) -> CheckSetting:
        row = self._conn.execute(
            f"SELECT {_SETTING_COLUMNS} FROM check_settings WHERE id = ?", (setting_id,)
        ).fetchone()
        if row is None:
            raise KeyError(setting_id)
        return _setting(row)

    def set_routine_interval(
        self,
        child_id: str,
        routine: RoutineCheck,
        item: CheckSettingInput,
        *,
        is_suggestion: bool,
        now: datetime,
        logged_by: str,
    ) -> str:
        """Stores a routine check's interval (updating the child's row of that check, or
        adding it), with who set it and now as when; returns the row's id."""
        stamp = format_instant(now)
        values = (
            item.interval.count,
            item.interval.unit.value,
            int(is_suggestion),
            item.set_by,
            stamp,
            item.lead_days,
        )
        with self._database.transaction() as conn:
            row = conn.execute(
                "SELECT id FROM check_settings "
                "WHERE child_id = ? AND routine = ? AND deleted_at IS NULL",
                (child_id, routine.value),
            ).fetchone()
            if row is not None:
                conn.execute(
                    "UPDATE check_settings SET interval_count = ?, interval_unit = ?, "
                    "interval_is_suggestion = ?, interval_set_by = ?, interval_set_at = ?, "
                    "lead_days = ?, updated_at = ? WHERE id = ?",
                    (*values, stamp, row[0]),
                )
                return str(row[0])
            return self._insert(
                _INSERT_SETTING,
                (child_id, routine.value, "", *values),
                now=now,
                logged_by=logged_by,
            )

    def add_custom(
        self,
        child_id: str,
        name: str,
        item: CheckSettingInput,
        *,
        now: datetime,
        logged_by: str,
    ) -> str:
        interval = item.interval
        values = (child_id, None, name, interval.count, interval.unit.value, 0, item.set_by)
        return self._insert(
            _INSERT_SETTING,
            (*values, format_instant(now), item.lead_days),
            now=now,
            logged_by=logged_by,
        )

    def update_custom(
        self, setting_id: str, name: str, item: CheckSettingInput, *, now: datetime
    ) -> None:
        stamp = format_instant(now)
        with self._database.transaction() as conn:
            cursor = conn.execute(
                "UPDATE check_settings SET name = ?, interval_count = ?, interval_unit = ?, "
                "interval_is_suggestion = 0, interval_set_by = ?, interval_set_at = ?, "
                "lead_days = ?, updated_at = ? "
                "WHERE id = ? AND routine IS NULL AND deleted_at IS NULL",
                (
                    name,
                    item.interval.count,
                    item.interval.unit.value,
                    item.set_by,
                    stamp,
                    item.lead_days,
                    stamp,
                    setting_id,
                ),
            )
            if cursor.rowcount != 1:
                raise KeyError(setting_id)

    def delete_setting(self, setting_id: str, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            return soft_delete(conn, "check_settings", setting_id, now)

    def undelete_setting(self, setting_id: str, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            return undelete(conn, "check_settings", setting_id, now)

    # Records ----------------------------------------------------------------------------

    def add_record(
        self,
        child_id: str,
        check_key: str,
        item: CheckRecordInput,
        *,
        now: datetime,
        logged_by: str,
    ) -> str:
        values = (child_id, check_key, item.done_on.isoformat(), item.result_notes)
        return self._insert(_INSERT_RECORD, values, now=now, logged_by=logged_by)

    def record(self, record_id: str) -> CheckRecord:
        row = self._conn.execute(
            f"SELECT {_RECORD_COLUMNS} FROM check_records WHERE id = ?", (record_id,)
        ).fetchone()
        if row is None:
            raise KeyError(record_id)
        return _record(row)

    def records(self, child_id: str, check_key: str | None = None) -> list[CheckRecord]:
        """The child's check records (not deleted), newest first; of one check if given."""
        sql = f"SELECT {_RECORD_COLUMNS} FROM check_records WHERE child_id = ? "
        params: list[object] = [child_id]
        if check_key is not None:
            sql += "AND check_key = ? "
            params.append(check_key)
        sql += "AND deleted_at IS NULL ORDER BY done_on DESC, created_at DESC, rowid DESC"
        return [_record(row) for row in self._conn.execute(sql, params).fetchall()]

    def delete_record(self, record_id: str, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            return soft_delete(conn, "check_records", record_id, now)

    def undelete_record(self, record_id: str, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            return undelete(conn, "check_records", record_id, now)
