"""Dental care: daily care ticks, professional care, visits, problems, procedures and
extractions, and the primary-teeth eruption chart with its "late tooth" marks.

In osteopetrosis teeth often come through late or not at all, and a jaw infection
(osteomyelitis) after an extraction is a serious risk: the app records what happened, shows
which teeth are past the usual age range, and says plainly when an extraction needs the dental
team to know the diagnosis. It never suggests a medicine or a dose."""

from __future__ import annotations

import calendar
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from caregiver_app.core.messages import (
    QT_TRANSLATE_NOOP,
    Problem,
    Translator,
    ValidationFailed,
    english,
)
from caregiver_app.core.records import RecordMeta
from caregiver_app.core.validation import (
    MAX_NAME_LENGTH,
    MAX_NOTES_LENGTH,
    check_text,
    parse_date,
)


class DailyTick(StrEnum):
    BRUSHING = "brushing"
    FLUORIDE_TOOTHPASTE = "fluoride_toothpaste"


TICK_LABELS: dict[DailyTick, str] = {
    DailyTick.BRUSHING: QT_TRANSLATE_NOOP("Dental", "Teeth brushed"),
    DailyTick.FLUORIDE_TOOTHPASTE: QT_TRANSLATE_NOOP("Dental", "Fluoride toothpaste used"),
}


class DentalGroup(StrEnum):
    PROFESSIONAL_CARE = "professional_care"
    VISIT = "visit"
    PROBLEM = "problem"
    PROCEDURE = "procedure"


class DentalEventKind(StrEnum):
    FLUORIDE_VARNISH = "fluoride_varnish"
    SEALANTS = "sealants"
    CLEANING = "cleaning"
    VISIT = "visit"
    PAIN = "pain"
    GUM_INFECTION = "gum_infection"
    SWELLING = "swelling"
    LOOSE_TOOTH = "loose_tooth"
    PROCEDURE = "procedure"
    EXTRACTION = "extraction"


KIND_GROUPS: dict[DentalEventKind, DentalGroup] = {
    DentalEventKind.FLUORIDE_VARNISH: DentalGroup.PROFESSIONAL_CARE,
    DentalEventKind.SEALANTS: DentalGroup.PROFESSIONAL_CARE,
    DentalEventKind.CLEANING: DentalGroup.PROFESSIONAL_CARE,
    DentalEventKind.VISIT: DentalGroup.VISIT,
    DentalEventKind.PAIN: DentalGroup.PROBLEM,
    DentalEventKind.GUM_INFECTION: DentalGroup.PROBLEM,
    DentalEventKind.SWELLING: DentalGroup.PROBLEM,
    DentalEventKind.LOOSE_TOOTH: DentalGroup.PROBLEM,
    DentalEventKind.PROCEDURE: DentalGroup.PROCEDURE,
    DentalEventKind.EXTRACTION: DentalGroup.PROCEDURE,
}

KIND_LABELS: dict[DentalEventKind, str] = {
    DentalEventKind.FLUORIDE_VARNISH: QT_TRANSLATE_NOOP("Dental", "Fluoride varnish"),
    DentalEventKind.SEALANTS: QT_TRANSLATE_NOOP("Dental", "Sealants"),
    DentalEventKind.CLEANING: QT_TRANSLATE_NOOP("Dental", "Professional cleaning"),
    DentalEventKind.VISIT: QT_TRANSLATE_NOOP("Dental", "Dental visit"),
    DentalEventKind.PAIN: QT_TRANSLATE_NOOP("Dental", "Tooth pain"),
    DentalEventKind.GUM_INFECTION: QT_TRANSLATE_NOOP("Dental", "Gum infection"),
    DentalEventKind.SWELLING: QT_TRANSLATE_NOOP("Dental", "Swelling"),
    DentalEventKind.LOOSE_TOOTH: QT_TRANSLATE_NOOP("Dental", "Loose tooth"),
    DentalEventKind.PROCEDURE: QT_TRANSLATE_NOOP("Dental", "Dental procedure"),
    DentalEventKind.EXTRACTION: QT_TRANSLATE_NOOP("Dental", "Tooth taken out (extraction)"),
}


