"""Crash safety for real: separate processes running the app's own storage are SIGKILLed at
random moments (a dead battery, a frozen laptop), and afterwards nothing that was reported
saved is missing and the file is sound."""

from __future__ import annotations

import hashlib
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from caregiver_app.core.clock import FixedClock
from caregiver_app.core.records import DiaryFilter
from caregiver_app.services.app import open_app
from caregiver_app.storage.backup import BACKUP_DIRNAME, backup_files
from caregiver_app.storage.database import DATABASE_FILENAME
from caregiver_app.storage.migrations import SCHEMA_VERSION
from tests.conftest import FAMILY_ZONE
from tests.storage.child_process import CLOCK_NOW

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"


def start_child(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.storage.child_process", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill(process: subprocess.Popen[str]) -> tuple[str, str]:
    """SIGKILL (no clean-up of any kind), then whatever the process had printed."""
    process.send_signal(signal.SIGKILL)
    out, err = process.communicate(timeout=30)
    return out, err


def new_family(folder: Path) -> str:
    services = open_app(folder, FixedClock(CLOCK_NOW))
    try:
        services.settings.set_time_zone(FAMILY_ZONE)
        services.settings.set_caregiver_name("Maria")
        return services.family.add_child(name="Lucía", birth_date="2024-03-15").id
    finally:
        services.close()


def integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


@pytest.mark.slow
def test_every_reported_save_survives_100_sigkills_at_random_moments(tmp_path):
    folder = tmp_path / "family"
    child_id = new_family(folder)
    rng = random.Random(20261121)
    reported: set[int] = set()
    kills_mid_run = 0
    started = time.monotonic()
    for round_number in range(100):
        first = round_number * 1000  # numbers never repeat between rounds
        process = start_child("log", str(folder), str(first))
        wait_for = rng.randint(0, 6)
        if wait_for == 0:
            # Somewhere in start-up: importing, opening, checking, the first save.
            time.sleep(rng.uniform(0.0, 0.25))
        else:
            assert process.stdout is not None
            for _ in range(wait_for):
                line = process.stdout.readline()
                assert line, process.stderr.read() if process.stderr else ""
                reported.add(int(line))
            time.sleep(rng.uniform(0.0, 0.01))  # a save takes a few milliseconds
        out, err = kill(process)
        assert process.returncode == -signal.SIGKILL, err
        assert "Traceback" not in err, err
        reported.update(int(line) for line in out.split())
        kills_mid_run += wait_for > 0
    elapsed = time.monotonic() - started

    assert integrity(folder / DATABASE_FILENAME) == ["ok"]
    services = open_app(folder, FixedClock(CLOCK_NOW))
    try:
        saved = [
            int(entry.notes) for entry in services.diary.repository.entries(DiaryFilter(child_id))
        ]
        assert services.backups.check() == []
    finally:
        services.close()
    assert reported <= set(saved), sorted(reported - set(saved))[:10]
    # A save that was not yet reported may or may not have landed, but at most once each.
    assert len(saved) == len(set(saved))
    assert len(reported) > 200, "the children should have saved plenty before dying"
    assert kills_mid_run > 70
    print(f"100 kills in {elapsed:.1f} s, {len(reported)} saves reported, {len(saved)} stored")


# Migration interrupted ------------------------------------------------------------------

V1_TABLES = {
    ("table", "children"),
    ("table", "symptom_entries"),
    ("table", "settings"),
    ("index", "symptom_entries_by_child_time"),
}
V2_TABLES = V1_TABLES | {
    ("table", "care_contacts"),
    ("table", "quiet_days"),
    ("index", "quiet_days_one_per_day"),
    ("index", "symptom_entries_diary_ids"),
}
V3_TABLES = V2_TABLES | {
    ("table", "medicines"),
    ("index", "medicines_by_child"),
    ("table", "medicine_refills"),
    ("index", "medicine_refills_by_medicine"),
    ("table", "dose_events"),
    ("index", "dose_events_one_per_occurrence"),
    ("index", "dose_events_by_child_day"),
}
V4_TABLES = V3_TABLES | {
    ("table", "appointments"),
    ("index", "appointments_by_child_time"),
    ("table", "dental_events"),
    ("index", "dental_events_by_child_day"),
    ("table", "dental_daily_care"),
    ("index", "dental_daily_care_one_per_day"),
    ("table", "tooth_eruptions"),
    ("index", "tooth_eruptions_one_per_tooth"),
}
V5_TABLES = V4_TABLES | {
    ("table", "check_settings"),
    ("index", "check_settings_one_per_routine"),
    ("index", "check_settings_by_child"),
    ("table", "check_records"),
    ("index", "check_records_by_child"),
    ("table", "reminder_fired"),
    ("index", "reminder_fired_by_occurrence"),
    ("table", "reminder_snoozes"),
    ("table", "reminder_dismissals"),
    ("table", "reminder_preferences"),
}
V6_TABLES = V5_TABLES | {
    ("table", "red_flag_alerts"),
    ("index", "red_flag_alerts_by_child"),
    ("table", "red_flag_alert_entries"),
    ("table", "emergency_info"),
    ("index", "emergency_info_one_per_child"),
}
# Every table and index of the current schema (extend when a migration adds some).
LATEST_TABLES = V6_TABLES


def schema(path: Path) -> tuple[int, set[tuple[str, str]]]:
    """As any connection sees it (a plain one: it rolls back a write a kill interrupted)."""
    conn = sqlite3.connect(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        names = {
            (kind, name)
            for kind, name in conn.execute("SELECT type, name FROM sqlite_master")
            if not name.startswith("sqlite_autoindex")
        }
        return version, names
    finally:
        conn.close()


def rows_digest(path: Path) -> tuple[int, str]:
    conn = sqlite3.connect(path)
    try:
        digest = hashlib.sha256()
        count = 0
        for table in ("children", "symptom_entries", "settings"):
            order = "key" if table == "settings" else "id"
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY {order}"):
                digest.update(repr(row).encode())
                count += 1
        return count, digest.hexdigest()
    finally:
        conn.close()


def build_big_v1(path: Path, entries: int) -> None:
    conn = sqlite3.connect(path)
    conn.executescript((FIXTURES / "v1.sql").read_text(encoding="utf-8"))
    child = "c0ffee00000000000000000000000001"
    with conn:
        conn.executemany(
            "INSERT INTO symptom_entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                (
                    f"{n:032x}",
                    "2025-01-11T09:00:00.000000Z",
                    "2025-01-11T09:00:00.000000Z",
                    "Maria",
                    None,
                    child,
                    f"2025-01-{1 + n % 28:02d}T07:{n % 60:02d}:00.000000Z",
                    "Europe/Madrid",
                    f"2025-01-{1 + n % 28:02d}",
                    1,
                    "fever",
                    "mild",
                    f"entry {n} " + "notes " * 20,
                )
                for n in range(entries)
            ),
        )
    conn.close()


