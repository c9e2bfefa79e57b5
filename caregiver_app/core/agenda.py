"""The agenda: what is overdue and what comes next (checks, appointments, doses) from a
moment on, in order. Plain Python, shared by ``caregiver-app agenda`` and the window.

What it holds, at ``now`` in the family's zone, for the next ``days`` days (to the end of the
day ``days`` after today; 0: today only):

- checks: each overdue one (on its due day), each due by the end of the span (due soon or on
  track), and each with no check recorded yet (today: record when it was last done);
- appointments still planned: from the start of the span; one planned earlier (up to two
  weeks back) that was never marked done, missed or cancelled shows as "not marked done";
- scheduled doses of today and the span with no answer in the dose log: one due before now
  shows as "not recorded".

The command line prints one line per item (:func:`agenda_line`):
``YYYY-MM-DD HH:MM<TAB>KIND<TAB>TITLE<TAB>STATUS``; a check is due on a day, not at a time,
so its time is ``--:--``."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from caregiver_app.core.appointments import (
    SPECIALTY_LABELS,
    Appointment,
    AppointmentStatus,
)
from caregiver_app.core.checks import CheckState, CheckStatus
from caregiver_app.core.medicines import Medicine
from caregiver_app.core.messages import QT_TRANSLATE_NOOP, Translator, english
from caregiver_app.core.reminders import Label, ReminderKind, scheduled_doses

DEFAULT_AGENDA_DAYS = 7
MAX_AGENDA_DAYS = 366
UNMARKED_APPOINTMENT_DAYS = 14
NO_TIME = "--:--"


class AgendaStatus(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    ON_TRACK = "on_track"
    NO_RECORD = "no_record"
    PLANNED = "planned"
    NOT_MARKED = "not_marked"
    DUE = "due"
    NOT_RECORDED = "not_recorded"


AGENDA_STATUS_LABELS: dict[AgendaStatus, str] = {
    AgendaStatus.OVERDUE: QT_TRANSLATE_NOOP("Agenda", "overdue"),
    AgendaStatus.DUE_SOON: QT_TRANSLATE_NOOP("Agenda", "due soon"),
    AgendaStatus.ON_TRACK: QT_TRANSLATE_NOOP("Agenda", "on track"),
    AgendaStatus.NO_RECORD: QT_TRANSLATE_NOOP("Agenda", "no check recorded yet"),
    AgendaStatus.PLANNED: QT_TRANSLATE_NOOP("Agenda", "planned"),
    AgendaStatus.NOT_MARKED: QT_TRANSLATE_NOOP("Agenda", "not marked done"),
    AgendaStatus.DUE: QT_TRANSLATE_NOOP("Agenda", "due"),
    AgendaStatus.NOT_RECORDED: QT_TRANSLATE_NOOP("Agenda", "not recorded"),
}

AGENDA_KIND_LABELS: dict[ReminderKind, str] = {
    ReminderKind.CHECK: QT_TRANSLATE_NOOP("Agenda", "check"),
    ReminderKind.APPOINTMENT: QT_TRANSLATE_NOOP("Agenda", "appointment"),
    ReminderKind.DOSE: QT_TRANSLATE_NOOP("Agenda", "dose"),
}

_CHECK_STATUSES = {
    CheckStatus.OVERDUE: AgendaStatus.OVERDUE,
    CheckStatus.DUE_SOON: AgendaStatus.DUE_SOON,
    CheckStatus.ON_TRACK: AgendaStatus.ON_TRACK,
    CheckStatus.NOT_RECORDED: AgendaStatus.NO_RECORD,
}
_KIND_ORDER = {ReminderKind.CHECK: 0, ReminderKind.APPOINTMENT: 1, ReminderKind.DOSE: 2}
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class AgendaItem:
    """One line of the agenda. ``local_time`` None: a check, due on a day."""

    local_date: date
    local_time: time | None
    kind: ReminderKind
    child_id: str
    child_name: str
    title: Label
    detail: str
    status: AgendaStatus
    subject_id: str

    def sort_key(self) -> tuple[date, int, time, int, str, str]:
        timed = self.local_time is not None
        return (
            self.local_date,
            int(timed),
            self.local_time or time(0),
            _KIND_ORDER[self.kind],
            self.child_name.casefold(),
            # Checks keep the order they come in (eye, hearing, dental, blood, growth, then
            # the family's own); doses and appointments at one time go by name.
            "" if self.kind is ReminderKind.CHECK else self.title.text.casefold(),
        )


def agenda_span(now: datetime, zone: str, days: int) -> tuple[date, date]:
    """Today and the last day the agenda covers, local to ``zone``."""
    today = now.astimezone(ZoneInfo(zone)).date()
    return today, today + timedelta(days=days)


def check_items(
    states: Iterable[CheckState], *, child_name: str, today: date, last: date
) -> list[AgendaItem]:
    found: list[AgendaItem] = []
    for state in states:
        if state.next_due is not None and state.next_due > last:
            continue
        found.append(
            AgendaItem(
                local_date=state.next_due or today,
                local_time=None,
                kind=ReminderKind.CHECK,
                child_id=state.child_id,
                child_name=child_name,
                title=Label(state.name, "Appointments" if state.routine is not None else None),
                detail="",
                status=_CHECK_STATUSES[state.status],
                subject_id=state.key,
            )
        )
    return found


def appointment_items(
    appointments: Iterable[Appointment],
    *,
    child_name: str,
    now: datetime,
    today: date,
    last: date,
) -> list[AgendaItem]:
    earliest = today - timedelta(days=UNMARKED_APPOINTMENT_DAYS)
    found: list[AgendaItem] = []
    for item in appointments:
        if item.status is not AppointmentStatus.PLANNED or item.meta.deleted_at is not None:
            continue
        if not earliest <= item.local_date <= last:
            continue
        title = SPECIALTY_LABELS[item.specialty]
        found.append(
            AgendaItem(
                local_date=item.local_date,
                local_time=item.local_time,
                kind=ReminderKind.APPOINTMENT,
                child_id=item.child_id,
                child_name=child_name,
                title=Label(title, "Appointments"),
                detail=item.clinician,
                status=AgendaStatus.PLANNED if item.starts_at >= now else AgendaStatus.NOT_MARKED,
                subject_id=item.id,
            )
        )
    return found


def dose_items(
    medicines: Iterable[Medicine],
    answered: Collection[tuple[str, datetime]],
    *,
    child_name: str,
    now: datetime,
    today: date,
    last: date,
) -> list[AgendaItem]:
    """``answered``: ``(medicine id, scheduled instant)`` of each dose with a log entry."""
    found: list[AgendaItem] = []
    for medicine in medicines:
        if medicine.meta.deleted_at is not None:
            continue
        for occurrence in scheduled_doses(medicine, today, last):
            if (medicine.id, occurrence.instant) in answered:
                continue
            found.append(
                AgendaItem(
                    local_date=occurrence.local_date,
                    local_time=occurrence.wall_time,
                    kind=ReminderKind.DOSE,
                    child_id=medicine.child_id,
                    child_name=child_name,
                    title=Label(medicine.name),
                    detail=medicine.dose_label(),
                    status=(
                        AgendaStatus.DUE if occurrence.instant >= now else AgendaStatus.NOT_RECORDED
                    ),
                    subject_id=medicine.id,
                )
            )
    return found


def sort_agenda(items: Iterable[AgendaItem]) -> list[AgendaItem]:
    """In time order (a stable sort: see :meth:`AgendaItem.sort_key`)."""
    return sorted(items, key=AgendaItem.sort_key)


def _one_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def agenda_title(item: AgendaItem, translate: Translator = english) -> str:
    """The title as the agenda prints it: a dose with its amount, an appointment with its
    clinician."""
    title = item.title.render(translate)
    if item.kind is ReminderKind.CHECK or not item.detail.strip():
        return _one_line(title)
    separator = " " if item.kind is ReminderKind.DOSE else ": "
    return _one_line(f"{title}{separator}{item.detail}")


def agenda_line(item: AgendaItem, translate: Translator = english, *, with_child: bool) -> str:
    """``2026-11-21 08:00<TAB>dose<TAB>Calcitriol 0.25 µg<TAB>due`` (the time of a check is
    ``--:--``; with several children the title starts with the child's name and a colon)."""
    when = item.local_time.strftime("%H:%M") if item.local_time is not None else NO_TIME
    title = agenda_title(item, translate)
    if with_child:
        title = f"{_one_line(item.child_name)}: {title}"
    return "\t".join(
        (
            f"{item.local_date.isoformat()} {when}",
            translate("Agenda", AGENDA_KIND_LABELS[item.kind]),
            title,
            translate("Agenda", AGENDA_STATUS_LABELS[item.status]),
        )
    )
