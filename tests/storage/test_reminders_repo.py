"""The reminders' state on a real SQLite file: an occurrence is recorded as fired once
(UNIQUE + INSERT OR IGNORE), snoozes move, dismissals and preferences read back."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, time, timedelta

import pytest

from caregiver_app.core.reminders import ReminderKey, ReminderPreferences
from caregiver_app.storage.reminders_repo import RemindersRepository
from tests.conftest import NOW

KEY = ReminderKey("dose:m1:20261121T070000Z", datetime(2026, 11, 21, 7, tzinfo=UTC))
OTHER = ReminderKey("dose:m1:20261121T190000Z", datetime(2026, 11, 21, 19, tzinfo=UTC))


def test_an_occurrence_is_recorded_as_fired_once(services):
    repo = RemindersRepository(services.database)
    assert repo.record_fired([KEY, OTHER, KEY], now=NOW) == [KEY, OTHER]
    assert repo.record_fired([KEY], now=NOW) == []
    rows = services.database.conn.execute(
        "SELECT reminder_id, occurrence FROM reminder_fired ORDER BY occurrence"
    ).fetchall()
    assert rows == [
        ("dose:m1:20261121T070000Z", "2026-11-21T07:00:00.000000Z"),
        ("dose:m1:20261121T190000Z", "2026-11-21T19:00:00.000000Z"),
    ]
    with pytest.raises(sqlite3.IntegrityError):
        services.database.conn.execute(
            "INSERT INTO reminder_fired VALUES (?, ?, ?)",
            (KEY.reminder_id, "2026-11-21T07:00:00.000000Z", "x"),
        )
    start = datetime(2026, 11, 21, 7, tzinfo=UTC)
    assert repo.fired_between(start - timedelta(seconds=1), start) == {KEY}
    assert repo.fired_between(start, start + timedelta(hours=12)) == {OTHER}


def test_a_snooze_is_moved_by_snoozing_again_and_undone(services):
    repo = RemindersRepository(services.database)
    until = NOW + timedelta(hours=1, microseconds=7)
    repo.snooze(KEY, until, now=NOW)
    repo.snooze(KEY, until + timedelta(hours=1), now=NOW)
    assert repo.snoozes_ending_after(NOW) == {KEY: until + timedelta(hours=1)}
    assert repo.snoozes_ending_after(until + timedelta(hours=1)) == {}
    assert repo.snoozed_until(KEY) == until + timedelta(hours=1)
    assert repo.unsnooze(KEY)
    assert not repo.unsnooze(KEY)


def test_a_dismissal_is_kept_once_and_undone(services):
    repo = RemindersRepository(services.database)
    assert repo.dismiss(KEY, now=NOW)
    assert not repo.dismiss(KEY, now=NOW)
    assert repo.dismissed_after(KEY.occurrence - timedelta(minutes=1)) == {KEY}
    assert repo.dismissed_after(KEY.occurrence) == set()
    assert repo.undismiss(KEY)
    assert repo.dismissed_after(KEY.occurrence - timedelta(minutes=1)) == set()


def test_preferences_default_then_read_back_and_a_damaged_value_takes_its_default(services):
    repo = RemindersRepository(services.database)
    assert repo.preferences() == ReminderPreferences()
    chosen = ReminderPreferences(30, time(7, 30), time(19, 0), 0, False)
    repo.set_preferences(chosen)
    assert repo.preferences() == chosen
    with services.database.transaction() as conn:
        conn.execute("UPDATE reminder_preferences SET value = 'x' WHERE key = 'check_time'")
    assert repo.preferences().check_time == ReminderPreferences().check_time
    assert repo.caught_up_to() is None
    repo.set_caught_up_to(NOW)
    assert repo.caught_up_to() == NOW
