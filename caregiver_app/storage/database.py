"""The one small module that opens the family's SQLite file.

It sets the file modes before SQLite first touches the file, the pragmas of the data rules,
checks ``user_version`` (refusing a newer database without writing to it) and runs
``quick_check`` through a read-only connection (refusing a damaged one without writing to it),
runs migrations with a backup first, and offers one transaction context manager for every
write, which turns the failures a family can act on (busy, disk full, I/O) into
:class:`StorageError` with plain words."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from caregiver_app.core.messages import QT_TRANSLATE_NOOP, UserError
from caregiver_app.storage.migrations import MIGRATIONS, SCHEMA_VERSION

DATABASE_FILENAME = "caregiver.sqlite3"
if TYPE_CHECKING:
    import sqlite_utils

    from caregiver_app.storage.backup import BackupInfo

BUSY_TIMEOUT_MS = 5_000

BackupHook = Callable[[sqlite3.Connection, str], None]


class StorageError(UserError):
    """A storage failure the family can act on; the message says what to do."""


class DatabaseTooNew(StorageError):
    pass


class DatabaseUnreadable(StorageError):
    pass


class DatabaseBusy(StorageError):
    """Another connection held the write lock for longer than the busy timeout."""


class DiskFull(StorageError):
    pass


class DiskError(StorageError):
    """The disk (or the file system under it) failed to read or write."""


class DatabaseDamaged(DatabaseUnreadable):
    """The file is not a sound SQLite database (``quick_check`` failed, or SQLite reported it
    corrupt). ``problems`` is what SQLite said. ``moved_to`` is where the damaged file was set
    aside (None: it was left in place, untouched); ``newest_good_backup`` is the newest backup
    that passes its own check (None: there is none)."""

    def __init__(
        self,
        text: str,
        *,
        path: Path,
        problems: Sequence[str],
        moved_to: Path | None = None,
        newest_good_backup: BackupInfo | None = None,
    ) -> None:
        backup = newest_good_backup.path if newest_good_backup is not None else ""
        super().__init__(
            text,
            path=str(path),
            problem=_first_problem(problems),
            moved_to=str(moved_to or ""),
            backup=str(backup),
        )
        self.path = path
        self.problems: tuple[str, ...] = tuple(problems)
        self.moved_to = moved_to
        self.newest_good_backup = newest_good_backup


def _first_problem(problems: Sequence[str]) -> str:
    if not problems:
        return ""
    first = problems[0]
    return first if len(problems) == 1 else f"{first} (+{len(problems) - 1})"


# SQLite's primary result codes (the low byte of ``sqlite_errorcode``).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26


def sqlite_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def is_damage(error: sqlite3.Error) -> bool:
    return sqlite_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def busy_error() -> DatabaseBusy:
    return DatabaseBusy(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The diary is busy: another window or command is saving. Try again in a moment.",
        )
    )


def storage_error_for(path: Path, error: sqlite3.Error) -> StorageError | None:
    """The plain-words error for a failure the family can act on; None for anything else
    (a bug, which must surface as itself)."""
    code = sqlite_code(error)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return busy_error()
    if code == SQLITE_FULL:
        return DiskFull(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The disk holding the diary ({folder}) is full, so this was not saved. Free some "
                "space (empty the trash, move photos or videos elsewhere), then try again.",
            ),
            folder=str(path.parent),
        )
    if code == SQLITE_IOERR:
        return DiskError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The computer could not read or write the diary file {path} ({error}), so this "
                "was not saved. If the diary is on a USB stick or a network folder, check that "
                "it is still connected; then try again. If it keeps happening, the disk may be "
                "failing: make a backup onto another disk.",
            ),
            path=str(path),
            error=str(error),
        )
    if code == SQLITE_READONLY:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The diary file {path} cannot be written to ({error}), so this was not saved. "
                "Check that the file and its folder belong to you and are not read-only.",
            ),
            path=str(path),
            error=str(error),
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DatabaseDamaged(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The diary file {path} is damaged ({problem}), so this was not saved. Close "
                "the app and open it again: it will check the file and offer your newest good "
                "backup.",
            ),
            path=path,
            problems=[str(error)],
        )
    return None


def secure_directory(path: Path) -> Path:
    """Creates ``path`` (and parents) and makes ``path`` itself private (0700)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if stat.S_IMODE(path.stat().st_mode) != 0o700:
        path.chmod(0o700)
    return path


