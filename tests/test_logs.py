"""The private log: exception types and frames, never messages or values; private file
modes whatever the umask, rotated files too; a calm line for the command line."""

from __future__ import annotations

import io
import logging
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from caregiver_app import logs

ROOT = Path(__file__).resolve().parents[1]
SENTINEL = "Lucía-fell-SENTINEL-7f3a"


@pytest.fixture
def private_log(tmp_path: Path) -> Iterator[logs.PrivateLog]:
    log = logs.open_private_log(tmp_path / "family")
    assert log is not None
    yield log
    log.close()


def log_text(folder: Path) -> str:
    return "".join(path.read_text(encoding="utf-8") for path in sorted(folder.iterdir()))


def parse_date(text: str) -> None:
    raise ValueError(f"invalid date {text!r}")


def test_an_exception_is_logged_by_type_and_frames_without_its_message(private_log):
    note = SENTINEL  # a local value, as a parent might have typed it
    try:
        try:
            parse_date(note)
        except ValueError as error:
            raise KeyError(note) from error
    except KeyError as error:
        logs.log_exception(type(error), error, error.__traceback__, where="window")

    text = private_log.file.read_text(encoding="utf-8")
    assert "unexpected error in the window: KeyError" in text
    assert "caused by ValueError" in text
    assert f'File "{__file__}", line' in text
    assert "in parse_date" in text
    assert "in test_an_exception_is_logged_by_type_and_frames_without_its_message" in text
    assert SENTINEL not in text
    assert "invalid date" not in text


def test_error_codes_are_logged_because_they_say_nothing_about_the_family(private_log):
    full = OSError(28, "No space left on device", f"/home/maria/{SENTINEL}.csv")
    logs.log_exception(type(full), full, None, where="window")
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(f"SELECT * FROM {SENTINEL.replace('-', '_')}")
    except sqlite3.OperationalError as error:
        logs.log_exception(type(error), error, error.__traceback__, where="window")
    finally:
        conn.close()
    text = private_log.file.read_text(encoding="utf-8")
    assert "OSError [ENOSPC]" in text
    assert "sqlite3.OperationalError [SQLITE_ERROR]" in text
    assert "SENTINEL" not in text


def test_logger_exception_from_any_module_is_just_as_private(private_log):
    try:
        parse_date(SENTINEL)
    except ValueError:
        logging.getLogger("caregiver_app.somewhere").exception("while doing something")
    text = private_log.file.read_text(encoding="utf-8")
    assert "while doing something\nValueError\n" in text
    assert "in parse_date" in text
    assert SENTINEL not in text


def test_exception_groups_and_loops_of_context_are_described_safely():
    first = ValueError(SENTINEL)
    second = TypeError(SENTINEL)
    first.__context__ = second
    second.__context__ = first  # a loop: described once
    group = ExceptionGroup(SENTINEL, [first, KeyError(SENTINEL)])
    text = logs.describe_exception(type(group), group, None)
    assert text.splitlines()[0] == "ExceptionGroup"
    assert "sub-exception 1: ValueError" in text
    assert "raised while handling TypeError" in text
    assert "sub-exception 2: KeyError" in text
    assert SENTINEL not in text


def test_only_the_apps_own_loggers_reach_the_file(private_log):
    logging.getLogger("sqlite_utils").warning("a library says %s", SENTINEL)
    logging.getLogger("caregiver_app.window").info("window starting")
    text = private_log.file.read_text(encoding="utf-8")
    assert "window starting" in text
    assert SENTINEL not in text


def test_closing_detaches_the_log(tmp_path):
    log = logs.open_private_log(tmp_path)
    assert log is not None
    log.close()
    logging.getLogger("caregiver_app").error("after closing")
    assert "after closing" not in log.file.read_text(encoding="utf-8")


def test_an_unwritable_folder_means_no_log_rather_than_no_app(tmp_path):
    blocker = tmp_path / "family"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    assert logs.open_private_log(blocker) is None


def test_the_command_line_logs_an_unexpected_error_and_says_so_calmly(tmp_path):
    err = io.StringIO()

    def command() -> int:
        parse_date(SENTINEL)
        return 0

    assert logs.run_logged(tmp_path, command, err) == 1
    said = err.getvalue()
    assert said.startswith("Something went wrong inside the app (ValueError)")
    assert str(tmp_path / "logs") in said
    text = log_text(tmp_path / "logs")
    assert "unexpected error in the command line: ValueError" in text
    assert SENTINEL not in text
    assert logs.run_logged(tmp_path, lambda: 0, err) == 0


MODES_SCRIPT = """
import logging, os, sys
from pathlib import Path
os.umask(0o022)
from caregiver_app import logs
data = Path(sys.argv[1])
log = logs.open_private_log(data, catch_fatal_errors=True)
logger = logging.getLogger("caregiver_app.test")
for number in range(logs.MAX_BYTES * (logs.BACKUP_COUNT + 1) // 100 + 10):
    logger.info("line %05d %s", number, "x" * 80)
log.close()
os.chmod(data / "logs", 0o755)
os.chmod(data / "logs" / "caregiver-app.log", 0o644)
log = logs.open_private_log(data)
log.close()
for path in sorted([data / "logs", *(data / "logs").iterdir()]):
    print(path.name, oct(path.stat().st_mode & 0o777))
"""


def test_log_folder_and_files_are_private_even_under_umask_022_and_after_rotation(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", MODES_SCRIPT, str(tmp_path / "family")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONFAULTHANDLER": ""},
        timeout=60,
    )
    modes = dict(line.split() for line in result.stdout.splitlines())
    assert modes == {
        "logs": "0o700",
        "caregiver-app.log": "0o600",
        "caregiver-app.log.1": "0o600",
        "caregiver-app.log.2": "0o600",
        "caregiver-app.log.3": "0o600",
        "fatal-errors.log": "0o600",
    }


def test_an_exception_text_cached_by_another_formatter_is_not_reused(private_log):
    try:
        parse_date(SENTINEL)
    except ValueError:
        record = logging.getLogger("caregiver_app.x").makeRecord(
            "caregiver_app.x", logging.ERROR, __file__, 1, "failed", (), sys.exc_info()
        )
    logging.Formatter().format(record)  # caches the full traceback, message included
    assert SENTINEL in (record.exc_text or "")
    private_log.handler.handle(record)
    assert SENTINEL not in private_log.file.read_text(encoding="utf-8")
