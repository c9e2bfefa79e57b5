"""Appointment validation and the "last done" date of each routine check."""

from datetime import UTC, date, datetime, time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caregiver_app.core.appointments import (
    APPOINTMENT_CSV_COLUMNS,
    Appointment,
    AppointmentStatus,
    RoutineCheck,
    Specialty,
    last_done_checks,
    validate_appointment,
    validate_appointment_row,
)
from caregiver_app.core.messages import ValidationFailed
from caregiver_app.core.records import RecordMeta

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
BORN = date(2024, 3, 15)
ZONE = "Europe/Madrid"


def appointment(**overrides):
    values = {"day": "2026-12-01", "clock_time": "09:30", "specialty": "ophthalmology"}
    values.update(overrides)
    return validate_appointment(zone=ZONE, birth_date=BORN, now=NOW, **values)


def problems(**overrides):
    with pytest.raises(ValidationFailed) as failed:
        appointment(**overrides)
    return {(p.field, p.render()) for p in failed.value.problems}


def test_a_local_appointment_keeps_its_date_time_zone_and_utc_instant():
    item = appointment(questions=["Second question?", "First?"], clinician=" Dr Ruiz ")
    assert item.starts_at == datetime(2026, 12, 1, 8, 30, tzinfo=UTC)
    assert (item.zone, item.local_date, item.local_time) == (ZONE, date(2026, 12, 1), time(9, 30))
    assert item.specialty is Specialty.OPHTHALMOLOGY
    assert item.status is AppointmentStatus.PLANNED
    assert item.questions == ("Second question?", "First?")  # the family's order
    assert item.clinician == "Dr Ruiz"


def test_questions_typed_one_per_line_keep_order_and_drop_blank_lines():
    item = appointment(questions="Why?\n\n  \nHow often?\r\nWho to call?")
    assert item.questions == ("Why?", "How often?", "Who to call?")


def test_each_bad_field_is_named_with_a_plain_message():
    found = problems(
        day="2026-02-30",
        clock_time="9.30",
        specialty="cardiology",
        status="maybe",
        fulfils="x-ray",
        questions=["ok", "bad\x00"],
    )
    fields = {field for field, _ in found}
    assert fields == {"date", "time", "specialty", "status", "check", "questions"}
    assert (
        "specialty",
        "'cardiology' is not one of: " + ", ".join(s.value for s in Specialty),
    ) in (found)


def test_date_and_time_and_specialty_are_required():
    found = problems(day="", clock_time="", specialty="")
    assert found == {("date", "is required"), ("time", "is required"), ("specialty", "is required")}


def test_a_done_or_missed_appointment_cannot_be_in_the_future_but_planned_can():
    assert appointment(status="planned").status is AppointmentStatus.PLANNED
    assert problems(status="done") == {
        ("status", "cannot be done for an appointment that has not happened yet")
    }
    assert ("status", "cannot be missed for an appointment that has not happened yet") in problems(
        status="missed"
    )
    assert appointment(day="2026-11-20", status="done").status is AppointmentStatus.DONE


def test_dates_before_birth_far_ahead_or_in_a_dst_gap_are_refused():
    assert problems(day="2024-03-14") == {("date", "is before the child's birth date (2024-03-15)")}
    assert problems(day="2040-01-01") == {("date", "is more than 5 years ahead; check the year")}
    assert problems(day="2027-03-28", clock_time="02:30") == {
        (
            "time",
            "02:30 does not exist on 2027-03-28 in Europe/Madrid (the clocks went forward); "
            "check the time",
        )
    }


text_anything = st.text(max_size=30) | st.sampled_from(
    ["2026-11-20", "10:00", "dental", "done", "eye_exam", "2024-03-14", "24:00", "\ud800"]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(APPOINTMENT_CSV_COLUMNS), text_anything))
def test_any_csv_row_gives_an_appointment_or_field_named_problems_never_a_crash(row):
    try:
        item, _ = validate_appointment_row(row, line=7, zone=ZONE, birth_date=BORN, now=NOW)
    except ValidationFailed as failed:
        assert failed.problems
        for problem in failed.problems:
            assert problem.line == 7
            assert problem.field in APPOINTMENT_CSV_COLUMNS
            assert problem.render()
    else:
        assert item.starts_at.tzinfo is not None


def _stored(day: date, status: str, check: str | None, deleted: bool = False) -> Appointment:
    item = appointment(day=day.isoformat(), status=status, fulfils=check or "")
    meta = RecordMeta("a" * 32, NOW, NOW, "", NOW if deleted else None)
    return Appointment(meta, "c" * 32, **{k: getattr(item, k) for k in item.__dataclass_fields__})


def test_last_done_counts_only_done_appointments_that_fulfil_the_check():
    items = [
        _stored(date(2026, 5, 1), "done", "eye_exam"),
        _stored(date(2026, 9, 1), "done", "eye_exam"),
        _stored(date(2026, 10, 1), "cancelled", "eye_exam"),
        _stored(date(2026, 10, 2), "missed", "eye_exam"),
        _stored(date(2026, 10, 3), "done", "eye_exam", deleted=True),
        _stored(date(2026, 11, 1), "done", "hearing_test"),
        _stored(date(2026, 11, 2), "done", None),
    ]
    last = last_done_checks(items)
    assert last[RoutineCheck.EYE_EXAM] == date(2026, 9, 1)
    assert last[RoutineCheck.HEARING_TEST] == date(2026, 11, 1)
    assert last[RoutineCheck.BLOOD_TESTS] is None
    assert set(last) == set(RoutineCheck)
