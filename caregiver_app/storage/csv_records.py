"""Reading and writing the app's CSV files, whatever they hold (the contract:
``docs/csv-format.md``); the symptom, medicine, dose, appointment and dental files all go
through here and only bring their columns and a check for one row.

Reading is one pass with the ``csv`` module. The file is UTF-8, with or without a BOM; bytes
that are not UTF-8 are reported at their line and column. The header names the columns in
any order and case. Every problem names the physical line where its record starts (the header
is line 1; a note spanning three lines moves the next record three lines down) and its column,
so a family can fix the file in any editor. All problems of all rows are collected and raised
together: an import lands completely or not at all.

Writing puts the header first, then the values in the columns' order, with CRLF line ends
(RFC 4180), in UTF-8 without a BOM."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from caregiver_app.core.messages import QT_TRANSLATE_NOOP, Problem, ValidationFailed

CONTEXT = "Interchange"
HEADER_FIELD = "header"
ROW_FIELD = "row"
LINE_END = "\r\n"  # RFC 4180

# The default for ``read_csv_rows(unknown_text=...)``; ``{known}`` lists the columns.
UNKNOWN_COLUMN = QT_TRANSLATE_NOOP(
    "Interchange", "is not a column of this file (the columns are: {known})"
)

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# ``surrogateescape`` turns each byte that is not UTF-8 into one of these code points.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]+")

T = TypeVar("T")


def problem(line: int, field: str, text: str, **args: object) -> Problem:
    """A problem of a CSV file at ``line``, its text in the ``Interchange`` context."""
    return Problem(field, text, args, line, CONTEXT)


# Reading ----------------------------------------------------------------------------------


def decode_csv(data: bytes) -> tuple[str, bool]:
    """The text of ``data`` without a leading BOM, and whether it held bytes that are not
    UTF-8 (kept as surrogate escapes so the parser can say which line and column)."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="surrogateescape"), True


