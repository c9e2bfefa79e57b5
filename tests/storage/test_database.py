import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from caregiver_app.core.clock import FixedClock
from caregiver_app.core.records import DiaryFilter
from caregiver_app.services.app import open_app
from caregiver_app.storage.backup import BACKUP_DIRNAME
from caregiver_app.storage.database import (
    DATABASE_FILENAME,
    DatabaseTooNew,
    DatabaseUnreadable,
    StorageError,
    open_database,
)
from caregiver_app.storage.migrations import SCHEMA_VERSION
from tests.conftest import NOW

FIXTURES = Path(__file__).parent / "fixtures"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _load_v1(folder: Path) -> Path:
    folder.mkdir(parents=True)
    path = folder / DATABASE_FILENAME
    conn = sqlite3.connect(path)
    conn.executescript((FIXTURES / "v1.sql").read_text(encoding="utf-8"))
    conn.close()
    return path


def test_a_new_database_uses_the_data_rules_pragmas(tmp_path):
    database = open_database(tmp_path / "d" / DATABASE_FILENAME)
    conn = database.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.user_version() == SCHEMA_VERSION
    database.close()


def test_a_version_1_database_is_migrated_with_its_data_and_a_backup_first(tmp_path):
    folder = tmp_path / "family"
    _load_v1(folder)
    services = open_app(folder, FixedClock(NOW))
    try:
        assert services.database.user_version() == SCHEMA_VERSION
        [lucia] = services.family.children()
        assert (lucia.name, lucia.birth_date, lucia.allergies) == (
            "Lucía",
            date(2024, 3, 15),
            "penicillin",
        )
        [(entry_id, day)] = services.diary.ids_for(DiaryFilter(lucia.id))
        entry = services.diary.entry(entry_id)
        assert (day, entry.symptom, entry.notes) == (
            "2025-01-11",
            "vomiting",
            'twice after breakfast, "projectile"',
        )
        # The tombstoned entry is still there and can be undeleted.
        assert services.diary.undo_delete("e0000000000000000000000000000002")
        # The new tables of v2 work on the migrated file.
        services.family.add_contact(
            lucia.id, role="Ophthalmologist", name="Dr Ruiz", phone="+34 600 000 001"
        )
        assert services.diary.mark_nothing_unusual(lucia.id)
    finally:
        services.close()
    backups = list((folder / BACKUP_DIRNAME).glob("caregiver-*-before-migration.sqlite3"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT count(*) FROM symptom_entries").fetchone()[0] == 2
    old.close()


def test_a_database_from_a_newer_app_is_refused_and_left_untouched(tmp_path):
    folder = tmp_path / "family"
    path = _load_v1(folder)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseTooNew) as refused:
        open_app(folder, FixedClock(NOW))
    message = refused.value.render()
    assert "newer version" in message
    assert str(path) in message
    assert _digest(path) == before
    assert not Path(f"{path}-wal").exists()
    assert not (folder / BACKUP_DIRNAME).exists()


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path):
    folder = tmp_path / "family"
    folder.mkdir()
    path = folder / DATABASE_FILENAME
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseUnreadable):
        open_database(path)
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_files_are_private_even_under_a_permissive_umask(tmp_path):
    # A child process, so the umask change cannot leak into other tests.
    folder = tmp_path / "family"
    script = f"""
import os
os.umask(0o022)
from caregiver_app.core.clock import SystemClock
from caregiver_app.services.app import open_app
services = open_app(__import__("pathlib").Path({str(folder)!r}), SystemClock())
child = services.family.add_child(name="Ana", birth_date="2024-01-01")
for n in range(100):
    services.diary.log(child.id, day="2025-01-01", clock_time=None, symptom="fever",
                       severity="mild", notes=str(n))
import sqlite3
services.database.conn.execute("SELECT 1")
print("ok")
import time
time.sleep(0)
os._exit(0)  # leave -wal/-shm in place, as a crash would
"""
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).parents[2],
    )
    assert result.stdout.strip() == "ok", result.stderr
    assert _mode(folder) == 0o700
    database = folder / DATABASE_FILENAME
    assert _mode(database) == 0o600
    companions = [Path(f"{database}-wal"), Path(f"{database}-shm")]
    assert all(p.exists() for p in companions)
    assert all(_mode(p) == 0o600 for p in companions)


def test_opening_tightens_a_database_file_that_became_readable_by_others(tmp_path):
    path = tmp_path / "family" / DATABASE_FILENAME
    open_database(path).close()
    os.chmod(path, 0o644)
    open_database(path).close()
    assert _mode(path) == 0o600


def test_a_failed_write_transaction_leaves_nothing_behind(services, child):
    with pytest.raises(RuntimeError), services.database.transaction() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
        raise RuntimeError("boom")
    assert services.settings.get_raw("x") == ""


@pytest.mark.parametrize("make_bad_folder", ["a file", "under a file"])
def test_a_data_folder_that_cannot_be_used_gives_a_clear_message(tmp_path, make_bad_folder):
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    folder = blocker if make_bad_folder == "a file" else blocker / "family"
    with pytest.raises(StorageError) as refused:
        open_database(folder / DATABASE_FILENAME)
    message = refused.value.render()
    assert message.startswith(f"The data folder {folder} cannot be used (")
    assert "--data-dir" in message
    assert blocker.read_text() == "not a folder"


def test_a_background_inspection_answers_for_the_file_it_read(tmp_path):
    from caregiver_app.storage.database import BackgroundInspection

    path = tmp_path / "family" / DATABASE_FILENAME
    open_database(path).close()
    inspection = BackgroundInspection(path)
    assert inspection.answer_for(path) == (SCHEMA_VERSION, [])
    assert inspection.answer_for(tmp_path / "other.sqlite3") is None
    open_database(path, inspection=inspection).close()


def test_damage_made_after_a_background_inspection_is_still_caught(tmp_path):
    from caregiver_app.storage.database import BackgroundInspection, DatabaseDamaged
    from tests.storage.test_damage import make_diary, overwrite_page

    folder = tmp_path / "family"
    make_diary(folder, 300)
    path = folder / DATABASE_FILENAME
    inspection = BackgroundInspection(path)
    assert inspection.answer_for(path) == (SCHEMA_VERSION, [])  # sound when it was read
    overwrite_page(path, 3)
    with pytest.raises(DatabaseDamaged):
        open_database(path, inspection=inspection)
