"""``agenda`` and ``export ics`` on the command line (called from ``commands.py``; their
options are checked in ``cli.py`` before the diary is opened). Strings are marked
``translate("cli", "...")`` in full so ``pyside6-lupdate`` finds them."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TextIO
from zoneinfo import ZoneInfo

from caregiver_app.core.agenda import agenda_line, agenda_span
from caregiver_app.core.schedule import wall_clock_instant
from caregiver_app.i18n import translate
from caregiver_app.services.agenda import AgendaService
from caregiver_app.services.app import AppServices


def resolve_now(value: datetime | None, services: AppServices) -> datetime:
    """``--now`` as an instant: with an offset as given; without one, a wall-clock time in
    the family's zone (a time the clocks skipped is the first valid minute after it, a time
    that happens twice the first one, as for reminders); absent, the clock's now."""
    if value is None:
        return services.clock.now()
    if value.tzinfo is not None:
        return value
    zone = ZoneInfo(services.settings.time_zone())
    return wall_clock_instant(value.date(), value.time(), zone)


def agenda_command(
    services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    child = services.family.child_by_name(args.child) if args.child else None
    now = resolve_now(args.now, services)
    items = AgendaService.for_app(services).items(
        now=now, days=args.days, child_id=child.id if child else None
    )
    with_child = child is None and len(services.family.children()) > 1
    for item in items:
        out.write(agenda_line(item, translate, with_child=with_child) + "\n")
    if not items:
        today, last = agenda_span(now, services.settings.time_zone(), args.days)
        out.write(
            translate("cli", "Nothing is overdue or due from {first} to {last}.").format(
                first=today.isoformat(), last=last.isoformat()
            )
            + "\n"
        )
    return 0


def _appointments(count: int) -> str:
    if count == 1:
        return translate("cli", "1 appointment")
    return translate("cli", "{count} appointments").format(count=count)


def _due_dates(count: int) -> str:
    if count == 1:
        return translate("cli", "1 check due date")
    return translate("cli", "{count} check due dates").format(count=count)


def export_ics_command(
    services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    child = services.family.child_by_name(args.child) if args.child else None
    result = AgendaService.for_app(services).export_ics(
        args.file, child_id=child.id if child else None, translate=translate
    )
    out.write(
        translate("cli", "Wrote {appointments} and {checks}, with alarms, to {path}.").format(
            appointments=_appointments(result.appointments),
            checks=_due_dates(result.checks),
            path=result.path,
        )
        + "\n"
    )
    return 0