class AntibioticCover(StrEnum):
    """Whether the dental team gave antibiotic cover for a procedure (recorded, never
    suggested)."""

    GIVEN = "given"
    NOT_GIVEN = "not_given"
    UNKNOWN = "unknown"


COVER_LABELS: dict[AntibioticCover, str] = {
    AntibioticCover.GIVEN: QT_TRANSLATE_NOOP("Dental", "Antibiotic cover given"),
    AntibioticCover.NOT_GIVEN: QT_TRANSLATE_NOOP("Dental", "No antibiotic cover"),
    AntibioticCover.UNKNOWN: QT_TRANSLATE_NOOP(
        "Dental", "Not known whether antibiotic cover was given"
    ),
}

TOOTH_NAMES: dict[int, str] = {
    51: QT_TRANSLATE_NOOP("Dental", "Upper right central incisor"),
    52: QT_TRANSLATE_NOOP("Dental", "Upper right lateral incisor"),
    53: QT_TRANSLATE_NOOP("Dental", "Upper right canine"),
    54: QT_TRANSLATE_NOOP("Dental", "Upper right first molar"),
    55: QT_TRANSLATE_NOOP("Dental", "Upper right second molar"),
    61: QT_TRANSLATE_NOOP("Dental", "Upper left central incisor"),
    62: QT_TRANSLATE_NOOP("Dental", "Upper left lateral incisor"),
    63: QT_TRANSLATE_NOOP("Dental", "Upper left canine"),
    64: QT_TRANSLATE_NOOP("Dental", "Upper left first molar"),
    65: QT_TRANSLATE_NOOP("Dental", "Upper left second molar"),
    71: QT_TRANSLATE_NOOP("Dental", "Lower left central incisor"),
    72: QT_TRANSLATE_NOOP("Dental", "Lower left lateral incisor"),
    73: QT_TRANSLATE_NOOP("Dental", "Lower left canine"),
    74: QT_TRANSLATE_NOOP("Dental", "Lower left first molar"),
    75: QT_TRANSLATE_NOOP("Dental", "Lower left second molar"),
    81: QT_TRANSLATE_NOOP("Dental", "Lower right central incisor"),
    82: QT_TRANSLATE_NOOP("Dental", "Lower right lateral incisor"),
    83: QT_TRANSLATE_NOOP("Dental", "Lower right canine"),
    84: QT_TRANSLATE_NOOP("Dental", "Lower right first molar"),
    85: QT_TRANSLATE_NOOP("Dental", "Lower right second molar"),
}
PRIMARY_TEETH = tuple(TOOTH_NAMES)


@dataclass(frozen=True)
class Caution:
    """A plain-words warning the window and the command line show after a save."""

    key: str
    text: str
    context: str = "Dental"

    def render(self, translate: Translator = english) -> str:
        return translate(self.context, self.text)


EXTRACTION_CAUTION = Caution(
    "extraction_jaw_infection",
    QT_TRANSLATE_NOOP(
        "Dental",
        "In osteopetrosis, taking out a tooth carries a risk of a serious infection of the jaw "
        "bone (osteomyelitis). Make sure the dental team knows the diagnosis before any "
        "extraction. Contact them or the care team at once if there is jaw pain, swelling, "
        "fever, or a wound that does not heal.",
    ),
)


def cautions_for(kind: DentalEventKind) -> tuple[Caution, ...]:
    return (EXTRACTION_CAUTION,) if kind is DentalEventKind.EXTRACTION else ()


# Records ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DentalEventInput:
    day: date
    kind: DentalEventKind
    tooth: int | None
    antibiotic_cover: AntibioticCover | None  # only for procedures and extractions
    appointment_id: str | None  # a visit may name the appointment it was
    notes: str


