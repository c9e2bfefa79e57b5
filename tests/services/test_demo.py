"""The demo family: believable six months relative to the clock, the same every time for
the same "now", and never added twice."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from itertools import pairwise

import pytest

from caregiver_app.core.messages import UserError
from caregiver_app.core.records import DEFAULT_DIAGNOSIS, DiaryFilter, Severity
from caregiver_app.services.app import open_app
from caregiver_app.services.demo import DEMO_DAYS, add_demo_family


def entries_of(services, child_id):
    return services.diary.repository.entries(DiaryFilter(child_id))


def test_demo_family_has_a_child_of_about_two_years_eight_months(services):
    result = add_demo_family(services)
    assert result.created
    sami = services.family.child(result.child.id)
    assert sami.name == "Sami"
    assert sami.age_on(services.diary.today()) == (2, 8)
    assert sami.diagnosis == DEFAULT_DIAGNOSIS
    assert sami.allergies == "None known"


def test_demo_care_team_covers_the_specialists_with_plausible_numbers(services):
    child = add_demo_family(services).child
    contacts = services.family.contacts(child.id)
    assert {contact.role for contact in contacts} == {
        "Pediatric ophthalmologist",
        "Audiologist",
        "Pediatric dentist",
        "Hematologist",
        "General pediatrician",
    }
    assert all(contact.phone.startswith("+34 600 000 00") for contact in contacts)
    assert all(contact.place for contact in contacts)


def test_demo_diary_covers_six_months_up_to_yesterday_with_quiet_days_and_gaps(services):
    result = add_demo_family(services)
    today = services.diary.today()
    entries = entries_of(services, result.child.id)
    quiet = {day.day for day in services.diary.quiet_days(result.child.id)}
    entry_days = {entry.local_date for entry in entries}
    period = {today - timedelta(days=n) for n in range(1, DEMO_DAYS + 1)}

    assert len(entries) == result.entries
    assert len(quiet) == result.quiet_days
    assert entry_days | quiet <= period
    assert max(entry_days | quiet) == today - timedelta(days=1)
    assert not entry_days & quiet  # a day with symptoms is not "nothing unusual"
    gaps = period - entry_days - quiet
    assert len(quiet) > DEMO_DAYS / 2  # most days are quiet
    assert 8 <= len(gaps) <= 30  # some days nobody logged
    assert all(entry.occurred_at <= services.clock.now() for entry in entries)


def test_demo_diary_tells_the_stories_a_clinician_would_look_for(services):
    child = add_demo_family(services).child
    entries = entries_of(services, child.id)
    by_symptom = defaultdict(list)
    for entry in entries:
        by_symptom[entry.symptom].append(entry)

    congestion_days = sorted({e.local_date for e in by_symptom["nasal_congestion"]})
    episode_starts = [day for prev, day in pairwise(congestion_days) if (day - prev).days > 7]
    assert len(episode_starts) >= 4  # it keeps coming back
    assert len(by_symptom["irritability"]) >= 10

    fever_days = sorted({e.local_date for e in by_symptom["fever"]})
    assert len(fever_days) >= 3
    assert (fever_days[-1] - fever_days[0]).days == len(fever_days) - 1  # one stretch
    assert any(e.severity is Severity.SEVERE for e in by_symptom["fever"])

    vomiting_days = {e.local_date for e in by_symptom["vomiting"]}
    assert vomiting_days & {e.local_date for e in by_symptom["headache"]}
    assert by_symptom["tooth_problem"]
    assert any("fell" in e.notes.lower() for e in by_symptom["bone_pain"])
    assert len(by_symptom["vision_change"]) + len(by_symptom["eye_other"]) >= 2

    assert {e.meta.logged_by for e in entries} == {"Ana", "Javier"}
    assert any(not e.time_known for e in entries)
    assert sum(bool(e.notes) for e in entries) > len(entries) / 2


def test_the_same_now_gives_the_same_demo(services, clock, tmp_path):
    first = add_demo_family(services)
    other = open_app(tmp_path / "other", clock)
    try:
        other.settings.set_time_zone(services.settings.time_zone())
        second = add_demo_family(other)

        def shape(app, child_id):
            return (
                [
                    (e.occurred_at, e.time_known, e.symptom, e.severity, e.notes, e.meta.logged_by)
                    for e in entries_of(app, child_id)
                ],
                sorted(day.day for day in app.diary.quiet_days(child_id)),
            )

        assert shape(other, second.child.id) == shape(services, first.child.id)
        assert second.child.birth_date == first.child.birth_date
    finally:
        other.close()


def test_the_demo_moves_with_the_clock(services, clock):
    clock.advance(timedelta(days=40))
    result = add_demo_family(services)
    latest = max(e.local_date for e in entries_of(services, result.child.id))
    assert latest > services.diary.today() - timedelta(days=30)


def test_running_the_demo_again_adds_nothing(services):
    first = add_demo_family(services)
    second = add_demo_family(services)
    assert not second.created
    assert second.child.id == first.child.id
    assert [c.id for c in services.family.children()] == [first.child.id]
    assert len(entries_of(services, first.child.id)) == first.entries
    assert len(services.family.contacts(first.child.id)) == 5


def test_a_real_child_called_sami_is_never_mixed_with_the_demo(services):
    sami = services.family.add_child(name="Sami", birth_date="2023-01-01")
    with pytest.raises(UserError, match="A child called Sami is already in this diary"):
        add_demo_family(services)
    assert [c.id for c in services.family.children()] == [sami.id]
    assert entries_of(services, sami.id) == []
    assert services.family.contacts(sami.id) == []
