"""Moving the family's diary to another folder (out of a sync service, to this computer only).

The diary is written into the new folder through SQLite's online backup API (never a file
copy), while a write lock keeps anyone else (the command line) from changing it. The copy is
checked (``integrity_check``, the same ``user_version`` and the same number of rows in every
table) before anything else happens. Then the old connection is closed, the old file is
renamed ``caregiver.sqlite3.moved-<UTC time>`` (never deleted), a ``moved-to`` note is left
beside it, and the new folder is recorded in the ``data-location`` file so every future start
uses it.

The services are closed by a completed move (and by a failure after the copy was made):
the caller reopens them, at the returned folder or, after a failure, at the old one."""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import UTC
from pathlib import Path

from caregiver_app import paths
from caregiver_app.core.messages import QT_TRANSLATE_NOOP, UserError
from caregiver_app.services.app import AppServices
from caregiver_app.storage.database import (
    DATABASE_FILENAME,
    secure_directory,
    secure_file,
    set_aside,
)

log = logging.getLogger(__name__)

MOVED_SUFFIX = "moved"
_COMPANIONS = ("-wal", "-shm")


class RelocationFailed(UserError):
    """The diary could not be moved; it is where it was, unchanged.

    ``services_closed`` says whether the caller must reopen the services (at the old folder)."""

    def __init__(self, text: str, *, services_closed: bool, **args: object) -> None:
        super().__init__(text, "Relocation", **args)
        self.services_closed = services_closed


_ALREADY_THERE = QT_TRANSLATE_NOOP("Relocation", "Your diary is already in {path}.")
_TAKEN = QT_TRANSLATE_NOOP(
    "Relocation",
    "There is already a diary in {path}; it was not touched. Your diary is still in its old "
    "place, unchanged, and the app keeps using it.",
)
_NOT_COPIED = QT_TRANSLATE_NOOP(
    "Relocation",
    "Your diary could not be copied to {path} ({reason}). It is still in its old place, "
    "unchanged, and the app keeps using it.",
)
_MISMATCH = QT_TRANSLATE_NOOP(
    "Relocation",
    "The copy of your diary in {path} did not match the original, so it was removed. Your "
    "diary is still in its old place, unchanged, and the app keeps using it.",
)
_NOT_SET_ASIDE = QT_TRANSLATE_NOOP(
    "Relocation",
    "Your diary could not be moved out of {path} ({reason}), so the new copy was removed. "
    "Your diary is still in its old place, unchanged, and the app keeps using it.",
)


def _reason(error: BaseException) -> str:
    return (error.strerror if isinstance(error, OSError) else None) or type(error).__name__


def _table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    counts = {}
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        counts[name] = int(conn.execute(f"SELECT COUNT(*) FROM {quoted}").fetchone()[0])
    return counts


