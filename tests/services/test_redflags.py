"""Red flags' use cases on a real diary: each episode is raised once (joined, edited,
deleted and undone, it stays one alert), imports raise theirs to be listed, a diary that
was never caught up is caught up quietly, extractions count, what the family did is kept,
and the emergency number and emergency information are validated and stored."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from caregiver_app.core.guidance import Level
from caregiver_app.core.messages import ValidationFailed
from caregiver_app.core.redflag_alerts import FamilyAction, HowRaised
from caregiver_app.services.interchange import InterchangeService
from caregiver_app.services.redflags import CAUGHT_UP_KEY, RedFlagsService
from caregiver_app.storage.interchange import symptom_csv_bytes


@pytest.fixture
def redflags(services) -> RedFlagsService:
    """The service after the window's start-up catch-up (a new diary has nothing to catch)."""
    assert services.redflags.catch_up() == []
    return services.redflags


def log(services, child, day="2026-11-21", clock_time="08:00", symptom="headache", **more):
    more.setdefault("severity", "severe")
    return services.diary.log(child.id, day=day, clock_time=clock_time, symptom=symptom, **more)


def test_a_severe_headache_raises_one_emergency_alert_once(services, child, redflags):
    entry = log(services, child)
    [alert] = redflags.sync(child.id, "save")
    assert (alert.rule, alert.level, alert.how) == ("raised_pressure", Level.EMERGENCY, "save")
    assert alert.entry_ids == {entry.id}
    assert alert.first_local().strftime("%Y-%m-%d %H:%M") == "2026-11-21 08:00"
    assert redflags.describe(alert).render_reason() == (
        "A severe headache was logged; it can be a sign of raised pressure inside the head."
    )
    assert redflags.sync(child.id, "save") == [], "the same episode never alerts twice"
    assert [a.id for a in redflags.history(child.id)] == [alert.id]


def test_a_second_headache_joins_the_episode_instead_of_alerting_again(services, child, redflags):
    first = log(services, child, clock_time="08:00")
    [alert] = redflags.sync(child.id, "save")
    second = log(services, child, clock_time="09:30", severity="mild", symptom="vomiting")
    assert redflags.sync(child.id, "save") == []
    assert redflags.alert(alert.id).entry_ids == {first.id, second.id}


def test_deleting_and_undoing_an_entry_of_an_episode_never_alerts_again(services, child, redflags):
    first = log(services, child, clock_time="08:00")
    redflags.sync(child.id, "save")
    second = log(services, child, clock_time="09:00")
    assert redflags.sync(child.id, "save") == []
    # Without the first entry the episode is the second alone: still the stored alert.
    services.diary.delete(first.id)
    assert redflags.sync(child.id, "save") == []
    services.diary.undo_delete(first.id)
    assert redflags.sync(child.id, "save") == []
    services.diary.delete(second.id)
    services.diary.delete(first.id)
    assert redflags.sync(child.id, "save") == []
    services.diary.undo_delete(first.id)
    assert redflags.sync(child.id, "save") == []
    assert len(redflags.history(child.id)) == 1


def test_editing_an_entry_of_an_episode_does_not_alert_again(services, child, redflags):
    entry = log(services, child, clock_time="08:00")
    redflags.sync(child.id, "save")
    services.diary.update(
        entry.id,
        day="2026-11-21",
        clock_time="07:45",
        symptom="headache",
        severity="severe",
        notes="woke with it",
    )
    assert redflags.sync(child.id, "save") == []


def test_a_sign_days_after_the_last_one_is_a_new_episode(services, child, redflags):
    log(services, child, day="2026-11-17")
    assert len(redflags.sync(child.id, "save")) == 1
    log(services, child, day="2026-11-21")
    [again] = redflags.sync(child.id, "save")
    assert again.first_local().date() == date(2026, 11, 21)
    assert len(redflags.history(child.id)) == 2


def test_an_edit_that_makes_an_entry_a_red_flag_raises_it(services, child, redflags):
    entry = log(services, child, severity="mild")
    assert redflags.sync(child.id, "save") == []
    services.diary.update(
        entry.id, day="2026-11-21", clock_time="08:00", symptom="headache", severity="severe"
    )
    [alert] = redflags.sync(child.id, "save")
    assert alert.rule == "raised_pressure"