def bad_byte_problems(line: int, fields: Sequence[tuple[str, str]]) -> list[Problem]:
    """Problems for cells holding bytes that are not UTF-8, at the physical line of each.

    ``fields`` pairs each cell of one record with the name to report; ``line`` is where the
    record starts. Only quoted cells hold line breaks, so counting them cell by cell finds
    the physical line of every bad byte."""
    problems: list[Problem] = []
    for name, cell in fields:
        for match in _ESCAPED_BYTE.finditer(cell):
            shown = " ".join(f"0x{ord(char) - 0xDC00:02X}" for char in match.group()[:4])
            problems.append(
                problem(
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


def header_problems(
    cells: list[str],
    columns: Sequence[str],
    required: Sequence[str],
    unknown_text: str = UNKNOWN_COLUMN,
) -> tuple[list[str], list[Problem]]:
    """The column names (trimmed, lower case) and any problems with them, all on line 1:
    no names at all, a column without a name, an unknown column (``unknown_text``, with
    ``{known}``), a column named twice, a required column missing."""
    names = [cell.strip().lower() for cell in cells]
    problems: list[Problem] = []
    if not any(names):
        problems.append(
            problem(
                1,
                HEADER_FIELD,
                QT_TRANSLATE_NOOP(
                    "Interchange", "the first line must name the columns, for example: {columns}"
                ),
                columns=",".join(columns),
            )
        )
        return names, problems
    seen: set[str] = set()
    for position, name in enumerate(names, start=1):
        if not name:
            problems.append(
                problem(
                    1,
                    HEADER_FIELD,
                    QT_TRANSLATE_NOOP(
                        "Interchange", "column {position} has no name; name it or remove the column"
                    ),
                    position=position,
                )
            )
        elif name not in columns:
            problems.append(problem(1, name, unknown_text, known=", ".join(columns)))
        elif name in seen:
            problems.append(
                problem(1, name, QT_TRANSLATE_NOOP("Interchange", "column appears more than once"))
            )
        seen.add(name)
    for name in required:
        if name not in seen:
            problems.append(
                problem(
                    1,
                    name,
                    QT_TRANSLATE_NOOP(
                        "Interchange",
                        "required column is missing (the required columns are: {need})",
                    ),
                    need=", ".join(required),
                )
            )
    return names, problems


def csv_error_problem(line: int, error: csv.Error) -> Problem:
    """The problem for a file the ``csv`` module cannot parse, at the record's first line."""
    message = str(error)
    if "unexpected end of data" in message:
        return problem(
            line,
            ROW_FIELD,
            QT_TRANSLATE_NOOP(
                "Interchange",
                'a quoted value that starts on this line is never closed (a missing ")',
            ),
        )
    if "field larger than field limit" in message:
        return problem(
            line,
            ROW_FIELD,
            QT_TRANSLATE_NOOP("Interchange", "holds a value longer than {limit} characters"),
            limit=csv.field_size_limit(),
        )
    return problem(
        line,
        ROW_FIELD,
        QT_TRANSLATE_NOOP("Interchange", "is not valid CSV ({error})"),
        error=message,
    )


def is_blank(cells: Sequence[str]) -> bool:
    """A blank line, or a spreadsheet's empty row of commas: skipped, not an error."""
    return not any(cell.strip() for cell in cells)


def csv_records(text: str) -> Iterator[tuple[int, list[str]]]:
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


def read_csv_rows(
    data: bytes,
    columns: Sequence[str],
    required: Sequence[str],
    check_row: Callable[[dict[str, str], int], T],
    *,
    unknown_text: str = UNKNOWN_COLUMN,
) -> list[T]:
    """Checks a whole CSV file: the header against ``columns`` and ``required``, then every
    row with ``check_row(row, line)``, which returns the checked row or raises
    ValidationFailed. Returns the checked rows in file order, or raises ValidationFailed with
    every problem of every row.

    Blank rows are skipped. For speed a row is only tested for blankness when it has the
    wrong number of cells or ``check_row`` refuses it (a blank row has its required cells
    blank, so it never passes)."""
    text, has_bad_bytes = decode_csv(data)
    records = csv_records(text)
    try:
        first = next(records, None)
    except csv.Error as error:
        raise ValidationFailed([csv_error_problem(1, error)]) from None
    if first is None:
        raise ValidationFailed(
            [
                problem(
                    1,
                    HEADER_FIELD,
                    QT_TRANSLATE_NOOP(
                        "Interchange",
                        "the file is empty; its first line must name the columns, "
                        "for example: {columns}",
                    ),
                    columns=",".join(columns),
                )
            ]
        )
    header = first[1]
    if has_bad_bytes:
        bad = bad_byte_problems(1, [(HEADER_FIELD, cell) for cell in header])
        if bad:
            raise ValidationFailed(bad)
    names, problems = header_problems(header, columns, required, unknown_text)
    if problems:
        raise ValidationFailed(problems)

    width = len(names)
    checked: list[T] = []
    try:
        for line, cells in records:
            if len(cells) != width:
                if is_blank(cells):
                    continue
                problems.append(
                    problem(
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
                bad = bad_byte_problems(line, list(zip(names, cells, strict=True)))
                if bad:
                    problems.extend(bad)
                    continue
            try:
                checked.append(check_row(dict(zip(names, cells, strict=True)), line))
            except ValidationFailed as failed:
                if is_blank(cells):
                    continue
                problems.extend(failed.problems)
    except csv.Error as error:
        start = error.args[1] if len(error.args) > 1 else 1
        problems.append(csv_error_problem(int(start), error))
    if problems:
        raise ValidationFailed(problems)
    return checked


# Writing ----------------------------------------------------------------------------------


def csv_bytes(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """A complete CSV file: the header ``columns``, then ``rows`` (values in that order),
    CRLF line ends, UTF-8 without a BOM."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator=LINE_END)
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")
