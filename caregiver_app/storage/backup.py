"""Backups through SQLite's online backup API (never a file copy)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from caregiver_app.storage.database import secure_directory, secure_file

BACKUP_DIRNAME = "backups"


def backup_to(conn: sqlite3.Connection, destination: Path) -> Path:
    """Writes a consistent copy of ``conn``'s database to ``destination`` (mode 0600)."""
    secure_directory(destination.parent)
    secure_file(destination)
    target = sqlite3.connect(destination)
    try:
        conn.backup(target)
        ok = target.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        target.close()
    if ok != "ok":  # pragma: no cover - would mean the source itself is damaged
        raise sqlite3.DatabaseError(f"backup {destination} failed its integrity check: {ok}")
    return destination


def backup_into_folder(conn: sqlite3.Connection, folder: Path, label: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return backup_to(conn, folder / f"caregiver-{label}-{stamp}.sqlite3")
