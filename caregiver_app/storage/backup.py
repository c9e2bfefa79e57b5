"""Backup files: written through SQLite's online backup API (never a file copy), verified,
published under a name that says when and why, read back without a database, and restored
into a live connection.

A backup is written to a hidden temporary file in the target folder, converted to a
stand-alone file (``journal_mode=DELETE``: no ``-wal`` to lose), checked with
``integrity_check``, flushed to disk, and only then given its real name with a hard link, which
never overwrites. A backup interrupted at any moment leaves at most a hidden ``.part`` file,
never a half-written file with a backup's name.

Names: ``caregiver-20261121T090000123456Z-daily.sqlite3`` (UTC time to the microsecond, then
the reason); ``caregiver-...-daily.2.sqlite3`` if that name was taken. Listing needs no
database. Names written by the first release (``caregiver-before-migration-to-v2-<time>``) are
read too."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from caregiver_app.core.messages import QT_TRANSLATE_NOOP
from caregiver_app.storage.database import (
    SQLITE_BUSY,
    SQLITE_LOCKED,
    SQLITE_NOTADB,
    StorageError,
    busy_error,
    check_connection,
    is_damage,
    open_read_only,
    read_only_uri,
    secure_directory,
    sqlite_code,
    storage_error_for,
)
from caregiver_app.storage.migrations import SCHEMA_VERSION

BACKUP_DIRNAME = "backups"
BACKUP_SUFFIX = ".sqlite3"
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(
    r"^caregiver-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z0-9]+(?:-[a-z0-9]+)*)"
    r"(?:\.(?P<number>\d+))?\.sqlite3$"
)
_FIRST_RELEASE_NAME = re.compile(
    r"^caregiver-(?P<reason>[a-z0-9-]+)-(?P<stamp>\d{8}T\d{12}Z)\.sqlite3$"
)
_REASON = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_PART_PREFIX = ".caregiver-"
_PART_SUFFIX = ".part"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file, as the window lists it."""

    path: Path
    made_at: datetime  # aware UTC, from the file name (the file's mtime for foreign names)
    reason: str  # "daily", "manual", "before-migration", "before-restore", ...
    entries: int | None  # symptom entries not deleted; None if the file cannot be read
    children: int | None
    sound: bool  # passes quick_check, is a diary of this app, and is not newer than the app
    #: Where the copy in the extra folder (USB stick) went, for daily and manual backups.
    extra_copy: Path | None = None
    #: Why the extra copy could not be written (the backup itself is fine); translatable.
    extra_error: StorageError | None = field(default=None, compare=False)


def backup_file_name(made_at: datetime, reason: str, number: int = 1) -> str:
    if not _REASON.match(reason):
        raise ValueError(f"not a backup reason: {reason!r}")
    stamp = made_at.astimezone(UTC).strftime(_STAMP_FORMAT)
    extra = f".{number}" if number > 1 else ""
    return f"caregiver-{stamp}-{reason}{extra}{BACKUP_SUFFIX}"


def parse_backup_name(name: str) -> tuple[datetime, str, int] | None:
    """``(made_at, reason, number)`` from a backup's file name; None if not one of ours."""
    match = _NAME.match(name)
    if match is not None:
        number = int(match["number"] or 1)
        reason = match["reason"]
    else:
        match = _FIRST_RELEASE_NAME.match(name)
        if match is None:
            return None
        number = 1
        reason = match["reason"]
        if reason.startswith("before-migration"):
            reason = "before-migration"
    made_at = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=UTC)
    return made_at, reason, number


def backup_files(folder: Path) -> list[tuple[Path, datetime, str]]:
    """The backups in ``folder`` by name alone, newest first (no file is opened)."""
    found: list[tuple[datetime, int, Path, str]] = []
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as error:
        raise _folder_error(folder, error) from error
    for name in names:
        parsed = parse_backup_name(name)
        if parsed is not None:
            made_at, reason, number = parsed
            found.append((made_at, number, folder / name, reason))
    found.sort(key=lambda item: (item[0], item[1], item[2].name), reverse=True)
    return [(path, made_at, reason) for made_at, _, path, reason in found]


# Errors ---------------------------------------------------------------------------------


def _folder_error(folder: Path, error: OSError) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup could not be written to {folder} ({reason}). Check that the folder "
            "exists, is yours and has free space; the diary itself was not changed.",
        ),
        folder=str(folder),
        reason=error.strerror or str(error),
    )


def _backup_write_error(folder: Path, error: sqlite3.Error) -> StorageError:
    if sqlite_code(error) == 13:  # SQLITE_FULL
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The disk holding {folder} is full, so the backup was not written. Free some "
                "space or choose another place; the diary itself was not changed.",
            ),
            folder=str(folder),
        )
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup could not be written to {folder} ({reason}). Check that the folder "
            "exists, is yours and has free space; the diary itself was not changed.",
        ),
        folder=str(folder),
        reason=str(error),
    )


def _already_exists(path: Path) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} already exists, and a backup never replaces a file. Choose another name "
            "or a folder.",
        ),
        path=str(path),
    )


