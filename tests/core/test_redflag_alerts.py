"""Red-flag alerts as records: an alert matches its episode by rule and shared entries, what
the family did is validated, an alert of a rule the app no longer has is still described,
and the emergency number is digits only."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caregiver_app.core.catalogue import load_catalogue
from caregiver_app.core.guidance import Level
from caregiver_app.core.messages import ValidationFailed
from caregiver_app.core.records import RecordMeta
from caregiver_app.core.redflag_alerts import (
    COMMON_EMERGENCY_NUMBERS,
    MAX_NOTE_LENGTH,
    FamilyAction,
    HowRaised,
    RedFlagAlert,
    describe_alert,
    unmatched,
    validate_acknowledgement,
    validate_emergency_number,
)
from caregiver_app.core.redflags import load_red_flags, red_flags_path
from caregiver_app.paths import resources_dir, symptom_catalogue_path

RED_FLAGS = load_red_flags(
    red_flags_path(resources_dir()), load_catalogue(symptom_catalogue_path())
)
AT = datetime(2026, 11, 21, 7, 15, tzinfo=UTC)


def alert(rule: str = "raised_pressure", entries=("e1",), triggers=("severe_headache",)):
    return RedFlagAlert(
        meta=RecordMeta("a1", AT, AT, "Maria", None),
        child_id="c1",
        rule=rule,
        level=Level.EMERGENCY,
        first_at=AT,
        last_at=AT,
        zone="Europe/Madrid",
        time_known=True,
        triggers=tuple(triggers),
        entry_ids=frozenset(entries),
        raised_at=AT,
        how=HowRaised.SAVE,
    )


def episode_of(stored: RedFlagAlert, entries: tuple[str, ...]):
    described = describe_alert(stored, RED_FLAGS)
    return type(described)(**{**described.__dict__, "entry_ids": entries})


def test_an_alert_matches_the_same_rule_over_some_of_the_same_entries():
    stored = alert(entries=("e1", "e2"))
    assert stored.matches(episode_of(stored, ("e2", "e3")))
    assert not stored.matches(episode_of(stored, ("e3",)))
    other_rule = episode_of(alert(rule="fever_infection", triggers=("fever",)), ("e1",))
    assert not stored.matches(other_rule)
    assert unmatched([episode_of(stored, ("e3",)), other_rule], [stored]) == [
        episode_of(stored, ("e3",)),
        other_rule,
    ]


def test_an_alert_is_described_in_the_rules_words_with_its_numbers_filled_in():
    described = describe_alert(alert(triggers=("repeated_vomiting",)), RED_FLAGS)
    assert described.render_title() == "Raised pressure in the head"
    assert described.render_reason() == (
        "Vomiting was logged 2 times within 24 hours; vomiting that keeps coming back can be a "
        "sign of raised pressure inside the head."
    )
    assert described.render_action().startswith("Call the emergency number now")
    assert "RxHarun" in described.source.citation
    # Several triggers: the first in the rule's order speaks, as it did in the alert.
    both = describe_alert(alert(triggers=("repeated_vomiting", "severe_headache")), RED_FLAGS)
    assert both.render_reason().startswith("A severe headache was logged")


def test_an_alert_of_a_rule_the_app_no_longer_has_is_still_listed_by_its_id():
    described = describe_alert(alert(rule="old_rule", triggers=("gone",)), RED_FLAGS)
    assert described.render_title() == "old_rule"
    assert described.render_reason() == ""


def test_an_acknowledgement_takes_an_action_or_none_and_a_note():
    answer = validate_acknowledgement("called_team", "Spoke to Dr. Haddad, 08:30")
    assert (answer.action, answer.note) == (FamilyAction.CALLED_TEAM, "Spoke to Dr. Haddad, 08:30")
    assert validate_acknowledgement(None, "").action is None
    assert validate_acknowledgement("", "").action is None


def test_an_unknown_action_and_a_too_long_note_are_both_named():
    with pytest.raises(ValidationFailed) as failed:
        validate_acknowledgement("prayed", "x" * (MAX_NOTE_LENGTH + 1))
    assert [p.field for p in failed.value.problems] == ["action", "note"]
    assert "'prayed' is not one of" in failed.value.problems[0].render()


@pytest.mark.parametrize("number", [*COMMON_EMERGENCY_NUMBERS, "061", " 15 ", "12345678"])
def test_the_usual_emergency_numbers_are_accepted(number):
    assert validate_emergency_number(number) == number.strip()


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("", "is required"),
        ("   ", "is required"),
        (None, "is required"),
        ("1", "must have from 2 to 8 digits"),
        ("123456789", "must have from 2 to 8 digits"),
        ("+34 112", "'+34 112' is not a phone number: use digits only, such as 112"),
        ("１１２", "'１１２' is not a phone number: use digits only, such as 112"),
    ],
)
def test_a_bad_emergency_number_is_refused_with_the_reason(value, problem):
    with pytest.raises(ValidationFailed) as failed:
        validate_emergency_number(value)
    [found] = failed.value.problems
    assert (found.field, found.render()) == ("emergency_number", problem)


@given(st.text(max_size=12))
def test_an_accepted_emergency_number_is_always_two_to_eight_ascii_digits(text):
    try:
        number = validate_emergency_number(text)
    except ValidationFailed as failed:
        assert [p.field for p in failed.problems] == ["emergency_number"]
        return
    assert number.isascii()
    assert number.isdigit()
    assert 2 <= len(number) <= 8
    assert number == text.strip()
