"""The report fonts ship with the app, with their licences, and cost nothing at start-up."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from caregiver_app.reports.fonts import BOLD, FILES, REGULAR, SYMBOLS, fonts_dir, register_fonts

ROOT = Path(__file__).resolve().parents[2]


def test_every_font_file_and_its_licence_is_in_resources():
    folder = fonts_dir()
    for filename in FILES.values():
        assert (folder / filename).stat().st_size > 100_000
    assert "Bitstream Vera" in (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "free for any use" in (folder / "LICENSE-Symbola.txt").read_text(encoding="utf-8")
    total = sum(path.stat().st_size for path in folder.iterdir())
    assert total < 4_000_000, "the fonts stay a few MB"


@pytest.mark.parametrize(
    ("sample", "font"),
    [
        ("Ñandú crème Łódź", REGULAR),
        ("Ελληνικά", REGULAR),
        ("Привет", BOLD),
        ("שלום", REGULAR),
        ("مرحبا", REGULAR),
        ("\ufefb\ufe8d\ufee3", BOLD),  # shaped Arabic: presentation forms
        ("🙂💊🚑🌡", SYMBOLS),
    ],
)
def test_the_fonts_cover_the_scripts_families_write_in(sample, font):
    fonts = register_fonts()
    assert all(fonts.has(font, char) for char in sample)


def test_registering_twice_is_harmless():
    assert register_fonts() is register_fonts()


def test_nothing_the_app_loads_at_start_imports_reportlab_or_the_reports():
    probe = (
        "import sys, caregiver_app.cli, caregiver_app.ui.app, caregiver_app.ui.main_window, "
        "caregiver_app.core.summary, caregiver_app.services.app;"
        "print(sorted(m for m in sys.modules if m.startswith(('reportlab', 'caregiver_app.reports',"
        " 'bidi', 'arabic_reshaper'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.slow
def test_the_wheel_carries_the_fonts(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
    )
    [wheel] = tmp_path.glob("caregiver_app-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for filename in [*FILES.values(), "LICENSE-DejaVu.txt", "LICENSE-Symbola.txt"]:
        assert f"caregiver_app/resources/fonts/{filename}" in names
