"""A small family for the agenda and calendar tests: checks overdue, due soon and never
recorded, planned and unmarked appointments, doses given, due and not recorded."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from caregiver_app.core.clock import Clock, FixedClock
from caregiver_app.services.app import AppServices, open_app
from tests.conftest import FAMILY_ZONE, NOW
from tests.ui.medicines_helpers import add_medicine

# NOW (tests/conftest.py) is Saturday 21 November 2026, 10:00 in Madrid.
TRICKY_PURPOSE = 'Check VEP, OCT; "compare"\\ with March\nBring the old report'
TRICKY_PLACE = "Hospital Niño Jesús, Menéndez Pelayo 65; planta 2"


@contextmanager
def family_app(folder: Path, clock: Clock | None = None) -> Iterator[AppServices]:
    """The app on ``folder`` (a new diary if there is none), at NOW unless ``clock`` says
    otherwise, in the family's time zone; closed after the block, for a command to open."""
    app = open_app(folder, clock or FixedClock(NOW))
    try:
        app.settings.set_time_zone(FAMILY_ZONE)
        yield app
    finally:
        app.close()


def make_family(folder: Path) -> dict[str, object]:
    """Writes the family into ``folder``; returns the ids the tests look for."""
    clock = FixedClock(NOW - timedelta(days=30))
    with family_app(folder, clock) as app:
        app.settings.set_caregiver_name("Maria")
        child = app.family.add_child(name="Lucía", birth_date="2024-03-15", sex="female")
        meds = app.medicines
        # By mouth from 1 November (tests/ui/medicines_helpers.py).
        calcitriol = add_medicine(app, child, dose_unit="µg")
        add_medicine(app, child, "Calcium", times="09:00", dose_amount="250", dose_unit="mg")
        add_medicine(
            app,
            child,
            "Acetazolamide",
            times="14:00",
            days="mon wed fri",
            dose_amount="62.5",
            dose_unit="mg",
        )
        visits = app.appointments
        done_eye = visits.add(
            child.id,
            day="2026-08-01",
            clock_time="09:00",
            specialty="ophthalmology",
            status="done",
            fulfils="eye_exam",
            clinician="Dr. Ruiz",
        )
        done_hearing = visits.add(
            child.id,
            day="2026-06-01",
            clock_time="12:00",
            specialty="audiology_ent",
            status="done",
            fulfils="hearing_test",
        )
        clock.set(NOW)
        meds.log_dose(
            calcitriol.id,
            status="given",
            scheduled_date="2026-11-21",
            scheduled_time="08:00",
            given_date="2026-11-21",
            given_time="08:05",
        )
        unmarked = visits.add(
            child.id,
            day="2026-11-20",
            clock_time="16:00",
            specialty="dental",
            clinician="Dr. Laura Gil",
        )
        planned = visits.add(
            child.id,
            day="2026-11-23",
            clock_time="10:30",
            specialty="ophthalmology",
            clinician="Dr. Ruiz",
            place=TRICKY_PLACE,
            purpose=TRICKY_PURPOSE,
            questions=["Is the optic nerve stable?", "Next VEP, when?"],
            fulfils="eye_exam",
        )
        cancelled = visits.add(
            child.id,
            day="2026-12-02",
            clock_time="09:15",
            specialty="hematology",
            status="cancelled",
        )
        app.checks.record_done(
            child.id, "blood_tests", done_on="2026-09-15", result_notes="Hb 10.1, Ca 2.3"
        )
        kidney = app.checks.add_custom_check(
            child.id, name="Kidney ultrasound", interval=1, unit="months", set_by="Dr. Vega"
        )
        app.checks.record_done(child.id, kidney.key, done_on="2026-10-23")
        return {
            "child": child.id,
            "appointments": [done_eye.id, done_hearing.id, unmarked.id, planned.id, cancelled.id],
            "planned": planned.id,
            "kidney": kidney.key,
        }
