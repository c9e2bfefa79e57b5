"""Instants and local times: the fast paths the import relies on give exactly what the plain
versions gave, in every zone, across clock changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caregiver_app.core.timeutil import (
    INSTANT_FORMAT,
    NonexistentLocalTime,
    format_instant,
    local_to_instant,
    parse_instant,
)

MADRID = ZoneInfo("Europe/Madrid")
ZONES = sorted(available_timezones())


def reference_local_to_instant(day: date, clock_time: time, zone: ZoneInfo) -> datetime:
    """The first implementation: a round trip through UTC must give the same wall time."""
    local = datetime.combine(day, clock_time.replace(tzinfo=None, fold=0), tzinfo=zone)
    instant = local.astimezone(UTC)
    if instant.astimezone(zone).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise NonexistentLocalTime(str(local))
    return instant


def test_a_time_skipped_when_the_clocks_go_forward_is_refused():
    with pytest.raises(NonexistentLocalTime):
        local_to_instant(date(2026, 3, 29), time(2, 30), MADRID)
    assert local_to_instant(date(2026, 3, 29), time(3, 0), MADRID) == datetime(
        2026, 3, 29, 1, 0, tzinfo=UTC
    )


def test_a_time_that_happens_twice_means_the_first_one():
    assert local_to_instant(date(2026, 10, 25), time(2, 30), MADRID) == datetime(
        2026, 10, 25, 0, 30, tzinfo=UTC
    )
    assert local_to_instant(date(2026, 10, 25), time(2, 30, fold=1), MADRID) == datetime(
        2026, 10, 25, 0, 30, tzinfo=UTC
    )


@settings(max_examples=400, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    moment=st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2040, 12, 31)),
    near_change=st.booleans(),
)
def test_local_to_instant_agrees_with_the_round_trip_everywhere(zone, moment, near_change):
    tz = ZoneInfo(zone)
    if near_change:
        # Most random moments miss every clock change; aim at the transitions instead.
        moment = moment.replace(month=3 if moment.month < 7 else 10, hour=moment.hour % 4)
    day, clock_time = moment.date(), moment.time().replace(second=0, microsecond=0)
    try:
        expected = reference_local_to_instant(day, clock_time, tz)
    except NonexistentLocalTime:
        with pytest.raises(NonexistentLocalTime):
            local_to_instant(day, clock_time, tz)
    else:
        assert local_to_instant(day, clock_time, tz) == expected


def _transition_days(tz: ZoneInfo, year: int) -> list[date]:
    """Days whose noon offset differs from the day before's (a clock change near them)."""
    days = []
    for ordinal in range(date(year, 1, 2).toordinal(), date(year + 1, 1, 1).toordinal()):
        day = date.fromordinal(ordinal)
        noon = datetime.combine(day, time(12), tzinfo=tz)
        if noon.utcoffset() != (noon - timedelta(days=1)).utcoffset():
            days += [day - timedelta(days=1), day]
    return days


@pytest.mark.parametrize(
    "zone", ["Europe/Madrid", "America/Santiago", "Australia/Lord_Howe", "Asia/Beirut"]
)
def test_every_quarter_hour_around_each_clock_change_agrees_with_the_round_trip(zone):
    tz = ZoneInfo(zone)
    days = _transition_days(tz, 2026)
    assert days, "the zone should change its clocks in 2026"
    refused = 0
    for day in days:
        for minutes in range(0, 24 * 60, 15):
            clock_time = time(minutes // 60, minutes % 60)
            try:
                expected = reference_local_to_instant(day, clock_time, tz)
            except NonexistentLocalTime:
                refused += 1
                with pytest.raises(NonexistentLocalTime):
                    local_to_instant(day, clock_time, tz)
            else:
                assert local_to_instant(day, clock_time, tz) == expected
    assert refused > 0  # the gaps were really visited


@settings(max_examples=300, deadline=None)
@given(
    moment=st.datetimes(min_value=datetime(1000, 1, 2), max_value=datetime(9999, 12, 30)),
    offset_minutes=st.integers(-14 * 60, 14 * 60),
)
def test_format_instant_is_the_documented_fixed_width_text(moment, offset_minutes):
    aware = moment.replace(tzinfo=timezone(timedelta(minutes=offset_minutes)))
    text = format_instant(aware)
    assert text == aware.astimezone(UTC).strftime(INSTANT_FORMAT)
    assert len(text) == 27
    assert parse_instant(text) == aware
    assert format_instant(aware.astimezone(UTC)) == text
    assert format_instant(aware.astimezone(MADRID)) == text


def test_naive_datetimes_are_never_formatted():
    with pytest.raises(ValueError, match="naive"):
        format_instant(datetime(2026, 1, 1))
