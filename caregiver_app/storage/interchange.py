"""The symptom diary's CSV files: reading them (every row checked by core validation) and
writing them, with the rules every CSV file of the app follows (``storage/csv_records.py``);
reading and writing any file atomically. The contract is written down in
``docs/csv-format.md``."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo

from caregiver_app.core.catalogue import Catalogue
from caregiver_app.core.messages import QT_TRANSLATE_NOOP, UserError
from caregiver_app.core.records import SymptomEntry, SymptomInput
from caregiver_app.core.validation import (
    SYMPTOM_CSV_COLUMNS,
    SYMPTOM_CSV_REQUIRED,
    validate_symptom_row,
)
from caregiver_app.storage.csv_records import CONTEXT, csv_bytes, read_csv_rows


class ImportedRow(NamedTuple):
    """One checked row of a CSV file; ``logged_by`` may be blank (the caller fills it in).

    A NamedTuple, not a frozen dataclass: one is made per row and this is cheaper."""

    line: int
    entry: SymptomInput
    logged_by: str


# Reading ----------------------------------------------------------------------------------


def read_symptom_csv(
    data: bytes, *, zone: str, catalogue: Catalogue, birth_date: date, now: datetime
) -> list[ImportedRow]:
    """Checks a whole symptom CSV file; returns its rows or raises ValidationFailed with
    every problem of every row. Rows whose cells are all blank are skipped."""

    def check_row(row: dict[str, str], line: int) -> ImportedRow:
        entry, logged_by = validate_symptom_row(
            row, line=line, zone=zone, catalogue=catalogue, birth_date=birth_date, now=now
        )
        return ImportedRow(line, entry, logged_by)

    return read_csv_rows(
        data,
        SYMPTOM_CSV_COLUMNS,
        SYMPTOM_CSV_REQUIRED,
        check_row,
        unknown_text=QT_TRANSLATE_NOOP(
            "Interchange", "is not a column of a symptom file (the columns are: {known})"
        ),
    )


def read_input_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Interchange", "Could not read {path}: {reason}. Nothing was imported."
            ),
            CONTEXT,
            path=str(path),
            reason=error.strerror or error.__class__.__name__,
        ) from error


# Writing ----------------------------------------------------------------------------------


def symptom_csv_bytes(rows: Iterable[Sequence[str]]) -> bytes:
    """A complete symptom CSV file: the header, then ``rows`` (values in the order of
    ``SYMPTOM_CSV_COLUMNS``), CRLF line ends, UTF-8 without a BOM."""
    return csv_bytes(SYMPTOM_CSV_COLUMNS, rows)


def entry_csv_row(entry: SymptomEntry, zone: ZoneInfo) -> tuple[str, str, str, str, str, str]:
    """One stored entry as CSV values, with its date and time local to ``zone``."""
    if entry.time_known:
        local = entry.occurred_at.astimezone(zone)
        day, clock_time = local.date().isoformat(), f"{local.hour:02d}:{local.minute:02d}"
    else:
        day, clock_time = entry.local_date.isoformat(), ""
    return (
        day,
        clock_time,
        entry.symptom,
        entry.severity.value,
        entry.notes,
        entry.meta.logged_by,
    )


def export_symptom_csv(entries: Iterable[SymptomEntry], zone: str) -> bytes:
    tz = ZoneInfo(zone)
    return symptom_csv_bytes(entry_csv_row(entry, tz) for entry in entries)


def write_file_atomically(path: Path, data: bytes) -> None:
    """Writes ``data`` to ``path`` (mode 0600) through a temporary file in the same folder
    and ``os.replace``: ``path`` ends up complete or untouched, never half written."""
    temp_name: str | None = None
    try:
        fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), 0o600)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
        temp_name = None
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Interchange", "Could not write {path}: {reason}. The file was not changed."
            ),
            CONTEXT,
            path=str(path),
            reason=error.strerror or error.__class__.__name__,
        ) from error
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
