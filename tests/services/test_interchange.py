"""Import and export as use cases, under the test's clock and the family's time zone."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from caregiver_app.core.messages import ValidationFailed
from caregiver_app.services.interchange import InterchangeService

HEADER = b"date,time,symptom,severity,notes,logged_by\r\n"


@pytest.fixture
def interchange(services):
    return InterchangeService.for_app(services)


def test_import_counts_new_and_known_rows(services, child, interchange):
    data = HEADER + b"2026-11-21,09:30,fever,mild,,\r\n2026-11-20,,fever,mild,,\r\n"
    result = interchange.import_symptom_csv(child.id, data)
    assert (result.added, result.already_there, result.rows) == (2, 0, 2)
    assert result.child.name == "Lucía"
    again = interchange.import_symptom_csv(child.id, data)
    assert (again.added, again.already_there) == (0, 2)


def test_now_is_the_clock_s_now(services, child, interchange, clock):
    data = HEADER + b"2026-11-21,10:30,fever,mild,,\r\n"  # 10:30 Madrid = 09:30 UTC
    with pytest.raises(ValidationFailed) as failed:
        interchange.import_symptom_csv(child.id, data)
    assert [p.render_with_field() for p in failed.value.problems] == [
        "line 2: time: is in the future"
    ]
    clock.advance(timedelta(minutes=31))
    assert interchange.import_symptom_csv(child.id, data).added == 1


def test_a_database_failure_midway_lands_nothing(services, child, interchange):
    """All or nothing holds even when SQLite itself refuses a row in the middle."""
    services.database.conn.execute(
        "CREATE TEMP TRIGGER refuse_boom BEFORE INSERT ON symptom_entries "
        "WHEN NEW.notes = 'boom' BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    data = (
        HEADER
        + b"2026-11-01,,fever,mild,first,\r\n"
        + b"2026-11-02,,fever,mild,boom,\r\n"
        + b"2026-11-03,,fever,mild,third,\r\n"
    )
    with pytest.raises(sqlite3.IntegrityError, match="refused"):
        interchange.import_symptom_csv(child.id, data)
    assert services.diary.repository.count(child.id) == 0
    assert not services.database.in_transaction()


def test_export_shows_times_in_the_family_zone_of_today(services, child, interchange, tmp_path):
    services.diary.log(
        child.id, day="2026-07-01", clock_time="08:00", symptom="fever", severity="mild"
    )
    services.settings.set_time_zone("America/New_York")  # the family moved
    result = interchange.export_symptoms(child.id, tmp_path / "out.csv")
    assert result.written == 1
    lines = (tmp_path / "out.csv").read_text().splitlines()
    assert lines[1] == "2026-07-01,02:00,fever,mild,,Maria"


def test_export_range_is_inclusive(services, child, interchange, tmp_path):
    for day in ("2026-06-01", "2026-06-02", "2026-06-03"):
        services.diary.log(child.id, day=day, clock_time=None, symptom="fever", severity="mild")
    result = interchange.export_symptoms(
        child.id, tmp_path / "out.csv", start=date(2026, 6, 2), end=date(2026, 6, 3)
    )
    assert result.written == 2
    assert (tmp_path / "out.csv").read_text().count("2026-06-0") == 2
