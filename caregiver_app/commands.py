"""What each command-line command does, on top of the services.

Strings are marked ``translate("cli", "...")`` in full (not through a ``tr`` helper) so that
``pyside6-lupdate`` files them under the ``cli`` context they are looked up in."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from caregiver_app.core.records import SEX_LABELS
from caregiver_app.core.validation import validate_date_range
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices, open_app
from caregiver_app.services.demo import add_demo_family
from caregiver_app.services.interchange import InterchangeService


def run(args: argparse.Namespace, folder: Path, out: TextIO, err: TextIO) -> int:
    services = open_app(folder)
    try:
        handler = _HANDLERS[args.command]
        return handler(services, args, out, err)
    finally:
        services.close()


def child_command(services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.child_command == "add":
        child = services.family.add_child(name=args.name, birth_date=args.born, sex=args.sex or "")
        out.write(
            translate("cli", "Added {name}, born {born}.").format(
                name=child.name, born=child.birth_date.isoformat()
            )
            + "\n"
        )
        return 0
    children = services.family.children()
    if not children:
        out.write(
            translate(
                "cli", "No children yet. Add one with: child add --name NAME --born YYYY-MM-DD"
            )
            + "\n"
        )
    for child in children:
        sex = translate("Records", SEX_LABELS[child.sex]) if child.sex else "-"
        out.write(f"{child.name}\t{child.birth_date.isoformat()}\t{sex}\n")
    return 0


def _entries(count: int) -> str:
    if count == 1:
        return translate("cli", "1 entry")
    return translate("cli", "{count} entries").format(count=count)


def import_command(
    services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    child = services.family.child_by_name(args.child)
    result = InterchangeService.for_app(services).import_symptoms(child.id, args.file)
    out.write(
        translate("cli", "Imported {entries} for {name} ({already} already in the diary).").format(
            entries=_entries(result.added), name=child.name, already=result.already_there
        )
        + "\n"
    )
    return 0


def export_command(
    services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    start, end = validate_date_range(args.start, args.end, start_field="--from", end_field="--to")
    child = services.family.child_by_name(args.child)
    result = InterchangeService.for_app(services).export_symptoms(
        child.id, args.file, start=start, end=end
    )
    if start is None and end is None:
        message = translate("cli", "Wrote {entries} for {name} to {path}.")
    else:
        message = translate("cli", "Wrote {entries} for {name} ({first} to {last}) to {path}.")
    out.write(
        message.format(
            entries=_entries(result.written),
            name=child.name,
            path=result.path,
            first=start.isoformat() if start else translate("cli", "first entry"),
            last=end.isoformat() if end else translate("cli", "last entry"),
        )
        + "\n"
    )
    return 0


def demo_command(services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    result = add_demo_family(services)
    if not result.created:
        out.write(
            translate("cli", "The demo family ({name}) is already here; nothing was added.").format(
                name=result.child.name
            )
            + "\n"
        )
        return 0
    out.write(
        translate(
            "cli",
            "Added the demo family: {name}, born {born}, with {contacts} care team contacts, "
            '{entries} and {quiet} "nothing unusual" days over six months.',
        ).format(
            name=result.child.name,
            born=result.child.birth_date.isoformat(),
            contacts=result.contacts,
            entries=_entries(result.entries),
            quiet=result.quiet_days,
        )
        + "\n"
    )
    return 0


_HANDLERS = {
    "child": child_command,
    "import": import_command,
    "export": export_command,
    "demo": demo_command,
}
