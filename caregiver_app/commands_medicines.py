"""Command-line import and export of medicines and the dose log (``import medicines``,
``export doses``...), on top of :class:`~caregiver_app.services.medicines.MedicinesService`.

Strings are marked ``translate("cli", "...")`` in full so ``pyside6-lupdate`` finds them."""

from __future__ import annotations

import argparse
from typing import TextIO

from caregiver_app.core.validation import validate_date_range
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices
from caregiver_app.services.medicines import MedicinesService

MEDICINE_KINDS = ("medicines", "doses")


def _medicines(count: int) -> str:
    if count == 1:
        return translate("cli", "1 medicine")
    return translate("cli", "{count} medicines").format(count=count)


def _doses(count: int) -> str:
    if count == 1:
        return translate("cli", "1 dose")
    return translate("cli", "{count} doses").format(count=count)


def import_medicines_command(
    services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    child = services.family.child_by_name(args.child)
    medicines = MedicinesService.for_app(services)
    if args.kind == "medicines":
        result = medicines.import_medicines(child.id, args.file)
        message = translate(
            "cli", "Imported {medicines} for {name} ({already} already in the record)."
        ).format(medicines=_medicines(result.added), name=child.name, already=result.already_there)
    else:
        result = medicines.import_doses(child.id, args.file)
        message = translate(
            "cli", "Imported {doses} for {name} ({already} already in the dose log)."
        ).format(doses=_doses(result.added), name=child.name, already=result.already_there)
    out.write(message + "\n")
    return 0


def export_medicines_command(
    services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    start, end = validate_date_range(
        getattr(args, "start", None),
        getattr(args, "end", None),
        start_field="--from",
        end_field="--to",
    )
    child = services.family.child_by_name(args.child)
    medicines = MedicinesService.for_app(services)
    if args.kind == "medicines":
        result = medicines.export_medicines(child.id, args.file)
        out.write(
            translate("cli", "Wrote {medicines} for {name} to {path}.").format(
                medicines=_medicines(result.written), name=child.name, path=result.path
            )
            + "\n"
        )
        return 0
    result = medicines.export_doses(child.id, args.file, start=start, end=end)
    if start is None and end is None:
        message = translate("cli", "Wrote {doses} for {name} to {path}.")
    else:
        message = translate("cli", "Wrote {doses} for {name} ({first} to {last}) to {path}.")
    out.write(
        message.format(
            doses=_doses(result.written),
            name=child.name,
            path=result.path,
            first=start.isoformat() if start else translate("cli", "first dose"),
            last=end.isoformat() if end else translate("cli", "last dose"),
        )
        + "\n"
    )
    return 0