# Writing --------------------------------------------------------------------------------


def _publish(temp: Path, destination: Path, *, numbered: bool) -> Path:
    """Gives the finished ``temp`` file its name without ever replacing a file: a hard link
    fails if the name is taken. Without hard links (FAT and exFAT USB sticks): look, then
    rename."""
    made_at_name = destination.name
    for number in range(1, 1000):
        if number > 1:
            if not numbered:
                break
            parsed = parse_backup_name(made_at_name)
            if parsed is None:
                candidate = destination.with_name(
                    f"{destination.stem}.{number}{destination.suffix}"
                )
            else:
                candidate = destination.with_name(backup_file_name(parsed[0], parsed[1], number))
        else:
            candidate = destination
        try:
            os.link(temp, candidate)
        except FileExistsError:
            continue
        except OSError:
            if candidate.exists():
                continue
            os.rename(temp, candidate)
            return candidate
        os.unlink(temp)
        return candidate
    raise _already_exists(destination)


def _fsync_path(path: Path, *, directory: bool = False) -> None:
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        if directory:
            return  # some file systems cannot open a folder; the file itself was synced
        raise
    try:
        os.fsync(fd)
    except OSError:
        if not directory:
            raise
    finally:
        os.close(fd)


_COUNT_ENTRIES = "SELECT count(*) FROM symptom_entries WHERE deleted_at IS NULL"
_COUNT_CHILDREN = "SELECT count(*) FROM children WHERE deleted_at IS NULL"


def _counts(conn: sqlite3.Connection) -> tuple[int | None, int | None]:
    try:
        entries = conn.execute(_COUNT_ENTRIES).fetchone()[0]
        children = conn.execute(_COUNT_CHILDREN).fetchone()[0]
    except sqlite3.Error:
        return None, None
    return int(entries), int(children)


def write_backup(
    source: sqlite3.Connection,
    destination: Path,
    *,
    made_at: datetime,
    reason: str,
    numbered: bool = True,
    private_folder: bool = True,
) -> BackupInfo:
    """Writes a consistent, verified copy of ``source``'s database to ``destination``
    (mode 0600) and returns what it holds.

    ``numbered``: if the name is taken, use the next free ``.2``, ``.3``... name; otherwise
    refuse. ``private_folder``: make the folder 0700 (not for a folder the family chose, such
    as a USB stick). Raises :class:`StorageError` with plain words if it cannot."""
    folder = destination.parent
    try:
        if private_folder:
            secure_directory(folder)
        elif not folder.is_dir():
            raise FileNotFoundError(2, os.strerror(2), str(folder))
        if not numbered and (destination.exists() or destination.is_symlink()):
            raise _already_exists(destination)
        import tempfile  # here, not at the top: it is not needed to open the window

        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=_PART_PREFIX, suffix=_PART_SUFFIX)
        os.close(fd)  # mkstemp makes it 0600 whatever the umask; SQLite keeps that mode
    except OSError as error:
        raise _folder_error(folder, error) from error
    temp = Path(temp_name)
    try:
        target = sqlite3.connect(temp, isolation_level=None)
        try:
            source.backup(target)
            # The copy of a WAL database is a WAL database; a backup must stand alone.
            target.execute("PRAGMA journal_mode = DELETE").fetchall()
            problems = check_connection(target)
            entries, children = _counts(target)
        finally:
            target.close()
        if problems:  # pragma: no cover - the source itself would be damaged
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The backup failed its check ({problem}), so it was not kept. The diary "
                    "itself may be damaged: run caregiver-app check.",
                ),
                problem=problems[0],
            )
        _fsync_path(temp)
        final = _publish(temp, destination, numbered=numbered)
        _fsync_path(folder, directory=True)
    except sqlite3.Error as error:
        mapped = storage_error_for(destination, error)
        if mapped is not None and sqlite_code(error) in (5, 6):  # busy: the source's lock
            raise mapped from error
        raise _backup_write_error(folder, error) from error
    except OSError as error:
        raise _folder_error(folder, error) from error
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    return BackupInfo(
        path=final,
        made_at=made_at.astimezone(UTC),
        reason=reason,
        entries=entries,
        children=children,
        sound=entries is not None,
    )


def backup_into_folder(
    conn: sqlite3.Connection, folder: Path, reason: str, made_at: datetime | None = None
) -> BackupInfo:
    """A backup named by time and reason in ``folder`` (the family's private backups/)."""
    made_at = made_at or datetime.now(UTC)
    return write_backup(
        conn, folder / backup_file_name(made_at, reason), made_at=made_at, reason=reason
    )


