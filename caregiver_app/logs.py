"""A private log of what went wrong inside the app, and never of what the family wrote.

The log is ``<data folder>/logs/caregiver-app.log`` (the folder 0700, every file 0600 whatever
the umask; rotated at :data:`MAX_BYTES`, :data:`BACKUP_COUNT` old files kept). The window
writes to it, and so can the command line (:func:`report_unexpected_error`).

What may go in: fixed English sentences of our own, exception *types* and traceback frames
(file, line, function), error codes (``ENOSPC``, ``SQLITE_FULL``). What never goes in:
exception messages, local values, paths chosen by the family, entry contents. Exception
messages are left out because they often quote the input (``invalid date '...'``), and that
input can be a note about the child. So: never pass user text as a log argument, and note
that ``logger.exception()`` is made safe here too (:class:`PrivateFormatter` formats every
exception with :func:`describe_exception`).

A hard crash (a segfault in Qt, say) cannot run Python code; :mod:`faulthandler` then writes
the Python frames (again file, line, function only) to ``logs/fatal-errors.log``."""

from __future__ import annotations

import errno
import faulthandler
import io
import logging
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, TextIO

from caregiver_app.storage.database import secure_directory, secure_file

LOG_DIRNAME = "logs"
LOG_FILENAME = "caregiver-app.log"
FATAL_ERRORS_FILENAME = "fatal-errors.log"
LOGGER_NAME = "caregiver_app"
MAX_BYTES = 256 * 1024
BACKUP_COUNT = 3
# Exceptions chained by ``raise ... from`` or raised while handling another: at most this
# many are described.
MAX_CHAIN = 5


# The same private folder and file rules as the diary's own files.
private_folder = secure_directory
private_file = secure_file


def _type_name(kind: type[BaseException]) -> str:
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


def _codes(error: BaseException) -> str:
    """Error codes that help and say nothing about the family: errno and SQLite names."""
    codes = []
    number = getattr(error, "errno", None)
    if isinstance(error, OSError) and isinstance(number, int):
        codes.append(errno.errorcode.get(number, str(number)))
    sqlite_name = getattr(error, "sqlite_errorname", None)
    if isinstance(sqlite_name, str):
        codes.append(sqlite_name)
    return f" [{', '.join(codes)}]" if codes else ""


def _frames(trace: TracebackType | None) -> list[str]:
    return [
        f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}'
        for frame in traceback.extract_tb(trace)
    ]


def describe_exception(
    kind: type[BaseException], error: BaseException | None, trace: TracebackType | None
) -> str:
    """The exception's type, codes and frames, and those of the exceptions chained to it:
    never its message or any value (see the module's docstring)."""
    lines = [f"{_type_name(kind)}{_codes(error) if error is not None else ''}"]
    lines += _frames(trace)
    seen = {id(error)}
    current = error
    for _ in range(MAX_CHAIN):
        if current is None:
            break
        if current.__cause__ is not None:
            link, current = "caused by", current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            link, current = "raised while handling", current.__context__
        else:
            break
        if id(current) in seen:
            break
        seen.add(id(current))
        lines.append(f"{link} {_type_name(type(current))}{_codes(current)}")
        lines += _frames(current.__traceback__)
    if isinstance(error, BaseExceptionGroup):
        for index, inner in enumerate(error.exceptions[:MAX_CHAIN], start=1):
            described = describe_exception(type(inner), inner, inner.__traceback__)
            lines.append(f"sub-exception {index}: " + described.replace("\n", "\n  "))
    return "\n".join(lines)


class PrivateFormatter(logging.Formatter):
    """UTC times; exceptions described without their messages, whoever logs them."""

    def __init__(self) -> None:
        super().__init__("%(asctime)sZ %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        # Never reuse an exception text another formatter cached on the record: it holds the
        # exception's message.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        if ei[0] is None:
            return ""
        return describe_exception(ei[0], ei[1], ei[2])

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))

    def formatStack(self, stack_info: str) -> str:
        return ""  # stack_info would be fine, but it is never needed


