"""The one small module that opens the family's SQLite file.

It sets the file modes before SQLite first touches the file, the pragmas of the data rules,
checks ``user_version`` (refusing a newer database without writing to it), runs migrations
with a backup first, and offers one transaction context manager for every write."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from caregiver_app.core.messages import QT_TRANSLATE_NOOP, UserError
from caregiver_app.storage.migrations import MIGRATIONS, SCHEMA_VERSION

DATABASE_FILENAME = "caregiver.sqlite3"
if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_MS = 5_000

BackupHook = Callable[[sqlite3.Connection, str], None]


class StorageError(UserError):
    """A storage failure the family can act on; the message says what to do."""


class DatabaseTooNew(StorageError):
    pass


class DatabaseUnreadable(StorageError):
    pass


def secure_directory(path: Path) -> Path:
    """Creates ``path`` (and parents) and makes ``path`` itself private (0700)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if stat.S_IMODE(path.stat().st_mode) != 0o700:
        path.chmod(0o700)
    return path


def secure_file(path: Path) -> None:
    """Creates ``path`` as an empty 0600 file if missing, or tightens its mode to 0600."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        if stat.S_IMODE(path.stat().st_mode) & 0o077:
            path.chmod(0o600)
    else:
        os.close(fd)


def _unreadable(path: Path, error: sqlite3.DatabaseError) -> DatabaseUnreadable:
    return DatabaseUnreadable(
        QT_TRANSLATE_NOOP(
            "Errors", "The diary file {path} cannot be read ({error}). It was not changed."
        ),
        path=str(path),
        error=str(error),
    )


def _unusable_folder(folder: Path, error: OSError) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The data folder {path} cannot be used ({reason}). Choose another folder, for "
            "example with --data-dir.",
        ),
        path=str(folder),
        reason=error.strerror or str(error),
    )


def read_user_version(path: Path) -> int:
    """Reads the schema version through a read-only connection: nothing is written."""
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise _unreadable(path, error) from error


class Database:
    """An open family database. Pass it to the repositories; close it when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils' view of the same connection (imported on first use: it costs about
        60 ms, a third of a bare Qt window's start-up, and start-up does not need it)."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._utils

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One explicit write transaction (``BEGIN IMMEDIATE``): all of it lands or none.

        Nested use becomes a savepoint of the outer transaction."""
        if self.in_transaction():
            with self.db.atomic():
                yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self._rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise

    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    def _rollback(self) -> None:
        # A failed statement may already have ended the transaction.
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def user_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self.conn.close()


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":  # pragma: no cover - e.g. a file system without locking
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "The diary file {path} could not be opened safely (journal mode {mode})."
            ),
            path=str(path),
            mode=str(mode),
        )
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def migrate(conn: sqlite3.Connection, backup: BackupHook | None = None) -> int:
    """Brings the schema to :data:`SCHEMA_VERSION`; returns the version it started from."""
    start = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for version in range(start + 1, SCHEMA_VERSION + 1):
        if backup is not None and start >= 1:
            backup(conn, f"before-migration-to-v{version}")
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return start


def open_database(path: Path, backup: BackupHook | None = None) -> Database:
    """Opens (creating if needed) the family database at ``path``, migrated to the latest
    schema. A database written by a newer app is refused and left exactly as it was."""
    try:
        secure_directory(path.parent)
        existing = path.exists() and path.stat().st_size > 0
    except OSError as error:
        raise _unusable_folder(path.parent, error) from error
    if existing:
        version = read_user_version(path)
        if version > SCHEMA_VERSION:
            raise DatabaseTooNew(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The diary file {path} was written by a newer version of this app "
                    "(schema {found}, this app knows up to {known}). Install the newer "
                    "version to open it; the file was not changed.",
                ),
                path=str(path),
                found=version,
                known=SCHEMA_VERSION,
            )
    try:
        secure_file(path)
    except OSError as error:
        raise _unusable_folder(path.parent, error) from error
    try:
        conn = _connect(path)
    except sqlite3.DatabaseError as error:
        raise _unreadable(path, error) from error
    try:
        migrate(conn, backup)
    except BaseException:
        conn.close()
        raise
    for companion in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        if companion.exists():
            secure_file(companion)
    return Database(path, conn)
