"""Routine and custom checks: the shipped suggestions are flagged as suggestions with a
source, last done is the later of a done appointment and a manual record, next due follows
the interval, and the status moves on track -> due soon -> overdue and never back."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caregiver_app.core.appointments import (
    Appointment,
    AppointmentStatus,
    RoutineCheck,
    Specialty,
)
from caregiver_app.core.checks import (
    MAX_INTERVAL_DAYS,
    MAX_INTERVAL_MONTHS,
    CheckRecord,
    CheckSetting,
    CheckStatus,
    Interval,
    IntervalUnit,
    LastDoneSource,
    check_status,
    evaluate_checks,
    parse_interval_suggestions,
    validate_check_record,
    validate_check_setting,
    validate_custom_check_name,
)
from caregiver_app.core.messages import ValidationFailed
from caregiver_app.core.records import RecordMeta
from caregiver_app.services.checks import check_intervals_path, load_interval_suggestions

STAMP = datetime(2026, 1, 1, tzinfo=UTC)
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 21)
CHILD = "c" * 32
BORN = date(2024, 3, 15)


def meta(record_id: str, deleted: bool = False) -> RecordMeta:
    return RecordMeta(record_id, STAMP, STAMP, "Maria", STAMP if deleted else None)


def visit(
    day: date,
    status: AppointmentStatus = AppointmentStatus.DONE,
    fulfils: RoutineCheck | None = RoutineCheck.EYE_EXAM,
    outcome: str = "",
    deleted: bool = False,
) -> Appointment:
    starts = datetime.combine(day, time(9, 0), tzinfo=UTC)
    return Appointment(
        meta(f"a{day.isoformat()}{status.value}", deleted),
        CHILD,
        starts,
        "UTC",
        day,
        time(9, 0),
        Specialty.OPHTHALMOLOGY,
        "",
        "",
        "",
        (),
        status,
        fulfils,
        outcome,
    )


def record(day: date, key: str = "eye_exam", notes: str = "", deleted: bool = False) -> CheckRecord:
    return CheckRecord(meta(f"r{day.isoformat()}{key}", deleted), CHILD, key, day, notes)


def states(appointments=(), records=(), settings=(), today: date = TODAY, now: datetime = NOW):
    found = evaluate_checks(
        child_id=CHILD,
        settings=settings,
        suggestions=load_interval_suggestions(),
        appointments=appointments,
        records=records,
        default_lead_days=14,
        today=today,
        now=now,
    )
    return {state.key: state for state in found}


def test_the_shipped_suggestions_cover_every_routine_check_each_flagged_with_its_source():
    data = json.loads(check_intervals_path().read_text(encoding="utf-8"))
    suggestions = parse_interval_suggestions(data)
    assert set(suggestions) == set(RoutineCheck)
    for suggestion in suggestions.values():
        assert suggestion.confirm_with_care_team is True
        assert suggestion.source.strip()
        assert suggestion.why.strip()
    assert "No guideline interval could be confirmed" in data["about"]


def test_a_suggestion_file_without_the_confirm_flag_or_a_check_is_refused():
    data = json.loads(check_intervals_path().read_text(encoding="utf-8"))
    data["checks"][0]["suggestion_to_confirm_with_care_team"] = False
    with pytest.raises(ValueError, match="incomplete"):
        parse_interval_suggestions(data)
    data = json.loads(check_intervals_path().read_text(encoding="utf-8"))
    del data["checks"][-1]
    with pytest.raises(ValueError, match="growth_measurement"):
        parse_interval_suggestions(data)


def test_months_keep_the_day_and_the_31st_becomes_the_last_day_of_a_short_month():
    assert Interval(3, IntervalUnit.MONTHS).after(date(2026, 11, 30)) == date(2027, 2, 28)
    assert Interval(1, IntervalUnit.MONTHS).after(date(2028, 1, 31)) == date(2028, 2, 29)
    assert Interval(6, IntervalUnit.MONTHS).after(date(2026, 3, 15)) == date(2026, 9, 15)
    assert Interval(90, IntervalUnit.DAYS).after(date(2026, 1, 1)) == date(2026, 4, 1)


def test_status_is_due_soon_from_the_lead_window_through_the_due_day_then_overdue():
    due = date(2026, 12, 15)
    assert check_status(due, date(2026, 11, 30), 14) is CheckStatus.ON_TRACK
    assert check_status(due, date(2026, 12, 1), 14) is CheckStatus.DUE_SOON
    assert check_status(due, due, 14) is CheckStatus.DUE_SOON
    assert check_status(due, date(2026, 12, 16), 14) is CheckStatus.OVERDUE
    assert check_status(due, due, 0) is CheckStatus.DUE_SOON
    assert check_status(None, TODAY, 14) is CheckStatus.NOT_RECORDED


def test_with_nothing_recorded_every_routine_check_uses_its_suggestion_and_has_no_due_day():
    found = states()
    assert list(found) == [check.value for check in RoutineCheck]
    eye = found["eye_exam"]
    assert (eye.status, eye.next_due, eye.last_done) == (CheckStatus.NOT_RECORDED, None, None)
    assert eye.interval_is_suggestion
    assert eye.interval_set_by == ""
    assert eye.suggestion
    assert eye.interval == Interval(3, IntervalUnit.MONTHS)


def test_last_done_is_the_later_of_a_done_appointment_and_a_record():
    found = states(
        appointments=[visit(date(2026, 6, 1), outcome="VEP stable")],
        records=[record(date(2026, 5, 1), notes="older")],
    )["eye_exam"]
    assert (found.last_done, found.last_done_source) == (
        date(2026, 6, 1),
        LastDoneSource.APPOINTMENT,
    )
    assert found.last_result_notes == "VEP stable"
    assert found.next_due == date(2026, 9, 1)
    assert found.status is CheckStatus.OVERDUE

    newer = states(
        appointments=[visit(date(2026, 6, 1))],
        records=[record(date(2026, 10, 2), notes="Vision 0.8 both eyes")],
    )["eye_exam"]
    assert (newer.last_done, newer.last_done_source) == (date(2026, 10, 2), LastDoneSource.RECORD)
    assert newer.last_result_notes == "Vision 0.8 both eyes"
    assert newer.next_due == date(2027, 1, 2)
    assert newer.status is CheckStatus.ON_TRACK


def test_planned_cancelled_missed_and_deleted_appointments_and_deleted_records_do_not_count():
    found = states(
        appointments=[
            visit(date(2026, 11, 1), AppointmentStatus.CANCELLED),
            visit(date(2026, 11, 2), AppointmentStatus.MISSED),
            visit(date(2026, 11, 3), deleted=True),
            visit(date(2026, 12, 3), AppointmentStatus.PLANNED),
            visit(date(2026, 10, 1), fulfils=RoutineCheck.HEARING_TEST),
        ],
        records=[record(date(2026, 11, 4), deleted=True)],
    )
    eye = found["eye_exam"]
    assert eye.last_done is None
    assert eye.status is CheckStatus.NOT_RECORDED
    assert eye.planned_on == date(2026, 12, 3)
    assert found["hearing_test"].last_done == date(2026, 10, 1)


def test_a_set_interval_replaces_the_suggestion_with_who_set_it_and_its_own_lead_days():
    setting = CheckSetting(
        meta("s1"),
        CHILD,
        RoutineCheck.EYE_EXAM,
        "",
        Interval(2, IntervalUnit.MONTHS),
        False,
        "Dr. Ruiz (eye clinic)",
        STAMP,
        30,
    )
    eye = states(appointments=[visit(date(2026, 10, 1))], settings=[setting])["eye_exam"]
    assert eye.interval == Interval(2, IntervalUnit.MONTHS)
    assert not eye.interval_is_suggestion
    assert (eye.interval_set_by, eye.interval_set_at) == ("Dr. Ruiz (eye clinic)", STAMP)
    assert eye.next_due == date(2026, 12, 1)
    assert eye.lead_days == 30
    assert eye.status is CheckStatus.DUE_SOON


def test_custom_checks_follow_the_routine_ones_by_name_and_count_only_their_records():
    kidney = CheckSetting(
        meta("k" * 32), CHILD, None, "kidney ultrasound", Interval(1, IntervalUnit.MONTHS),
        False, "Dr. Vega", STAMP, None,
    )  # fmt: skip
    another = CheckSetting(
        meta("b" * 32), CHILD, None, "Bone scan", Interval(400, IntervalUnit.DAYS),
        False, "Dr. Vega", STAMP, 0,
    )  # fmt: skip
    found = states(settings=[kidney, another], records=[record(date(2026, 10, 1), "k" * 32)])
    assert list(found)[-2:] == ["b" * 32, "k" * 32]
    assert found["k" * 32].name == "kidney ultrasound"
    assert found["k" * 32].is_custom
    assert found["k" * 32].next_due == date(2026, 11, 1)
    assert found["k" * 32].status is CheckStatus.OVERDUE
    assert found["b" * 32].status is CheckStatus.NOT_RECORDED


@pytest.mark.parametrize(
    ("fields", "bad"),
    [
        ({"interval": "", "unit": "months", "set_by": "Dr. A"}, {"interval"}),
        ({"interval": "0", "unit": "months", "set_by": "Dr. A"}, {"interval"}),
        ({"interval": "121", "unit": "months", "set_by": "Dr. A"}, {"interval"}),
        ({"interval": "3.5", "unit": "days", "set_by": "Dr. A"}, {"interval"}),
        ({"interval": "3", "unit": "weeks", "set_by": "Dr. A"}, {"unit"}),
        ({"interval": "3", "unit": "months", "set_by": "  "}, {"set_by"}),
        ({"interval": "3", "unit": "months", "set_by": "A", "lead_days": "-1"}, {"lead_days"}),
        ({"interval": "x", "unit": "", "set_by": "", "lead_days": "400"}, {
            "interval", "unit", "set_by", "lead_days"}),
    ],
)  # fmt: skip
def test_a_bad_interval_names_each_bad_field(fields, bad):
    with pytest.raises(ValidationFailed) as failed:
        validate_check_setting(**fields)
    assert {p.field for p in failed.value.problems} == bad


def test_a_good_interval_reads_numbers_and_units_in_any_case():
    checked = validate_check_setting(interval=" 6 ", unit="Months", set_by=" Dr. A ", lead_days="")
    assert (checked.interval, checked.set_by, checked.lead_days) == (
        Interval(6, IntervalUnit.MONTHS),
        "Dr. A",
        None,
    )
    assert validate_check_setting(interval=10, unit="days", set_by="B", lead_days=3).lead_days == 3


def test_a_custom_check_name_must_be_new_ignoring_case():
    assert validate_custom_check_name(" Kidney ultrasound ", ["Eye exam"]) == "Kidney ultrasound"
    with pytest.raises(ValidationFailed) as failed:
        validate_custom_check_name("eye EXAM", ["Eye exam"])
    assert failed.value.problems[0].field == "name"
    with pytest.raises(ValidationFailed):
        validate_custom_check_name("two\nlines")


def test_a_check_record_cannot_be_in_the_future_or_before_birth():
    good = validate_check_record(
        done_on="2026-11-21", result_notes="fine\nsecond line", birth_date=BORN, today=TODAY
    )
    assert (good.done_on, good.result_notes) == (TODAY, "fine\nsecond line")
    for day in ("2026-11-22", "2024-03-14", "2026-02-30", ""):
        with pytest.raises(ValidationFailed) as failed:
            validate_check_record(done_on=day, result_notes="", birth_date=BORN, today=TODAY)
        assert [p.field for p in failed.value.problems] == ["done_on"]


anything = st.one_of(
    st.none(), st.text(max_size=12), st.integers(-10, 5000), st.booleans(), st.floats()
)


@given(anything, anything, anything, anything)
def test_any_interval_input_gives_a_valid_setting_or_field_named_problems(count, unit, who, lead):
    try:
        checked = validate_check_setting(interval=count, unit=unit, set_by=who, lead_days=lead)
    except ValidationFailed as failed:
        assert failed.problems
        assert {p.field for p in failed.problems} <= {"interval", "unit", "set_by", "lead_days"}
        for problem in failed.problems:
            assert problem.render()
    else:
        limit = (
            MAX_INTERVAL_MONTHS
            if checked.interval.unit is IntervalUnit.MONTHS
            else (MAX_INTERVAL_DAYS)
        )
        assert 1 <= checked.interval.count <= limit
        assert checked.set_by.strip()
        assert checked.lead_days is None or 0 <= checked.lead_days <= 365


@given(
    st.dates(date(2000, 1, 1), date(2040, 12, 31)),
    st.integers(1, MAX_INTERVAL_MONTHS),
    st.sampled_from(IntervalUnit),
    st.integers(0, 365),
)
def test_next_due_is_after_last_done_and_the_status_never_goes_back(last, count, unit, lead):
    interval = Interval(count, unit)
    due = interval.after(last)
    assert due > last
    order = [CheckStatus.ON_TRACK, CheckStatus.DUE_SOON, CheckStatus.OVERDUE]
    seen = [
        order.index(check_status(due, last + timedelta(days=offset), lead))
        for offset in range(0, (due - last).days + 3)
    ]
    assert seen == sorted(seen)
    assert check_status(due, due + timedelta(days=1), lead) is CheckStatus.OVERDUE
    assert check_status(due, due, lead) is CheckStatus.DUE_SOON


@given(st.text(max_size=30), st.dates(date(2020, 1, 1), date(2030, 1, 1)))
def test_any_record_input_gives_a_record_or_a_done_on_or_notes_problem(notes, day):
    try:
        checked = validate_check_record(
            done_on=day.isoformat(), result_notes=notes, birth_date=BORN, today=TODAY
        )
    except ValidationFailed as failed:
        assert {p.field for p in failed.problems} <= {"done_on", "result_notes"}
    else:
        assert BORN <= checked.done_on <= TODAY
        assert checked.result_notes == notes
