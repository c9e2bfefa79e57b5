"""A fixture family as plain summary data: Sami, 2 years 8 months, seen by the eye clinic.

Built by hand (no database): the reports read nothing but these values, so the tests know
every fact page one must show."""

from __future__ import annotations

import dataclasses
from datetime import date, time, timedelta

from caregiver_app.core.summary import (
    DEFAULT_SECTIONS,
    AppointmentLine,
    CheckLine,
    ChildFacts,
    Completeness,
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
    Period,
    RedFlagEpisode,
    Section,
    SymptomDays,
    SymptomTableRow,
    SymptomWeeks,
    VisitSummary,
    WeeklySymptoms,
)

MADE_ON = date(2026, 11, 21)
PERIOD = Period(date(2026, 8, 22), date(2026, 11, 21))  # 92 days
DIAGNOSIS = (
    "Autosomal recessive malignant osteopetrosis, osteoclast-poor, caused by biallelic "
    "TNFSF11 (RANKL) variants (RANKL-deficient osteopetrosis, OPTB2, OMIM #259710)"
)
CHILD = ChildFacts("Sami Ortega", date(2024, 3, 12), "2 years, 8 months", DIAGNOSIS)

RED_FLAGS = (
    RedFlagEpisode(
        date(2026, 10, 19),
        time(21, 40),
        "Signs of raised pressure in the head",
        "Emergency: call now",
        "Went to the emergency department; scan normal, home the same night.",
    ),
    RedFlagEpisode(
        date(2026, 11, 2), None, "Change in vision", "Urgent: today", "Called the eye clinic."
    ),
)

MEDICINES = (
    MedicineLine(
        "Calcitriol",
        "0.25 microgram",
        "By mouth",
        "08:00 and 20:00 every day",
        DoseCounts(on_time=170, late=6, skipped=2, not_recorded=5),
    ),
    MedicineLine(
        "Calcium",
        "250 mg",
        "By mouth",
        "08:00 and 20:00 every day",
        DoseCounts(on_time=160, late=12, skipped=4, not_recorded=7),
    ),
    MedicineLine(
        "Interferon gamma-1b",
        "50 microgram/m²",
        "Under the skin (injection)",
        "18:00 Mon, Wed, Fri",
        DoseCounts(on_time=36, late=2, skipped=1, not_recorded=0),
    ),
    MedicineLine(
        "Fluoride varnish",
        "applied by the dentist",
        "On the skin or teeth",
        "As needed",
        DoseCounts(as_needed=1),
    ),
)

CHECKS = (
    CheckLine("Eye exam", date(2026, 10, 25), date(2026, 12, 3), "Due soon"),
    CheckLine("Hearing test", date(2026, 9, 22), date(2027, 3, 22), "On track"),
    CheckLine("Dental check", date(2026, 8, 28), date(2027, 2, 28), "On track"),
    CheckLine("Blood tests", date(2026, 7, 7), date(2026, 10, 7), "Overdue", overdue=True),
    CheckLine("Growth measurement", None, None, "No check recorded yet"),
)

UPCOMING = (
    AppointmentLine(
        date(2026, 12, 3),
        time(10, 15),
        "Eyes (ophthalmology)",
        "Dr. Elena Ruiz",
        "Children's hospital, eye clinic, 2nd floor",
        "Eye exam and visual evoked potentials (VEP)",
    ),
    AppointmentLine(
        date(2026, 12, 11),
        time(8, 45),
        "Blood (hematology)",
        "Dr. Omar Haddad",
        "Children's hospital, day unit",
        "Blood count, calcium, phosphate and vitamin D",
    ),
)

QUESTIONS = (
    "Can we stay with him during the VEP test?",
    "He rubs his eyes a lot: is that something to watch?",
    "Should the eye exams be more frequent now?",
)

COMPLETENESS = Completeness(81, 92)

SYMPTOMS = (
    SymptomDays("Blocked or runny nose", 14, 9),
    SymptomDays("Tiredness", 9, 11),
    SymptomDays("Eye rubbing", 6, 0),
    SymptomDays("Vomiting", 2, 2),
    SymptomDays("Headache", 1, 0),
)


def _weeks() -> WeeklySymptoms:
    weeks = PERIOD.weeks()
    rows = []
    patterns = {
        "Blocked or runny nose": (0, 2, 3, 1, 0, 0, 0, 4, 2, 1, 1, 0, 0, 0),
        "Tiredness": (1, 0, 1, 2, 1, 0, 0, 2, 1, 0, 0, 1, 0, 0),
        "Eye rubbing": (0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 1, 1, 0),
        "Vomiting": (0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0),
        "Headache": (0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0),
    }
    for symptom, counts in patterns.items():
        rows.append(SymptomWeeks(symptom, counts[: len(weeks)]))
    return WeeklySymptoms(weeks, tuple(rows))


SYMPTOM_TABLE = (
    SymptomTableRow(
        "Blocked or runny nose", 17, 14, 12, 5, 0, date(2026, 8, 29), date(2026, 11, 4)
    ),
    SymptomTableRow("Tiredness", 9, 9, 6, 3, 0, date(2026, 8, 24), date(2026, 11, 10)),
    SymptomTableRow("Eye rubbing", 7, 6, 7, 0, 0, date(2026, 10, 24), date(2026, 11, 16)),
    SymptomTableRow("Vomiting", 3, 2, 0, 1, 2, date(2026, 10, 19), date(2026, 10, 20)),
    SymptomTableRow("Headache", 1, 1, 0, 0, 1, date(2026, 10, 19), date(2026, 10, 19)),
)

