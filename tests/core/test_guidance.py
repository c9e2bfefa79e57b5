"""The guidance files: every sign has a level, says what to do and names a source that the
file describes in full; the rules agree with the page; no text ever holds a dose or names a
medicine; and a file that breaks these rules is refused."""

from __future__ import annotations

import copy
import json
import re

import pytest

from caregiver_app.core.catalogue import load_catalogue
from caregiver_app.core.emergency_info import (
    HSCT_NOT_EFFECTIVE,
    PROCEDURES_TO_AVOID_SUGGESTION,
    STAFF_NOTE_SUGGESTIONS,
)
from caregiver_app.core.guidance import (
    DOSE_PATTERN,
    LEVEL_ACTIONS,
    GuidanceError,
    Level,
    everyday_care_path,
    load_everyday_care,
    parse_everyday_care,
)
from caregiver_app.core.redflags import TriggerKind, load_red_flags, parse_red_flags, red_flags_path
from caregiver_app.paths import resources_dir

CATALOGUE = load_catalogue(resources_dir() / "guidance" / "symptoms.json")
RED_FLAGS_FILE = red_flags_path(resources_dir())
RED_FLAGS = load_red_flags(RED_FLAGS_FILE, CATALOGUE)
EVERYDAY = load_everyday_care(everyday_care_path(resources_dir()))
MEDICINES = json.loads((resources_dir() / "guidance" / "medicines.json").read_text("utf-8"))


def every_text() -> list[str]:
    return [
        *RED_FLAGS.texts(),
        *EVERYDAY.texts(),
        *LEVEL_ACTIONS.values(),
        HSCT_NOT_EFFECTIVE,
        PROCEDURES_TO_AVOID_SUGGESTION,
        *STAFF_NOTE_SUGGESTIONS,
    ]


def test_the_page_has_the_groups_of_the_issue_and_the_face():
    assert [group.title for group in RED_FLAGS.groups] == [
        "Eyes",
        "Pressure in the head",
        "Jaw and teeth",
        "Fever, infection and breathing",
        "Bones",
        "Seizures and low calcium",
        "Face",
    ]


def test_every_sign_has_a_level_an_action_and_a_known_source():
    for group in RED_FLAGS.groups:
        for item in group.items:
            assert item.level in set(Level)
            assert item.sign.strip()
            assert item.action.strip()
            assert RED_FLAGS.sources[item.source].citation.strip()
    for item in EVERYDAY:
        assert EVERYDAY.source_of(item).citation.strip()


def test_an_emergency_sign_says_to_call_and_an_urgent_one_to_act_today():
    for group in RED_FLAGS.groups:
        for item in group.items:
            if item.level is Level.EMERGENCY:
                assert item.action.startswith("Call the emergency number now"), item.id
            else:
                assert "today" in item.action, item.id


def test_every_rule_trigger_names_its_sources_and_numbers_name_theirs():
    for rule in RED_FLAGS.rules:
        assert RED_FLAGS.sources[rule.join_source].citation
        for trigger in rule.triggers:
            assert RED_FLAGS.sources[trigger.source].citation
            if trigger.kind is not TriggerKind.SIGN:
                assert trigger.threshold_source in RED_FLAGS.sources, trigger.id


def test_the_rules_are_the_issues_rules():
    expected = {
        "eyes": (Level.URGENT, {"vision_change", "nystagmus"}),
        "raised_pressure": (Level.EMERGENCY, {"lethargy", "headache", "vomiting"}),
        "jaw_infection": (Level.URGENT, {"jaw_pain_swelling", "tooth_problem"}),
        "fever_infection": (Level.URGENT, {"fever"}),
        "breathing": (Level.EMERGENCY, {"breathing_difficulty"}),
        "fracture": (Level.URGENT, {"suspected_fracture"}),
        "seizure": (Level.EMERGENCY, {"seizure"}),
        "low_calcium": (Level.URGENT, {"twitching_cramps"}),
        "facial_nerve": (Level.URGENT, {"facial_weakness"}),
    }
    found = {rule.id: (rule.level, set(rule.watched_symptoms())) for rule in RED_FLAGS.rules}
    assert found == expected
    pressure = {t.id: t for t in RED_FLAGS.rule("raised_pressure").triggers}
    assert (pressure["repeated_vomiting"].count, pressure["repeated_vomiting"].within_hours) == (
        2,
        24,
    )
    assert pressure["headache_with_vomiting"].within_hours == 48
    jaw = {t.id: t for t in RED_FLAGS.rule("jaw_infection").triggers}
    assert jaw["tooth_problem_after_extraction"].within_days == 30


