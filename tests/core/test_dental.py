"""Dental validation, the eruption chart data and the late-tooth marks at the boundaries."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caregiver_app.core.dental import (
    DENTAL_CSV_COLUMNS,
    EXTRACTION_CAUTION,
    PRIMARY_TEETH,
    AntibioticCover,
    DentalEventKind,
    ToothState,
    add_months,
    cautions_for,
    late_from,
    late_teeth,
    load_eruption_chart,
    tooth_statuses,
    validate_dental_event,
    validate_dental_row,
    validate_eruption,
)
from caregiver_app.core.messages import ValidationFailed
from caregiver_app.services.dental import eruption_chart_path

CHART = load_eruption_chart(eruption_chart_path())
BORN = date(2024, 3, 15)
TODAY = date(2026, 11, 21)


def test_the_chart_holds_the_20_primary_teeth_with_names_ranges_and_a_named_source():
    assert sorted(t.fdi for t in CHART.teeth) == sorted(PRIMARY_TEETH)
    assert len(CHART.teeth) == 20
    upper_central = CHART.tooth(51)
    assert (upper_central.name, upper_central.erupts_from_months) == (
        "Upper right central incisor",
        8,
    )
    assert upper_central.erupts_to_months == 12
    assert (CHART.tooth(75).name, CHART.tooth(75).erupts_to_months) == (
        "Lower left second molar",
        31,
    )
    assert (CHART.tooth(65).erupts_from_months, CHART.tooth(65).erupts_to_months) == (25, 33)
    assert "American Dental Association" in CHART.sources["ada"]
    assert "vary" in CHART.about


def test_add_months_keeps_the_day_or_takes_the_last_of_a_shorter_month():
    assert add_months(date(2024, 3, 15), 12) == date(2025, 3, 15)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 1, 31), 13) == date(2024, 2, 29)


def test_a_tooth_becomes_late_the_day_the_child_is_past_the_last_month_of_its_range():
    # Upper central incisor, 8–12 months: late from 13 completed months (2025-04-15).
    tooth = CHART.tooth(51)
    assert late_from(BORN, tooth) == date(2025, 4, 15)
    on_last_day = date(2025, 4, 14)
    assert tooth not in late_teeth(CHART, BORN, {}, on_last_day)
    assert tooth in late_teeth(CHART, BORN, {}, date(2025, 4, 15))
    state = {s.tooth.fdi: s.state for s in tooth_statuses(CHART, BORN, {}, on_last_day)}
    assert state[51] is ToothState.DUE
    assert state[55] is ToothState.NOT_YET_DUE


def test_an_erupted_tooth_is_not_late_and_one_that_came_through_after_its_range_is_marked():
    statuses = {
        s.tooth.fdi: s
        for s in tooth_statuses(
            CHART, BORN, {51: date(2025, 4, 14), 61: date(2025, 4, 15), 71: date(2027, 1, 1)}, TODAY
        )
    }
    assert statuses[51].state is ToothState.ERUPTED
    assert not statuses[51].is_late
    assert statuses[61].state is ToothState.ERUPTED_LATE
    assert statuses[61].is_late
    # An eruption recorded after the day asked about is not known yet that day.
    assert statuses[71].state is ToothState.LATE
    assert statuses[71].erupted_on is None


def test_an_extraction_needs_to_say_whether_antibiotic_cover_was_given_and_gets_the_caution():
    with pytest.raises(ValidationFailed) as failed:
        validate_dental_event(day="2026-11-01", kind="extraction", birth_date=BORN, today=TODAY)
    assert [(p.field, p.render()) for p in failed.value.problems] == [
        (
            "antibiotic_cover",
            "is required for a procedure or an extraction: given, not_given or unknown",
        )
    ]
    item = validate_dental_event(
        day="2026-11-01",
        kind="extraction",
        tooth="74",
        antibiotic_cover="given",
        birth_date=BORN,
        today=TODAY,
    )
    assert (item.kind, item.tooth, item.antibiotic_cover) == (
        DentalEventKind.EXTRACTION,
        74,
        AntibioticCover.GIVEN,
    )
    assert cautions_for(item.kind) == (EXTRACTION_CAUTION,)
    text = EXTRACTION_CAUTION.render()
    assert "jaw" in text
    assert "diagnosis" in text
    assert "antibiotic" not in text.lower()  # it never suggests a medicine
    assert not any(ch.isdigit() for ch in text)  # nor a dose
    assert cautions_for(DentalEventKind.CLEANING) == ()


def test_bad_dental_fields_are_named():
    with pytest.raises(ValidationFailed) as failed:
        validate_dental_event(
            day="2027-01-01",
            kind="cleaning",
            tooth="19",
            antibiotic_cover="given",
            birth_date=BORN,
            today=TODAY,
        )
    assert {p.field for p in failed.value.problems} == {"date", "tooth", "antibiotic_cover"}
    with pytest.raises(ValidationFailed) as failed:
        validate_eruption(tooth="16", day="2024-03-01", birth_date=BORN, today=TODAY)
    assert {(p.field, p.render()) for p in failed.value.problems} == {
        ("date", "is before the child's birth date (2024-03-15)"),
        ("tooth", "'16' is not a primary tooth number (FDI 51–55, 61–65, 71–75, 81–85)"),
    }


text_anything = st.text(max_size=20) | st.sampled_from(
    ["2026-11-20", "brushing", "eruption", "extraction", "51", "given", "\ud800", "99"]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(DENTAL_CSV_COLUMNS), text_anything))
def test_any_dental_row_gives_a_record_or_field_named_problems_never_a_crash(row):
    try:
        result = validate_dental_row(row, line=3, birth_date=BORN, today=TODAY)
    except ValidationFailed as failed:
        assert failed.problems
        for problem in failed.problems:
            assert problem.line == 3
            assert problem.field in DENTAL_CSV_COLUMNS
            assert problem.render()
    else:
        assert [result.tick, result.eruption, result.event].count(None) == 2
