"""Reminders' use cases: what is due in a span, catching up (start, wake, clock jump), the next
occurrences for the ticker, snooze, dismiss, and answering a dose reminder (Given / Skip).

The database is the truth: every occurrence that fired is recorded once
(``UNIQUE(reminder_id, occurrence)``), so however often and whenever :meth:`catch_up` runs
(each minute, after a sleep, after the clock jumped either way, from two windows) each
occurrence is returned once. The window only ticks: it calls :meth:`catch_up` and shows what
it returns as one list, and schedules a wake-up at :meth:`next_occurrences`."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from caregiver_app.core.clock import Clock
from caregiver_app.core.medicines import DoseEvent
from caregiver_app.core.messages import QT_TRANSLATE_NOOP, UserError
from caregiver_app.core.records import Child
from caregiver_app.core.reminders import (
    OPEN_FOR,
    Reminder,
    ReminderKey,
    ReminderKind,
    ReminderOccurrence,
    ReminderPreferences,
    SnoozeChoice,
    appointment_reminder,
    catch_up_window,
    check_reminder,
    dose_reminders,
    due_between,
    newest_per_reminder,
    snooze_until,
    validate_preferences,
)
from caregiver_app.core.schedule import occurrences
from caregiver_app.services.app import AppServices
from caregiver_app.services.checks import ChecksService
from caregiver_app.services.medicines import MedicinesService
from caregiver_app.services.settings import SettingsService
from caregiver_app.storage.appointments_repo import AppointmentsRepository
from caregiver_app.storage.children_repo import ChildrenRepository
from caregiver_app.storage.reminders_repo import RemindersRepository

#: How far ahead :meth:`RemindersService.next_occurrences` looks. The ticker asks again
#: after each firing and on its heartbeat, so a week is plenty.
NEXT_HORIZON = timedelta(days=8)
#: With nothing new firing, the catch-up mark is written at most this often (a heartbeat
#: each minute would otherwise write to the disk each minute). A stale mark only widens
#: the next span; the fired record still keeps each occurrence to one firing.
MARK_EVERY = timedelta(hours=1)


class RemindersService:
    def __init__(
        self,
        repository: RemindersRepository,
        checks: ChecksService,
        appointments: AppointmentsRepository,
        medicines: MedicinesService,
        children: ChildrenRepository,
        settings: SettingsService,
        clock: Clock,
    ) -> None:
        self._repo = repository
        self._checks = checks
        self._appointments = appointments
        self._medicines = medicines
        self._children = children
        self._settings = settings
        self._clock = clock

    @classmethod
    def for_app(cls, app: AppServices) -> RemindersService:
        return cls(
            RemindersRepository(app.database),
            app.checks,
            AppointmentsRepository(app.database),
            app.medicines,
            ChildrenRepository(app.database),
            app.settings,
            app.clock,
        )

    @property
    def repository(self) -> RemindersRepository:
        return self._repo

    def zone(self) -> str:
        return self._settings.time_zone()

    # Preferences ------------------------------------------------------------------------

    def preferences(self) -> ReminderPreferences:
        return self._repo.preferences()

    def set_preferences(
        self,
        *,
        check_days_before: object = None,
        check_time: object = None,
        appointment_day_before_time: object = None,
        appointment_hours_before: object = None,
        doses_enabled: object = None,
    ) -> ReminderPreferences:
        """Changes the given preferences (None: unchanged); raises ValidationFailed naming
        each bad field, and then changes nothing."""
        chosen = validate_preferences(
            self._repo.preferences(),
            check_days_before=check_days_before,
            check_time=check_time,
            appointment_day_before_time=appointment_day_before_time,
            appointment_hours_before=appointment_hours_before,
            doses_enabled=doses_enabled,
        )
        self._repo.set_preferences(chosen)
        return chosen

    # What is due ------------------------------------------------------------------------

    def _children_of(self, child_id: str | None) -> list[Child]:
        return [self._children.get(child_id)] if child_id else self._children.all()

    def reminders(
        self, first: datetime, last: datetime, *, now: datetime, child_id: str | None = None
    ) -> list[Reminder]:
        """Every reminder that may fire from ``first`` to ``last``: the checks' (their state
        at ``now``), the planned appointments' and the unanswered scheduled doses'."""
        preferences = self._repo.preferences()
        zone = self.zone()
        tz = ZoneInfo(zone)
        first_day = first.astimezone(tz).date() - timedelta(days=1)
        last_day = last.astimezone(tz).date() + timedelta(days=1)
        found: list[Reminder] = []
        for child in self._children_of(child_id):
            for state in self._checks.checks(child.id, now=now):
                reminder = check_reminder(state, zone, preferences)
                if reminder is not None:
                    found.append(reminder)
            # Day-before and hours-before reminders fire up to four days ahead of the visit.
            for appointment in self._appointments.all(
                child.id, first_day, last_day + timedelta(days=4)
            ):
                reminder = appointment_reminder(appointment, preferences)
                if reminder is not None:
                    found.append(reminder)
            if preferences.doses_enabled:
                found.extend(self._dose_reminders(child.id, first_day, last_day))
        return found

    def _dose_reminders(self, child_id: str, first: date, last: date) -> list[Reminder]:
        repo = self._medicines.repository
        # A dose given late belongs to the day it was given: look a little wider.
        answered = {
            event.scheduled_for
            for event in repo.doses(child_id, first - timedelta(days=2), last + timedelta(days=2))
            if event.scheduled_for is not None
        }
        found: list[Reminder] = []
        for medicine in repo.medicines(child_id):
            found.extend(dose_reminders(medicine, first, last, answered))
        return found

    def due_between(
        self,
        start: datetime,
        end: datetime,
        *,
        now: datetime | None = None,
        child_id: str | None = None,
    ) -> list[ReminderOccurrence]:
        """Occurrences firing after ``start`` and up to ``end``, in order, with snoozes and
        dismissals applied (whether they already fired or not)."""
        snoozes = self._repo.snoozes_ending_after(start)
        first = min([start, *(key.occurrence for key in snoozes)])
        reminders = self.reminders(first, end, now=now or end, child_id=child_id)
        return due_between(
            reminders,
            start,
            end,
            snoozes=snoozes,
            dismissed=self._repo.dismissed_after(start),
        )

    # Catching up and the ticker ---------------------------------------------------------

    def catch_up(self, now: datetime | None = None) -> list[ReminderOccurrence]:
        """The occurrences that became due since the last catch-up (at most
        :data:`~caregiver_app.core.reminders.MAX_CATCH_UP` back) and have not fired yet,
        recorded as fired in one transaction and returned once, in order. A reminder that
        fired several times meanwhile (an overdue check's weekly nag) is returned once, at
        its newest occurrence; every occurrence is recorded. Call it on start, on wake,
        after a clock jump and on each tick."""
        now = now or self._clock.now()
        with self._repo.database.transaction():
            last = self._repo.caught_up_to()
            start, end = catch_up_window(last, now)
            due = self.due_between(start, end, now=now)
            already = self._repo.fired_between(start, end)
            waiting = [item for item in due if item.key not in already]
            fresh = set(self._repo.record_fired([item.key for item in waiting], now=now))
            if fresh or last is None or last > now or now - last >= MARK_EVERY:
                self._repo.set_caught_up_to(now)
        return newest_per_reminder(item for item in waiting if item.key in fresh)

    def next_occurrences(
        self, now: datetime | None = None, limit: int = 20
    ) -> list[ReminderOccurrence]:
        """The next occurrences after ``now`` that have not fired (within a week), in order:
        the ticker schedules a date job at each (or only at the first)."""
        now = now or self._clock.now()
        end = now + NEXT_HORIZON
        fired = self._repo.fired_between(now, end)
        upcoming = [item for item in self.due_between(now, end, now=now) if item.key not in fired]
        return upcoming[:limit]

    def next_wakeup(self, now: datetime | None = None) -> datetime | None:
        """When the next occurrence fires (None: nothing within a week)."""
        upcoming = self.next_occurrences(now, limit=1)
        return upcoming[0].at if upcoming else None

    def open_reminders(
        self, now: datetime | None = None, *, child_id: str | None = None
    ) -> list[ReminderOccurrence]:
        """Reminders that fired in the last two days and still wait for the family: not
        dismissed, not snoozed, a dose not answered yet, a check not done, an appointment
        still planned. The newest occurrence of each reminder, in order. The window lists
        these (the tray may not exist)."""
        now = now or self._clock.now()
        start = now - OPEN_FOR
        fired = self._repo.fired_between(start, now)
        due = self.due_between(start, now, now=now, child_id=child_id)
        return newest_per_reminder(item for item in due if item.key in fired)

    def fired_count(self) -> int:
        return self._repo.fired_count()

    # Snooze and dismiss -----------------------------------------------------------------

    def snooze(self, key: ReminderKey, until: datetime) -> datetime:
        """Holds the occurrence, and any other firing of the same reminder before then (an
        overdue check's weekly repeat, an appointment's hours-before one), until ``until``,
        when it fires again, once. Snoozing again moves it."""
        now = self._clock.now()
        if until.tzinfo is None or until <= now:
            raise ValueError("a snooze ends at an aware instant after now")
        self._repo.snooze(key, until, now=now)
        return until

    def snooze_for(self, key: ReminderKey, choice: SnoozeChoice) -> datetime:
        """Snoozes for one of the offered choices: an hour, or until tomorrow at 08:00 local;
        returns when it fires again."""
        return self.snooze(key, snooze_until(choice, self._clock.now(), self.zone()))

    def unsnooze(self, key: ReminderKey) -> bool:
        return self._repo.unsnooze(key)

    def snoozed_until(self, key: ReminderKey) -> datetime | None:
        return self._repo.snoozed_until(key)

    def dismiss(self, key: ReminderKey) -> bool:
        """Dismisses one occurrence: it leaves the open list, and never fires if it has not
        yet. An overdue check fires again next week."""
        return self._repo.dismiss(key, now=self._clock.now())

    def undo_dismiss(self, key: ReminderKey) -> bool:
        return self._repo.undismiss(key)

    # Answering a dose reminder ----------------------------------------------------------

    def _dose_slot(self, key: ReminderKey) -> tuple[str, date, time]:
        """The medicine, local day and schedule time of a dose reminder."""
        kind, _, rest = key.reminder_id.partition(":")
        medicine_id, _, scheduled_text = rest.partition(":")
        if kind != ReminderKind.DOSE.value or not medicine_id:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "This reminder is not about a medicine dose.")
            )
        scheduled = datetime.strptime(scheduled_text, "%Y%m%dT%H%M%S%z")
        medicine = self._medicines.medicine(medicine_id)
        day = scheduled.astimezone(ZoneInfo(medicine.zone)).date()
        for occurrence in occurrences(medicine.schedule, medicine.zone, day, day):
            if occurrence.instant == scheduled:
                return medicine.id, occurrence.local_date, occurrence.wall_time
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{medicine} is no longer scheduled then (its schedule changed); record the "
                "dose in the dose log.",
            ),
            medicine=medicine.name,
        )

    def mark_given(
        self, key: ReminderKey, *, given_by: object = None, notes: object = ""
    ) -> DoseEvent:
        """Records the reminded dose as given now (by ``given_by``, default the caregiver
        set in the app) in the dose log; the reminder then closes by itself."""
        medicine_id, day, wall_time = self._dose_slot(key)
        given = self._clock.now().astimezone(ZoneInfo(self.zone()))
        return self._medicines.log_dose(
            medicine_id,
            status="given",
            scheduled_date=day,
            scheduled_time=wall_time,
            given_date=given.date(),
            given_time=given.time().replace(second=0, microsecond=0),
            given_by=given_by,
            notes=notes,
        )

    def mark_skipped(self, key: ReminderKey, *, reason: object, notes: object = "") -> DoseEvent:
        """Records the reminded dose as skipped, with its reason (required: ValidationFailed
        names ``reason``)."""
        medicine_id, day, wall_time = self._dose_slot(key)
        return self._medicines.log_dose(
            medicine_id,
            status="skipped",
            scheduled_date=day,
            scheduled_time=wall_time,
            reason=reason,
            notes=notes,
        )
