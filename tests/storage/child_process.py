"""What the crash tests run in a separate process, as the app itself would run: the app's own
storage (``open_app``) and services, no test doubles. The parent reads stdout and kills the
process whenever it likes; every line is flushed only after what it reports has returned.

    python -m tests.storage.child_process log FOLDER FIRST [COUNT]
        saves diary entries with notes FIRST, FIRST+1, ... one by one through
        services.diary.log, printing each number after its save returned (COUNT: then exit)
    python -m tests.storage.child_process migrate FOLDER
        prints "opening", opens (and so migrates) the diary, prints "done"
    python -m tests.storage.child_process hold FOLDER COUNT
        saves COUNT entries, then opens a write transaction with one more entry, prints
        "holding" and waits (for the parent to damage the files and kill it)
    python -m tests.storage.child_process raw-hold FOLDER COUNT
        the same with plain sqlite3 and SQLite's defaults (automatic checkpoints off, so the
        commits stay in the WAL): what SQLite alone does when the WAL disappears
"""

from __future__ import annotations

import sqlite3
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from caregiver_app.core.clock import FixedClock, SystemClock
from caregiver_app.services.app import AppServices, open_app
from caregiver_app.storage.database import DATABASE_FILENAME

# Entries are logged as "today" at 08:00 of a fixed day, so validation never depends on when
# the test runs.
CLOCK_NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
ENTRY_DAY = "2026-11-20"


def _say(text: object) -> None:
    sys.stdout.write(f"{text}\n")
    sys.stdout.flush()


def _log(services: AppServices, child_id: str, number: int) -> None:
    services.diary.log(
        child_id,
        day=ENTRY_DAY,
        clock_time="08:00",
        symptom="fever",
        severity="mild",
        notes=str(number),
    )


def log(folder: Path, first: int, count: int | None) -> None:
    services = open_app(folder, FixedClock(CLOCK_NOW))
    [child] = services.family.children()
    number = first
    while count is None or number < first + count:
        _log(services, child.id, number)
        _say(number)
        number += 1
    services.close()


def migrate(folder: Path) -> None:
    _say("opening")
    open_app(folder, SystemClock()).close()
    _say("done")


def hold(folder: Path, count: int) -> None:
    services = open_app(folder, FixedClock(CLOCK_NOW))
    [child] = services.family.children()
    for number in range(count):
        _log(services, child.id, number)
    with services.database.transaction():
        _log(services, child.id, count)
        _say("holding")
        time.sleep(60)


def raw_hold(folder: Path, count: int) -> None:
    conn = sqlite3.connect(folder / DATABASE_FILENAME, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for number in range(count + 1):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO settings (key, value) VALUES (?, 'x')", (f"raw-{number}",))
        if number < count:
            conn.execute("COMMIT")
    _say("holding")
    time.sleep(60)


def main(argv: list[str]) -> None:
    command, folder = argv[0], Path(argv[1])
    if command == "log":
        log(folder, int(argv[2]), int(argv[3]) if len(argv) > 3 else None)
    elif command == "migrate":
        migrate(folder)
    elif command == "hold":
        hold(folder, int(argv[2]))
    elif command == "raw-hold":
        raw_hold(folder, int(argv[2]))
    else:  # pragma: no cover
        raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    main(sys.argv[1:])