class PrivateRotatingFileHandler(logging.FileHandler):
    """Keeps ``backupCount`` older files (``.1`` the newest) once the log passes ``maxBytes``;
    every file it opens is made 0600 before it is opened.

    Written on ``logging.FileHandler`` rather than ``logging.handlers.RotatingFileHandler``,
    whose module imports socket, pickle and queue: 8 ms of the window's start-up."""

    def __init__(self, filename: Path, *, max_bytes: int, backup_count: int, encoding: str) -> None:
        self.maxBytes = max_bytes
        self.backupCount = backup_count
        super().__init__(filename, mode="a", encoding=encoding, delay=False)

    def _open(self) -> io.TextIOWrapper:
        private_file(Path(self.baseFilename))
        return super()._open()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.maxBytes:
                self.doRollover()
        except OSError:
            self.handleError(record)
            return
        super().emit(record)

    def doRollover(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        base = Path(self.baseFilename)
        for number in range(self.backupCount - 1, 0, -1):
            older = base.with_name(f"{base.name}.{number}")
            if older.exists():
                older.replace(base.with_name(f"{base.name}.{number + 1}"))
        if self.backupCount > 0 and base.exists():
            base.replace(base.with_name(f"{base.name}.1"))
        for number in range(1, self.backupCount + 1):
            rotated = base.with_name(f"{base.name}.{number}")
            if rotated.exists():
                private_file(rotated)
        self.stream = self._open()


@dataclass
class PrivateLog:
    """An open private log. :meth:`close` detaches it (the window reopens it elsewhere after
    the data moves)."""

    folder: Path
    file: Path
    handler: logging.Handler
    fatal_errors: IO[str] | None = None

    def close(self) -> None:
        logging.getLogger(LOGGER_NAME).removeHandler(self.handler)
        self.handler.close()
        if self.fatal_errors is not None:
            faulthandler.disable()
            self.fatal_errors.close()
            self.fatal_errors = None


def log_folder(data_dir: Path) -> Path:
    return data_dir / LOG_DIRNAME


def open_private_log(data_dir: Path, *, catch_fatal_errors: bool = False) -> PrivateLog | None:
    """Starts logging the app's own messages (the ``caregiver_app`` loggers, INFO and up) to
    the data folder's private log. ``None`` when the folder cannot be written: the app then
    runs without a log rather than not at all.

    ``catch_fatal_errors`` also points :mod:`faulthandler` at ``fatal-errors.log`` (unless
    something, such as pytest, already enabled it)."""
    folder = log_folder(data_dir)
    try:
        private_folder(folder)
        path = private_file(folder / LOG_FILENAME)
        handler = PrivateRotatingFileHandler(
            path, max_bytes=MAX_BYTES, backup_count=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(PrivateFormatter())
    logger = logging.getLogger(LOGGER_NAME)
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)
    log = PrivateLog(folder, path, handler)
    if catch_fatal_errors and not faulthandler.is_enabled():
        log.fatal_errors = _open_fatal_errors(folder / FATAL_ERRORS_FILENAME)
        if log.fatal_errors is not None:
            faulthandler.enable(file=log.fatal_errors, all_threads=True)
    return log


def _open_fatal_errors(path: Path) -> IO[str] | None:
    try:
        private_file(path)
        too_big = path.stat().st_size > MAX_BYTES
        return path.open("w" if too_big else "a", encoding="utf-8")
    except OSError:
        return None


def log_exception(
    kind: type[BaseException],
    error: BaseException | None,
    trace: TracebackType | None,
    *,
    where: str,
) -> None:
    """Logs an unexpected error (``where``: a fixed phrase of ours, such as "window")."""
    logging.getLogger(LOGGER_NAME).error(
        "unexpected error in the %s: %s", where, describe_exception(kind, error, trace)
    )


def report_unexpected_error(data_dir: Path, error: BaseException, err: TextIO) -> int:
    """For the command line: logs a bug (not something the family can fix) to the private
    log and prints a calm line. Returns the exit status (1)."""
    log = open_private_log(data_dir)
    try:
        log_exception(type(error), error, error.__traceback__, where="command line")
    finally:
        if log is not None:
            log.close()
    from caregiver_app.i18n import translate

    if log is not None:
        text = translate(
            "cli",
            "Something went wrong inside the app ({kind}); nothing you saved was lost. A note "
            "without your diary's contents was written in {path}.",
        )
    else:
        text = translate(
            "cli", "Something went wrong inside the app ({kind}); nothing you saved was lost."
        )
    err.write(text.format(kind=type(error).__name__, path=log_folder(data_dir)) + "\n")
    return 1


def run_logged(data_dir: Path, command: Callable[[], int], err: TextIO | None = None) -> int:
    """Runs a command-line action; an unexpected error is logged and explained calmly (the
    errors the family can act on are the caller's to catch first)."""
    try:
        return command()
    except Exception as error:
        return report_unexpected_error(data_dir, error, err or sys.stderr)