TEETH = (
    (51, "Upper right central incisor", 8, 12, 10),
    (52, "Upper right lateral incisor", 9, 13, 12),
    (53, "Upper right canine", 16, 22, 20),
    (54, "Upper right first molar", 13, 19, 17),
    (55, "Upper right second molar", 25, 33, None),
    (75, "Lower left second molar", 23, 31, None),
    (85, "Lower right second molar", 23, 31, None),
)


def _eruption() -> tuple[EruptionRow, ...]:
    rows = []
    for fdi, name, start, end, at in TEETH:
        erupted = None if at is None else date(2024, 3, 12) + timedelta(days=round(at * 30.4))
        late = at is None and fdi in (75, 85)
        state = (
            "Later than the usual range"
            if late
            else "Usually comes through about now"
            if at is None
            else "Through"
        )
        rows.append(EruptionRow(fdi, name, start, end, erupted, state, late))
    return tuple(rows)


DENTAL = DentalSummary(
    brushing_days=88,
    fluoride_days=80,
    days=92,
    events=(
        DentalEventLine(
            date(2026, 8, 28),
            "Fluoride varnish",
            "",
            "",
            "Applied at the routine check.",
        ),
    ),
    eruption=_eruption(),
)

APPOINTMENTS = (
    AppointmentLine(
        date(2026, 8, 28),
        time(16, 15),
        "Dental",
        "Dr. Laura Gil",
        "Sonrisas dental clinic",
        "Routine check",
        "Done",
        "Gum healed. Fluoride varnish applied.",
    ),
    AppointmentLine(
        date(2026, 10, 25),
        time(9, 30),
        "Eyes (ophthalmology)",
        "Dr. Elena Ruiz",
        "Eye clinic",
        "Eye review after the emergency visit",
        "Done",
        '"Vision stable." Optic discs unchanged.',
    ),
)

DOSE_LOG = tuple(
    DoseLogRow(name, month, DoseCounts(on_time=55, late=2, skipped=1, not_recorded=1))
    for name in ("Calcitriol", "Calcium")
    for month in PERIOD.months()
)

DOSE_NOTES = (
    DoseNote(date(2026, 10, 19), time(20, 0), "Calcium", "Skipped", "Vomiting; kept nothing down."),
)

ENTRIES = (
    DiaryEntryLine(
        date(2026, 10, 19), time(21, 10), "Headache", "Severe", "Crying, holding head.", "Ana"
    ),
    DiaryEntryLine(
        date(2026, 10, 19), time(21, 30), "Vomiting", "Severe", "Twice in 20 minutes.", "Ana"
    ),
)


def visit_summary(**changes: object) -> VisitSummary:
    summary = VisitSummary(
        child=CHILD,
        period=PERIOD,
        made_on=MADE_ON,
        completeness=COMPLETENESS,
        specialty="Eyes (ophthalmology)",
        red_flags=RED_FLAGS,
        medicines=MEDICINES,
        checks=CHECKS,
        upcoming=UPCOMING,
        questions=QUESTIONS,
        symptoms=SYMPTOMS,
        weekly=_weeks(),
        symptom_table=SYMPTOM_TABLE,
        dental=DENTAL,
        appointments=APPOINTMENTS,
        dose_log=DOSE_LOG,
        dose_notes=DOSE_NOTES,
        entries=ENTRIES,
        sections=DEFAULT_SECTIONS | {Section.DIARY_ENTRIES},
    )
    return dataclasses.replace(summary, **changes)  # type: ignore[arg-type]


def empty_summary() -> VisitSummary:
    """The same child and period with nothing recorded at all."""
    return VisitSummary(
        child=CHILD,
        period=PERIOD,
        made_on=MADE_ON,
        completeness=Completeness(0, PERIOD.days),
        sections=frozenset(Section),
    )


CAUTIONS = (
    "Stem-cell (bone marrow) transplant is NOT effective for this (TNFSF11) form.",
    "Fragile bones: handle gently, lift with support; fractures after minor falls.",
    "Low calcium can cause seizures: check calcium in any seizure.",
    "If a transfusion is needed: irradiated blood products.",
    "Raised pressure in the head: persistent vomiting, severe headache or unusual sleepiness "
    "need urgent assessment.",
)

CONTACTS = (
    EmergencyContact(
        "Hematologist (lead)", "Dr. Omar Haddad", "+34 600 000 002", "Children's hospital"
    ),
    EmergencyContact(
        "Pediatric ophthalmologist", "Dr. Elena Ruiz", "+34 600 000 001", "Eye clinic"
    ),
    EmergencyContact("Mother", "Ana Ortega", "+34 611 222 333"),
    EmergencyContact("Father", "Javier Ortega", "+34 611 444 555"),
)


def emergency_sheet(**changes: object) -> EmergencySheet:
    sheet = EmergencySheet(
        child=CHILD,
        made_on=MADE_ON,
        reviewed_on=date(2026, 11, 1),
        cautions=CAUTIONS,
        medicines=tuple(dataclasses.replace(m, adherence=None) for m in MEDICINES),
        allergies="None known",
        vision="Reduced vision in both eyes; follows large objects, reads picture books close up.",
        hearing="Mild hearing loss on the right (stable).",
        neurological="Alert, walks with support. No seizures since infancy.",
        avoid=(
            "Non-essential dental extractions (risk of jaw osteomyelitis).",
            "Contact sports; rough handling.",
        ),
        staff_notes="Please call the hematology team on arrival. "
        "He is calmer with a parent present.",
        contacts=CONTACTS,
        past_procedures="Tooth 64: gum infection treated without extraction (2026).",
        immunizations="Up to date for age (national schedule).",
    )
    return dataclasses.replace(sheet, **changes)  # type: ignore[arg-type]
