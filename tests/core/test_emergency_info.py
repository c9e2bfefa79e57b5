"""The child's emergency information: the suggestions carry what emergency staff must know
for this condition, and the form is validated field by field with every problem named."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caregiver_app.core.emergency_info import (
    FIELD_LABELS,
    MAX_FIELD_LENGTH,
    TEXT_FIELDS,
    EmergencyInfo,
    as_lines,
    suggested_emergency_info,
    validate_emergency_info,
)
from caregiver_app.core.messages import ValidationFailed
from caregiver_app.core.records import DEFAULT_DIAGNOSIS, RecordMeta

TODAY = date(2026, 11, 21)
BORN = date(2024, 3, 15)


def form(**overrides: object) -> dict[str, object]:
    values: dict[str, object] = dict(suggested_emergency_info())
    values["reviewed_on"] = "2026-11-20"
    values.update(overrides)
    return values


def validate(**overrides: object):
    return validate_emergency_info(today=TODAY, birth_date=BORN, **form(**overrides))


def problems(**overrides: object) -> set[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as failed:
        validate(**overrides)
    return {(p.field, p.render()) for p in failed.value.problems}


def test_the_suggested_diagnosis_says_a_transplant_does_not_help():
    suggestion = suggested_emergency_info()
    assert suggestion["diagnosis"].startswith(DEFAULT_DIAGNOSIS)
    assert "TNFSF11 (RANKL)" in suggestion["diagnosis"]
    assert "Stem-cell (bone marrow) transplant is not effective" in suggestion["diagnosis"]


def test_the_suggested_notes_for_staff_cover_bones_calcium_blood_and_pressure():
    notes = suggested_emergency_info()["staff_notes"]
    for words in (
        "Fragile bones",
        "Low calcium can cause seizures",
        "irradiated blood",
        "pressure in the head",
    ):
        assert words in notes
    assert "extractions" in suggested_emergency_info()["procedures_to_avoid"]


def test_notes_for_staff_read_as_one_item_per_line():
    notes = suggested_emergency_info()["staff_notes"]
    assert len(as_lines(notes)) == 4
    assert as_lines("  Fragile bones \n\n  \nNo blood pressure cuff on the left arm\n") == (
        "Fragile bones",
        "No blood pressure cuff on the left arm",
    )


def test_the_suggestion_keeps_the_childs_own_diagnosis_and_allergies():
    suggestion = suggested_emergency_info("RANKL-deficient osteopetrosis ", "Penicillin")
    assert suggestion["diagnosis"].splitlines()[0] == "RANKL-deficient osteopetrosis"
    assert "not effective" in suggestion["diagnosis"].splitlines()[1]
    assert suggestion["allergies"] == "Penicillin"
    assert (suggestion["baseline_vision"], suggestion["baseline_hearing"]) == ("", "")


def test_the_suggestion_comes_in_the_familys_language():
    def shout(context: str, text: str) -> str:
        return text.upper()

    suggestion = suggested_emergency_info(translate=shout)
    assert suggestion["staff_notes"] == suggestion["staff_notes"].upper()
    assert suggestion["diagnosis"] == suggestion["diagnosis"].upper()


def test_the_suggested_form_is_valid_as_it_stands():
    info = validate()
    assert info.reviewed_on == date(2026, 11, 20)
    assert info.texts() == suggested_emergency_info()
    assert list(info.texts()) == list(TEXT_FIELDS)


def test_texts_are_kept_exactly_as_written():
    written = "  Sees light only with the left eye.\nWears glasses.  "
    assert validate(baseline_vision=written).baseline_vision == written


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"diagnosis": "  "}, ("diagnosis", "is required")),
        ({"reviewed_on": ""}, ("reviewed_on", "is required")),
        ({"reviewed_on": "2026-11-22"}, ("reviewed_on", "is in the future")),
        (
            {"reviewed_on": "2024-03-14"},
            ("reviewed_on", "is before the child's birth date (2024-03-15)"),
        ),
        (
            {"reviewed_on": "21/11/2026"},
            ("reviewed_on", "'21/11/2026' is not a date like 2024-03-31"),
        ),
        ({"allergies": 42}, ("allergies", "must be text")),
        (
            {"staff_notes": "a\x00b"},
            ("staff_notes", "contains a NUL character, which cannot be kept"),
        ),
        (
            {"past_procedures": "x" * (MAX_FIELD_LENGTH + 1)},
            ("past_procedures", f"is too long ({MAX_FIELD_LENGTH + 1} characters; at most 2000)"),
        ),
    ],
)
def test_each_problem_names_its_field(overrides, expected):
    assert problems(**overrides) == {expected}


def test_every_problem_is_reported_at_once():
    found = problems(diagnosis="", baseline_hearing="\ud800", reviewed_on="2030-01-01")
    assert {field for field, _text in found} == {"diagnosis", "baseline_hearing", "reviewed_on"}


def test_every_field_has_a_label_and_a_stored_twin():
    assert set(FIELD_LABELS) == {*TEXT_FIELDS, "reviewed_on"}
    stored = EmergencyInfo(
        RecordMeta("id", None, None, ""),  # type: ignore[arg-type]
        "child",
        **validate().texts(),
        reviewed_on=TODAY,
    )
    assert stored.as_input() == validate(reviewed_on=TODAY)


texts = st.text(max_size=MAX_FIELD_LENGTH + 50)
days = st.dates(min_value=date(2020, 1, 1), max_value=date(2028, 12, 31))


@given(values=st.fixed_dictionaries(dict.fromkeys(TEXT_FIELDS, texts)), reviewed=days)
def test_any_input_is_either_kept_as_written_or_refused_with_its_fields_named(values, reviewed):
    try:
        info = validate_emergency_info(today=TODAY, birth_date=BORN, reviewed_on=reviewed, **values)
    except ValidationFailed as failed:
        assert failed.problems
        for problem in failed.problems:
            assert problem.field in FIELD_LABELS
            assert problem.render()
        named = {p.field for p in failed.problems}
        too_long = {name for name, text in values.items() if len(text) > MAX_FIELD_LENGTH}
        assert too_long <= named
        assert ("diagnosis" in named) or values["diagnosis"].strip()
        assert ("reviewed_on" in named) == (not BORN <= reviewed <= TODAY)
    else:
        assert info.texts() == values
        assert BORN <= info.reviewed_on <= TODAY
        assert values["diagnosis"].strip()
        assert all(len(text) <= MAX_FIELD_LENGTH and "\x00" not in text for text in values.values())
