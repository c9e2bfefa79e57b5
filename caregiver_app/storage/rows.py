"""Shared conversions between stored rows and record metadata."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

from caregiver_app.core.records import RecordMeta
from caregiver_app.core.timeutil import format_instant, parse_instant

META_COLUMNS = "id, created_at, updated_at, logged_by, deleted_at"


def meta_from_row(row: sqlite3.Row | tuple[Any, ...]) -> RecordMeta:
    """Reads the first five columns (see :data:`META_COLUMNS`)."""
    deleted = row[4]
    return RecordMeta(
        id=row[0],
        created_at=parse_instant(row[1]),
        updated_at=parse_instant(row[2]),
        logged_by=row[3],
        deleted_at=parse_instant(deleted) if deleted else None,
    )


def soft_delete(conn: sqlite3.Connection, table: str, record_id: str, now: datetime) -> bool:
    stamp = format_instant(now)
    cursor = conn.execute(
        f"UPDATE {table} SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
        (stamp, stamp, record_id),
    )
    return cursor.rowcount == 1


def undelete(conn: sqlite3.Connection, table: str, record_id: str, now: datetime) -> bool:
    cursor = conn.execute(
        f"UPDATE {table} SET deleted_at = NULL, updated_at = ? "
        "WHERE id = ? AND deleted_at IS NOT NULL",
        (format_instant(now), record_id),
    )
    return cursor.rowcount == 1
