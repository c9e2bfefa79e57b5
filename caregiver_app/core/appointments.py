"""Appointments: records, validation and the "last done" date of each routine check.

An appointment is a local wall-clock time in the family's zone: it keeps the local date and
time, the IANA zone and the UTC instant (a moment), so reminders fire at the right instant and
lists show the time the clinic gave. The family's questions are an ordered list (the visit
summary prints them in order); in a CSV cell they are one question per line."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from zoneinfo import ZoneInfo

from caregiver_app.core.messages import QT_TRANSLATE_NOOP, Problem, ValidationFailed
from caregiver_app.core.records import RecordMeta
from caregiver_app.core.timeutil import NonexistentLocalTime, local_to_instant
from caregiver_app.core.validation import (
    MAX_NAME_LENGTH,
    MAX_NOTES_LENGTH,
    MAX_SHORT_TEXT_LENGTH,
    check_text,
    parse_clock_time,
    parse_date,
)

MAX_QUESTIONS = 50
MAX_QUESTION_LENGTH = 1_000
LATEST_APPOINTMENT_YEARS_AHEAD = 5


class Specialty(StrEnum):
    OPHTHALMOLOGY = "ophthalmology"
    AUDIOLOGY_ENT = "audiology_ent"
    DENTAL = "dental"
    HEMATOLOGY = "hematology"
    ENDOCRINOLOGY = "endocrinology"
    NEUROSURGERY = "neurosurgery"
    GENETICS = "genetics"
    ORTHOPEDICS = "orthopedics"
    PHYSIOTHERAPY = "physiotherapy"
    GENERAL_PEDIATRICS = "general_pediatrics"
    OTHER = "other"


SPECIALTY_LABELS: dict[Specialty, str] = {
    Specialty.OPHTHALMOLOGY: QT_TRANSLATE_NOOP("Appointments", "Eyes (ophthalmology)"),
    Specialty.AUDIOLOGY_ENT: QT_TRANSLATE_NOOP("Appointments", "Hearing, ear, nose and throat"),
    Specialty.DENTAL: QT_TRANSLATE_NOOP("Appointments", "Dental"),
    Specialty.HEMATOLOGY: QT_TRANSLATE_NOOP("Appointments", "Blood (hematology)"),
    Specialty.ENDOCRINOLOGY: QT_TRANSLATE_NOOP("Appointments", "Hormones (endocrinology)"),
    Specialty.NEUROSURGERY: QT_TRANSLATE_NOOP("Appointments", "Neurosurgery"),
    Specialty.GENETICS: QT_TRANSLATE_NOOP("Appointments", "Genetics"),
    Specialty.ORTHOPEDICS: QT_TRANSLATE_NOOP("Appointments", "Bones (orthopedics)"),
    Specialty.PHYSIOTHERAPY: QT_TRANSLATE_NOOP("Appointments", "Physiotherapy"),
    Specialty.GENERAL_PEDIATRICS: QT_TRANSLATE_NOOP("Appointments", "General pediatrics"),
    Specialty.OTHER: QT_TRANSLATE_NOOP("Appointments", "Other"),
}


class AppointmentStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"
    MISSED = "missed"


STATUS_LABELS: dict[AppointmentStatus, str] = {
    AppointmentStatus.PLANNED: QT_TRANSLATE_NOOP("Appointments", "Planned"),
    AppointmentStatus.DONE: QT_TRANSLATE_NOOP("Appointments", "Done"),
    AppointmentStatus.CANCELLED: QT_TRANSLATE_NOOP("Appointments", "Cancelled"),
    AppointmentStatus.MISSED: QT_TRANSLATE_NOOP("Appointments", "Missed"),
}


class RoutineCheck(StrEnum):
    EYE_EXAM = "eye_exam"
    HEARING_TEST = "hearing_test"
    DENTAL_CHECK = "dental_check"
    BLOOD_TESTS = "blood_tests"
    GROWTH_MEASUREMENT = "growth_measurement"


CHECK_LABELS: dict[RoutineCheck, str] = {
    RoutineCheck.EYE_EXAM: QT_TRANSLATE_NOOP("Appointments", "Eye exam"),
    RoutineCheck.HEARING_TEST: QT_TRANSLATE_NOOP("Appointments", "Hearing test"),
    RoutineCheck.DENTAL_CHECK: QT_TRANSLATE_NOOP("Appointments", "Dental check"),
    RoutineCheck.BLOOD_TESTS: QT_TRANSLATE_NOOP("Appointments", "Blood tests"),
    RoutineCheck.GROWTH_MEASUREMENT: QT_TRANSLATE_NOOP("Appointments", "Growth measurement"),
}

_SPECIALTIES = {item.value: item for item in Specialty}
_STATUSES = {item.value: item for item in AppointmentStatus}
_CHECKS = {item.value: item for item in RoutineCheck}


@dataclass(frozen=True)
class AppointmentInput:
    """A validated appointment, before it is stored. ``starts_at`` is the UTC instant of
    ``local_date`` at ``local_time`` in ``zone``."""

    starts_at: datetime
    zone: str
    local_date: date
    local_time: time
    specialty: Specialty
    clinician: str
    place: str
    purpose: str
    questions: tuple[str, ...]
    status: AppointmentStatus
    fulfils: RoutineCheck | None
    outcome: str


@dataclass(frozen=True)
class Appointment:
    meta: RecordMeta
    child_id: str
    starts_at: datetime
    zone: str
    local_date: date
    local_time: time
    specialty: Specialty
    clinician: str
    place: str
    purpose: str
    questions: tuple[str, ...]
    status: AppointmentStatus
    fulfils: RoutineCheck | None
    outcome: str

    @property
    def id(self) -> str:
        return self.meta.id

    def local_start(self) -> datetime:
        return self.starts_at.astimezone(ZoneInfo(self.zone))

    def as_input(self) -> AppointmentInput:
        return AppointmentInput(
            self.starts_at,
            self.zone,
            self.local_date,
            self.local_time,
            self.specialty,
            self.clinician,
            self.place,
            self.purpose,
            self.questions,
            self.status,
            self.fulfils,
            self.outcome,
        )


def _problem(field: str, text: str, **args: object) -> Problem:
    return Problem(field, text, args)


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _choice(
    field: str,
    value: object,
    choices: Mapping[str, object],
    problems: list[Problem],
    *,
    required: bool,
) -> str | None:
    """The chosen value's code (lower case), or None when blank or not a choice."""
    text = value.strip().lower() if isinstance(value, str) else ""
    if not text:
        if required:
            problems.append(_problem(field, QT_TRANSLATE_NOOP("Validation", "is required")))
        return None
    if text not in choices:
        problems.append(
            _problem(
                field,
                QT_TRANSLATE_NOOP("Validation", "{value!r} is not one of: {choices}"),
                value=_shorten(text),
                choices=", ".join(choices),
            )
        )
        return None
    return text


