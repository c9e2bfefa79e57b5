"""Visit summaries and emergency information sheets: the data gathered from the family's
records through the other services (plain values of ``core/summary.py``), then the PDF
(``reports/``, which imports reportlab: only when a report is made).

**The period.** Without ``start`` and ``end`` a summary covers the days since the last done
appointment with the chosen specialty (that visit's day included), or else the last three
months, up to today (``core.summary.default_period``); it never starts before the child was
born. With only ``end``, the same rule counts back from ``end``; with only ``start``, it
runs to today.

**The visit.** The summary is for a visit: the appointment given by ``appointment_id``, else
the next planned appointment with the chosen specialty, else (no specialty chosen) the next
planned appointment. Page one prints that visit's questions.

**Exact.** Every count is made from the stored records the moment the summary is made; the
report itself (reports/) reads nothing but these values. Nothing here judges a medicine or a
dose: adherence is a count of what the family recorded."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from zoneinfo import ZoneInfo

from caregiver_app.core.appointments import (
    SPECIALTY_LABELS,
    STATUS_LABELS,
    Appointment,
    AppointmentStatus,
    Specialty,
)
from caregiver_app.core.checks import CHECK_STATUS_LABELS, CheckState, CheckStatus
from caregiver_app.core.dental import COVER_LABELS, KIND_LABELS, STATE_LABELS, TOOTH_NAMES
from caregiver_app.core.emergency_info import as_lines, suggested_emergency_info
from caregiver_app.core.guidance import CONTEXT as GUIDANCE_CONTEXT
from caregiver_app.core.guidance import LEVEL_LABELS
from caregiver_app.core.medicines import (
    ROUTE_LABELS,
    TIMING_LABELS,
    DoseEvent,
    Medicine,
    adherence,
)
from caregiver_app.core.messages import QT_TRANSLATE_NOOP, Problem, ValidationFailed
from caregiver_app.core.records import (
    DEFAULT_DIAGNOSIS,
    SEVERITY_LABELS,
    Child,
    DiaryFilter,
    SymptomEntry,
)
from caregiver_app.core.redflag_alerts import CONTEXT as REDFLAGS_CONTEXT
from caregiver_app.core.redflag_alerts import FAMILY_ACTION_LABELS, FamilyAction, RedFlagAlert
from caregiver_app.core.redflags import Episode
from caregiver_app.core.schedule import WEEKDAY_LABELS, Schedule, ScheduleKind
from caregiver_app.core.summary import (
    DEFAULT_SECTIONS,
    AppointmentLine,
    CheckLine,
    ChildFacts,
    DentalEventLine,
    DentalSummary,
    DiaryEntryLine,
    DoseCounts,
    DoseLogRow,
    DoseNote,
    EmergencyContact,
    EmergencySheet,
    EruptionRow,
    MedicineLine,
    Paper,
    Period,
    RedFlagEpisode,
    Section,
    VisitSummary,
    Wording,
    completeness,
    default_period,
    paper_for_territory,
    symptom_days,
    symptom_table,
    weekly_symptom_days,
)
from caregiver_app.core.validation import parse_date
from caregiver_app.reports import words as report_words
from caregiver_app.services.app import AppServices
from caregiver_app.storage.interchange import write_file_atomically

#: The family's paper for reports, once chosen ("a4" or "letter"); else the locale's.
PAPER_KEY = "report.paper"
#: At most this many upcoming appointments on page one (the next ones, earliest first).
MAX_UPCOMING = 6

# Words the summary data is made of (context "Report", like the reports' own words).
_YEAR = QT_TRANSLATE_NOOP("Report", "1 year")
_YEARS = QT_TRANSLATE_NOOP("Report", "{count} years")
_MONTH = QT_TRANSLATE_NOOP("Report", "1 month")
_MONTHS = QT_TRANSLATE_NOOP("Report", "{count} months")
_AGE = QT_TRANSLATE_NOOP("Report", "{years}, {months}")
_TIMES = QT_TRANSLATE_NOOP("Report", "{first} and {last}")
_EVERY_DAY = QT_TRANSLATE_NOOP("Report", "{times}, every day")
_EVERY_N_DAYS = QT_TRANSLATE_NOOP("Report", "{times}, every {count} days")
_ON_DAYS = QT_TRANSLATE_NOOP("Report", "{times} on {days}")
_BOOKED = QT_TRANSLATE_NOOP("Report", "{status}; booked for {date}")
_ACTION_NOTE = QT_TRANSLATE_NOOP("Report", "{action}: {note}")


@dataclass(frozen=True)
class WrittenReport:
    child: Child
    path: Path
    size: int  # bytes written
    period: Period | None = None  # None for the emergency sheet


def _join(*parts: str) -> str:
    return "; ".join(part.strip() for part in parts if part.strip())


class ReportsService:
    def __init__(self, app: AppServices) -> None:
        self._app = app

    @classmethod
    def for_app(cls, app: AppServices) -> ReportsService:
        return cls(app)

    def today(self) -> date:
        return self._app.clock.now().astimezone(ZoneInfo(self._app.settings.time_zone())).date()

    # Paper --------------------------------------------------------------------------------

    def paper(self, territory: str = "") -> Paper:
        """The paper the family chose last, else the usual one of ``territory`` (the
        locale's country, ISO 3166: "US" gives US Letter)."""
        stored = self._app.settings.get_raw(PAPER_KEY)
        try:
            return Paper(stored)
        except ValueError:
            return paper_for_territory(territory)

    def set_paper(self, paper: Paper | str) -> None:
        self._app.settings.set_raw(PAPER_KEY, Paper(paper).value)

    # The period and the visit -------------------------------------------------------------

    def last_visit(
        self, child_id: str, specialty: Specialty | None, before: date
    ) -> Appointment | None:
        """The latest done appointment with ``specialty`` on a day before ``before``."""
        if specialty is None:
            return None
        done = [
            item
            for item in self._app.appointments.appointments(child_id, end=before)
            if item.specialty is specialty
            and item.status is AppointmentStatus.DONE
            and item.local_date < before
        ]
        return done[-1] if done else None

    def next_visit(self, child_id: str, specialty: Specialty | None = None) -> Appointment | None:
        """The next planned appointment (with ``specialty``, when one is given)."""
        for item in self._app.appointments.upcoming(child_id):
            if specialty is None or item.specialty is specialty:
                return item
        return None

    def period(
        self,
        child_id: str,
        *,
        start: object = None,
        end: object = None,
        specialty: object = None,
    ) -> Period:
        """The summary's period (see the module's doc). Raises ValidationFailed naming
        ``from``, ``to`` or ``specialty``."""
        child = self._app.family.child(child_id)
        chosen, first, last = self._checked(child, start, end, specialty)
        return self._period(child, chosen, first, last)

    def _checked(
        self, child: Child, start: object, end: object, specialty: object
    ) -> tuple[Specialty | None, date | None, date | None]:
        problems: list[Problem] = []
        chosen = _specialty(specialty, problems)
        first = None if start in (None, "") else parse_date("from", start, problems)
        last = None if end in (None, "") else parse_date("to", end, problems)
        today = self.today()
        for field, day in (("from", first), ("to", last)):
            if day is not None and day < child.birth_date:
                problems.append(
                    Problem(
                        field,
                        QT_TRANSLATE_NOOP(
                            "Validation", "is before the child's birth date ({born})"
                        ),
                        {"born": child.birth_date.isoformat()},
                    )
                )
        if first is not None and first > today:
            problems.append(Problem("from", QT_TRANSLATE_NOOP("Validation", "is in the future")))
        if first is not None and last is not None and last < first:
            problems.append(
                Problem(
                    "to",
                    QT_TRANSLATE_NOOP("Validation", "{last} is before {start_field} ({first})"),
                    {"last": last.isoformat(), "first": first.isoformat(), "start_field": "from"},
                )
            )
        if problems:
            raise ValidationFailed(problems)
        return chosen, first, last

    def _period(
        self, child: Child, specialty: Specialty | None, first: date | None, last: date | None
    ) -> Period:
        if first is not None:
            return Period(first, last or max(first, self.today()))
        end = last or self.today()
        visit = self.last_visit(child.id, specialty, end)
        period = default_period(end, visit.local_date if visit is not None else None)
        return Period(max(period.start, child.birth_date), period.end)

    # The visit summary --------------------------------------------------------------------

    def visit_summary_data(
        self,
        child_id: str,
        *,
        start: object = None,
        end: object = None,
        specialty: object = None,
        sections: Iterable[Section] = DEFAULT_SECTIONS,
        wording: Wording | None = None,
        appointment_id: str | None = None,
    ) -> VisitSummary:
        """Everything the visit summary prints, from the records as they are now. Raises
        ValidationFailed (``from``, ``to``, ``specialty``), KeyError for an unknown child."""
        wording = wording or Wording()
        child = self._app.family.child(child_id)
        visit = (
            self._app.appointments.appointment(appointment_id)
            if appointment_id is not None
            else None
        )
        if visit is not None and (visit.child_id != child.id or visit.meta.deleted_at):
            raise KeyError(appointment_id)
        if visit is not None and specialty in (None, ""):
            specialty = visit.specialty
        chosen, first, last = self._checked(child, start, end, specialty)
        period = self._period(child, chosen, first, last)
        if visit is None:
            visit = self.next_visit(child.id, chosen)
        return _SummaryBuilder(self._app, child, period, self.today(), wording).build(
            chosen, visit, frozenset(sections)
        )

    def visit_summary_pdf(
        self, summary: VisitSummary, *, paper: Paper | None = None, wording: Wording | None = None
    ) -> bytes:
        from caregiver_app.reports.visit_summary import render_visit_summary

        return render_visit_summary(summary, paper=paper or self.paper(), wording=wording)

    def write_visit_summary(
        self,
        child_id: str,
        path: Path,
        *,
        paper: Paper | None = None,
        wording: Wording | None = None,
        **options: object,
    ) -> WrittenReport:
        """Makes the summary (``options`` as :meth:`visit_summary_data`) and writes it to
        ``path`` (mode 0600, complete or not at all)."""
        summary = self.visit_summary_data(child_id, wording=wording, **options)  # type: ignore[arg-type]
        pdf = self.visit_summary_pdf(summary, paper=paper, wording=wording)
        return self._write(child_id, path, pdf, summary.period)

    # The emergency information sheet ------------------------------------------------------

    def emergency_sheet_data(
        self, child_id: str, *, wording: Wording | None = None
    ) -> EmergencySheet:
        """The sheet from the child's emergency information (or, until it is first saved,
        the clinical notes' suggestions, marked "never reviewed"), profile, current
        medicines and contacts."""
        wording = wording or Wording()
        translate = wording.translate
        child = self._app.family.child(child_id)
        today = self.today()
        info = self._app.redflags.emergency_info(child.id)
        if info is not None:
            texts = info.as_input().texts()
        else:
            texts = suggested_emergency_info(child.diagnosis, child.allergies, translate)
        contacts = tuple(
            EmergencyContact(contact.role, contact.name, contact.phone, contact.place)
            for contact in self._app.family.contacts(child.id)
        )
        medicines = tuple(
            _medicine_line(medicine, wording, None)
            for medicine in self._app.medicines.medicines(child.id, on=today)
        )
        return EmergencySheet(
            child=_child_facts(child, today, wording, texts["diagnosis"]),
            made_on=today,
            reviewed_on=info.reviewed_on if info is not None else None,
            cautions=as_lines(texts["staff_notes"]),
            medicines=medicines,
            allergies=child.allergies.strip(),
            vision=texts["baseline_vision"].strip(),
            hearing=texts["baseline_hearing"].strip(),
            neurological=texts["baseline_neurological"].strip(),
            avoid=as_lines(texts["procedures_to_avoid"]),
            contacts=contacts,
            past_procedures=texts["past_procedures"].strip(),
            immunizations=texts["immunizations"].strip(),
        )

    def emergency_sheet_pdf(
        self, sheet: EmergencySheet, *, paper: Paper | None = None, wording: Wording | None = None
    ) -> bytes:
        from caregiver_app.reports.emergency_sheet import render_emergency_sheet

        return render_emergency_sheet(sheet, paper=paper or self.paper(), wording=wording)

    def write_emergency_sheet(
        self,
        child_id: str,
        path: Path,
        *,
        paper: Paper | None = None,
        wording: Wording | None = None,
    ) -> WrittenReport:
        sheet = self.emergency_sheet_data(child_id, wording=wording)
        pdf = self.emergency_sheet_pdf(sheet, paper=paper, wording=wording)
        return self._write(child_id, path, pdf)

    def _write(
        self, child_id: str, path: Path, pdf: bytes, period: Period | None = None
    ) -> WrittenReport:
        """Writes ``pdf`` to ``path`` (mode 0600, complete or not at all)."""
        write_file_atomically(path, pdf)
        return WrittenReport(self._app.family.child(child_id), path, len(pdf), period)


# Building one summary ---------------------------------------------------------------------


class _SummaryBuilder:
    """Reads what one summary needs once, and turns it into summary lines."""

    def __init__(
        self, app: AppServices, child: Child, period: Period, today: date, wording: Wording
    ) -> None:
        self.app = app
        self.child = child
        self.period = period
        self.today = today
        self.wording = wording
        self.translate = wording.translate
        # "Current" is as of the period's last day, or today for a period still going on.
        self.reference_day = min(period.end, today)

    def build(
        self, specialty: Specialty | None, visit: Appointment | None, sections: frozenset[Section]
    ) -> VisitSummary:
        period, translate = self.period, self.translate
        previous = period.previous()
        entries = self.app.diary.repository.entries(
            DiaryFilter(self.child.id, start=previous.start, end=period.end)
        )
        quiet = self.app.diary.quiet_days(self.child.id, period.start, period.end)
        in_period = [entry for entry in entries if entry.local_date in period]
        label = self._symptom_label
        return VisitSummary(
            child=_child_facts(self.child, self.today, self.wording, self.child.diagnosis),
            period=period,
            made_on=self.today,
            completeness=completeness(
                period,
                [entry.local_date for entry in in_period] + [day.day for day in quiet],
                self.today,
            ),
            specialty=translate("Appointments", SPECIALTY_LABELS[specialty]) if specialty else "",
            red_flags=self._red_flags(),
            medicines=self._medicines(),
            checks=self._checks(),
            upcoming=tuple(
                self._appointment_line(item, status=False)
                for item in self.app.appointments.upcoming(self.child.id)[:MAX_UPCOMING]
            ),
            questions=visit.questions if visit is not None else (),
            symptoms=symptom_days(period, entries, label),
            weekly=weekly_symptom_days(period, in_period, label)
            if Section.SYMPTOM_CHART in sections
            else None,
            symptom_table=symptom_table(period, in_period, label)
            if Section.SYMPTOM_TABLE in sections
            else (),
            dental=self._dental() if Section.DENTAL in sections else None,
            appointments=tuple(
                self._appointment_line(item, status=True)
                for item in self.app.appointments.appointments(
                    self.child.id, period.start, period.end
                )
            )
            if Section.APPOINTMENTS in sections
            else (),
            dose_log=self._dose_log() if Section.DOSE_LOG in sections else (),
            dose_notes=self._dose_notes() if Section.DOSE_LOG in sections else (),
            entries=tuple(self._entry_line(entry) for entry in in_period)
            if Section.DIARY_ENTRIES in sections
            else (),
            sections=sections,
        )

    def _symptom_label(self, code: str) -> str:
        try:
            return self.translate("Symptom", self.app.catalogue.get(code).label)
        except KeyError:
            return code

    # Page one -----------------------------------------------------------------------------

    def _red_flags(self) -> tuple[RedFlagEpisode, ...]:
        """The diary's episodes that started or went on in the period (found in the diary
        itself, so none is missing), each with what the family recorded on its alert."""
        redflags = self.app.redflags
        episodes = redflags.episodes(self.child.id, self.period.start, self.period.end)
        if not episodes:
            return ()
        # Which alert holds which entries: light to read, where whole alerts of ten years
        # are not; only the alerts of the period's episodes are read whole.
        by_entry: dict[tuple[str, str], str] = {}
        for alert_id, (rule, entry_ids) in redflags.repository.entries_by_alert(
            self.child.id
        ).items():
            for entry_id in entry_ids:
                by_entry.setdefault((rule, entry_id), alert_id)
        lines = []
        for episode in episodes:
            matched = next(
                (
                    by_entry[(episode.rule, entry_id)]
                    for entry_id in episode.entry_ids
                    if (episode.rule, entry_id) in by_entry
                ),
                None,
            )
            alert = redflags.alert(matched) if matched is not None else None
            lines.append(self._episode_line(episode, alert))
        return tuple(lines)

    def _episode_line(self, episode: Episode, alert: RedFlagAlert | None) -> RedFlagEpisode:
        local = episode.first_local()
        return RedFlagEpisode(
            day=local.date(),
            time=local.time().replace(second=0, microsecond=0) if episode.time_known else None,
            rule=episode.render_title(self.translate),
            level=self.translate(GUIDANCE_CONTEXT, LEVEL_LABELS[episode.level]),
            action=self._family_did(alert),
        )

    def _family_did(self, alert: RedFlagAlert | None) -> str:
        if alert is None or not alert.acknowledged:
            return ""
        note = " ".join(alert.note.split())
        if alert.action is None or (alert.action is FamilyAction.OTHER and note):
            return note  # "Something else (see the note)" says nothing the note does not
        action = self.translate(REDFLAGS_CONTEXT, FAMILY_ACTION_LABELS[alert.action])
        if not note:
            return action
        return self.wording(_ACTION_NOTE, action=action, note=note)

    def _medicines(self) -> tuple[MedicineLine, ...]:
        period = self.period
        current = [
            medicine
            for medicine in self.app.medicines.medicines(self.child.id)
            if medicine.active_on(self.reference_day)
        ]
        if not current:
            return ()
        events = self._dose_events()
        now = self.app.clock.now()
        return tuple(
            _medicine_line(
                medicine,
                self.wording,
                DoseCounts.of(adherence(medicine, events, period.start, period.end, now)),
            )
            for medicine in current
        )

    def _dose_events(self) -> list[DoseEvent]:
        cached: list[DoseEvent] | None = getattr(self, "_events", None)
        if cached is None:
            cached = self.app.medicines.repository.doses_answering(
                self.child.id, self.period.start, self.period.end
            )
            self._events = cached
        return cached

    def _checks(self) -> tuple[CheckLine, ...]:
        states = self.app.checks.checks(self.child.id, now=self.app.clock.now())
        return tuple(self._check_line(state) for state in states)

    def _check_line(self, state: CheckState) -> CheckLine:
        name = (
            self.translate("Appointments", state.name) if state.routine is not None else state.name
        )
        status = self.translate("Checks", CHECK_STATUS_LABELS[state.status])
        if state.planned_on is not None:
            status = self.wording(_BOOKED, status=status, date=self.wording.date(state.planned_on))
        return CheckLine(
            name,
            state.last_done,
            state.next_due,
            status,
            overdue=state.status is CheckStatus.OVERDUE,
        )

    def _appointment_line(self, item: Appointment, *, status: bool) -> AppointmentLine:
        return AppointmentLine(
            day=item.local_date,
            time=item.local_time,
            specialty=self.translate("Appointments", SPECIALTY_LABELS[item.specialty]),
            clinician=item.clinician,
            place=item.place,
            purpose=item.purpose,
            status=self.translate("Appointments", STATUS_LABELS[item.status]) if status else "",
            outcome=item.outcome if status else "",
        )

    # Details ------------------------------------------------------------------------------

    def _dental(self) -> DentalSummary:
        period, translate = self.period, self.translate
        counted = (self.reference_day - period.start).days + 1 if self.today >= period.start else 0
        care = self.app.dental.daily_care(self.child.id, period.start, self.reference_day)
        events = self.app.dental.events(self.child.id, period.start, period.end)
        eruption: tuple[EruptionRow, ...] = ()
        # Without a single recorded tooth the chart would call every tooth late: the family
        # does not keep it, so it is left out rather than misread.
        if self.app.dental.eruptions(self.child.id):
            eruption = tuple(
                EruptionRow(
                    fdi=status.tooth.fdi,
                    tooth=translate("Dental", status.tooth.name),
                    usual_from_months=status.tooth.erupts_from_months,
                    usual_to_months=status.tooth.erupts_to_months,
                    erupted_on=status.erupted_on,
                    state=translate("Dental", STATE_LABELS[status.state]),
                    late=status.is_late,
                )
                for status in self.app.dental.eruption_chart(self.child.id, self.reference_day)
            )
        return DentalSummary(
            brushing_days=sum(day.brushing for day in care),
            fluoride_days=sum(day.fluoride_toothpaste for day in care),
            days=counted,
            events=tuple(
                DentalEventLine(
                    day=event.day,
                    what=translate("Dental", KIND_LABELS[event.kind]),
                    tooth=self._tooth(event.tooth),
                    antibiotic_cover=translate("Dental", COVER_LABELS[event.antibiotic_cover])
                    if event.antibiotic_cover is not None
                    else "",
                    notes=event.notes,
                )
                for event in events
            ),
            eruption=eruption,
        )

    def _tooth(self, fdi: int | None) -> str:
        if fdi is None:
            return ""
        name = TOOTH_NAMES.get(fdi)
        return f"{fdi} {self.translate('Dental', name)}" if name else str(fdi)

    def _dose_log(self) -> tuple[DoseLogRow, ...]:
        period = self.period
        medicines = [
            medicine
            for medicine in self.app.medicines.medicines(self.child.id)
            if medicine.start_date <= period.end
            and (medicine.end_date is None or medicine.end_date >= period.start)
        ]
        if not medicines:
            return ()
        events = self._dose_events()
        now = self.app.clock.now()
        rows = []
        for medicine in medicines:
            for month in period.months():
                counts = DoseCounts.of(adherence(medicine, events, month.start, month.end, now))
                if counts.scheduled or counts.as_needed:
                    rows.append(DoseLogRow(medicine.name, month, counts))
        return tuple(rows)

    def _dose_notes(self) -> tuple[DoseNote, ...]:
        """The doses of the period with a reason or a note, in time order."""
        names = {
            medicine.id: medicine.name for medicine in self.app.medicines.medicines(self.child.id)
        }
        notes = []
        for event in self.app.medicines.doses(self.child.id, self.period.start, self.period.end):
            reason = _join(event.reason, event.notes)
            if not reason or event.medicine_id not in names:
                continue
            notes.append(
                DoseNote(
                    day=event.local_date,
                    time=_dose_time(event),
                    medicine=names[event.medicine_id],
                    what=self._dose_what(event),
                    reason=reason,
                )
            )
        return tuple(notes)

    def _dose_what(self, event: DoseEvent) -> str:
        timing = event.timing()
        if timing is None:
            return self.translate("Report", report_words.AS_NEEDED)
        return self.translate("Medicines", TIMING_LABELS[timing])

    def _entry_line(self, entry: SymptomEntry) -> DiaryEntryLine:
        local = entry.local_time()
        return DiaryEntryLine(
            day=entry.local_date,
            time=local.time().replace(second=0, microsecond=0) if entry.time_known else None,
            symptom=self._symptom_label(entry.symptom),
            severity=self.translate("Records", SEVERITY_LABELS[entry.severity]),
            notes=entry.notes,
            logged_by=entry.meta.logged_by,
        )


# Shared by both reports -------------------------------------------------------------------


def _specialty(value: object, problems: list[Problem]) -> Specialty | None:
    if value is None or value == "":
        return None
    if isinstance(value, Specialty):
        return value
    text = value.strip().lower() if isinstance(value, str) else ""
    try:
        return Specialty(text)
    except ValueError:
        problems.append(
            Problem(
                "specialty",
                QT_TRANSLATE_NOOP("Validation", "{value!r} is not one of: {choices}"),
                {"value": str(value)[:40], "choices": ", ".join(Specialty)},
            )
        )
        return None


def age_words(child: Child, on: date, wording: Wording) -> str:
    """ "2 years, 8 months", "1 year", "5 months" in the report's language."""
    years, months = child.age_on(on)

    def counted(count: int, one: str, many: str) -> str:
        return wording(one) if count == 1 else wording(many, count=count)

    year_part = counted(years, _YEAR, _YEARS)
    month_part = counted(months, _MONTH, _MONTHS)
    if years == 0:
        return month_part
    if months == 0:
        return year_part
    return wording(_AGE, years=year_part, months=month_part)


def _child_facts(child: Child, today: date, wording: Wording, diagnosis: str) -> ChildFacts:
    text = diagnosis.strip()
    if not text or text == DEFAULT_DIAGNOSIS:
        text = wording.translate("Records", DEFAULT_DIAGNOSIS)
    return ChildFacts(child.name, child.birth_date, age_words(child, today, wording), text)


def schedule_words(schedule: Schedule, wording: Wording) -> str:
    """ "08:00 and 20:00, every day", "18:00 on Mon, Wed, Fri", "As needed"."""
    if schedule.kind is ScheduleKind.AS_NEEDED:
        return wording(report_words.AS_NEEDED)
    texts = [wording.time(moment) for moment in sorted(schedule.times)]
    times = (
        wording(_TIMES, first=", ".join(texts[:-1]), last=texts[-1])
        if len(texts) > 1
        else "".join(texts)
    )
    if schedule.kind is ScheduleKind.EVERY_N_DAYS and (schedule.every_days or 1) > 1:
        return wording(_EVERY_N_DAYS, times=times, count=schedule.every_days)
    if schedule.kind is ScheduleKind.EVERY_N_DAYS or len(schedule.weekdays) == 7:
        return wording(_EVERY_DAY, times=times)
    days = ", ".join(
        wording.translate("Schedule", WEEKDAY_LABELS[day]) for day in sorted(schedule.weekdays)
    )
    return wording(_ON_DAYS, times=times, days=days)


def _medicine_line(medicine: Medicine, wording: Wording, counts: DoseCounts | None) -> MedicineLine:
    return MedicineLine(
        name=medicine.name,
        dose=medicine.dose_label() or "-",
        route=wording.translate("Medicines", ROUTE_LABELS[medicine.route]),
        schedule=schedule_words(medicine.schedule, wording),
        adherence=counts,
        purpose=medicine.purpose,
    )


def _dose_time(event: DoseEvent) -> time | None:
    given = event.given_local()
    if given is not None:
        return given.time().replace(second=0, microsecond=0)
    return event.scheduled_time
