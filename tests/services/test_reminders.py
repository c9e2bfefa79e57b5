"""Reminders on a real diary with an injected clock: what fired while the app was closed is
shown once on the next start and never again; one fired row per occurrence; clock jumps;
fourteen-day runs across the DST changes in three zones; snooze, dismiss, Given and Skip."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from caregiver_app.core.medicines import DoseStatus
from caregiver_app.core.messages import UserError, ValidationFailed
from caregiver_app.core.reminders import (
    ReminderKey,
    ReminderKind,
    ReminderRule,
    SnoozeChoice,
)
from caregiver_app.services.app import AppServices, open_app
from tests.conftest import FAMILY_ZONE
from tests.ui.medicines_helpers import add_medicine as add_calcitriol

MADRID = ZoneInfo(FAMILY_ZONE)


def madrid(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=MADRID).astimezone(UTC)


TODAY = date(2026, 11, 21)  # NOW in tests/conftest.py is 10:00 in Madrid on this day


def add_medicine(services: AppServices, child, times: str, start: str = "2026-11-01"):
    return add_calcitriol(services, child, times=times, start_date=start, dose_unit="µg")


def fired_rows(services: AppServices) -> list[tuple[str, str]]:
    return services.database.conn.execute(
        "SELECT reminder_id, occurrence FROM reminder_fired ORDER BY occurrence, reminder_id"
    ).fetchall()


def local_times(items) -> list[tuple[date, time]]:
    return [
        (item.at.astimezone(MADRID).date(), item.at.astimezone(MADRID).time()) for item in items
    ]


# Closed, asleep, clock jumps --------------------------------------------------------------


def test_the_app_closed_across_three_due_times_shows_them_once_then_never_again(
    services, child, clock, data_dir
):
    add_medicine(services, child, "12:00 16:00 20:00")
    assert services.reminders.catch_up() == []  # started at 10:00
    services.close()

    clock.set(madrid(TODAY, 21, 30))  # reopened in the evening
    reopened = open_app(data_dir, clock)
    try:
        shown = reopened.reminders.catch_up()
        assert local_times(shown) == [(TODAY, time(12)), (TODAY, time(16)), (TODAY, time(20))]
        assert [item.kind for item in shown] == [ReminderKind.DOSE] * 3
        rows = fired_rows(reopened)
    finally:
        reopened.close()

    again = open_app(data_dir, clock)
    try:
        assert again.reminders.catch_up() == []
        assert fired_rows(again) == rows
    finally:
        again.close()
    # Exactly one fired row per occurrence, keyed by reminder and instant.
    assert rows == [
        (item.key.reminder_id, f"{item.at:%Y-%m-%dT%H:%M:%S}.000000Z") for item in shown
    ]


def test_missed_checks_appointments_and_doses_come_back_as_one_ordered_list(services, child, clock):
    add_medicine(services, child, "12:00")
    services.appointments.add(
        child.id, day="2026-11-22", clock_time="09:00", specialty="audiology_ent"
    )
    services.appointments.add(
        child.id,
        day="2026-06-01",
        clock_time="09:00",
        specialty="ophthalmology",
        status="done",
        fulfils="eye_exam",
    )  # due 2026-09-01, overdue: nags every Tuesday at 09:00
    services.reminders.catch_up()
    clock.set(madrid(date(2026, 11, 24), 10))  # three days closed
    shown = services.reminders.catch_up()
    # The visit's two reminders both fired while closed: it is shown once, at the newer.
    assert [(item.kind, item.rule, *local_times([item])[0]) for item in shown] == [
        (ReminderKind.DOSE, ReminderRule.DOSE_DUE, TODAY, time(12)),
        (
            ReminderKind.APPOINTMENT,
            ReminderRule.APPOINTMENT_HOURS_BEFORE,
            date(2026, 11, 22),
            time(7),
        ),
        (ReminderKind.DOSE, ReminderRule.DOSE_DUE, date(2026, 11, 22), time(12)),
        (ReminderKind.DOSE, ReminderRule.DOSE_DUE, date(2026, 11, 23), time(12)),
        (ReminderKind.CHECK, ReminderRule.CHECK_OVERDUE, date(2026, 11, 24), time(9)),
    ]
    assert len(fired_rows(services)) == 6  # the day-before reminder is recorded too


def test_a_wall_clock_jump_surfaces_what_became_due_and_a_jump_back_fires_nothing_twice(
    services, child, clock
):
    add_medicine(services, child, "10:30 11:30 12:30")
    assert services.reminders.catch_up() == []  # 10:00
    clock.advance(timedelta(hours=2))  # the clock jumps to 12:00; the heartbeat catches up
    jumped = services.reminders.catch_up()
    assert local_times(jumped) == [(TODAY, time(10, 30)), (TODAY, time(11, 30))]
    clock.advance(timedelta(hours=-2))  # and back to 10:00
    assert services.reminders.catch_up() == []
    clock.advance(timedelta(hours=2, minutes=1))  # 12:01 again: nothing twice
    assert services.reminders.catch_up() == []
    clock.advance(timedelta(minutes=30))  # 12:31: the next one, once
    assert local_times(services.reminders.catch_up()) == [(TODAY, time(12, 30))]
    assert len(fired_rows(services)) == 3
    assert services.reminders.fired_count() == 3


def test_the_first_start_looks_back_half_a_day_not_over_the_whole_history(services, child):
    add_medicine(services, child, "08:00 20:00", start="2026-01-01")
    shown = services.reminders.catch_up()
    # 10:00 now: yesterday 20:00 is 14 h back (no), today 08:00 is 2 h back (yes).
    assert local_times(shown) == [(TODAY, time(8))]


def test_a_check_that_nagged_weekly_while_closed_is_shown_once_with_every_week_recorded(
    services, child, clock
):
    services.checks.record_done(child.id, "hearing_test", done_on="2026-03-01")
    services.reminders.catch_up()  # due 2026-09-01: long overdue
    clock.advance(timedelta(days=13))
    [shown] = services.reminders.catch_up()
    assert (shown.kind, shown.rule, shown.reminder.subject_id) == (
        ReminderKind.CHECK,
        ReminderRule.CHECK_OVERDUE,
        "hearing_test",
    )
    assert len(fired_rows(services)) == 2  # both weeks recorded, one shown
    # Recording it done ends the nagging: the next due day is in six months.
    services.checks.record_done(child.id, "hearing_test", done_on="2026-12-03", result_notes="ok")
    clock.advance(timedelta(days=14))
    assert services.reminders.catch_up() == []


# Fourteen days around each DST change, in three zones ---------------------------------------

DST_CHANGES = [
    ("Europe/Madrid", date(2026, 3, 29), date(2026, 10, 25)),
    ("America/New_York", date(2026, 3, 8), date(2026, 11, 1)),
    ("Australia/Sydney", date(2026, 10, 4), date(2026, 4, 5)),
]


@pytest.mark.parametrize(("zone", "spring", "autumn"), DST_CHANGES)
@pytest.mark.parametrize("which", ["spring", "autumn"])
def test_fourteen_days_around_a_dst_change_fire_each_reminder_once_a_day_at_its_local_time(
    services, child, clock, zone, spring, autumn, which
):
    change = spring if which == "spring" else autumn
    tz = ZoneInfo(zone)
    services.settings.set_time_zone(zone)
    first_day, last_day = change - timedelta(days=7), change + timedelta(days=6)
    add_medicine(services, child, "02:30 08:00", start=first_day.isoformat())
    clock.set(datetime.combine(first_day, time(0), tzinfo=tz))
    services.reminders.catch_up()
    shown = []
    end = datetime.combine(last_day, time(23, 59), tzinfo=tz)
    while clock.now() < end:
        clock.advance(timedelta(minutes=97))  # the app ticking now and then
        shown += services.reminders.catch_up()
    for wall in (time(2, 30), time(8, 0)):
        mine = [item for item in shown if item.reminder.wall_time == wall]
        days = [item.at.astimezone(tz).date() for item in mine]
        assert days == [first_day + timedelta(days=n) for n in range(14)], (wall, days)
        for item in mine:
            day, at = item.at.astimezone(tz).date(), item.at.astimezone(tz).time()
            if wall == time(2, 30) and which == "spring" and day == change:
                assert at == time(3, 0)  # the first valid minute after the gap
            else:
                assert at == wall
                expected = datetime.combine(day, wall, tzinfo=tz).astimezone(UTC)  # fold=0
                assert item.at == expected
    assert len(fired_rows(services)) == 28


# Snooze, dismiss, answering a dose --------------------------------------------------------


def test_a_snooze_holds_a_reminder_until_its_time_then_it_fires_once(services, child, clock):
    add_medicine(services, child, "10:30")
    clock.advance(timedelta(minutes=31))
    [dose] = services.reminders.catch_up()
    assert [item.key for item in services.reminders.open_reminders()] == [dose.key]
    until = services.reminders.snooze_for(dose.key, SnoozeChoice.ONE_HOUR)
    assert until == clock.now() + timedelta(hours=1)
    assert services.reminders.open_reminders() == []
    assert [item.at for item in services.reminders.next_occurrences(limit=1)] == [until]
    clock.advance(timedelta(minutes=59))
    assert services.reminders.catch_up() == []
    clock.advance(timedelta(minutes=1))
    [again] = services.reminders.catch_up()
    assert (again.at, again.snoozed, again.reminder.reminder_id) == (
        until,
        True,
        dose.reminder.reminder_id,
    )
    assert [item.key for item in services.reminders.open_reminders()] == [again.key]
    assert services.reminders.catch_up() == []


def test_dismissing_closes_a_fired_reminder_and_stops_one_that_has_not_fired(
    services, child, clock
):
    add_medicine(services, child, "10:30 11:30")
    coming = services.reminders.next_occurrences(limit=2)
    assert services.reminders.dismiss(coming[1].key)  # the 11:30 one, ahead of time
    clock.advance(timedelta(hours=2))
    [first] = services.reminders.catch_up()
    assert first.key == coming[0].key
    assert services.reminders.dismiss(first.key)
    assert services.reminders.open_reminders() == []
    assert services.reminders.undo_dismiss(first.key)
    assert [item.key for item in services.reminders.open_reminders()] == [first.key]


def test_given_from_a_dose_reminder_lands_in_the_dose_log_and_closes_it(services, child, clock):
    medicine = add_medicine(services, child, "09:45")
    [dose] = services.reminders.catch_up()
    event = services.reminders.mark_given(dose.key)
    assert (event.medicine_id, event.status, event.scheduled_for) == (
        medicine.id,
        DoseStatus.GIVEN,
        dose.at,
    )
    assert (event.given_at, event.given_by) == (clock.now(), "Maria")
    assert services.reminders.open_reminders() == []
    [logged] = services.medicines.doses(child.id)
    assert logged.id == event.id
    with pytest.raises(ValidationFailed):  # a second answer is refused by the dose log
        services.reminders.mark_given(dose.key)


def test_skip_from_a_dose_reminder_needs_a_reason(services, child):
    add_medicine(services, child, "09:45")
    [dose] = services.reminders.catch_up()
    with pytest.raises(ValidationFailed) as failed:
        services.reminders.mark_skipped(dose.key, reason=" ")
    assert [p.field for p in failed.value.problems] == ["reason"]
    event = services.reminders.mark_skipped(dose.key, reason="vomited")
    assert (event.status, event.reason) == (DoseStatus.SKIPPED, "vomited")


def test_a_dose_in_the_spring_gap_is_answered_at_its_schedule_time(services, child, clock):
    add_medicine(services, child, "02:30", start="2026-03-20")
    clock.set(madrid(date(2026, 3, 29), 3, 5))
    [dose] = [item for item in services.reminders.catch_up() if item.at.day == 29]
    event = services.reminders.mark_given(dose.key)
    assert (event.scheduled_date, event.scheduled_time) == (date(2026, 3, 29), time(2, 30))


def test_given_and_skip_refuse_a_reminder_that_is_not_a_dose(services):
    key = ReminderKey("check:c:eye_exam:2026-12-01", datetime(2026, 12, 1, 8, tzinfo=UTC))
    with pytest.raises(UserError):
        services.reminders.mark_given(key)


# Appointments, preferences, the ticker --------------------------------------------------


def test_an_appointment_reminds_the_day_before_and_hours_before_by_the_preferences(services, child):
    services.reminders.set_preferences(
        appointment_day_before_time="19:30", appointment_hours_before=3
    )
    services.appointments.add(child.id, day="2026-11-25", clock_time="11:00", specialty="dental")
    coming = services.reminders.next_occurrences()
    assert [(item.rule, *local_times([item])[0]) for item in coming] == [
        (ReminderRule.APPOINTMENT_DAY_BEFORE, date(2026, 11, 24), time(19, 30)),
        (ReminderRule.APPOINTMENT_HOURS_BEFORE, date(2026, 11, 25), time(8, 0)),
    ]
    assert services.reminders.next_wakeup() == coming[0].at


def test_bad_preferences_name_the_field_and_change_nothing(services):
    before = services.reminders.preferences()
    with pytest.raises(ValidationFailed) as failed:
        services.reminders.set_preferences(check_days_before="5", appointment_hours_before="x")
    assert [p.field for p in failed.value.problems] == ["appointment_hours_before"]
    assert services.reminders.preferences() == before


def test_doses_can_be_switched_off(services, child, clock):
    add_medicine(services, child, "10:30")
    services.reminders.set_preferences(doses_enabled=False)
    clock.advance(timedelta(hours=1))
    assert services.reminders.catch_up() == []


def test_the_services_are_built_once_and_on_first_use(services):
    assert "reminders" not in vars(services)
    assert services.reminders is services.reminders
    assert services.checks is services.checks