def split_questions(text: str) -> list[str]:
    """The questions of a CSV cell or a text box: one per line, blank lines left out."""
    return [line for line in text.splitlines() if line.strip()]


def check_questions(value: object, problems: list[Problem]) -> tuple[str, ...]:
    """Questions as a list of texts (or one text, one question per line), in order; each
    is one line, kept as written; blank ones are left out."""
    if value is None:
        return ()
    if isinstance(value, str):
        items: list[object] = list(split_questions(value))
    elif isinstance(value, (list, tuple)):
        items = list(value)
    else:
        problems.append(
            _problem("questions", QT_TRANSLATE_NOOP("Validation", "must be a list of questions"))
        )
        return ()
    questions: list[str] = []
    for item in items:
        if isinstance(item, str) and not item.strip():
            continue
        found: list[Problem] = []
        text = check_text(
            "questions", item, found, max_length=MAX_QUESTION_LENGTH, single_line=True
        )
        # The same (translatable) message as for any text, naming the questions field.
        problems.extend(found)
        if not found:
            questions.append(text)
    if len(questions) > MAX_QUESTIONS:
        problems.append(
            _problem(
                "questions",
                QT_TRANSLATE_NOOP("Validation", "has {count} questions; at most {limit}"),
                count=len(questions),
                limit=MAX_QUESTIONS,
            )
        )
    return tuple(questions)


