"""The daily backup while the window is open: one a day in the family's time zone, checked
on a timer, with failures reported as a sentence instead of raised."""

from __future__ import annotations

from datetime import timedelta

from caregiver_app.services.backups import DAILY
from caregiver_app.ui.backup_timer import FIRST_DELAY_MS, INTERVAL_MS, BackupTimer


def daily_backups(services) -> list:
    return [b for b in services.backups.backups() if b.reason == DAILY]


def test_one_backup_a_day(services, child, clock):
    timer = BackupTimer(services)
    made: list = []
    timer.made.connect(made.append)

    first = timer.tick()
    assert first is not None
    assert len(daily_backups(services)) == 1

    clock.advance(timedelta(hours=1))
    assert timer.tick() is None, "the same day: none"
    assert len(daily_backups(services)) == 1

    clock.advance(timedelta(days=1))
    second = timer.tick()
    assert second is not None
    assert len(daily_backups(services)) == 2
    assert made == [first, second]


def test_the_timer_waits_a_few_seconds_then_checks_every_hour(qtbot, services, child):
    assert FIRST_DELAY_MS <= 10_000
    assert INTERVAL_MS == 3_600_000
    timer = BackupTimer(services, interval_ms=60_000, first_delay_ms=10)
    with qtbot.waitSignal(timer.made, timeout=2_000):
        timer.start()
    assert timer.is_active()
    assert timer._timer.interval() == 60_000, "then the long interval"
    timer.stop()
    assert not timer.is_active()
    assert len(daily_backups(services)) == 1


def test_a_backup_that_cannot_be_made_is_reported_not_raised(services):
    services.backups.folder().write_text("a file where the backups folder should be")
    timer = BackupTimer(services)
    problems: list[str] = []
    timer.problem.connect(problems.append)
    assert timer.tick() is None
    [problem] = problems
    assert problem.startswith(
        "Today's backup was not made. The backup could not be written to "
        f"{services.backups.folder()}"
    )


def test_a_missing_usb_stick_is_reported_and_the_backup_still_made(services, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    services.backups.set_extra_folder(stick)
    stick.rmdir()
    timer = BackupTimer(services)
    problems: list[str] = []
    timer.problem.connect(problems.append)
    assert timer.tick() is not None
    [problem] = problems
    assert problem.startswith(f"The backup was made, but its copy in {stick} was not")
