"""Backups and restore: what the window's Settings → Backups page and the command line use.

- ``backup_now``: a verified backup into ``backups/`` (or a file or folder the family chose).
- ``backup_if_due``: the daily backup, at most once a calendar day in the family's time zone,
  then pruning: the newest 14 daily backups and the first daily backup of each of the newest
  12 months are kept (:data:`KEEP_DAILY`, :data:`KEEP_MONTHLY`). Backups made for any other
  reason (manual, before a migration, before a restore) are never deleted by the app.
- An extra folder (a USB stick): each daily and manual backup is also written there, through
  the backup API from the just-verified backup file (not from the live database), so both
  copies are the same moment of the diary, and then verified again on the stick. The same
  pruning applies to the daily backups there. If the stick is missing, the backup itself
  still succeeds and ``BackupInfo.extra_error`` says why the copy was not made.
- ``restore``: backs up the current diary first (``before-restore``), then copies the backup
  into the open database through the backup API and migrates it; returns the safety backup,
  so a restore can be undone by restoring that.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from caregiver_app.core.clock import Clock, SystemClock
from caregiver_app.core.messages import QT_TRANSLATE_NOOP, Problem, ValidationFailed
from caregiver_app.services.settings import SettingsService
from caregiver_app.storage.backup import (
    BACKUP_DIRNAME,
    BackupInfo,
    backup_file_name,
    backup_files,
    backup_into_folder,
    copy_into,
    open_backup_source,
    read_backup_info,
    remove_stale_parts,
    write_backup,
)
from caregiver_app.storage.database import (
    DATABASE_FILENAME,
    BackupHook,
    Database,
    StorageError,
    migrate,
    open_database,
    raise_for,
    read_only_uri,
    secure_directory,
    set_aside,
)

__all__ = [
    "BEFORE_MIGRATION",
    "BEFORE_RESTORE",
    "DAILY",
    "KEEP_DAILY",
    "KEEP_MONTHLY",
    "LAST_GOOD",
    "MANUAL",
    "BackupInfo",
    "BackupService",
    "migration_backup_hook",
    "newest_good_backup",
    "restore_into_empty",
    "set_aside_database",
]

DAILY = "daily"
MANUAL = "manual"
BEFORE_MIGRATION = "before-migration"
BEFORE_RESTORE = "before-restore"
#: The newest good daily backup when a damaged diary was set aside: renamed to this reason so
#: the daily pruning (which only ever deletes "daily" ones) can never remove it.
LAST_GOOD = "last-good"

KEEP_DAILY = 14
KEEP_MONTHLY = 12

EXTRA_FOLDER_SETTING = "backup_extra_folder"

#: A hidden ``.part`` file this old is what an interrupted backup left behind.
_STALE_PART_AGE = timedelta(hours=1)


def migration_backup_hook(folder: Path, clock: Clock) -> BackupHook:
    """What :func:`migrate` calls before each step: a verified backup into ``folder``."""

    def hook(conn: sqlite3.Connection, reason: str) -> None:
        backup_into_folder(conn, folder, reason, clock.now())

    return hook


class BackupService:
    def __init__(
        self, database: Database, data_dir: Path, settings: SettingsService, clock: Clock
    ) -> None:
        self._database = database
        self._data_dir = data_dir
        self._settings = settings
        self._clock = clock
        # path -> ((size, mtime_ns, inode), info): listing opens each file once, not on
        # every repaint of the window's list.
        self._cache: dict[Path, tuple[tuple[int, int, int], BackupInfo]] = {}

    # Where ------------------------------------------------------------------------------

    def folder(self) -> Path:
        return self._data_dir / BACKUP_DIRNAME

    def extra_folder(self) -> Path | None:
        value = self._settings.get_raw(EXTRA_FOLDER_SETTING)
        return Path(value) if value else None

    def set_extra_folder(self, folder: Path | None) -> None:
        """Also writes each daily and manual backup into ``folder`` (None: stop). Raises
        ValidationFailed (field ``extra_folder``) unless it is an existing writable folder."""
        if folder is None:
            self._settings.set_raw(EXTRA_FOLDER_SETTING, "")
            return
        folder = Path(folder).expanduser()
        problem = _folder_problem(folder)
        if problem is None and folder.resolve() == self.folder().resolve():
            problem = QT_TRANSLATE_NOOP(
                "Validation",
                "{path} is where the app keeps its own backups. Choose another disk, such as a "
                "USB stick.",
            )
        if problem is not None:
            raise ValidationFailed([Problem("extra_folder", problem, {"path": str(folder)})])
        self._settings.set_raw(EXTRA_FOLDER_SETTING, str(folder.resolve()))

    # Writing ----------------------------------------------------------------------------

    def backup_now(self, destination: Path | None = None, reason: str = MANUAL) -> BackupInfo:
        """Writes a verified backup and returns what it holds.

        ``destination``: None writes into :meth:`folder` (and, for daily and manual backups,
        into the extra folder too); an existing folder gets a file named by time and reason;
        anything else is the file to write, which must not exist yet. Raises
        :class:`StorageError` (plain words) when it cannot."""
        made_at = self._clock.now()
        name = backup_file_name(made_at, reason)
        if destination is None:
            remove_stale_parts(self.folder(), datetime.now(UTC) - _STALE_PART_AGE)
            info = write_backup(
                self._database.conn, self.folder() / name, made_at=made_at, reason=reason
            )
            if reason in (DAILY, MANUAL):
                info = self._copy_to_extra_folder(info)
            return info
        destination = Path(destination).expanduser()
        if destination.is_dir():
            return write_backup(
                self._database.conn,
                destination / name,
                made_at=made_at,
                reason=reason,
                private_folder=False,
            )
        return write_backup(
            self._database.conn,
            destination,
            made_at=made_at,
            reason=reason,
            numbered=False,
            private_folder=False,
        )

    def _copy_to_extra_folder(self, info: BackupInfo) -> BackupInfo:
        extra = self.extra_folder()
        if extra is None:
            return info
        try:
            source = sqlite3.connect(read_only_uri(info.path, immutable=True), uri=True)
        except sqlite3.Error as error:  # pragma: no cover - it was verified a moment ago
            return replace(info, extra_error=_extra_error(extra, str(error)))
        try:
            copy = write_backup(
                source,
                extra / info.path.name,
                made_at=info.made_at,
                reason=info.reason,
                private_folder=False,
            )
        except StorageError as error:
            return replace(info, extra_error=_extra_error(extra, error.render()))
        finally:
            source.close()
        return replace(info, extra_copy=copy.path)

    def backup_if_due(self) -> BackupInfo | None:
        """The daily backup, if none was made yet today (the family's calendar day); then
        prunes old daily backups. None when one was already made today."""
        zone = ZoneInfo(self._settings.time_zone())
        today = self._clock.now().astimezone(zone).date()
        for _, made_at, reason in backup_files(self.folder()):
            if reason == DAILY and made_at.astimezone(zone).date() == today:
                return None
        info = self.backup_now(reason=DAILY)
        self.prune(self.folder(), keep=info.path)
        if info.extra_copy is not None:
            self.prune(info.extra_copy.parent, keep=info.extra_copy)
        return info

    def prune(self, folder: Path, keep: Path | None = None) -> list[Path]:
        """Deletes the daily backups in ``folder`` that retention does not keep; returns them.
        Only ``daily`` backups are ever deleted, and never ``keep`` (the one just written: if
        the laptop's clock is wrong, say back in 2000 after a flat CMOS battery, the newest
        backup still survives although its name makes it look like the oldest)."""
        zone = ZoneInfo(self._settings.time_zone())
        daily = [
            (path, made_at) for path, made_at, reason in backup_files(folder) if reason == DAILY
        ]
        kept = {path for path, _ in daily[:KEEP_DAILY]}  # newest first
        if keep is not None:
            kept.add(keep)
        first_of_month: dict[tuple[int, int], Path] = {}
        for path, made_at in daily:  # newest first: the last one seen is the month's first
            local = made_at.astimezone(zone)
            first_of_month[(local.year, local.month)] = path
        for month in sorted(first_of_month, reverse=True)[:KEEP_MONTHLY]:
            kept.add(first_of_month[month])
        removed = []
        for path, _ in daily:
            if path not in kept:
                try:
                    path.unlink()
                except FileNotFoundError:
                    continue
                except OSError:
                    continue  # a read-only stick: keep going, nothing is lost by keeping
                self._cache.pop(path, None)
                removed.append(path)
        return removed

    # Reading ----------------------------------------------------------------------------

    def backups(self, folder: Path | None = None) -> list[BackupInfo]:
        """The backups in :meth:`folder` (or ``folder``, e.g. the extra one), newest first."""
        found = []
        for path, _, _ in backup_files(folder or self.folder()):
            info = self._info(path)
            if info is not None:
                found.append(info)
        return found

    def last_backup(self) -> BackupInfo | None:
        for path, _, _ in backup_files(self.folder()):
            info = self._info(path)
            if info is not None:
                return info
        return None

    def _info(self, path: Path) -> BackupInfo | None:
        try:
            status = path.stat()
        except OSError:
            self._cache.pop(path, None)
            return None
        key = (status.st_size, status.st_mtime_ns, status.st_ino)
        cached = self._cache.get(path)
        if cached is not None and cached[0] == key:
            return cached[1]
        info = read_backup_info(path)
        self._cache[path] = (key, info)
        return info

    # Restoring and checking -------------------------------------------------------------

    def restore(self, backup: Path) -> BackupInfo:
        """Replaces the diary with ``backup``'s content (migrated to this app's schema) after
        backing up the current diary; returns that safety backup (restore it to undo).
        StorageError in plain words, and nothing changed, if the backup is missing, damaged,
        not a diary, or from a newer app."""
        backup = Path(backup).expanduser()
        if backup.exists() and backup.resolve() == self._database.path.resolve():
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{path} is the diary itself, not a backup of it. Nothing was changed."
                ),
                path=str(backup),
            )
        source = open_backup_source(backup)
        try:
            safety = self.backup_now(reason=BEFORE_RESTORE)
            conn = self._database.conn
            try:
                copy_into(source, conn)
                migrate(conn, migration_backup_hook(self.folder(), self._clock))
            except sqlite3.Error as error:
                raise_for(self._database.path, error)
            self._database.checkpoint()
        finally:
            source.close()
        return safety

    def check(self) -> list[str]:
        """``integrity_check`` + ``foreign_key_check`` problems of the open diary; [] when
        sound."""
        return self._database.check()


# Outside an open diary (damaged or missing file) ----------------------------------------


def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    """The newest backup in ``data_dir``'s backups folder that is sound."""
    for path, _, _ in backup_files(data_dir / BACKUP_DIRNAME):
        info = read_backup_info(path)
        if info.sound:
            return info
    return None


