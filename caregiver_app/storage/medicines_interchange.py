"""The medicines and dose-log CSV files (the contract: docs/csv-format.md), with the same rules
as the symptom diary's: one pass with the ``csv`` module, every problem as ``line N: COLUMN:
problem`` at the physical line where its record starts, all problems of all rows raised
together (all or nothing), UTF-8 (a BOM is fine), exports in CRLF without a BOM."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import NamedTuple, TypeVar
from zoneinfo import ZoneInfo

from caregiver_app.core.medicines import (
    DOSE_CSV_COLUMNS,
    DOSE_CSV_REQUIRED,
    MEDICINE_CSV_COLUMNS,
    MEDICINE_CSV_REQUIRED,
    DoseEvent,
    DoseInput,
    Medicine,
    MedicineInput,
    validate_dose_row,
    validate_medicine_row,
)
from caregiver_app.core.messages import QT_TRANSLATE_NOOP, Problem, ValidationFailed
from caregiver_app.core.schedule import ScheduleKind, format_times, format_weekdays
from caregiver_app.storage.interchange import (
    HEADER_FIELD,
    LINE_END,
    ROW_FIELD,
    _bad_byte_problems,
    _csv_error_problem,
    _decode,
    _is_blank,
    _problem,
    _records,
)

T = TypeVar("T")


class ImportedMedicine(NamedTuple):
    line: int
    medicine: MedicineInput
    logged_by: str


class ImportedDose(NamedTuple):
    line: int
    medicine: Medicine
    dose: DoseInput
    logged_by: str


def _check_header(
    cells: list[str], columns: Sequence[str], required: Sequence[str], unknown_text: str
) -> tuple[list[str], list[Problem]]:
    names = [cell.strip().lower() for cell in cells]
    problems: list[Problem] = []
    if not any(names):
        return names, [
            _problem(
                1,
                HEADER_FIELD,
                QT_TRANSLATE_NOOP(
                    "Interchange", "the first line must name the columns, for example: {columns}"
                ),
                columns=",".join(columns),
            )
        ]
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
        elif name not in columns:
            problems.append(_problem(1, name, unknown_text, known=", ".join(columns)))
        elif name in seen:
            problems.append(
                _problem(1, name, QT_TRANSLATE_NOOP("Interchange", "column appears more than once"))
            )
        seen.add(name)
    for name in required:
        if name not in seen:
            problems.append(
                _problem(
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


def _read(
    data: bytes,
    columns: Sequence[str],
    required: Sequence[str],
    unknown_text: str,
    check_row: Callable[[dict[str, str], int], T],
) -> list[T]:
    """Checks every row of a CSV file with ``check_row(row, line)`` (which raises
    ValidationFailed); returns the checked rows, or raises with every problem."""
    text, has_bad_bytes = _decode(data)
    records = _records(text)
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
                    columns=",".join(columns),
                )
            ]
        )
    if has_bad_bytes:
        bad = _bad_byte_problems(1, [(HEADER_FIELD, cell) for cell in first[1]])
        if bad:
            raise ValidationFailed(bad)
    names, problems = _check_header(first[1], columns, required, unknown_text)
    if problems:
        raise ValidationFailed(problems)
    width = len(names)
    checked: list[T] = []
    try:
        for line, cells in records:
            if _is_blank(cells):
                continue
            if len(cells) != width:
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
            try:
                checked.append(check_row(dict(zip(names, cells, strict=True)), line))
            except ValidationFailed as failed:
                problems.extend(failed.problems)
    except csv.Error as error:
        start = error.args[1] if len(error.args) > 1 else 1
        problems.append(_csv_error_problem(int(start), error))
    if problems:
        raise ValidationFailed(problems)
    return checked


def read_medicine_csv(data: bytes, *, birth_date: date) -> list[ImportedMedicine]:
    def check(row: dict[str, str], line: int) -> ImportedMedicine:
        medicine, logged_by = validate_medicine_row(row, line=line, birth_date=birth_date)
        return ImportedMedicine(line, medicine, logged_by)

    return _read(
        data,
        MEDICINE_CSV_COLUMNS,
        MEDICINE_CSV_REQUIRED,
        QT_TRANSLATE_NOOP(
            "Interchange", "is not a column of a medicines file (the columns are: {known})"
        ),
        check,
    )


def read_dose_csv(
    data: bytes,
    *,
    medicines: Sequence[Medicine],
    zone: str,
    birth_date: date,
    now: datetime,
) -> list[ImportedDose]:
    """Checks a whole doses file; each row names one of ``medicines`` by name."""

    def check(row: dict[str, str], line: int) -> ImportedDose:
        medicine, dose, logged_by = validate_dose_row(
            row, line=line, medicines=medicines, zone=zone, birth_date=birth_date, now=now
        )
        return ImportedDose(line, medicine, dose, logged_by)

    return _read(
        data,
        DOSE_CSV_COLUMNS,
        DOSE_CSV_REQUIRED,
        QT_TRANSLATE_NOOP(
            "Interchange", "is not a column of a doses file (the columns are: {known})"
        ),
        check,
    )


# Writing ----------------------------------------------------------------------------------


def _csv_bytes(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator=LINE_END)
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def medicine_csv_row(medicine: Medicine, stock_on_hand: int | None) -> tuple[str, ...]:
    schedule = medicine.schedule
    return (
        medicine.name,
        medicine.dose_amount,
        medicine.dose_unit,
        medicine.dose_text,
        medicine.route.value,
        schedule.kind.value,
        format_times(schedule.times),
        format_weekdays(schedule.weekdays) if schedule.kind is ScheduleKind.FIXED_TIMES else "",
        str(schedule.every_days) if schedule.every_days else "",
        medicine.start_date.isoformat(),
        medicine.end_date.isoformat() if medicine.end_date else "",
        medicine.prescriber,
        medicine.purpose,
        medicine.notes,
        "" if stock_on_hand is None else str(stock_on_hand),
        "" if medicine.low_stock_level is None else str(medicine.low_stock_level),
        medicine.meta.logged_by,
    )


def medicine_csv_bytes(rows: Iterable[Sequence[object]]) -> bytes:
    """A complete medicines file: the header, then ``rows`` in MEDICINE_CSV_COLUMNS order."""
    return _csv_bytes(MEDICINE_CSV_COLUMNS, rows)


def dose_csv_row(event: DoseEvent, medicine_name: str, zone: ZoneInfo) -> tuple[str, ...]:
    """One dose as CSV values; the given day and time local to ``zone``."""
    given_day = given_time = ""
    if event.given_at is not None:
        local = event.given_at.astimezone(zone)
        given_day, given_time = local.date().isoformat(), f"{local.hour:02d}:{local.minute:02d}"
    return (
        medicine_name,
        event.status.value,
        event.scheduled_date.isoformat() if event.scheduled_date else "",
        event.scheduled_time.strftime("%H:%M") if event.scheduled_time else "",
        given_day,
        given_time,
        event.given_by,
        event.reason,
        event.notes,
        event.meta.logged_by,
    )


def dose_csv_bytes(rows: Iterable[Sequence[object]]) -> bytes:
    """A complete doses file: the header, then ``rows`` in DOSE_CSV_COLUMNS order."""
    return _csv_bytes(DOSE_CSV_COLUMNS, rows)
