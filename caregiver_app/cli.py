"""The command line: the same use cases as the window. No sub-command opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
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

    imp = commands.add_parser("import", help=translate("cli", "import records from a CSV file"))
    imp_kinds = imp.add_subparsers(dest="kind", metavar="KIND", parser_class=_Parser, required=True)
    imp_symptoms = imp_kinds.add_parser("symptoms", help=translate("cli", "symptom diary entries"))
    imp_symptoms.add_argument("file", metavar="FILE.csv", type=Path)
    imp_symptoms.add_argument("--child", required=True, metavar="NAME")
    for care_kind, care_help in (
        ("appointments", translate("cli", "appointments")),
        ("dental", translate("cli", "dental care records")),
    ):
        imp_care = imp_kinds.add_parser(care_kind, help=care_help)
        imp_care.add_argument("file", metavar="FILE.csv", type=Path)
        imp_care.add_argument("--child", required=True, metavar="NAME")
    for med_kind, med_help in (
        ("medicines", translate("cli", "medicines as prescribed")),
        ("doses", translate("cli", "dose log entries")),
    ):
        imp_med = imp_kinds.add_parser(med_kind, help=med_help)
        imp_med.add_argument("file", metavar="FILE.csv", type=Path)
        imp_med.add_argument("--child", required=True, metavar="NAME")

    exp = commands.add_parser("export", help=translate("cli", "export records to a CSV file"))
    exp_kinds = exp.add_subparsers(dest="kind", metavar="KIND", parser_class=_Parser, required=True)
    exp_symptoms = exp_kinds.add_parser("symptoms", help=translate("cli", "symptom diary entries"))
    exp_symptoms.add_argument("file", metavar="FILE.csv", type=Path)
    exp_symptoms.add_argument("--child", required=True, metavar="NAME")
    exp_symptoms.add_argument("--from", dest="start", metavar="DATE")
    exp_symptoms.add_argument("--to", dest="end", metavar="DATE")
    for care_kind, care_help in (
        ("appointments", translate("cli", "appointments")),
        ("dental", translate("cli", "dental care records")),
    ):
        exp_care = exp_kinds.add_parser(care_kind, help=care_help)
        exp_care.add_argument("file", metavar="FILE.csv", type=Path)
        exp_care.add_argument("--child", required=True, metavar="NAME")
    for med_kind, med_help in (
        ("medicines", translate("cli", "medicines as prescribed")),
        ("doses", translate("cli", "dose log entries")),
    ):
        exp_med = exp_kinds.add_parser(med_kind, help=med_help)
        exp_med.add_argument("file", metavar="FILE.csv", type=Path)
        exp_med.add_argument("--child", required=True, metavar="NAME")
        if med_kind == "doses":
            exp_med.add_argument("--from", dest="start", metavar="DATE")
            exp_med.add_argument("--to", dest="end", metavar="DATE")
    exp_all = exp_kinds.add_parser(
        "all", help=translate("cli", "every record type of every child, into a folder")
    )
    exp_all.add_argument("folder", metavar="DIR", type=Path)

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
