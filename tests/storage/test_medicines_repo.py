"""Medicines, refills and the dose log on a real SQLite file: soft delete and undo, derived
stock, one answer per scheduled dose, and a version-2 diary migrated with its data intact."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from caregiver_app.core.clock import FixedClock
from caregiver_app.core.messages import ValidationFailed
from caregiver_app.core.records import DiaryFilter
from caregiver_app.services.app import open_app
from caregiver_app.services.medicines import MedicinesService
from caregiver_app.storage.database import DATABASE_FILENAME
from caregiver_app.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from tests.conftest import NOW
from tests.ui.medicines_helpers import CALCITRIOL

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def meds(services):
    return MedicinesService.for_app(services)


def calcitriol(meds, child, **extra):
    return meds.add_medicine(child.id, **{**CALCITRIOL, **extra})


def test_a_medicine_is_stored_and_read_back_whole(services, meds, child):
    saved = calcitriol(meds, child, prescriber="Dr Haddad", purpose="calcium", notes="with milk")
    again = MedicinesService.for_app(services).medicine(saved.id)
    assert again == saved
    assert (again.zone, again.meta.logged_by, again.prescriber) == (
        "Europe/Madrid",
        "Maria",
        "Dr Haddad",
    )


def test_deleting_a_medicine_or_a_dose_is_soft_and_can_be_undone(services, meds, child):
    medicine = calcitriol(meds, child)
    logged = meds.log_dose(
        medicine.id,
        status="given",
        scheduled_date="2026-11-20",
        scheduled_time="08:00",
        given_date="2026-11-20",
        given_time="08:05",
    )
    assert meds.delete_dose(logged.id)
    assert meds.doses(child.id) == []
    assert meds.dose(logged.id).meta.deleted_at is not None
    assert meds.undo_delete_dose(logged.id)
    assert [d.id for d in meds.doses(child.id)] == [logged.id]
    assert meds.delete_medicine(medicine.id)
    assert meds.medicines(child.id) == []
    assert meds.undo_delete_medicine(medicine.id)
    assert [m.id for m in meds.medicines(child.id)] == [medicine.id]


def test_stopping_a_medicine_keeps_it_and_its_doses(meds, child):
    medicine = calcitriol(meds, child)
    meds.log_dose(
        medicine.id,
        status="skipped",
        scheduled_date="2026-11-10",
        scheduled_time="20:00",
        reason="vomiting",
    )
    stopped = meds.stop_medicine(medicine.id, "2026-11-15")
    assert stopped.end_date == date(2026, 11, 15)
    assert meds.medicines(child.id, on=date(2026, 11, 20)) == []
    assert [m.id for m in meds.medicines(child.id)] == [medicine.id]
    assert len(meds.doses(child.id)) == 1
    with pytest.raises(ValidationFailed) as failed:
        meds.stop_medicine(medicine.id, "2026-10-01")
    assert failed.value.problems[0].field == "end_date"


def test_one_answer_per_scheduled_dose(meds, child):
    medicine = calcitriol(meds, child)
    meds.log_dose(
        medicine.id,
        status="given",
        scheduled_date="2026-11-20",
        scheduled_time="08:00",
        given_date="2026-11-20",
        given_time="08:05",
    )
    with pytest.raises(ValidationFailed) as failed:
        meds.log_dose(
            medicine.id,
            status="skipped",
            scheduled_date="2026-11-20",
            scheduled_time="08:00",
            reason="x",
        )
    assert failed.value.problems[0].render_with_field() == (
        "scheduled_time: the 08:00 dose of Calcitriol on 2026-11-20 is already in the log; "
        "edit that entry instead"
    )


def test_stock_on_hand_counts_refills_and_given_doses_since_the_count(services, meds, child):
    medicine = calcitriol(meds, child, stock="10", low_stock_level="9")
    assert meds.stock_on_hand(medicine.id) == 10
    assert meds.low_stock(child.id) == []
    # A dose given before the count (09:30 local, 08:30 UTC) is already counted out.
    services.clock.advance(timedelta(minutes=10))
    meds.log_dose(
        medicine.id,
        status="given",
        scheduled_date="2026-11-21",
        scheduled_time="08:00",
        given_date="2026-11-21",
        given_time="09:30",
    )
    assert meds.stock_on_hand(medicine.id) == 10
    meds.log_dose(
        medicine.id,
        status="given",
        scheduled_date="2026-11-20",
        scheduled_time="20:00",
        given_date="2026-11-21",
        given_time="10:05",
    )
    assert meds.stock_on_hand(medicine.id) == 9
    assert [(m.id, left) for m, left in meds.low_stock(child.id)] == [(medicine.id, 9)]
    meds.add_refill(medicine.id, quantity="30", notes="pharmacy")
    assert meds.stock_on_hand(medicine.id) == 39
    [refill] = meds.refills(medicine.id)
    assert (refill.quantity, refill.day, refill.notes) == (30, date(2026, 11, 21), "pharmacy")
    with pytest.raises(ValidationFailed) as failed:
        meds.add_refill(medicine.id, quantity="0")
    assert failed.value.problems[0].field == "quantity"


def test_due_doses_of_a_day_with_their_answers(meds, child):
    medicine = calcitriol(meds, child)
    meds.add_medicine(
        child.id,
        name="Interferon gamma-1b",
        dose_amount="50",
        dose_unit="microgram/m²",
        route="under_skin",
        schedule="fixed_times",
        times="18:00",
        days="mon wed fri",
        start_date="2026-11-01",
    )
    logged = meds.log_dose(
        medicine.id,
        status="given",
        scheduled_date="2026-11-20",
        scheduled_time="08:00",
        given_date="2026-11-20",
        given_time="08:05",
    )
    due = meds.due_doses(child.id, date(2026, 11, 20))  # a Friday
    assert [(d.medicine.name, d.occurrence.wall_time.hour) for d in due] == [
        ("Calcitriol", 8),
        ("Interferon gamma-1b", 18),
        ("Calcitriol", 20),
    ]
    assert [d.event.id if d.event else None for d in due] == [logged.id, None, None]


def _v2_database(folder: Path) -> None:
    """The frozen v1 fixture, migrated only as far as version 2 (as the app released it)."""
    folder.mkdir(parents=True)
    conn = sqlite3.connect(folder / DATABASE_FILENAME)
    conn.executescript((FIXTURES / "v1.sql").read_text(encoding="utf-8"))
    with conn:
        MIGRATIONS[1](conn)
        conn.execute(
            "INSERT INTO care_contacts VALUES ('cc000000000000000000000000000001', "
            "'2025-01-12T08:00:00.000000Z', '2025-01-12T08:00:00.000000Z', 'Maria', NULL, "
            "'c0ffee00000000000000000000000001', 'Dentist', 'Dr Gil', '+34 600', '', '')"
        )
        conn.execute(
            "INSERT INTO quiet_days VALUES ('qd000000000000000000000000000001', "
            "'2025-01-12T08:00:00.000000Z', '2025-01-12T08:00:00.000000Z', 'Maria', NULL, "
            "'c0ffee00000000000000000000000001', '2025-01-12')"
        )
        conn.execute("PRAGMA user_version = 2")
    conn.close()


def test_a_version_2_diary_is_migrated_with_all_its_data(tmp_path):
    folder = tmp_path / "family"
    _v2_database(folder)
    services = open_app(folder, FixedClock(NOW))
    try:
        assert services.database.user_version() == SCHEMA_VERSION >= 3
        [lucia] = services.family.children()
        assert (lucia.name, lucia.allergies) == ("Lucía", "penicillin")
        [(entry_id, _day)] = services.diary.ids_for(DiaryFilter(lucia.id))
        assert services.diary.entry(entry_id).symptom == "vomiting"
        assert services.diary.undo_delete("e0000000000000000000000000000002")
        [contact] = services.family.contacts(lucia.id)
        assert contact.name == "Dr Gil"
        assert [q.day for q in services.diary.quiet_days(lucia.id)] == [date(2025, 1, 12)]
        meds = MedicinesService.for_app(services)
        medicine = calcitriol(meds, lucia)
        assert meds.medicines(lucia.id) == [medicine]
    finally:
        services.close()


def test_a_period_reads_the_doses_that_answer_it_and_not_the_whole_log(services, meds, child):
    medicine = calcitriol(meds, child, start_date="2026-10-01")
    as_needed = meds.add_medicine(
        child.id,
        name="Paracetamol",
        dose_text="as the day unit said",
        route="by_mouth",
        schedule="as_needed",
        start_date="2026-10-01",
    )
    long_ago = meds.log_dose(
        medicine.id,
        status="given",
        scheduled_date="2026-10-02",
        scheduled_time="08:00",
        given_date="2026-10-02",
        given_time="08:00",
    )
    # Given three days late: it still answers the dose of 10 November.
    very_late = meds.log_dose(
        medicine.id,
        status="given",
        scheduled_date="2026-11-10",
        scheduled_time="20:00",
        given_date="2026-11-13",
        given_time="09:00",
    )
    for_pain = meds.log_dose(
        as_needed.id, status="given", given_date="2026-11-11", given_time="03:00", reason="pain"
    )

    found = meds.repository.doses_answering(child.id, date(2026, 11, 10), date(2026, 11, 11))

    ids = {event.id for event in found}
    assert {very_late.id, for_pain.id} <= ids
    assert long_ago.id not in ids
    [counted, _paracetamol] = meds.adherence(child.id, date(2026, 11, 10), date(2026, 11, 10))
    assert (counted.late, counted.not_recorded, counted.due) == (1, 1, 2)
    [morning, evening] = meds.due_doses(child.id, date(2026, 11, 10))
    assert morning.event is None
    assert evening.event == very_late
