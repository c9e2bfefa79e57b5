"""The frozen one-folder build (`make package`): it starts, opens the window on a fresh data
folder and exits cleanly, speaks the bundled translations, runs the command line, carries
the libraries the app imports only when needed, and installs with its install.sh.

Runs when dist/caregiver-app/caregiver-app exists (`make package` builds it); skipped
otherwise, and skipped when the build is older than the sources (`make package` again)."""

from __future__ import annotations

import ast
import os
import subprocess
import time
from pathlib import Path

import pytest

from caregiver_app import APP_NAME, __version__
from caregiver_app.storage.database import DATABASE_FILENAME
from caregiver_app.ui.app import DESKTOP_FILE_NAME, EXIT_AFTER_PAINT_ENV
from tests.packaging.files import ROOT, run_tool

BUILD = ROOT / "dist" / APP_NAME
PROGRAM = BUILD / APP_NAME
INTERNAL = BUILD / "_internal"
#: PyInstaller's record of the Python modules it put in the build (`make package` leaves it).
PYZ_TOC = ROOT / "build" / "caregiver_app" / "PYZ-00.toc"
#: What Qt's offscreen platform says about any dialog; not a problem of the app.
OFFSCREEN_NOTE = "This plugin does not support propagateSizeHints()"


def _newest_source() -> float:
    watched = [ROOT / "caregiver_app", ROOT / "resources", ROOT / "translations"]
    return max(
        path.stat().st_mtime
        for folder in watched
        for path in folder.rglob("*")
        # (.qm files are rebuilt from the .ts sources by every `make test`)
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".qm"
    )


#: The build is tested as it is; one older than the sources would test yesterday's app, so
#: it is skipped with the command that brings it up to date.
STALE = PROGRAM.exists() and PROGRAM.stat().st_mtime < _newest_source()

pytestmark = [
    pytest.mark.skipif(
        not PROGRAM.exists(),
        reason=f"no frozen build at {PROGRAM}: run `make package` to build it",
    ),
    pytest.mark.skipif(
        STALE, reason=f"the frozen build at {PROGRAM} is older than the sources: `make package`"
    ),
]


def frozen_env(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("CAREGIVER_")}
    env.update(QT_QPA_PLATFORM="offscreen", **extra)
    return env


