"""Command-line commands for appointments, dental care and ``export all`` (called from
``commands.py``). Strings are marked ``translate("cli", "...")`` in full, as there."""

from __future__ import annotations

import argparse
from typing import TextIO

from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices
from caregiver_app.services.appointments import AppointmentsService
from caregiver_app.services.dental import DentalService

CARE_KINDS = ("appointments", "dental")


def _records(count: int) -> str:
    if count == 1:
        return translate("cli", "1 record")
    return translate("cli", "{count} records").format(count=count)


def _service(services: AppServices, kind: str) -> AppointmentsService | DentalService:
    if kind == "appointments":
        return AppointmentsService.for_app(services)
    return DentalService.for_app(services)


def care_import_command(
    services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    child = services.family.child_by_name(args.child)
    result = _service(services, args.kind).import_csv(child.id, args.file)
    out.write(
        translate("cli", "Imported {records} for {name} ({already} already there).").format(
            records=_records(result.added), name=child.name, already=result.already_there
        )
        + "\n"
    )
    return 0


def care_export_command(
    services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    child = services.family.child_by_name(args.child)
    result = _service(services, args.kind).export_csv(child.id, args.file)
    out.write(
        translate("cli", "Wrote {records} for {name} to {path}.").format(
            records=_records(result.written), name=child.name, path=result.path
        )
        + "\n"
    )
    return 0


def export_all_command(
    services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    from caregiver_app.services.export_all import export_all

    files = export_all(services, args.folder)
    for item in files:
        out.write(
            translate("cli", "Wrote {records} ({kind}) for {name} to {path}.").format(
                records=_records(item.written), kind=item.kind, name=item.child.name, path=item.path
            )
            + "\n"
        )
    if not files:
        out.write(
            translate("cli", "There are no children in the diary; nothing was written.") + "\n"
        )
    return 0
