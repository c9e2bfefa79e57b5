"""Backups of a diary in use, and the modes of every file the app writes, with real separate
processes."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from caregiver_app.core.clock import FixedClock
from caregiver_app.services.app import open_app
from caregiver_app.services.backups import restore_into_empty
from caregiver_app.storage.database import DATABASE_FILENAME
from tests.conftest import FAMILY_ZONE
from tests.storage.child_process import CLOCK_NOW

ROOT = Path(__file__).resolve().parents[2]


def numbers_in(path: Path) -> list[int]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return sorted(int(row[0]) for row in conn.execute("SELECT notes FROM symptom_entries"))
    finally:
        conn.close()


@pytest.mark.slow
def test_backups_taken_while_another_process_saves_1000_entries_are_moments_of_it(tmp_path):
    folder = tmp_path / "family"
    services = open_app(folder, FixedClock(CLOCK_NOW))
    services.settings.set_time_zone(FAMILY_ZONE)
    child = services.family.add_child(name="Lucía", birth_date="2024-03-15")
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.child_process", "log", str(folder), "0", "1000"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    backups = []
    try:
        while writer.poll() is None:
            backups.append(services.backups.backup_now())
        out, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err
        assert out.split()[-1] == "999"
        seen = [numbers_in(info.path) for info in backups]
        # Each backup holds the first k entries the writer saved, for some k: one moment of
        # the writer, never a mixture; and later backups hold more.
        for info, numbers in zip(backups, seen, strict=True):
            assert numbers == list(range(len(numbers)))
            assert info.entries == len(numbers)
        counts = [len(numbers) for numbers in seen]
        assert counts == sorted(counts)
        middle = [info for info, count in zip(backups, counts, strict=True) if 0 < count < 1000]
        assert len(middle) >= 3, counts
        # One of them restores, in place, to exactly that moment.
        chosen = middle[len(middle) // 2]
        services.backups.restore(chosen.path)
        assert services.diary.repository.count(child.id) == chosen.entries
        assert services.backups.check() == []
        # And into an empty folder.
        restore_into_empty(tmp_path / "elsewhere", middle[0].path)
        assert numbers_in(tmp_path / "elsewhere" / DATABASE_FILENAME) == list(
            range(middle[0].entries or 0)
        )
    finally:
        if writer.poll() is None:  # pragma: no cover - only when an assertion failed early
            writer.kill()
            writer.communicate()
        services.close()
    print(f"{len(backups)} backups during 1000 saves; entries in them: {counts}")


def test_every_file_is_private_under_a_permissive_umask(tmp_path):
    """In a child process with umask 022 (and without the app's own umask 077): after 100
    saves, a backup (also into an extra folder) and an export, every file the app wrote is
    0600 and its folders 0700."""
    folder = tmp_path / "family"
    stick = tmp_path / "stick"
    exports = tmp_path / "exports"
    script = f"""
import os
os.umask(0o022)
from pathlib import Path
from caregiver_app.core.clock import SystemClock
from caregiver_app.services.app import open_app
from caregiver_app.services.interchange import InterchangeService
for made in ({str(stick)!r}, {str(exports)!r}):
    os.mkdir(made)
services = open_app(Path({str(folder)!r}), SystemClock())
services.settings.set_time_zone("Europe/Madrid")
child = services.family.add_child(name="Ana", birth_date="2024-01-01")
for n in range(100):
    services.diary.log(child.id, day="2025-01-01", clock_time=None, symptom="fever",
                       severity="mild", notes=str(n))
services.backups.set_extra_folder(Path({str(stick)!r}))
info = services.backups.backup_now()
assert info.extra_copy is not None, info.extra_error
services.backups.backup_if_due()
InterchangeService.for_app(services).export_symptoms(child.id, Path({str(exports)!r}) / "ana.csv")
print("ok", flush=True)
os._exit(0)  # leave -wal/-shm in place, as a crash would
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert result.stdout.strip() == "ok", result.stderr

    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    database = folder / DATABASE_FILENAME
    written = [database, Path(f"{database}-wal"), Path(f"{database}-shm")]
    written += sorted((folder / "backups").iterdir())
    written += sorted(stick.iterdir())
    written += [exports / "ana.csv"]
    assert len(written) == 3 + 2 + 2 + 1
    assert {str(p): oct(mode(p)) for p in written} == {str(p): oct(0o600) for p in written}
    assert mode(folder) == 0o700
    assert mode(folder / "backups") == 0o700
