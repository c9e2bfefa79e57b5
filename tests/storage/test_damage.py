"""Damage made for real on real files (garbage over a page, a truncated file, a WAL deleted
under a running process) and what the app does about it: detected at start, set aside for the
window with the newest good backup offered, left untouched for the command line.

What SQLite can and cannot see:
- garbage over a page in use, and a truncated file: ``quick_check`` reports them;
- a ``-wal`` deleted while commits were still only in it: SQLite cannot know, the file is
  simply older and sound. The app checkpoints after every commit, so in the app's own use the
  WAL never holds a commit the main file lacks once the save returned (proved below); plain
  SQLite with its default checkpointing loses them silently (also shown below)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from caregiver_app.core.clock import FixedClock
from caregiver_app.core.records import DiaryFilter
from caregiver_app.services.app import open_app
from caregiver_app.services.backups import restore_into_empty
from caregiver_app.storage.database import (
    DATABASE_FILENAME,
    DatabaseDamaged,
    check_file,
    open_database,
)
from tests.conftest import FAMILY_ZONE, NOW

ROOT = Path(__file__).resolve().parents[2]
PAGE = 4096


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_diary(folder: Path, entries: int = 300) -> str:
    """A diary big enough that page 3 and the middle of the file hold rows."""
    services = open_app(folder, FixedClock(NOW))
    try:
        services.settings.set_time_zone(FAMILY_ZONE)
        child = services.family.add_child(name="Lucía", birth_date="2024-03-15")
        for n in range(entries):
            services.diary.log(
                child.id,
                day="2026-11-20",
                clock_time="08:00",
                symptom="fever",
                severity="mild",
                notes=f"{n} " + "a longer note " * 10,
            )
        return child.id
    finally:
        services.close()


def overwrite_page(path: Path, page: int) -> None:
    with path.open("r+b") as handle:
        handle.seek((page - 1) * PAGE)
        handle.write(bytes(range(256)) * (PAGE // 256))


def truncate_to_half(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


DAMAGE = {"garbage over page 3": lambda p: overwrite_page(p, 3), "truncated": truncate_to_half}


@pytest.fixture(scope="module")
def sound_diary(tmp_path_factory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("sound") / "family"
    child_id = make_diary(folder)
    return folder, child_id


def copy_of(sound_diary, tmp_path: Path) -> Path:
    """A copy of the closed, sound diary folder (file copies are fine for test set-up: the
    diary is closed)."""
    source, _ = sound_diary
    folder = tmp_path / "family"
    folder.mkdir(mode=0o700)
    for item in source.iterdir():
        if item.is_file():
            (folder / item.name).write_bytes(item.read_bytes())
            (folder / item.name).chmod(0o600)
    return folder


@pytest.mark.parametrize("damage", DAMAGE)
def test_damage_is_detected_at_start_and_the_file_left_untouched(sound_diary, tmp_path, damage):
    folder = copy_of(sound_diary, tmp_path)
    path = folder / DATABASE_FILENAME
    DAMAGE[damage](path)
    before = digest(path)
    with pytest.raises(DatabaseDamaged) as refused:
        open_database(path)
    assert refused.value.problems
    assert refused.value.moved_to is None
    assert digest(path) == before
    assert check_file(path)  # the full check sees it too, and writes nothing either
    assert digest(path) == before


@pytest.mark.parametrize("damage", DAMAGE)
def test_the_window_sets_a_damaged_file_aside_and_offers_the_newest_good_backup(
    sound_diary, tmp_path, damage
):
    folder = copy_of(sound_diary, tmp_path)
    _, child_id = sound_diary
    clock = FixedClock(NOW)
    services = open_app(folder, clock)
    good = services.backups.backup_now()
    clock.advance(timedelta(hours=1))
    newer_but_bad = services.backups.backup_now()
    services.close()
    overwrite_page(newer_but_bad.path, 2)
    path = folder / DATABASE_FILENAME
    DAMAGE[damage](path)
    damaged_bytes = path.read_bytes()
    clock.advance(timedelta(hours=1))

    with pytest.raises(DatabaseDamaged) as refused:
        open_app(folder, clock, set_aside_damaged=True)
    moved_to = refused.value.moved_to
    assert moved_to == folder / "caregiver.sqlite3.corrupt-20261121T110000Z"
    assert moved_to.read_bytes() == damaged_bytes  # moved, not changed
    assert not path.exists()
    assert refused.value.newest_good_backup is not None
    assert refused.value.newest_good_backup.path == good.path
    assert str(moved_to) in refused.value.render()

    # The window's "Restore the newest good backup".
    restored = restore_into_empty(folder, refused.value.newest_good_backup.path)
    assert restored.entries == 300
    services = open_app(folder, clock)
    try:
        assert len(services.diary.ids_for(DiaryFilter(child_id))) == 300
        assert services.backups.check() == []
    finally:
        services.close()


def test_setting_aside_never_overwrites_an_earlier_damaged_file(sound_diary, tmp_path):
    folder = copy_of(sound_diary, tmp_path)
    clock = FixedClock(NOW)
    moved = []
    for _ in range(2):
        path = folder / DATABASE_FILENAME
        path.write_bytes(b"garbage, not sqlite" * 500)
        Path(f"{path}-wal").write_bytes(b"a wal")
        with pytest.raises(DatabaseDamaged) as refused:
            open_app(folder, clock, set_aside_damaged=True)
        moved.append(refused.value.moved_to)
    assert moved[0] != moved[1]
    assert moved[1].name == moved[0].name + "-2"
    assert Path(f"{moved[0]}-wal").read_bytes() == b"a wal"
    assert Path(f"{moved[1]}-wal").read_bytes() == b"a wal"
    assert moved[1].read_bytes() == b"garbage, not sqlite" * 500
    assert refused.value.newest_good_backup is None


def test_the_command_line_leaves_a_damaged_file_untouched_and_says_what_to_do(
    sound_diary, tmp_path
):
    folder = copy_of(sound_diary, tmp_path)
    services = open_app(folder, FixedClock(NOW))
    good = services.backups.backup_now()
    services.close()
    path = folder / DATABASE_FILENAME
    overwrite_page(path, 3)
    before = digest(path)
    with pytest.raises(DatabaseDamaged) as refused:
        open_app(folder, FixedClock(NOW))
    message = refused.value.render()
    assert "is damaged" in message
    assert "caregiver-app check" in message
    assert f"caregiver-app restore {good.path}" in message
    assert refused.value.newest_good_backup == good
    assert digest(path) == before
    assert not [p for p in folder.iterdir() if ".corrupt" in p.name]


# A deleted WAL ----------------------------------------------------------------------------


def run_until(process: subprocess.Popen[str], word: str) -> None:
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    assert line == word, (line, process.stderr.read() if process.stderr else "")


def start_child(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.storage.child_process", *args],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_wal_deleted_during_a_write_loses_no_saved_entry_in_the_app(tmp_path):
    """A second process holds an open write transaction after 20 saves; the -wal is deleted
    and the process killed. Because the app checkpoints after every commit, the 20 saves are
    in the main file: only the unfinished 21st is gone, as it would be after any crash."""
    folder = tmp_path / "family"
    child_id = make_diary(folder, entries=0)
    process = start_child("hold", str(folder), "20")
    run_until(process, "holding")
    wal = folder / f"{DATABASE_FILENAME}-wal"
    assert wal.stat().st_size > 0  # the open transaction's pages
    wal.unlink()
    process.kill()
    process.communicate(timeout=30)

    services = open_app(folder, FixedClock(NOW))  # no DatabaseDamaged: nothing is wrong
    try:
        notes = sorted(
            int(e.notes) for e in services.diary.repository.entries(DiaryFilter(child_id))
        )
        assert notes == list(range(20))
        assert services.backups.check() == []
    finally:
        services.close()


def test_plain_sqlite_loses_commits_with_a_deleted_wal_and_cannot_tell(tmp_path):
    """What SQLite alone does (no checkpoint after commit): the commits still only in the WAL
    are lost with it, and the file that is left is perfectly sound, so no check can notice.
    This is why the app checkpoints after every commit, and why the diary must not live in a
    folder that syncs or copies the main file without its -wal."""
    folder = tmp_path / "family"
    make_diary(folder, entries=0)
    process = start_child("raw-hold", str(folder), "20")
    run_until(process, "holding")
    (folder / f"{DATABASE_FILENAME}-wal").unlink()
    process.kill()
    process.communicate(timeout=30)

    path = folder / DATABASE_FILENAME
    assert check_file(path) == []
    conn = sqlite3.connect(path)
    try:
        lost = conn.execute("SELECT count(*) FROM settings WHERE key LIKE 'raw-%'").fetchone()[0]
    finally:
        conn.close()
    assert lost == 0  # all 20 committed rows are gone, and the file looks fine
    open_app(folder, FixedClock(NOW)).close()  # the app opens it without complaint


def test_a_wal_left_without_its_database_is_kept_aside_not_replayed(tmp_path):
    """Someone deleted caregiver.sqlite3 but not caregiver.sqlite3-wal: a new diary must not
    replay the old file's pages; the orphan is renamed, never deleted."""
    folder = tmp_path / "family"
    make_diary(folder, entries=5)
    path = folder / DATABASE_FILENAME
    wal = Path(f"{path}-wal")
    wal.write_bytes(b"frames of a database that is gone" * 100)
    path.unlink()
    services = open_app(folder, FixedClock(NOW))
    try:
        assert services.family.children() == []
        assert services.backups.check() == []
    finally:
        services.close()
    [orphan] = [p for p in folder.iterdir() if p.name.endswith("-wal") and ".orphaned-" in p.name]
    assert orphan.name.startswith("caregiver.sqlite3.orphaned-")
    assert orphan.read_bytes() == b"frames of a database that is gone" * 100
