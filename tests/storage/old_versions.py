"""Diary files as an older version of the app left them, for the migration tests."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from caregiver_app.storage.database import DATABASE_FILENAME
from caregiver_app.storage.migrations import MIGRATIONS

#: created_at and updated_at of the rows the tests insert.
STAMP = "2026-01-01T00:00:00.000000Z"


@contextmanager
def diary_at_version(folder: Path, version: int) -> Iterator[sqlite3.Connection]:
    """Makes ``folder`` and in it a diary migrated only as far as ``version``; the rows the
    block inserts through the connection are saved with that version."""
    folder.mkdir()
    conn = sqlite3.connect(folder / DATABASE_FILENAME)
    try:
        for migration in MIGRATIONS[:version]:
            migration(conn)
        yield conn
        conn.execute(f"PRAGMA user_version = {version}")
        conn.commit()
    finally:
        conn.close()
