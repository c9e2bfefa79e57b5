"""Medicines as the care team prescribed them, the dose log, and adherence: records,
validation of raw input (forms, CSV rows) and the adherence count, in plain Python.

The app records what the family's clinicians prescribed. It never suggests a medicine or a
dose: names may be picked from a plain list of the medicines named in the clinical sources
(``resources/guidance/medicines.json``), but any name, dose and schedule is the family's to
type, and nothing here judges them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from zoneinfo import ZoneInfo

from caregiver_app.core.messages import QT_TRANSLATE_NOOP, Problem, ValidationFailed
from caregiver_app.core.records import RecordMeta
from caregiver_app.core.schedule import (
    ALL_WEEKDAYS,
    ON_TIME_TOLERANCE,
    WEEKDAY_CODES,
    Occurrence,
    Schedule,
    ScheduleKind,
    occurrence_on,
    occurrences,
)
from caregiver_app.core.timeutil import NonexistentLocalTime, local_to_instant
from caregiver_app.core.validation import (
    MAX_NAME_LENGTH,
    MAX_NOTES_LENGTH,
    check_text,
    parse_clock_time,
    parse_date,
)

MAX_DOSE_UNIT_LENGTH = 40
MAX_EVERY_DAYS = 366
MAX_STOCK = 1_000_000
MAX_TIMES_PER_DAY = 24


class Route(StrEnum):
    BY_MOUTH = "by_mouth"
    UNDER_SKIN = "under_skin"
    ON_SKIN = "on_skin"
    INHALED = "inhaled"
    OTHER = "other"


ROUTE_LABELS: dict[Route, str] = {
    Route.BY_MOUTH: QT_TRANSLATE_NOOP("Medicines", "By mouth"),
    Route.UNDER_SKIN: QT_TRANSLATE_NOOP("Medicines", "Under the skin (injection)"),
    Route.ON_SKIN: QT_TRANSLATE_NOOP("Medicines", "On the skin or teeth"),
    Route.INHALED: QT_TRANSLATE_NOOP("Medicines", "Inhaled"),
    Route.OTHER: QT_TRANSLATE_NOOP("Medicines", "Other"),
}


class DoseStatus(StrEnum):
    GIVEN = "given"
    SKIPPED = "skipped"


class Timing(StrEnum):
    """How a scheduled dose went, for adherence."""

    ON_TIME = "on_time"
    LATE = "late"
    SKIPPED = "skipped"
    NOT_RECORDED = "not_recorded"


TIMING_LABELS: dict[Timing, str] = {
    Timing.ON_TIME: QT_TRANSLATE_NOOP("Medicines", "Given on time"),
    Timing.LATE: QT_TRANSLATE_NOOP("Medicines", "Given late"),
    Timing.SKIPPED: QT_TRANSLATE_NOOP("Medicines", "Skipped"),
    Timing.NOT_RECORDED: QT_TRANSLATE_NOOP("Medicines", "Not recorded"),
}


# Records ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MedicineInput:
    """A validated medicine, before it is stored. The dose is ``dose_amount`` and
    ``dose_unit`` (both or neither), and/or ``dose_text`` as the prescription says it."""

    name: str
    dose_amount: str
    dose_unit: str
    dose_text: str
    route: Route
    schedule: Schedule
    start_date: date
    end_date: date | None
    prescriber: str
    purpose: str
    notes: str
    stock: int | None = None
    low_stock_level: int | None = None


@dataclass(frozen=True)
class Medicine:
    meta: RecordMeta
    child_id: str
    zone: str  # the family's zone when it was saved; scheduled times are local to it
    name: str
    dose_amount: str
    dose_unit: str
    dose_text: str
    route: Route
    schedule: Schedule
    start_date: date
    end_date: date | None
    prescriber: str
    purpose: str
    notes: str
    stock: int | None  # counted at stock_counted_at; see stock_on_hand in storage
    stock_counted_at: datetime | None
    low_stock_level: int | None

    @property
    def id(self) -> str:
        return self.meta.id

    def active_on(self, day: date) -> bool:
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)

    def dose_label(self) -> str:
        amount = f"{self.dose_amount} {self.dose_unit}".strip()
        if amount and self.dose_text:
            return f"{amount} ({self.dose_text})"
        return amount or self.dose_text

    def as_input(self) -> MedicineInput:
        return MedicineInput(
            self.name,
            self.dose_amount,
            self.dose_unit,
            self.dose_text,
            self.route,
            self.schedule,
            self.start_date,
            self.end_date,
            self.prescriber,
            self.purpose,
            self.notes,
            self.stock,
            self.low_stock_level,
        )


@dataclass(frozen=True)
class DoseInput:
    """A validated dose-log entry. ``scheduled`` is the occurrence it answers (None for an
    as-needed dose); ``given_at`` is None for a skipped dose; ``local_date`` is the day it
    belongs to (the day given, or the scheduled day of a skipped dose)."""

    status: DoseStatus
    scheduled: Occurrence | None
    given_at: datetime | None
    zone: str
    local_date: date
    given_by: str
    reason: str
    notes: str


@dataclass(frozen=True)
class DoseEvent:
    meta: RecordMeta
    child_id: str
    medicine_id: str
    status: DoseStatus
    scheduled_for: datetime | None
    scheduled_date: date | None
    scheduled_time: time | None  # the schedule's wall-clock time (02:30 even if due 03:00)
    given_at: datetime | None
    zone: str
    local_date: date
    given_by: str
    reason: str
    notes: str

    @property
    def id(self) -> str:
        return self.meta.id

    def timing(self) -> Timing | None:
        """On time / late / skipped for a scheduled dose; None for an as-needed one."""
        if self.scheduled_for is None:
            return None
        if self.status is DoseStatus.SKIPPED or self.given_at is None:
            return Timing.SKIPPED
        if abs(self.given_at - self.scheduled_for) <= ON_TIME_TOLERANCE:
            return Timing.ON_TIME
        return Timing.LATE

    def given_local(self) -> datetime | None:
        return None if self.given_at is None else self.given_at.astimezone(ZoneInfo(self.zone))


@dataclass(frozen=True)
class Refill:
    meta: RecordMeta
    medicine_id: str
    day: date
    quantity: int
    notes: str


@dataclass(frozen=True)
class Adherence:
    """One medicine's scheduled doses due in a period (up to "now"), by how they went, and
    the as-needed doses given in it."""

    medicine_id: str
    first: date
    last: date
    on_time: int = 0
    late: int = 0
    skipped: int = 0
    not_recorded: int = 0
    as_needed: int = 0

    @property
    def due(self) -> int:
        return self.on_time + self.late + self.skipped + self.not_recorded

    def count(self, timing: Timing) -> int:
        return {
            Timing.ON_TIME: self.on_time,
            Timing.LATE: self.late,
            Timing.SKIPPED: self.skipped,
            Timing.NOT_RECORDED: self.not_recorded,
        }[timing]


def adherence(
    medicine: Medicine, events: Iterable[DoseEvent], first: date, last: date, now: datetime
) -> Adherence:
    """Counts ``medicine``'s scheduled doses whose local day is in ``first``..``last`` and
    that were due by ``now``: each answered by a (not deleted) event on time, late or
    skipped, or else not recorded. As-needed doses given in the period are counted apart."""
    by_occurrence: dict[datetime, DoseEvent] = {}
    as_needed = 0
    for event in events:
        if event.meta.deleted_at is not None or event.medicine_id != medicine.id:
            continue
        if event.scheduled_for is None:
            if event.status is DoseStatus.GIVEN and first <= event.local_date <= last:
                as_needed += 1
        else:
            by_occurrence.setdefault(event.scheduled_for, event)
    counts = dict.fromkeys(Timing, 0)
    for occurrence in occurrences(
        medicine.schedule,
        medicine.zone,
        first,
        last,
        active_from=medicine.start_date,
        active_to=medicine.end_date,
    ):
        if occurrence.instant > now:
            break
        found = by_occurrence.get(occurrence.instant)
        timing = (found.timing() if found is not None else None) or Timing.NOT_RECORDED
        counts[timing] += 1
    return Adherence(
        medicine.id,
        first,
        last,
        counts[Timing.ON_TIME],
        counts[Timing.LATE],
        counts[Timing.SKIPPED],
        counts[Timing.NOT_RECORDED],
        as_needed,
    )


# Validation -------------------------------------------------------------------------------

_ROUTES: dict[str, Route] = {route.value: route for route in Route}
_KINDS: dict[str, ScheduleKind] = {kind.value: kind for kind in ScheduleKind}
_STATUSES: dict[str, DoseStatus] = {status.value: status for status in DoseStatus}
_AMOUNT_RE = re.compile(r"\d{1,9}(?:\.\d{1,6})?")
_INT_RE = re.compile(r"\d{1,9}")


def _problem(field: str, text: str, **args: object) -> Problem:
    return Problem(field, text, args)


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _text_of(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _choice(
    field: str, value: object, choices: Mapping[str, StrEnum], problems: list[Problem]
) -> str | None:
    """The chosen code (lower case), or None with a problem naming the choices."""
    if isinstance(value, StrEnum) and value.value in choices:
        return value.value
    text = _text_of(value).lower()
    if not text:
        problems.append(_problem(field, QT_TRANSLATE_NOOP("Validation", "is required")))
        return None
    if text not in choices:
        problems.append(
            _problem(
                field,
                QT_TRANSLATE_NOOP("Validation", "must be one of {choices} (not {value!r})"),
                choices=", ".join(choices),
                value=_shorten(text),
            )
        )
        return None
    return text


def _optional_count(field: str, value: object, problems: list[Problem]) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
    elif value is None:
        return None
    else:
        text = _text_of(value)
    if not text:
        return None
    if not _INT_RE.fullmatch(text) or int(text) > MAX_STOCK:
        problems.append(
            _problem(
                field,
                QT_TRANSLATE_NOOP(
                    "Validation", "{value!r} is not a whole number from 0 to {limit}"
                ),
                value=_shorten(text),
                limit=MAX_STOCK,
            )
        )
        return None
    return int(text)


def parse_times(field: str, value: object, problems: list[Problem]) -> tuple[time, ...]:
    """Times of day separated by spaces (or commas), like ``08:00 20:00``."""
    if isinstance(value, (tuple, list)) and all(isinstance(t, time) for t in value):
        found = [t.replace(second=0, microsecond=0, tzinfo=None) for t in value]
    else:
        found = []
        for part in _text_of(value).replace(",", " ").split():
            before = len(problems)
            parsed = parse_clock_time(field, part, problems)
            if parsed is None or len(problems) > before:
                return ()
            found.append(parsed)
    if len(found) > MAX_TIMES_PER_DAY:
        problems.append(
            _problem(
                field,
                QT_TRANSLATE_NOOP("Validation", "has more than {limit} times"),
                limit=MAX_TIMES_PER_DAY,
            )
        )
        return ()
    if len(set(found)) != len(found):
        problems.append(
            _problem(field, QT_TRANSLATE_NOOP("Validation", "names the same time twice"))
        )
        return ()
    return tuple(sorted(found))


def parse_weekdays(field: str, value: object, problems: list[Problem]) -> frozenset[int]:
    """Days of the week as ``mon tue wed thu fri sat sun`` (blank: every day)."""
    if isinstance(value, (set, frozenset, tuple, list)) and all(
        isinstance(d, int) and 0 <= d <= 6 for d in value
    ):
        return frozenset(value) or ALL_WEEKDAYS
    parts = _text_of(value).lower().replace(",", " ").split()
    if not parts:
        return ALL_WEEKDAYS
    days: set[int] = set()
    for part in parts:
        code = part[:3]
        if code not in WEEKDAY_CODES:
            problems.append(
                _problem(
                    field,
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "{value!r} is not a day of the week (use mon tue wed thu fri sat sun)",
                    ),
                    value=_shorten(part),
                )
            )
            return ALL_WEEKDAYS
        days.add(WEEKDAY_CODES.index(code))
    return frozenset(days)


def validate_medicine(
    *,
    name: object,
    route: object,
    schedule: object,
    start_date: object,
    birth_date: date,
    dose_amount: object = "",
    dose_unit: object = "",
    dose_text: object = "",
    times: object = "",
    days: object = "",
    every_days: object = "",
    end_date: object = "",
    prescriber: object = "",
    purpose: object = "",
    notes: object = "",
    stock: object = "",
    low_stock_level: object = "",
) -> MedicineInput:
    """Checks a medicine as prescribed. Field names are the CSV columns."""
    problems: list[Problem] = []
    clean_name = check_text(
        "name", name, problems, required=True, max_length=MAX_NAME_LENGTH, single_line=True
    )
    amount = check_text("dose_amount", dose_amount, problems, max_length=20, single_line=True)
    if amount:
        try:
            ok = _AMOUNT_RE.fullmatch(amount) is not None and Decimal(amount) > 0
        except InvalidOperation:  # pragma: no cover - the pattern already rules it out
            ok = False
        if not ok:
            problems.append(
                _problem(
                    "dose_amount",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "{value!r} is not an amount like 1, 0.25 or 2.5 (a dot before decimals)",
                    ),
                    value=_shorten(amount),
                )
            )
    unit = check_text(
        "dose_unit", dose_unit, problems, max_length=MAX_DOSE_UNIT_LENGTH, single_line=True
    )
    text = check_text("dose_text", dose_text, problems, single_line=True)
    if amount and not unit:
        problems.append(
            _problem(
                "dose_unit",
                QT_TRANSLATE_NOOP("Validation", "is required with an amount (mg, mL, drops...)"),
            )
        )
    if unit and not amount:
        problems.append(
            _problem("dose_amount", QT_TRANSLATE_NOOP("Validation", "is required with a unit"))
        )
    if not amount and not unit and not text:
        problems.append(
            _problem(
                "dose_amount",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "give the dose as prescribed: an amount and unit, or a description "
                    "in dose_text",
                ),
            )
        )
    route_code = _choice("route", route, _ROUTES, problems)
    kind_code = _choice("schedule", schedule, _KINDS, problems)
    kind = _KINDS[kind_code] if kind_code else None
    start = parse_date("start_date", start_date, problems)
    end: date | None = None
    if _text_of(end_date) or isinstance(end_date, date):
        end = parse_date("end_date", end_date, problems)
    if start is not None and start < birth_date:
        problems.append(
            _problem(
                "start_date",
                QT_TRANSLATE_NOOP("Validation", "is before the child's birth date ({born})"),
                born=birth_date.isoformat(),
            )
        )
    if start is not None and end is not None and end < start:
        problems.append(
            _problem(
                "end_date",
                QT_TRANSLATE_NOOP("Validation", "{last} is before {start_field} ({first})"),
                last=end.isoformat(),
                first=start.isoformat(),
                start_field="start_date",
            )
        )
    clock_times = parse_times("times", times, problems)
    weekdays = parse_weekdays("days", days, problems)
    interval: int | None = None
    has_interval = bool(_text_of(every_days)) or isinstance(every_days, int)
    if kind is ScheduleKind.AS_NEEDED:
        for field, given in (
            ("times", bool(clock_times)),
            ("days", weekdays != ALL_WEEKDAYS),
            ("every_days", has_interval),
        ):
            if given:
                problems.append(
                    _problem(
                        field,
                        QT_TRANSLATE_NOOP(
                            "Validation", "leave it empty for a medicine given as needed"
                        ),
                    )
                )
    elif kind is not None:
        if not clock_times and not problems_for(problems, "times"):
            problems.append(
                _problem(
                    "times",
                    QT_TRANSLATE_NOOP(
                        "Validation", "is required: the times of day, like 08:00 20:00"
                    ),
                )
            )
        if kind is ScheduleKind.EVERY_N_DAYS:
            if weekdays != ALL_WEEKDAYS:
                problems.append(
                    _problem(
                        "days",
                        QT_TRANSLATE_NOOP(
                            "Validation", "leave it empty for a medicine given every few days"
                        ),
                    )
                )
            interval = _optional_count("every_days", every_days, problems)
            if interval is None and not problems_for(problems, "every_days"):
                problems.append(
                    _problem(
                        "every_days",
                        QT_TRANSLATE_NOOP("Validation", "is required: every how many days"),
                    )
                )
            elif interval is not None and not 1 <= interval <= MAX_EVERY_DAYS:
                problems.append(
                    _problem(
                        "every_days",
                        QT_TRANSLATE_NOOP("Validation", "must be from 1 to {limit}"),
                        limit=MAX_EVERY_DAYS,
                    )
                )
        elif has_interval:
            problems.append(
                _problem(
                    "every_days",
                    QT_TRANSLATE_NOOP("Validation", "only goes with the schedule every_n_days"),
                )
            )
    prescriber_text = check_text(
        "prescriber", prescriber, problems, max_length=MAX_NAME_LENGTH, single_line=True
    )
    purpose_text = check_text("purpose", purpose, problems, single_line=True)
    notes_text = check_text("notes", notes, problems, max_length=MAX_NOTES_LENGTH)
    stock_count = _optional_count("stock", stock, problems)
    low = _optional_count("low_stock_at", low_stock_level, problems)
    if problems or route_code is None or kind is None or start is None:
        raise ValidationFailed(problems)
    plan = Schedule(
        kind,
        clock_times if kind is not ScheduleKind.AS_NEEDED else (),
        weekdays if kind is ScheduleKind.FIXED_TIMES else ALL_WEEKDAYS,
        interval,
        start if kind is ScheduleKind.EVERY_N_DAYS else None,
    )
    return MedicineInput(
        clean_name,
        amount,
        unit,
        text,
        _ROUTES[route_code],
        plan,
        start,
        end,
        prescriber_text,
        purpose_text,
        notes_text,
        stock_count,
        low,
    )


def problems_for(problems: Sequence[Problem], field: str) -> bool:
    return any(p.field == field for p in problems)


def validate_dose(
    *,
    medicine: Medicine,
    status: object,
    zone: str,
    birth_date: date,
    now: datetime,
    scheduled_date: object = "",
    scheduled_time: object = "",
    given_date: object = "",
    given_time: object = "",
    given_by: object = "",
    reason: object = "",
    notes: object = "",
) -> DoseInput:
    """Checks one dose-log entry of ``medicine``. Field names are the CSV columns.

    A scheduled medicine's dose names its scheduled day and time (the schedule's own time,
    like 08:00); an as-needed dose names none and needs its reason. A given dose needs the
    day and time it was given (local to ``zone``, not in the future); a skipped one, its
    reason."""
    problems: list[Problem] = []
    tz = ZoneInfo(zone)
    status_code = _choice("status", status, _STATUSES, problems)
    dose_status = _STATUSES[status_code] if status_code else None
    today = now.astimezone(tz).date()
    scheduled: Occurrence | None = None
    has_scheduled = bool(_text_of(scheduled_date) or _text_of(scheduled_time)) or isinstance(
        scheduled_date, date
    )
    if not medicine.schedule.is_scheduled:
        if has_scheduled:
            problems.append(
                _problem(
                    "scheduled_date",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "leave it empty: {medicine} is given as needed, not at set times",
                    ),
                    medicine=medicine.name,
                )
            )
        if dose_status is DoseStatus.SKIPPED:
            problems.append(
                _problem(
                    "status",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "{medicine} is given as needed, so it has no doses to skip",
                    ),
                    medicine=medicine.name,
                )
            )
    else:
        day = parse_date("scheduled_date", scheduled_date, problems)
        wall = parse_clock_time("scheduled_time", scheduled_time, problems)
        if wall is None and not problems_for(problems, "scheduled_time"):
            problems.append(
                _problem("scheduled_time", QT_TRANSLATE_NOOP("Validation", "is required"))
            )
        if day is not None and day > today:
            problems.append(
                _problem("scheduled_date", QT_TRANSLATE_NOOP("Validation", "is in the future"))
            )
        elif day is not None and not medicine.active_on(day):
            problems.append(
                _problem(
                    "scheduled_date",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "{medicine} was not being taken on {date} (from {start} to {end})",
                    ),
                    medicine=medicine.name,
                    date=day.isoformat(),
                    start=medicine.start_date.isoformat(),
                    end=medicine.end_date.isoformat() if medicine.end_date else "-",
                )
            )
        elif day is not None and wall is not None:
            scheduled = occurrence_on(medicine.schedule, medicine.zone, day, wall)
            if scheduled is None:
                problems.append(
                    _problem(
                        "scheduled_time",
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "{medicine} is not scheduled at {time} on {date} (its times: {times})",
                        ),
                        medicine=medicine.name,
                        time=wall.strftime("%H:%M"),
                        date=day.isoformat(),
                        times=" ".join(t.strftime("%H:%M") for t in medicine.schedule.times),
                    )
                )
    given_at: datetime | None = None
    has_given = bool(_text_of(given_date) or _text_of(given_time)) or isinstance(given_date, date)
    given_day: date | None = None
    if dose_status is DoseStatus.SKIPPED:
        if has_given:
            problems.append(
                _problem(
                    "given_date",
                    QT_TRANSLATE_NOOP("Validation", "leave it empty for a skipped dose"),
                )
            )
    elif dose_status is DoseStatus.GIVEN:
        given_day = parse_date("given_date", given_date, problems)
        given_clock = parse_clock_time("given_time", given_time, problems)
        if given_clock is None and not problems_for(problems, "given_time"):
            problems.append(_problem("given_time", QT_TRANSLATE_NOOP("Validation", "is required")))
        if given_day is not None and given_day > today:
            problems.append(
                _problem("given_date", QT_TRANSLATE_NOOP("Validation", "is in the future"))
            )
        elif given_day is not None and given_day < birth_date:
            problems.append(
                _problem(
                    "given_date",
                    QT_TRANSLATE_NOOP("Validation", "is before the child's birth date ({born})"),
                    born=birth_date.isoformat(),
                )
            )
        elif given_day is not None and given_clock is not None:
            try:
                given_at = local_to_instant(given_day, given_clock, tz)
            except NonexistentLocalTime:
                problems.append(
                    _problem(
                        "given_time",
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "{time} does not exist on {date} in {zone} (the clocks went "
                            "forward); check the time",
                        ),
                        time=given_clock.strftime("%H:%M"),
                        date=given_day.isoformat(),
                        zone=zone,
                    )
                )
            else:
                if given_at > now:
                    problems.append(
                        _problem("given_time", QT_TRANSLATE_NOOP("Validation", "is in the future"))
                    )
    by = check_text("given_by", given_by, problems, max_length=MAX_NAME_LENGTH, single_line=True)
    why = check_text("reason", reason, problems, single_line=True)
    notes_text = check_text("notes", notes, problems, max_length=MAX_NOTES_LENGTH)
    if not why.strip() and not problems_for(problems, "reason"):
        if dose_status is DoseStatus.SKIPPED:
            problems.append(
                _problem(
                    "reason",
                    QT_TRANSLATE_NOOP("Validation", "is required: why was the dose skipped?"),
                )
            )
        elif dose_status is DoseStatus.GIVEN and not medicine.schedule.is_scheduled:
            problems.append(
                _problem(
                    "reason",
                    QT_TRANSLATE_NOOP(
                        "Validation", "is required: why was this as-needed dose given?"
                    ),
                )
            )
    local_day = given_day if dose_status is DoseStatus.GIVEN else None
    if dose_status is DoseStatus.SKIPPED and scheduled is not None:
        local_day = scheduled.local_date
    if problems or dose_status is None or local_day is None:
        raise ValidationFailed(problems)
    if dose_status is DoseStatus.GIVEN and given_at is None:
        raise ValidationFailed(problems)  # pragma: no cover - a problem was recorded
    return DoseInput(dose_status, scheduled, given_at, zone, local_day, by, why, notes_text)


def find_medicine(medicines: Sequence[Medicine], name: object, day: date | None) -> Medicine:
    """The medicine a dose names: the one (not deleted) medicine called ``name`` (ignoring
    case and surrounding spaces); if several are, the one being taken on ``day``. Raises
    ValidationFailed on the ``medicine`` field when none or several match."""
    wanted = _text_of(name).casefold()
    if not wanted:
        raise ValidationFailed(
            [_problem("medicine", QT_TRANSLATE_NOOP("Validation", "is required"))]
        )
    matches = [m for m in medicines if m.name.strip().casefold() == wanted]
    if len(matches) > 1 and day is not None:
        matches = [m for m in matches if m.active_on(day)] or matches
    if len(matches) == 1:
        return matches[0]
    if not matches:
        known = ", ".join(sorted({m.name for m in medicines})) or "-"
        raise ValidationFailed(
            [
                _problem(
                    "medicine",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "{value!r} is not one of the child's medicines (medicines: {known}); "
                        "add or import it first",
                    ),
                    value=_shorten(_text_of(name)),
                    known=_shorten(known, 200),
                )
            ]
        )
    raise ValidationFailed(
        [
            _problem(
                "medicine",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{count} medicines called {value!r} are being taken then; give each "
                    "a different name",
                ),
                count=len(matches),
                value=_shorten(_text_of(name)),
            )
        ]
    )


# CSV rows ---------------------------------------------------------------------------------

MEDICINE_CSV_COLUMNS = (
    "name",
    "dose_amount",
    "dose_unit",
    "dose_text",
    "route",
    "schedule",
    "times",
    "days",
    "every_days",
    "start_date",
    "end_date",
    "prescriber",
    "purpose",
    "notes",
    "stock",
    "low_stock_at",
    "logged_by",
)
MEDICINE_CSV_REQUIRED = ("name", "route", "schedule", "start_date")

DOSE_CSV_COLUMNS = (
    "medicine",
    "status",
    "scheduled_date",
    "scheduled_time",
    "given_date",
    "given_time",
    "given_by",
    "reason",
    "notes",
    "logged_by",
)
DOSE_CSV_REQUIRED = ("medicine", "status")


def _logged_by(row: Mapping[str, str | None], problems: list[Problem]) -> str:
    return check_text(
        "logged_by",
        row.get("logged_by") or "",
        problems,
        max_length=MAX_NAME_LENGTH,
        single_line=True,
    )


def validate_medicine_row(
    row: Mapping[str, str | None], *, line: int, birth_date: date
) -> tuple[MedicineInput, str]:
    """Checks one medicines CSV row; returns the medicine and its ``logged_by``."""
    problems: list[Problem] = []
    medicine: MedicineInput | None = None
    try:
        medicine = validate_medicine(
            name=row.get("name") or "",
            dose_amount=row.get("dose_amount") or "",
            dose_unit=row.get("dose_unit") or "",
            dose_text=row.get("dose_text") or "",
            route=row.get("route") or "",
            schedule=row.get("schedule") or "",
            times=row.get("times") or "",
            days=row.get("days") or "",
            every_days=row.get("every_days") or "",
            start_date=row.get("start_date") or "",
            end_date=row.get("end_date") or "",
            prescriber=row.get("prescriber") or "",
            purpose=row.get("purpose") or "",
            notes=row.get("notes") or "",
            stock=row.get("stock") or "",
            low_stock_level=row.get("low_stock_at") or "",
            birth_date=birth_date,
        )
    except ValidationFailed as failed:
        problems.extend(failed.problems)
    logged_by = _logged_by(row, problems)
    if problems or medicine is None:
        raise ValidationFailed(p.at_line(line) for p in problems)
    return medicine, logged_by


def validate_dose_row(
    row: Mapping[str, str | None],
    *,
    line: int,
    medicines: Sequence[Medicine],
    zone: str,
    birth_date: date,
    now: datetime,
) -> tuple[Medicine, DoseInput, str]:
    """Checks one doses CSV row; returns its medicine, the dose and its ``logged_by``."""
    problems: list[Problem] = []
    day_problems: list[Problem] = []
    day = parse_date("date", row.get("given_date") or row.get("scheduled_date") or "", day_problems)
    result: tuple[Medicine, DoseInput] | None = None
    try:
        medicine = find_medicine(medicines, row.get("medicine") or "", day)
        dose = validate_dose(
            medicine=medicine,
            status=row.get("status") or "",
            scheduled_date=row.get("scheduled_date") or "",
            scheduled_time=row.get("scheduled_time") or "",
            given_date=row.get("given_date") or "",
            given_time=row.get("given_time") or "",
            given_by=row.get("given_by") or "",
            reason=row.get("reason") or "",
            notes=row.get("notes") or "",
            zone=zone,
            birth_date=birth_date,
            now=now,
        )
        result = (medicine, dose)
    except ValidationFailed as failed:
        problems.extend(failed.problems)
    logged_by = _logged_by(row, problems)
    if problems or result is None:
        raise ValidationFailed(p.at_line(line) for p in problems)
    return result[0], result[1], logged_by
