"""The command line: the same use cases as the window. No sub-command opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from caregiver_app import APP_NAME, __version__
from caregiver_app.core.clock import Clock
from caregiver_app.core.messages import UserError, ValidationFailed

if TYPE_CHECKING:
    import argparse


def translate(context: str, text: str) -> str:
    # Qt is imported on first use, after the plain-Python layers: modules imported after
    # PySide6 pay for its import hook (it reads each module's source).
    from caregiver_app.i18n import translate as qt_translate

    return qt_translate(context, text)


EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    # argparse is imported here, not at the top: opening the window needs no parser.
    import argparse

    class _Parser(argparse.ArgumentParser):
        """argparse, with its own error message routed through our translations."""

        def error(self, message: str) -> None:  # type: ignore[override]
            self.print_usage(sys.stderr)
            self.exit(EXIT_USAGE, f"{self.prog}: {translate('cli', 'error')}: {message}\n")

    parser = _Parser(
        prog=APP_NAME,
        description=translate(
            "cli",
            "A private diary and care companion for families of a child with "
            "TNFSF11 (RANKL) osteopetrosis. With no command, opens the window.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "cli",
            "folder holding the family's diary (default: your user data folder; "
            "also CAREGIVER_APP_DATA_DIR)",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    child = commands.add_parser("child", help=translate("cli", "add or list children"))
    child_commands = child.add_subparsers(
        dest="child_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    add = child_commands.add_parser("add", help=translate("cli", "add a child"))
    add.add_argument("--name", required=True, help=translate("cli", "the child's name"))
    add.add_argument(
        "--born", required=True, metavar="YYYY-MM-DD", help=translate("cli", "birth date")
    )
    add.add_argument("--sex", choices=("female", "male", "other"), help=translate("cli", "sex"))
    child_commands.add_parser("list", help=translate("cli", "list children"))

    #: The CSV record types, each imported and exported one child at a time.
    csv_kinds = (
        ("symptoms", translate("cli", "symptom diary entries")),
        ("appointments", translate("cli", "appointments")),
        ("dental", translate("cli", "dental care records")),
        ("medicines", translate("cli", "medicines as prescribed")),
        ("doses", translate("cli", "dose log entries")),
    )
    imp = commands.add_parser("import", help=translate("cli", "import records from a CSV file"))
    imp_kinds = imp.add_subparsers(dest="kind", metavar="KIND", parser_class=_Parser, required=True)
    for kind, kind_help in csv_kinds:
        imp_kind = imp_kinds.add_parser(kind, help=kind_help)
        imp_kind.add_argument("file", metavar="FILE.csv", type=Path)
        imp_kind.add_argument("--child", required=True, metavar="NAME")

    exp = commands.add_parser("export", help=translate("cli", "export records to a CSV file"))
    exp_kinds = exp.add_subparsers(dest="kind", metavar="KIND", parser_class=_Parser, required=True)
    for kind, kind_help in csv_kinds:
        exp_kind = exp_kinds.add_parser(kind, help=kind_help)
        exp_kind.add_argument("file", metavar="FILE.csv", type=Path)
        exp_kind.add_argument("--child", required=True, metavar="NAME")
        if kind in ("symptoms", "doses"):  # the dated records: a period may be chosen
            exp_kind.add_argument("--from", dest="start", metavar="DATE")
            exp_kind.add_argument("--to", dest="end", metavar="DATE")
    exp_all = exp_kinds.add_parser(
        "all", help=translate("cli", "every record type of every child, into a folder")
    )
    exp_all.add_argument("folder", metavar="DIR", type=Path)
    exp_ics = exp_kinds.add_parser(
        "ics",
        help=translate("cli", "appointments and check due dates, with alarms, as a calendar"),
        description=translate(
            "cli",
            "Writes an iCalendar (.ics) file of every appointment and every check due date "
            "(of one child, or of all), each with an alarm, for calendar programs to import. "
            "Importing it again updates the same events.",
        ),
    )
    exp_ics.add_argument("file", metavar="FILE.ics", type=_ics_target)
    exp_ics.add_argument(
        "--child", metavar="NAME", help=translate("cli", "only this child (default: every child)")
    )

    agenda = commands.add_parser(
        "agenda",
        help=translate("cli", "what is overdue and what comes next"),
        description=translate(
            "cli",
            "Prints overdue and coming checks, appointments and medicine doses in order, one "
            "per line: local date and time, kind, title, status, separated by tabs. A check "
            "is due on a day, so its time is --:--.",
        ),
    )
    agenda.add_argument(
        "--child", metavar="NAME", help=translate("cli", "only this child (default: every child)")
    )
    agenda.add_argument(
        "--now",
        metavar="ISO8601",
        type=_now_option,
        help=translate(
            "cli",
            "the moment to look from, like 2026-11-21T08:00 (the family's time zone) or "
            "2026-11-21T07:00Z (default: now)",
        ),
    )
    agenda.add_argument(
        "--days",
        metavar="N",
        type=_days_option,
        default=7,
        help=translate("cli", "how many days ahead, 0 to 366 (default 7; 0: today only)"),
    )

    redflags = commands.add_parser(
        "redflags",
        help=translate("cli", "list the red-flag episodes found in the diary"),
        description=translate(
            "cli",
            "Prints each red-flag episode of the diary (signs that need care today or now), "
            "one per line: local start date and time, level, rule, and the reason in plain "
            "words, separated by tabs. An entry without a time of day shows --:--.",
        ),
    )
    redflags.add_argument("--child", metavar="NAME")
    _add_period(
        redflags,
        translate("cli", "first day, YYYY-MM-DD (default: the first entry)"),
        translate("cli", "last day, YYYY-MM-DD (default: the last entry)"),
    )

    _add_report_commands(commands)

    commands.add_parser("demo", help=translate("cli", "add a realistic six-month demo family"))

    backup = commands.add_parser(
        "backup",
        help=translate("cli", "write a backup of the diary now"),
        description=translate(
            "cli",
            "Writes a verified backup of the whole diary. Without FILE it goes into the "
            "backups folder beside the diary (and into the extra backup folder, if one is "
            "set); FILE may also be a folder, such as a USB stick. An existing file is never "
            "replaced.",
        ),
    )
    backup.add_argument("file", metavar="FILE", type=Path, nargs="?")

    restore = commands.add_parser(
        "restore",
        help=translate("cli", "replace the diary with a backup (keeps a backup of it first)"),
        description=translate(
            "cli",
            "Replaces the diary with the backup FILE. The current diary is first saved as a "
            "backup (its file name is printed: restore that file to undo). A damaged diary "
            "file is moved aside, never deleted.",
        ),
    )
    restore.add_argument("file", metavar="FILE", type=Path)

    commands.add_parser(
        "check",
        help=translate("cli", "check the diary file for damage"),
        description=translate(
            "cli",
            "Checks the whole diary file (SQLite integrity and foreign-key checks) without "
            "changing it. Exits 0 if it is sound, 1 with the problems otherwise.",
        ),
    )
    return parser


def _add_period(command: argparse.ArgumentParser, first_help: str, last_help: str) -> None:
    """``--from`` and ``--to`` as dates; --to before --from is refused after parsing, by this
    command's own parser (its usage is shown)."""
    command.set_defaults(dates_parser=command)
    command.add_argument("--from", dest="start", metavar="DATE", type=_date_option, help=first_help)
    command.add_argument("--to", dest="end", metavar="DATE", type=_date_option, help=last_help)


