"""``report`` and ``emergency-sheet`` on the command line (called from ``commands.py``; their
options are parsed in ``cli.py``, which checks dates, the paper and the output file before
the diary is opened). Strings are marked ``translate("cli", "...")`` in full so
``pyside6-lupdate`` finds them.

A bad option (an unknown child, a period before the birth date, an unknown specialty)
prints the option and the problem and exits 2; the PDF is written only once it is whole."""

from __future__ import annotations

import argparse
import dataclasses
from typing import TextIO

from caregiver_app.core.messages import UserError, ValidationFailed
from caregiver_app.core.records import Child
from caregiver_app.core.summary import DEFAULT_SECTIONS, Paper, Section
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices

EXIT_USAGE = 2
#: The service's field names as the command line spells them.
OPTIONS = {"from": "--from", "to": "--to", "specialty": "--specialty"}


def _child(services: AppServices, name: str, err: TextIO) -> Child | None:
    try:
        return services.family.child_by_name(name)
    except UserError as error:
        err.write(f"--child: {error.render(translate)}\n")
        return None


def _usage_problems(error: ValidationFailed, err: TextIO) -> int:
    for problem in error.problems:
        option = OPTIONS.get(problem.field, problem.field)
        if "start_field" in problem.args:
            problem = dataclasses.replace(
                problem, args={**problem.args, "start_field": OPTIONS["from"]}
            )
        err.write(f"{option}: {problem.render(translate)}\n")
    return EXIT_USAGE


def _paper(services: AppServices, args: argparse.Namespace) -> Paper:
    from caregiver_app.report_wording import locale_territory

    return Paper(args.paper) if args.paper else services.reports.paper(locale_territory())


def report_command(
    services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    from caregiver_app.report_wording import app_wording

    child = _child(services, args.child, err)
    if child is None:
        return EXIT_USAGE
    sections = DEFAULT_SECTIONS | {Section.DIARY_ENTRIES} if args.all_entries else DEFAULT_SECTIONS
    try:
        written = services.reports.write_visit_summary(
            child.id,
            args.output,
            paper=_paper(services, args),
            wording=app_wording(),
            start=args.start,
            end=args.end,
            specialty=args.specialty,
            sections=sections,
        )
    except ValidationFailed as error:
        return _usage_problems(error, err)
    assert written.period is not None
    out.write(
        translate(
            "cli", "Wrote the visit summary for {name} ({first} to {last}) to {path}."
        ).format(
            name=child.name,
            first=written.period.start.isoformat(),
            last=written.period.end.isoformat(),
            path=written.path,
        )
        + "\n"
    )
    return 0


def emergency_sheet_command(
    services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    from caregiver_app.report_wording import app_wording

    child = _child(services, args.child, err)
    if child is None:
        return EXIT_USAGE
    written = services.reports.write_emergency_sheet(
        child.id, args.output, paper=_paper(services, args), wording=app_wording()
    )
    out.write(
        translate("cli", "Wrote the emergency information sheet for {name} to {path}.").format(
            name=child.name, path=written.path
        )
        + "\n"
    )
    if services.redflags.emergency_info(child.id) is None:
        err.write(
            translate(
                "cli",
                "Note: {name}'s emergency information has never been filled in, so the sheet "
                "shows the app's suggestions and says it was never reviewed. Fill it in with "
                "the care team in the window: Family & care team, Emergency information.",
            ).format(name=child.name)
            + "\n"
        )
    return 0