def test_each_child_has_their_own_alerts(services, child, redflags):
    pablo = services.family.add_child(name="Pablo", birth_date="2021-06-02")
    log(services, child)
    assert redflags.sync(pablo.id, "save") == []
    assert len(redflags.sync(child.id, "save")) == 1
    assert redflags.history(pablo.id) == []


def csv(*rows: tuple[str, ...]) -> bytes:
    return symptom_csv_bytes(rows)


OLD_DIARY = csv(
    ("2026-09-01", "08:00", "vomiting", "mild", "", "Ana"),
    ("2026-09-01", "20:00", "vomiting", "mild", "", "Ana"),
    ("2026-10-05", "", "fever", "moderate", "38.4", "Ana"),
    ("2026-10-06", "09:00", "nasal_congestion", "mild", "", "Ana"),
)


def test_an_imported_diary_raises_its_episodes_to_be_listed(services, child, redflags):
    result = InterchangeService.for_app(services).import_symptom_csv(child.id, OLD_DIARY)
    assert result.added == 4
    history = redflags.history(child.id)
    assert [(a.rule, a.how) for a in history] == [
        ("fever_infection", HowRaised.IMPORT),
        ("raised_pressure", HowRaised.IMPORT),
    ]
    assert redflags.sync(child.id, "save") == [], "a save after it shows none of them"
    InterchangeService.for_app(services).import_symptom_csv(child.id, OLD_DIARY)
    assert len(redflags.history(child.id)) == 2, "importing again raises nothing"


def test_an_import_and_its_alerts_land_together_or_not_at_all(
    services, child, redflags, monkeypatch
):
    def failing(*_args: object) -> None:
        raise RuntimeError("the red-flag step failed")

    monkeypatch.setattr(RedFlagsService, "raise_imported", failing)
    with pytest.raises(RuntimeError):
        InterchangeService.for_app(services).import_symptom_csv(child.id, OLD_DIARY)
    assert services.diary.repository.count(child.id) == 0


def test_a_diary_never_caught_up_is_caught_up_quietly_on_the_first_save(services, child):
    log(services, child, day="2026-11-10")  # saved before red flags existed, say
    assert services.redflags.needs_catch_up()
    [old] = services.redflags.sync(child.id, "save")
    assert old.how is HowRaised.CATCH_UP, "listed, not shown as if just logged"
    assert not services.redflags.needs_catch_up()
    log(services, child)
    [new] = services.redflags.sync(child.id, "save")
    assert new.how is HowRaised.SAVE


def test_new_rules_catch_up_again_and_raise_only_what_has_no_alert(services, child, redflags):
    log(services, child)
    redflags.sync(child.id, "save")
    services.settings.set_raw(CAUGHT_UP_KEY, "rules of an older version")
    assert redflags.needs_catch_up()
    assert redflags.catch_up() == []
    assert not redflags.needs_catch_up()


def test_a_tooth_problem_within_30_days_after_an_extraction_is_flagged(services, child, redflags):
    log(services, child, day="2026-11-20", symptom="tooth_problem", severity="mild")
    assert redflags.sync(child.id, "save") == [], "no extraction recorded yet"
    services.dental.add_event(
        child.id, day="2026-10-21", kind="extraction", tooth="51", antibiotic_cover="given"
    )
    [alert] = redflags.sync(child.id, "save")
    assert (alert.rule, alert.level) == ("jaw_infection", Level.URGENT)
    assert (
        redflags.describe(alert)
        .render_reason()
        .startswith("A tooth or gum problem was logged within 30 days after a tooth was taken out")
    )


def test_episodes_between_two_days_include_one_that_began_before(services, child, redflags):
    log(services, child, day="2026-11-01", symptom="fever", severity="mild")
    log(services, child, day="2026-11-02", symptom="fever", severity="mild")  # joins it
    log(services, child, day="2026-11-10", symptom="seizure", severity="mild")
    assert [e.rule for e in redflags.episodes(child.id)] == ["fever_infection", "seizure"]
    assert [e.rule for e in redflags.episodes(child.id, date(2026, 11, 2), None)] == [
        "fever_infection",
        "seizure",
    ]
    assert [e.rule for e in redflags.episodes(child.id, date(2026, 11, 3), None)] == ["seizure"]
    assert [e.rule for e in redflags.episodes(child.id, None, date(2026, 11, 9))] == [
        "fever_infection"
    ]
    assert redflags.episodes(child.id, date(2026, 11, 11), date(2026, 11, 20)) == ()


