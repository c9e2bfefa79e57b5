"""The demo family's medicines and dose log: made up, as its care team might prescribe
(calcitriol and calcium by mouth twice a day, interferon gamma-1b under the skin three
times a week, fluoride varnish at dental visits), with a believable log: mostly on time,
a few late or skipped doses, and a few nobody recorded.

Seeded and relative to "today", so the same day always gives the same log; it goes through
the same checked CSV import as a family's files, inside the demo's one transaction."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from caregiver_app.core.records import Child
from caregiver_app.core.schedule import Schedule, ScheduleKind, occurrences
from caregiver_app.services.app import AppServices
from caregiver_app.services.medicines import MedicinesService
from caregiver_app.storage.medicines_interchange import dose_csv_bytes, medicine_csv_bytes

SEED = 20240316
PARENT_DAY = "Ana"
PARENT_EVENING = "Javier"
HEMATOLOGIST = "Dr. Omar Haddad"
DENTIST = "Dr. Laura Gil"

_SKIP_REASONS = (
    "Vomited just before, day unit said not to repeat it",
    "Asleep, did not want to wake him",
    "Ran out at home, pharmacy closed",
    "Fever, spoke to the day unit first",
)


@dataclass(frozen=True)
class DemoMedicines:
    medicines: int
    doses: int


def _plan(today: date, rng: random.Random) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    def ago(days: int) -> date:
        return today - timedelta(days=days)

    start = ago(170).isoformat()
    interferon_start = ago(160)
    medicines = [
        (
            "Calcitriol",
            "0.25",
            "microgram",
            "",
            "by_mouth",
            "fixed_times",
            "08:00 20:00",
            "",
            "",
            start,
            "",
            HEMATOLOGIST,
            "Calcium balance",
            "With milk.",
            "40",
            "10",
            PARENT_DAY,
        ),
        (
            "Calcium",
            "250",
            "mg",
            "",
            "by_mouth",
            "fixed_times",
            "08:00 20:00",
            "",
            "",
            start,
            "",
            HEMATOLOGIST,
            "Calcium balance",
            "Not within an hour of iron.",
            "",
            "",
            PARENT_DAY,
        ),
        (
            "Interferon gamma-1b",
            "50",
            "microgram/m²",
            "",
            "under_skin",
            "fixed_times",
            "18:00",
            "mon wed fri",
            "",
            interferon_start.isoformat(),
            "",
            HEMATOLOGIST,
            "Osteopetrosis (as prescribed by the hematology team)",
            "Rotate thighs. Paracetamol plan from the day unit if feverish.",
            "",
            "",
            PARENT_EVENING,
        ),
        (
            "Fluoride varnish",
            "",
            "",
            "applied by the dentist",
            "on_skin",
            "as_needed",
            "",
            "",
            "",
            start,
            "",
            DENTIST,
            "Protecting his teeth",
            "",
            "",
            "",
            PARENT_DAY,
        ),
    ]
    twice = Schedule(ScheduleKind.FIXED_TIMES, (time(8), time(20)))
    three_a_week = Schedule(ScheduleKind.FIXED_TIMES, (time(18),), frozenset({0, 2, 4}))
    doses: list[tuple[str, ...]] = []
    last = ago(1)
    plans = (
        ("Calcitriol", twice, ago(170)),
        ("Calcium", twice, ago(170)),
        ("Interferon gamma-1b", three_a_week, interferon_start),
    )
    for name, schedule, first in plans:
        # "UTC" only to walk the local days and times; the import places them in the zone.
        for occurrence in occurrences(schedule, "UTC", first, last):
            day, wall = occurrence.local_date, occurrence.wall_time
            by = PARENT_DAY if wall.hour < 12 else PARENT_EVENING
            roll = rng.random()
            scheduled = (name, day.isoformat(), wall.strftime("%H:%M"))
            if roll < 0.012:
                continue  # nobody recorded it
            if roll < 0.03:
                doses.append(
                    (
                        *scheduled[:1],
                        "skipped",
                        *scheduled[1:],
                        "",
                        "",
                        "",
                        rng.choice(_SKIP_REASONS),
                        "",
                        by,
                    )
                )
                continue
            delay = rng.randint(70, 150) if roll < 0.08 else rng.randint(-20, 35)
            given = datetime.combine(day, wall) + timedelta(minutes=delay)
            note = (
                "Evening out, given when we got home." if delay > 60 and rng.random() < 0.3 else ""
            )
            doses.append(
                (
                    name,
                    "given",
                    *scheduled[1:],
                    given.date().isoformat(),
                    given.strftime("%H:%M"),
                    by,
                    "",
                    note,
                    by,
                )
            )
    for days_ago, why in ((99, "Dental visit, gum swelling"), (40, "Routine dental check-up")):
        doses.append(
            (
                "Fluoride varnish",
                "given",
                "",
                "",
                ago(days_ago).isoformat(),
                "10:30",
                DENTIST,
                why,
                "",
                PARENT_DAY,
            )
        )
    doses.sort(key=lambda row: (row[4] or row[2], row[5] or row[3], row[0]))
    return medicines, doses


def add_demo_medicines(app: AppServices, child: Child, today: date) -> DemoMedicines:
    """Adds the demo's medicines and dose log for ``child`` (call inside the demo's
    transaction)."""
    medicines, doses = _plan(today, random.Random(SEED))
    service = MedicinesService.for_app(app)
    added = service.import_medicine_csv(child.id, medicine_csv_bytes(medicines))
    logged = service.import_dose_csv(child.id, dose_csv_bytes(doses))
    return DemoMedicines(added.added, logged.added)
