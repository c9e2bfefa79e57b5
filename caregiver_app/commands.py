"""What each command-line command does, on top of the services."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from caregiver_app.core.records import SEX_LABELS
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices, open_app


def tr(text: str) -> str:
    return translate("cli", text)


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
            tr("Added {name}, born {born}.").format(
                name=child.name, born=child.birth_date.isoformat()
            )
            + "\n"
        )
        return 0
    children = services.family.children()
    if not children:
        out.write(
            tr("No children yet. Add one with: child add --name NAME --born YYYY-MM-DD") + "\n"
        )
    for child in children:
        sex = translate("Records", SEX_LABELS[child.sex]) if child.sex else "-"
        out.write(f"{child.name}\t{child.birth_date.isoformat()}\t{sex}\n")
    return 0


_HANDLERS = {
    "child": child_command,
}
