"""Every piece of raw input (forms, CSV, command line) is checked here.

Each function returns a validated record or raises :class:`ValidationFailed` carrying every
problem found, each naming its field in plain, translatable words."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from caregiver_app.core.catalogue import Catalogue
from caregiver_app.core.messages import QT_TRANSLATE_NOOP, Problem, ValidationFailed
from caregiver_app.core.records import (
    DEFAULT_DIAGNOSIS,
    ChildInput,
    ContactInput,
    Severity,
    Sex,
    SymptomInput,
)
from caregiver_app.core.timeutil import (
    NonexistentLocalTime,
    is_valid_zone,
    local_to_instant,
    start_of_local_day,
)

MAX_NAME_LENGTH = 200
MAX_SHORT_TEXT_LENGTH = 2_000
MAX_NOTES_LENGTH = 20_000
EARLIEST_BIRTH_DATE = date(1900, 1, 1)

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME_RE = re.compile(r"\d{2}:\d{2}")
_PHONE_RE = re.compile(r"[0-9+\-(). /#*]+(?:\s*(?:ext\.?|x)\s*\d+)?", re.IGNORECASE)
_EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_SEVERITIES: dict[str, Severity] = {level.value: level for level in Severity}
# Control characters other than tab, newline and carriage return have no place in a name.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _problem(field: str, text: str, **args: object) -> Problem:
    return Problem(field, text, args)


def check_text(
    field: str,
    value: object,
    problems: list[Problem],
    *,
    required: bool = False,
    max_length: int = MAX_SHORT_TEXT_LENGTH,
    single_line: bool = False,
) -> str:
    """Checks free text; keeps it exactly as written (notes are never altered)."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        problems.append(_problem(field, QT_TRANSLATE_NOOP("Validation", "must be text")))
        return ""
    text = value.strip() if single_line else value
    if required and not text.strip():
        problems.append(_problem(field, QT_TRANSLATE_NOOP("Validation", "is required")))
        return text
    if "\x00" in text:
        problems.append(
            _problem(
                field,
                QT_TRANSLATE_NOOP("Validation", "contains a NUL character, which cannot be kept"),
            )
        )
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        problems.append(
            _problem(
                field,
                QT_TRANSLATE_NOOP(
                    "Validation", "contains a broken character (a lone surrogate); retype it"
                ),
            )
        )
        return text
    if len(text) > max_length:
        problems.append(
            _problem(
                field,
                QT_TRANSLATE_NOOP(
                    "Validation", "is too long ({length} characters; at most {limit})"
                ),
                length=len(text),
                limit=max_length,
            )
        )
    if single_line and (_CONTROL_RE.search(text) or "\n" in text or "\r" in text):
        problems.append(
            _problem(
                field,
                QT_TRANSLATE_NOOP("Validation", "must be one line without control characters"),
            )
        )
    return text


def parse_date(field: str, value: object, problems: list[Problem]) -> date | None:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        problems.append(_problem(field, QT_TRANSLATE_NOOP("Validation", "is required")))
        return None
    if not _DATE_RE.fullmatch(text):
        problems.append(
            _problem(
                field,
                QT_TRANSLATE_NOOP("Validation", "{value!r} is not a date like 2024-03-31"),
                value=_shorten(text),
            )
        )
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        problems.append(
            _problem(
                field,
                QT_TRANSLATE_NOOP("Validation", "{value} is not a real calendar date"),
                value=text,
            )
        )
        return None


def parse_clock_time(field: str, value: object, problems: list[Problem]) -> time | None:
    """Parses HH:MM (24 h). Blank means "time of day not recorded" and returns None."""
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        return None
    if not _TIME_RE.fullmatch(text):
        problems.append(
            _problem(
                field,
                QT_TRANSLATE_NOOP("Validation", "{value!r} is not a 24-hour time like 08:30"),
                value=_shorten(text),
            )
        )
        return None
    hours, minutes = int(text[:2]), int(text[3:])
    if hours > 23 or minutes > 59:
        problems.append(
            _problem(
                field,
                QT_TRANSLATE_NOOP("Validation", "{value} is not a time of day (00:00 to 23:59)"),
                value=text,
            )
        )
        return None
    return time(hours, minutes)


