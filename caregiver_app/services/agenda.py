"""The agenda (what is overdue and what comes next) and the calendar export (an iCalendar
file of appointments and check due dates, with alarms), for the command line and the window."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from caregiver_app import APP_DISPLAY_NAME, __version__
from caregiver_app.core.agenda import (
    UNMARKED_APPOINTMENT_DAYS,
    AgendaItem,
    agenda_span,
    appointment_items,
    check_items,
    dose_items,
    sort_agenda,
)
from caregiver_app.core.appointments import (
    SPECIALTY_LABELS,
    Appointment,
    AppointmentStatus,
)
from caregiver_app.core.checks import CheckState
from caregiver_app.core.clock import Clock
from caregiver_app.core.ics import Alarm, Event, render_calendar
from caregiver_app.core.messages import QT_TRANSLATE_NOOP, Translator, english
from caregiver_app.core.records import Child
from caregiver_app.core.reminders import (
    ReminderPreferences,
    appointment_detail,
    check_reminder,
)
from caregiver_app.core.schedule import wall_clock_instant
from caregiver_app.services.app import AppServices
from caregiver_app.storage.interchange import write_file_atomically

UID_DOMAIN = "caregiver-app.invalid"
#: Appointments are kept without an end; calendars get this length.
APPOINTMENT_LENGTH = timedelta(hours=1)

_APPOINTMENT_SUMMARY = QT_TRANSLATE_NOOP("Calendar", "{child}: {specialty}")
_CHECK_SUMMARY = QT_TRANSLATE_NOOP("Calendar", "{child}: {check} due")
_SUGGESTED = QT_TRANSLATE_NOOP(
    "Calendar",
    "Every {interval} (a suggestion only: confirm this interval with your care team).",
)
_SET_BY = QT_TRANSLATE_NOOP("Calendar", "Every {interval}, as set by {who} on {date}.")
_LAST_DONE = QT_TRANSLATE_NOOP("Calendar", "Last done: {date}.")
_QUESTIONS = QT_TRANSLATE_NOOP("Calendar", "Questions to ask:")
_OUTCOME = QT_TRANSLATE_NOOP("Calendar", "Outcome: {outcome}")
_CANCELLED = QT_TRANSLATE_NOOP("Calendar", "Cancelled")
_UNITS = {
    "days": QT_TRANSLATE_NOOP("Calendar", "{count} days"),
    "months": QT_TRANSLATE_NOOP("Calendar", "{count} months"),
}


@dataclass(frozen=True)
class CalendarResult:
    path: Path
    appointments: int
    checks: int


class AgendaService:
    def __init__(self, app: AppServices) -> None:
        self._app = app

    @classmethod
    def for_app(cls, app: AppServices) -> AgendaService:
        return cls(app)

    @property
    def _clock(self) -> Clock:
        return self._app.clock

    def _children(self, child_id: str | None) -> list[Child]:
        family = self._app.family
        return [family.child(child_id)] if child_id else family.children()

    def items(
        self, *, now: datetime | None = None, days: int = 7, child_id: str | None = None
    ) -> list[AgendaItem]:
        """Overdue and coming checks, appointments and doses at ``now`` for ``days`` days
        (see :mod:`caregiver_app.core.agenda`), in order."""
        now = now or self._clock.now()
        zone = self._app.settings.time_zone()
        today, last = agenda_span(now, zone, days)
        medicines = self._app.medicines.repository
        found: list[AgendaItem] = []
        for child in self._children(child_id):
            found += check_items(
                self._app.checks.checks(child.id, now=now),
                child_name=child.name,
                today=today,
                last=last,
            )
            found += appointment_items(
                self._app.appointments.appointments(
                    child.id, today - timedelta(days=UNMARKED_APPOINTMENT_DAYS), last
                ),
                child_name=child.name,
                now=now,
                today=today,
                last=last,
            )
            answered = {
                (event.medicine_id, event.scheduled_for)
                for event in medicines.doses(child.id, today - timedelta(days=1))
                if event.scheduled_for is not None
            }
            found += dose_items(
                medicines.medicines(child.id),
                answered,
                child_name=child.name,
                now=now,
                today=today,
                last=last,
            )
        return sort_agenda(found)

    # Calendar ---------------------------------------------------------------------------

    def calendar_bytes(
        self, *, child_id: str | None = None, translate: Translator = english
    ) -> tuple[bytes, int, int]:
        """The iCalendar file of every appointment and every check due date (of one child or
        all), and how many of each it holds."""
        now = self._clock.now()
        zone = self._app.settings.time_zone()
        preferences = self._app.reminders.preferences()
        events: list[Event] = []
        appointments = checks = 0
        for child in self._children(child_id):
            for appointment in self._app.appointments.appointments(child.id):
                events.append(_appointment_event(child, appointment, preferences, translate))
                appointments += 1
            for state in self._app.checks.checks(child.id, now=now):
                event = _check_event(child, state, zone, preferences, translate)
                if event is not None:
                    events.append(event)
                    checks += 1
        data = render_calendar(
            events,
            stamp=now,
            product=f"-//{APP_DISPLAY_NAME}//caregiver-app {__version__}//EN",
            name=APP_DISPLAY_NAME,
        )
        return data, appointments, checks

    def export_ics(
        self, path: Path, *, child_id: str | None = None, translate: Translator = english
    ) -> CalendarResult:
        """Writes the calendar to ``path`` atomically, readable by this user only."""
        data, appointments, checks = self.calendar_bytes(child_id=child_id, translate=translate)
        write_file_atomically(path, data)
        return CalendarResult(path, appointments, checks)


def _interval_text(state: CheckState, translate: Translator) -> str:
    interval = translate("Calendar", _UNITS[state.interval.unit.value]).format(
        count=state.interval.count
    )
    if state.interval_is_suggestion or state.interval_set_at is None:
        return translate("Calendar", _SUGGESTED).format(interval=interval)
    return translate("Calendar", _SET_BY).format(
        interval=interval,
        who=state.interval_set_by,
        date=state.interval_set_at.date().isoformat(),
    )


def _check_event(
    child: Child,
    state: CheckState,
    zone: str,
    preferences: ReminderPreferences,
    translate: Translator,
) -> Event | None:
    """An all-day event on the check's due day (none while no check is recorded), with an
    alarm when the first reminder fires (``lead_days`` before, at the check reminder time)."""
    if state.next_due is None:
        return None
    name = translate("Appointments", state.name) if state.routine is not None else state.name
    summary = translate("Calendar", _CHECK_SUMMARY).format(child=child.name, check=name)
    lines = [_interval_text(state, translate)]
    if state.last_done is not None:
        lines.append(translate("Calendar", _LAST_DONE).format(date=state.last_done.isoformat()))
    # The first firing of the check's reminder (the app's own rule), as an absolute alarm:
    # an all-day event's start is floating midnight, which calendars place differently.
    reminder = check_reminder(_unbooked(state), zone, preferences)
    first = reminder.firings[0].at if reminder is not None else None
    return Event(
        uid=f"check-{child.id}-{state.key}@{UID_DOMAIN}",
        start=state.next_due,
        end=state.next_due + timedelta(days=1),
        summary=summary,
        description="\n".join(lines),
        transparent=True,
        alarms=(Alarm(summary, at=first),) if first is not None else (),
    )


def _unbooked(state: CheckState) -> CheckState:
    """The calendar alarms a check even when a visit is booked (the file is a snapshot)."""
    return replace(state, planned_on=None)


def _appointment_event(
    child: Child,
    appointment: Appointment,
    preferences: ReminderPreferences,
    translate: Translator,
) -> Event:
    specialty = translate("Appointments", SPECIALTY_LABELS[appointment.specialty])
    summary = translate("Calendar", _APPOINTMENT_SUMMARY).format(
        child=child.name, specialty=specialty
    )
    lines: list[str] = []
    detail = appointment_detail(appointment)
    if detail:
        lines.append(detail)
    if appointment.questions:
        lines.append(translate("Calendar", _QUESTIONS))
        lines.extend(f"- {question}" for question in appointment.questions)
    if appointment.outcome.strip():
        lines.append(translate("Calendar", _OUTCOME).format(outcome=appointment.outcome))
    alarms = [
        Alarm(
            summary,
            at=wall_clock_instant(
                appointment.local_date - timedelta(days=1),
                preferences.appointment_day_before_time,
                ZoneInfo(appointment.zone),
            ),
        )
    ]
    if preferences.appointment_hours_before > 0:
        alarms.append(
            Alarm(summary, before_start=timedelta(hours=preferences.appointment_hours_before))
        )
    cancelled = appointment.status is AppointmentStatus.CANCELLED
    if cancelled:
        summary = f"{summary} ({translate('Calendar', _CANCELLED)})"
    return Event(
        uid=f"appointment-{appointment.id}@{UID_DOMAIN}",
        start=appointment.starts_at,
        end=appointment.starts_at + APPOINTMENT_LENGTH,
        summary=summary,
        description="\n".join(lines),
        location=appointment.place,
        status="CANCELLED" if cancelled else "CONFIRMED",
        last_modified=appointment.meta.updated_at,
        alarms=tuple(alarms),
    )
