"""Scheduled doses are expanded in the family's zone: wall-clock times stay put across DST,
a time in the spring gap is due at the first valid minute after it, a time the autumn
change repeats is due once; adherence counts come out exact across both changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from caregiver_app.core.medicines import DoseEvent, DoseStatus, Medicine, Route, adherence
from caregiver_app.core.records import RecordMeta
from caregiver_app.core.schedule import (
    ON_TIME_TOLERANCE_MINUTES,
    Schedule,
    ScheduleKind,
    occurrence_on,
    occurrences,
    wall_clock_instant,
)

TWICE_DAILY = Schedule(ScheduleKind.FIXED_TIMES, (time(8), time(20)))
STAMP = datetime(2026, 1, 1, tzinfo=UTC)

# (zone, spring change day, autumn change day) in 2026.
ZONES = [
    ("Europe/Madrid", date(2026, 3, 29), date(2026, 10, 25)),
    ("America/New_York", date(2026, 3, 8), date(2026, 11, 1)),
]


def local(zone: str, day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(zone))


@pytest.mark.parametrize(("zone", "spring", "autumn"), ZONES)
def test_twice_daily_doses_stay_at_08_and_20_local_across_both_changes(zone, spring, autumn):
    for change in (spring, autumn):
        found = occurrences(TWICE_DAILY, zone, change - timedelta(days=1), change + timedelta(1))
        assert len(found) == 6
        for occurrence in found:
            shown = occurrence.instant.astimezone(ZoneInfo(zone))
            assert (shown.date(), shown.time()) == (occurrence.local_date, occurrence.wall_time)
        # Between the mornings either side of the night of the change: 23 or 25 real hours.
        mornings = [o.instant for o in found if o.wall_time == time(8)]
        expected = timedelta(hours=23 if change == spring else 25)
        assert mornings[1] - mornings[0] == expected
        assert mornings[2] - mornings[1] == timedelta(hours=24)


def test_a_time_in_the_spring_gap_is_due_at_the_first_valid_minute_after_it():
    schedule = Schedule(ScheduleKind.FIXED_TIMES, (time(2, 30),))
    [madrid] = occurrences(schedule, "Europe/Madrid", date(2026, 3, 29), date(2026, 3, 29))
    assert madrid.instant.astimezone(ZoneInfo("Europe/Madrid")).time() == time(3, 0)
    assert madrid.wall_time == time(2, 30)
    [new_york] = occurrences(schedule, "America/New_York", date(2026, 3, 8), date(2026, 3, 8))
    assert new_york.instant == datetime(2026, 3, 8, 7, 0, tzinfo=UTC)  # 03:00 EDT


def test_two_times_in_one_gap_count_once():
    schedule = Schedule(ScheduleKind.FIXED_TIMES, (time(2, 15), time(2, 45)))
    found = occurrences(schedule, "Europe/Madrid", date(2026, 3, 29), date(2026, 3, 29))
    assert len(found) == 1


@pytest.mark.parametrize(
    ("zone", "autumn", "repeated"),
    [("Europe/Madrid", date(2026, 10, 25), 2), ("America/New_York", date(2026, 11, 1), 1)],
)
def test_a_time_that_happens_twice_is_due_once_at_the_first(zone, autumn, repeated):
    schedule = Schedule(ScheduleKind.FIXED_TIMES, (time(repeated, 30),))
    [once] = occurrences(schedule, zone, autumn, autumn)
    first = local(zone, autumn, repeated, 30)  # fold=0: the first of the two
    assert once.instant == first.astimezone(UTC)
    assert first.replace(fold=1).astimezone(UTC) - once.instant == timedelta(hours=1)


def test_days_of_the_week_and_every_n_days():
    mwf = Schedule(ScheduleKind.FIXED_TIMES, (time(18),), frozenset({0, 2, 4}))
    week = occurrences(mwf, "Europe/Madrid", date(2026, 11, 16), date(2026, 11, 22))
    assert [o.local_date.weekday() for o in week] == [0, 2, 4]
    every3 = Schedule(ScheduleKind.EVERY_N_DAYS, (time(9),), every_days=3, anchor=date(2026, 11, 2))
    found = occurrences(every3, "Europe/Madrid", date(2026, 11, 1), date(2026, 11, 12))
    assert [o.local_date.day for o in found] == [2, 5, 8, 11]
    assert occurrence_on(every3, "Europe/Madrid", date(2026, 11, 3), time(9)) is None
    assert (
        occurrences(Schedule(ScheduleKind.AS_NEEDED), "UTC", date(2026, 1, 1), date(2026, 2, 1))
        == []
    )


def test_the_medicines_own_dates_bound_the_occurrences():
    found = occurrences(
        TWICE_DAILY,
        "UTC",
        date(2026, 1, 1),
        date(2026, 1, 31),
        active_from=date(2026, 1, 10),
        active_to=date(2026, 1, 11),
    )
    assert len(found) == 4


def test_the_on_time_window_is_an_hour_either_side():
    assert ON_TIME_TOLERANCE_MINUTES == 60


# Adherence across DST -------------------------------------------------------------------


def medicine(zone: str, start: date) -> Medicine:
    meta = RecordMeta("m1", STAMP, STAMP, "Ana")
    return Medicine(
        meta,
        "c1",
        zone,
        "Calcitriol",
        "0.25",
        "microgram",
        "",
        Route.BY_MOUTH,
        TWICE_DAILY,
        start,
        None,
        "",
        "",
        "",
        None,
        None,
        None,
    )


def dose(n: int, zone: str, day: date, wall: int, given: datetime | None) -> DoseEvent:
    meta = RecordMeta(f"d{n}", STAMP, STAMP, "Ana")
    scheduled = wall_clock_instant(day, time(wall), ZoneInfo(zone))
    return DoseEvent(
        meta,
        "c1",
        "m1",
        DoseStatus.GIVEN if given else DoseStatus.SKIPPED,
        scheduled,
        day,
        time(wall),
        given.astimezone(UTC) if given else None,
        zone,
        day,
        "Ana",
        "" if given else "asleep",
        "",
    )


@pytest.mark.parametrize(("zone", "spring", "autumn"), ZONES)
def test_adherence_over_a_week_around_each_change_is_exact(zone, spring, autumn):
    """Seven days around the change (14 doses), given by the wall clock: 07:40 (20 min
    early) and 20:50 (50 min late) are on time, 09:30 is late (90 min); one skipped, one
    not recorded. Counting 24-hour steps from the first day instead of the local time would
    put the doses after the change at 09:00/21:00 (spring: 07:40 becomes late) or at
    07:00/19:00 (autumn: 20:50 becomes late)."""
    for change in (spring, autumn):
        first, last = change - timedelta(days=3), change + timedelta(days=3)
        events = []
        n = 0
        for offset in range(7):
            day = first + timedelta(days=offset)
            n += 1
            if day == change:
                events.append(dose(n, zone, day, 8, local(zone, day, 9, 30)))  # late
            elif offset == 5:
                events.append(dose(n, zone, day, 8, None))  # skipped
            else:
                events.append(dose(n, zone, day, 8, local(zone, day, 7, 40)))
            n += 1
            if offset != 6:  # the last evening is not recorded
                events.append(dose(n, zone, day, 20, local(zone, day, 20, 50)))
        now = local(zone, last + timedelta(days=1), 0, 0)
        result = adherence(medicine(zone, date(2026, 1, 1)), events, first, last, now)
        assert (result.on_time, result.late, result.skipped, result.not_recorded) == (11, 1, 1, 1)
        assert result.due == 14


@pytest.mark.parametrize(("zone", "spring", "autumn"), ZONES)
def test_doses_not_yet_due_do_not_count_as_missing(zone, spring, autumn):
    now = local(zone, spring, 12)  # the morning dose is due, the evening one not yet
    result = adherence(medicine(zone, date(2026, 1, 1)), [], spring, spring, now)
    assert (result.due, result.not_recorded) == (1, 1)


def test_a_dose_given_an_hour_and_a_minute_after_is_late():
    zone = "Europe/Madrid"
    day = date(2026, 11, 2)
    late = dose(1, zone, day, 8, local(zone, day, 9, 1))
    on_time = dose(2, zone, day, 20, local(zone, day, 21, 0))
    assert late.timing().value == "late"
    assert on_time.timing().value == "on_time"
