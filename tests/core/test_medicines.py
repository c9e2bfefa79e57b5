"""Medicines and doses are checked like diary entries: a record, or problems naming their
field; odd strings never crash."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caregiver_app.core.medicines import (
    DOSE_CSV_COLUMNS,
    MEDICINE_CSV_COLUMNS,
    DoseStatus,
    Medicine,
    Route,
    find_medicine,
    validate_dose,
    validate_dose_row,
    validate_medicine,
    validate_medicine_row,
)
from caregiver_app.core.messages import ValidationFailed
from caregiver_app.core.records import RecordMeta
from caregiver_app.core.schedule import Schedule, ScheduleKind

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
BORN = date(2024, 3, 15)
STAMP = datetime(2026, 1, 1, tzinfo=UTC)
ZONE = "Europe/Madrid"


def med(**overrides):
    values = {
        "name": "Calcitriol",
        "dose_amount": "0.25",
        "dose_unit": "microgram",
        "route": "by_mouth",
        "schedule": "fixed_times",
        "times": "20:00 08:00",
        "start_date": "2026-01-01",
    }
    values.update(overrides)
    return validate_medicine(birth_date=BORN, **values)


def med_problems(**overrides):
    with pytest.raises(ValidationFailed) as failed:
        med(**overrides)
    return {(p.field, p.render()) for p in failed.value.problems}


def stored(name="Calcitriol", schedule=None, start=date(2026, 1, 1), end=None, ident="m1"):
    schedule = schedule or Schedule(ScheduleKind.FIXED_TIMES, (time(8), time(20)))
    return Medicine(
        RecordMeta(ident, STAMP, STAMP, "Ana"),
        "c1",
        ZONE,
        name,
        "0.25",
        "microgram",
        "",
        Route.BY_MOUTH,
        schedule,
        start,
        end,
        "",
        "",
        "",
        None,
        None,
        None,
    )


AS_NEEDED = stored("Fluoride varnish", Schedule(ScheduleKind.AS_NEEDED), ident="m2")


def dose(medicine=None, **overrides):
    values = {
        "status": "given",
        "scheduled_date": "2026-11-20",
        "scheduled_time": "08:00",
        "given_date": "2026-11-20",
        "given_time": "08:20",
    }
    values.update(overrides)
    return validate_dose(
        medicine=medicine or stored(), zone=ZONE, birth_date=BORN, now=NOW, **values
    )


def dose_problems(medicine=None, **overrides):
    with pytest.raises(ValidationFailed) as failed:
        dose(medicine, **overrides)
    return {(p.field, p.render()) for p in failed.value.problems}


def test_a_prescription_keeps_dose_route_and_sorted_times():
    medicine = med(days="mon wed fri", prescriber="Dr Haddad", purpose="calcium levels")
    assert (medicine.dose_amount, medicine.dose_unit, medicine.route) == (
        "0.25",
        "microgram",
        Route.BY_MOUTH,
    )
    assert medicine.schedule.times == (time(8), time(20))
    assert medicine.schedule.weekdays == frozenset({0, 2, 4})


def test_a_dose_may_be_free_text_but_not_missing():
    assert med(dose_amount="", dose_unit="", dose_text="a thin layer").dose_text == "a thin layer"
    assert ("dose_amount", "is required with a unit") in med_problems(dose_amount="")
    assert ("dose_unit", "is required with an amount (mg, mL, drops...)") in med_problems(
        dose_unit=""
    )
    found = med_problems(dose_amount="", dose_unit="")
    assert {f for f, _ in found} == {"dose_amount"}
    assert (
        "dose_amount",
        "'1,5' is not an amount like 1, 0.25 or 2.5 (a dot before decimals)",
    ) in (med_problems(dose_amount="1,5"))


def test_schedules_need_what_they_use_and_nothing_else():
    assert ("times", "is required: the times of day, like 08:00 20:00") in med_problems(times="")
    assert ("every_days", "is required: every how many days") in med_problems(
        schedule="every_n_days"
    )
    every = med(schedule="every_n_days", every_days="3", times="09:00")
    assert (every.schedule.every_days, every.schedule.anchor) == (3, date(2026, 1, 1))
    assert ("times", "leave it empty for a medicine given as needed") in med_problems(
        schedule="as_needed"
    )
    assert ("route", "must be one of by_mouth, under_skin, on_skin, inhaled, other (not 'iv')") in (
        med_problems(route="iv")
    )
    assert ("days", "'funday' is not a day of the week (use mon tue wed thu fri sat sun)") in (
        med_problems(days="mon funday")
    )
    assert ("end_date", "2025-12-01 is before start_date (2026-01-01)") in med_problems(
        end_date="2025-12-01"
    )
    assert ("times", "names the same time twice") in med_problems(times="08:00 08:00")


def test_a_scheduled_dose_given_late_or_skipped():
    given_dose = dose()
    assert given_dose.status is DoseStatus.GIVEN
    assert given_dose.scheduled.instant == datetime(2026, 11, 20, 7, 0, tzinfo=UTC)
    assert given_dose.given_at == datetime(2026, 11, 20, 7, 20, tzinfo=UTC)
    skipped = dose(status="skipped", given_date="", given_time="", reason="asleep")
    assert (skipped.given_at, skipped.local_date, skipped.reason) == (
        None,
        date(2026, 11, 20),
        "asleep",
    )
    assert ("reason", "is required: why was the dose skipped?") in dose_problems(
        status="skipped", given_date="", given_time=""
    )
    assert ("given_date", "leave it empty for a skipped dose") in dose_problems(
        status="skipped", reason="x"
    )


def test_a_dose_must_answer_a_real_scheduled_time():
    assert (
        "scheduled_time",
        "Calcitriol is not scheduled at 09:00 on 2026-11-20 (its times: 08:00 20:00)",
    ) in dose_problems(scheduled_time="09:00")
    assert ("scheduled_date", "is in the future") in dose_problems(scheduled_date="2026-11-22")
    stopped = stored(end=date(2026, 6, 30))
    assert (
        "scheduled_date",
        "Calcitriol was not being taken on 2026-11-20 (from 2026-01-01 to 2026-06-30)",
    ) in dose_problems(stopped)
    assert ("given_time", "is in the future") in dose_problems(
        scheduled_date="2026-11-21", given_date="2026-11-21", given_time="11:00"
    )
    assert (
        "given_time",
        "02:30 does not exist on 2026-03-29 in Europe/Madrid (the clocks went forward); "
        "check the time",
    ) in dose_problems(scheduled_date="2026-03-29", given_date="2026-03-29", given_time="02:30")


def test_an_as_needed_dose_has_no_schedule_and_needs_its_reason():
    ok = dose(AS_NEEDED, scheduled_date="", scheduled_time="", reason="routine dental visit")
    assert ok.scheduled is None
    assert ok.local_date == date(2026, 11, 20)
    found = dose_problems(AS_NEEDED)
    assert ("reason", "is required: why was this as-needed dose given?") in found
    assert (
        "scheduled_date",
        "leave it empty: Fluoride varnish is given as needed, not at set times",
    ) in found


def test_a_dose_names_its_medicine_unambiguously():
    old = stored(end=date(2025, 12, 31), start=date(2025, 1, 1), ident="old")
    new = stored(ident="new")
    assert find_medicine([old, new], " calcitriol ", date(2026, 2, 1)) is new
    assert find_medicine([old, new], "Calcitriol", date(2025, 2, 1)) is old
    with pytest.raises(ValidationFailed) as none:
        find_medicine([new], "Aspirin", date(2026, 2, 1))
    assert none.value.problems[0].render_with_field() == (
        "medicine: 'Aspirin' is not one of the child's medicines (medicines: Calcitriol); "
        "add or import it first"
    )
    twin = stored(ident="twin")
    with pytest.raises(ValidationFailed) as several:
        find_medicine([new, twin], "Calcitriol", date(2026, 2, 1))
    assert several.value.problems[0].field == "medicine"
    assert "2 medicines called 'Calcitriol'" in several.value.problems[0].render()


text_anything = st.text(alphabet=st.characters(codec=None), max_size=40)
cell = (
    text_anything
    | st.just("\ud800")
    | st.sampled_from(
        ["08:00", "mon", "2026-11-20", "by_mouth", "fixed_times", "as_needed", "every_n_days", "3"]
    )
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(MEDICINE_CSV_COLUMNS), cell))
def test_any_medicine_row_gives_a_medicine_or_field_named_problems(row):
    try:
        medicine, _ = validate_medicine_row(row, line=4, birth_date=BORN)
    except ValidationFailed as failed:
        assert failed.problems
        for problem in failed.problems:
            assert problem.field in MEDICINE_CSV_COLUMNS
            assert problem.render_with_field().startswith(f"line 4: {problem.field}: ")
    else:
        assert medicine.name.strip()
        assert medicine.start_date >= BORN


dose_cell = text_anything | st.sampled_from(
    ["Calcitriol", "given", "skipped", "2026-11-20", "08:00", "20:00", "2026-03-29", "02:30"]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(DOSE_CSV_COLUMNS), dose_cell))
def test_any_dose_row_gives_a_dose_or_field_named_problems(row):
    try:
        _, checked, _ = validate_dose_row(
            row, line=9, medicines=[stored(), AS_NEEDED], zone=ZONE, birth_date=BORN, now=NOW
        )
    except ValidationFailed as failed:
        assert failed.problems
        for problem in failed.problems:
            assert problem.field in DOSE_CSV_COLUMNS
            assert problem.line == 9
    else:
        assert checked.local_date <= date(2026, 11, 21)
        assert checked.given_at is None or checked.given_at <= NOW