@dataclass(frozen=True)
class DentalEvent:
    meta: RecordMeta
    child_id: str
    day: date
    kind: DentalEventKind
    tooth: int | None
    antibiotic_cover: AntibioticCover | None
    appointment_id: str | None
    notes: str

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def group(self) -> DentalGroup:
        return KIND_GROUPS[self.kind]

    def as_input(self) -> DentalEventInput:
        return DentalEventInput(
            self.day, self.kind, self.tooth, self.antibiotic_cover, self.appointment_id, self.notes
        )


@dataclass(frozen=True)
class DailyCare:
    """One day's home-care ticks."""

    meta: RecordMeta
    child_id: str
    day: date
    brushing: bool
    fluoride_toothpaste: bool

    def ticked(self, tick: DailyTick) -> bool:
        return self.brushing if tick is DailyTick.BRUSHING else self.fluoride_toothpaste


@dataclass(frozen=True)
class ToothEruption:
    meta: RecordMeta
    child_id: str
    tooth: int
    erupted_on: date

    @property
    def id(self) -> str:
        return self.meta.id


# Validation -------------------------------------------------------------------------------

_KINDS = {item.value: item for item in DentalEventKind}
_COVERS = {item.value: item for item in AntibioticCover}
_TICKS = {item.value: item for item in DailyTick}
_NEEDS_COVER = (DentalEventKind.PROCEDURE, DentalEventKind.EXTRACTION)


def _problem(field: str, text: str, **args: object) -> Problem:
    return Problem(field, text, args)


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_fdi_tooth(number: int) -> bool:
    """A tooth in FDI two-digit notation: permanent 11–48 or primary 51–85."""
    quadrant, position = divmod(number, 10)
    if 1 <= quadrant <= 4:
        return 1 <= position <= 8
    if 5 <= quadrant <= 8:
        return 1 <= position <= 5
    return False


def parse_tooth(
    field: str, value: object, problems: list[Problem], *, primary_only: bool = False
) -> int | None:
    """An FDI tooth number, or None when blank."""
    if isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
    else:
        text = value.strip() if isinstance(value, str) else ""
    if not text:
        return None
    number = int(text) if text.isascii() and text.isdigit() and len(text) == 2 else None
    valid = number is not None and (number in TOOTH_NAMES if primary_only else is_fdi_tooth(number))
    if not valid:
        if primary_only:
            message = QT_TRANSLATE_NOOP(
                "Validation",
                "{value!r} is not a primary tooth number (FDI 51–55, 61–65, 71–75, 81–85)",
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "Validation",
                "{value!r} is not an FDI tooth number (primary 51–85, permanent 11–48)",
            )
        problems.append(_problem(field, message, value=_shorten(text)))
        return None
    return number


def _check_day(
    field: str, value: object, problems: list[Problem], birth_date: date, today: date
) -> date | None:
    day = parse_date(field, value, problems)
    if day is None:
        return None
    if day > today:
        problems.append(_problem(field, QT_TRANSLATE_NOOP("Validation", "is in the future")))
    elif day < birth_date:
        problems.append(
            _problem(
                field,
                QT_TRANSLATE_NOOP("Validation", "is before the child's birth date ({born})"),
                born=birth_date.isoformat(),
            )
        )
    else:
        return day
    return None