def remove_stale_parts(folder: Path, older_than: datetime) -> None:
    """Removes hidden ``.part`` files left by backups that were interrupted (a crash, a pulled
    plug) before ``older_than``; a backup being written right now is younger."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    limit = older_than.timestamp()
    for name in names:
        if name.startswith(_PART_PREFIX) and name.endswith(_PART_SUFFIX):
            path = folder / name
            with contextlib.suppress(OSError):
                if path.stat().st_mtime < limit:
                    path.unlink()


# Reading --------------------------------------------------------------------------------


def read_backup_info(path: Path) -> BackupInfo:
    """What a backup file holds, opened read-only (and immutable: nothing writes to a
    finished backup). Never raises for a bad file: it is listed as not sound."""
    parsed = parse_backup_name(path.name)
    if parsed is not None:
        made_at, reason = parsed[0], parsed[1]
    else:
        try:
            made_at = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        except OSError:
            made_at = datetime.fromtimestamp(0, UTC)
        reason = "other"
    entries = children = None
    sound = False
    try:
        conn = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
    except sqlite3.Error:
        return BackupInfo(path, made_at, reason, None, None, False)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        problems = check_connection(conn, quick=True)
        entries, children = _counts(conn)
        sound = not problems and 1 <= version <= SCHEMA_VERSION and entries is not None
    except sqlite3.Error:
        sound = False
    finally:
        conn.close()
    return BackupInfo(path, made_at, reason, entries, children, sound)


def open_backup_source(path: Path) -> sqlite3.Connection:
    """A read-only connection to a backup that may be restored: it exists, is a sound diary of
    this app, and is not newer than the app. Otherwise :class:`StorageError` in plain words;
    nothing is changed either way."""
    if not path.is_file():
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "There is no backup file {path}."), path=str(path)
        )
    not_a_backup = StorageError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is not a backup of this diary (it is not a database this app wrote). "
            "Nothing was changed.",
        ),
        path=str(path),
    )
    try:
        conn = open_read_only(path)
    except sqlite3.Error as error:
        if sqlite_code(error) == SQLITE_NOTADB:
            raise not_a_backup from error
        if is_damage(error):
            raise _backup_damaged(path, str(error)) from error
        raise _backup_unreadable(path, str(error)) from error
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The backup {path} was made by a newer version of this app (schema "
                    "{found}, this app knows up to {known}). Install the newer version to "
                    "restore it. Nothing was changed.",
                ),
                path=str(path),
                found=version,
                known=SCHEMA_VERSION,
            )
        problems = check_connection(conn)
        if problems:
            raise _backup_damaged(path, problems[0])
        if version < 1 or _counts(conn)[0] is None:
            raise not_a_backup
    except sqlite3.Error as error:
        conn.close()
        if sqlite_code(error) == SQLITE_NOTADB:
            raise not_a_backup from error
        if is_damage(error):
            raise _backup_damaged(path, str(error)) from error
        raise _backup_unreadable(path, str(error)) from error
    except BaseException:
        conn.close()
        raise
    return conn


def _backup_damaged(path: Path, problem: str) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup {path} is damaged ({problem}) and cannot be restored. Choose another "
            "backup; nothing was changed.",
        ),
        path=str(path),
        problem=problem,
    )


def _backup_unreadable(path: Path, reason: str) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Errors", "The backup {path} cannot be read ({reason}). Nothing was changed."
        ),
        path=str(path),
        reason=reason,
    )


# Restoring ------------------------------------------------------------------------------


def _patience(target: sqlite3.Connection) -> Callable[[int, int, int], None]:
    """A progress callback that gives up (:class:`DatabaseBusy`) once ``target`` has been
    locked by someone else for longer than its busy timeout. Python's ``Connection.backup``
    otherwise retries a locked target forever, and the window would hang behind a stuck
    process."""
    timeout_ms = int(target.execute("PRAGMA busy_timeout").fetchone()[0])
    deadline = time.monotonic() + timeout_ms / 1000

    def progress(status: int, remaining: int, total: int) -> None:
        if status in (SQLITE_BUSY, SQLITE_LOCKED) and time.monotonic() > deadline:
            raise busy_error()

    return progress


def copy_into(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """Replaces ``target``'s whole database with ``source``'s, through the backup API, in
    place: every connection to ``target``'s file sees the new content, no file is swapped under
    them. The page sizes must match to copy into a WAL database; a backup from elsewhere with
    another page size is first rebuilt with this one (in a temporary file). Raises
    :class:`DatabaseBusy` if another connection keeps ``target`` locked past its busy
    timeout; ``target`` is then unchanged."""
    source_size = int(source.execute("PRAGMA page_size").fetchone()[0])
    target_size = int(target.execute("PRAGMA page_size").fetchone()[0])
    if source_size == target_size:
        source.backup(target, progress=_patience(target), sleep=0.05)
        return
    import tempfile

    with tempfile.TemporaryDirectory(prefix="caregiver-restore-") as folder:
        rebuilt = sqlite3.connect(Path(folder) / "rebuilt.sqlite3", isolation_level=None)
        try:
            source.backup(rebuilt)
            rebuilt.execute("PRAGMA journal_mode = DELETE").fetchall()
            rebuilt.execute(f"PRAGMA page_size = {target_size}")
            rebuilt.execute("VACUUM")
            rebuilt.backup(target, progress=_patience(target), sleep=0.05)
        finally:
            rebuilt.close()
