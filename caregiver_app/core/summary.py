"""The plain data a visit summary and an emergency information sheet print, and the small
counts they are made of.

``reports/`` turns these values into PDF bytes and never opens the database; a service gathers
them from the family's records. Everything a report prints from the family's records is here
as a string ready to print (the family's own words exactly as typed, and labels such as a
route or a symptom already in the reader's language) or as a date, a time or a count that the
report formats with the family's :class:`Wording`. The report's own words (headings, "page X
of Y") are marked with ``QT_TRANSLATE_NOOP`` in ``reports/words.py`` and go through
``Wording.translate``, so a PDF follows the language of the app.

Nothing here judges a medicine or a dose: adherence is a count of what the family recorded."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum
from typing import Protocol

from caregiver_app.core.dental import add_months
from caregiver_app.core.medicines import Adherence
from caregiver_app.core.messages import QT_TRANSLATE_NOOP, Translator, english
from caregiver_app.core.records import Severity

REPORT_CONTEXT = "Report"
#: Where the family has no period of its own: the last three months.
DEFAULT_PERIOD_MONTHS = 3

DateFormatter = Callable[[date], str]
TimeFormatter = Callable[[time], str]


def iso_date(day: date) -> str:
    """2026-11-21: read the same way in every country."""
    return day.isoformat()


def clock_time(moment: time) -> str:
    return moment.strftime("%H:%M")


@dataclass(frozen=True)
class Wording:
    """How a report speaks: the translator of its own words, the family's date and time
    formats, and whether the app's language is written right to left."""

    translate: Translator = english
    date: DateFormatter = iso_date
    time: TimeFormatter = clock_time
    right_to_left: bool = False

    def __call__(self, text: str, /, **args: object) -> str:
        """``text``, a template marked in the context "Report", translated and filled in."""
        return self.in_context(REPORT_CONTEXT, text, **args)

    def in_context(self, context: str, text: str, /, **args: object) -> str:
        """``text`` (a ``QT_TRANSLATE_NOOP`` template of ``context``) translated, then filled
        in. A translation with a broken placeholder falls back to the English template rather
        than failing the report."""
        try:
            return self.translate(context, text).format(**args)
        except (KeyError, IndexError, ValueError):
            return text.format(**args)


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"


PAPER_LABELS: dict[Paper, str] = {
    Paper.A4: QT_TRANSLATE_NOOP("Report", "A4"),
    Paper.LETTER: QT_TRANSLATE_NOOP("Report", "US Letter"),
}

# Territories where US Letter is the usual paper (CLDR's paper-size data).
_LETTER_TERRITORIES = frozenset(
    ("US", "CA", "MX", "PH", "CL", "CO", "CR", "GT", "NI", "PA", "PR", "SV", "VE", "DO", "BZ")
)


def paper_for_territory(territory: str) -> Paper:
    """The usual paper of a country (ISO 3166 two-letter code, as ``QLocale`` names it)."""
    return Paper.LETTER if territory.strip().upper() in _LETTER_TERRITORIES else Paper.A4


class Section(StrEnum):
    """The parts of a visit summary after page one, in the order they print."""

    SYMPTOM_CHART = "symptom_chart"
    SYMPTOM_TABLE = "symptom_table"
    DENTAL = "dental"
    APPOINTMENTS = "appointments"
    DOSE_LOG = "dose_log"
    DIARY_ENTRIES = "diary_entries"


SECTION_LABELS: dict[Section, str] = {
    Section.SYMPTOM_CHART: QT_TRANSLATE_NOOP("Report", "Symptoms week by week (chart)"),
    Section.SYMPTOM_TABLE: QT_TRANSLATE_NOOP("Report", "Symptom table"),
    Section.DENTAL: QT_TRANSLATE_NOOP("Report", "Dental care and the eruption chart"),
    Section.APPOINTMENTS: QT_TRANSLATE_NOOP("Report", "Appointments with outcomes"),
    Section.DOSE_LOG: QT_TRANSLATE_NOOP("Report", "Dose log summary"),
    Section.DIARY_ENTRIES: QT_TRANSLATE_NOOP("Report", "Every diary entry with its notes"),
}
#: Every diary entry is long; it prints only when chosen.
DEFAULT_SECTIONS = frozenset(Section) - {Section.DIARY_ENTRIES}


# The period -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A run of whole local days, ``start`` to ``end`` inclusive."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"a period cannot end ({self.end}) before it starts ({self.start})")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def previous(self) -> Period:
        """The period of equal length that ends the day before this one starts."""
        end = self.start - timedelta(days=1)
        return Period(end - timedelta(days=self.days - 1), end)

    def weeks(self) -> tuple[Period, ...]:
        """Seven-day slices from the first day; the last one may be shorter."""
        slices = []
        start = self.start
        while start <= self.end:
            slices.append(Period(start, min(start + timedelta(days=6), self.end)))
            start += timedelta(days=7)
        return tuple(slices)

    def months(self) -> tuple[Period, ...]:
        """The calendar months the period touches, cut to the period."""
        slices = []
        start = self.start
        while start <= self.end:
            next_month = add_months(start.replace(day=1), 1)
            slices.append(Period(start, min(next_month - timedelta(days=1), self.end)))
            start = next_month
        return tuple(slices)


