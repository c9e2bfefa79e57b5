"""The symptom diary's CSV files: reading them (every row checked by core validation) and
writing them. The contract is written down in ``docs/csv-format.md``.

Reading is one pass with the ``csv`` module. Every problem names the physical line where
its record starts (the header is line 1; a note spanning three lines moves the next record
three lines down) and its column, so a family can fix the file in any editor. All problems
of all rows are collected and raised together: an import lands completely or not at all."""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo

from caregiver_app.core.catalogue import Catalogue
from caregiver_app.core.messages import QT_TRANSLATE_NOOP, Problem, UserError, ValidationFailed
from caregiver_app.core.records import SymptomEntry, SymptomInput
from caregiver_app.core.validation import (
    SYMPTOM_CSV_COLUMNS,
    SYMPTOM_CSV_REQUIRED,
    validate_symptom_row,
)

CONTEXT = "Interchange"
HEADER_FIELD = "header"
ROW_FIELD = "row"
LINE_END = "\r\n"  # RFC 4180

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# ``surrogateescape`` turns each byte that is not UTF-8 into one of these code points.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]+")


class ImportedRow(NamedTuple):
    """One checked row of a CSV file; ``logged_by`` may be blank (the caller fills it in).

    A NamedTuple, not a frozen dataclass: one is made per row and this is cheaper."""

    line: int
    entry: SymptomInput
    logged_by: str


def _problem(line: int, field: str, text: str, **args: object) -> Problem:
    return Problem(field, text, args, line, CONTEXT)


# Reading ----------------------------------------------------------------------------------