def secure_file(path: Path) -> Path:
    """Creates ``path`` as an empty 0600 file if missing (before anything else opens it), or
    tightens its mode to 0600."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        if stat.S_IMODE(path.stat().st_mode) & 0o077:
            path.chmod(0o600)
    else:
        os.close(fd)
    return path


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


def raise_for(path: Path, error: sqlite3.Error) -> NoReturn:
    """Raises the plain-words :class:`StorageError` for ``error``, or ``error`` itself."""
    mapped = storage_error_for(path, error)
    if mapped is None:
        raise error
    raise mapped from error


def _damaged(path: Path, problems: Sequence[str]) -> DatabaseDamaged:
    return DatabaseDamaged(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The diary file {path} is damaged ({problem}). It was not changed. To see what is "
            "wrong: caregiver-app check. To put a backup in its place (the damaged file is "
            "kept aside): caregiver-app restore FILE.",
        ),
        path=path,
        problems=problems,
    )


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """A URI opening ``path`` read-only (``immutable``: also without locks or a WAL; only for
    files nothing writes to any more, such as finished backups)."""
    return path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def check_connection(conn: sqlite3.Connection, *, quick: bool = False) -> list[str]:
    """``integrity_check`` (or the faster ``quick_check``, which skips index contents) and
    ``foreign_key_check``: the problems found, one line each, [] when the database is sound.
    Damage so bad that SQLite refuses to run a check is reported as a problem."""
    problems: list[str] = []
    checks = ["quick_check"] if quick else ["integrity_check", "foreign_key_check"]
    while checks:
        pragma = checks.pop(0)
        try:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        except sqlite3.DatabaseError as error:
            if not is_damage(error):
                raise
            if str(error) not in problems:
                problems.append(str(error))
            if pragma == "integrity_check":
                # It can give up where the lighter quick_check still says which pages.
                checks.insert(0, "quick_check")
            continue
        if pragma == "foreign_key_check":
            problems += [
                f"foreign key: {table} row {rowid} refers to a missing {parent} row"
                for table, rowid, parent, _ in rows
            ]
        elif [tuple(row) for row in rows] != [("ok",)]:
            problems += [
                line
                for row in rows
                for line in str(row[0]).splitlines()
                if line and line != "*** in database main ***"
            ]
    return problems


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that has read the file's header.

    A file left by a crash in the middle of a write (a hot rollback journal, or a WAL whose
    index must be rebuilt) needs SQLite's own crash recovery first, which a read-only
    connection cannot do (``SQLITE_READONLY_ROLLBACK`` / ``_RECOVERY``): a plain read-write
    connection then opens it once, which rolls the interrupted write back, exactly as any
    open of the file would. Nothing else is written."""
    for attempt in (1, 2):
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            conn.execute("PRAGMA user_version").fetchone()
        except sqlite3.OperationalError as error:
            conn.close()
            if attempt == 2 or sqlite_code(error) != SQLITE_READONLY:
                raise
        except BaseException:
            conn.close()
            raise
        else:
            return conn
        recovery = sqlite3.connect(path)
        try:
            recovery.execute("PRAGMA user_version").fetchone()
        finally:
            recovery.close()
    raise AssertionError("unreachable")  # pragma: no cover


def check_file(path: Path) -> list[str]:
    """:func:`check_connection` on a file, through a read-only connection: nothing is written
    (but see :func:`open_read_only` for a file left mid-write by a crash). Damage that stops
    SQLite opening it is one problem; a file that cannot be opened at all raises
    :class:`DatabaseUnreadable`."""
    try:
        conn = open_read_only(path)
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return [str(error)]
        raise _unreadable(path, error) from error
    try:
        return check_connection(conn)
    except sqlite3.DatabaseError as error:
        raise _unreadable(path, error) from error
    finally:
        conn.close()


def inspect_file(path: Path) -> tuple[int, list[str]]:
    """The schema version and ``quick_check`` problems of an existing file, read through a
    read-only connection: nothing is written (a read-only connection never checkpoints a WAL
    into a file that may be damaged; but see :func:`open_read_only` for a file left mid-write
    by a crash)."""
    try:
        conn = open_read_only(path)
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return -1, [str(error)]
        raise _unreadable(path, error) from error
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            return version, []  # a newer app's file: not ours to judge
        return version, check_connection(conn, quick=True)
    except sqlite3.DatabaseError as error:
        raise _unreadable(path, error) from error
    finally:
        conn.close()


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def move_without_overwriting(source: Path, target: Path) -> Path:
    """Renames ``source`` to ``target``, or to ``target`` with ``-2``, ``-3``... appended when
    that name is taken: nothing is ever overwritten."""
    for attempt in range(1, 1000):
        candidate = target if attempt == 1 else target.with_name(f"{target.name}-{attempt}")
        try:
            os.link(source, candidate)
        except FileExistsError:
            continue
        except OSError:
            # No hard links here (e.g. a FAT USB stick): check, then rename.
            if candidate.exists():
                continue
            os.rename(source, candidate)
            return candidate
        os.unlink(source)
        return candidate
    raise FileExistsError(target)  # pragma: no cover - a thousand damaged files in a second