def keep_for_good(info: BackupInfo) -> BackupInfo:
    """Renames a daily backup so that pruning never deletes it (reason :data:`LAST_GOOD`);
    other kinds are never pruned anyway and are returned as they are."""
    if info.reason != DAILY:
        return info
    kept = info.path.with_name(info.path.name.replace(f"-{DAILY}", f"-{LAST_GOOD}", 1))
    if kept == info.path or kept.exists():
        return info
    info.path.rename(kept)
    return read_backup_info(kept)


def set_aside_database(data_dir: Path, clock: Clock | None = None) -> Path:
    """Moves the diary file and its ``-wal``/``-shm`` aside (``.corrupt-<time>``, never
    overwriting or deleting anything); returns where the diary file went."""
    now = (clock or SystemClock()).now()
    return set_aside(data_dir / DATABASE_FILENAME, now)


def restore_into_empty(data_dir: Path, backup: Path) -> BackupInfo:
    """Creates the family's diary from ``backup`` when there is no diary file (a new computer,
    or after a damaged one was set aside). Returns what the backup holds. StorageError if a
    diary file is already there (restore through :meth:`BackupService.restore` instead), or if
    the backup cannot be restored."""
    path = data_dir / DATABASE_FILENAME
    backup = Path(backup).expanduser()
    source = open_backup_source(backup)
    try:
        try:
            secure_directory(data_dir)
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
        except FileExistsError:
            if path.stat().st_size > 0:
                raise StorageError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "There is already a diary file {path}; it was not replaced. Restore "
                        "from inside the app (or with caregiver-app restore), which keeps a "
                        "backup of it first.",
                    ),
                    path=str(path),
                ) from None
        try:
            database = open_database(path)  # an empty file: a new, empty diary
            try:
                copy_into(source, database.conn)
                migrate(database.conn)
            finally:
                database.close()
        except (sqlite3.Error, OSError) as error:
            # The file was made empty by us a moment ago: remove it, so a later try (or a
            # fresh start) is not refused because "there is already a diary file".
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The backup {backup} could not be restored ({error}). Nothing was changed.",
                ),
                backup=str(backup),
                error=str(error),
            ) from error
    finally:
        source.close()
    return read_backup_info(backup)


def _folder_problem(folder: Path) -> str | None:
    if not folder.is_dir():
        return QT_TRANSLATE_NOOP("Validation", "{path} is not an existing folder.")
    try:
        import tempfile  # here, not at the top: it is not needed to open the window

        fd, name = tempfile.mkstemp(dir=folder, prefix=".caregiver-write-test-")
    except OSError:
        return QT_TRANSLATE_NOOP(
            "Validation", "{path} cannot be written to (is it read-only, or full?)."
        )
    os.close(fd)
    os.unlink(name)
    return None


def _extra_error(folder: Path, reason: str) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup was made, but its copy in {folder} was not ({reason}). Is the USB "
            "stick or disk plugged in?",
        ),
        folder=str(folder),
        reason=reason,
    )