def validate_dental_event(
    *,
    day: object,
    kind: object,
    birth_date: date,
    today: date,
    tooth: object = "",
    antibiotic_cover: object = "",
    notes: object = "",
    appointment_id: str | None = None,
) -> DentalEventInput:
    """Checks one dental event (care, visit, problem, procedure or extraction); it happened
    on ``day`` (not in the future). Procedures and extractions need ``antibiotic_cover``
    (given, not_given or unknown); other kinds must leave it blank."""
    problems: list[Problem] = []
    on = _check_day("date", day, problems, birth_date, today)
    kind_text = kind.strip().lower() if isinstance(kind, str) else ""
    event_kind = _KINDS.get(kind_text)
    if not kind_text:
        problems.append(_problem("record", QT_TRANSLATE_NOOP("Validation", "is required")))
    elif event_kind is None:
        problems.append(
            _problem(
                "record",
                QT_TRANSLATE_NOOP("Validation", "{value!r} is not one of: {choices}"),
                value=_shorten(kind_text),
                choices=", ".join([*_TICKS, "eruption", *_KINDS]),
            )
        )
    number = parse_tooth("tooth", tooth, problems)
    cover_text = antibiotic_cover.strip().lower() if isinstance(antibiotic_cover, str) else ""
    cover = _COVERS.get(cover_text)
    if cover_text and cover is None:
        problems.append(
            _problem(
                "antibiotic_cover",
                QT_TRANSLATE_NOOP("Validation", "{value!r} is not one of: {choices}"),
                value=_shorten(cover_text),
                choices=", ".join(_COVERS),
            )
        )
    elif event_kind in _NEEDS_COVER and cover is None:
        problems.append(
            _problem(
                "antibiotic_cover",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "is required for a procedure or an extraction: given, not_given or unknown",
                ),
            )
        )
    elif event_kind is not None and event_kind not in _NEEDS_COVER and cover is not None:
        problems.append(
            _problem(
                "antibiotic_cover",
                QT_TRANSLATE_NOOP(
                    "Validation", "is only recorded for procedures and extractions; leave it empty"
                ),
            )
        )
    if appointment_id is not None and event_kind is not DentalEventKind.VISIT:
        problems.append(
            _problem(
                "appointment",
                QT_TRANSLATE_NOOP(
                    "Validation", "only a dental visit can be linked to an appointment"
                ),
            )
        )
    notes_text = check_text("notes", notes, problems, max_length=MAX_NOTES_LENGTH)
    if problems or on is None or event_kind is None:
        raise ValidationFailed(problems)
    return DentalEventInput(on, event_kind, number, cover, appointment_id, notes_text)


def validate_tick(
    value: object, problems: list[Problem], field: str = "record"
) -> DailyTick | None:
    text = value.strip().lower() if isinstance(value, str) else ""
    tick = _TICKS.get(text)
    if tick is None:
        problems.append(
            _problem(
                field,
                QT_TRANSLATE_NOOP("Validation", "{value!r} is not one of: {choices}"),
                value=_shorten(text),
                choices=", ".join(_TICKS),
            )
        )
    return tick


def validate_care_day(*, day: object, birth_date: date, today: date) -> date:
    problems: list[Problem] = []
    on = _check_day("date", day, problems, birth_date, today)
    if problems or on is None:
        raise ValidationFailed(problems)
    return on


def validate_eruption(
    *, tooth: object, day: object, birth_date: date, today: date
) -> tuple[int, date]:
    """A primary tooth (FDI 51–85) and the day it came through the gum."""
    problems: list[Problem] = []
    on = _check_day("date", day, problems, birth_date, today)
    number = parse_tooth("tooth", tooth, problems, primary_only=True)
    if number is None and not problems:
        problems.append(_problem("tooth", QT_TRANSLATE_NOOP("Validation", "is required")))
    if problems or on is None or number is None:
        raise ValidationFailed(problems)
    return number, on


# The dental CSV: one row per tick, eruption or event -----------------------------------------

DENTAL_CSV_COLUMNS = ("date", "record", "tooth", "antibiotic_cover", "notes", "logged_by")
DENTAL_CSV_REQUIRED = ("date", "record")
ERUPTION_RECORD = "eruption"


@dataclass(frozen=True)
class DentalRow:
    """One checked row of a dental CSV: exactly one of ``tick``, ``eruption`` (tooth) or
    ``event`` is set."""

    day: date
    logged_by: str
    tick: DailyTick | None = None
    eruption: int | None = None
    event: DentalEventInput | None = None


