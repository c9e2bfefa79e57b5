"""Shared fixtures: a real data folder in a temp dir, a clock the test controls, the app's
real services on top, and the shipped translations compiled. Qt runs offscreen unless the
caller chose a platform."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A stable language for string assertions, whatever the machine's locale.
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from caregiver_app.core.clock import FixedClock
from caregiver_app.core.records import Child
from caregiver_app.paths import translations_dir
from caregiver_app.services.app import AppServices, open_app

TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"

FAMILY_ZONE = "Europe/Madrid"
# Saturday 21 November 2026, 10:00 in Madrid.
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """Each test gets its own user config and data folders (platformdirs follows XDG on
    Linux), so nothing a test does (recording a moved diary's ``data-location``, say) reaches
    the real ones, and nothing there changes a test."""
    home = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "family"


@pytest.fixture
def services(data_dir: Path, clock: FixedClock) -> Iterator[AppServices]:
    app_services = open_app(data_dir, clock)
    app_services.settings.set_time_zone(FAMILY_ZONE)
    app_services.settings.set_caregiver_name("Maria")
    yield app_services
    app_services.close()


@pytest.fixture
def child(services: AppServices) -> Child:
    return services.family.add_child(name="Lucía", birth_date="2024-03-15", sex="female")


@pytest.fixture(scope="session")
def shipped_translations() -> Path:
    """The repository's translations/ folder, each .qm compiled from its current .ts (the .qm
    files are not in git: `make` builds them, and so does this when one is missing or older
    than its source)."""
    assert translations_dir() == TRANSLATIONS, "the app loads the checkout's translations"
    stale = [
        source
        for source in TRANSLATIONS.glob("caregiver_app_*.ts")
        if not source.with_suffix(".qm").exists()
        or source.with_suffix(".qm").stat().st_mtime < source.stat().st_mtime
    ]
    if stale:
        subprocess.run([sys.executable, str(TRANSLATIONS / "build.py"), "compile"], check=True)
    return TRANSLATIONS