def validate_appointment(
    *,
    day: object,
    clock_time: object,
    specialty: object,
    zone: str,
    birth_date: date,
    now: datetime,
    clinician: object = "",
    place: object = "",
    purpose: object = "",
    questions: object = (),
    status: object = "planned",
    fulfils: object = "",
    outcome: object = "",
) -> AppointmentInput:
    """Checks one appointment. The date and time are local to ``zone`` and both required.

    Rules: not before the child's birth date nor more than five years ahead; an appointment
    marked done or missed cannot be in the future (it has not happened yet)."""
    problems: list[Problem] = []
    tz = ZoneInfo(zone)
    on = parse_date("date", day, problems)
    at = parse_clock_time("time", clock_time, problems)
    if at is None and not any(p.field == "time" for p in problems):
        problems.append(_problem("time", QT_TRANSLATE_NOOP("Validation", "is required")))
    kind = _choice("specialty", specialty, _SPECIALTIES, problems, required=True)
    state = _choice("status", status, _STATUSES, problems, required=False)
    check = _choice("check", fulfils, _CHECKS, problems, required=False)
    clinician_text = check_text(
        "clinician", clinician, problems, max_length=MAX_NAME_LENGTH, single_line=True
    )
    place_text = check_text("place", place, problems, single_line=True)
    purpose_text = check_text("purpose", purpose, problems, max_length=MAX_SHORT_TEXT_LENGTH)
    question_list = check_questions(questions, problems)
    outcome_text = check_text("outcome", outcome, problems, max_length=MAX_NOTES_LENGTH)

    starts: datetime | None = None
    if on is not None:
        today = now.astimezone(tz).date()
        if on < birth_date:
            problems.append(
                _problem(
                    "date",
                    QT_TRANSLATE_NOOP("Validation", "is before the child's birth date ({born})"),
                    born=birth_date.isoformat(),
                )
            )
        elif on.year > today.year + LATEST_APPOINTMENT_YEARS_AHEAD:
            problems.append(
                _problem(
                    "date",
                    QT_TRANSLATE_NOOP(
                        "Validation", "is more than {years} years ahead; check the year"
                    ),
                    years=LATEST_APPOINTMENT_YEARS_AHEAD,
                )
            )
        elif at is not None:
            try:
                starts = local_to_instant(on, at, tz)
            except NonexistentLocalTime:
                problems.append(
                    _problem(
                        "time",
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "{time} does not exist on {date} in {zone} (the clocks went "
                            "forward); check the time",
                        ),
                        time=at.strftime("%H:%M"),
                        date=on.isoformat(),
                        zone=zone,
                    )
                )
            else:
                if starts > now and state in ("done", "missed"):
                    problems.append(
                        _problem(
                            "status",
                            QT_TRANSLATE_NOOP(
                                "Validation",
                                "cannot be {status} for an appointment that has not happened yet",
                            ),
                            status=state,
                        )
                    )
    if problems or on is None or at is None or starts is None or kind is None:
        raise ValidationFailed(problems)
    return AppointmentInput(
        starts_at=starts,
        zone=zone,
        local_date=on,
        local_time=at,
        specialty=_SPECIALTIES[kind],
        clinician=clinician_text,
        place=place_text,
        purpose=purpose_text,
        questions=question_list,
        status=_STATUSES[state or "planned"],
        fulfils=_CHECKS[check] if check else None,
        outcome=outcome_text,
    )


APPOINTMENT_CSV_COLUMNS = (
    "date",
    "time",
    "specialty",
    "status",
    "clinician",
    "place",
    "purpose",
    "questions",
    "check",
    "outcome",
    "logged_by",
)
APPOINTMENT_CSV_REQUIRED = ("date", "time", "specialty")


def validate_appointment_row(
    row: Mapping[str, str | None], *, line: int, zone: str, birth_date: date, now: datetime
) -> tuple[AppointmentInput, str]:
    """Checks one CSV row; returns the appointment and its ``logged_by`` (may be blank)."""
    problems: list[Problem] = []
    checked: AppointmentInput | None = None
    try:
        checked = validate_appointment(
            day=row.get("date") or "",
            clock_time=row.get("time") or "",
            specialty=row.get("specialty") or "",
            zone=zone,
            birth_date=birth_date,
            now=now,
            clinician=row.get("clinician") or "",
            place=row.get("place") or "",
            purpose=row.get("purpose") or "",
            questions=row.get("questions") or "",
            status=row.get("status") or "",
            fulfils=row.get("check") or "",
            outcome=row.get("outcome") or "",
        )
    except ValidationFailed as failed:
        problems.extend(failed.problems)
    logged_by = check_text(
        "logged_by",
        row.get("logged_by") or "",
        problems,
        max_length=MAX_NAME_LENGTH,
        single_line=True,
    )
    if problems or checked is None:
        raise ValidationFailed(p.at_line(line) for p in problems)
    return checked, logged_by


def last_done_checks(appointments: Iterable[Appointment]) -> dict[RoutineCheck, date | None]:
    """For each routine check, the local date of the latest appointment that fulfilled it
    (done, not deleted); ``None`` when none has. Planned, cancelled and missed ones do not
    count."""
    last: dict[RoutineCheck, date | None] = dict.fromkeys(RoutineCheck)
    for item in appointments:
        if (
            item.fulfils is None
            or item.status is not AppointmentStatus.DONE
            or item.meta.deleted_at is not None
        ):
            continue
        current = last[item.fulfils]
        if current is None or item.local_date > current:
            last[item.fulfils] = item.local_date
    return last
