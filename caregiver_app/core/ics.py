"""A small iCalendar (RFC 5545) writer: what calendar programs need to import appointments
and check due dates with their alarms, and nothing more.

Written by hand rather than with a library (the app has no dependency for it; the tests
parse the output with ``icalendar``): content lines end in CRLF and are folded at 75 octets
without splitting a UTF-8 character (3.1); TEXT values escape backslash, semicolon, comma
and newlines (3.3.11); timed events are UTC (``...Z``), so no VTIMEZONE is needed; all-day
events are DATE values with an exclusive DTEND (3.6.1); each VALARM is a DISPLAY alarm with a
DESCRIPTION (3.6.6)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

MAX_LINE_OCTETS = 75
CRLF = "\r\n"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def escape_text(text: str) -> str:
    """A TEXT value: ``\\`` ``;`` ``,`` escaped, every newline (CRLF, CR or LF) as ``\\n``;
    other control characters, which TEXT may not hold (tab aside), become spaces."""
    text = _CONTROL.sub(" ", text)
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """One content line, folded so no physical line exceeds 75 octets (the continuation's
    leading space counts), never inside a UTF-8 sequence; CRLF after each part."""
    parts: list[str] = []
    current = ""
    size = 0
    limit = MAX_LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = " ", 1, MAX_LINE_OCTETS
        current += char
        size += width
    parts.append(current)
    return "".join(part + CRLF for part in parts)


def utc_stamp(instant: datetime) -> str:
    """A UTC DATE-TIME value: ``20261121T070000Z``."""
    if instant.tzinfo is None:
        raise ValueError("naive datetimes are never written")
    return instant.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def date_value(day: date) -> str:
    return day.strftime("%Y%m%d")


def duration_value(delta: timedelta) -> str:
    """A DURATION value (3.3.6) in weeks, days, hours, minutes: ``-P13DT15H``, ``PT0S``."""
    sign = "-" if delta < timedelta(0) else ""
    seconds = int(abs(delta).total_seconds())
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes, seconds = divmod(rest, 60)
    text = f"{sign}P"
    if days:
        text += f"{days}D"
    clock = "".join(
        f"{value}{unit}" for value, unit in ((hours, "H"), (minutes, "M"), (seconds, "S")) if value
    )
    if clock:
        text += f"T{clock}"
    if not days and not clock:
        text += "T0S"
    return text


@dataclass(frozen=True)
class Alarm:
    """A display alarm: ``before_start`` relative to the event's start (positive: before
    it), or at the instant ``at``."""

    description: str
    before_start: timedelta | None = None
    at: datetime | None = None

    def lines(self) -> list[str]:
        if self.at is not None:
            trigger = f"TRIGGER;VALUE=DATE-TIME:{utc_stamp(self.at)}"
        else:
            trigger = f"TRIGGER:{duration_value(-(self.before_start or timedelta(0)))}"
        return [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape_text(self.description)}",
            trigger,
            "END:VALARM",
        ]


@dataclass(frozen=True)
class Event:
    """A timed event (``start``/``end`` aware datetimes) or an all-day one (``start`` a
    date; ``end`` the day after the last, exclusive)."""

    uid: str
    start: datetime | date
    end: datetime | date
    summary: str
    description: str = ""
    location: str = ""
    status: str = "CONFIRMED"  # or CANCELLED, TENTATIVE
    last_modified: datetime | None = None
    transparent: bool = False
    alarms: tuple[Alarm, ...] = ()

    def lines(self, stamp: datetime) -> list[str]:
        found = ["BEGIN:VEVENT", f"UID:{self.uid}", f"DTSTAMP:{utc_stamp(stamp)}"]
        for name, value in (("DTSTART", self.start), ("DTEND", self.end)):
            if isinstance(value, datetime):
                found.append(f"{name}:{utc_stamp(value)}")
            else:
                found.append(f"{name};VALUE=DATE:{date_value(value)}")
        found.append(f"SUMMARY:{escape_text(self.summary)}")
        if self.description:
            found.append(f"DESCRIPTION:{escape_text(self.description)}")
        if self.location:
            found.append(f"LOCATION:{escape_text(self.location)}")
        found.append(f"STATUS:{self.status}")
        if self.last_modified is not None:
            found.append(f"LAST-MODIFIED:{utc_stamp(self.last_modified)}")
        found.append(f"TRANSP:{'TRANSPARENT' if self.transparent else 'OPAQUE'}")
        for alarm in self.alarms:
            found.extend(alarm.lines())
        found.append("END:VEVENT")
        return found


def render_calendar(
    events: Iterable[Event], *, stamp: datetime, product: str, name: str = ""
) -> bytes:
    """The whole VCALENDAR as UTF-8 bytes with CRLF line ends and folded lines."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{product}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if name:
        lines.append(f"X-WR-CALNAME:{escape_text(name)}")
    for event in events:
        lines.extend(event.lines(stamp))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) for line in lines).encode("utf-8")