def _decode(data: bytes) -> tuple[str, bool]:
    """The text of ``data`` without a leading BOM, and whether it held bytes that are not
    UTF-8 (kept as surrogate escapes so the parser can say which line and column)."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="surrogateescape"), True


def _bad_byte_problems(line: int, fields: Sequence[tuple[str, str]]) -> list[Problem]:
    """Problems for cells holding bytes that are not UTF-8, at the physical line of each.

    ``fields`` pairs each cell of one record with the name to report; ``line`` is where the
    record starts. Only quoted cells hold line breaks, so counting them cell by cell finds
    the physical line of every bad byte."""
    problems: list[Problem] = []
    for name, cell in fields:
        for match in _ESCAPED_BYTE.finditer(cell):
            shown = " ".join(f"0x{ord(char) - 0xDC00:02X}" for char in match.group()[:4])
            problems.append(
                _problem(
                    line + len(_LINE_BREAK.findall(cell, 0, match.start())),
                    name,
                    QT_TRANSLATE_NOOP(
                        "Interchange",
                        "holds bytes that are not UTF-8 text ({bytes}); save the file as "
                        "UTF-8 (in a spreadsheet: CSV UTF-8) and import it again",
                    ),
                    bytes=shown,
                )
            )
            break  # one message per cell is enough to find it
        line += len(_LINE_BREAK.findall(cell))
    return problems


def _check_header(cells: list[str]) -> tuple[list[str], list[Problem]]:
    """The column names (trimmed, lower case) and any problems with them, all on line 1."""
    names = [cell.strip().lower() for cell in cells]
    problems: list[Problem] = []
    if not any(names):
        problems.append(
            _problem(
                1,
                HEADER_FIELD,
                QT_TRANSLATE_NOOP(
                    "Interchange",
                    "the first line must name the columns, for example: {columns}",
                ),
                columns=",".join(SYMPTOM_CSV_COLUMNS),
            )
        )
        return names, problems
    known = ", ".join(SYMPTOM_CSV_COLUMNS)
    seen: set[str] = set()
    for position, name in enumerate(names, start=1):
        if not name:
            problems.append(
                _problem(
                    1,
                    HEADER_FIELD,
                    QT_TRANSLATE_NOOP(
                        "Interchange", "column {position} has no name; name it or remove the column"
                    ),
                    position=position,
                )
            )
        elif name not in SYMPTOM_CSV_COLUMNS:
            problems.append(
                _problem(
                    1,
                    name,
                    QT_TRANSLATE_NOOP(
                        "Interchange",
                        "is not a column of a symptom file (the columns are: {known})",
                    ),
                    known=known,
                )
            )
        elif name in seen:
            problems.append(
                _problem(1, name, QT_TRANSLATE_NOOP("Interchange", "column appears more than once"))
            )
        seen.add(name)
    for name in SYMPTOM_CSV_REQUIRED:
        if name not in seen:
            problems.append(
                _problem(
                    1,
                    name,
                    QT_TRANSLATE_NOOP(
                        "Interchange",
                        "required column is missing (the required columns are: {need})",
                    ),
                    need=", ".join(SYMPTOM_CSV_REQUIRED),
                )
            )
    return names, problems


def _csv_error_problem(line: int, error: csv.Error) -> Problem:
    message = str(error)
    if "unexpected end of data" in message:
        return _problem(
            line,
            ROW_FIELD,
            QT_TRANSLATE_NOOP(
                "Interchange",
                'a quoted value that starts on this line is never closed (a missing ")',
            ),
        )
    if "field larger than field limit" in message:
        return _problem(
            line,
            ROW_FIELD,
            QT_TRANSLATE_NOOP("Interchange", "holds a value longer than {limit} characters"),
            limit=csv.field_size_limit(),
        )
    return _problem(
        line,
        ROW_FIELD,
        QT_TRANSLATE_NOOP("Interchange", "is not valid CSV ({error})"),
        error=message,
    )


def _is_blank(cells: Sequence[str]) -> bool:
    """A blank line, or a spreadsheet's empty row of commas: skipped, not an error."""
    return not any(cell.strip() for cell in cells)


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """``(line where the record starts, cells)`` for every record; raises ``csv.Error``
    (with the start line in ``args[1]``) when the CSV itself is broken."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise csv.Error(str(error), start) from error
        yield start, cells
        start = reader.line_num + 1


def read_symptom_csv(
    data: bytes, *, zone: str, catalogue: Catalogue, birth_date: date, now: datetime
) -> list[ImportedRow]:
    """Checks a whole symptom CSV file; returns its rows or raises ValidationFailed with
    every problem of every row. Rows whose cells are all blank are skipped."""
    text, has_bad_bytes = _decode(data)
    records = _records(text)
    problems: list[Problem] = []
    try:
        first = next(records, None)
    except csv.Error as error:
        raise ValidationFailed([_csv_error_problem(1, error)]) from None
    if first is None:
        raise ValidationFailed(
            [
                _problem(
                    1,
                    HEADER_FIELD,
                    QT_TRANSLATE_NOOP(
                        "Interchange",
                        "the file is empty; its first line must name the columns, "
                        "for example: {columns}",
                    ),
                    columns=",".join(SYMPTOM_CSV_COLUMNS),
                )
            ]
        )
    header_cells = first[1]
    if has_bad_bytes:
        problems = _bad_byte_problems(1, [(HEADER_FIELD, cell) for cell in header_cells])
        if problems:
            raise ValidationFailed(problems)
    names, problems = _check_header(header_cells)
    if problems:
        raise ValidationFailed(problems)

    width = len(names)
    checked: list[ImportedRow] = []
    try:
        for line, cells in records:
            if len(cells) != width:
                if _is_blank(cells):
                    continue
                problems.append(
                    _problem(
                        line,
                        ROW_FIELD,
                        QT_TRANSLATE_NOOP(
                            "Interchange",
                            "has {found} values but the header names {expected} columns",
                        ),
                        found=len(cells),
                        expected=width,
                    )
                )
                continue
            if has_bad_bytes:
                bad = _bad_byte_problems(line, list(zip(names, cells, strict=True)))
                if bad:
                    problems.extend(bad)
                    continue
            row = dict(zip(names, cells, strict=True))
            try:
                entry, logged_by = validate_symptom_row(
                    row,
                    line=line,
                    zone=zone,
                    catalogue=catalogue,
                    birth_date=birth_date,
                    now=now,
                )
            except ValidationFailed as failed:
                if _is_blank(cells):
                    continue
                problems.extend(failed.problems)
                continue
            checked.append(ImportedRow(line, entry, logged_by))
    except csv.Error as error:
        start = error.args[1] if len(error.args) > 1 else 1
        problems.append(_csv_error_problem(int(start), error))
    if problems:
        raise ValidationFailed(problems)
    return checked


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
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator=LINE_END)
    writer.writerow(SYMPTOM_CSV_COLUMNS)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


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
