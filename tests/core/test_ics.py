"""The iCalendar writer: whatever the family typed comes back exactly from a standard parser
(``icalendar``), and every physical line is at most 75 octets, CRLF-terminated, whole UTF-8."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import icalendar
from hypothesis import given
from hypothesis import strategies as st

from caregiver_app.core.ics import Alarm, Event, duration_value, escape_text, fold, render_calendar

STAMP = datetime(2026, 11, 21, 9, tzinfo=UTC)
typed = st.lists(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x7f")
    | st.sampled_from(["\n", "\r\n", "\t", ",", ";", "\\", ":", '"', "ñ", "😀"]),
    max_size=120,
).map("".join)


@given(typed, typed, typed)
def test_any_typed_text_reads_back_exactly_and_lines_stay_within_75_octets(summary, notes, place):
    event = Event(
        uid="appointment-1@caregiver-app.invalid",
        start=STAMP,
        end=STAMP + timedelta(hours=1),
        summary=summary,
        description=notes,
        location=place,
        alarms=(Alarm(summary or "x", before_start=timedelta(hours=2)),),
    )
    data = render_calendar([event], stamp=STAMP, product="-//test//EN")
    lines = data.split(b"\r\n")
    assert lines[-1] == b""
    for line in lines[:-1]:
        assert len(line) <= 75
        assert b"\r" not in line
        assert b"\n" not in line
        line.decode("utf-8")
    [parsed] = icalendar.Calendar.from_ical(data).walk("VEVENT")
    normal = lambda text: text.replace("\r\n", "\n").replace("\r", "\n")  # noqa: E731
    assert str(parsed["SUMMARY"]) == normal(summary)
    if notes:
        assert str(parsed["DESCRIPTION"]) == normal(notes)
    if place:
        assert str(parsed["LOCATION"]) == normal(place)
    [alarm] = parsed.walk("VALARM")
    assert alarm.decoded("TRIGGER") == -timedelta(hours=2)


def test_an_all_day_event_is_dated_with_an_exclusive_end_and_an_absolute_alarm():
    event = Event(
        uid="check-1@caregiver-app.invalid",
        start=date(2026, 12, 1),
        end=date(2026, 12, 2),
        summary="Eye exam due",
        transparent=True,
        alarms=(Alarm("Eye exam due", at=datetime(2026, 11, 17, 8, tzinfo=UTC)),),
    )
    [parsed] = icalendar.Calendar.from_ical(
        render_calendar([event], stamp=STAMP, product="-//test//EN")
    ).walk("VEVENT")
    assert (parsed.decoded("DTSTART"), parsed.decoded("DTEND")) == (
        date(2026, 12, 1),
        date(2026, 12, 2),
    )
    assert str(parsed["TRANSP"]) == "TRANSPARENT"
    [alarm] = parsed.walk("VALARM")
    assert alarm.decoded("TRIGGER") == datetime(2026, 11, 17, 8, tzinfo=UTC)


def test_the_writer_escapes_folds_and_writes_durations_by_the_rfc():
    assert escape_text("a,b;c\\d\r\ne\nf") == "a\\,b\\;c\\\\d\\ne\\nf"
    assert escape_text("tab\there\x0bvt\x1besc") == "tab\there vt esc"
    folded = fold("DESCRIPTION:" + "ñ" * 60)
    parts = folded.encode("utf-8").split(b"\r\n")[:-1]
    assert [len(p) <= 75 for p in parts] == [True] * len(parts)
    assert "".join(p.decode("utf-8")[1:] if i else p.decode() for i, p in enumerate(parts)) == (
        "DESCRIPTION:" + "ñ" * 60
    )
    assert duration_value(-timedelta(days=13, hours=15)) == "-P13DT15H"
    assert duration_value(timedelta(hours=2, minutes=30)) == "PT2H30M"
    assert duration_value(timedelta(0)) == "PT0S"
