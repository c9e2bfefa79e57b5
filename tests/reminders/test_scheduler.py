"""The reminders' ticker on a real diary, with a clock the test moves and a fake monotonic
clock: the start shows what was missed once, date jobs wait for the next occurrences and run
on the GUI thread, the heartbeat notices a sleep or a clock jump, and nothing fires twice."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from caregiver_app.core.reminders import ReminderKind
from caregiver_app.reminders.scheduler import CatchUpReason, ReminderTicker
from caregiver_app.services.app import AppServices, open_app
from caregiver_app.ui.events import DataEvents
from tests.conftest import FAMILY_ZONE
from tests.ui.medicines_helpers import add_medicine as add_calcitriol

MADRID = ZoneInfo(FAMILY_ZONE)
TODAY = date(2026, 11, 21)  # NOW in tests/conftest.py is 10:00 in Madrid on this day


def madrid(day: date, hour: int, minute: int = 0, second: float = 0) -> datetime:
    whole = int(second)
    micro = round((second - whole) * 1_000_000)
    return datetime.combine(day, time(hour, minute, whole, micro), tzinfo=MADRID).astimezone(UTC)


class FakeMonotonic:
    """A monotonic clock the test moves (it stops while the computer "sleeps")."""

    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value

    def advance(self, delta: timedelta) -> None:
        self.value += delta.total_seconds()


@pytest.fixture
def monotonic() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def make_ticker(services, monotonic, qtbot):
    made: list[ReminderTicker] = []

    def make(app: AppServices | None = None) -> ReminderTicker:
        ticker = ReminderTicker(app or services, monotonic=monotonic, heartbeat_ms=3_600_000)
        made.append(ticker)
        return ticker

    yield make
    for ticker in made:
        ticker.stop()
        ticker.deleteLater()


def add_medicine(services: AppServices, child, times: str):
    return add_calcitriol(services, child, times=times, dose_unit="µg")


def fired_count(services: AppServices) -> int:
    return services.reminders.fired_count()


def reported(ticker: ReminderTicker) -> list[tuple[list, str]]:
    seen: list[tuple[list, str]] = []
    ticker.caught_up.connect(lambda items, reason: seen.append((items, reason)))
    return seen


def local_hours(items) -> list[time]:
    return [item.at.astimezone(MADRID).time() for item in items]


# Starting -----------------------------------------------------------------------------------


def test_the_start_shows_what_was_missed_while_closed_once_and_not_on_the_next_start(
    services, child, clock, data_dir, make_ticker
):
    add_medicine(services, child, "12:00 16:00 20:00")
    services.reminders.catch_up()  # the app was open at 10:00, then closed
    services.close()

    clock.set(madrid(TODAY, 21, 30))
    reopened = open_app(data_dir, clock)
    try:
        ticker = make_ticker(reopened)
        seen = reported(ticker)
        ticker.start()
        ticker.start()  # once only
        assert [reason for _items, reason in seen] == [CatchUpReason.START.value]
        assert local_hours(ticker.missed) == [time(12), time(16), time(20)]
        assert ticker.missed_reason is CatchUpReason.START
        ticker.stop()
    finally:
        reopened.close()

    again = open_app(data_dir, clock)
    try:
        ticker = make_ticker(again)
        seen = reported(ticker)
        ticker.start()
        assert seen == []
        assert ticker.missed == []
        assert fired_count(again) == 3  # one fired row per occurrence
        ticker.stop()
    finally:
        again.close()


def test_seeing_the_missed_list_clears_it(services, child, clock, make_ticker, qtbot):
    add_medicine(services, child, "08:00")
    ticker = make_ticker()
    ticker.start()  # the first run looks back twelve hours: today's 08:00 dose
    assert [item.kind for item in ticker.missed] == [ReminderKind.DOSE]
    with qtbot.waitSignal(ticker.missed_changed, timeout=1000):
        ticker.clear_missed()
    assert ticker.missed == []
    assert ticker.missed_reason is None


# Date jobs ----------------------------------------------------------------------------------


def test_a_date_job_waits_for_each_next_instant_late_jobs_still_run_once(
    services, child, clock, make_ticker
):
    add_medicine(services, child, "12:00 16:00")
    ticker = make_ticker()
    ticker.start()
    assert ticker.planned[:2] == [madrid(TODAY, 12), madrid(TODAY, 16)]
    jobs = ticker._scheduler.get_jobs()
    assert len(jobs) == len(ticker.planned)
    assert all(job.misfire_grace_time is None and job.coalesce for job in jobs)
    # Two hours from the services' "now" is two hours from the computer's own clock.
    first = jobs[0].next_run_time - datetime.now(UTC)
    assert timedelta(hours=1, minutes=59) < first <= timedelta(hours=2)


def test_a_job_runs_on_the_gui_thread_catches_up_and_plans_the_next(
    services, child, clock, make_ticker, qtbot
):
    add_medicine(services, child, "12:00 16:00")
    clock.set(madrid(TODAY, 11, 59, 59.8))  # the 12:00 job is 200 ms of real time away
    ticker = make_ticker()
    ticker.start()
    threads: list[threading.Thread] = []
    ticker.caught_up.connect(lambda *_: threads.append(threading.current_thread()))
    clock.set(madrid(TODAY, 12, 0, 0.5))  # the services' clock has reached 12:00 when it runs
    with qtbot.waitSignal(ticker.caught_up, timeout=5000) as fired:
        pass
    items, reason = fired.args
    assert reason == CatchUpReason.TICK.value
    assert local_hours(items) == [time(12)]
    assert threads == [threading.main_thread()]
    assert ticker.planned[0] == madrid(TODAY, 16)
    assert ticker.missed == []  # a reminder on time is not a missed one


def test_what_changes_the_data_plans_the_jobs_again(services, child, clock, make_ticker, qtbot):
    events = DataEvents()
    ticker = make_ticker()
    ticker.watch(events.medicines_changed)
    ticker.start()
    assert ticker.planned == []
    add_medicine(services, child, "11:00")
    events.medicines_changed.emit(child.id)
    qtbot.waitUntil(lambda: ticker.planned[:1] == [madrid(TODAY, 11)], timeout=2000)


# The heartbeat ------------------------------------------------------------------------------


def test_a_two_hour_jump_surfaces_what_came_due_and_a_jump_back_fires_nothing_twice(
    services, child, clock, monotonic, make_ticker
):
    add_medicine(services, child, "11:00 12:00")
    ticker = make_ticker()
    ticker.start()  # 10:00: nothing due yet
    seen = reported(ticker)

    clock.advance(timedelta(hours=2))  # the wall clock jumps (or the computer slept)...
    monotonic.advance(timedelta(seconds=30))  # ...while only a heartbeat's time passed
    ticker.heartbeat()
    [(items, reason)] = seen
    assert reason == CatchUpReason.WAKE.value
    assert local_hours(items) == [time(11), time(12)]
    assert local_hours(ticker.missed) == [time(11), time(12)]
    assert fired_count(services) == 2

    clock.advance(timedelta(hours=-2))  # and back again
    monotonic.advance(timedelta(seconds=30))
    ticker.heartbeat()
    for _ in range(5):  # the same two hours, lived again a minute at a time
        clock.advance(timedelta(minutes=30))
        monotonic.advance(timedelta(minutes=30))
        ticker.heartbeat()
    assert len(seen) == 1
    assert fired_count(services) == 2


def test_a_planned_instant_passed_without_its_job_is_caught_up_at_the_next_beat(
    services, child, clock, monotonic, make_ticker
):
    add_medicine(services, child, "10:20")
    ticker = make_ticker()
    ticker.start()
    seen = reported(ticker)
    clock.advance(timedelta(minutes=25))  # no jump: the time really passed
    monotonic.advance(timedelta(minutes=25))
    ticker.heartbeat()
    [(items, reason)] = seen
    assert reason == CatchUpReason.TICK.value
    assert local_hours(items) == [time(10, 20)]


def test_a_busy_diary_is_said_and_tried_again_at_the_next_beat(
    services, child, clock, monotonic, make_ticker
):
    add_medicine(services, child, "10:20")
    ticker = make_ticker()
    ticker.start()
    problems: list[str] = []
    ticker.problem.connect(problems.append)
    seen = reported(ticker)
    services.database.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(services.database.path)
    try:
        other.execute("BEGIN IMMEDIATE")
        clock.advance(timedelta(minutes=25))
        monotonic.advance(timedelta(minutes=25))
        ticker.heartbeat()
        other.rollback()
    finally:
        other.close()
    assert problems
    assert problems[0].startswith("Reminders could not be checked just now")
    assert seen == []
    clock.advance(timedelta(seconds=30))
    monotonic.advance(timedelta(seconds=30))
    ticker.heartbeat()
    assert [local_hours(items) for items, _reason in seen] == [[time(10, 20)]]


def test_a_stopped_ticker_has_no_jobs_and_does_not_beat(services, child, clock, make_ticker):
    add_medicine(services, child, "12:00")
    ticker = make_ticker()
    ticker.start()
    assert ticker.scheduled_jobs()
    ticker.stop()
    seen = reported(ticker)
    assert ticker.scheduled_jobs() == []
    assert not ticker.is_running()
    clock.advance(timedelta(hours=3))
    ticker.heartbeat()
    assert ticker.tick() == []
    assert seen == []
    assert fired_count(services) == 0


def test_a_window_left_open_past_the_plan_s_week_still_sees_what_comes_later(
    services, child, clock, monotonic, make_ticker
):
    services.checks.record_done(child.id, "hearing_test", done_on="2026-06-01")  # due 12-01
    ticker = make_ticker()
    ticker.start()
    assert ticker.planned == []  # the fourteen-days-ahead reminder is more than a week away
    seen = reported(ticker)
    for _ in range(24 * 3):  # three days, an hour at a time, nothing firing
        clock.advance(timedelta(hours=1))
        monotonic.advance(timedelta(hours=1))
        ticker.heartbeat()
    assert ticker.planned == [madrid(date(2026, 12, 1), 9)]
    assert seen == []
