"""Reminders: when each one fires, expanded with ``zoneinfo`` (never APScheduler's
``CronTrigger``), plus the pure rules for catching up after the app was closed, asleep or the
wall clock jumped. Plain Python: the services feed it checks, appointments, medicines and the
stored reminder state; the database records what fired (once per occurrence).

What fires (the family's reminder preferences set the numbers and times):

- a check: ``lead_days`` before its due day, on the due day, and every seven days after it
  while it is overdue (until a done appointment or a record moves the due day, or a snooze
  holds it), each at the check reminder time; none while an appointment that fulfils the
  check is planned (that appointment reminds instead), none when no check is recorded yet;
- a planned appointment: the day before at a fixed local time, and a chosen number of hours
  before it starts (0: not at all);
- a scheduled medicine dose: at each scheduled time, until it is answered in the dose log.

Wall-clock times follow :mod:`caregiver_app.core.schedule`'s policy (one function,
:func:`~caregiver_app.core.schedule.wall_clock_instant`): they stay at their local time across
daylight-saving changes; a time that does not exist that day fires at the first valid minute
after it; a time that happens twice fires once, the first time.

Every occurrence has a stable key: the reminder's id (which names what it is about and, for a
check, its due day; for an appointment, its start; for a dose, its scheduled instant) and the
UTC instant it fires. A snooze of an occurrence until ``t`` replaces it (and every firing of
the same reminder before ``t``) with one firing at ``t``; a dismissed occurrence never fires.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from caregiver_app.core.appointments import (
    SPECIALTY_LABELS,
    Appointment,
    AppointmentStatus,
)
from caregiver_app.core.checks import CheckState
from caregiver_app.core.medicines import Medicine
from caregiver_app.core.messages import (
    QT_TRANSLATE_NOOP,
    Problem,
    Translator,
    ValidationFailed,
    english,
)
from caregiver_app.core.schedule import Occurrence, occurrences, wall_clock_instant
from caregiver_app.core.validation import parse_clock_time

#: How far back the first catch-up ever looks (no "last seen" yet): today's missed doses
#: show, a year of history does not.
FIRST_RUN_LOOKBACK = timedelta(hours=12)
#: How far back any catch-up looks, however long the app was closed: older dose and
#: appointment reminders are history (the dose log and the Today page show them), and an
#: overdue check fires again weekly anyway.
MAX_CATCH_UP = timedelta(days=14)
#: How long after it fired a reminder stays open (shown until answered, snoozed or
#: dismissed) in the window's list.
OPEN_FOR = timedelta(days=2)
#: An overdue check fires again every this many local days.
OVERDUE_REPEAT_DAYS = 7
#: A difference between wall-clock and monotonic time larger than this is a clock jump
#: (or a sleep): the app then catches up at once.
CLOCK_JUMP_TOLERANCE = timedelta(minutes=1)

MAX_CHECK_DAYS_BEFORE = 365
MAX_APPOINTMENT_HOURS_BEFORE = 72
SNOOZE_HOUR = timedelta(hours=1)
SNOOZE_TOMORROW_TIME = time(8, 0)


class ReminderKind(StrEnum):
    CHECK = "check"
    APPOINTMENT = "appointment"
    DOSE = "dose"


REMINDER_KIND_LABELS: dict[ReminderKind, str] = {
    ReminderKind.CHECK: QT_TRANSLATE_NOOP("Reminders", "Check"),
    ReminderKind.APPOINTMENT: QT_TRANSLATE_NOOP("Reminders", "Appointment"),
    ReminderKind.DOSE: QT_TRANSLATE_NOOP("Reminders", "Medicine dose"),
}


class ReminderRule(StrEnum):
    """Why an occurrence fires (the window words it: "due in 14 days", "tomorrow"...)."""

    CHECK_AHEAD = "check_ahead"
    CHECK_DUE = "check_due"
    CHECK_OVERDUE = "check_overdue"
    APPOINTMENT_DAY_BEFORE = "appointment_day_before"
    APPOINTMENT_HOURS_BEFORE = "appointment_hours_before"
    DOSE_DUE = "dose_due"


#: What an occurrence is about, worded so it stays true when it is shown late (after the
#: app was closed): ``{date}`` and ``{time}`` are the thing's own local day and time.
REMINDER_RULE_LABELS: dict[ReminderRule, str] = {
    ReminderRule.CHECK_AHEAD: QT_TRANSLATE_NOOP("Reminders", "Due on {date}"),
    ReminderRule.CHECK_DUE: QT_TRANSLATE_NOOP("Reminders", "Due on {date}"),
    ReminderRule.CHECK_OVERDUE: QT_TRANSLATE_NOOP("Reminders", "Overdue since {date}"),
    ReminderRule.APPOINTMENT_DAY_BEFORE: QT_TRANSLATE_NOOP("Reminders", "{date} at {time}"),
    ReminderRule.APPOINTMENT_HOURS_BEFORE: QT_TRANSLATE_NOOP("Reminders", "{date} at {time}"),
    ReminderRule.DOSE_DUE: QT_TRANSLATE_NOOP("Reminders", "Due {date} at {time}"),
}


class SnoozeChoice(StrEnum):
    ONE_HOUR = "one_hour"
    TOMORROW = "tomorrow"


SNOOZE_CHOICE_LABELS: dict[SnoozeChoice, str] = {
    SnoozeChoice.ONE_HOUR: QT_TRANSLATE_NOOP("Reminders", "In 1 hour"),
    SnoozeChoice.TOMORROW: QT_TRANSLATE_NOOP("Reminders", "Tomorrow morning"),
}


@dataclass(frozen=True)
class Label:
    """A title that is either an English label to translate (``context`` set: a routine
    check's or a specialty's name) or text the family typed (``context`` None: shown as is)."""

    text: str
    context: str | None = None

    def render(self, translate: Translator = english) -> str:
        return self.text if self.context is None else translate(self.context, self.text)


def compact_instant(instant: datetime) -> str:
    """``20261121T070000Z``: a UTC instant inside reminder ids (and iCalendar files)."""
    return instant.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def iso_instant(instant: datetime) -> str:
    """``2026-11-21T07:00:00Z`` (to the microsecond when it has any, so the text reads back
    as the same instant)."""
    utc = instant.astimezone(UTC).replace(tzinfo=None)
    text = utc.isoformat(timespec="microseconds" if utc.microsecond else "seconds")
    return text + "Z"


@dataclass(frozen=True, order=True)
class ReminderKey:
    """One occurrence of one reminder: recorded as fired once, snoozed or dismissed by it."""

    reminder_id: str
    occurrence: datetime

    def text(self) -> str:
        """``dose:<medicine id>:20261121T070000Z@2026-11-21T07:00:00Z``."""
        return f"{self.reminder_id}@{iso_instant(self.occurrence)}"

    @classmethod
    def parse(cls, text: str) -> ReminderKey:
        reminder_id, _, when = text.rpartition("@")
        instant = datetime.fromisoformat(when)
        if not reminder_id or instant.tzinfo is None:
            raise ValueError(f"not a reminder key: {text!r}")
        return cls(reminder_id, instant.astimezone(UTC))


@dataclass(frozen=True)
class Firing:
    at: datetime
    rule: ReminderRule


@dataclass(frozen=True)
class Reminder:
    """One thing to remind about and when it fires.

    ``subject_id`` is the check's key, the appointment's id or the medicine's id. ``due_at``
    is when the thing itself is due (a dose's scheduled instant, an appointment's start, a
    check's due day at the check reminder time); ``due_date`` its local day and ``wall_time``
    its local time as scheduled (a dose due at 03:00 in a DST gap keeps ``02:30`` here,
    which is what the dose log is answered with). ``repeat_after``: an overdue check fires
    again every seven local days after that day at ``repeat_time``."""

    reminder_id: str
    kind: ReminderKind
    child_id: str
    subject_id: str
    title: Label
    detail: str
    due_at: datetime
    due_date: date
    wall_time: time | None
    zone: str
    firings: tuple[Firing, ...] = ()
    repeat_after: date | None = None
    repeat_time: time | None = None

    def firings_between(self, first: datetime, last: datetime) -> list[Firing]:
        """Its firings from ``first`` to ``last`` (both included), in order, each once."""
        found: dict[datetime, Firing] = {}
        for firing in self.firings:
            if first <= firing.at <= last:
                found.setdefault(firing.at, firing)
        if self.repeat_after is not None and self.repeat_time is not None:
            tz = ZoneInfo(self.zone)
            start_day = first.astimezone(tz).date()
            weeks = max(1, (start_day - self.repeat_after).days // OVERDUE_REPEAT_DAYS)
            while True:
                day = self.repeat_after + timedelta(days=OVERDUE_REPEAT_DAYS * weeks)
                at = wall_clock_instant(day, self.repeat_time, tz)
                if at > last:
                    break
                if at >= first:
                    found.setdefault(at, Firing(at, ReminderRule.CHECK_OVERDUE))
                weeks += 1
        return [found[at] for at in sorted(found)]


@dataclass(frozen=True)
class ReminderOccurrence:
    """A reminder firing at ``at`` (UTC). ``snoozed`` when a snooze moved it here."""

    at: datetime
    rule: ReminderRule
    reminder: Reminder
    snoozed: bool = False

    @property
    def key(self) -> ReminderKey:
        return ReminderKey(self.reminder.reminder_id, self.at)

    @property
    def kind(self) -> ReminderKind:
        return self.reminder.kind

    def sort_key(self) -> tuple[datetime, str]:
        return (self.at, self.reminder.reminder_id)


@dataclass(frozen=True)
class ReminderPreferences:
    """The family's choices: how many days before a check is due it reminds (and counts as
    "due soon", unless a check has its own), at what local time check reminders fire, when
    the day-before appointment reminder fires, how many hours before an appointment the
    second one fires (0: none), and whether doses remind at all."""

    check_days_before: int = 14
    check_time: time = time(9, 0)
    appointment_day_before_time: time = time(18, 0)
    appointment_hours_before: int = 2
    doses_enabled: bool = True


def _count(field: str, value: object, high: int, problems: list[Problem]) -> int | None:
    text = str(value).strip() if isinstance(value, (int, str)) else ""
    if isinstance(value, bool) or not text.isascii() or not text.isdigit() or len(text) > 6:
        problems.append(
            Problem(
                field,
                QT_TRANSLATE_NOOP("Validation", "{value!r} is not a whole number"),
                {"value": text[:40]},
            )
        )
        return None
    number = int(text)
    if number > high:
        problems.append(
            Problem(
                field,
                QT_TRANSLATE_NOOP("Validation", "must be from {low} to {high}"),
                {"low": 0, "high": high},
            )
        )
        return None
    return number


def validate_preferences(
    current: ReminderPreferences,
    *,
    check_days_before: object = None,
    check_time: object = None,
    appointment_day_before_time: object = None,
    appointment_hours_before: object = None,
    doses_enabled: object = None,
) -> ReminderPreferences:
    """``current`` with the given fields changed (None: unchanged); raises ValidationFailed
    naming each bad field."""
    problems: list[Problem] = []
    days = current.check_days_before
    if check_days_before is not None:
        days = _count("check_days_before", check_days_before, MAX_CHECK_DAYS_BEFORE, problems) or 0
    hours = current.appointment_hours_before
    if appointment_hours_before is not None:
        hours = (
            _count(
                "appointment_hours_before",
                appointment_hours_before,
                MAX_APPOINTMENT_HOURS_BEFORE,
                problems,
            )
            or 0
        )
    times: dict[str, time] = {}
    for name, value, default in (
        ("check_time", check_time, current.check_time),
        (
            "appointment_day_before_time",
            appointment_day_before_time,
            current.appointment_day_before_time,
        ),
    ):
        parsed = None if value is None else parse_clock_time(name, value, problems)
        if value is not None and parsed is None and not any(p.field == name for p in problems):
            problems.append(Problem(name, QT_TRANSLATE_NOOP("Validation", "is required")))
        times[name] = parsed or default
    enabled = current.doses_enabled
    if doses_enabled is not None:
        if not isinstance(doses_enabled, bool):
            problems.append(
                Problem("doses_enabled", QT_TRANSLATE_NOOP("Validation", "must be yes or no"))
            )
        else:
            enabled = doses_enabled
    if problems:
        raise ValidationFailed(problems)
    return ReminderPreferences(
        days, times["check_time"], times["appointment_day_before_time"], hours, enabled
    )


# Building reminders -------------------------------------------------------------------------


def check_reminder(
    state: CheckState, zone: str, preferences: ReminderPreferences
) -> Reminder | None:
    """The reminder of a check's current due day (None: no due day, or an appointment that
    fulfils it is planned)."""
    if state.next_due is None or state.planned_on is not None:
        return None
    tz = ZoneInfo(zone)
    due = state.next_due
    at_time = preferences.check_time
    firings = [Firing(wall_clock_instant(due, at_time, tz), ReminderRule.CHECK_DUE)]
    if state.lead_days > 0:
        ahead = due - timedelta(days=state.lead_days)
        firings.insert(0, Firing(wall_clock_instant(ahead, at_time, tz), ReminderRule.CHECK_AHEAD))
    return Reminder(
        reminder_id=f"check:{state.child_id}:{state.key}:{due.isoformat()}",
        kind=ReminderKind.CHECK,
        child_id=state.child_id,
        subject_id=state.key,
        title=Label(state.name, "Appointments" if state.routine is not None else None),
        detail="",
        due_at=firings[-1].at,
        due_date=due,
        wall_time=None,
        zone=zone,
        firings=tuple(firings),
        repeat_after=due,
        repeat_time=at_time,
    )


def appointment_detail(appointment: Appointment) -> str:
    """Who, where and why, as the family typed them (blank ones left out)."""
    parts = (appointment.clinician, appointment.place, appointment.purpose)
    return " · ".join(part.strip() for part in parts if part.strip())


def appointment_reminder(
    appointment: Appointment, preferences: ReminderPreferences
) -> Reminder | None:
    """The day-before and hours-before reminders of a planned appointment (None otherwise)."""
    if appointment.status is not AppointmentStatus.PLANNED or appointment.meta.deleted_at:
        return None
    tz = ZoneInfo(appointment.zone)
    firings: list[Firing] = []
    day_before = wall_clock_instant(
        appointment.local_date - timedelta(days=1), preferences.appointment_day_before_time, tz
    )
    if day_before < appointment.starts_at:
        firings.append(Firing(day_before, ReminderRule.APPOINTMENT_DAY_BEFORE))
    if preferences.appointment_hours_before > 0:
        at = appointment.starts_at - timedelta(hours=preferences.appointment_hours_before)
        if all(f.at != at for f in firings):
            firings.append(Firing(at, ReminderRule.APPOINTMENT_HOURS_BEFORE))
    return Reminder(
        reminder_id=f"appointment:{appointment.id}:{compact_instant(appointment.starts_at)}",
        kind=ReminderKind.APPOINTMENT,
        child_id=appointment.child_id,
        subject_id=appointment.id,
        title=Label(SPECIALTY_LABELS[appointment.specialty], "Appointments"),
        detail=appointment_detail(appointment),
        due_at=appointment.starts_at,
        due_date=appointment.local_date,
        wall_time=appointment.local_time,
        zone=appointment.zone,
        firings=tuple(sorted(firings, key=lambda f: f.at)),
    )


def dose_reminder_id(medicine_id: str, scheduled: datetime) -> str:
    return f"dose:{medicine_id}:{compact_instant(scheduled)}"


def scheduled_doses(medicine: Medicine, first: date, last: date) -> list[Occurrence]:
    """The medicine's scheduled doses on the local days ``first`` to ``last`` (within its
    own start and end dates)."""
    schedule, zone = medicine.schedule, medicine.zone
    start, end = medicine.start_date, medicine.end_date
    return occurrences(schedule, zone, first, last, active_from=start, active_to=end)


def dose_reminders(
    medicine: Medicine,
    first: date,
    last: date,
    answered: Collection[datetime] = (),
) -> list[Reminder]:
    """One reminder per scheduled dose on the local days ``first`` to ``last`` that has no
    answer in the dose log (``answered``: the scheduled instants that have one)."""
    if medicine.meta.deleted_at is not None or not medicine.schedule.is_scheduled:
        return []
    found: list[Reminder] = []
    for occurrence in scheduled_doses(medicine, first, last):
        if occurrence.instant in answered:
            continue
        found.append(
            Reminder(
                reminder_id=dose_reminder_id(medicine.id, occurrence.instant),
                kind=ReminderKind.DOSE,
                child_id=medicine.child_id,
                subject_id=medicine.id,
                title=Label(medicine.name),
                detail=medicine.dose_label(),
                due_at=occurrence.instant,
                due_date=occurrence.local_date,
                wall_time=occurrence.wall_time,
                zone=medicine.zone,
                firings=(Firing(occurrence.instant, ReminderRule.DOSE_DUE),),
            )
        )
    return found


# Expanding ----------------------------------------------------------------------------------


def due_between(
    reminders: Iterable[Reminder],
    start: datetime,
    end: datetime,
    *,
    snoozes: Mapping[ReminderKey, datetime] | None = None,
    dismissed: Collection[ReminderKey] = (),
) -> list[ReminderOccurrence]:
    """Every occurrence firing after ``start`` and up to ``end`` (``start < at <= end``, so
    consecutive windows never share one), in order of instant then reminder id.

    ``snoozes`` maps an occurrence to the instant it was snoozed until: the occurrence and
    any firing of the same reminder before that instant are replaced by one firing then (a
    snooze of a snoozed occurrence moves it again). A snooze of an occurrence that no longer
    exists (the check was done, the appointment moved) is ignored. ``dismissed`` occurrences
    never fire."""
    snoozes = snoozes or {}
    by_reminder: dict[str, list[tuple[datetime, datetime]]] = {}
    for key, until in snoozes.items():
        by_reminder.setdefault(key.reminder_id, []).append((key.occurrence, until))
    found: list[ReminderOccurrence] = []
    for reminder in reminders:
        held = sorted(by_reminder.get(reminder.reminder_id, ()))
        low = min([start, *(t0 for t0, _ in held)])
        high = max([end, *(t1 for _, t1 in held)])
        expansion = {f.at: (f.rule, False) for f in reminder.firings_between(low, high)}
        for was, until in held:
            if was not in expansion or until <= was:
                continue
            rule = expansion[was][0]
            for at in [at for at in expansion if was <= at < until]:
                del expansion[at]
            expansion.setdefault(until, (rule, True))
        for at, (rule, snoozed) in expansion.items():
            if start < at <= end and ReminderKey(reminder.reminder_id, at) not in dismissed:
                found.append(ReminderOccurrence(at, rule, reminder, snoozed))
    return sorted(found, key=ReminderOccurrence.sort_key)


def catch_up_window(last_seen: datetime | None, now: datetime) -> tuple[datetime, datetime]:
    """The span a catch-up at ``now`` looks at: since the last catch-up (at most
    :data:`MAX_CATCH_UP` back; :data:`FIRST_RUN_LOOKBACK` the very first time). After the
    wall clock went back (``last_seen`` later than ``now``) it is empty: what fell in between
    already fired, and the fired record keeps it from firing twice later."""
    if last_seen is None:
        return now - FIRST_RUN_LOOKBACK, now
    return max(min(last_seen, now), now - MAX_CATCH_UP), now


def newest_per_reminder(items: Iterable[ReminderOccurrence]) -> list[ReminderOccurrence]:
    """The latest occurrence of each reminder, in order: a check that nagged three weeks
    running while the app was closed is shown once, not three times."""
    newest: dict[str, ReminderOccurrence] = {}
    for item in items:
        current = newest.get(item.reminder.reminder_id)
        if current is None or item.at > current.at:
            newest[item.reminder.reminder_id] = item
    return sorted(newest.values(), key=ReminderOccurrence.sort_key)


def clock_jump(
    previous_wall: datetime,
    previous_monotonic: float,
    wall: datetime,
    monotonic: float,
    tolerance: timedelta = CLOCK_JUMP_TOLERANCE,
) -> timedelta | None:
    """How far the wall clock moved beyond the time that really passed (monotonic seconds)
    since the previous heartbeat: a clock change, a time-zone change of a naive clock, or a
    sleep (the monotonic clock stops while the computer sleeps). None within ``tolerance``."""
    drift = (wall - previous_wall) - timedelta(seconds=monotonic - previous_monotonic)
    return drift if abs(drift) > tolerance else None


def snooze_until(choice: SnoozeChoice, now: datetime, zone: str) -> datetime:
    """One hour from now, or tomorrow at 08:00 local (policy of the schedule module)."""
    if choice is SnoozeChoice.ONE_HOUR:
        return now + SNOOZE_HOUR
    tz = ZoneInfo(zone)
    tomorrow = now.astimezone(tz).date() + timedelta(days=1)
    return wall_clock_instant(tomorrow, SNOOZE_TOMORROW_TIME, tz)


def _iso_day(day: date) -> str:
    return day.isoformat()


def _clock_text(at: time) -> str:
    return at.strftime("%H:%M")


def reminder_when_text(
    occurrence: ReminderOccurrence,
    translate: Translator = english,
    *,
    day_text: Callable[[date], str] = _iso_day,
    time_text: Callable[[time], str] = _clock_text,
) -> str:
    """When the thing itself is due, in its own local day and time: "Overdue since
    2026-09-01", "2026-11-23 at 10:30" (the window passes its locale's formats)."""
    reminder = occurrence.reminder
    return translate("Reminders", REMINDER_RULE_LABELS[occurrence.rule]).format(
        date=day_text(reminder.due_date),
        time=time_text(reminder.wall_time) if reminder.wall_time is not None else "",
    )
