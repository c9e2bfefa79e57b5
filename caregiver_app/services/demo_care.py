"""The demo family's appointments and dental care (called by ``services/demo.py``).

Consistent with the demo diary: the swollen gum ~100 days ago and the dentist the next day,
the emergency visit 33 days ago and the eye clinic's "vision stable" 27 days ago. Eruption
dates are those of a child of about 2 years 8 months whose lower second molars have not come
through (past the usual range), as can happen in osteopetrosis. Its own seeded random source,
so the diary's stays as it was."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from caregiver_app.core.dental import add_months
from caregiver_app.core.records import Child
from caregiver_app.services.app import AppServices
from caregiver_app.services.appointments import AppointmentsService
from caregiver_app.services.dental import DentalService

CARE_SEED = 20240316

# (tooth, age in months when it came through); 55/65 are due, 75/85 are late.
ERUPTIONS = (
    (71, 8), (81, 8), (51, 10), (61, 11), (52, 12), (62, 13), (72, 14), (82, 14),
    (54, 17), (64, 17), (74, 17), (84, 18), (53, 20), (63, 20), (73, 21), (83, 22),
)  # fmt: skip

DENTIST = "Dr. Laura Gil"
DENTAL_PLACE = "Sonrisas dental clinic, Calle Mayor 12"


@dataclass(frozen=True)
class DemoCareCounts:
    appointments: int
    dental_records: int


def add_demo_care(app: AppServices, child: Child, today: date) -> DemoCareCounts:
    """Adds the demo child's appointments and dental records (inside the caller's
    transaction)."""
    rng = random.Random(CARE_SEED)
    visits = AppointmentsService.for_app(app)
    dental = DentalService.for_app(app)

    def ago(days: int) -> str:
        return (today - timedelta(days=days)).isoformat()

    def ahead(days: int) -> str:
        return (today + timedelta(days=days)).isoformat()

    past = [
        {
            "day": ago(120),
            "clock_time": "09:40",
            "specialty": "general_pediatrics",
            "clinician": "Dr. Carmen Soto",
            "place": "Las Acacias health centre",
            "purpose": "Six-monthly check and growth",
            "status": "done",
            "fulfils": "growth_measurement",
            "questions": ["Is his weight gain enough?", "Can he start swimming lessons?"],
            "outcome": "Weight 11.9 kg, height 86 cm, head 49 cm: along his own curve. "
            "Swimming is fine with care.",
        },
        {
            "day": ago(99),
            "clock_time": "10:30",
            "specialty": "dental",
            "clinician": DENTIST,
            "place": DENTAL_PLACE,
            "purpose": "Swollen gum above an upper left back tooth",
            "status": "done",
            "questions": ["Does the tooth need to come out?"],
            "outcome": "Gum infection around the upper left first molar. Cleaned the area, "
            "mouthwash at home, review in two weeks. No extraction.",
        },
        {
            "day": ago(85),
            "clock_time": "16:15",
            "specialty": "dental",
            "clinician": DENTIST,
            "place": DENTAL_PLACE,
            "purpose": "Review of the gum; routine check",
            "status": "done",
            "fulfils": "dental_check",
            "outcome": "Gum healed. Fluoride varnish applied.",
        },
        {
            "day": ago(60),
            "clock_time": "12:00",
            "specialty": "audiology_ent",
            "clinician": "Pablo Medina",
            "place": "Children's hospital, hearing unit",
            "purpose": "Hearing test",
            "status": "done",
            "fulfils": "hearing_test",
            "questions": ["Is the blocked nose affecting his hearing?"],
            "outcome": "Mild hearing loss on the right, unchanged. Repeat in six months.",
        },
        {
            "day": ago(45),
            "clock_time": "08:30",
            "specialty": "hematology",
            "clinician": "Dr. Omar Haddad",
            "place": "Children's hospital, day unit",
            "purpose": "Blood count and calcium",
            "status": "done",
            "fulfils": "blood_tests",
            "outcome": "Hemoglobin and platelets as usual for him; calcium normal.",
        },
        {
            "day": ago(40),
            "clock_time": "17:00",
            "specialty": "physiotherapy",
            "clinician": "",
            "place": "Children's hospital, rehabilitation",
            "purpose": "Gross motor assessment",
            "status": "cancelled",
            "outcome": "Cancelled by the hospital; new date to come by post.",
        },
        {
            "day": ago(27),
            "clock_time": "09:30",
            "specialty": "ophthalmology",
            "clinician": "Dr. Elena Ruiz",
            "place": "Children's hospital, eye clinic, 2nd floor",
            "purpose": "Eye review after the emergency visit",
            "status": "done",
            "fulfils": "eye_exam",
            "questions": [
                "He holds picture books very close to his face: is that his eyes?",
                "He bumps into the door frame on his left side.",
            ],
            "outcome": '"Vision stable." Optic discs unchanged. Visual evoked potentials at the '
            "next visit.",
        },
    ]
    upcoming = [
        {
            "day": ahead(12),
            "clock_time": "10:15",
            "specialty": "ophthalmology",
            "clinician": "Dr. Elena Ruiz",
            "place": "Children's hospital, eye clinic, 2nd floor",
            "purpose": "Eye exam and visual evoked potentials (VEP)",
            "fulfils": "eye_exam",
            "questions": [
                "Can we stay with him during the VEP test?",
                "He rubs his eyes a lot: is that something to watch?",
                "Should the eye exams be more frequent now?",
            ],
        },
        {
            "day": ahead(20),
            "clock_time": "08:45",
            "specialty": "hematology",
            "clinician": "Dr. Omar Haddad",
            "place": "Children's hospital, day unit",
            "purpose": "Blood count, calcium, phosphate and vitamin D",
            "fulfils": "blood_tests",
            "questions": ["Can the numbing cream go on at home before we leave?"],
        },
        {
            "day": ahead(41),
            "clock_time": "16:30",
            "specialty": "dental",
            "clinician": DENTIST,
            "place": DENTAL_PLACE,
            "purpose": "Six-monthly dental check",
            "fulfils": "dental_check",
            "questions": [
                "His two lower back molars have not come through: is that the osteopetrosis?",
                "How often should he have fluoride varnish?",
                "Does everyone at the clinic know to avoid extractions if possible?",
            ],
        },
        {
            "day": ahead(68),
            "clock_time": "11:20",
            "specialty": "genetics",
            "clinician": "",
            "place": "Regional genetics service",
            "purpose": "Family counselling",
            "questions": ["What does this mean for a sibling?"],
        },
    ]
    appointments = [visits.add(child.id, **item) for item in (*past, *upcoming)]
    first_dental = appointments[1]

    records = 0
    for tooth, months in ERUPTIONS:
        dental.record_eruption(child.id, tooth, add_months(child.birth_date, months))
        records += 1
    dental.add_event(
        child.id,
        day=ago(100),
        kind="gum_infection",
        tooth="64",
        notes="Gum swollen above a back tooth, won't chew on the left side.",
    )
    dental.add_event(
        child.id,
        day=ago(99),
        kind="visit",
        tooth="64",
        appointment_id=first_dental.id,
        notes="Seen the day after the swelling started.",
    )
    dental.add_event(
        child.id, day=ago(99), kind="cleaning", tooth="64", notes="Area cleaned by the dentist."
    )
    dental.add_event(child.id, day=ago(85), kind="visit", appointment_id=appointments[2].id)
    dental.add_event(child.id, day=ago(85), kind="fluoride_varnish")
    dental.add_event(child.id, day=ago(150), kind="sealants", notes="Sealants on the molars.")
    records += 6
    # Brushing most days of the last two months; fluoride toothpaste on most of those.
    for days_ago in range(1, 61):
        day = ago(days_ago)
        if rng.random() < 0.9:
            records += dental.set_daily_tick(child.id, "brushing", True, day)
            if rng.random() < 0.85:
                records += dental.set_daily_tick(child.id, "fluoride_toothpaste", True, day)
    return DemoCareCounts(len(appointments), records)
