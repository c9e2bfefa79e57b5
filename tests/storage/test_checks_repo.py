"""Checks on a real SQLite file: the v5 migration from the previous version keeps every row
and adds working tables; a routine check's interval is one row per child, updated in place
with who set it and when; custom checks and records are deleted softly and undone."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from caregiver_app.core.appointments import RoutineCheck
from caregiver_app.core.checks import CheckRecordInput, CheckSettingInput, Interval, IntervalUnit
from caregiver_app.core.clock import FixedClock
from caregiver_app.services.app import open_app
from caregiver_app.storage.checks_repo import ChecksRepository
from caregiver_app.storage.migrations import MIGRATIONS, SCHEMA_VERSION, _v5_checks_and_reminders
from tests.conftest import NOW
from tests.storage.old_versions import STAMP, diary_at_version

MY_VERSION = MIGRATIONS.index(_v5_checks_and_reminders) + 1
THREE_MONTHS = CheckSettingInput(Interval(3, IntervalUnit.MONTHS), "Dr. Ruiz", None)


def test_a_diary_at_the_previous_version_migrates_with_its_rows_and_gets_the_new_tables(tmp_path):
    folder = tmp_path / "family"
    with diary_at_version(folder, MY_VERSION - 1) as conn:
        conn.execute(
            "INSERT INTO children (id, created_at, updated_at, logged_by, name, birth_date) "
            "VALUES ('c1', ?, ?, 'Ana', 'Lucía', '2024-03-15')",
            (STAMP, STAMP),
        )
        conn.execute(
            "INSERT INTO appointments (id, created_at, updated_at, child_id, starts_at, zone, "
            "local_date, local_time, specialty, status, fulfils) VALUES ('a1', ?, ?, 'c1', "
            "'2026-10-01T08:00:00.000000Z', 'Europe/Madrid', '2026-10-01', '10:00', "
            "'ophthalmology', 'done', 'eye_exam')",
            (STAMP, STAMP),
        )

    services = open_app(folder, FixedClock(NOW))
    try:
        assert services.database.user_version() == SCHEMA_VERSION >= MY_VERSION
        eye = services.checks.check("c1", "eye_exam")
        assert (eye.last_done, eye.next_due) == (date(2026, 10, 1), date(2027, 1, 1))
        services.checks.set_interval("c1", "eye_exam", interval=2, unit="months", set_by="Dr. R")
        assert services.reminders.catch_up() == []  # the reminder tables work too
    finally:
        services.close()


def test_a_routine_interval_is_one_row_per_child_updated_with_who_and_when(services, child):
    repo = ChecksRepository(services.database)
    first = repo.set_routine_interval(
        child.id, RoutineCheck.EYE_EXAM, THREE_MONTHS, is_suggestion=False, now=NOW, logged_by="M"
    )
    later = NOW + timedelta(days=3)
    again = repo.set_routine_interval(
        child.id,
        RoutineCheck.EYE_EXAM,
        CheckSettingInput(Interval(60, IntervalUnit.DAYS), "Dr. Vega", 7),
        is_suggestion=False,
        now=later,
        logged_by="M",
    )
    assert first == again
    [row] = repo.settings(child.id)
    assert (row.routine, row.interval, row.interval_set_by, row.interval_set_at, row.lead_days) == (
        RoutineCheck.EYE_EXAM,
        Interval(60, IntervalUnit.DAYS),
        "Dr. Vega",
        later,
        7,
    )
    with pytest.raises(sqlite3.IntegrityError):
        services.database.conn.execute(
            "INSERT INTO check_settings (id, created_at, updated_at, child_id, routine, "
            "interval_count, interval_unit) VALUES ('x', 'a', 'a', ?, 'eye_exam', 1, 'days')",
            (child.id,),
        )


def test_the_schema_refuses_a_custom_check_without_a_name_and_a_zero_interval(services, child):
    insert = (
        "INSERT INTO check_settings (id, created_at, updated_at, child_id, routine, name, "
        "interval_count, interval_unit) VALUES (?, 'a', 'a', ?, ?, ?, ?, 'days')"
    )
    for values in (("y", child.id, None, "", 3), ("z", child.id, None, "Scan", 0)):
        with pytest.raises(sqlite3.IntegrityError):
            services.database.conn.execute(insert, values)


def test_custom_checks_and_records_are_deleted_softly_and_undone(services, child):
    repo = ChecksRepository(services.database)
    key = repo.add_custom(child.id, "Kidney ultrasound", THREE_MONTHS, now=NOW, logged_by="M")
    record_id = repo.add_record(
        child.id, key, CheckRecordInput(date(2026, 11, 1), "normal"), now=NOW, logged_by="M"
    )
    assert repo.delete_setting(key, now=NOW)
    assert repo.delete_record(record_id, now=NOW)
    assert repo.settings(child.id) == []
    assert repo.records(child.id) == []
    assert repo.record(record_id).meta.deleted_at == NOW
    assert repo.undelete_setting(key, now=NOW)
    assert repo.undelete_record(record_id, now=NOW)
    assert [s.name for s in repo.settings(child.id)] == ["Kidney ultrasound"]
    [back] = repo.records(child.id, key)
    assert (back.done_on, back.result_notes) == (date(2026, 11, 1), "normal")