def validate_dental_row(
    row: Mapping[str, str | None], *, line: int, birth_date: date, today: date
) -> DentalRow:
    problems: list[Problem] = []
    record = (row.get("record") or "").strip().lower()
    notes = row.get("notes") or ""
    tooth = row.get("tooth") or ""
    cover = row.get("antibiotic_cover") or ""
    logged_by = check_text(
        "logged_by",
        row.get("logged_by") or "",
        problems,
        max_length=MAX_NAME_LENGTH,
        single_line=True,
    )
    result: DentalRow | None = None
    try:
        if record in _TICKS:
            on = validate_care_day(day=row.get("date") or "", birth_date=birth_date, today=today)
            for field, value in (("tooth", tooth), ("antibiotic_cover", cover), ("notes", notes)):
                if value.strip():
                    problems.append(
                        _problem(
                            field,
                            QT_TRANSLATE_NOOP(
                                "Validation", "must be empty for a daily care tick ({record})"
                            ),
                            record=record,
                        )
                    )
            result = DentalRow(on, logged_by, tick=_TICKS[record])
        elif record == ERUPTION_RECORD:
            number, on = validate_eruption(
                tooth=tooth, day=row.get("date") or "", birth_date=birth_date, today=today
            )
            for field, value in (("antibiotic_cover", cover), ("notes", notes)):
                if value.strip():
                    problems.append(
                        _problem(
                            field,
                            QT_TRANSLATE_NOOP("Validation", "must be empty for a tooth eruption"),
                        )
                    )
            result = DentalRow(on, logged_by, eruption=number)
        else:
            event = validate_dental_event(
                day=row.get("date") or "",
                kind=record,
                birth_date=birth_date,
                today=today,
                tooth=tooth,
                antibiotic_cover=cover,
                notes=notes,
            )
            result = DentalRow(event.day, logged_by, event=event)
    except ValidationFailed as failed:
        problems.extend(failed.problems)
    if problems or result is None:
        raise ValidationFailed(p.at_line(line) for p in problems)
    return result


# The eruption chart ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PrimaryTooth:
    fdi: int
    arch: str  # upper or lower
    side: str  # right or left (the child's)
    type: str  # central_incisor, lateral_incisor, canine, first_molar, second_molar
    erupts_from_months: int
    erupts_to_months: int
    source: str  # a key of EruptionChart.sources

    @property
    def name(self) -> str:
        """The English name, marked for translation (context "Dental")."""
        return TOOTH_NAMES[self.fdi]


@dataclass(frozen=True)
class EruptionChart:
    teeth: tuple[PrimaryTooth, ...]
    sources: Mapping[str, str]
    about: str

    def tooth(self, fdi: int) -> PrimaryTooth:
        for tooth in self.teeth:
            if tooth.fdi == fdi:
                return tooth
        raise KeyError(fdi)


class ChartError(ValueError):
    pass


