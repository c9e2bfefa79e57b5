"""Appointments and dental records on a real SQLite file: soft delete and undo, the
migration from the previous schema version keeping every row, and the CSV files' bad cases."""

from __future__ import annotations

from datetime import date

import pytest

from caregiver_app.core.clock import FixedClock
from caregiver_app.core.messages import ValidationFailed
from caregiver_app.core.records import DiaryFilter
from caregiver_app.services.app import open_app
from caregiver_app.services.appointments import AppointmentsService
from caregiver_app.services.dental import DentalService
from caregiver_app.storage.care_csv import read_appointment_csv, read_dental_csv
from caregiver_app.storage.migrations import MIGRATIONS, SCHEMA_VERSION, _v4_appointments_and_dental
from tests.conftest import NOW
from tests.storage.old_versions import STAMP, diary_at_version

MY_VERSION = MIGRATIONS.index(_v4_appointments_and_dental) + 1


def test_an_appointment_is_deleted_softly_and_undo_brings_it_back(services, child):
    visits = AppointmentsService.for_app(services)
    item = visits.add(child.id, day="2026-12-01", clock_time="09:30", specialty="dental")
    assert visits.delete(item.id)
    assert visits.appointments(child.id) == []
    assert visits.appointment(item.id).meta.deleted_at == NOW
    assert visits.undo_delete(item.id)
    [back] = visits.appointments(child.id)
    assert back.id == item.id
    assert back.meta.deleted_at is None


def test_dental_events_and_eruptions_are_deleted_softly_and_undone(services, child):
    dental = DentalService.for_app(services)
    event = dental.add_event(child.id, day="2026-11-01", kind="cleaning").event
    tooth = dental.record_eruption(child.id, "51", "2025-01-20")
    assert dental.delete_event(event.id)
    assert dental.delete_eruption(tooth.id)
    assert dental.events(child.id) == []
    assert dental.eruptions(child.id) == []
    assert dental.undo_delete_event(event.id)
    assert dental.undo_delete_eruption(tooth.id)
    assert [e.id for e in dental.events(child.id)] == [event.id]
    assert [(t.tooth, t.erupted_on) for t in dental.eruptions(child.id)] == [
        (51, date(2025, 1, 20))
    ]


def test_undoing_an_eruption_recorded_again_since_is_refused(services, child):
    dental = DentalService.for_app(services)
    first = dental.record_eruption(child.id, "51", "2025-01-20")
    dental.delete_eruption(first.id)
    dental.record_eruption(child.id, "51", "2025-01-25")
    assert not dental.undo_delete_eruption(first.id)


def test_a_database_at_the_previous_version_migrates_with_its_data_intact(tmp_path):
    folder = tmp_path / "family"
    with diary_at_version(folder, MY_VERSION - 1) as conn:
        conn.execute(
            "INSERT INTO children (id, created_at, updated_at, logged_by, name, birth_date) "
            "VALUES ('c' || hex(randomblob(15)), ?, ?, 'Ana', 'Lucía', '2024-03-15')",
            (STAMP, STAMP),
        )
        child_id = conn.execute("SELECT id FROM children").fetchone()[0]
        conn.execute(
            "INSERT INTO symptom_entries (id, created_at, updated_at, logged_by, child_id, "
            "occurred_at, zone, local_date, time_known, symptom, severity, notes) VALUES "
            "('e1', ?, ?, 'Ana', ?, ?, 'Europe/Madrid', '2025-12-31', 1, 'fever', 'mild', 'hot')",
            (STAMP, STAMP, child_id, STAMP),
        )

    services = open_app(folder, FixedClock(NOW))
    try:
        assert services.database.user_version() == SCHEMA_VERSION
        [lucia] = services.family.children()
        assert (lucia.id, lucia.name, lucia.meta.logged_by) == (child_id, "Lucía", "Ana")
        [entry] = services.diary.repository.entries(DiaryFilter(child_id))
        assert (entry.id, entry.notes) == ("e1", "hot")
        # The new tables work on the migrated file.
        visit = AppointmentsService.for_app(services).add(
            child_id, day="2026-12-01", clock_time="10:00", specialty="dental"
        )
        DentalService.for_app(services).add_event(
            child_id, day="2026-11-01", kind="visit", appointment_id=visit.id
        )
    finally:
        services.close()


APPOINTMENT_HEADER = "date,time,specialty,status,questions\r\n"


def read_appointments(text: str):
    return read_appointment_csv(
        text.encode("utf-8"), zone="Europe/Madrid", birth_date=date(2024, 3, 15), now=NOW
    )


def messages(error: pytest.ExceptionInfo[ValidationFailed]) -> list[str]:
    return [p.render_with_field() for p in error.value.problems]


def test_every_bad_appointment_row_is_reported_with_its_line_and_field():
    with pytest.raises(ValidationFailed) as failed:
        read_appointments(
            APPOINTMENT_HEADER
            + '2026-12-01,09:00,dental,planned,"Why?\nHow?"\r\n'  # lines 2-3
            + "2026-12-02,25:00,dental,,\r\n"
            + "2026-12-03,10:00,dentist,planned,\r\n"
            + "2026-12-04,10:00,dental\r\n"
        )
    assert messages(failed) == [
        "line 4: time: 25:00 is not a time of day (00:00 to 23:59)",
        "line 5: specialty: 'dentist' is not one of: ophthalmology, audiology_ent, dental, "
        "hematology, endocrinology, neurosurgery, genetics, orthopedics, physiotherapy, "
        "general_pediatrics, other",
        "line 6: row: has 3 values but the header names 5 columns",
    ]


def test_appointment_header_problems_are_on_line_1():
    with pytest.raises(ValidationFailed) as failed:
        read_appointments("date,mood\r\n")
    assert messages(failed) == [
        "line 1: mood: is not a column of this file (the columns are: date, time, specialty, "
        "status, clinician, place, purpose, questions, check, outcome, logged_by)",
        "line 1: time: required column is missing (the required columns are: date, time, "
        "specialty)",
        "line 1: specialty: required column is missing (the required columns are: date, time, "
        "specialty)",
    ]
    with pytest.raises(ValidationFailed) as failed:
        read_appointments("")
    assert messages(failed)[0].startswith("line 1: header: the file is empty")


def test_a_dental_file_with_two_days_for_one_tooth_names_the_later_line():
    data = (
        b"date,record,tooth,antibiotic_cover,notes\r\n"
        b"2025-01-20,eruption,51,,\r\n"
        b"2025-01-21,brushing,,,\r\n"
        b"2025-02-20,eruption,51,,\r\n"
        b"2025-02-21,extraction,74,,\r\n"
        b"2025-02-22,brushing,51,,\r\n"
    )
    with pytest.raises(ValidationFailed) as failed:
        read_dental_csv(data, birth_date=date(2024, 3, 15), today=date(2026, 11, 21))
    assert messages(failed) == [
        "line 5: antibiotic_cover: is required for a procedure or an extraction: given, "
        "not_given or unknown",
        "line 6: tooth: must be empty for a daily care tick (brushing)",
    ]
    good = data.replace(b",74,,", b",74,unknown,").replace(b"brushing,51", b"brushing,")
    with pytest.raises(ValidationFailed) as failed:
        read_dental_csv(good, birth_date=date(2024, 3, 15), today=date(2026, 11, 21))
    assert messages(failed) == [
        "line 4: date: tooth 51 is also recorded as coming through on 2025-01-20 (line 2); keep one"
    ]
