"""``backup``, ``restore`` and ``check`` on the command line, on real data folders: the happy
paths and every error a family may meet (a missing file, not a database, a backup from a newer
app, a damaged backup, a damaged diary)."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from caregiver_app.core.clock import FixedClock
from caregiver_app.core.records import DiaryFilter
from caregiver_app.services.app import open_app
from caregiver_app.storage.database import DATABASE_FILENAME
from caregiver_app.storage.migrations import SCHEMA_VERSION
from tests.cli.test_cli import cli
from tests.conftest import NOW

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def log(services, child, notes: str) -> None:
    services.diary.log(
        child.id, day="2026-11-20", clock_time="08:00", symptom="fever", severity="mild",
        notes=notes,
    )  # fmt: skip


def notes_in(folder: Path, child_id: str) -> list[str]:
    services = open_app(folder, FixedClock(NOW))
    try:
        return sorted(e.notes for e in services.diary.repository.entries(DiaryFilter(child_id)))
    finally:
        services.close()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def break_page(path: Path, page: int = 3) -> None:
    with path.open("r+b") as handle:
        handle.seek((page - 1) * 4096)
        handle.write(b"\xa5" * 4096)


@pytest.fixture
def filled(services, child):
    """A diary with enough entries that page 3 holds some of them."""
    for n in range(200):
        log(services, child, f"{n} " + "notes " * 20)
    return services


def test_backup_writes_into_the_backups_folder_and_says_where_and_how_much(services, child):
    log(services, child, "one")
    log(services, child, "two")
    services.close()
    run = cli(services.data_dir, "backup")
    assert run.code == 0, run.err
    [written] = (services.data_dir / "backups").glob("*-manual.sqlite3")
    assert run.out == f"Backup written to {written} (2 entries, 1 child).\n"


def test_backup_to_a_file_or_folder_and_never_over_an_existing_file(services, child, tmp_path):
    log(services, child, "one")
    services.close()
    target = tmp_path / "usb" / "diary.sqlite3"
    target.parent.mkdir()
    assert cli(services.data_dir, "backup", str(target)).code == 0
    assert target.exists()
    again = cli(services.data_dir, "backup", str(target))
    assert again.code == 1
    assert "already exists" in again.err
    into_folder = cli(services.data_dir, "backup", str(target.parent))
    assert into_folder.code == 0
    assert len(list(target.parent.iterdir())) == 2


def test_restore_replaces_the_diary_and_prints_the_safety_backup_to_undo(services, child):
    log(services, child, "old")
    old = services.backups.backup_now()
    log(services, child, "new")
    folder = services.data_dir
    services.close()

    run = cli(folder, "restore", str(old.path))
    assert run.code == 0, run.err
    assert notes_in(folder, child.id) == ["old"]
    [safety] = (folder / "backups").glob("*-before-restore.sqlite3")
    assert f"Restored {old.path} (1 entry)." in run.out
    assert f"To undo: caregiver-app restore {safety}" in run.out

    undo = cli(folder, "restore", str(safety))
    assert undo.code == 0, undo.err
    assert notes_in(folder, child.id) == ["new", "old"]


def test_restore_into_a_folder_without_a_diary(services, child, tmp_path):
    log(services, child, "from the old laptop")
    backup = services.backups.backup_now(tmp_path / "stick.sqlite3")
    new_home = tmp_path / "new-laptop"
    run = cli(new_home, "restore", str(backup.path))
    assert run.code == 0, run.err
    assert "There was no diary here before" in run.out
    assert notes_in(new_home, child.id) == ["from the old laptop"]


def test_restore_over_a_damaged_diary_sets_it_aside_first(filled, child):
    services = filled
    good = services.backups.backup_now()
    folder = services.data_dir
    services.close()
    path = folder / DATABASE_FILENAME
    break_page(path)
    damaged = path.read_bytes()

    run = cli(folder, "restore", str(good.path))
    assert run.code == 0, run.err
    [moved] = [
        p
        for p in folder.iterdir()
        if p.name.startswith("caregiver.sqlite3.corrupt-") and not p.name.endswith(("-wal", "-shm"))
    ]
    assert f"moved aside, unchanged, to {moved}" in run.out
    assert moved.read_bytes() == damaged
    assert len(notes_in(folder, child.id)) == 200


@pytest.mark.parametrize(
    ("make", "words"),
    [
        ("missing", "There is no backup file"),
        ("text", "is not a backup of this diary"),
        ("other sqlite", "is not a backup of this diary"),
        ("newer", "newer version of this app"),
        ("damaged", "is damaged"),
    ],
)
def test_restore_refuses_a_bad_backup_and_changes_nothing(filled, child, tmp_path, make, words):
    services = filled
    bad = tmp_path / "bad.sqlite3"
    if make == "text":
        bad.write_text("these are my notes, not a database\n" * 50)
    elif make == "other sqlite":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE photos (name TEXT)")
        conn.commit()
        conn.close()
    elif make in ("newer", "damaged"):
        services.backups.backup_now(bad)
        if make == "newer":
            conn = sqlite3.connect(bad)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
            conn.close()
        else:
            break_page(bad)
    folder = services.data_dir
    services.close()
    before = digest(folder / DATABASE_FILENAME)
    backups_before = listing(folder / "backups")

    run = cli(folder, "restore", str(bad))
    assert run.code == 1
    assert words in run.err
    assert str(bad) in run.err
    assert run.out == ""
    assert digest(folder / DATABASE_FILENAME) == before
    assert listing(folder / "backups") == backups_before


def test_check_says_a_sound_diary_is_sound(services, child):
    log(services, child, "one")
    services.close()
    run = cli(services.data_dir, "check")
    assert (run.code, run.err) == (0, "")
    assert run.out == f"The diary file {services.data_dir / DATABASE_FILENAME} is sound.\n"


def test_check_reports_damage_plainly_and_leaves_the_file_untouched(filled, child):
    services = filled
    good = services.backups.backup_now()
    folder = services.data_dir
    services.close()
    path = folder / DATABASE_FILENAME
    break_page(path)
    before = digest(path)
    run = cli(folder, "check")
    assert run.code == 1
    assert run.err.startswith(f"The diary file {path} is damaged. It was not changed.")
    assert "Page 3" in run.err
    assert f"caregiver-app restore {good.path}" in run.err
    assert digest(path) == before


def test_check_without_a_diary_says_so(tmp_path):
    run = cli(tmp_path / "nothing-here", "check")
    assert run.code == 1
    assert "There is no diary file" in run.err


def test_any_other_command_on_a_damaged_diary_names_restore_and_check(filled, child):
    services = filled
    folder = services.data_dir
    services.close()
    path = folder / DATABASE_FILENAME
    truncate = path.stat().st_size // 2
    with path.open("r+b") as handle:
        handle.truncate(truncate)
    before = digest(path)
    run = cli(folder, "child", "list")
    assert run.code == 1
    assert "is damaged" in run.err
    assert "caregiver-app check" in run.err
    assert "caregiver-app restore" in run.err
    assert digest(path) == before
    assert not [p for p in folder.iterdir() if ".corrupt" in p.name]


def test_the_commands_make_the_days_backup_before_changing_anything(services, child):
    log(services, child, "one")
    services.close()
    assert cli(services.data_dir, "child", "list").code == 0
    assert cli(services.data_dir, "child", "list").code == 0
    [daily] = (services.data_dir / "backups").glob("*-daily.sqlite3")
    conn = sqlite3.connect(daily)
    assert conn.execute("SELECT count(*) FROM symptom_entries").fetchone()[0] == 1
    conn.close()


@pytest.mark.slow
def test_a_busy_diary_is_reported_plainly_after_the_busy_timeout(services, child):
    """Another program holds the write lock past the 5 s busy timeout: the command says the
    diary is busy and exits 1 (a real second process runs the command)."""
    folder = services.data_dir
    services.close()
    blocker = sqlite3.connect(folder / DATABASE_FILENAME, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        result = subprocess.run(
            [sys.executable, "-m", "caregiver_app", "--data-dir", str(folder),
             "child", "add", "--name", "Pablo", "--born", "2025-01-01"],
            cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert result.returncode == 1, result.stderr
    assert "The diary is busy: another window or command is saving." in result.stderr
    assert "Traceback" not in result.stderr