def default_period(today: date, last_visit: date | None = None) -> Period:
    """Since the last appointment with the chosen specialty (its day included), or else the
    last three months, up to ``today``."""
    if last_visit is not None and last_visit < today:
        return Period(last_visit, today)
    return Period(add_months(today, -DEFAULT_PERIOD_MONTHS) + timedelta(days=1), today)


# Page one ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChildFacts:
    name: str
    birth_date: date
    age_text: str  # in the reader's language, e.g. "2 years, 8 months"
    diagnosis: str


@dataclass(frozen=True)
class RedFlagEpisode:
    day: date
    time: time | None
    rule: str  # the rule's label, e.g. "Signs of raised pressure in the head"
    level: str  # e.g. "Emergency: call now" (translated); "" when not known
    action: str  # what the family did, as recorded; "" when nothing was noted


@dataclass(frozen=True)
class DoseCounts:
    """A medicine's scheduled doses in a period by how they went, and the as-needed doses."""

    on_time: int = 0
    late: int = 0
    skipped: int = 0
    not_recorded: int = 0
    as_needed: int = 0

    @property
    def scheduled(self) -> int:
        return self.on_time + self.late + self.skipped + self.not_recorded

    @classmethod
    def of(cls, adherence: Adherence) -> DoseCounts:
        return cls(
            adherence.on_time,
            adherence.late,
            adherence.skipped,
            adherence.not_recorded,
            adherence.as_needed,
        )


@dataclass(frozen=True)
class MedicineLine:
    name: str
    dose: str  # as prescribed (Medicine.dose_label()), never computed here
    route: str
    schedule: str
    adherence: DoseCounts | None = None  # None: not counted (the emergency sheet)
    purpose: str = ""


@dataclass(frozen=True)
class CheckLine:
    """A routine check as the checks service sees it on the summary's day: ``status`` in
    words (translated, e.g. "Due soon"); ``overdue`` also prints the row in bold."""

    name: str
    last_done: date | None
    next_due: date | None
    status: str
    overdue: bool = False


@dataclass(frozen=True)
class AppointmentLine:
    day: date
    time: time | None
    specialty: str
    clinician: str = ""
    place: str = ""
    purpose: str = ""
    status: str = ""  # translated ("Done", "Missed"); "" for upcoming ones
    outcome: str = ""


@dataclass(frozen=True)
class Completeness:
    """Days with at least one diary entry or a "nothing unusual" mark, out of the days of the
    period (up to the day the summary is made)."""

    logged_days: int
    days: int

    @property
    def percent(self) -> int:
        return round(100 * self.logged_days / self.days) if self.days else 0


@dataclass(frozen=True)
class SymptomDays:
    symptom: str
    days: int  # days with this symptom in the period
    previous_days: int  # in the previous period of equal length


# Details ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SymptomWeeks:
    symptom: str
    days_per_week: tuple[int, ...]  # one count per week of WeeklySymptoms.weeks


@dataclass(frozen=True)
class WeeklySymptoms:
    weeks: tuple[Period, ...]
    rows: tuple[SymptomWeeks, ...]


@dataclass(frozen=True)
class SymptomTableRow:
    symptom: str
    entries: int
    days: int
    mild: int
    moderate: int
    severe: int
    first: date
    last: date


@dataclass(frozen=True)
class DentalEventLine:
    day: date
    what: str  # the kind's label
    tooth: str  # e.g. "85 Lower right second molar"; "" when no tooth was named
    antibiotic_cover: str  # translated; "" when it does not apply
    notes: str


@dataclass(frozen=True)
class EruptionRow:
    fdi: int
    tooth: str  # the tooth's name
    usual_from_months: int
    usual_to_months: int
    erupted_on: date | None
    state: str  # translated, e.g. "Later than the usual range"
    late: bool


@dataclass(frozen=True)
class DentalSummary:
    brushing_days: int
    fluoride_days: int
    days: int  # days in the period (up to the day the summary is made)
    events: tuple[DentalEventLine, ...] = ()
    eruption: tuple[EruptionRow, ...] = ()


@dataclass(frozen=True)
class DoseLogRow:
    medicine: str
    month: Period  # one calendar month, cut to the summary's period
    counts: DoseCounts


@dataclass(frozen=True)
class DoseNote:
    """A dose worth reading about: skipped, given late, or given as needed, with the family's
    reason and notes."""

    day: date
    time: time | None
    medicine: str
    what: str  # translated, e.g. "Skipped"
    reason: str


@dataclass(frozen=True)
class DiaryEntryLine:
    day: date
    time: time | None  # None when the time of day was not recorded
    symptom: str
    severity: str
    notes: str
    logged_by: str = ""