def set_aside(path: Path, now: datetime, kind: str = "corrupt") -> Path:
    """Moves the database file and its ``-wal``/``-shm`` aside as
    ``caregiver.sqlite3.corrupt-<UTC time>`` (+ ``-wal``/``-shm``, so SQLite, or a recovery
    tool, opened on the moved file still finds its WAL). Never overwrites, never deletes.
    Returns where the main file went (or would have gone, if only companions existed)."""
    base = move_target = path.with_name(f"{path.name}.{kind}-{_stamp(now)}")
    for attempt in range(2, 1000):
        taken = [
            Path(f"{move_target}{suffix}").exists() or Path(f"{move_target}{suffix}").is_symlink()
            for suffix in ("", "-wal", "-shm")
        ]
        if not any(taken):
            break
        move_target = base.with_name(f"{base.name}-{attempt}")
    # The main file first: if this is interrupted, a -wal left behind is an orphan that the
    # next open sets aside too (see _set_aside_orphans), never one replayed into a new file.
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            move_without_overwriting(source, Path(f"{move_target}{suffix}"))
    return move_target


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

        Nested use becomes a savepoint of the outer transaction. Failures the family can act
        on (busy after the busy timeout, disk full, I/O errors, a read-only file, damage)
        become :class:`StorageError`; anything else (a bug) surfaces as itself. After each
        commit a passive checkpoint copies the WAL into the main file (see ``_checkpoint``)."""
        if self.in_transaction():
            with self.db.atomic():
                yield self.conn
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise_for(self.path, error)
        try:
            yield self.conn
        except sqlite3.Error as error:
            self._rollback()
            raise_for(self.path, error)
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as error:
            self._rollback()
            raise_for(self.path, error)
        self.checkpoint()

    def checkpoint(self) -> None:
        """Copies committed pages from the WAL into the main file now rather than every 1000
        pages. A commit is already durable in the WAL; this keeps the main file complete on
        its own, so that a ``-wal`` lost later (deleted by hand, left behind when copying the
        file, not synced by a cloud folder) loses nothing. Costs one or two fsyncs per save,
        which a family does a few times a day. PASSIVE: never waits for readers."""
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    def _rollback(self) -> None:
        # A failed statement may already have ended the transaction; a failing disk may
        # refuse the rollback too, and the original error is the one worth reporting.
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")

    def check(self) -> list[str]:
        """``integrity_check`` + ``foreign_key_check`` problems; [] when sound."""
        return check_connection(self.conn)

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
    """Brings the schema to :data:`SCHEMA_VERSION`; returns the version it started from.

    Before the first step on a database that holds data, ``backup(conn, "before-migration")``
    writes one backup (which verifies itself with ``integrity_check`` and raises if it cannot):
    no backup, no migration. Each step is its own transaction, so an interrupted run leaves
    the file at the last finished version, and the next open carries on from there."""
    start = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if backup is not None and 1 <= start < SCHEMA_VERSION:
        backup(conn, "before-migration")
    for version in range(start + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return start


def _set_aside_orphans(path: Path) -> None:
    """A ``-wal`` without its database (the file was deleted or moved by hand) must not meet a
    new database of the same name: SQLite would replay its pages into it. Kept, renamed."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        set_aside(path, datetime.now(UTC), kind="orphaned")


class BackgroundInspection:
    """:func:`inspect_file` started on another thread, so the window can import and build its
    widgets while SQLite reads the file (it releases the GIL): ``quick_check`` of ten years
    of diary costs about 18 ms, a sixth of a bare Qt window's start-up.

    Its answer is used only for the same file, unchanged since the inspection ended (size and
    time of the file and its ``-wal``); otherwise :func:`open_database` inspects again."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._identity: tuple[int, ...] | None = None
        self._answer: tuple[int, list[str]] | None = None
        self._thread = threading.Thread(target=self._run, name="inspect-diary", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._answer = inspect_file(self.path)
        except Exception:  # the foreground inspection then runs again and reports it
            self._answer = None
        # Taken after: opening a file left without its -wal/-shm (a clean close removes them)
        # or mid-write by a crash lets SQLite set them up or recover (see open_read_only);
        # the answer is about the file as it is once the inspection is over.
        self._identity = _file_identity(self.path)

    def answer_for(self, path: Path) -> tuple[int, list[str]] | None:
        self._thread.join()
        if path != self.path or _file_identity(path) != self._identity:
            return None
        return self._answer


def _file_identity(path: Path) -> tuple[int, ...]:
    identity: list[int] = []
    for part in (path, Path(f"{path}-wal")):
        try:
            status = part.stat()
        except OSError:
            identity += [-1, -1]
        else:
            identity += [status.st_size, status.st_mtime_ns]
    return tuple(identity)


def open_database(
    path: Path,
    backup: BackupHook | None = None,
    inspection: BackgroundInspection | None = None,
) -> Database:
    """Opens (creating if needed) the family database at ``path``, migrated to the latest
    schema. A database written by a newer app, and a damaged one (``quick_check``), are refused
    and left exactly as they were. ``inspection``: one already started for this file."""
    try:
        secure_directory(path.parent)
        existing = path.exists() and path.stat().st_size > 0
        if not existing:
            _set_aside_orphans(path)
    except OSError as error:
        raise _unusable_folder(path.parent, error) from error
    if existing:
        found = inspection.answer_for(path) if inspection is not None else None
        version, problems = found if found is not None else inspect_file(path)
        if problems:
            raise _damaged(path, problems)
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
        if is_damage(error):
            raise _damaged(path, [str(error)]) from error
        raise _unreadable(path, error) from error
    try:
        migrate(conn, backup)
    except sqlite3.Error as error:
        conn.close()
        raise_for(path, error)
    except BaseException:
        conn.close()
        raise
    for companion in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        if companion.exists():
            secure_file(companion)
    return Database(path, conn)
