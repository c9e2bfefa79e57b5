"""When a scheduled medicine is due: occurrences expanded with ``zoneinfo`` in the family's zone.

Plain Python (no Qt, no SQL), shared by the dose log's adherence and, later, by reminders.

Policy (tested across the spring and autumn changes in two zones):

- Wall-clock times stay at their local time across daylight-saving changes: "08:00 every
  day" is 08:00 on the clock on the wall, whatever the UTC offset that day.
- A time that does not exist that day (the clocks went forward over it, like 02:30 in Madrid
  on the last Sunday of March) is due at the first valid minute after it (03:00 there).
- A time that happens twice (the clocks went back over it) is due once, at its first
  occurrence (``fold=0``).
- Two schedule times that land on the same instant (both inside one gap) count once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from caregiver_app.core.messages import QT_TRANSLATE_NOOP

#: A dose given within this many minutes either side of its scheduled local time is "on
#: time"; later (or, rarely, earlier) counts as "late". Documented in docs/csv-format.md.
ON_TIME_TOLERANCE_MINUTES = 60
ON_TIME_TOLERANCE = timedelta(minutes=ON_TIME_TOLERANCE_MINUTES)

#: Longest daylight-saving gap searched for the first valid minute (real gaps are 30-60 min;
#: a few historical zones skipped whole days, which this bounds safely).
_MAX_GAP = timedelta(hours=26)

WEEKDAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_LABELS = (
    QT_TRANSLATE_NOOP("Schedule", "Mon"),
    QT_TRANSLATE_NOOP("Schedule", "Tue"),
    QT_TRANSLATE_NOOP("Schedule", "Wed"),
    QT_TRANSLATE_NOOP("Schedule", "Thu"),
    QT_TRANSLATE_NOOP("Schedule", "Fri"),
    QT_TRANSLATE_NOOP("Schedule", "Sat"),
    QT_TRANSLATE_NOOP("Schedule", "Sun"),
)
ALL_WEEKDAYS: frozenset[int] = frozenset(range(7))


class ScheduleKind(StrEnum):
    FIXED_TIMES = "fixed_times"  # chosen times of day on chosen days of the week
    EVERY_N_DAYS = "every_n_days"  # chosen times of day every N days from the start date
    AS_NEEDED = "as_needed"  # no schedule: each dose is given when needed, with its reason


SCHEDULE_KIND_LABELS: dict[ScheduleKind, str] = {
    ScheduleKind.FIXED_TIMES: QT_TRANSLATE_NOOP("Schedule", "At set times on chosen days"),
    ScheduleKind.EVERY_N_DAYS: QT_TRANSLATE_NOOP("Schedule", "Every few days"),
    ScheduleKind.AS_NEEDED: QT_TRANSLATE_NOOP("Schedule", "As needed"),
}


@dataclass(frozen=True)
class Schedule:
    """How often a medicine is due. ``weekdays`` (0 = Monday) applies to FIXED_TIMES;
    ``every_days`` to EVERY_N_DAYS, counted from ``anchor`` (the medicine's start date)."""

    kind: ScheduleKind
    times: tuple[time, ...] = ()
    weekdays: frozenset[int] = ALL_WEEKDAYS
    every_days: int | None = None
    anchor: date | None = None

    @property
    def is_scheduled(self) -> bool:
        return self.kind is not ScheduleKind.AS_NEEDED

    def falls_on(self, day: date) -> bool:
        """Whether the schedule has doses on the local calendar day ``day``."""
        if self.kind is ScheduleKind.FIXED_TIMES:
            return day.weekday() in self.weekdays
        if self.kind is ScheduleKind.EVERY_N_DAYS:
            if self.anchor is None or not self.every_days or day < self.anchor:
                return False
            return (day - self.anchor).days % self.every_days == 0
        return False


@dataclass(frozen=True, order=True)
class Occurrence:
    """One scheduled dose: the instant it is due (UTC), and the local day and the schedule's
    own wall-clock time it stands for (``wall_time`` is 02:30 even when, in a gap, the dose
    is due at 03:00)."""

    instant: datetime
    local_date: date
    wall_time: time


def wall_clock_instant(day: date, wall_time: time, zone: ZoneInfo) -> datetime:
    """The UTC instant a wall-clock time of ``day`` is due, under this module's policy."""
    local = datetime.combine(day, wall_time.replace(tzinfo=None, fold=0), tzinfo=zone)
    first, second = local.utcoffset(), local.replace(fold=1).utcoffset()
    if first is None or second is None or second <= first:
        return local.astimezone(UTC)  # exists (once, or twice: fold=0 is the first)
    # In a gap: step forward a minute at a time to the first local minute that exists.
    naive = local.replace(tzinfo=None)
    step = timedelta(minutes=1)
    candidate = naive + step
    while candidate - naive <= _MAX_GAP:
        aware = candidate.replace(tzinfo=zone)
        a, b = aware.utcoffset(), aware.replace(fold=1).utcoffset()
        if a is not None and b is not None and b <= a:
            return aware.astimezone(UTC)
        candidate += step
    return local.astimezone(UTC)  # pragma: no cover - no real zone has such a gap


def _days(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def occurrences(
    schedule: Schedule,
    zone: str | ZoneInfo,
    first: date,
    last: date,
    *,
    active_from: date | None = None,
    active_to: date | None = None,
) -> list[Occurrence]:
    """Every scheduled dose whose local day is from ``first`` to ``last`` (both included)
    and within the medicine's own dates ``active_from``..``active_to`` (None: open), sorted
    by instant, each instant once."""
    tz = zone if isinstance(zone, ZoneInfo) else ZoneInfo(zone)
    if not schedule.is_scheduled or not schedule.times:
        return []
    if active_from is not None:
        first = max(first, active_from)
    if active_to is not None:
        last = min(last, active_to)
    found: dict[datetime, Occurrence] = {}
    for day in _days(first, last):
        if not schedule.falls_on(day):
            continue
        for wall_time in sorted(set(schedule.times)):
            instant = wall_clock_instant(day, wall_time, tz)
            found.setdefault(instant, Occurrence(instant, day, wall_time))
    return sorted(found.values())


def occurrence_on(
    schedule: Schedule, zone: str | ZoneInfo, day: date, wall_time: time
) -> Occurrence | None:
    """The scheduled dose of ``day`` at the schedule's time ``wall_time``, if there is one."""
    if wall_time not in schedule.times or not schedule.falls_on(day):
        return None
    tz = zone if isinstance(zone, ZoneInfo) else ZoneInfo(zone)
    return Occurrence(wall_clock_instant(day, wall_time, tz), day, wall_time)


def format_times(times: Iterable[time]) -> str:
    return " ".join(t.strftime("%H:%M") for t in sorted(times))


def format_weekdays(weekdays: Iterable[int]) -> str:
    days = sorted(set(weekdays))
    return "" if len(days) == 7 else " ".join(WEEKDAY_CODES[d] for d in days)
