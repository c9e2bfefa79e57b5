"""The reminders' ticker: APScheduler 3.x ``QtScheduler`` wakes the app when the next
reminder is due; the database decides what that is (``services.reminders``).

What it does, and why:

- **On start** (after the window's first paint) it catches up once: what became due while the
  app was closed is recorded as fired and kept in :attr:`ReminderTicker.missed`, which the
  window shows as one list ("While the app was closed: …"). The next start finds it already
  fired and shows nothing again.
- **Date jobs** for the next occurrences (a week ahead, at most :data:`PLAN_LIMIT` instants;
  ``misfire_grace_time=None``, ``coalesce=True``: a job that could not run on time runs once,
  however late). Each job only emits a signal that is queued to the GUI thread, where the
  catch-up runs; after every catch-up (and every change of the data it depends on) the jobs
  are planned again.
- **A heartbeat** every :data:`HEARTBEAT_MS` compares ``time.monotonic()`` with the wall clock
  (:func:`caregiver_app.core.reminders.clock_jump`): the monotonic clock stops while the
  computer sleeps, so a wake-up or a change of the clock shows as a jump, and the ticker
  catches up at once (what it finds forward is "missed" too) and plans again. A planned
  instant that passed without its job (a timer late after a sleep) is caught up as well, so
  nothing waits more than one heartbeat.

No job touches a widget, and none runs on another thread: the scheduler's executor is
APScheduler's ``DebugExecutor`` (the job runs in the scheduler's own thread, the GUI thread,
where ``QtScheduler``'s timer fires), and the job itself only emits a signal delivered with a
``QueuedConnection``. "Now" comes from ``services.clock`` (tests use a ``FixedClock`` they
advance) and the monotonic clock is injectable, so tests never wait real time. APScheduler
is imported when the first jobs are planned, never before the first paint."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, SignalInstance

from caregiver_app.core.messages import UserError
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices

if TYPE_CHECKING:
    from caregiver_app.core.reminders import ReminderOccurrence

log = logging.getLogger("caregiver_app.reminders")

#: How often the heartbeat looks for a sleep, a clock change or a job that did not run.
HEARTBEAT_MS = 30_000
#: How long after the first paint the first catch-up runs (the Today page fills first).
START_DELAY_MS = 300
#: Changes of the data come in bursts (a save emits several signals): one re-plan after them.
REPLAN_DELAY_MS = 200
#: How many upcoming instants get a date job (the next ones are planned after each tick).
PLAN_LIMIT = 20
#: The jobs are planned again at least this often: the plan looks a week ahead, and a
#: window left open for longer with nothing firing must still see what comes after it.
REPLAN_EVERY = timedelta(hours=1)
#: QTimer takes a signed 32-bit number of milliseconds.
_MAX_TIMER_MS = 2**31 - 1


class CatchUpReason(StrEnum):
    START = "start"  # the app opened: what came due while it was closed
    WAKE = "wake"  # the computer woke up or the clock moved: what came due meanwhile
    TICK = "tick"  # a reminder came due while the app was open


def _make_scheduler(owner: QObject) -> Any:
    """A started ``QtScheduler`` whose jobs run on the GUI thread, in the scheduler itself."""
    from apscheduler.executors.debug import DebugExecutor  # type: ignore[import-untyped]
    from apscheduler.schedulers.qt import QtScheduler  # type: ignore[import-untyped]

    class OwnedTimerScheduler(QtScheduler):  # type: ignore[misc]
        """``QtScheduler`` keeps what ``QTimer.singleShot`` returns as its timer, which is
        ``None`` in PySide6: its wake-ups can never be stopped, so one left over after
        ``shutdown`` would still process jobs. This one owns a real timer, a child of the
        ticker, stopped on shutdown and gone with the ticker."""

        def __init__(self) -> None:
            self._owned_timer = QTimer(owner)
            self._owned_timer.setSingleShot(True)
            # A coarse timer may be 5 % off: 20 minutes on a reminder seven hours away.
            self._owned_timer.setTimerType(Qt.TimerType.PreciseTimer)
            self._owned_timer.timeout.connect(self._process_jobs)
            super().__init__(
                timezone=UTC,
                executors={"default": DebugExecutor()},
                job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1},
            )

        def _start_timer(self, wait_seconds: float | None) -> None:
            self._owned_timer.stop()
            if wait_seconds is not None:
                self._owned_timer.start(min(int(wait_seconds * 1000), _MAX_TIMER_MS))

        def _stop_timer(self) -> None:
            self._owned_timer.stop()

    # Its INFO lines ("Added job", "Running job") would fill the app's log at every re-plan.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    scheduler = OwnedTimerScheduler()
    scheduler.start()
    return scheduler


class ReminderTicker(QObject):
    #: Reminders that became due (a list of ReminderOccurrence, recorded as fired), and why
    #: they were looked for (a CatchUpReason value).
    caught_up = Signal(object, str)
    #: :attr:`missed` changed (a start or a wake-up found reminders, or they were seen).
    missed_changed = Signal()
    #: Reminders could not be read (the diary is busy or failing): a sentence to show.
    problem = Signal(str)
    #: Emitted by the date jobs; connected with a QueuedConnection (see the module's doc).
    _job_due = Signal()

    def __init__(
        self,
        services: AppServices,
        parent: QObject | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        heartbeat_ms: int = HEARTBEAT_MS,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._monotonic = monotonic
        self._running = False
        self._stopped = False
        self._scheduler: Any = None
        self._painted: QObject | None = None
        self._start_delay_ms = START_DELAY_MS
        #: The last catch-up or plan failed (the diary was busy): the heartbeat tries again.
        self._failed = False
        #: The instants (the services' clock) that have a date job, earliest first.
        self.planned: list[datetime] = []
        self._planned_at: datetime | None = None
        self._last_beat: tuple[datetime, float] | None = None
        #: What a start or a wake-up found, newest occurrence of each reminder, until the
        #: family has seen it (:meth:`clear_missed`).
        self.missed: list[ReminderOccurrence] = []
        #: Why :attr:`missed` was filled (START: the app was closed; WAKE: asleep).
        self.missed_reason: CatchUpReason | None = None
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(heartbeat_ms)
        self._heartbeat.timeout.connect(self.heartbeat)
        self._replan_timer = QTimer(self)
        self._replan_timer.setSingleShot(True)
        self._replan_timer.setInterval(REPLAN_DELAY_MS)
        self._replan_timer.timeout.connect(self.plan)
        self._job_due.connect(self.tick, Qt.ConnectionType.QueuedConnection)

    # Starting and stopping ----------------------------------------------------------------

    def watch(self, *signals: SignalInstance) -> None:
        """Plans again (after a short pause) whenever one of ``signals`` is emitted: the
        data events that change what is due (medicines, appointments, checks, settings)."""
        for signal in signals:
            signal.connect(self.replan_soon)

    def start_after_first_paint(self, window: QObject, delay_ms: int = START_DELAY_MS) -> None:
        """Starts ``delay_ms`` after ``window``'s first paint, leaving the event loop to what
        that paint queued first. The wait is the ticker's own: gone with it, never run on a
        deleted ticker (a window closed before it painted)."""
        self._start_delay_ms = delay_ms
        self._painted = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._painted and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._painted = None
            QTimer.singleShot(self._start_delay_ms, self, self.start)
        return False

    def start(self) -> None:
        """Catches up with what was missed while the app was closed, plans the next jobs and
        starts the heartbeat. Once only."""
        if self._running or self._stopped:
            return
        self._running = True
        self._last_beat = (self._services.clock.now(), self._monotonic())
        self._catch_up(CatchUpReason.START)
        self._heartbeat.start()
        self.plan()

    def stop(self) -> None:
        """No more catching up (the window closes, or the diary's services were closed)."""
        self._stopped = True
        self._running = False
        self._heartbeat.stop()
        self._replan_timer.stop()
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        self.planned = []

    def is_running(self) -> bool:
        return self._running

    # Ticking ------------------------------------------------------------------------------

    def _job(self) -> None:
        """What a date job runs: nothing but the queued signal."""
        self._job_due.emit()

    def tick(self) -> list[ReminderOccurrence]:
        """Catches up now (a reminder is due) and plans the next jobs; returns what fired."""
        if not self._running:
            return []
        found = self._catch_up(CatchUpReason.TICK)
        self.plan()
        return found

    def heartbeat(self) -> None:
        """Looks for a sleep or a clock change since the last beat, and for a planned
        instant that passed without its job; catches up if it finds either."""
        if not self._running:
            return
        now, monotonic = self._services.clock.now(), self._monotonic()
        previous, self._last_beat = self._last_beat, (now, monotonic)
        from caregiver_app.core.reminders import clock_jump

        jump = None if previous is None else clock_jump(*previous, now, monotonic)
        if jump is not None:
            log.info("the clock moved %+d s beyond the time that passed", jump.total_seconds())
            reason = CatchUpReason.WAKE if jump > timedelta(0) else CatchUpReason.TICK
            self._catch_up(reason)
            self.plan()
        elif self._failed or (self.planned and self.planned[0] <= now):
            self.tick()
        elif self._planned_at is None or not timedelta(0) <= now - self._planned_at < REPLAN_EVERY:
            self.plan()

    def _catch_up(self, reason: CatchUpReason) -> list[ReminderOccurrence]:
        try:
            found = self._services.reminders.catch_up()
        except (UserError, sqlite3.Error) as error:
            self._problem(error)
            return []
        self._failed = False
        if found and reason is not CatchUpReason.TICK:
            from caregiver_app.core.reminders import newest_per_reminder

            self.missed = newest_per_reminder([*self.missed, *found])
            self.missed_reason = reason
            self.missed_changed.emit()
        if found:
            self.caught_up.emit(found, reason.value)
        return found

    def clear_missed(self) -> None:
        """The family has seen the list of what was missed."""
        if self.missed:
            self.missed = []
            self.missed_reason = None
            self.missed_changed.emit()

    # Planning -----------------------------------------------------------------------------

    def replan_soon(self) -> None:
        if self._running:
            self._replan_timer.start()

    def plan(self) -> Sequence[datetime]:
        """Replaces the date jobs with one per instant of the next occurrences."""
        self._replan_timer.stop()
        if not self._running:
            return []
        try:
            upcoming = self._services.reminders.next_occurrences(limit=PLAN_LIMIT)
        except (UserError, sqlite3.Error) as error:
            self._problem(error)
            upcoming = []
        if self._scheduler is None:
            self._scheduler = _make_scheduler(self)
        from apscheduler.triggers.date import DateTrigger  # type: ignore[import-untyped]

        self._scheduler.remove_all_jobs()
        self._planned_at = self._services.clock.now()
        self.planned = sorted({item.at for item in upcoming})
        for at in self.planned:
            self._scheduler.add_job(
                self._job,
                DateTrigger(run_date=self._scheduler_time(at), timezone=UTC),
                id=at.isoformat(),
                misfire_grace_time=None,
                coalesce=True,
                replace_existing=True,
            )
        return self.planned

    def _scheduler_time(self, at: datetime) -> datetime:
        """When APScheduler, which reads the computer's own clock, should run the job for the
        services' clock's ``at`` (the same instant unless a test moved the clock)."""
        return datetime.now(UTC) + (at - self._services.clock.now())

    def scheduled_jobs(self) -> list[tuple[str, datetime]]:
        """The date jobs APScheduler holds (id, run time), for tests and logs."""
        if self._scheduler is None:
            return []
        return [(job.id, job.next_run_time) for job in self._scheduler.get_jobs()]

    def _problem(self, error: UserError | sqlite3.Error) -> None:
        self._failed = True  # the next heartbeat tries again
        reason = error.render(translate) if isinstance(error, UserError) else str(error)
        self.problem.emit(
            self.tr(
                "Reminders could not be checked just now ({reason}). They are checked again "
                "in a minute."
            ).format(reason=reason.rstrip("."))
        )
