"""Reminder occurrences, expanded with zoneinfo: checks (days before, due day, weekly while
overdue), appointments (day before, hours before), doses (each scheduled time); stable keys;
snoozes and dismissals; the catch-up window; and fourteen-day runs across the DST changes in
three zones, firing once a day at the local time under the schedule module's policy."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caregiver_app.core.appointments import (
    Appointment,
    AppointmentStatus,
    RoutineCheck,
    Specialty,
)
from caregiver_app.core.checks import CheckState, CheckStatus, Interval, IntervalUnit
from caregiver_app.core.medicines import Medicine, Route
from caregiver_app.core.messages import ValidationFailed
from caregiver_app.core.records import RecordMeta
from caregiver_app.core.reminders import (
    FIRST_RUN_LOOKBACK,
    MAX_CATCH_UP,
    Label,
    ReminderKey,
    ReminderKind,
    ReminderPreferences,
    ReminderRule,
    SnoozeChoice,
    appointment_reminder,
    catch_up_window,
    check_reminder,
    clock_jump,
    dose_reminders,
    due_between,
    newest_per_reminder,
    reminder_when_text,
    snooze_until,
    validate_preferences,
)
from caregiver_app.core.schedule import Schedule, ScheduleKind

STAMP = datetime(2026, 1, 1, tzinfo=UTC)
CHILD = "c" * 32
PREFS = ReminderPreferences()
MADRID = "Europe/Madrid"

# (zone, the day the clocks go forward, the day they go back) in 2026.
DST_CHANGES = [
    ("Europe/Madrid", date(2026, 3, 29), date(2026, 10, 25)),
    ("America/New_York", date(2026, 3, 8), date(2026, 11, 1)),
    ("Australia/Sydney", date(2026, 10, 4), date(2026, 4, 5)),
]


def local(zone: str, day: date, hour: int, minute: int = 0, fold: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute, fold=fold), tzinfo=ZoneInfo(zone))


def medicine(times: tuple[time, ...], zone: str = MADRID, start: date = date(2026, 1, 1)):
    return Medicine(
        meta=RecordMeta("m" * 32, STAMP, STAMP, "Maria"),
        child_id=CHILD,
        zone=zone,
        name="Calcitriol",
        dose_amount="0.25",
        dose_unit="µg",
        dose_text="",
        route=Route.BY_MOUTH,
        schedule=Schedule(ScheduleKind.FIXED_TIMES, times),
        start_date=start,
        end_date=None,
        prescriber="",
        purpose="",
        notes="",
        stock=None,
        stock_counted_at=None,
        low_stock_level=None,
    )


def check_state(next_due: date | None, lead: int = 14, planned: date | None = None) -> CheckState:
    return CheckState(
        key="eye_exam",
        child_id=CHILD,
        routine=RoutineCheck.EYE_EXAM,
        name="Eye exam",
        interval=Interval(3, IntervalUnit.MONTHS),
        interval_is_suggestion=True,
        interval_set_by="",
        interval_set_at=None,
        suggestion=None,
        lead_days=lead,
        last_done=None,
        last_done_source=None,
        last_result_notes="",
        next_due=next_due,
        planned_on=planned,
        status=CheckStatus.ON_TRACK,
    )


def appointment(day: date, at: time, status=AppointmentStatus.PLANNED) -> Appointment:
    starts = local(MADRID, day, at.hour, at.minute).astimezone(UTC)
    return Appointment(
        RecordMeta("a" * 32, STAMP, STAMP, "Maria"),
        CHILD,
        starts,
        MADRID,
        day,
        at,
        Specialty.OPHTHALMOLOGY,
        "Dr. Ruiz",
        "Eye clinic",
        "VEP",
        (),
        status,
        RoutineCheck.EYE_EXAM,
        "",
    )


def in_zone(instant: datetime, zone: str = MADRID) -> tuple[date, time]:
    shown = instant.astimezone(ZoneInfo(zone))
    return shown.date(), shown.time()


# Checks ------------------------------------------------------------------------------------


def test_a_check_reminds_days_before_on_the_due_day_then_weekly_while_overdue():
    due = date(2026, 12, 15)
    reminder = check_reminder(check_state(due, lead=14), MADRID, PREFS)
    assert reminder is not None
    assert reminder.reminder_id == f"check:{CHILD}:eye_exam:2026-12-15"
    found = reminder.firings_between(
        local(MADRID, date(2026, 11, 1), 0), local(MADRID, date(2027, 1, 6), 0)
    )
    assert [(in_zone(f.at), f.rule) for f in found] == [
        ((date(2026, 12, 1), time(9)), ReminderRule.CHECK_AHEAD),
        ((date(2026, 12, 15), time(9)), ReminderRule.CHECK_DUE),
        ((date(2026, 12, 22), time(9)), ReminderRule.CHECK_OVERDUE),
        ((date(2026, 12, 29), time(9)), ReminderRule.CHECK_OVERDUE),
        ((date(2027, 1, 5), time(9)), ReminderRule.CHECK_OVERDUE),
    ]


def test_weekly_overdue_reminders_stay_at_their_local_time_across_the_dst_change():
    reminder = check_reminder(check_state(date(2026, 10, 1), lead=0), MADRID, PREFS)
    assert reminder is not None
    found = reminder.firings_between(
        local(MADRID, date(2026, 10, 10), 0), local(MADRID, date(2026, 11, 10), 0)
    )
    assert [in_zone(f.at) for f in found] == [
        (date(2026, 10, 15), time(9)),
        (date(2026, 10, 22), time(9)),
        (date(2026, 10, 29), time(9)),  # after the clocks went back on the 25th
        (date(2026, 11, 5), time(9)),
    ]


def test_no_check_reminder_without_a_due_day_or_while_a_visit_that_fulfils_it_is_planned():
    assert check_reminder(check_state(None), MADRID, PREFS) is None
    assert (
        check_reminder(check_state(date(2026, 12, 1), planned=date(2026, 11, 30)), MADRID, PREFS)
        is None
    )


# Appointments and doses ---------------------------------------------------------------------


def test_an_appointment_reminds_the_day_before_at_the_set_time_and_hours_before():
    reminder = appointment_reminder(appointment(date(2026, 12, 3), time(10, 30)), PREFS)
    assert reminder is not None
    assert [(in_zone(f.at), f.rule) for f in reminder.firings] == [
        ((date(2026, 12, 2), time(18)), ReminderRule.APPOINTMENT_DAY_BEFORE),
        ((date(2026, 12, 3), time(8, 30)), ReminderRule.APPOINTMENT_HOURS_BEFORE),
    ]
    assert reminder.title == Label("Eyes (ophthalmology)", "Appointments")
    assert reminder.detail == "Dr. Ruiz · Eye clinic · VEP"
    no_hours = ReminderPreferences(appointment_hours_before=0)
    only = appointment_reminder(appointment(date(2026, 12, 3), time(10, 30)), no_hours)
    assert only is not None
    assert [f.rule for f in only.firings] == [ReminderRule.APPOINTMENT_DAY_BEFORE]


@pytest.mark.parametrize(
    "status", [AppointmentStatus.DONE, AppointmentStatus.CANCELLED, AppointmentStatus.MISSED]
)
def test_only_planned_appointments_remind(status):
    assert appointment_reminder(appointment(date(2026, 12, 3), time(10), status), PREFS) is None


def test_each_scheduled_dose_reminds_at_its_time_until_it_is_answered():
    med = medicine((time(8), time(20)))
    found = dose_reminders(med, date(2026, 11, 21), date(2026, 11, 22))
    assert [in_zone(r.due_at) for r in found] == [
        (date(2026, 11, 21), time(8)),
        (date(2026, 11, 21), time(20)),
        (date(2026, 11, 22), time(8)),
        (date(2026, 11, 22), time(20)),
    ]
    answered = {found[1].due_at}
    left = dose_reminders(med, date(2026, 11, 21), date(2026, 11, 22), answered)
    assert [r.reminder_id for r in left] == [
        found[0].reminder_id,
        *(r.reminder_id for r in found[2:]),
    ]
    assert all(r.kind is ReminderKind.DOSE and r.detail == "0.25 µg" for r in found)


def test_a_dose_in_the_spring_gap_keeps_its_schedule_time_for_the_dose_log():
    [gap] = dose_reminders(medicine((time(2, 30),)), date(2026, 3, 29), date(2026, 3, 29))
    assert in_zone(gap.due_at) == (date(2026, 3, 29), time(3, 0))
    assert (gap.due_date, gap.wall_time) == (date(2026, 3, 29), time(2, 30))


# Keys, windows, snoozes, dismissals ---------------------------------------------------------


@given(
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40),
    st.datetimes(datetime(2000, 1, 1), datetime(2100, 1, 1), timezones=st.just(UTC)),
)
def test_a_key_reads_back_from_its_text(reminder_id, instant):
    key = ReminderKey(reminder_id, instant)
    assert ReminderKey.parse(key.text()) == key


def test_a_key_names_the_reminder_and_the_utc_instant():
    key = ReminderKey("dose:abc:20261121T070000Z", datetime(2026, 11, 21, 7, tzinfo=UTC))
    assert key.text() == "dose:abc:20261121T070000Z@2026-11-21T07:00:00Z"
    with pytest.raises(ValueError, match="no-instant"):
        ReminderKey.parse("no-instant")


def test_windows_are_half_open_so_consecutive_ones_never_share_an_occurrence():
    reminders = dose_reminders(medicine((time(8),)), date(2026, 11, 20), date(2026, 11, 22))
    eight = local(MADRID, date(2026, 11, 21), 8)
    assert len(due_between(reminders, eight - timedelta(hours=1), eight)) == 1
    assert due_between(reminders, eight, eight + timedelta(hours=1)) == []


def test_a_snooze_moves_an_occurrence_and_holds_an_overdue_checks_weekly_repeats():
    reminder = check_reminder(check_state(date(2026, 10, 1), lead=0), MADRID, PREFS)
    assert reminder is not None
    first = local(MADRID, date(2026, 10, 8), 9).astimezone(UTC)
    until = local(MADRID, date(2026, 10, 25), 12).astimezone(UTC)
    snoozes = {ReminderKey(reminder.reminder_id, first): until}
    found = due_between(
        [reminder],
        local(MADRID, date(2026, 10, 2), 0),
        local(MADRID, date(2026, 11, 3), 0),
        snoozes=snoozes,
    )
    # The 8th is snoozed to the 25th at noon; the 15th and 22nd are held; the 29th fires.
    assert [(in_zone(o.at), o.snoozed) for o in found] == [
        ((date(2026, 10, 25), time(12)), True),
        ((date(2026, 10, 29), time(9)), False),
    ]
    # Snoozing the snoozed one again moves it once more.
    snoozes[ReminderKey(reminder.reminder_id, until)] = until + timedelta(days=1)
    again = due_between(
        [reminder], until - timedelta(days=1), until + timedelta(days=2), snoozes=snoozes
    )
    assert [o.at for o in again] == [until + timedelta(days=1)]


def test_a_snooze_of_an_occurrence_that_no_longer_exists_is_ignored():
    reminders = dose_reminders(medicine((time(8),)), date(2026, 11, 21), date(2026, 11, 21))
    stale = ReminderKey("dose:gone:20261121T070000Z", datetime(2026, 11, 21, 7, tzinfo=UTC))
    found = due_between(
        reminders,
        datetime(2026, 11, 21, tzinfo=UTC),
        datetime(2026, 11, 22, tzinfo=UTC),
        snoozes={stale: datetime(2026, 11, 21, 9, tzinfo=UTC)},
    )
    assert [o.at for o in found] == [datetime(2026, 11, 21, 7, tzinfo=UTC)]


def test_a_dismissed_occurrence_never_fires():
    reminders = dose_reminders(
        medicine((time(8), time(20))), date(2026, 11, 21), date(2026, 11, 21)
    )
    start, end = datetime(2026, 11, 21, tzinfo=UTC), datetime(2026, 11, 22, tzinfo=UTC)
    both = due_between(reminders, start, end)
    found = due_between(reminders, start, end, dismissed={both[0].key})
    assert [o.key for o in found] == [both[1].key]


def test_the_catch_up_window_starts_at_the_last_catch_up_within_limits():
    now = datetime(2026, 11, 21, 9, tzinfo=UTC)
    assert catch_up_window(None, now) == (now - FIRST_RUN_LOOKBACK, now)
    assert catch_up_window(now - timedelta(hours=5), now) == (now - timedelta(hours=5), now)
    assert catch_up_window(now - timedelta(days=40), now) == (now - MAX_CATCH_UP, now)
    # The clock went back: nothing in between fires again.
    assert catch_up_window(now + timedelta(hours=2), now) == (now, now)


def test_a_reminder_that_fired_several_times_is_shown_once_at_its_newest():
    reminder = check_reminder(check_state(date(2026, 10, 1), lead=0), MADRID, PREFS)
    assert reminder is not None
    doses = dose_reminders(medicine((time(8),)), date(2026, 10, 20), date(2026, 10, 21))
    found = due_between(
        [reminder, *doses],
        local(MADRID, date(2026, 9, 30), 0),
        local(MADRID, date(2026, 10, 21), 23),
    )
    shown = newest_per_reminder(found)
    assert [(o.kind, in_zone(o.at)) for o in shown] == [
        (ReminderKind.CHECK, (date(2026, 10, 15), time(9))),
        (ReminderKind.DOSE, (date(2026, 10, 20), time(8))),
        (ReminderKind.DOSE, (date(2026, 10, 21), time(8))),
    ]


def test_a_clock_jump_is_wall_time_moving_apart_from_monotonic_time():
    wall = datetime(2026, 11, 21, 9, tzinfo=UTC)
    assert clock_jump(wall, 100.0, wall + timedelta(seconds=60), 160.0) is None
    assert clock_jump(wall, 100.0, wall + timedelta(hours=2, minutes=1), 160.0) == timedelta(
        hours=2
    )
    assert clock_jump(wall, 100.0, wall - timedelta(hours=1), 160.0) == -timedelta(
        hours=1, minutes=1
    )


def test_snooze_choices_are_an_hour_and_tomorrow_at_eight_local():
    now = datetime(2026, 10, 24, 22, 30, tzinfo=UTC)  # 00:30 on the 25th in Madrid
    assert snooze_until(SnoozeChoice.ONE_HOUR, now, MADRID) == now + timedelta(hours=1)
    tomorrow = snooze_until(SnoozeChoice.TOMORROW, now, MADRID)
    assert in_zone(tomorrow) == (date(2026, 10, 26), time(8))


def test_preferences_name_each_bad_field_and_keep_the_rest():
    changed = validate_preferences(PREFS, check_days_before="30", check_time="07:45")
    assert (changed.check_days_before, changed.check_time) == (30, time(7, 45))
    assert changed.appointment_hours_before == PREFS.appointment_hours_before
    with pytest.raises(ValidationFailed) as failed:
        validate_preferences(
            PREFS,
            check_days_before="-3",
            check_time="25:00",
            appointment_day_before_time="",
            appointment_hours_before="100",
            doses_enabled="yes",
        )
    assert {p.field for p in failed.value.problems} == {
        "check_days_before",
        "check_time",
        "appointment_day_before_time",
        "appointment_hours_before",
        "doses_enabled",
    }


# Fourteen days across each DST change, in three zones -------------------------------------


def _run_catch_ups(reminders, start: datetime, end: datetime, step: timedelta):
    """What the app shows when it catches up every ``step`` (fired keys kept in memory)."""
    fired: set[ReminderKey] = set()
    shown = []
    last = None
    now = start
    while now <= end:
        first, upto = catch_up_window(last, now)
        new = [o for o in due_between(reminders, first, upto) if o.key not in fired]
        fired.update(o.key for o in new)
        shown += newest_per_reminder(new)
        last = now
        now += step
    return shown


@pytest.mark.parametrize(("zone", "spring", "autumn"), DST_CHANGES)
@pytest.mark.parametrize("which", ["spring", "autumn"])
@pytest.mark.parametrize("wall", [time(8, 0), time(2, 30)])
def test_fourteen_days_around_a_dst_change_fire_once_a_day_at_the_local_time(
    zone, spring, autumn, which, wall
):
    change = spring if which == "spring" else autumn
    tz = ZoneInfo(zone)
    first_day, last_day = change - timedelta(days=7), change + timedelta(days=6)
    reminders = dose_reminders(medicine((wall,), zone), first_day, last_day)
    shown = _run_catch_ups(
        reminders,
        local(zone, first_day, 0),
        local(zone, last_day, 23, 59),
        timedelta(minutes=37),
    )
    days = [o.at.astimezone(tz).date() for o in shown]
    assert days == [first_day + timedelta(days=n) for n in range(14)], "once a day"
    for occurrence in shown:
        day, shown_time = occurrence.at.astimezone(tz).date(), occurrence.at.astimezone(tz).time()
        if wall == time(2, 30) and day == change and which == "spring":
            assert shown_time == time(3, 0), "the first valid minute after the gap"
        else:
            assert shown_time == wall
            # A time that happens twice fires at its first occurrence.
            # (Compared in UTC: PEP 495 makes an inter-zone == False for a repeated time.)
            expected = local(zone, day, wall.hour, wall.minute, fold=0).astimezone(UTC)
            assert occurrence.at == expected
    # The change really is in the span (and, for 02:30, really skips or repeats it).
    offsets = {local(zone, d, 12).utcoffset() for d in (first_day, last_day)}
    assert len(offsets) == 2


any_value = st.one_of(st.none(), st.text(max_size=8), st.integers(-5, 500), st.booleans())


@given(any_value, any_value, any_value, any_value, any_value)
def test_any_preferences_input_gives_valid_preferences_or_field_named_problems(a, b, c, d, e):
    try:
        chosen = validate_preferences(
            PREFS,
            check_days_before=a,
            check_time=b,
            appointment_day_before_time=c,
            appointment_hours_before=d,
            doses_enabled=e,
        )
    except ValidationFailed as failed:
        fields = {p.field for p in failed.problems}
        assert fields
        assert fields <= {
            "check_days_before",
            "check_time",
            "appointment_day_before_time",
            "appointment_hours_before",
            "doses_enabled",
        }
    else:
        assert 0 <= chosen.check_days_before <= 365
        assert 0 <= chosen.appointment_hours_before <= 72
        assert isinstance(chosen.doses_enabled, bool)
        assert chosen.check_time.tzinfo is None


def test_an_occurrence_says_when_its_thing_is_due_in_its_own_local_time():
    visit = appointment_reminder(appointment(date(2026, 12, 3), time(10, 30)), PREFS)
    check = check_reminder(check_state(date(2026, 9, 1), lead=0), MADRID, PREFS)
    [dose] = dose_reminders(medicine((time(2, 30),)), date(2026, 3, 29), date(2026, 3, 29))
    assert visit is not None
    assert check is not None
    window = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
    found = due_between([visit, check, dose], *window)
    texts = {(o.kind, reminder_when_text(o)) for o in found}
    assert (ReminderKind.APPOINTMENT, "2026-12-03 at 10:30") in texts
    assert (ReminderKind.CHECK, "Overdue since 2026-09-01") in texts
    assert (ReminderKind.CHECK, "Due on 2026-09-01") in texts
    assert (ReminderKind.DOSE, "Due 2026-03-29 at 02:30") in texts
