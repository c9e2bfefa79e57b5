"""A fixture family for the visit summary, built through the services as a family would (no
hand-made summary data), and every fact page one must show, worked out by hand.

The clock is tests/conftest.py's NOW: Saturday 21 November 2026, 10:00 in Madrid. The child
is tests/conftest.py's ``child``: Lucía, born 15 March 2024 (2 years, 8 months).

- Last eye visit done on 1 October 2026, so the eye clinic's default period is 1 October to
  21 November 2026 (52 days); the previous period of equal length is 10 August to
  30 September.
- A raised-pressure episode (severe headache, then severe vomiting) on 19 October at 21:10:
  the family went to the emergency department.
- Calcitriol twice a day since 14 November: 15 doses due by now, 12 on time, 1 late, 1
  skipped, 1 not recorded. An antibiotic stopped in August is not a current medicine.
- Blood tests last done 20 July (suggested every 3 months): overdue since 20 October."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from caregiver_app.core.records import Child
from caregiver_app.services.app import AppServices
from tests.ui.medicines_helpers import add_medicine

TODAY = date(2026, 11, 21)
LAST_EYE_VISIT = date(2026, 10, 1)
EYE_PERIOD = (LAST_EYE_VISIT, TODAY)
EYE_PERIOD_DAYS = 52
PREVIOUS = (date(2026, 8, 10), date(2026, 9, 30))
# No entry and no "nothing unusual" mark on these days (nor today).
UNLOGGED = {date(2026, 11, day) for day in range(2, 7)}
LOGGED_DAYS = EYE_PERIOD_DAYS - len(UNLOGGED) - 1  # 46 of 52: 88%

QUESTIONS = (
    "Can we stay with her during the VEP test?",
    "Should the eye exams be more frequent now?",
)
DENTAL_QUESTIONS = ("Is the lower molar late?",)
EPISODE_NOTE = "Scan normal, home the same night."
SKIP_REASON = "Asleep, slept through"


@dataclass(frozen=True)
class ReportFamily:
    child: Child


def add_report_family(services: AppServices, child: Child) -> ReportFamily:
    services.family.add_contact(
        child.id,
        role="Pediatric ophthalmologist",
        name="Dr. Elena Ruiz",
        phone="+34 600 000 001",
        place="Eye clinic",
    )
    _appointments(services, child)
    _diary(services, child)
    _medicines(services, child)
    return ReportFamily(child)


def _appointments(services: AppServices, child: Child) -> None:
    visits = services.appointments
    visits.add(
        child.id,
        day="2026-07-20",
        clock_time="08:30",
        specialty="hematology",
        clinician="Dr. Omar Haddad",
        purpose="Blood count and calcium",
        status="done",
        fulfils="blood_tests",
        outcome="Calcium normal.",
    )
    visits.add(
        child.id,
        day="2026-09-10",
        clock_time="12:00",
        specialty="ophthalmology",
        purpose="Review (cancelled by the clinic)",
        status="cancelled",
    )
    visits.add(
        child.id,
        day=LAST_EYE_VISIT.isoformat(),
        clock_time="09:30",
        specialty="ophthalmology",
        clinician="Dr. Elena Ruiz",
        place="Eye clinic",
        purpose="Eye review",
        status="done",
        fulfils="eye_exam",
        outcome='"Vision stable." Optic discs unchanged.',
    )
    visits.add(
        child.id,
        day="2026-12-03",
        clock_time="10:15",
        specialty="ophthalmology",
        clinician="Dr. Elena Ruiz",
        place="Children's hospital, eye clinic",
        purpose="Eye exam and visual evoked potentials (VEP)",
        fulfils="eye_exam",
        questions=list(QUESTIONS),
    )
    visits.add(
        child.id,
        day="2027-01-10",
        clock_time="16:30",
        specialty="dental",
        clinician="Dr. Laura Gil",
        place="Sonrisas dental clinic",
        purpose="Six-monthly dental check",
        fulfils="dental_check",
        questions=list(DENTAL_QUESTIONS),
    )


def _diary(services: AppServices, child: Child) -> None:
    diary = services.diary
    entries = (
        ("2026-09-01", "08:00", "nasal_congestion", "mild", ""),
        ("2026-09-15", "19:00", "irritability", "mild", "Grumpy at dinner."),
        ("2026-10-05", "08:00", "nasal_congestion", "mild", "Blocked nose again."),
        ("2026-10-06", "08:10", "nasal_congestion", "moderate", ""),
        ("2026-10-19", "21:10", "headache", "severe", "Crying, holding her head."),
        ("2026-10-19", "21:30", "vomiting", "severe", "Twice in 20 minutes."),
        ("2026-11-10", "", "nasal_congestion", "mild", "Noted the next morning."),
    )
    logged = set()
    for day, clock_time, symptom, severity, notes in entries:
        diary.log(
            child.id,
            day=day,
            clock_time=clock_time,
            symptom=symptom,
            severity=severity,
            notes=notes,
        )
        logged.add(date.fromisoformat(day))
    day = LAST_EYE_VISIT
    while day < TODAY:
        if day not in logged and day not in UNLOGGED:
            diary.mark_nothing_unusual(child.id, day)
        day += timedelta(days=1)
    services.redflags.sync(child.id, "save")
    (alert,) = services.redflags.history(child.id)
    services.redflags.acknowledge(alert.id, "emergency_department", EPISODE_NOTE)


def _medicines(services: AppServices, child: Child) -> None:
    medicines = services.medicines
    # By mouth at 08:00 and 20:00 (tests/ui/medicines_helpers.py).
    add_medicine(
        services,
        child,
        "Amoxicillin",
        start_date="2026-08-20",
        end_date="2026-08-27",
        dose_amount="250",
        dose_unit="mg",
    )
    calcitriol = add_medicine(services, child, start_date="2026-11-14", purpose="Calcium balance")
    day = date(2026, 11, 14)
    while day < TODAY:
        for clock_time in ("08:00", "20:00"):
            scheduled = {"scheduled_date": day.isoformat(), "scheduled_time": clock_time}
            if (day.day, clock_time) == (15, "20:00"):
                medicines.log_dose(calcitriol.id, status="skipped", reason=SKIP_REASON, **scheduled)
                continue
            given = "10:30" if (day.day, clock_time) == (16, "08:00") else clock_time
            medicines.log_dose(
                calcitriol.id,
                status="given",
                given_date=day.isoformat(),
                given_time=given,
                **scheduled,
            )
        day += timedelta(days=1)
