"""Checks on a real diary: suggestions until the care team's interval is recorded (with who
and when), last done from done appointments or records, custom checks, delete and undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from caregiver_app.core.checks import CheckStatus, Interval, IntervalUnit, LastDoneSource
from caregiver_app.core.messages import ValidationFailed
from tests.conftest import NOW


def test_every_routine_check_starts_at_a_suggestion_with_no_record(services, child):
    found = services.checks.checks(child.id)
    assert [s.key for s in found] == [
        "eye_exam",
        "hearing_test",
        "dental_check",
        "blood_tests",
        "growth_measurement",
    ]
    assert all(s.interval_is_suggestion and s.status is CheckStatus.NOT_RECORDED for s in found)
    assert all(s.lead_days == 14 for s in found)  # the reminder preference


def test_setting_an_interval_records_who_and_when_and_moves_the_due_day(services, child, clock):
    services.appointments.add(
        child.id,
        day="2026-09-01",
        clock_time="09:00",
        specialty="ophthalmology",
        status="done",
        fulfils="eye_exam",
        outcome="VEP normal",
    )
    eye = services.checks.check(child.id, "eye_exam")
    assert (eye.next_due, eye.status) == (date(2026, 12, 1), CheckStatus.DUE_SOON)
    clock.advance(timedelta(minutes=5))
    eye = services.checks.set_interval(
        child.id, "eye_exam", interval="6", unit="months", set_by="Dr. Ruiz", lead_days="30"
    )
    assert (eye.interval, eye.interval_is_suggestion) == (Interval(6, IntervalUnit.MONTHS), False)
    assert (eye.interval_set_by, eye.interval_set_at) == ("Dr. Ruiz", NOW + timedelta(minutes=5))
    assert (eye.next_due, eye.lead_days, eye.status) == (
        date(2027, 3, 1),
        30,
        CheckStatus.ON_TRACK,
    )
    assert (eye.last_done_source, eye.last_result_notes) == (
        LastDoneSource.APPOINTMENT,
        "VEP normal",
    )


def test_a_bad_interval_changes_nothing_and_names_the_field(services, child):
    with pytest.raises(ValidationFailed) as failed:
        services.checks.set_interval(child.id, "eye_exam", interval="0", unit="months", set_by="")
    assert {p.field for p in failed.value.problems} == {"interval", "set_by"}
    assert services.checks.check(child.id, "eye_exam").interval_is_suggestion


def test_a_record_with_result_notes_counts_as_last_done(services, child):
    record = services.checks.record_done(
        child.id, "blood_tests", done_on="2026-11-01", result_notes="Calcium 2.3 mmol/L"
    )
    blood = services.checks.check(child.id, "blood_tests")
    assert (blood.last_done, blood.last_done_source) == (date(2026, 11, 1), LastDoneSource.RECORD)
    assert blood.last_result_notes == "Calcium 2.3 mmol/L"
    assert services.checks.delete_record(record.id)
    assert services.checks.check(child.id, "blood_tests").last_done is None
    assert services.checks.undo_delete_record(record.id)
    assert services.checks.check(child.id, "blood_tests").last_done == date(2026, 11, 1)
    with pytest.raises(ValidationFailed) as failed:
        services.checks.record_done(child.id, "blood_tests", done_on="2026-11-22")
    assert [p.field for p in failed.value.problems] == ["done_on"]


def test_a_custom_check_is_added_renamed_deleted_and_undone(services, child):
    kidney = services.checks.add_custom_check(
        child.id, name="Kidney ultrasound", interval=12, unit="months", set_by="Dr. Vega"
    )
    assert kidney.is_custom
    assert (kidney.name, kidney.interval_set_by, kidney.interval_set_at) == (
        "Kidney ultrasound",
        "Dr. Vega",
        NOW,
    )
    with pytest.raises(ValidationFailed) as failed:
        services.checks.add_custom_check(
            child.id, name="kidney ULTRASOUND", interval=1, unit="days", set_by="A"
        )
    assert [p.field for p in failed.value.problems] == ["name"]
    with pytest.raises(ValidationFailed):
        services.checks.add_custom_check(
            child.id, name="Eye exam", interval=1, unit="days", set_by="A"
        )
    services.checks.record_done(child.id, kidney.key, done_on="2026-06-01")
    renamed = services.checks.update_custom_check(
        child.id, kidney.key, name="Kidney scan", interval=6, unit="months", set_by="Dr. Vega"
    )
    assert (renamed.name, renamed.next_due) == ("Kidney scan", date(2026, 12, 1))
    assert services.checks.delete_custom_check(child.id, kidney.key)
    assert kidney.key not in [s.key for s in services.checks.checks(child.id)]
    assert services.checks.undo_delete_custom_check(child.id, kidney.key)
    assert services.checks.check(child.id, kidney.key).last_done == date(2026, 6, 1)


def test_routine_checks_cannot_be_deleted(services, child):
    with pytest.raises(KeyError):
        services.checks.delete_custom_check(child.id, "eye_exam")
