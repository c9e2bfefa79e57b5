from datetime import date

import pytest

from caregiver_app.core.messages import ValidationFailed
from caregiver_app.core.records import DiaryFilter, Severity


def test_logged_entry_is_stored_with_who_and_where(services, child):
    entry = services.diary.log(
        child.id,
        day="2026-11-21",
        clock_time="08:15",
        symptom="headache",
        severity="severe",
        notes="woke up crying",
    )
    stored = services.diary.entry(entry.id)
    assert stored.severity is Severity.SEVERE
    assert stored.meta.logged_by == "Maria"
    assert stored.zone == "Europe/Madrid"
    assert stored.local_time().strftime("%Y-%m-%d %H:%M") == "2026-11-21 08:15"
    assert stored.occurred_at.isoformat() == "2026-11-21T07:15:00+00:00"


def test_an_entry_in_the_future_is_refused_and_nothing_is_saved(services, child):
    with pytest.raises(ValidationFailed) as failed:
        services.diary.log(
            child.id, day="2026-11-21", clock_time="23:00", symptom="fever", severity="mild"
        )
    assert [p.field for p in failed.value.problems] == ["time"]
    assert services.diary.ids_for(DiaryFilter(child.id)) == []


def test_delete_then_undo_brings_the_entry_back(services, child):
    entry = services.diary.log(
        child.id, day="2026-11-20", clock_time=None, symptom="fever", severity="mild"
    )
    assert services.diary.delete(entry.id)
    assert services.diary.ids_for(DiaryFilter(child.id)) == []
    assert services.diary.entry(entry.id).meta.deleted_at is not None
    assert services.diary.undo_delete(entry.id)
    assert [row[0] for row in services.diary.ids_for(DiaryFilter(child.id))] == [entry.id]


def test_nothing_unusual_counts_once_per_day(services, child):
    assert services.diary.mark_nothing_unusual(child.id)
    assert not services.diary.mark_nothing_unusual(child.id)
    assert [d.day for d in services.diary.quiet_days(child.id)] == [date(2026, 11, 21)]


def test_a_day_with_entries_cannot_also_be_nothing_unusual(services, child):
    services.diary.log(
        child.id, day="2026-11-21", clock_time="08:00", symptom="fever", severity="severe"
    )
    assert not services.diary.mark_nothing_unusual(child.id)
    assert services.diary.quiet_days(child.id) == []


def test_logging_an_entry_on_a_quiet_day_takes_the_mark_away(services, child):
    assert services.diary.mark_nothing_unusual(child.id, date(2026, 11, 20))
    services.diary.log(
        child.id, day="2026-11-20", clock_time=None, symptom="fever", severity="mild"
    )
    assert services.diary.quiet_days(child.id) == []


def test_moving_an_entry_onto_a_quiet_day_takes_the_mark_away(services, child):
    entry = services.diary.log(
        child.id, day="2026-11-19", clock_time=None, symptom="fever", severity="mild"
    )
    assert services.diary.mark_nothing_unusual(child.id, date(2026, 11, 20))
    services.diary.update(
        entry.id, day="2026-11-20", clock_time=None, symptom="fever", severity="mild"
    )
    assert services.diary.quiet_days(child.id) == []


def test_editing_only_the_note_of_an_entry_in_the_repeated_hour_keeps_its_instant(services, child):
    from datetime import UTC, datetime

    # 25 October 2026 in Madrid: 02:30 happens twice. Forms and files mean the first; an entry
    # can still sit at the second (e.g. from a sync later), so it is put there directly.
    entry = services.diary.log(
        child.id,
        day="2026-10-25",
        clock_time="02:30",
        symptom="fever",
        severity="mild",
        notes="first reading",
    )
    second = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 CET, after the change
    services.database.conn.execute(
        "UPDATE symptom_entries SET occurred_at = ? WHERE id = ?",
        ("2026-10-25T01:30:00.000000Z", entry.id),
    )
    services.database.conn.commit()
    edited = services.diary.update(
        entry.id,
        day="2026-10-25",
        clock_time="02:30",
        symptom="fever",
        severity="mild",
        notes="second reading",
    )
    assert edited.occurred_at == second
    assert edited.notes == "second reading"