def _add_report_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``report`` (a visit summary) and ``emergency-sheet``, both PDF files."""
    report = commands.add_parser(
        "report",
        help=translate("cli", "write a visit summary (PDF) for a clinician"),
        description=translate(
            "cli",
            "Writes a visit summary of one child as a PDF: page one at a glance (red-flag "
            "episodes, medicines and doses, routine checks, upcoming appointments, questions, "
            "how complete the record is, symptoms against the previous period), then the "
            "details. The period defaults to the days since the last appointment with "
            "--specialty, or else the last three months.",
        ),
    )
    report.add_argument("--child", required=True, metavar="NAME")
    _add_period(
        report,
        translate("cli", "first day of the period, YYYY-MM-DD"),
        translate("cli", "last day of the period, YYYY-MM-DD (default: today)"),
    )
    report.add_argument(
        "--specialty",
        metavar="S",
        type=_specialty_option,
        help=translate("cli", "the specialty the visit is for: {choices}").format(
            choices=", ".join(_specialties())
        ),
    )
    report.add_argument(
        "--all-entries",
        action="store_true",
        help=translate("cli", "also print every diary entry of the period with its notes"),
    )
    sheet = commands.add_parser(
        "emergency-sheet",
        help=translate("cli", "write the one-page emergency information sheet (PDF)"),
        description=translate(
            "cli",
            "Writes the child's emergency information as a one-page PDF for emergency staff: "
            "identity and diagnosis, key cautions, medicines and allergies, usual status, "
            "contacts, and when it was last reviewed.",
        ),
    )
    sheet.add_argument("--child", required=True, metavar="NAME")
    for command in (report, sheet):
        command.add_argument(
            "--paper",
            choices=("a4", "letter"),
            help=translate("cli", "paper size (default: the last one used, else your country's)"),
        )
        command.add_argument(
            "-o",
            "--output",
            required=True,
            metavar="FILE.pdf",
            type=_pdf_target,
            help=translate("cli", "the PDF file to write"),
        )


def _specialties() -> list[str]:
    from caregiver_app.core.appointments import Specialty

    return [specialty.value for specialty in Specialty]


def _specialty_option(text: str) -> str:
    import argparse

    value = text.strip().lower()
    if value not in _specialties():
        raise argparse.ArgumentTypeError(
            translate("cli", "{value!r} is not one of: {choices}").format(
                value=text[:40], choices=", ".join(_specialties())
            )
        )
    return value


def _pdf_target(text: str) -> Path:
    """The PDF to write: a file name (not a folder) in a folder that exists."""
    import argparse

    target = Path(text).expanduser()
    folder = target.absolute().parent
    problem = ""
    if not text.strip() or target.is_dir():
        problem = translate("cli", "{path} is a folder; give a file name like summary.pdf")
    elif not folder.is_dir():
        problem = translate("cli", "the folder {folder} does not exist")
    if problem:
        raise argparse.ArgumentTypeError(problem.format(path=text, folder=folder))
    return target


def _now_option(text: str) -> datetime:
    """``--now``: an ISO 8601 date and time, with or without an offset (checked before the
    diary is opened, so a bad value changes nothing)."""
    import argparse

    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(
                "cli",
                "{value!r} is not a date and time like 2026-11-21T08:00 or 2026-11-21T07:00Z",
            ).format(value=text[:40])
        ) from None


def _date_option(text: str) -> date:
    """``--from``/``--to``: a calendar day (checked before the diary is opened)."""
    import argparse

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "{value!r} is not a date like 2026-11-21").format(value=text[:40])
        ) from None


def _check_date_range(args: argparse.Namespace) -> None:
    """``--to`` may not come before ``--from`` (for the commands whose parser checks their
    dates: they name it ``dates_parser``)."""
    parser = getattr(args, "dates_parser", None)
    start, end = getattr(args, "start", None), getattr(args, "end", None)
    if parser is not None and start is not None and end is not None and end < start:
        parser.error(
            translate("cli", "argument --to: {last} is before --from ({first})").format(
                last=end.isoformat(), first=start.isoformat()
            )
        )


def _days_option(text: str) -> int:
    import argparse

    from caregiver_app.core.agenda import MAX_AGENDA_DAYS

    value = text.strip()
    if not value.isascii() or not value.isdigit() or int(value) > MAX_AGENDA_DAYS:
        raise argparse.ArgumentTypeError(
            translate("cli", "{value!r} is not a whole number from 0 to {high}").format(
                value=text[:40], high=MAX_AGENDA_DAYS
            )
        )
    return int(value)


def _ics_target(text: str) -> Path:
    """The calendar file to write: not a folder, in a folder that exists."""
    import argparse

    path = Path(text).expanduser()
    if not text.strip() or path.is_dir():
        raise argparse.ArgumentTypeError(
            translate("cli", "{path} is a folder; give a file name like calendar.ics").format(
                path=text
            )
        )
    if not path.absolute().parent.is_dir():
        raise argparse.ArgumentTypeError(
            translate("cli", "the folder {folder} does not exist").format(
                folder=path.absolute().parent
            )
        )
    return path


def _print_error(error: UserError | ValidationFailed, err: TextIO) -> None:
    if isinstance(error, ValidationFailed):
        for problem in error.problems:
            err.write(problem.render_with_field(translate) + "\n")
    else:
        err.write(error.render(translate) + "\n")


def _data_dir_option(argv: Sequence[str]) -> str | None:
    """The (last) ``--data-dir`` value of arguments that :func:`_opens_window` accepted."""
    found: str | None = None
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--data-dir":
            found = rest.pop(0)
        elif arg.startswith("--data-dir="):
            found = arg.split("=", 1)[1]
    return found


def _opens_window(argv: Sequence[str]) -> bool:
    """True when the arguments hold nothing but ``--data-dir``: the window opens."""
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--data-dir" and rest:
            rest.pop(0)
        elif not arg.startswith("--data-dir="):
            return False
    return True


_cli_app: object = None


def _install_cli_translations() -> None:
    """The command line speaks the system's language (when we ship it)."""
    global _cli_app
    from PySide6.QtCore import QCoreApplication

    from caregiver_app.i18n import install_translators, resolve_language

    language = resolve_language("")
    if language == "en" or QCoreApplication.instance() is not None:
        return
    _cli_app = app = QCoreApplication([APP_NAME])
    install_translators(app, language)


