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


def test_a_recorded_data_location_comes_after_the_option_and_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    moved = tmp_path / "moved-here"
    moved.mkdir()
    written = paths.record_data_dir(moved)
    assert written == paths.config_dir() / "data-location"
    assert written.stat().st_mode & 0o777 == 0o600
    assert paths.data_dir(None) == moved
    assert paths.missing_recorded_data_dir() is None
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert paths.data_dir(None) == tmp_path / "from-env"
    assert paths.data_dir(str(tmp_path / "opt")) == tmp_path / "opt"


def test_a_recorded_folder_that_is_gone_falls_back_to_the_default_and_is_reported(
    monkeypatch, tmp_path
):
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    paths.record_data_dir(tmp_path / "unplugged-usb-disk" / "diary")
    assert paths.data_dir(None) == paths.default_data_dir()
    assert paths.missing_recorded_data_dir() == tmp_path / "unplugged-usb-disk" / "diary"


@pytest.mark.parametrize("content", ["", "\n", "relative/folder\n", "\udcff", "\x00\x01"])
def test_an_unusable_data_location_file_is_ignored(monkeypatch, content):
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    location = paths.data_location_file()
    location.parent.mkdir(parents=True)
    location.write_bytes(content.encode("utf-8", "surrogateescape"))
    assert paths.data_dir(None) == paths.default_data_dir()
    assert paths.missing_recorded_data_dir() is None


def test_a_folder_the_diary_moved_out_of_leads_to_where_it_went(tmp_path):
    old, new = tmp_path / "Dropbox" / "diary", tmp_path / "local"
    old.mkdir(parents=True)
    new.mkdir()
    (new / "caregiver.sqlite3").write_bytes(b"x")
    paths.write_moved_note(old, new)
    assert paths.data_dir(str(old)) == new, "an old --data-dir does not open an empty diary"
    # A diary put back in the old folder is used again, and a note naming a folder without a
    # diary, or a loop of notes, leads nowhere.
    (old / "caregiver.sqlite3").write_bytes(b"x")
    assert paths.data_dir(str(old)) == old
    (old / "caregiver.sqlite3").unlink()
    (new / "caregiver.sqlite3").unlink()
    assert paths.data_dir(str(old)) == old
    paths.write_moved_note(new, old)
    assert paths.data_dir(str(old)) == old


def test_the_mount_table_is_read_with_its_escapes(tmp_path):
    table = tmp_path / "mounts"
    table.write_text(
        "/dev/sda1 / ext4 rw,relatime 0 0\n"
        "//nas/family\\040photos /mnt/family\\040share cifs rw 0 0\n"
        "garbage\n"
        "\n"
        "server:/export /home/maria nfs4 rw 0 0\n",
        encoding="utf-8",
    )
    assert paths.read_mount_table(table) == [
        ("/", "ext4"),
        ("/mnt/family share", "cifs"),
        ("/home/maria", "nfs4"),
    ]
    assert paths.read_mount_table(tmp_path / "no-such-table") == []


def test_the_systems_mount_table_can_be_read():
    table = paths.read_mount_table()
    assert all(isinstance(point, str) and isinstance(kind, str) for point, kind in table)


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