@pytest.mark.slow
def test_a_migration_killed_at_random_moments_is_all_or_nothing(tmp_path):
    template = tmp_path / "template.sqlite3"
    build_big_v1(template, 40_000)
    expected = rows_digest(template)
    assert schema(template) == (1, V1_TABLES)

    def fresh(name: str) -> Path:
        folder = tmp_path / name
        folder.mkdir(mode=0o700)
        shutil.copyfile(template, folder / DATABASE_FILENAME)
        return folder

    # How long a whole migration takes here (backup first, then v1 -> v2).
    folder = fresh("timing")
    process = start_child("migrate", str(folder))
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "opening"
    began = time.monotonic()
    assert process.stdout.readline().strip() == "done"
    duration = time.monotonic() - began
    _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert schema(folder / DATABASE_FILENAME) == (SCHEMA_VERSION, LATEST_TABLES)

    rng = random.Random(7)
    outcomes = []
    for attempt in range(20):
        folder = fresh(f"attempt-{attempt}")
        process = start_child("migrate", str(folder))
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "opening"
        time.sleep(rng.uniform(0.0, duration * 1.5))
        _, err = kill(process)
        assert "Traceback" not in err, err
        path = folder / DATABASE_FILENAME
        version, names = schema(path)
        assert (version, names) in (
            (1, V1_TABLES),
            (2, V2_TABLES),
            (3, V3_TABLES),
            (4, V4_TABLES),
            (5, V5_TABLES),
            (6, V6_TABLES),
        ), (
            version,
            names,
        )
        outcomes.append(version)
        # A backup is published whole or not at all: every backup there is sound.
        for backup, _, reason in backup_files(folder / BACKUP_DIRNAME):
            assert reason == "before-migration"
            assert integrity(backup) == ["ok"]
            assert schema(backup) == (1, V1_TABLES)
        # The next start finishes the job, with every row intact.
        open_app(folder, FixedClock(CLOCK_NOW)).close()
        assert schema(path) == (SCHEMA_VERSION, LATEST_TABLES)
        assert integrity(path) == ["ok"]
        assert rows_digest(path) == expected
    print(f"migration took {duration:.2f} s; killed at version {outcomes}")
    assert 1 in outcomes, "no kill landed during the migration: make the database bigger"