def run_program(
    *args: str | Path, program: Path = PROGRAM, **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [program, *map(str, args)],
        env=frozen_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def problems(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip() and line != OFFSCREEN_NOTE]


def test_the_frozen_app_opens_the_window_on_a_fresh_data_folder_and_exits_cleanly(tmp_path):
    folder = tmp_path / "fresh family"
    started = time.perf_counter()
    result = run_program("--data-dir", folder, **{EXIT_AFTER_PAINT_ENV: "1"})
    elapsed = time.perf_counter() - started

    assert result.returncode == 0, result.stderr
    assert result.stdout == "first-paint\n"
    assert problems(result.stderr) == []
    assert (folder / DATABASE_FILENAME).is_file(), "the diary was created"
    assert elapsed < 30


def test_the_frozen_app_reopens_a_diary_it_made(tmp_path):
    folder = tmp_path / "family"
    first = run_program(
        "--data-dir", folder, "child", "add", "--name", "Lucía", "--born", "2024-03-15"
    )
    assert first.returncode == 0, first.stderr
    again = run_program("--data-dir", folder, **{EXIT_AFTER_PAINT_ENV: "1"})
    assert again.returncode == 0, again.stderr
    assert problems(again.stderr) == []
    listed = run_program("--data-dir", folder, "child", "list")
    assert "Lucía" in listed.stdout


def test_the_frozen_command_line_makes_the_demo_family_and_exports_it(tmp_path):
    folder = tmp_path / "demo"
    assert run_program("--version").stdout.strip() == f"{APP_NAME} {__version__}"
    demo = run_program("--data-dir", folder, "demo")
    assert demo.returncode == 0, demo.stderr
    exported = run_program("--data-dir", folder, "export", "all", tmp_path / "csv")
    assert exported.returncode == 0, exported.stderr
    assert len(list((tmp_path / "csv").rglob("*.csv"))) >= 4
    check = run_program("--data-dir", folder, "check")
    assert check.returncode == 0, check.stdout + check.stderr


def test_the_frozen_app_makes_both_pdfs_with_its_bundled_fonts(tmp_path):
    folder = tmp_path / "demo"
    assert run_program("--data-dir", folder, "demo").returncode == 0
    summary, sheet = tmp_path / "summary.pdf", tmp_path / "sheet.pdf"
    made = run_program("--data-dir", folder, "report", "--child", "Sami", "-o", summary)
    assert made.returncode == 0, made.stderr
    made = run_program("--data-dir", folder, "emergency-sheet", "--child", "Sami", "-o", sheet)
    assert made.returncode == 0, made.stderr
    for pdf in (summary, sheet):
        fonts = run_tool("pdffonts", str(pdf)).stdout.splitlines()[2:]
        assert fonts, "the PDF names its fonts"
        assert all(" yes " in line for line in fonts), fonts  # every font embedded
    first_page = run_tool("pdftotext", "-l", "1", str(summary), "-").stdout
    assert "Sami" in first_page


def test_the_frozen_app_speaks_its_bundled_translations():
    result = run_program("--help", LANG="es_ES.UTF-8", LC_ALL="", LANGUAGE="es")
    assert result.returncode == 0, result.stderr
    assert "Un diario privado" in result.stdout


def test_resources_and_translations_are_where_the_app_looks():
    bundled = INTERNAL / "caregiver_app"
    assert (bundled / "resources" / "guidance" / "symptoms.json").is_file()
    icon = bundled / "resources" / "icons" / "hicolor" / "256x256" / "apps"
    assert (icon / f"{DESKTOP_FILE_NAME}.png").is_file()
    languages = {ts.stem for ts in (ROOT / "translations").glob("caregiver_app_*.ts")}
    assert {qm.stem for qm in (bundled / "translations").glob("*.qm")} == languages, (
        "every language of translations/ is in the build (an old build? run make package)"
    )
    qt_translations = INTERNAL / "PySide6" / "Qt" / "translations"
    for language in languages - {"caregiver_app_en"}:
        code = language.removeprefix("caregiver_app_")
        assert (qt_translations / f"qtbase_{code}.qm").is_file(), "Qt's own words (dialogs)"


@pytest.mark.skipif(not PYZ_TOC.exists(), reason=f"{PYZ_TOC} is not there (make package)")
def test_the_libraries_the_app_imports_only_when_needed_are_in_the_build():
    _archive, entries = ast.literal_eval(PYZ_TOC.read_text())
    modules = {name for name, _source, _kind in entries}
    for module in (
        "sqlite_utils",
        "apscheduler.schedulers.qt",
        "apscheduler.triggers.cron",
        "reportlab.pdfgen.canvas",
        "reportlab.platypus",
        "caregiver_app.ui.pages.diary_page",
        "caregiver_app.ui.pages.care_page",
        "caregiver_app.commands",
    ):
        assert module in modules, module
    assert not {"pytest", "hypothesis", "mypy", "tkinter"} & {m.split(".")[0] for m in modules}
    # APScheduler finds its triggers through entry points in its metadata.
    assert list(INTERNAL.glob("[Aa][Pp][Ss]cheduler-*.dist-info/entry_points.txt"))


def test_every_bundled_library_finds_the_libraries_it_needs():
    """ldd on every shared object: nothing missing but the Wayland client libraries, which
    every Wayland desktop has (and must match its graphics drivers)."""
    provided_by_the_desktop = ("libwayland-",)
    missing = set()
    for library in INTERNAL.rglob("*.so*"):
        if library.is_symlink() or not library.is_file():
            continue
        result = subprocess.run(
            ["ldd", library],
            env={**os.environ, "LD_LIBRARY_PATH": str(INTERNAL)},
            capture_output=True,
            text=True,
            check=False,
        )
        for line in result.stdout.splitlines():
            if "not found" in line and not line.strip().startswith(provided_by_the_desktop):
                missing.add(f"{library.relative_to(INTERNAL)}: {line.strip()}")
    assert sorted(missing) == []


def test_the_build_carries_what_the_desktop_needs_and_validates():
    share = BUILD / "share"
    desktop = share / "applications" / f"{DESKTOP_FILE_NAME}.desktop"
    metainfo = share / "metainfo" / f"{DESKTOP_FILE_NAME}.metainfo.xml"
    assert (BUILD / "install.sh").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_FILE_NAME}.svg").exists()
    result = run_tool("desktop-file-validate", desktop)
    assert result.returncode == 0, result.stdout
    result = run_tool("appstreamcli", "validate", "--no-net", metainfo)
    assert result.returncode == 0, result.stdout


def test_the_installed_program_starts_from_its_menu_command(tmp_path):
    prefix = tmp_path / "home" / ".local"
    installed = subprocess.run(
        ["sh", BUILD / "install.sh", "--prefix", prefix],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr
    desktop = prefix / "share" / "applications" / f"{DESKTOP_FILE_NAME}.desktop"
    [exec_line] = [line for line in desktop.read_text().splitlines() if line.startswith("Exec=")]
    command = Path(exec_line.removeprefix("Exec=").strip('"'))
    assert command == prefix / "bin" / APP_NAME

    folder = tmp_path / "family"
    result = run_program("--data-dir", folder, program=command, **{EXIT_AFTER_PAINT_ENV: "1"})

    assert result.returncode == 0, result.stderr
    assert (folder / DATABASE_FILENAME).is_file()
