"""A realistic, made-up demo family, so a family or a clinician can try the app on data
that looks like six months of real life.

Everything is relative to the app clock's "now" and seeded, so the same "now" always gives
the same family. The diary rows go through the same checked import path as a family's CSV
file; the whole demo is one transaction (it lands completely or not at all)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from caregiver_app.core.messages import QT_TRANSLATE_NOOP, UserError
from caregiver_app.core.records import Child
from caregiver_app.services.app import AppServices
from caregiver_app.services.demo_care import add_demo_care
from caregiver_app.services.demo_emergency import add_demo_emergency
from caregiver_app.services.demo_medicines import add_demo_medicines
from caregiver_app.services.interchange import InterchangeService
from caregiver_app.storage.interchange import symptom_csv_bytes

DEMO_CHILD_NAME = "Sami"
# Kept in the child's notes: how the demo recognises its own family.
DEMO_NOTE = "Demo family: made-up data to try the app. Delete this child when you are done."
DEMO_DAYS = 182
SEED = 20240315

PARENT_DAY = "Ana"
PARENT_EVENING = "Javier"

CARE_TEAM = (
    (
        "Pediatric ophthalmologist",
        "Dr. Elena Ruiz",
        "+34 600 000 001",
        "eyes@example.org",
        "Children's hospital, eye clinic, 2nd floor",
    ),
    (
        "Audiologist",
        "Pablo Medina",
        "+34 600 000 002",
        "",
        "Children's hospital, hearing unit",
    ),
    (
        "Pediatric dentist",
        "Dr. Laura Gil",
        "+34 600 000 003",
        "",
        "Sonrisas dental clinic, Calle Mayor 12",
    ),
    (
        "Hematologist",
        "Dr. Omar Haddad",
        "+34 600 000 004",
        "hematology@example.org",
        "Children's hospital, day unit",
    ),
    (
        "General pediatrician",
        "Dr. Carmen Soto",
        "+34 600 000 005",
        "",
        "Las Acacias health centre",
    ),
)

Row = tuple[str, str, str, str, str, str]


@dataclass(frozen=True)
class DemoResult:
    child: Child
    created: bool  # False when the demo family was already there (nothing was added)
    contacts: int = 0
    entries: int = 0
    quiet_days: int = 0
    appointments: int = 0
    dental_records: int = 0
    medicines: int = 0
    doses: int = 0


def _months_before(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, min(day.day, 28))


class _Diary:
    """Collects the demo's diary rows, day by day."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.rows: list[Row] = []
        self.days: set[date] = set()

    def add(
        self,
        day: date,
        clock_time: str,
        symptom: str,
        severity: str,
        notes: str = "",
        logged_by: str = "",
    ) -> None:
        if not logged_by:
            evening = clock_time >= "17:00" or day.weekday() >= 5
            logged_by = PARENT_EVENING if evening and self.rng.random() < 0.7 else PARENT_DAY
        self.rows.append((day.isoformat(), clock_time, symptom, severity, notes, logged_by))
        self.days.add(day)

    def time_between(self, first_hour: int, last_hour: int) -> str:
        return f"{self.rng.randint(first_hour, last_hour):02d}:{self.rng.randrange(0, 60, 5):02d}"


_CONGESTION_NOTES = (
    "Blocked nose again, snoring at night.",
    "Runny nose, clear. Saline drops before bed.",
    "Breathing through his mouth while asleep.",
    "Nose still stuffy, eating fine.",
    "Woke twice because of his nose.",
    "",
    "",
)
_IRRITABLE_NOTES = (
    "Hard to settle at bedtime, took an hour.",
    "Grumpy all afternoon, wanted to be carried.",
    "Crying more than usual, no fever.",
    "Chewing everything, maybe teeth?",
    "Clingy after nursery.",
    "",
)


