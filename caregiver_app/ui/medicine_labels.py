"""Words the window shows for medicines: routes, schedules in words, how a dose went.

Kept apart from ``labels.py`` because it imports ``core.medicines``, which the Today page
must not load before the window's first paint (``labels.py`` is loaded at start-up). The
core's labels are translated in their own contexts ("Medicines", "Schedule")."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QObject

from caregiver_app.core.medicines import (
    ROUTE_LABELS,
    TIMING_LABELS,
    DoseEvent,
    DoseStatus,
    Medicine,
    Route,
    Timing,
)
from caregiver_app.core.schedule import (
    ON_TIME_TOLERANCE,
    SCHEDULE_KIND_LABELS,
    WEEKDAY_LABELS,
    Occurrence,
    Schedule,
    ScheduleKind,
)
from caregiver_app.ui.labels import day_text, time_text


def route_label(route: Route) -> str:
    return QCoreApplication.translate("Medicines", ROUTE_LABELS[route])


def timing_label(timing: Timing) -> str:
    return QCoreApplication.translate("Medicines", TIMING_LABELS[timing])


def schedule_kind_label(kind: ScheduleKind) -> str:
    return QCoreApplication.translate("Schedule", SCHEDULE_KIND_LABELS[kind])


def weekday_label(weekday: int) -> str:
    """ "Mon" .. "Sun" (0 is Monday)."""
    return QCoreApplication.translate("Schedule", WEEKDAY_LABELS[weekday])


class MedicineWords(QObject):
    """Sentences about medicines and doses, in the context "MedicineWords" (a QObject so
    counted words get their plural forms, see ``labels.Labels``)."""

    def times(self, times: tuple[time, ...]) -> str:
        texts = [time_text(t) for t in sorted(times)]
        if len(texts) <= 1:
            return "".join(texts)
        return self.tr("{first} and {last}").format(first=", ".join(texts[:-1]), last=texts[-1])

    def schedule(self, schedule: Schedule) -> str:
        """ "08:00 and 20:00, every day", "18:00 on Mon, Wed, Fri", "As needed"."""
        if schedule.kind is ScheduleKind.AS_NEEDED:
            return self.tr("As needed")
        times = self.times(schedule.times)
        if schedule.kind is ScheduleKind.EVERY_N_DAYS:
            every = schedule.every_days or 1
            if every == 1:
                return self.tr("{times}, every day").format(times=times)
            return self.tr("{times}, every %n days", "", every).format(times=times)
        if len(schedule.weekdays) == 7:
            return self.tr("{times}, every day").format(times=times)
        days = ", ".join(weekday_label(day) for day in sorted(schedule.weekdays))
        return self.tr("{times} on {days}").format(times=times, days=days)

    def dose(self, medicine: Medicine) -> str:
        """The dose as prescribed, or a dash when only the name is known."""
        return medicine.dose_label() or "-"

    def medicine_line(self, medicine: Medicine) -> str:
        """ "Calcitriol 0.25 microgram, by mouth"."""
        dose = medicine.dose_label()
        route = route_label(medicine.route).lower()
        if dose:
            return self.tr("{name} {dose}, {route}").format(
                name=medicine.name, dose=dose, route=route
            )
        return self.tr("{name}, {route}").format(name=medicine.name, route=route)

    def period(self, medicine: Medicine, today: date) -> str:
        """When it is taken: "since 12/05/2026", "until 30/11/2026", "stopped 02/11/2026"."""
        if medicine.start_date > today:
            return self.tr("starts {day}").format(day=day_text(medicine.start_date))
        if medicine.end_date is None:
            return self.tr("since {day}").format(day=day_text(medicine.start_date))
        if medicine.end_date < today:
            return self.tr("{first} to {last}").format(
                first=day_text(medicine.start_date), last=day_text(medicine.end_date)
            )
        return self.tr("since {first}, last day {last}").format(
            first=day_text(medicine.start_date), last=day_text(medicine.end_date)
        )

    def stock(self, left: int | None, low_level: int | None) -> str:
        if left is None:
            return self.tr("not counted")
        if low_level is not None and left <= low_level:
            return self.tr("%n left (low)", "", left)
        return self.tr("%n left", "", left)

    def given_state(self, event: DoseEvent, local: datetime) -> str:
        """How a recorded dose went, in words: "Given at 08:05 by Ana", "Given late, at
        10:30", "Skipped: asleep". ``local`` is when it was given, local to the family."""
        if event.status is DoseStatus.SKIPPED or event.given_at is None:
            reason = event.reason.strip()
            if reason:
                return self.tr("Skipped: {reason}").format(reason=reason)
            return self.tr("Skipped")
        clock = time_text(local.time())
        if event.scheduled_for is not None and event.given_at - event.scheduled_for > (
            ON_TIME_TOLERANCE
        ):
            text = self.tr("Given late, at {time}")
        elif event.scheduled_for is not None and event.scheduled_for - event.given_at > (
            ON_TIME_TOLERANCE
        ):
            text = self.tr("Given early, at {time}")
        else:
            text = self.tr("Given at {time}")
        text = text.format(time=clock)
        if event.scheduled_date is not None and local.date() != event.scheduled_date:
            text = self.tr("{given} on {day}").format(given=text, day=day_text(local.date()))
        if event.given_by.strip():
            text = self.tr("{given} by {name}").format(given=text, name=event.given_by.strip())
        return text

    def pending_state(self, occurrence: Occurrence, now: datetime) -> str:
        """A scheduled dose nobody recorded yet: "Not yet", "Due now", "Overdue"."""
        if now > occurrence.instant + ON_TIME_TOLERANCE:
            return self.tr("Overdue: not recorded yet")
        if now >= occurrence.instant - ON_TIME_TOLERANCE:
            return self.tr("Due now")
        return self.tr("Not yet")


def is_overdue(occurrence: Occurrence, now: datetime) -> bool:
    return now > occurrence.instant + ON_TIME_TOLERANCE