def validate_date_range(
    start: object, end: object, *, start_field: str = "from", end_field: str = "to"
) -> tuple[date | None, date | None]:
    """An optional first and last day (blank or None means open); the last may not come
    before the first. Field names let the command line say ``--from`` and ``--to``."""
    problems: list[Problem] = []
    first = None if start is None or start == "" else parse_date(start_field, start, problems)
    last = None if end is None or end == "" else parse_date(end_field, end, problems)
    if first is not None and last is not None and last < first:
        problems.append(
            _problem(
                end_field,
                QT_TRANSLATE_NOOP("Validation", "{last} is before {start_field} ({first})"),
                last=last.isoformat(),
                first=first.isoformat(),
                start_field=start_field,
            )
        )
    if problems:
        raise ValidationFailed(problems)
    return first, last


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def validate_zone(field: str, value: object, problems: list[Problem]) -> str:
    if isinstance(value, str) and is_valid_zone(value):
        return value
    problems.append(
        _problem(
            field,
            QT_TRANSLATE_NOOP("Validation", "{value!r} is not a time zone name like Europe/Madrid"),
            value=_shorten(str(value)),
        )
    )
    return "UTC"


def validate_child(
    *,
    name: object,
    birth_date: object,
    today: date,
    sex: object = "",
    diagnosis: object = None,
    allergies: object = "",
    notes: object = "",
) -> ChildInput:
    problems: list[Problem] = []
    clean_name = check_text(
        "name", name, problems, required=True, max_length=MAX_NAME_LENGTH, single_line=True
    )
    born = parse_date("born", birth_date, problems)
    if born is not None:
        if born > today:
            problems.append(_problem("born", QT_TRANSLATE_NOOP("Validation", "is in the future")))
        elif born < EARLIEST_BIRTH_DATE:
            problems.append(
                _problem("born", QT_TRANSLATE_NOOP("Validation", "is before 1900; check the year"))
            )
    sex_value: Sex | None = None
    sex_text = sex.strip().lower() if isinstance(sex, str) else ""
    if sex_text:
        try:
            sex_value = Sex(sex_text)
        except ValueError:
            problems.append(
                _problem(
                    "sex",
                    QT_TRANSLATE_NOOP(
                        "Validation", "must be female, male or other (not {value!r})"
                    ),
                    value=_shorten(sex_text),
                )
            )
    diagnosis_text = check_text(
        "diagnosis", DEFAULT_DIAGNOSIS if diagnosis is None else diagnosis, problems
    )
    allergies_text = check_text("allergies", allergies, problems)
    notes_text = check_text("notes", notes, problems, max_length=MAX_NOTES_LENGTH)
    if problems or born is None:
        raise ValidationFailed(problems)
    return ChildInput(clean_name, born, sex_value, diagnosis_text, allergies_text, notes_text)


def validate_contact(
    *, role: object, name: object, phone: object = "", email: object = "", place: object = ""
) -> ContactInput:
    problems: list[Problem] = []
    role_text = check_text(
        "role", role, problems, required=True, max_length=MAX_NAME_LENGTH, single_line=True
    )
    name_text = check_text(
        "name", name, problems, required=True, max_length=MAX_NAME_LENGTH, single_line=True
    )
    phone_text = check_text("phone", phone, problems, max_length=60, single_line=True)
    if phone_text and (
        not _PHONE_RE.fullmatch(phone_text) or sum(c.isdigit() for c in phone_text) < 3
    ):
        problems.append(
            _problem(
                "phone",
                QT_TRANSLATE_NOOP(
                    "Validation", "use digits, spaces and + - ( ) only, like +34 912 345 678"
                ),
            )
        )
    email_text = check_text("email", email, problems, max_length=254, single_line=True)
    if email_text and not _EMAIL_RE.fullmatch(email_text):
        problems.append(
            _problem(
                "email", QT_TRANSLATE_NOOP("Validation", "is not an address like name@example.org")
            )
        )
    place_text = check_text("place", place, problems, single_line=True)
    if problems:
        raise ValidationFailed(problems)
    return ContactInput(role_text, name_text, phone_text, email_text, place_text)


def validate_caregiver_name(value: object) -> str:
    problems: list[Problem] = []
    text = check_text("caregiver", value, problems, max_length=MAX_NAME_LENGTH, single_line=True)
    if problems:
        raise ValidationFailed(problems)
    return text


