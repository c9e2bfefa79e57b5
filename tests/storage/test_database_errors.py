"""Storage failures a family can act on become plain-words errors at the one place writes
happen (``Database.transaction``), for every repository; the diary is left as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from caregiver_app.core.clock import FixedClock
from caregiver_app.core.records import DiaryFilter
from caregiver_app.services.app import open_app
from caregiver_app.storage.backup import BACKUP_DIRNAME
from caregiver_app.storage.database import (
    DATABASE_FILENAME,
    DatabaseBusy,
    DiskFull,
    StorageError,
)
from caregiver_app.storage.migrations import SCHEMA_VERSION
from tests.conftest import NOW

FIXTURES = Path(__file__).parent / "fixtures"


def log(services, child, notes: str):
    return services.diary.log(
        child.id, day="2026-11-20", clock_time="08:00", symptom="fever", severity="mild",
        notes=notes,
    )  # fmt: skip


def notes(services, child) -> list[str]:
    return [e.notes for e in services.diary.repository.entries(DiaryFilter(child.id))]


def test_a_write_while_another_program_holds_the_lock_says_the_diary_is_busy(services, child):
    services.database.conn.execute("PRAGMA busy_timeout = 100")  # not 5 s, for the test
    other = sqlite3.connect(services.database.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusy) as refused:
            log(services, child, "while busy")
        with pytest.raises(DatabaseBusy):
            services.settings.set_caregiver_name("Juan")  # every repository, same words
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert refused.value.render() == (
        "The diary is busy: another window or command is saving. Try again in a moment."
    )
    assert not services.database.in_transaction()
    log(services, child, "after")
    assert notes(services, child) == ["after"]
    assert services.settings.caregiver_name() == "Maria"


def test_a_full_disk_says_so_and_what_to_do_and_loses_nothing(services, child):
    log(services, child, "saved before")
    conn = services.database.conn
    # SQLite's own "database or disk is full" (SQLITE_FULL), for real, without filling a
    # disk: the file may not grow past the pages it has now.
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFull) as refused:
        for n in range(10_000):
            log(services, child, f"{n} " + "long notes " * 50)
    message = refused.value.render()
    assert message.startswith(f"The disk holding the diary ({services.data_dir}) is full")
    assert "Free some space" in message
    assert not services.database.in_transaction()
    kept = notes(services, child)
    assert kept[0] == "saved before"
    conn.execute("PRAGMA max_page_count = 1073741823")
    log(services, child, "after freeing space")
    assert notes(services, child)[-1] == "after freeing space"
    assert services.backups.check() == []


def test_a_bug_inside_a_transaction_is_not_disguised_as_a_storage_error(services, child):
    with pytest.raises(sqlite3.IntegrityError), services.database.transaction() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('k', NULL)")
    with pytest.raises(sqlite3.OperationalError), services.database.transaction() as conn:
        conn.execute("INSERT INTO no_such_table VALUES (1)")


def test_no_backup_no_migration(tmp_path):
    """The migration's backup is written and verified first; if it cannot be, the migration
    does not run and the file stays at version 1 with its data."""
    folder = tmp_path / "family"
    folder.mkdir()
    path = folder / DATABASE_FILENAME
    conn = sqlite3.connect(path)
    conn.executescript((FIXTURES / "v1.sql").read_text(encoding="utf-8"))
    conn.close()
    (folder / BACKUP_DIRNAME).write_text("a file where the backups folder should be")
    with pytest.raises(StorageError) as refused:
        open_app(folder, FixedClock(NOW))
    assert "backup could not be written" in refused.value.render()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM symptom_entries").fetchone()[0] == 2
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name = 'quiet_days'").fetchall()
    conn.close()
    (folder / BACKUP_DIRNAME).unlink()
    services = open_app(folder, FixedClock(NOW))
    services.close()
    [backup] = (folder / BACKUP_DIRNAME).iterdir()
    check = sqlite3.connect(backup)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check.execute("PRAGMA user_version").fetchone()[0] == 1
    check.close()
    assert SCHEMA_VERSION >= 2