def test_every_watched_symptom_is_explained_on_the_page_at_the_rules_level():
    for rule in RED_FLAGS.rules:
        page = RED_FLAGS.group(rule.group)
        explained = {
            code for item in page.items if item.level is rule.level for code in item.symptoms
        }
        assert rule.watched_symptoms() <= explained, rule.id


def test_every_symptom_on_the_page_is_watched_by_a_rule_at_the_same_level():
    watched = {(code, rule.level) for rule in RED_FLAGS.rules for code in rule.watched_symptoms()}
    for group in RED_FLAGS.groups:
        for item in group.items:
            for code in item.symptoms:
                assert (code, item.level) in watched, (item.id, code)


@pytest.mark.parametrize(
    "dose", ["5 mg", "2.5ml", "1,000 IU", "10 units", "50 µg", "1 unit", "250mcg", "3 ML"]
)
def test_the_dose_pattern_catches_doses(dose):
    assert DOSE_PATTERN.search(f"Give {dose} twice a day.")


@pytest.mark.parametrize("text", ["24 hours", "38 °C", "within 30 days", "2 times", "OMIM #259710"])
def test_the_dose_pattern_leaves_other_numbers_alone(text):
    assert not DOSE_PATTERN.search(text)


def test_no_guidance_text_holds_a_dose():
    assert [text for text in every_text() if DOSE_PATTERN.search(text)] == []


def test_no_guidance_text_names_a_medicine():
    # "Calcium" and "iron" are also a blood test and a food: allowed only as "low calcium"
    # and "iron-rich foods".
    allowed = re.compile(r"low calcium|iron-rich", re.IGNORECASE)
    names = [medicine["name"] for medicine in MEDICINES["medicines"]]
    found = [
        (name, text)
        for text in every_text()
        for name in names
        if re.search(rf"\b{re.escape(name)}", allowed.sub("", text), re.IGNORECASE)
    ]
    assert found == []
    assert not any(re.search(r"antibiotic|paracetamol|ibuprofen", t, re.I) for t in every_text())


# A broken file is refused ------------------------------------------------------------------

RAW = json.loads(RED_FLAGS_FILE.read_text(encoding="utf-8"))


def broken(change) -> dict:
    data = copy.deepcopy(RAW)
    change(data)
    return data


def first_trigger(data: dict, rule_id: str, trigger_id: str) -> dict:
    rule = next(rule for rule in data["rules"] if rule["id"] == rule_id)
    return next(t for t in rule["triggers"] if t["id"] == trigger_id)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["groups"][0]["items"][0].update(source="nowhere"), "not one of the file"),
        (lambda d: d["groups"][0]["items"][0].pop("level"), "level None"),
        (lambda d: d["groups"][0]["items"][0].update(action="Give 5 mg."), "looks like a dose"),
        (lambda d: d["groups"][0]["items"][0].update(symptoms=["sneezing"]), "not a symptom"),
        (lambda d: d["sources"].update({"empty": " "}), "full description"),
        (lambda d: d["rules"][0].update(group="elsewhere"), "not a group"),
        (lambda d: d["rules"].append(copy.deepcopy(d["rules"][0])), "appears twice"),
        (
            lambda d: first_trigger(d, "raised_pressure", "repeated_vomiting").update(count=1),
            "at least 2",
        ),
        (
            lambda d: first_trigger(d, "raised_pressure", "repeated_vomiting").pop(
                "threshold_source"
            ),
            "threshold_source",
        ),
        (
            lambda d: first_trigger(d, "raised_pressure", "severe_vomiting").update(
                reason="Vomiting {times} times."
            ),
            "unknown placeholders",
        ),
        (
            lambda d: first_trigger(d, "raised_pressure", "headache_with_vomiting").update(
                within_hours=72
            ),
            "less time than a trigger",
        ),
        (
            lambda d: first_trigger(d, "raised_pressure", "severe_headache").update(
                min_severity="awful"
            ),
            "not a severity",
        ),
        (
            lambda d: first_trigger(d, "raised_pressure", "severe_headache").update(kind="maybe"),
            "unknown",
        ),
    ],
)
def test_a_broken_red_flags_file_is_refused(change, message):
    with pytest.raises(GuidanceError, match=message):
        parse_red_flags(broken(change), CATALOGUE)


def test_a_broken_everyday_care_file_is_refused():
    raw = json.loads(everyday_care_path(resources_dir()).read_text(encoding="utf-8"))
    raw["items"][0]["text"] = "Give 2 tablets of it."
    with pytest.raises(GuidanceError, match="looks like a dose"):
        parse_everyday_care(raw)
    raw["items"][0]["text"] = "Fine."
    raw["items"][0]["source"] = "rumour"
    with pytest.raises(GuidanceError, match="not one of the file"):
        parse_everyday_care(raw)
