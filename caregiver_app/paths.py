"""Where the family's data, backups and logs live, and where the app's resources are.

Data: ``--data-dir`` wins, then ``CAREGIVER_APP_DATA_DIR``, then the platform's user data
folder (platformdirs). Resources: inside the installed package (wheel or frozen build), or
the repository's top-level ``resources/`` and ``translations/`` when run from a checkout."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from caregiver_app import APP_NAME

DATA_DIR_ENV = "CAREGIVER_APP_DATA_DIR"
_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _bundled(name: str) -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "caregiver_app" / name)
    candidates += [_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the app's {name}/ folder is missing (looked in {candidates})")


def resources_dir() -> Path:
    return _bundled("resources")


def translations_dir() -> Path:
    return _bundled("translations")


def symptom_catalogue_path() -> Path:
    return resources_dir() / "guidance" / "symptoms.json"
