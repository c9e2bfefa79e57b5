"""Paths of the packaging files, and running the command-line checkers on them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from caregiver_app.ui.app import DESKTOP_FILE_NAME

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{DESKTOP_FILE_NAME}.desktop"
METAINFO_FILE = LINUX / f"{DESKTOP_FILE_NAME}.metainfo.xml"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"


def run_tool(name: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Runs a system tool, skipping the test (naming the package) when it is not installed;
    packaging/linux/system-deps.sh installs them for `make test`."""
    packages = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}
    if shutil.which(name) is None:
        pytest.skip(
            f"{name} is not installed (apt-get install {packages.get(name, name)}; "
            "make test installs it)"
        )
    return subprocess.run(
        [name, *map(str, args)], capture_output=True, text=True, timeout=60, check=False
    )
