"""Moving the diary: an online-API copy, checked, the old file renamed (never deleted), the
new place recorded for future starts; any failure leaves the diary where it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from caregiver_app import paths
from caregiver_app.core.records import DiaryFilter
from caregiver_app.services.app import AppServices, open_app
from caregiver_app.services.relocation import RelocationFailed, local_destination, move_data
from caregiver_app.storage.database import DATABASE_FILENAME


@pytest.fixture
def dropbox_dir(tmp_path: Path) -> Path:
    return tmp_path / "Dropbox" / "family"


@pytest.fixture
def synced(dropbox_dir: Path, clock) -> AppServices:
    services = open_app(dropbox_dir, clock)
    services.settings.set_time_zone("Europe/Madrid")
    services.settings.set_caregiver_name("Maria")
    child = services.family.add_child(name="Lucía", birth_date="2024-03-15")
    for hour in ("08:00", "09:30"):
        services.diary.log(
            child.id, day="2026-11-20", clock_time=hour, symptom="fever", severity="mild"
        )
    return services


def entries(services: AppServices) -> list[str]:
    [child] = services.family.children()
    return [row[0] for row in services.diary.ids_for(DiaryFilter(child.id))]


def test_the_diary_moves_with_every_entry_and_the_new_place_is_used_next_time(
    synced, dropbox_dir, tmp_path, clock, monkeypatch
):
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    before = entries(synced)
    destination = tmp_path / "local"

    moved_to = move_data(synced, destination)

    assert moved_to == destination.resolve()
    assert (destination / DATABASE_FILENAME).stat().st_mode & 0o777 == 0o600
    assert destination.stat().st_mode & 0o777 == 0o700
    reopened = open_app(moved_to, clock)
    try:
        assert entries(reopened) == before
        assert reopened.settings.caregiver_name() == "Maria"
        integrity = reopened.database.conn.execute("PRAGMA integrity_check").fetchone()[0]
        assert integrity == "ok"
    finally:
        reopened.close()
    # The old file is kept, renamed; nothing named like the live diary is left behind.
    assert not (dropbox_dir / DATABASE_FILENAME).exists()
    [kept] = dropbox_dir.glob(f"{DATABASE_FILENAME}.moved-*")
    assert kept.name == f"{DATABASE_FILENAME}.moved-20261121T090000Z"
    conn = sqlite3.connect(kept)
    try:
        assert conn.execute("SELECT COUNT(*) FROM symptom_entries").fetchone()[0] == 2
    finally:
        conn.close()
    # Future starts: the recorded location, and an old --data-dir follows the note.
    assert paths.data_location_file().read_text(encoding="utf-8") == f"{moved_to}\n"
    assert paths.data_dir(None) == moved_to
    assert paths.data_dir(str(dropbox_dir)) == moved_to


def test_the_services_are_closed_after_the_move(synced, tmp_path):
    move_data(synced, tmp_path / "local")
    with pytest.raises(sqlite3.ProgrammingError):
        synced.settings.caregiver_name()


def test_an_existing_diary_at_the_destination_is_never_overwritten(synced, tmp_path, clock):
    other = open_app(tmp_path / "local", clock)
    other.family.add_child(name="Someone else", birth_date="2020-01-01")
    other.close()

    with pytest.raises(RelocationFailed) as failed:
        move_data(synced, tmp_path / "local")

    assert not failed.value.services_closed
    assert "There is already a diary in" in failed.value.render()
    assert len(entries(synced)) == 2, "the family's diary is still open and whole"
    reopened = open_app(tmp_path / "local", clock)
    try:
        assert [c.name for c in reopened.family.children()] == ["Someone else"]
    finally:
        reopened.close()
    assert not paths.data_location_file().exists()


def test_moving_to_where_it_already_is_is_refused(synced, dropbox_dir):
    with pytest.raises(RelocationFailed) as failed:
        move_data(synced, dropbox_dir)
    assert failed.value.render() == f"Your diary is already in {dropbox_dir.resolve()}."
    assert len(entries(synced)) == 2


def test_a_destination_that_cannot_be_a_folder_leaves_everything_as_it_was(
    synced, dropbox_dir, tmp_path
):
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    with pytest.raises(RelocationFailed) as failed:
        move_data(synced, tmp_path / "a-file" / "diary")
    assert not failed.value.services_closed
    assert len(entries(synced)) == 2
    assert (dropbox_dir / DATABASE_FILENAME).exists()
    assert not paths.data_location_file().exists()


def test_when_the_new_place_cannot_be_recorded_the_old_file_is_put_back(
    synced, dropbox_dir, tmp_path, clock
):
    # The config folder's place is taken by a file: data-location cannot be written.
    paths.config_dir().parent.mkdir(parents=True, exist_ok=True)
    paths.config_dir().write_text("in the way", encoding="utf-8")

    with pytest.raises(RelocationFailed) as failed:
        move_data(synced, tmp_path / "local")

    assert failed.value.services_closed, "the window must reopen the old diary"
    assert not list(dropbox_dir.glob("*.moved-*"))
    assert not (tmp_path / "local" / DATABASE_FILENAME).exists()
    reopened = open_app(dropbox_dir, clock)
    try:
        assert len(entries(reopened)) == 2
    finally:
        reopened.close()


def test_this_computer_only_is_the_default_folder_unless_it_already_holds_a_diary(tmp_path):
    default = tmp_path / "share" / "caregiver-app"
    assert local_destination(default, "20261121-100000") == default
    default.mkdir(parents=True)
    (default / DATABASE_FILENAME).write_bytes(b"")
    assert local_destination(default, "20261121-100000") == default, "an empty file is no diary"
    (default / DATABASE_FILENAME).write_bytes(b"SQLite format 3\0")
    assert local_destination(default, "20261121-100000") == default / "diary-20261121-100000"