def _plan_diary(today: date, rng: random.Random) -> tuple[list[Row], set[date], set[date]]:
    """The demo's diary rows, the days that have entries, and the unlogged days."""
    diary = _Diary(rng)

    def ago(days: int) -> date:
        return today - timedelta(days=days)

    # Recurring blocked noses, each a few days long, often with an unsettled evening.
    # The last one is still going on: the diary ends with a few recent entries.
    for start in (171, 143, 112, 83, 51, 22, 6):
        for offset in range(rng.randint(3, 6)):
            day = ago(start - offset)
            severity = "moderate" if offset in (1, 2) and rng.random() < 0.5 else "mild"
            diary.add(
                day,
                diary.time_between(7, 9),
                "nasal_congestion",
                severity,
                rng.choice(_CONGESTION_NOTES),
            )
            if rng.random() < 0.5:
                diary.add(
                    day,
                    diary.time_between(19, 21),
                    "irritability",
                    "mild",
                    rng.choice(_IRRITABLE_NOTES),
                )

    # Unsettled days now and then, sometimes noted only the next morning (no time).
    for days_ago in rng.sample(range(3, DEMO_DAYS - 1), 9):
        clock_time = "" if rng.random() < 0.3 else diary.time_between(16, 21)
        diary.add(ago(days_ago), clock_time, "irritability", "mild", rng.choice(_IRRITABLE_NOTES))

    # A fever stretch at the end of one of the colds.
    fever = (
        ("07:10", "moderate", "38.2 °C under the arm. Quiet, drinking OK."),
        ("19:45", "moderate", "38.6 °C at bedtime. Called the day unit for advice."),
        ("08:30", "severe", "39.1 °C, very flat and clingy. Seen at the day unit, bloods taken."),
        ("20:15", "moderate", "38.4 °C. Blood count came back as usual for him."),
        ("07:50", "mild", "37.8 °C, ate a bit of toast."),
        ("", "mild", "No fever since last night. Still tired."),
    )
    for index, (clock_time, severity, notes) in enumerate(fever):
        diary.add(ago(79 - index // 2), clock_time, "fever", severity, notes)
    diary.add(ago(78), "", "poor_feeding", "moderate", "Hardly ate all day, only milk.")

    # A bone-pain scare after a fall.
    diary.add(
        ago(125),
        "17:20",
        "bone_pain",
        "severe",
        "Fell off the sofa onto his left arm. Screams when we touch the forearm.",
        PARENT_EVENING,
    )
    diary.add(
        ago(124),
        "10:05",
        "limp_or_delayed_movement",
        "moderate",
        "Not using the left arm. X-ray at the hospital: no fracture, sling for a few days.",
        PARENT_DAY,
    )
    diary.add(ago(122), "09:15", "bone_pain", "mild", "Using the arm again, still careful.")

    # A tooth problem, seen by the dentist.
    diary.add(
        ago(100),
        "13:30",
        "tooth_problem",
        "moderate",
        "Gum swollen above a back tooth, won't chew on the left side.",
        PARENT_DAY,
    )
    diary.add(
        ago(99),
        "",
        "tooth_problem",
        "mild",
        "Dentist saw him: cleaned the area, mouthwash, review in two weeks. No extraction.",
        PARENT_DAY,
    )
    diary.add(ago(99), "20:30", "irritability", "moderate", "Sore mouth, grumpy at dinner.")

    # One worrying morning: vomiting and headache.
    diary.add(
        ago(33),
        "07:40",
        "vomiting",
        "severe",
        "Vomited twice before breakfast. No fever.",
        PARENT_DAY,
    )
    diary.add(
        ago(33),
        "08:05",
        "headache",
        "severe",
        "Holding his head and crying when moved. Went to the emergency department: eyes "
        "checked, home by 14:00, eye clinic to review next week.",
        PARENT_DAY,
    )
    diary.add(ago(33), "16:00", "lethargy", "mild", "Slept most of the afternoon, woke normally.")

    # Vision: small things worth showing the eye clinic.
    diary.add(
        ago(150),
        "18:10",
        "vision_change",
        "mild",
        "Holds picture books very close to his face. Ask the eye clinic.",
    )
    diary.add(
        ago(46),
        "",
        "eye_other",
        "mild",
        "Rubbing his eyes a lot today, no redness.",
    )
    diary.add(
        ago(27),
        "11:00",
        "vision_change",
        "mild",
        'Eye clinic: "vision stable". Still bumps into the door frame on his left side.',
        PARENT_DAY,
    )

    # Days nobody logged: a long weekend away and a few busy days.
    unlogged = {ago(days) for days in (64, 65, 66, 138, 139)}
    free = [
        ago(days)
        for days in range(1, DEMO_DAYS + 1)
        if ago(days) not in diary.days and ago(days) not in unlogged
    ]
    unlogged.update(rng.sample(free, 11))
    return diary.rows, diary.days, unlogged


def find_demo_child(app: AppServices) -> Child | None:
    """The demo family's child if it is here; a clear error if another child has its name."""
    for child in app.family.children():
        if child.name.casefold() == DEMO_CHILD_NAME.casefold():
            if DEMO_NOTE in child.notes:
                return child
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A child called {name} is already in this diary, so the demo family "
                    "(whose child has that name) was not added.",
                ),
                name=child.name,
            )
    return None


def add_demo_family(app: AppServices, *, seed: int = SEED) -> DemoResult:
    """Adds the demo family (child, care team, six months of diary) unless it is there."""
    existing = find_demo_child(app)
    if existing is not None:
        return DemoResult(existing, created=False)
    rng = random.Random(seed)
    today = app.diary.today()
    rows, symptom_days, unlogged = _plan_diary(today, rng)
    with app.database.transaction():
        child = app.family.add_child(
            name=DEMO_CHILD_NAME,
            birth_date=_months_before(today, 32) - timedelta(days=9),
            sex="male",
            allergies="None known",
            notes=DEMO_NOTE,
        )
        for role, name, phone, email, place in CARE_TEAM:
            app.family.add_contact(
                child.id, role=role, name=name, phone=phone, email=email, place=place
            )
        imported = InterchangeService.for_app(app).import_symptom_csv(
            child.id, symptom_csv_bytes(rows)
        )
        quiet = 0
        for days_ago in range(1, DEMO_DAYS + 1):
            day = today - timedelta(days=days_ago)
            if day not in symptom_days and day not in unlogged:
                quiet += app.diary.mark_nothing_unusual(child.id, day)
        care = add_demo_care(app, child, today)
        medicine_log = add_demo_medicines(app, child, today)
        add_demo_emergency(app, child, today)
    return DemoResult(
        child,
        True,
        len(CARE_TEAM),
        imported.added,
        quiet,
        care.appointments,
        care.dental_records,
        medicines=medicine_log.medicines,
        doses=medicine_log.doses,
    )