@dataclass(frozen=True)
class VisitSummary:
    child: ChildFacts
    period: Period
    made_on: date
    completeness: Completeness
    specialty: str = ""  # the specialty the visit is for; "" for none in particular
    red_flags: tuple[RedFlagEpisode, ...] = ()
    medicines: tuple[MedicineLine, ...] = ()
    checks: tuple[CheckLine, ...] = ()
    upcoming: tuple[AppointmentLine, ...] = ()
    questions: tuple[str, ...] = ()
    symptoms: tuple[SymptomDays, ...] = ()
    weekly: WeeklySymptoms | None = None
    symptom_table: tuple[SymptomTableRow, ...] = ()
    dental: DentalSummary | None = None
    appointments: tuple[AppointmentLine, ...] = ()
    dose_log: tuple[DoseLogRow, ...] = ()
    dose_notes: tuple[DoseNote, ...] = ()
    entries: tuple[DiaryEntryLine, ...] = ()
    sections: frozenset[Section] = DEFAULT_SECTIONS


# The emergency information sheet ------------------------------------------------------------


@dataclass(frozen=True)
class EmergencyContact:
    role: str
    name: str
    phone: str
    place: str = ""


@dataclass(frozen=True)
class EmergencySheet:
    """What emergency staff who have never heard of the disease need, in the order they read
    it (after the AAP/ACEP Emergency Information Form)."""

    child: ChildFacts
    made_on: date
    reviewed_on: date | None
    cautions: tuple[str, ...]  # the key cautions, printed in a box
    medicines: tuple[MedicineLine, ...]
    allergies: str
    vision: str
    hearing: str
    neurological: str
    avoid: tuple[str, ...] = ()  # procedures to avoid, one per item
    staff_notes: str = ""
    contacts: tuple[EmergencyContact, ...] = ()
    past_procedures: str = ""
    immunizations: str = ""


# Counting ---------------------------------------------------------------------------------


class DiaryFact(Protocol):
    """What the counts read from a diary entry (``records.SymptomEntry`` is one)."""

    @property
    def local_date(self) -> date: ...

    @property
    def symptom(self) -> str: ...

    @property
    def severity(self) -> Severity: ...


def completeness(period: Period, logged_days: Iterable[date], up_to: date) -> Completeness:
    """``logged_days``: the days of entries and of "nothing unusual" marks (repeats are
    fine). Days after ``up_to`` (the summary's day) are not counted as missing."""
    last = min(period.end, up_to)
    if last < period.start:
        return Completeness(0, 0)
    counted = Period(period.start, last)
    logged = {day for day in logged_days if day in counted}
    return Completeness(len(logged), counted.days)


def _days_by_symptom(period: Period, entries: Iterable[DiaryFact]) -> dict[str, set[date]]:
    days: dict[str, set[date]] = defaultdict(set)
    for entry in entries:
        if entry.local_date in period:
            days[entry.symptom].add(entry.local_date)
    return days


def symptom_days(
    period: Period, entries: Iterable[DiaryFact], label: Callable[[str], str] = str
) -> tuple[SymptomDays, ...]:
    """Days with each symptom in ``period`` and in the previous period of equal length, most
    days first. ``entries`` may hold entries of any dates; ``label`` names a symptom code."""
    facts = list(entries)
    now = _days_by_symptom(period, facts)
    before = _days_by_symptom(period.previous(), facts)
    rows = [
        SymptomDays(label(code), len(now.get(code, ())), len(before.get(code, ())))
        for code in set(now) | set(before)
    ]
    return tuple(sorted(rows, key=lambda row: (-row.days, -row.previous_days, row.symptom)))


def weekly_symptom_days(
    period: Period, entries: Iterable[DiaryFact], label: Callable[[str], str] = str
) -> WeeklySymptoms:
    """Days with each symptom in each week of the period; symptoms with most days first."""
    weeks = period.weeks()
    counts: dict[str, list[set[date]]] = {}
    for entry in entries:
        if entry.local_date not in period:
            continue
        week = (entry.local_date - period.start).days // 7
        counts.setdefault(entry.symptom, [set() for _ in weeks])[week].add(entry.local_date)
    rows = [
        SymptomWeeks(label(code), tuple(len(days) for days in per_week))
        for code, per_week in counts.items()
    ]
    rows.sort(key=lambda row: (-sum(row.days_per_week), row.symptom))
    return WeeklySymptoms(weeks, tuple(rows))


def symptom_table(
    period: Period, entries: Iterable[DiaryFact], label: Callable[[str], str] = str
) -> tuple[SymptomTableRow, ...]:
    """One row per symptom of the period: entries, days, entries by severity, first and last
    day; most days first."""
    found: dict[str, list[DiaryFact]] = defaultdict(list)
    for entry in entries:
        if entry.local_date in period:
            found[entry.symptom].append(entry)
    rows = []
    for code, items in found.items():
        days = {item.local_date for item in items}
        by_severity = dict.fromkeys(Severity, 0)
        for item in items:
            by_severity[item.severity] += 1
        rows.append(
            SymptomTableRow(
                label(code),
                len(items),
                len(days),
                by_severity[Severity.MILD],
                by_severity[Severity.MODERATE],
                by_severity[Severity.SEVERE],
                min(days),
                max(days),
            )
        )
    return tuple(sorted(rows, key=lambda row: (-row.days, -row.entries, row.symptom)))
