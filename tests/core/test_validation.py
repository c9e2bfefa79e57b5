from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caregiver_app.core.catalogue import load_catalogue
from caregiver_app.core.messages import ValidationFailed
from caregiver_app.core.records import Severity
from caregiver_app.core.validation import (
    MAX_NOTES_LENGTH,
    validate_child,
    validate_contact,
    validate_symptom,
    validate_symptom_row,
)
from caregiver_app.paths import symptom_catalogue_path

CATALOGUE = load_catalogue(symptom_catalogue_path())
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
BORN = date(2024, 3, 15)
FIELDS = {"date", "time", "symptom", "severity", "notes", "logged_by"}


def symptom(**overrides):
    values = {
        "day": "2026-11-20",
        "clock_time": "08:30",
        "symptom": "headache",
        "severity": "moderate",
        "notes": "",
    }
    values.update(overrides)
    return validate_symptom(
        zone="Europe/Madrid", catalogue=CATALOGUE, birth_date=BORN, now=NOW, **values
    )


def problems(**overrides):
    with pytest.raises(ValidationFailed) as failed:
        symptom(**overrides)
    return {(p.field, p.render()) for p in failed.value.problems}


def test_a_good_entry_becomes_a_utc_instant_with_its_zone():
    entry = symptom()
    assert entry.occurred_at == datetime(2026, 11, 20, 7, 30, tzinfo=UTC)
    assert (entry.zone, entry.local_date, entry.time_known) == (
        "Europe/Madrid",
        date(2026, 11, 20),
        True,
    )
    assert entry.severity is Severity.MODERATE


def test_a_blank_time_means_the_time_of_day_was_not_recorded():
    entry = symptom(clock_time="")
    assert not entry.time_known
    assert entry.occurred_at == datetime(2026, 11, 19, 23, 0, tzinfo=UTC)  # Madrid midnight


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"day": "2026-02-30"}, ("date", "2026-02-30 is not a real calendar date")),
        ({"day": "20/11/2026"}, ("date", "'20/11/2026' is not a date like 2024-03-31")),
        ({"day": "2026-11-22"}, ("date", "is in the future")),
        ({"day": "2026-11-21", "clock_time": "10:01"}, ("time", "is in the future")),
        ({"day": "2024-03-14"}, ("date", "is before the child's birth date (2024-03-15)")),
        ({"clock_time": "24:00"}, ("time", "24:00 is not a time of day (00:00 to 23:59)")),
        ({"clock_time": "8:5"}, ("time", "'8:5' is not a 24-hour time like 08:30")),
        ({"symptom": "sneezing"}, ("symptom", "'sneezing' is not a symptom code in the catalogue")),
        ({"symptom": ""}, ("symptom", "is required")),
        ({"severity": "awful"}, ("severity", "must be mild, moderate or severe (not 'awful')")),
        ({"notes": "a\x00b"}, ("notes", "contains a NUL character, which cannot be kept")),
        (
            {"notes": "\ud800"},
            ("notes", "contains a broken character (a lone surrogate); retype it"),
        ),
        (
            {"notes": "x" * (MAX_NOTES_LENGTH + 1)},
            (
                "notes",
                f"is too long ({MAX_NOTES_LENGTH + 1} characters; at most {MAX_NOTES_LENGTH})",
            ),
        ),
    ],
)
def test_each_bad_value_names_its_field_and_the_problem(overrides, expected):
    assert expected in problems(**overrides)


def test_every_problem_is_reported_at_once():
    found = problems(day="2026-13-01", symptom="x", severity="")
    assert {field for field, _ in found} == {"date", "symptom", "severity"}


def test_a_local_time_skipped_by_the_clock_change_is_refused():
    found = problems(day="2026-03-29", clock_time="02:30")
    assert (
        "time",
        "02:30 does not exist on 2026-03-29 in Europe/Madrid (the clocks went "
        "forward); check the time",
    ) in found


def test_a_local_time_that_happens_twice_means_the_first_one():
    entry = symptom(day="2026-10-25", clock_time="02:30")
    assert entry.occurred_at == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # still summer time


def test_notes_are_kept_exactly_as_written():
    notes = '  line one,\r\n"quoted" ; émoji 🦴\tعربى  '
    assert symptom(notes=notes).notes == notes


text_anything = st.text(alphabet=st.characters(codec=None), max_size=60)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(sorted(FIELDS)), text_anything | st.just("\ud800")))
def test_any_csv_row_gives_an_entry_or_field_named_problems_never_a_crash(row):
    try:
        entry, _logged_by = validate_symptom_row(
            row, line=7, zone="Europe/Madrid", catalogue=CATALOGUE, birth_date=BORN, now=NOW
        )
    except ValidationFailed as failed:
        assert failed.problems
        for problem in failed.problems:
            assert problem.field in FIELDS
            assert problem.line == 7
            assert problem.render_with_field().startswith(f"line 7: {problem.field}: ")
    else:
        assert entry.symptom in CATALOGUE
        assert BORN <= entry.local_date <= date(2026, 11, 21)


@settings(max_examples=200)
@given(st.text(max_size=30), st.text(max_size=12), st.text(max_size=8))
def test_any_child_form_gives_a_child_or_field_named_problems(name, born, sex):
    try:
        child = validate_child(name=name, birth_date=born, sex=sex, today=date(2026, 11, 21))
    except ValidationFailed as failed:
        assert {p.field for p in failed.problems} <= {"name", "born", "sex"}
    else:
        assert child.name.strip()
        assert child.birth_date <= date(2026, 11, 21)


@settings(max_examples=200)
@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_any_calendar_date_is_handled_and_only_the_sensible_ones_pass(day):
    try:
        entry = symptom(day=day.isoformat(), clock_time="")
    except ValidationFailed as failed:
        assert {p.field for p in failed.problems} == {"date"}
        assert day < BORN or day > date(2026, 11, 21)
    else:
        assert entry.local_date == day


def test_a_contact_phone_and_email_are_checked():
    with pytest.raises(ValidationFailed) as failed:
        validate_contact(role="Dentist", name="Dr Vega", phone="call me", email="vega@")
    assert {p.field for p in failed.value.problems} == {"phone", "email"}
    ok = validate_contact(role=" Dentist ", name="Dr Vega", phone="+34 (91) 555-0101 ext 4")
    assert ok.role == "Dentist"
