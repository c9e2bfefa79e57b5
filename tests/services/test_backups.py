"""The backup service on a real data folder: backups are verified, private, named by time and
reason, listed without a database, copied to an extra folder, pruned day by day, and restored
in place (and undone)."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from caregiver_app.core.messages import ValidationFailed
from caregiver_app.core.records import DiaryFilter
from caregiver_app.services.app import open_app
from caregiver_app.services.backups import (
    BEFORE_RESTORE,
    KEEP_DAILY,
    KEEP_MONTHLY,
    restore_into_empty,
)
from caregiver_app.storage.backup import parse_backup_name
from caregiver_app.storage.database import DATABASE_FILENAME, DatabaseBusy, StorageError
from caregiver_app.storage.migrations import SCHEMA_VERSION
from tests.conftest import FAMILY_ZONE, NOW


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _log(services, child, notes: str, day: str = "2026-11-20"):
    return services.diary.log(
        child.id, day=day, clock_time="08:00", symptom="fever", severity="mild", notes=notes
    )


def _notes(services, child) -> list[str]:
    return [e.notes for e in services.diary.repository.entries(DiaryFilter(child.id))]


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_a_manual_backup_is_verified_private_and_named_by_time_and_reason(services, child):
    _log(services, child, "one")
    _log(services, child, "two")
    info = services.backups.backup_now()
    assert info.path.parent == services.backups.folder() == services.data_dir / "backups"
    assert (info.made_at, info.reason) == (NOW, "manual")
    assert parse_backup_name(info.path.name)[:2] == (NOW, "manual")
    assert (info.entries, info.children, info.sound) == (2, 1, True)
    assert _mode(info.path) == 0o600
    assert _mode(info.path.parent) == 0o700
    assert _integrity(info.path) == "ok"
    # A stand-alone file: no WAL to lose, nothing left beside it.
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]


def test_backups_are_listed_newest_first_and_never_overwrite_each_other(services, child, clock):
    first = services.backups.backup_now()
    same_moment = services.backups.backup_now()
    clock.advance(timedelta(minutes=5))
    _log(services, child, "later")
    later = services.backups.backup_now(reason="before-restore")
    assert first.path != same_moment.path
    assert [b.path for b in services.backups.backups()] == [
        later.path,
        same_moment.path,
        first.path,
    ]
    assert services.backups.last_backup() == later
    assert [b.entries for b in services.backups.backups()] == [1, 0, 0]


def test_a_backup_to_a_chosen_file_or_folder(services, child, tmp_path):
    _log(services, child, "one")
    target = tmp_path / "stick" / "lucia.sqlite3"
    target.parent.mkdir()
    info = services.backups.backup_now(target)
    assert info.path == target
    assert info.entries == 1
    with pytest.raises(StorageError, match="already exists"):
        services.backups.backup_now(target)
    in_folder = services.backups.backup_now(target.parent)
    assert in_folder.path.parent == target.parent
    assert in_folder.path.name.endswith("-manual.sqlite3")


def test_an_unreadable_file_in_the_backups_folder_is_listed_as_not_sound(services, child):
    good = services.backups.backup_now()
    bad = good.path.with_name(good.path.name.replace("manual", "daily"))
    bad.write_bytes(b"not a database at all" * 200)
    listed = {b.path: b for b in services.backups.backups()}
    assert listed[good.path].sound
    assert not listed[bad].sound
    assert listed[bad].entries is None


def test_the_extra_folder_must_be_an_existing_writable_folder(services, tmp_path):
    with pytest.raises(ValidationFailed) as refused:
        services.backups.set_extra_folder(tmp_path / "missing")
    assert refused.value.for_field("extra_folder")
    read_only = tmp_path / "read-only"
    read_only.mkdir()
    read_only.chmod(0o500)
    try:
        if os.access(read_only, os.W_OK):  # pragma: no cover - running as root
            pytest.skip("root can write anywhere")
        with pytest.raises(ValidationFailed):
            services.backups.set_extra_folder(read_only)
    finally:
        read_only.chmod(0o700)
    assert services.backups.extra_folder() is None
    services.backups.set_extra_folder(tmp_path)
    assert services.backups.extra_folder() == tmp_path
    services.backups.set_extra_folder(None)
    assert services.backups.extra_folder() is None


def test_daily_and_manual_backups_are_also_written_to_the_extra_folder(services, child, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    services.backups.set_extra_folder(stick)
    _log(services, child, "one")
    daily = services.backups.backup_if_due()
    manual = services.backups.backup_now()
    safety = services.backups.backup_now(reason=BEFORE_RESTORE)
    assert daily.extra_copy == stick / daily.path.name
    assert manual.extra_copy == stick / manual.path.name
    assert safety.extra_copy is None
    assert sorted(p.name for p in stick.iterdir()) == sorted([daily.path.name, manual.path.name])
    for copy in stick.iterdir():
        assert _integrity(copy) == "ok"
    assert [b.entries for b in services.backups.backups(stick)] == [1, 1]


def test_a_missing_extra_folder_does_not_stop_the_backup(services, child, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    services.backups.set_extra_folder(stick)
    stick.rmdir()  # unplugged
    info = services.backups.backup_now()
    assert info.sound
    assert info.path.exists()
    assert info.extra_copy is None
    assert info.extra_error is not None
    assert str(stick) in info.extra_error.render()


def test_the_daily_backup_is_made_once_per_calendar_day_in_the_family_zone(services, clock):
    zone = ZoneInfo(FAMILY_ZONE)
    clock.set(datetime(2026, 11, 21, 23, 30, tzinfo=zone))
    assert services.backups.backup_if_due() is not None
    clock.set(datetime(2026, 11, 21, 23, 59, tzinfo=zone))
    assert services.backups.backup_if_due() is None
    clock.set(datetime(2026, 11, 22, 0, 1, tzinfo=zone))  # 23:01 UTC, still the 21st in UTC
    info = services.backups.backup_if_due()
    assert info is not None
    assert info.reason == "daily"
    assert len(services.backups.backups()) == 2


def test_retention_keeps_14_daily_and_12_monthly_and_every_other_kind(services, child, clock):
    zone = ZoneInfo(FAMILY_ZONE)
    start = date(2025, 8, 10)
    days = 470  # about 15 months, to 2026-11-22
    services.backups.backup_now()  # a manual one, never pruned
    for offset in range(days):
        day = start + timedelta(days=offset)
        clock.set(datetime(day.year, day.month, day.day, 20, 0, tzinfo=zone))
        assert services.backups.backup_if_due() is not None
        assert services.backups.backup_if_due() is None  # at most one a day
        if day.day == 15:
            services.backups.backup_now(reason="before-restore")
    listed = services.backups.backups()
    daily = [b for b in listed if b.reason == "daily"]
    local_days = [b.made_at.astimezone(zone).date() for b in daily]
    last = start + timedelta(days=days - 1)
    assert last == date(2026, 11, 22)
    newest = [last - timedelta(days=n) for n in range(KEEP_DAILY)]
    assert local_days[:KEEP_DAILY] == newest
    monthly = sorted(set(local_days) - set(newest), reverse=True)
    # 2026-11-01 is not among the newest 14 days (09..22), so all 12 months are separate.
    expected_months = [(2026, m) for m in range(11, 0, -1)] + [(2025, 12)]
    assert [(d.year, d.month) for d in monthly] == expected_months
    assert all(d.day == 1 for d in monthly)
    assert len(daily) == KEEP_DAILY + KEEP_MONTHLY
    assert len(local_days) == len(set(local_days))
    # Nothing but daily backups was ever deleted: one manual, and sixteen before-restore
    # (the 15th of each month, August 2025 to November 2026).
    assert [b.reason for b in listed].count("manual") == 1
    assert [b.reason for b in listed].count("before-restore") == 16


def test_restore_brings_back_the_old_diary_and_its_safety_backup_undoes_it(services, child, clock):
    _log(services, child, "before")
    old = services.backups.backup_now()
    clock.advance(timedelta(hours=1))
    _log(services, child, "after")
    services.family.add_child(name="Pablo", birth_date="2025-05-01")
    clock.advance(timedelta(hours=1))

    safety = services.backups.restore(old.path)
    assert safety.reason == BEFORE_RESTORE
    assert safety.entries == 2
    assert safety.children == 2
    assert _notes(services, child) == ["before"]
    assert [c.name for c in services.family.children()] == ["Lucía"]
    assert services.database.user_version() == SCHEMA_VERSION
    assert services.database.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert services.backups.check() == []

    clock.advance(timedelta(hours=1))
    services.backups.restore(safety.path)
    assert sorted(_notes(services, child)) == ["after", "before"]
    assert sorted(c.name for c in services.family.children()) == ["Lucía", "Pablo"]
    # The restores are also visible to another connection to the same file.
    services.close()
    again = open_app(services.data_dir, clock)
    try:
        assert sorted(_notes(again, child)) == ["after", "before"]
    finally:
        again.close()


def test_restoring_a_bad_file_changes_nothing(services, child, tmp_path):
    _log(services, child, "keep me")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"hello" * 1000)
    before = sorted(p.name for p in services.backups.folder().glob("*"))
    for bad, words in [
        (tmp_path / "missing.sqlite3", "There is no backup file"),
        (garbage, "is not a backup of this diary"),
    ]:
        with pytest.raises(StorageError, match=words):
            services.backups.restore(bad)
    assert _notes(services, child) == ["keep me"]
    assert sorted(p.name for p in services.backups.folder().glob("*")) == before


def test_a_backup_from_a_newer_app_is_refused(services, child, tmp_path):
    info = services.backups.backup_now()
    conn = sqlite3.connect(info.path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StorageError, match="newer version"):
        services.backups.restore(info.path)
    assert not services.backups.backups()[0].sound


def test_restore_into_an_empty_folder_creates_the_diary(services, child, tmp_path, clock):
    _log(services, child, "from the old laptop")
    info = services.backups.backup_now()
    new_home = tmp_path / "new-laptop"
    restored = restore_into_empty(new_home, info.path)
    assert restored.entries == 1
    assert _mode(new_home / DATABASE_FILENAME) == 0o600
    app = open_app(new_home, clock)
    try:
        assert _notes(app, child) == ["from the old laptop"]
        assert app.backups.check() == []
    finally:
        app.close()
    with pytest.raises(StorageError, match="already a diary file"):
        restore_into_empty(new_home, info.path)


def test_check_reports_a_broken_foreign_key(services, child):
    assert services.backups.check() == []
    conn = services.database.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    with services.database.transaction():
        conn.execute("UPDATE symptom_entries SET child_id = 'nobody'")
        conn.execute(
            "INSERT INTO quiet_days (id, created_at, updated_at, child_id, day) "
            "VALUES ('q1', 'x', 'x', 'nobody', '2026-01-01')"
        )
    conn.execute("PRAGMA foreign_keys = ON")
    [problem] = services.backups.check()
    assert "quiet_days" in problem
    assert "children" in problem


def test_made_at_is_aware_utc(services):
    info = services.backups.backup_now()
    assert info.made_at.tzinfo is UTC


def test_the_extra_folder_cannot_be_a_file_or_the_apps_own_backups_folder(services, tmp_path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    services.backups.backup_now()
    for bad in (a_file, services.backups.folder()):
        with pytest.raises(ValidationFailed) as refused:
            services.backups.set_extra_folder(bad)
        [problem] = refused.value.for_field("extra_folder")
        assert str(bad) in problem.render()


def test_the_diary_itself_is_not_restored_over_itself(services, child):
    _log(services, child, "keep")
    with pytest.raises(StorageError, match="is the diary itself"):
        services.backups.restore(services.database.path)
    assert _notes(services, child) == ["keep"]


def test_names_written_by_the_first_release_are_read(services):
    name = "caregiver-before-migration-to-v2-20250111T090000123456Z.sqlite3"
    made_at, reason, number = parse_backup_name(name)
    assert made_at == datetime(2025, 1, 11, 9, 0, 0, 123456, tzinfo=UTC)
    assert (reason, number) == ("before-migration", 1)
    assert parse_backup_name("caregiver.sqlite3") is None
    assert parse_backup_name(".caregiver-abc.part") is None


def test_a_version_1_backup_is_restored_and_migrated(services, child, tmp_path):
    fixture = Path(__file__).parents[1] / "storage" / "fixtures" / "v1.sql"
    old = tmp_path / "old-app-backup.sqlite3"
    conn = sqlite3.connect(old)
    conn.executescript(fixture.read_text(encoding="utf-8"))
    conn.close()
    services.backups.restore(old)
    assert services.database.user_version() == SCHEMA_VERSION
    [lucia] = services.family.children()
    assert lucia.allergies == "penicillin"
    assert services.diary.mark_nothing_unusual(lucia.id)  # a v2 table works
    reasons = [b.reason for b in services.backups.backups()]
    assert reasons.count("before-migration") == 1
    assert reasons.count("before-restore") == 1


def test_a_backup_with_another_page_size_is_restored(services, child, tmp_path):
    _log(services, child, "on a machine with 1 KiB pages")
    made = services.backups.backup_now(tmp_path / "made.sqlite3")
    small_pages = tmp_path / "small-pages.sqlite3"
    conn = sqlite3.connect(made.path)
    conn.execute("PRAGMA page_size = 1024")
    conn.execute(f"VACUUM INTO '{small_pages}'")
    conn.close()
    conn = sqlite3.connect(small_pages)
    assert conn.execute("PRAGMA page_size").fetchone()[0] == 1024
    conn.close()
    _log(services, child, "later")
    services.backups.restore(small_pages)
    assert _notes(services, child) == ["on a machine with 1 KiB pages"]
    assert services.database.conn.execute("PRAGMA page_size").fetchone()[0] == 4096
    assert services.backups.check() == []


def test_a_laptop_clock_set_back_to_2000_still_keeps_the_backup_just_made(services, child, clock):
    zone = ZoneInfo(FAMILY_ZONE)
    for offset in range(30):
        day = date(2026, 10, 1) + timedelta(days=offset)
        clock.set(datetime(day.year, day.month, day.day, 20, 0, tzinfo=zone))
        services.backups.backup_if_due()
    clock.set(datetime(2000, 1, 1, 0, 5, tzinfo=zone))  # a flat CMOS battery
    made = services.backups.backup_if_due()
    assert made is not None
    assert made.path.exists()
    assert made in services.backups.backups()


def test_a_restore_while_another_program_holds_the_diary_says_busy_and_changes_nothing(
    services, child
):
    _log(services, child, "old")
    old = services.backups.backup_now()
    _log(services, child, "new")
    services.database.conn.execute("PRAGMA busy_timeout = 200")  # not 5 s, for the test
    other = sqlite3.connect(services.database.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO settings (key, value) VALUES ('other', 'writing')")
    try:
        with pytest.raises(DatabaseBusy):
            services.backups.restore(old.path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _notes(services, child) == ["old", "new"]
    services.backups.restore(old.path)  # once the other program is done
    assert _notes(services, child) == ["old"]


def test_the_last_good_backup_before_damage_outlives_the_daily_pruning(tmp_path):
    from caregiver_app.core.clock import FixedClock
    from caregiver_app.services.backups import LAST_GOOD
    from caregiver_app.storage.database import DatabaseDamaged
    from tests.storage.test_damage import make_diary, overwrite_page

    folder = tmp_path / "family"
    make_diary(folder, 300)
    # Daily backups from the 1st to the 21st: the good one of the 21st is not its month's first.
    clock = FixedClock(datetime(2026, 11, 1, 9, 0, tzinfo=UTC))
    services = open_app(folder, clock)
    for _ in range(21):
        services.backups.backup_if_due()
        clock.advance(timedelta(days=1))
    services.close()
    overwrite_page(folder / DATABASE_FILENAME, 3)
    with pytest.raises(DatabaseDamaged) as damaged:
        open_app(folder, clock, set_aside_damaged=True)
    kept = damaged.value.newest_good_backup
    assert kept is not None
    assert (kept.reason, kept.entries) == (LAST_GOOD, 300)
    assert kept.made_at.date() == date(2026, 11, 21)
    # The family starts an empty diary; three weeks of its daily backups follow, and the
    # pruning keeps only the last 14 daily ones (and each month's first).
    services = open_app(folder, clock)
    try:
        for _ in range(21):
            clock.advance(timedelta(days=1))
            services.backups.backup_if_due()
        assert kept.path.exists()
        assert kept.path in [info.path for info in services.backups.backups()]
    finally:
        services.close()