def validate_symptom(
    *,
    day: object,
    clock_time: object,
    symptom: object,
    severity: object,
    notes: object,
    zone: str,
    catalogue: Catalogue,
    birth_date: date,
    now: datetime,
) -> SymptomInput:
    """Checks one diary entry. ``clock_time`` None or blank means time of day not recorded.

    The entry may not be in the future nor before the child's birth date."""
    problems: list[Problem] = []
    tz = ZoneInfo(zone)
    entry_day = parse_date("date", day, problems)
    entry_time = parse_clock_time("time", clock_time, problems)
    code = symptom.strip() if isinstance(symptom, str) else ""
    if not code:
        problems.append(_problem("symptom", QT_TRANSLATE_NOOP("Validation", "is required")))
    elif code not in catalogue:
        problems.append(
            _problem(
                "symptom",
                QT_TRANSLATE_NOOP("Validation", "{value!r} is not a symptom code in the catalogue"),
                value=_shorten(code),
            )
        )
    level_text = severity.strip().lower() if isinstance(severity, str) else ""
    level = _SEVERITIES.get(level_text)  # a dict lookup: cheaper than Severity(...) per row
    if not level_text:
        problems.append(_problem("severity", QT_TRANSLATE_NOOP("Validation", "is required")))
    elif level is None:
        problems.append(
            _problem(
                "severity",
                QT_TRANSLATE_NOOP("Validation", "must be mild, moderate or severe (not {value!r})"),
                value=_shorten(level_text),
            )
        )
    notes_text = check_text("notes", notes, problems, max_length=MAX_NOTES_LENGTH)

    occurred: datetime | None = None
    if entry_day is not None:
        today_local = now.astimezone(tz).date()
        # Range first: dates far outside it could not even be converted to an instant.
        if entry_day > today_local:
            problems.append(_problem("date", QT_TRANSLATE_NOOP("Validation", "is in the future")))
        elif entry_day < birth_date:
            problems.append(
                _problem(
                    "date",
                    QT_TRANSLATE_NOOP("Validation", "is before the child's birth date ({born})"),
                    born=birth_date.isoformat(),
                )
            )
        elif entry_time is None:
            occurred = start_of_local_day(entry_day, tz)
        else:
            try:
                occurred = local_to_instant(entry_day, entry_time, tz)
            except NonexistentLocalTime:
                problems.append(
                    _problem(
                        "time",
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "{time} does not exist on {date} in {zone} (the clocks went "
                            "forward); check the time",
                        ),
                        time=entry_time.strftime("%H:%M"),
                        date=entry_day.isoformat(),
                        zone=zone,
                    )
                )
            else:
                if occurred > now:
                    problems.append(
                        _problem("time", QT_TRANSLATE_NOOP("Validation", "is in the future"))
                    )
    if problems or entry_day is None or occurred is None or level is None:
        raise ValidationFailed(problems)
    return SymptomInput(
        occurred_at=occurred,
        zone=zone,
        local_date=entry_day,
        time_known=entry_time is not None,
        symptom=code,
        severity=level,
        notes=notes_text,
    )


SYMPTOM_CSV_COLUMNS = ("date", "time", "symptom", "severity", "notes", "logged_by")
SYMPTOM_CSV_REQUIRED = ("date", "symptom", "severity")


def validate_symptom_row(
    row: Mapping[str, str | None],
    *,
    line: int,
    zone: str,
    catalogue: Catalogue,
    birth_date: date,
    now: datetime,
) -> tuple[SymptomInput, str]:
    """Checks one CSV row; returns the entry and its ``logged_by`` (may be blank).

    Every problem carries ``line`` so the command line can print ``line N: FIELD: problem``."""
    problems: list[Problem] = []
    entry: SymptomInput | None = None
    try:
        entry = validate_symptom(
            day=row.get("date") or "",
            clock_time=row.get("time") or "",
            symptom=row.get("symptom") or "",
            severity=row.get("severity") or "",
            notes=row.get("notes") or "",
            zone=zone,
            catalogue=catalogue,
            birth_date=birth_date,
            now=now,
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
    if problems or entry is None:
        raise ValidationFailed(p.at_line(line) for p in problems)
    return entry, logged_by
