"""Routine checks (eye, hearing, dental, blood, growth) and the family's own: how often each
is repeated, when it was last done, when it is next due, and whether it is on track, due soon
or overdue. Plain Python: the services feed it stored rows and "today".

No guideline interval could be confirmed for this form of osteopetrosis
(``shared/CLINICAL_NOTES.md``), so intervals are the care team's to set. The app starts each
routine check at an editable suggestion from ``resources/guidance/check_intervals.json``,
marked as a suggestion to confirm with the care team, and records who set each interval and
when. Statuses:

- ``not_recorded``: no done appointment and no record yet, so there is no due date;
- ``on_track``: next due more than the lead window away;
- ``due_soon``: within the lead window (``lead_days`` before the due day, up to that day);
- ``overdue``: the due day has passed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from caregiver_app.core.appointments import (
    CHECK_LABELS,
    Appointment,
    AppointmentStatus,
    RoutineCheck,
)
from caregiver_app.core.dental import add_months
from caregiver_app.core.messages import QT_TRANSLATE_NOOP, Problem, ValidationFailed
from caregiver_app.core.records import RecordMeta
from caregiver_app.core.validation import (
    MAX_NAME_LENGTH,
    MAX_NOTES_LENGTH,
    check_text,
    parse_date,
)

MAX_INTERVAL_DAYS = 3_660  # ten years
MAX_INTERVAL_MONTHS = 120
MAX_LEAD_DAYS = 365
DEFAULT_LEAD_DAYS = 14
MAX_CUSTOM_CHECK_NAME = 100


class IntervalUnit(StrEnum):
    DAYS = "days"
    MONTHS = "months"


INTERVAL_UNIT_LABELS: dict[IntervalUnit, str] = {
    IntervalUnit.DAYS: QT_TRANSLATE_NOOP("Checks", "days"),
    IntervalUnit.MONTHS: QT_TRANSLATE_NOOP("Checks", "months"),
}


class CheckStatus(StrEnum):
    NOT_RECORDED = "not_recorded"
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


CHECK_STATUS_LABELS: dict[CheckStatus, str] = {
    CheckStatus.NOT_RECORDED: QT_TRANSLATE_NOOP("Checks", "No check recorded yet"),
    CheckStatus.ON_TRACK: QT_TRANSLATE_NOOP("Checks", "On track"),
    CheckStatus.DUE_SOON: QT_TRANSLATE_NOOP("Checks", "Due soon"),
    CheckStatus.OVERDUE: QT_TRANSLATE_NOOP("Checks", "Overdue"),
}


class LastDoneSource(StrEnum):
    APPOINTMENT = "appointment"  # a done appointment that fulfilled the check
    RECORD = "record"  # a check the family recorded by hand, with its result notes


SUGGESTION_NOTE = QT_TRANSLATE_NOOP(
    "Checks", "Suggestion only: confirm this interval with your care team."
)

_UNITS = {unit.value: unit for unit in IntervalUnit}
_ROUTINE = {check.value: check for check in RoutineCheck}


@dataclass(frozen=True, order=True)
class Interval:
    count: int
    unit: IntervalUnit

    def after(self, day: date) -> date:
        """The day one interval after ``day`` (the 31st plus a month is the month's last)."""
        if self.unit is IntervalUnit.MONTHS:
            return add_months(day, self.count)
        return day + timedelta(days=self.count)

    def text(self) -> str:
        """A plain form for files and the command line: ``3 months``."""
        return f"{self.count} {self.unit.value}"


@dataclass(frozen=True)
class IntervalSuggestion:
    """A starting interval from the data file, always to be confirmed with the care team."""

    check: RoutineCheck
    interval: Interval
    source: str  # the description of the source the check's purpose comes from
    why: str
    confirm_with_care_team: bool


@dataclass(frozen=True)
class CheckSetting:
    """A stored check of a child: a routine check's own interval (once the family set one),
    or a family-added custom check (``routine`` None, with a ``name``). ``lead_days`` None
    means the family's reminder preference for checks."""

    meta: RecordMeta
    child_id: str
    routine: RoutineCheck | None
    name: str
    interval: Interval
    interval_is_suggestion: bool
    interval_set_by: str
    interval_set_at: datetime | None
    lead_days: int | None

    @property
    def key(self) -> str:
        return check_key(self.routine, self.meta.id)


@dataclass(frozen=True)
class CheckRecord:
    """A check the family recorded as done by hand (not through an appointment)."""

    meta: RecordMeta
    child_id: str
    check_key: str
    done_on: date
    result_notes: str

    @property
    def id(self) -> str:
        return self.meta.id


@dataclass(frozen=True)
class CheckSettingInput:
    interval: Interval
    set_by: str
    lead_days: int | None


@dataclass(frozen=True)
class CheckRecordInput:
    done_on: date
    result_notes: str


@dataclass(frozen=True)
class CheckState:
    """One check of one child as the window, the agenda and the reminders see it."""

    key: str
    child_id: str
    routine: RoutineCheck | None
    name: str  # the English label of a routine check (context "Appointments"), else as typed
    interval: Interval
    interval_is_suggestion: bool
    interval_set_by: str
    interval_set_at: datetime | None
    suggestion: IntervalSuggestion | None
    lead_days: int
    last_done: date | None
    last_done_source: LastDoneSource | None
    last_result_notes: str
    next_due: date | None
    planned_on: date | None  # the next planned appointment that fulfils it, if any
    status: CheckStatus

    @property
    def is_custom(self) -> bool:
        return self.routine is None


def check_key(routine: RoutineCheck | None, custom_id: str) -> str:
    """How a check is named in records and reminders: a routine check's code (``eye_exam``),
    or a custom check's record id (32 hex digits, so the two never clash)."""
    return routine.value if routine is not None else custom_id


def routine_of(key: str) -> RoutineCheck | None:
    return _ROUTINE.get(key)


# Validation ---------------------------------------------------------------------------------


def _problem(field: str, text: str, **args: object) -> Problem:
    return Problem(field, text, args)


def _whole_number(field: str, value: object, problems: list[Problem]) -> int | None:
    if isinstance(value, bool):
        value = str(value)
    if isinstance(value, int):
        return value
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        problems.append(_problem(field, QT_TRANSLATE_NOOP("Validation", "is required")))
        return None
    if not text.isascii() or not text.isdigit() or len(text) > 6:
        problems.append(
            _problem(
                field,
                QT_TRANSLATE_NOOP("Validation", "{value!r} is not a whole number"),
                value=text[:40],
            )
        )
        return None
    return int(text)


def parse_interval(
    count: object,
    unit: object,
    problems: list[Problem],
    *,
    count_field: str = "interval",
    unit_field: str = "unit",
) -> Interval | None:
    """A number of days (1 to 3660) or months (1 to 120)."""
    unit_text = unit.strip().lower() if isinstance(unit, str) else ""
    chosen = _UNITS.get(unit_text)
    if chosen is None:
        problems.append(
            _problem(
                unit_field,
                QT_TRANSLATE_NOOP("Validation", "{value!r} is not one of: {choices}"),
                value=unit_text[:40],
                choices=", ".join(_UNITS),
            )
        )
    number = _whole_number(count_field, count, problems)
    if number is None:
        return None
    limit = MAX_INTERVAL_MONTHS if chosen is IntervalUnit.MONTHS else MAX_INTERVAL_DAYS
    if not 1 <= number <= limit:
        problems.append(
            _problem(
                count_field,
                QT_TRANSLATE_NOOP("Validation", "must be from {low} to {high}"),
                low=1,
                high=limit,
            )
        )
        return None
    return None if chosen is None else Interval(number, chosen)


def parse_lead_days(value: object, problems: list[Problem], field: str = "lead_days") -> int | None:
    """Days before the due day that a check counts as "due soon"; blank means the family's
    reminder preference."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = _whole_number(field, value, problems)
    if number is None:
        return None
    if not 0 <= number <= MAX_LEAD_DAYS:
        problems.append(
            _problem(
                field,
                QT_TRANSLATE_NOOP("Validation", "must be from {low} to {high}"),
                low=0,
                high=MAX_LEAD_DAYS,
            )
        )
        return None
    return number


def validate_check_setting(
    *, interval: object, unit: object, set_by: object, lead_days: object = None
) -> CheckSettingInput:
    """An interval the care team set: how many days or months, and who set it (required:
    the record says whose advice it is)."""
    problems: list[Problem] = []
    parsed = parse_interval(interval, unit, problems)
    who = check_text("set_by", set_by, problems, max_length=MAX_NAME_LENGTH, single_line=True)
    if not who and not any(p.field == "set_by" for p in problems):
        problems.append(
            _problem(
                "set_by",
                QT_TRANSLATE_NOOP(
                    "Validation", "is required: who on the care team set this interval?"
                ),
            )
        )
    lead = parse_lead_days(lead_days, problems)
    if problems or parsed is None:
        raise ValidationFailed(problems)
    return CheckSettingInput(parsed, who, lead)


def validate_custom_check_name(name: object, taken: Iterable[str] = ()) -> str:
    """A family-added check's name: one line, not the same (ignoring case) as another check
    of the child, routine or custom (``taken``)."""
    problems: list[Problem] = []
    text = check_text(
        "name", name, problems, required=True, max_length=MAX_CUSTOM_CHECK_NAME, single_line=True
    )
    if not problems and text.casefold() in {t.strip().casefold() for t in taken}:
        problems.append(
            _problem(
                "name",
                QT_TRANSLATE_NOOP("Validation", "{name!r} is already one of the child's checks"),
                name=text,
            )
        )
    if problems:
        raise ValidationFailed(problems)
    return text


def validate_check_record(
    *, done_on: object, result_notes: object, birth_date: date, today: date
) -> CheckRecordInput:
    """A check done on a day (not in the future, not before the birth date) with its result
    notes (optional, kept as written)."""
    problems: list[Problem] = []
    day = parse_date("done_on", done_on, problems)
    notes = check_text("result_notes", result_notes, problems, max_length=MAX_NOTES_LENGTH)
    if day is not None and day > today:
        problems.append(_problem("done_on", QT_TRANSLATE_NOOP("Validation", "is in the future")))
    elif day is not None and day < birth_date:
        problems.append(
            _problem(
                "done_on",
                QT_TRANSLATE_NOOP("Validation", "is before the child's birth date ({born})"),
                born=birth_date.isoformat(),
            )
        )
    if problems or day is None:
        raise ValidationFailed(problems)
    return CheckRecordInput(day, notes)


# The suggestions data file -----------------------------------------------------------------


def parse_interval_suggestions(
    data: Mapping[str, object],
) -> dict[RoutineCheck, IntervalSuggestion]:
    """Reads ``check_intervals.json``: every routine check once, each with a known source and
    the "suggestion to confirm with the care team" flag set. Raises ValueError otherwise (it
    is a shipped file: a test loads it)."""
    sources = data.get("sources")
    items = data.get("checks")
    if not isinstance(sources, dict) or not isinstance(items, list):
        raise ValueError("check_intervals.json needs 'sources' and 'checks'")
    found: dict[RoutineCheck, IntervalSuggestion] = {}
    for item in items:
        if not isinstance(item, dict):
            raise ValueError(f"not an object: {item!r}")
        check = _ROUTINE.get(str(item.get("check")))
        source = sources.get(str(item.get("source")))
        problems: list[Problem] = []
        interval = parse_interval(item.get("every"), item.get("unit"), problems)
        flag = item.get("suggestion_to_confirm_with_care_team")
        if check is None or check in found:
            raise ValueError(f"unknown or repeated check: {item.get('check')!r}")
        if not isinstance(source, str) or interval is None or flag is not True:
            raise ValueError(f"incomplete suggestion for {check.value}: {problems or item}")
        found[check] = IntervalSuggestion(check, interval, source, str(item.get("why", "")), flag)
    missing = set(RoutineCheck) - set(found)
    if missing:
        raise ValueError(f"no suggestion for {sorted(m.value for m in missing)}")
    return found


# Last done, next due, status ----------------------------------------------------------------


def check_status(next_due: date | None, today: date, lead_days: int) -> CheckStatus:
    if next_due is None:
        return CheckStatus.NOT_RECORDED
    if today > next_due:
        return CheckStatus.OVERDUE
    if today >= next_due - timedelta(days=lead_days):
        return CheckStatus.DUE_SOON
    return CheckStatus.ON_TRACK


def _appointment_facts(
    key: str, appointments: Iterable[Appointment], now: datetime
) -> tuple[Appointment | None, date | None]:
    """The latest done appointment fulfilling the check, and the day of the next planned one."""
    routine = _ROUTINE.get(key)
    last: Appointment | None = None
    planned: date | None = None
    if routine is None:
        return None, None
    for item in appointments:
        if item.fulfils is not routine or item.meta.deleted_at is not None:
            continue
        if item.status is AppointmentStatus.DONE:
            if last is None or item.local_date > last.local_date:
                last = item
        elif (
            item.status is AppointmentStatus.PLANNED
            and item.starts_at >= now
            and (planned is None or item.local_date < planned)
        ):
            planned = item.local_date
    return last, planned


def evaluate_check(
    *,
    child_id: str,
    key: str,
    setting: CheckSetting | None,
    suggestion: IntervalSuggestion | None,
    appointments: Iterable[Appointment],
    records: Iterable[CheckRecord],
    default_lead_days: int,
    today: date,
    now: datetime,
) -> CheckState:
    """The state of one check. A routine check without a stored setting uses its suggestion;
    last done is the later of the latest done appointment that fulfilled it and the latest
    record (on the same day, the record, whose result notes the family typed for it)."""
    routine = _ROUTINE.get(key)
    if setting is not None:
        interval = setting.interval
        is_suggestion = setting.interval_is_suggestion
        set_by, set_at, lead = setting.interval_set_by, setting.interval_set_at, setting.lead_days
    elif suggestion is not None:
        interval, is_suggestion, set_by, set_at, lead = suggestion.interval, True, "", None, None
    else:
        raise ValueError(f"check {key!r} has neither a setting nor a suggestion")
    name = CHECK_LABELS[routine] if routine is not None else (setting.name if setting else key)
    lead_days = default_lead_days if lead is None else lead

    done, planned = _appointment_facts(key, appointments, now)
    latest_record: CheckRecord | None = None
    for record in records:
        if record.check_key != key or record.meta.deleted_at is not None:
            continue
        if latest_record is None or record.done_on >= latest_record.done_on:
            latest_record = record
    last_done: date | None = None
    source: LastDoneSource | None = None
    notes = ""
    if done is not None:
        last_done, source, notes = done.local_date, LastDoneSource.APPOINTMENT, done.outcome
    if latest_record is not None and (last_done is None or latest_record.done_on >= last_done):
        last_done, source = latest_record.done_on, LastDoneSource.RECORD
        notes = latest_record.result_notes
    next_due = interval.after(last_done) if last_done is not None else None
    return CheckState(
        key=key,
        child_id=child_id,
        routine=routine,
        name=name,
        interval=interval,
        interval_is_suggestion=is_suggestion,
        interval_set_by=set_by,
        interval_set_at=set_at,
        suggestion=suggestion,
        lead_days=lead_days,
        last_done=last_done,
        last_done_source=source,
        last_result_notes=notes,
        next_due=next_due,
        planned_on=planned,
        status=check_status(next_due, today, lead_days),
    )


def evaluate_checks(
    *,
    child_id: str,
    settings: Iterable[CheckSetting],
    suggestions: Mapping[RoutineCheck, IntervalSuggestion],
    appointments: Iterable[Appointment],
    records: Iterable[CheckRecord],
    default_lead_days: int,
    today: date,
    now: datetime,
) -> list[CheckState]:
    """Every check of a child: the routine ones in their fixed order, then the family's own
    by name. Deleted settings and records are left out."""
    appointment_list = list(appointments)
    record_list = [r for r in records if r.meta.deleted_at is None]
    live = [s for s in settings if s.meta.deleted_at is None]
    by_routine = {s.routine: s for s in live if s.routine is not None}
    custom = sorted(
        (s for s in live if s.routine is None), key=lambda s: (s.name.casefold(), s.meta.id)
    )
    states: list[CheckState] = []
    for routine in RoutineCheck:
        states.append(
            evaluate_check(
                child_id=child_id,
                key=routine.value,
                setting=by_routine.get(routine),
                suggestion=suggestions.get(routine),
                appointments=appointment_list,
                records=record_list,
                default_lead_days=default_lead_days,
                today=today,
                now=now,
            )
        )
    for setting in custom:
        states.append(
            evaluate_check(
                child_id=child_id,
                key=setting.key,
                setting=setting,
                suggestion=None,
                appointments=appointment_list,
                records=record_list,
                default_lead_days=default_lead_days,
                today=today,
                now=now,
            )
        )
    return states
