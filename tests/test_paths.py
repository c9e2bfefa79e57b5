import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from caregiver_app import paths

ROOT = Path(__file__).resolve().parents[1]


def test_data_dir_option_wins_over_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert paths.data_dir(str(tmp_path / "opt")) == tmp_path / "opt"
    assert paths.data_dir(None) == tmp_path / "from-env"


def test_without_options_the_platform_user_data_folder_is_used(monkeypatch, tmp_path):
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.data_dir(None) == tmp_path / "xdg" / "caregiver-app"


@pytest.mark.slow
def test_an_installed_wheel_finds_its_resources_and_translations(tmp_path):
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
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        check=True,
    )
    [wheel] = (tmp_path / "dist").glob("caregiver_app-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    probe = (
        "import caregiver_app, caregiver_app.paths as p;"
        "from caregiver_app.core.catalogue import load_catalogue;"
        "print(caregiver_app.__file__);"
        "print(p.resources_dir());"
        "print(p.translations_dir());"
        "print(len(load_catalogue(p.symptom_catalogue_path()).symptoms))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
    )
    package_file, resources, translations, count = result.stdout.split("\n")[:4]
    assert Path(package_file).is_relative_to(site)
    assert Path(resources) == site / "caregiver_app" / "resources"
    assert Path(translations) == site / "caregiver_app" / "translations"
    assert int(count) == 26
    assert list(Path(translations).glob("caregiver_app_es.ts"))
