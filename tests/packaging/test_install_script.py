"""packaging/linux/install.sh, run from a built folder: installs the program, its menu entry,
metainfo and icons under a prefix, and removes them again without touching a diary."""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from caregiver_app.ui.app import DESKTOP_FILE_NAME, ICON_SIZES
from tests.packaging.files import DESKTOP_FILE, HICOLOR, LINUX, METAINFO_FILE, run_tool

PROGRAM = "caregiver-app"


def fake_build(folder: Path) -> Path:
    """A folder laid out as `make package` leaves dist/caregiver-app/, with a stand-in
    program (the real one is tested in test_frozen_build.py)."""
    folder.mkdir(parents=True)
    program = folder / PROGRAM
    program.write_text("#!/bin/sh\necho stand-in\n")
    program.chmod(0o755)
    (folder / "_internal").mkdir()
    (folder / "_internal" / "base_library.zip").write_bytes(b"")
    share = folder / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy2(DESKTOP_FILE, share / "applications")
    shutil.copy2(METAINFO_FILE, share / "metainfo")
    shutil.copytree(HICOLOR, share / "icons" / "hicolor")
    shutil.copy2(LINUX / "install.sh", folder)
    return folder


def install(build: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(build / "install.sh"), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def build(tmp_path: Path) -> Path:
    return fake_build(tmp_path / "dist" / PROGRAM)


def installed_files(prefix: Path) -> set[str]:
    return {
        str(path.relative_to(prefix))
        for path in prefix.rglob("*")
        if (path.is_file() or path.is_symlink()) and path.name != "mimeinfo.cache"
    }


def test_installs_the_program_menu_entry_metainfo_and_icons(build, tmp_path):
    prefix = tmp_path / "home" / ".local"
    result = install(build, "--prefix", str(prefix))
    assert result.returncode == 0, result.stderr
    link = prefix / "bin" / PROGRAM
    assert link.is_symlink()
    assert link.resolve() == prefix / "lib" / PROGRAM / PROGRAM
    assert subprocess.run([link], capture_output=True, text=True, check=True).stdout == (
        "stand-in\n"
    )
    icons = {f"share/icons/hicolor/{n}x{n}/apps/{DESKTOP_FILE_NAME}.png" for n in ICON_SIZES}
    assert installed_files(prefix) == {
        f"bin/{PROGRAM}",
        f"lib/{PROGRAM}/{PROGRAM}",
        f"lib/{PROGRAM}/_internal/base_library.zip",
        f"share/applications/{DESKTOP_FILE_NAME}.desktop",
        f"share/metainfo/{DESKTOP_FILE_NAME}.metainfo.xml",
        f"share/icons/hicolor/scalable/apps/{DESKTOP_FILE_NAME}.svg",
        *icons,
    }


def test_the_installed_menu_entry_starts_the_program_by_its_full_path(build, tmp_path):
    prefix = tmp_path / "my programs"  # a space, as in some home folders
    assert install(build, f"--prefix={prefix}").returncode == 0
    desktop = prefix / "share" / "applications" / f"{DESKTOP_FILE_NAME}.desktop"
    lines = desktop.read_text(encoding="utf-8").splitlines()
    assert f'Exec="{prefix}/bin/{PROGRAM}"' in lines
    original = DESKTOP_FILE.read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if not line.startswith("Exec=")] == [
        line for line in original if not line.startswith("Exec=")
    ]
    result = run_tool("desktop-file-validate", desktop)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_installed_tree_passes_appstream_validation(build, tmp_path):
    root = tmp_path / "root"
    assert install(build, "--prefix", str(root / "usr")).returncode == 0
    result = run_tool("appstreamcli", "validate-tree", "--no-net", root)
    assert result.returncode == 0, result.stdout + result.stderr


def test_installing_again_replaces_the_old_program(build, tmp_path):
    prefix = tmp_path / "prefix"
    assert install(build, "--prefix", str(prefix)).returncode == 0
    leftover = prefix / "lib" / PROGRAM / "_internal" / "from-the-old-version.so"
    leftover.write_bytes(b"old")
    assert install(build, "--prefix", str(prefix)).returncode == 0
    assert not leftover.exists()
    assert (prefix / "lib" / PROGRAM / PROGRAM).stat().st_mode & stat.S_IXUSR


def test_uninstalling_removes_the_program_and_never_the_diary(build, tmp_path):
    prefix = tmp_path / "home" / ".local"
    assert install(build, "--prefix", str(prefix)).returncode == 0
    diary = prefix / "share" / PROGRAM / "caregiver.sqlite3"  # the default data folder
    diary.parent.mkdir(parents=True)
    diary.write_bytes(b"the family's diary")

    result = install(build, "--uninstall", "--prefix", str(prefix))

    assert result.returncode == 0, result.stderr
    assert "Your diary was not touched" in result.stdout
    assert installed_files(prefix) == {f"share/{PROGRAM}/caregiver.sqlite3"}
    assert diary.read_bytes() == b"the family's diary"


def test_a_folder_in_the_way_that_is_not_the_program_is_left_alone(build, tmp_path):
    prefix = tmp_path / "prefix"
    stranger = prefix / "lib" / PROGRAM / "notes.txt"
    stranger.parent.mkdir(parents=True)
    stranger.write_text("someone else's")

    result = install(build, "--prefix", str(prefix))

    assert result.returncode == 1
    assert "is not a Caregiver Companion program folder; left alone" in result.stderr
    assert stranger.read_text() == "someone else's"
    assert not (prefix / "bin").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--prefix", "relative/folder"], "must be an absolute path"),
        (["--prefix", "/tmp/with$dollar"], "please choose a folder without"),
        (["--prefix"], "--prefix needs a folder"),
        (["--everywhere"], "unknown option: --everywhere"),
    ],
)
def test_bad_options_are_explained_and_change_nothing(build, args, message):
    result = install(build, *args)
    assert result.returncode == 2
    assert message in result.stderr


def test_run_outside_a_built_folder_it_says_where_to_run_it(tmp_path):
    script = tmp_path / "install.sh"
    shutil.copy2(LINUX / "install.sh", script)
    result = subprocess.run(
        ["sh", str(script), "--prefix", str(tmp_path / "prefix")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "run me from the built folder" in result.stderr
    assert not (tmp_path / "prefix").exists()
