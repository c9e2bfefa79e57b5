"""CSV files of appointments and dental care (the contract: ``docs/csv-format.md``).

The same reading rules as the symptom diary's files (``storage/interchange.py``, whose
helpers this reuses): UTF-8 with or without a BOM, a header naming the columns in any order
and case, every problem named ``line N: FIELD: problem``, all problems of all rows raised
together so an import lands completely or not at all."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import TypeVar
from zoneinfo import ZoneInfo

from caregiver_app.core.appointments import (
    APPOINTMENT_CSV_COLUMNS,
    APPOINTMENT_CSV_REQUIRED,
    Appointment,
    AppointmentInput,
    validate_appointment_row,
)
from caregiver_app.core.dental import (
    DENTAL_CSV_COLUMNS,
    DENTAL_CSV_REQUIRED,
    ERUPTION_RECORD,
    DailyCare,
    DailyTick,
    DentalEvent,
    DentalRow,
    ToothEruption,
    validate_dental_row,
)
from caregiver_app.core.messages import QT_TRANSLATE_NOOP, Problem, ValidationFailed
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


def _header_problems(
    cells: list[str], columns: Sequence[str], required: Sequence[str]
) -> tuple[list[str], list[Problem]]:
    names = [cell.strip().lower() for cell in cells]
    problems: list[Problem] = []
    if not any(names):
        problems.append(
            _problem(
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
            problems.append(
                _problem(
                    1,
                    name,
                    QT_TRANSLATE_NOOP(
                        "Interchange", "is not a column of this file (the columns are: {known})"
                    ),
                    known=", ".join(columns),
                )
            )
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


def read_csv_records(
    data: bytes,
    columns: Sequence[str],
    required: Sequence[str],
    validate: Callable[[Mapping[str, str | None], int], T],
) -> list[tuple[int, T]]:
    """Checks a whole file with ``validate(row, line)``; returns ``(line, record)`` for each
    row or raises ValidationFailed with every problem found. Blank rows are skipped."""
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
    header = first[1]
    if has_bad_bytes:
        bad = _bad_byte_problems(1, [(HEADER_FIELD, cell) for cell in header])
        if bad:
            raise ValidationFailed(bad)
    names, problems = _header_problems(header, columns, required)
    if problems:
        raise ValidationFailed(problems)
    checked: list[tuple[int, T]] = []
    try:
        for line, cells in records:
            if _is_blank(cells):
                continue
            if len(cells) != len(names):
                problems.append(
                    _problem(
                        line,
                        ROW_FIELD,
                        QT_TRANSLATE_NOOP(
                            "Interchange",
                            "has {found} values but the header names {expected} columns",
                        ),
                        found=len(cells),
                        expected=len(names),
                    )
                )
                continue
            if has_bad_bytes:
                bad = _bad_byte_problems(line, list(zip(names, cells, strict=True)))
                if bad:
                    problems.extend(bad)
                    continue
            try:
                checked.append((line, validate(dict(zip(names, cells, strict=True)), line)))
            except ValidationFailed as failed:
                problems.extend(failed.problems)
    except csv.Error as error:
        start = error.args[1] if len(error.args) > 1 else 1
        problems.append(_csv_error_problem(int(start), error))
    if problems:
        raise ValidationFailed(problems)
    return checked


def csv_bytes(columns: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator=LINE_END)
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


# Appointments ---------------------------------------------------------------------------------


def read_appointment_csv(
    data: bytes, *, zone: str, birth_date: date, now: datetime
) -> list[tuple[int, AppointmentInput, str]]:
    def validate(row: Mapping[str, str | None], line: int) -> tuple[AppointmentInput, str]:
        return validate_appointment_row(row, line=line, zone=zone, birth_date=birth_date, now=now)

    return [
        (line, item, logged_by)
        for line, (item, logged_by) in read_csv_records(
            data, APPOINTMENT_CSV_COLUMNS, APPOINTMENT_CSV_REQUIRED, validate
        )
    ]


def appointment_csv_row(item: Appointment, zone: ZoneInfo) -> tuple[str, ...]:
    """One appointment as CSV values: the wall-clock date and time it was entered with
    (the clinic's time, even if the family's zone changed since)."""
    return (
        item.local_date.isoformat(),
        item.local_time.strftime("%H:%M"),
        item.specialty.value,
        item.status.value,
        item.clinician,
        item.place,
        item.purpose,
        "\n".join(item.questions),
        item.fulfils.value if item.fulfils else "",
        item.outcome,
        item.meta.logged_by,
    )


def export_appointment_csv(items: Iterable[Appointment], zone: str) -> bytes:
    tz = ZoneInfo(zone)
    return csv_bytes(APPOINTMENT_CSV_COLUMNS, (appointment_csv_row(item, tz) for item in items))


# Dental -----------------------------------------------------------------------------------------


def read_dental_csv(data: bytes, *, birth_date: date, today: date) -> list[tuple[int, DentalRow]]:
    """Checks a dental file. Two eruption rows for one tooth with different days are refused
    (on the later line)."""
    checked = read_csv_records(
        data,
        DENTAL_CSV_COLUMNS,
        DENTAL_CSV_REQUIRED,
        lambda row, line: validate_dental_row(row, line=line, birth_date=birth_date, today=today),
    )
    seen: dict[int, tuple[int, date]] = {}
    problems: list[Problem] = []
    for line, row in checked:
        if row.eruption is None:
            continue
        earlier = seen.get(row.eruption)
        if earlier is not None and earlier[1] != row.day:
            problems.append(
                _problem(
                    line,
                    "date",
                    QT_TRANSLATE_NOOP(
                        "Interchange",
                        "tooth {tooth} is also recorded as coming through on {other} "
                        "(line {other_line}); keep one",
                    ),
                    tooth=row.eruption,
                    other=earlier[1].isoformat(),
                    other_line=earlier[0],
                )
            )
        seen.setdefault(row.eruption, (line, row.day))
    if problems:
        raise ValidationFailed(problems)
    return checked


def dental_csv_rows(
    care: Iterable[DailyCare],
    eruptions: Iterable[ToothEruption],
    events: Iterable[DentalEvent],
) -> list[tuple[str, ...]]:
    """Every dental record as CSV values, by day: ticks, eruptions, then events."""
    rows: list[tuple[str, str, tuple[str, ...]]] = []
    for day in care:
        for tick in DailyTick:
            if day.ticked(tick):
                rows.append(
                    (
                        day.day.isoformat(),
                        "0",
                        (day.day.isoformat(), tick.value, "", "", "", day.meta.logged_by),
                    )
                )
    for tooth in eruptions:
        rows.append(
            (
                tooth.erupted_on.isoformat(),
                "1",
                (
                    tooth.erupted_on.isoformat(),
                    ERUPTION_RECORD,
                    str(tooth.tooth),
                    "",
                    "",
                    tooth.meta.logged_by,
                ),
            )
        )
    for event in events:
        rows.append(
            (
                event.day.isoformat(),
                "2",
                (
                    event.day.isoformat(),
                    event.kind.value,
                    str(event.tooth) if event.tooth is not None else "",
                    event.antibiotic_cover.value if event.antibiotic_cover else "",
                    event.notes,
                    event.meta.logged_by,
                ),
            )
        )
    rows.sort(key=lambda item: (item[0], item[1]))  # stable: events keep their order
    return [values for _, _, values in rows]


def export_dental_csv(
    care: Iterable[DailyCare], eruptions: Iterable[ToothEruption], events: Iterable[DentalEvent]
) -> bytes:
    return csv_bytes(DENTAL_CSV_COLUMNS, dental_csv_rows(care, eruptions, events))