def parse_eruption_chart(data: object) -> EruptionChart:
    if not isinstance(data, dict):
        raise ChartError("eruption chart: top level must be an object")
    sources = data.get("sources")
    teeth = data.get("teeth")
    about = data.get("about")
    if not isinstance(sources, dict) or not isinstance(teeth, list) or not isinstance(about, str):
        raise ChartError("eruption chart: needs 'about', 'sources' and 'teeth'")
    parsed: list[PrimaryTooth] = []
    for item in teeth:
        if not isinstance(item, dict):
            raise ChartError("eruption chart: every tooth must be an object")
        try:
            tooth = PrimaryTooth(
                fdi=int(item["fdi"]),
                arch=str(item["arch"]),
                side=str(item["side"]),
                type=str(item["type"]),
                erupts_from_months=int(item["erupts_from_months"]),
                erupts_to_months=int(item["erupts_to_months"]),
                source=str(item["source"]),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ChartError(f"eruption chart: bad tooth {item!r}: {error}") from None
        if tooth.fdi not in TOOTH_NAMES or item.get("name") != TOOTH_NAMES[tooth.fdi]:
            raise ChartError(f"eruption chart: tooth {tooth.fdi} has an unknown number or name")
        if not 0 <= tooth.erupts_from_months <= tooth.erupts_to_months:
            raise ChartError(f"eruption chart: tooth {tooth.fdi} has an empty range")
        if tooth.source not in sources:
            raise ChartError(f"eruption chart: tooth {tooth.fdi} names an unknown source")
        parsed.append(tooth)
    if sorted(t.fdi for t in parsed) != sorted(TOOTH_NAMES):
        raise ChartError("eruption chart: must hold each of the 20 primary teeth once")
    return EruptionChart(tuple(parsed), {str(k): str(v) for k, v in sources.items()}, about)


def load_eruption_chart(path: Path) -> EruptionChart:
    return parse_eruption_chart(json.loads(path.read_text(encoding="utf-8")))


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the 31st becomes the last day of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class ToothState(StrEnum):
    NOT_YET_DUE = "not_yet_due"  # not through, before the usual range starts
    DUE = "due"  # not through, within the usual range
    LATE = "late"  # not through, and the usual range has ended
    ERUPTED = "erupted"
    ERUPTED_LATE = "erupted_late"  # came through after the usual range had ended


STATE_LABELS: dict[ToothState, str] = {
    ToothState.NOT_YET_DUE: QT_TRANSLATE_NOOP("Dental", "Not expected yet"),
    ToothState.DUE: QT_TRANSLATE_NOOP("Dental", "Usually comes through about now"),
    ToothState.LATE: QT_TRANSLATE_NOOP("Dental", "Later than the usual range"),
    ToothState.ERUPTED: QT_TRANSLATE_NOOP("Dental", "Through"),
    ToothState.ERUPTED_LATE: QT_TRANSLATE_NOOP("Dental", "Came through later than the usual range"),
}


@dataclass(frozen=True)
class ToothStatus:
    tooth: PrimaryTooth
    state: ToothState
    erupted_on: date | None
    due_from: date  # the child reaches the start of the usual range
    late_from: date  # the first day the tooth counts as late

    @property
    def is_late(self) -> bool:
        return self.state in (ToothState.LATE, ToothState.ERUPTED_LATE)


def late_from(birth_date: date, tooth: PrimaryTooth) -> date:
    """The first day a tooth not yet through is "later than the usual range".

    The range is in completed months of age: "8–12 months" still includes a child of 12
    months and 30 days, so the tooth is late from the day the child is ``to + 1`` months."""
    return add_months(birth_date, tooth.erupts_to_months + 1)


def tooth_statuses(
    chart: EruptionChart, birth_date: date, eruptions: Mapping[int, date], on: date
) -> list[ToothStatus]:
    """Each primary tooth's state on day ``on`` (eruptions recorded after ``on`` are not
    known yet that day), in the chart's order."""
    statuses: list[ToothStatus] = []
    for tooth in chart.teeth:
        due = add_months(birth_date, tooth.erupts_from_months)
        late = late_from(birth_date, tooth)
        erupted = eruptions.get(tooth.fdi)
        if erupted is not None and erupted <= on:
            state = ToothState.ERUPTED_LATE if erupted >= late else ToothState.ERUPTED
        else:
            erupted = None
            if on >= late:
                state = ToothState.LATE
            elif on >= due:
                state = ToothState.DUE
            else:
                state = ToothState.NOT_YET_DUE
        statuses.append(ToothStatus(tooth, state, erupted, due, late))
    return statuses


def late_teeth(
    chart: EruptionChart, birth_date: date, eruptions: Mapping[int, date], on: date
) -> list[PrimaryTooth]:
    """The primary teeth not through on ``on`` although the usual range has ended."""
    return [
        status.tooth
        for status in tooth_statuses(chart, birth_date, eruptions, on)
        if status.state is ToothState.LATE
    ]
