"""Checks on a real SQLite file: the v6 migration keeps every row of a v5 diary and adds
working tables; an alert is stored with the entries of its episode, grows with them, and
keeps its first acknowledgement; the rules read only the entries they watch; emergency
information is one record per child whose allergies are the child profile's."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from caregiver_app.core.catalogue import Source
from caregiver_app.core.emergency_info import EmergencyInfoInput
from caregiver_app.core.guidance import Level
from caregiver_app.core.redflag_alerts import Acknowledgement, FamilyAction, HowRaised
from caregiver_app.core.redflags import Episode
from caregiver_app.services.app import open_app
from caregiver_app.storage.emergency_info_repo import EmergencyInfoRepository
from caregiver_app.storage.migrations import (
    MIGRATIONS,
    SCHEMA_VERSION,
    _v6_red_flag_alerts_and_emergency_information,
)
from caregiver_app.storage.redflags_repo import RedFlagsRepository
from tests.conftest import NOW
from tests.storage.old_versions import STAMP, diary_at_version

MY_VERSION = MIGRATIONS.index(_v6_red_flag_alerts_and_emergency_information) + 1
AT = datetime(2026, 11, 21, 7, 15, tzinfo=UTC)


def episode(entry_ids: tuple[str, ...], rule: str = "raised_pressure") -> Episode:
    return Episode(
        rule=rule,
        title="Raised pressure in the head",
        level=Level.EMERGENCY,
        first_at=AT,
        last_at=AT + timedelta(hours=2),
        zone="Europe/Madrid",
        time_known=True,
        entry_ids=entry_ids,
        triggers=("severe_headache", "headache_with_vomiting"),
        reason="",
        reason_args=(),
        action="",
        source=Source("s", "a source"),
    )


def log(services, child, clock_time: str, symptom: str = "headache", severity: str = "severe"):
    return services.diary.log(
        child.id, day="2026-11-21", clock_time=clock_time, symptom=symptom, severity=severity
    )


def test_a_v5_diary_migrates_with_its_rows_and_gets_working_red_flag_tables(tmp_path):
    folder = tmp_path / "family"
    with diary_at_version(folder, MY_VERSION - 1) as conn:
        conn.execute(
            "INSERT INTO children (id, created_at, updated_at, logged_by, name, birth_date, "
            "allergies) VALUES ('c1', ?, ?, 'Ana', 'Lucía', '2024-03-15', 'Penicillin')",
            (STAMP, STAMP),
        )
        conn.execute(
            "INSERT INTO symptom_entries (id, created_at, updated_at, child_id, occurred_at, "
            "zone, local_date, time_known, symptom, severity) VALUES ('e1', ?, ?, 'c1', "
            "'2026-10-01T08:00:00.000000Z', 'Europe/Madrid', '2026-10-01', 1, 'seizure', "
            "'mild')",
            (STAMP, STAMP),
        )

    services = open_app(folder)
    try:
        assert services.database.user_version() == SCHEMA_VERSION >= MY_VERSION
        assert [e.id for e in services.diary.entries_on("c1", date(2026, 10, 1))] == ["e1"]
        # The old seizure had no alert: the first catch-up lists it, quietly.
        assert services.redflags.needs_catch_up()
        [raised] = services.redflags.catch_up()
        assert (raised.rule, raised.how, raised.entry_ids) == (
            "seizure",
            HowRaised.CATCH_UP,
            frozenset({"e1"}),
        )
        assert services.redflags.emergency_info("c1") is None
    finally:
        services.close()


def test_an_alert_is_stored_with_its_episode_and_grows_with_it(services, child):
    first, second, third = (log(services, child, t) for t in ("08:00", "09:00", "10:00"))
    repo = RedFlagsRepository(services.database)
    [alert_id] = repo.record(
        child.id,
        [episode((first.id, second.id))],
        [],
        how=HowRaised.SAVE,
        now=NOW,
        logged_by="Maria",
    )
    stored = repo.alert(alert_id)
    assert stored.entry_ids == {first.id, second.id}
    assert (stored.rule, stored.level, stored.how) == ("raised_pressure", Level.EMERGENCY, "save")
    assert stored.triggers == ("severe_headache", "headache_with_vomiting")
    assert (stored.first_at, stored.last_at, stored.zone) == (
        AT,
        AT + timedelta(hours=2),
        "Europe/Madrid",
    )
    assert (stored.raised_at, stored.meta.logged_by, stored.acknowledged) == (NOW, "Maria", False)

    # The episode gained the third entry: the alert holds it too (adding one twice is fine).
    assert (
        repo.record(
            child.id,
            [],
            [(alert_id, [third.id, first.id])],
            how=HowRaised.SAVE,
            now=NOW,
            logged_by="Maria",
        )
        == []
    )
    assert repo.alert(alert_id).entry_ids == {first.id, second.id, third.id}
    assert repo.entries_by_alert(child.id) == {
        alert_id: ("raised_pressure", {first.id, second.id, third.id})
    }


def test_alerts_are_listed_by_when_their_episode_started(services, child):
    second_child = services.family.add_child(name="Pablo", birth_date="2021-06-02")
    early, late = log(services, child, "07:00"), log(services, child, "09:30")
    repo = RedFlagsRepository(services.database)
    later_episode = Episode(**{**episode((late.id,)).__dict__, "first_at": AT + timedelta(hours=4)})
    ids = repo.record(
        child.id,
        [later_episode, episode((early.id,))],
        [],
        how=HowRaised.IMPORT,
        now=NOW,
        logged_by="",
    )
    assert [a.id for a in repo.alerts(child.id)] == [ids[1], ids[0]]
    assert [a.id for a in repo.alerts(child.id, newest_first=True)] == ids
    assert repo.alerts(second_child.id) == []
    assert repo.count_unacknowledged(child.id) == 2


def test_the_first_acknowledgement_is_kept_when_what_was_done_is_changed(services, child):
    entry = log(services, child, "08:00")
    repo = RedFlagsRepository(services.database)
    [alert_id] = repo.record(
        child.id, [episode((entry.id,))], [], how=HowRaised.SAVE, now=NOW, logged_by="Maria"
    )
    repo.acknowledge(
        alert_id,
        Acknowledgement(FamilyAction.CALLED_TEAM, "Nurse said come in"),
        now=NOW,
        by="Maria",
    )
    later = NOW + timedelta(hours=3)
    repo.acknowledge(
        alert_id,
        Acknowledgement(FamilyAction.EMERGENCY_DEPARTMENT, "Seen at the ED, scan normal"),
        now=later,
        by="Javier",
    )
    stored = repo.alert(alert_id)
    assert (stored.acknowledged_at, stored.acknowledged_by) == (NOW, "Maria")
    assert (stored.action, stored.note) == (
        FamilyAction.EMERGENCY_DEPARTMENT,
        "Seen at the ED, scan normal",
    )
    assert stored.meta.updated_at == later
    assert repo.count_unacknowledged(child.id) == 0
    with pytest.raises(KeyError):
        repo.acknowledge("nope", Acknowledgement(None, ""), now=NOW, by="Maria")


def test_the_rules_read_only_the_watched_entries_that_are_not_deleted(services, child):
    headache = log(services, child, "08:00")
    log(services, child, "08:30", symptom="nasal_congestion", severity="mild")
    deleted = log(services, child, "09:00", symptom="fever", severity="mild")
    services.diary.delete(deleted.id)
    repo = RedFlagsRepository(services.database)
    found = repo.watched_entries(child.id, {"headache", "fever"})
    assert [entry.id for entry in found] == [headache.id]
    assert repo.watched_entries(child.id, set()) == []


def info(**changes: object) -> EmergencyInfoInput:
    values: dict[str, object] = {
        "diagnosis": "RANKL-deficient osteopetrosis",
        "baseline_vision": "Sees shapes",
        "baseline_hearing": "Normal",
        "baseline_neurological": "Normal",
        "allergies": "Ignored here",
        "past_procedures": "",
        "procedures_to_avoid": "Extractions",
        "immunizations": "Up to date",
        "staff_notes": "Fragile bones",
        "reviewed_on": date(2026, 11, 20),
    }
    values.update(changes)
    return EmergencyInfoInput(**values)  # type: ignore[arg-type]


def test_emergency_information_is_one_record_per_child_with_the_profiles_allergies(services, child):
    services.family.update_child(
        child.id, name=child.name, birth_date="2024-03-15", allergies="Penicillin"
    )
    repo = EmergencyInfoRepository(services.database)
    assert repo.get(child.id) is None
    first_id = repo.save(child.id, info(), now=NOW, logged_by="Maria")
    again_id = repo.save(
        child.id,
        info(baseline_vision="Follows a toy"),
        now=NOW + timedelta(days=1),
        logged_by="Javier",
    )
    assert again_id == first_id, "saving again updates the one record"
    stored = repo.get(child.id)
    assert stored is not None
    assert stored.baseline_vision == "Follows a toy"
    assert stored.allergies == "Penicillin", "from the child's profile, not stored here"
    assert stored.reviewed_on == date(2026, 11, 20)
    assert stored.meta.logged_by == "Maria"
    columns = [
        row[1] for row in services.database.conn.execute("PRAGMA table_info(emergency_info)")
    ]
    assert "allergies" not in columns
    with pytest.raises(sqlite3.IntegrityError):
        services.database.conn.execute(
            "INSERT INTO emergency_info (id, created_at, updated_at, child_id, diagnosis, "
            "reviewed_on) VALUES ('x', '', '', ?, 'd', '2026-11-20')",
            (child.id,),
        )
