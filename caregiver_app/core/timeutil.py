"""Instants, local wall-clock times and the family's time zone.

Moments are stored as UTC instants plus the IANA zone they were entered in; calendar facts
stay dates. Policy for local times that do not exist (clocks go forward) or happen twice
(clocks go back): a time in the gap is refused with a clear message when typed or imported;
a time that happens twice means its first occurrence (``fold=0``)."""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

INSTANT_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def format_instant(instant: datetime) -> str:
    """A fixed-width, sortable UTC text form of an aware datetime."""
    if instant.tzinfo is None:
        raise ValueError("naive datetimes are never stored")
    # The same text as strftime(INSTANT_FORMAT) (isoformat always writes four-digit years),
    # in a third less time: an import formats every row's instant.
    if instant.tzinfo is not UTC:
        instant = instant.astimezone(UTC)
    return instant.isoformat(timespec="microseconds")[:-6] + "Z"


def parse_instant(text: str) -> datetime:
    """Reads :func:`format_instant`'s text (``fromisoformat`` takes the ``Z`` since 3.11)."""
    instant = datetime.fromisoformat(text)
    if instant.tzinfo is None or instant.utcoffset() != timedelta(0):
        raise ValueError(f"not a stored UTC instant: {text!r}")
    return instant.replace(tzinfo=UTC)


def is_valid_zone(name: str) -> bool:
    if not name or name != name.strip() or "\x00" in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def zone_names() -> list[str]:
    return sorted(available_timezones())


def system_zone_name() -> str:
    """Best guess of the system's IANA zone name without Qt; ``UTC`` if unknown."""
    candidates: list[str] = []
    tz_env = os.environ.get("TZ", "").lstrip(":")
    if tz_env:
        candidates.append(tz_env)
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    try:
        target = os.readlink("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if is_valid_zone(name):
            return name
    return "UTC"


class NonexistentLocalTime(ValueError):
    """The local time falls in a gap when the clocks went forward."""


def local_to_instant(day: date, clock_time: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of a local wall-clock time, under the policy in this module's doc."""
    if clock_time.tzinfo is not None or clock_time.fold:
        clock_time = clock_time.replace(tzinfo=None, fold=0)
    local = datetime.combine(day, clock_time, tzinfo=zone)
    # PEP 495: in a gap the first reading (fold=0) uses the offset from before the clocks
    # went forward, the second the larger one after; in an overlap it is the other way
    # round, and elsewhere both agree. Cheaper than a round trip through UTC, per row.
    first, second = local.utcoffset(), local.replace(fold=1).utcoffset()
    if first is not None and second is not None and second > first:
        raise NonexistentLocalTime(f"{day} {clock_time} does not exist in {zone.key}")
    return local.astimezone(UTC)


def start_of_local_day(day: date, zone: ZoneInfo) -> datetime:
    """The first instant of a local calendar day (midnight may itself be in a DST gap)."""
    local = datetime.combine(day, time(0, 0), tzinfo=zone)
    instant = local.astimezone(UTC)
    if instant.astimezone(zone).date() != day:  # pragma: no cover - zones with midnight gaps
        instant = datetime.combine(day, time(1, 0), tzinfo=zone).astimezone(UTC)
    return instant


def local_date_of(instant: datetime, zone: ZoneInfo) -> date:
    return instant.astimezone(zone).date()