def _check_copy(source: sqlite3.Connection, copy: sqlite3.Connection) -> str | None:
    """What is wrong with ``copy`` compared to ``source`` (``None``: nothing)."""
    integrity = [str(row[0]) for row in copy.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        return "integrity_check"
    version = "PRAGMA user_version"
    if source.execute(version).fetchone()[0] != copy.execute(version).fetchone()[0]:
        return "user_version"
    if _table_counts(source) != _table_counts(copy):
        return "row counts"
    return None


def _remove_copy(database: Path) -> None:
    """Removes the new, unused copy of a move that did not complete (the family's own file
    is untouched)."""
    for suffix in ("", *_COMPANIONS):
        Path(f"{database}{suffix}").unlink(missing_ok=True)


def _free_database_name(folder: Path) -> bool:
    """No diary (nor a leftover ``-wal`` of one) with content at ``folder``."""
    for suffix in ("", *_COMPANIONS):
        try:
            if Path(f"{folder / DATABASE_FILENAME}{suffix}").stat().st_size:
                return False
        except FileNotFoundError:
            continue
    return True


def _stamp(services: AppServices) -> str:
    return services.clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _restore_old(database: Path, target: Path) -> None:
    """Undoes ``set_aside`` as far as it got (a failure here is logged: the file is then
    kept under its ``moved`` name, still never deleted)."""
    for suffix in ("", *_COMPANIONS):
        moved = Path(f"{target}{suffix}")
        try:
            if moved.exists():
                os.replace(moved, Path(f"{database}{suffix}"))
        except OSError as error:
            log.error("a moved diary file could not be renamed back: %s", type(error).__name__)


def local_destination(default_folder: Path, stamp: str) -> Path:
    """Where "this computer only" is: the platform's data folder, or a new folder inside it
    when it already holds a (different) diary, which is never overwritten."""
    try:
        free = _free_database_name(default_folder)
    except OSError:
        free = True  # the move itself will say what is wrong with the folder
    return default_folder if free else default_folder / f"diary-{stamp}"


def move_data(services: AppServices, destination_folder: Path) -> Path:
    """Moves the family's diary into ``destination_folder`` and returns that folder (resolved).

    Raises :class:`RelocationFailed` when the copy cannot be made or does not match, or the
    old file cannot be set aside: the diary then stays where it was, and the new copy is
    removed. Its ``services_closed`` says whether ``services`` must be reopened."""
    old_database = services.database.path
    old_folder = old_database.parent
    new_folder = destination_folder.expanduser().resolve()
    new_database = new_folder / DATABASE_FILENAME
    if new_folder == old_folder.resolve():
        raise RelocationFailed(_ALREADY_THERE, services_closed=False, path=str(new_folder))
    try:
        secure_directory(new_folder)
        if not _free_database_name(new_folder):
            raise RelocationFailed(_TAKEN, services_closed=False, path=str(new_folder))
        secure_file(new_database)
    except OSError as error:
        raise RelocationFailed(
            _NOT_COPIED, services_closed=False, path=str(new_folder), reason=_reason(error)
        ) from error

    conn = services.database.conn
    # The family's connection holds the write lock (the command line waits, then writes to
    # the new place once it is recorded); a second connection reads a consistent snapshot.
    # (The backup API cannot read through a connection that is itself writing.)
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        _remove_copy(new_database)
        raise RelocationFailed(
            _NOT_COPIED, services_closed=False, path=str(new_folder), reason=_reason(error)
        ) from error
    try:
        reader = sqlite3.connect(old_database, isolation_level=None)
        try:
            reader.execute("BEGIN")
            copy = sqlite3.connect(new_database)
            try:
                reader.backup(copy)
                problem = _check_copy(reader, copy)
            finally:
                copy.close()
        finally:
            reader.close()
    except (sqlite3.Error, OSError) as error:
        conn.execute("ROLLBACK")
        _remove_copy(new_database)
        log.warning("moving the diary failed while copying: %s", type(error).__name__)
        raise RelocationFailed(
            _NOT_COPIED, services_closed=False, path=str(new_folder), reason=_reason(error)
        ) from error
    if problem is not None:
        conn.execute("ROLLBACK")
        _remove_copy(new_database)
        log.warning("moving the diary failed: the copy's %s did not match", problem)
        raise RelocationFailed(_MISMATCH, services_closed=False, path=str(new_folder))
    for companion in _COMPANIONS:
        if Path(f"{new_database}{companion}").exists():
            secure_file(Path(f"{new_database}{companion}"))

    services.close()  # ends the transaction; SQLite checkpoints the old WAL and removes it
    # The old file (and any -wal/-shm another program still holds) becomes
    # caregiver.sqlite3.moved-<UTC time>, never overwriting anything.
    moved = old_database.with_name(f"{old_database.name}.{MOVED_SUFFIX}-{_stamp(services)}")
    try:
        moved = set_aside(old_database, services.clock.now(), kind=MOVED_SUFFIX)
    except OSError as error:
        _restore_old(old_database, moved)
        _remove_copy(new_database)
        raise RelocationFailed(
            _NOT_SET_ASIDE, services_closed=True, path=str(old_folder), reason=_reason(error)
        ) from error
    try:
        paths.record_data_dir(new_folder)
    except OSError as error:
        _restore_old(old_database, moved)
        _remove_copy(new_database)
        raise RelocationFailed(
            _NOT_COPIED, services_closed=True, path=str(new_folder), reason=_reason(error)
        ) from error
    try:
        paths.write_moved_note(old_folder, new_folder)
    except OSError as error:  # only a convenience for an old --data-dir: the move stands
        log.warning("the moved-to note could not be written: %s", type(error).__name__)
    log.info("the diary was moved to another folder")
    return new_folder
