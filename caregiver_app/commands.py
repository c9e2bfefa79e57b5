"""What each command-line command does, on top of the services.

Strings are marked ``translate("cli", "...")`` in full (not through a ``tr`` helper) so that
``pyside6-lupdate`` files them under the ``cli`` context they are looked up in."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from caregiver_app import (
    care_commands,
    commands_agenda,
    commands_medicines,
    commands_redflags,
    commands_reports,
)
from caregiver_app.core.clock import Clock
from caregiver_app.core.records import SEX_LABELS
from caregiver_app.core.validation import validate_date_range
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices, open_app
from caregiver_app.services.backups import (
    BackupInfo,
    newest_good_backup,
    restore_into_empty,
    set_aside_database,
)
from caregiver_app.services.demo import add_demo_family
from caregiver_app.services.interchange import InterchangeService
from caregiver_app.storage.backup import open_backup_source
from caregiver_app.storage.database import (
    DATABASE_FILENAME,
    DatabaseDamaged,
    StorageError,
    check_file,
)


def run(
    args: argparse.Namespace, folder: Path, out: TextIO, err: TextIO, clock: Clock | None = None
) -> int:
    folder_handler = _FOLDER_HANDLERS.get(args.command)
    if folder_handler is not None:
        # These work on the file itself, also when it is damaged or missing.
        return folder_handler(folder, args, out, err)
    services = open_app(folder, clock)
    try:
        if args.command != "backup":
            _daily_backup(services, err)
        handler = _HANDLERS[args.command]
        return handler(services, args, out, err)
    finally:
        services.close()


def _daily_backup(services: AppServices, err: TextIO) -> None:
    """The command line makes the day's backup too, before changing anything; a failure is
    reported but does not stop the command (the diary itself is fine)."""
    try:
        info = services.backups.backup_if_due()
    except StorageError as error:
        err.write(
            translate("cli", "Warning: today's automatic backup was not made: {reason}").format(
                reason=error.render(translate)
            )
            + "\n"
        )
        return
    if info is not None and info.extra_error is not None:
        err.write(translate("cli", "Warning:") + " " + info.extra_error.render(translate) + "\n")


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
    if args.kind in care_commands.CARE_KINDS:
        return care_commands.care_import_command(services, args, out, err)
    if args.kind in commands_medicines.MEDICINE_KINDS:
        return commands_medicines.import_medicines_command(services, args, out, err)
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
    if args.kind == "all":
        return care_commands.export_all_command(services, args, out, err)
    if args.kind == "ics":
        return commands_agenda.export_ics_command(services, args, out, err)
    if args.kind in care_commands.CARE_KINDS:
        return care_commands.care_export_command(services, args, out, err)
    if args.kind in commands_medicines.MEDICINE_KINDS:
        return commands_medicines.export_medicines_command(services, args, out, err)
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


def _children(count: int | None) -> str:
    if count == 1:
        return translate("cli", "1 child")
    return translate("cli", "{count} children").format(count=count)


def _holds(info: BackupInfo) -> str:
    return translate("cli", "{entries}, {children}").format(
        entries=_entries(info.entries or 0), children=_children(info.children)
    )


def backup_command(
    services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    info = services.backups.backup_now(args.file)
    out.write(
        translate("cli", "Backup written to {path} ({holds}).").format(
            path=info.path, holds=_holds(info)
        )
        + "\n"
    )
    if info.extra_copy is not None:
        out.write(translate("cli", "Copy written to {path}.").format(path=info.extra_copy) + "\n")
    if info.extra_error is not None:
        err.write(translate("cli", "Warning:") + " " + info.extra_error.render(translate) + "\n")
    return 0


def restore_command(folder: Path, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    backup = Path(args.file).expanduser().resolve()
    open_backup_source(backup).close()  # a bad backup is refused before anything is touched
    path = folder / DATABASE_FILENAME
    if not path.exists() or path.stat().st_size == 0:
        info = restore_into_empty(folder, backup)
        out.write(
            translate("cli", "Restored {path} ({holds}). There was no diary here before.").format(
                path=backup, holds=_holds(info)
            )
            + "\n"
        )
        return 0
    try:
        services = open_app(folder)
    except DatabaseDamaged:
        moved_to = set_aside_database(folder)
        out.write(
            translate(
                "cli", "The damaged diary file was moved aside, unchanged, to {path}."
            ).format(path=moved_to)
            + "\n"
        )
        info = restore_into_empty(folder, backup)
        out.write(
            translate("cli", "Restored {path} ({holds}).").format(path=backup, holds=_holds(info))
            + "\n"
        )
        return 0
    try:
        safety = services.backups.restore(backup)
        entries = services.diary.repository.count_all()
    finally:
        services.close()
    out.write(
        translate("cli", "Restored {path} ({entries}).").format(
            path=backup, entries=_entries(entries)
        )
        + "\n"
    )
    out.write(
        translate(
            "cli",
            "The diary as it was before is saved in {safety}. To undo: caregiver-app restore "
            "{safety}",
        ).format(safety=safety.path)
        + "\n"
    )
    return 0


def check_command(folder: Path, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    path = folder / DATABASE_FILENAME
    if not path.exists() or path.stat().st_size == 0:
        err.write(translate("cli", "There is no diary file {path}.").format(path=path) + "\n")
        return 1
    problems = check_file(path)
    if not problems:
        out.write(translate("cli", "The diary file {path} is sound.").format(path=path) + "\n")
        return 0
    err.write(
        translate(
            "cli",
            "The diary file {path} is damaged. It was not changed. What SQLite found:",
        ).format(path=path)
        + "\n"
    )
    for problem in problems[:20]:
        err.write(f"  {problem}\n")
    if len(problems) > 20:
        err.write(
            translate("cli", "  ... and {count} more.").format(count=len(problems) - 20) + "\n"
        )
    good = newest_good_backup(folder)
    if good is None:
        advice = translate(
            "cli",
            "There is no good backup in {folder}. If you have one elsewhere (a USB stick), put "
            "it in place with: caregiver-app restore FILE (the damaged file is kept aside).",
        ).format(folder=folder / "backups")
    else:
        advice = translate(
            "cli",
            "To put your newest good backup in its place (the damaged file is kept aside): "
            "caregiver-app restore {backup}",
        ).format(backup=good.path)
    err.write(advice + "\n")
    return 1


_FOLDER_HANDLERS = {
    "restore": restore_command,
    "check": check_command,
}

_HANDLERS = {
    "backup": backup_command,
    "child": child_command,
    "import": import_command,
    "export": export_command,
    "demo": demo_command,
    "agenda": commands_agenda.agenda_command,
    "redflags": commands_redflags.redflags_command,
    "report": commands_reports.report_command,
    "emergency-sheet": commands_reports.emergency_sheet_command,
}
