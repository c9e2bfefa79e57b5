"""CSV files of appointments and dental care (the contract: ``docs/csv-format.md``).

The same reading rules as every CSV file of the app (``storage/csv_records.py``): UTF-8
with or without a BOM, a header naming the columns in any order and case, every problem
named ``line N: FIELD: problem``, all problems of all rows raised together so an import
lands completely or not at all."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
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
from caregiver_app.storage.csv_records import csv_bytes, problem, read_csv_rows

# Appointments ---------------------------------------------------------------------------------


def read_appointment_csv(
    data: bytes, *, zone: str, birth_date: date, now: datetime
) -> list[tuple[int, AppointmentInput, str]]:
    def validate(row: Mapping[str, str | None], line: int) -> tuple[int, AppointmentInput, str]:
        item, logged_by = validate_appointment_row(
            row, line=line, zone=zone, birth_date=birth_date, now=now
        )
        return line, item, logged_by

    return read_csv_rows(data, APPOINTMENT_CSV_COLUMNS, APPOINTMENT_CSV_REQUIRED, validate)


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
    checked = read_csv_rows(
        data,
        DENTAL_CSV_COLUMNS,
        DENTAL_CSV_REQUIRED,
        lambda row, line: (
            line,
            validate_dental_row(row, line=line, birth_date=birth_date, today=today),
        ),
    )
    seen: dict[int, tuple[int, date]] = {}
    problems: list[Problem] = []
    for line, row in checked:
        if row.eruption is None:
            continue
        earlier = seen.get(row.eruption)
        if earlier is not None and earlier[1] != row.day:
            problems.append(
                problem(
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
