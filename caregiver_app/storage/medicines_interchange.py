"""The medicines and dose-log CSV files (the contract: docs/csv-format.md), with the rules
every CSV file of the app follows (``storage/csv_records.py``): one pass with the ``csv``
module, every problem as ``line N: COLUMN: problem`` at the physical line where its record
starts, all problems of all rows raised together (all or nothing), UTF-8 (a BOM is fine),
exports in CRLF without a BOM."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import NamedTuple
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
from caregiver_app.core.messages import QT_TRANSLATE_NOOP
from caregiver_app.core.schedule import ScheduleKind, format_times, format_weekdays
from caregiver_app.storage.csv_records import csv_bytes, read_csv_rows


class ImportedMedicine(NamedTuple):
    line: int
    medicine: MedicineInput
    logged_by: str


class ImportedDose(NamedTuple):
    line: int
    medicine: Medicine
    dose: DoseInput
    logged_by: str


def read_medicine_csv(data: bytes, *, birth_date: date) -> list[ImportedMedicine]:
    def check(row: dict[str, str], line: int) -> ImportedMedicine:
        medicine, logged_by = validate_medicine_row(row, line=line, birth_date=birth_date)
        return ImportedMedicine(line, medicine, logged_by)

    return read_csv_rows(
        data,
        MEDICINE_CSV_COLUMNS,
        MEDICINE_CSV_REQUIRED,
        check,
        unknown_text=QT_TRANSLATE_NOOP(
            "Interchange", "is not a column of a medicines file (the columns are: {known})"
        ),
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

    return read_csv_rows(
        data,
        DOSE_CSV_COLUMNS,
        DOSE_CSV_REQUIRED,
        check,
        unknown_text=QT_TRANSLATE_NOOP(
            "Interchange", "is not a column of a doses file (the columns are: {known})"
        ),
    )


# Writing ----------------------------------------------------------------------------------


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
    return csv_bytes(MEDICINE_CSV_COLUMNS, rows)


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
    return csv_bytes(DOSE_CSV_COLUMNS, rows)