def _run_window(folder: Path) -> int:
    from caregiver_app.storage.database import DATABASE_FILENAME, BackgroundInspection

    # The diary's quick_check runs on another thread while the window's modules load.
    diary = folder / DATABASE_FILENAME
    inspection = BackgroundInspection(diary) if diary.is_file() else None
    from caregiver_app.ui.app import run_window

    return run_window(folder, inspection=inspection)


def main(
    argv: Sequence[str] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    clock: Clock | None = None,
) -> int:
    """Runs the command line; ``clock`` (tests) stands in for the system clock."""
    out = out or sys.stdout
    err = err or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    from caregiver_app.paths import data_dir
    from caregiver_app.services.app import make_files_private

    if _opens_window(argv):
        # Nothing to parse but --data-dir: argparse and its parser (~15 ms) are skipped.
        make_files_private()
        return _run_window(data_dir(_data_dir_option(argv)))
    _install_cli_translations()
    args = build_parser().parse_args(argv)
    _check_date_range(args)
    make_files_private()
    folder = data_dir(args.data_dir)
    if args.command is None:  # pragma: no cover - _opens_window took these arguments
        return _run_window(folder)

    from caregiver_app import commands

    try:
        return commands.run(args, folder, out, err, clock)
    except (UserError, ValidationFailed) as error:
        _print_error(error, err)
        return EXIT_FAILED
    except Exception as error:  # a bug: logged privately (no diary contents), said calmly
        from caregiver_app.logs import report_unexpected_error

        return report_unexpected_error(folder, error, err)
