"""``caregiver-app export ics``: an RFC 5545 file that the ``icalendar`` library parses,
holding every appointment and every check due date with its alarm; CRLF, lines folded at 75
octets, text escaped; stable UIDs; 0600; bad options exit 2 having written nothing."""

from __future__ import annotations

import stat
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from caregiver_app.core.clock import FixedClock
from caregiver_app.services.app import open_app
from tests.cli.family_fixture import TRICKY_PLACE, TRICKY_PURPOSE, make_family
from tests.cli.test_cli import cli
from tests.conftest import FAMILY_ZONE, NOW

MADRID = ZoneInfo(FAMILY_ZONE)


@pytest.fixture
def family(tmp_path):
    folder = tmp_path / "family"
    return folder, make_family(folder)


def events_of(path) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def test_the_calendar_holds_every_appointment_and_check_due_date_each_with_an_alarm(
    family, tmp_path
):
    folder, ids = family
    target = tmp_path / "lucia.ics"
    run = cli(folder, "export", "ics", str(target), "--child", "Lucía")
    assert (run.code, run.err) == (0, "")
    assert run.out == (f"Wrote 5 appointments and 4 check due dates, with alarms, to {target}.\n")
    events = events_of(target)
    by_uid = {str(event["UID"]): event for event in events}
    assert len(by_uid) == len(events) == 9

    app = open_app(folder, FixedClock(NOW))
    try:
        for appointment in app.appointments.appointments(ids["child"]):
            event = by_uid[f"appointment-{appointment.id}@caregiver-app.invalid"]
            assert event.decoded("DTSTART") == appointment.starts_at
            assert event.decoded("DTEND") == appointment.starts_at + timedelta(hours=1)
            alarms = event.walk("VALARM")
            assert len(alarms) == 2
            day_before, hours_before = (alarm.decoded("TRIGGER") for alarm in alarms)
            local_day_before = day_before.astimezone(appointment.local_start().tzinfo)
            assert local_day_before.date() == appointment.local_date - timedelta(days=1)
            assert local_day_before.hour == 18
            assert hours_before == -timedelta(hours=2)
            assert all(str(alarm["ACTION"]) == "DISPLAY" for alarm in alarms)
        due = {
            state.key: state.next_due
            for state in app.checks.checks(ids["child"])
            if state.next_due is not None
        }
    finally:
        app.close()
    assert set(due) == {"eye_exam", "hearing_test", "blood_tests", ids["kidney"]}
    for key, day in due.items():
        event = by_uid[f"check-{ids['child']}-{key}@caregiver-app.invalid"]
        assert event.decoded("DTSTART") == day
        assert event.decoded("DTEND") == day + timedelta(days=1)
        [alarm] = event.walk("VALARM")
        # The first reminder: 14 days before the due day, at 09:00 in Madrid.
        first = datetime.combine(day - timedelta(days=14), time(9), tzinfo=MADRID)
        assert alarm.decoded("TRIGGER") == first.astimezone(UTC)
    eye = by_uid[f"check-{ids['child']}-eye_exam@caregiver-app.invalid"]
    assert str(eye["SUMMARY"]) == "Lucía: Eye exam due"
    assert "a suggestion only: confirm this interval with your care team" in str(eye["DESCRIPTION"])
    kidney = by_uid[f"check-{ids['child']}-{ids['kidney']}@caregiver-app.invalid"]
    assert "as set by Dr. Vega on 2026-11-21" in str(kidney["DESCRIPTION"])


def test_text_is_escaped_and_reads_back_exactly(family, tmp_path):
    folder, ids = family
    target = tmp_path / "all.ics"
    assert cli(folder, "export", "ics", str(target)).code == 0
    [planned] = [e for e in events_of(target) if ids["planned"] in str(e["UID"])]
    assert str(planned["LOCATION"]) == TRICKY_PLACE
    description = str(planned["DESCRIPTION"])
    assert TRICKY_PURPOSE in description
    assert "Questions to ask:\n- Is the optic nerve stable?\n- Next VEP, when?" in description
    assert str(planned["SUMMARY"]) == "Lucía: Eyes (ophthalmology)"
    assert str(planned["STATUS"]) == "CONFIRMED"
    cancelled = [e for e in events_of(target) if "Cancelled" in str(e["SUMMARY"])]
    assert [str(e["STATUS"]) for e in cancelled] == ["CANCELLED"]


def test_the_file_is_crlf_folded_at_75_octets_private_and_its_uids_stable(family, tmp_path):
    folder, _ = family
    first, second = tmp_path / "one.ics", tmp_path / "two.ics"
    cli(folder, "export", "ics", str(first))
    cli(folder, "export", "ics", str(second))
    data = first.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert data.endswith(b"END:VCALENDAR\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines), "long lines are folded"
    for line in lines:
        line.decode("utf-8")  # folding never splits a character
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert [str(e["UID"]) for e in events_of(first)] == [str(e["UID"]) for e in events_of(second)]


@pytest.mark.parametrize("target", ["missing-folder/cal.ics", "."])
def test_a_bad_target_is_named_exits_2_and_writes_nothing(tmp_path, capsys, target, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "never-made"
    with pytest.raises(SystemExit) as exited:
        cli(folder, "export", "ics", target)
    assert exited.value.code == 2
    assert "argument FILE.ics:" in capsys.readouterr().err
    assert not folder.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_an_all_day_check_is_a_date_and_a_timed_visit_is_utc(family, tmp_path):
    folder, _ = family
    target = tmp_path / "x.ics"
    cli(folder, "export", "ics", str(target))
    text = target.read_bytes().decode("utf-8")
    assert "DTSTART;VALUE=DATE:20261101\r\n" in text
    assert "DTSTART:20261123T093000Z\r\n" in text