def test_what_the_family_did_is_kept_with_their_note(services, child, redflags):
    log(services, child)
    [alert] = redflags.sync(child.id, "save")
    assert redflags.unacknowledged(child.id) == 1
    done = redflags.acknowledge(alert.id, "emergency_department", "Seen at La Paz, CT normal")
    assert (done.action, done.note, done.acknowledged_by) == (
        FamilyAction.EMERGENCY_DEPARTMENT,
        "Seen at La Paz, CT normal",
        "Maria",
    )
    assert done.acknowledged_at == services.clock.now()
    assert redflags.unacknowledged(child.id) == 0
    with pytest.raises(ValidationFailed):
        redflags.acknowledge(alert.id, "nothing", "")
    assert redflags.alert(alert.id).note == "Seen at La Paz, CT normal", "unchanged"


def test_the_emergency_number_is_112_until_another_is_set(services, redflags):
    assert redflags.emergency_number() == "112"
    assert redflags.set_emergency_number(" 911 ") == "911"
    assert redflags.emergency_number() == "911"
    with pytest.raises(ValidationFailed) as failed:
        redflags.set_emergency_number("9-1-1")
    assert failed.value.problems[0].field == "emergency_number"
    assert redflags.emergency_number() == "911"


def test_the_numbers_to_call_are_the_emergency_number_then_the_team_with_phones(
    services, child, redflags
):
    services.family.add_contact(
        child.id,
        role="Haematologist",
        name="Dr. Haddad",
        phone="+34 600 000 004",
        place="Children's hospital",
    )
    services.family.add_contact(child.id, role="Social worker", name="Eva", email="e@x.es")
    numbers = redflags.numbers_to_call(child.id)
    assert [(n.label, n.name, n.phone, n.emergency) for n in numbers] == [
        ("Emergency number", "", "112", True),
        ("Haematologist", "Dr. Haddad, Children's hospital", "+34 600 000 004", False),
    ]
    assert [n.phone for n in redflags.numbers_to_call(None)] == ["112"]


def emergency_form(**changes: object) -> dict[str, object]:
    values: dict[str, object] = {
        "diagnosis": "RANKL-deficient osteopetrosis",
        "baseline_vision": "Follows a toy with both eyes",
        "allergies": "Penicillin (rash)",
        "staff_notes": "Fragile bones",
        "reviewed_on": "2026-11-20",
    }
    values.update(changes)
    return values


def test_emergency_information_is_saved_and_its_allergies_go_to_the_profile(
    services, child, redflags
):
    info = redflags.save_emergency_info(child.id, **emergency_form())
    assert info.baseline_vision == "Follows a toy with both eyes"
    assert info.reviewed_on == date(2026, 11, 20)
    assert services.family.child(child.id).allergies == "Penicillin (rash)"
    assert services.family.child(child.id).name == "Lucía", "the rest of the profile stays"
    # Changed in the profile, the form shows the change: one place.
    services.family.update_child(
        child.id, name="Lucía", birth_date="2024-03-15", sex="female", allergies="None known"
    )
    stored = redflags.emergency_info(child.id)
    assert stored is not None
    assert stored.allergies == "None known"


def test_bad_emergency_information_changes_nothing(services, child, redflags):
    with pytest.raises(ValidationFailed) as failed:
        redflags.save_emergency_info(
            child.id, **emergency_form(diagnosis=" ", reviewed_on="2026-12-01")
        )
    assert {p.field for p in failed.value.problems} == {"diagnosis", "reviewed_on"}
    assert redflags.emergency_info(child.id) is None
    assert services.family.child(child.id).allergies == ""


def test_the_profile_keeps_its_allergies_when_the_form_cannot_be_stored(
    services, child, redflags, monkeypatch
):
    def broken(*_args: object, **_kwargs: object) -> str:
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(redflags._emergency_info, "save", broken)
    with pytest.raises(RuntimeError):
        redflags.save_emergency_info(child.id, **emergency_form())
    assert services.family.child(child.id).allergies == ""


def test_the_review_date_cannot_be_in_the_future(services, child, redflags):
    tomorrow = (services.diary.today() + timedelta(days=1)).isoformat()
    with pytest.raises(ValidationFailed) as failed:
        redflags.save_emergency_info(child.id, **emergency_form(reviewed_on=tomorrow))
    assert [(p.field, p.render()) for p in failed.value.problems] == [
        ("reviewed_on", "is in the future")
    ]
