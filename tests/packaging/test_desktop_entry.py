"""The desktop entry and the AppStream metainfo: valid for the freedesktop checkers, and
agreeing with the app (one id everywhere, the version, the licence, the program's name)."""

from __future__ import annotations

import configparser
import tomllib
import xml.etree.ElementTree as ET

from caregiver_app import APP_DISPLAY_NAME, APP_NAME, __version__
from caregiver_app.ui.app import DESKTOP_FILE_NAME
from tests.packaging.files import DESKTOP_FILE, METAINFO_FILE, ROOT, run_tool


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO_FILE).getroot()


def test_desktop_file_validate_passes():
    result = run_tool("desktop-file-validate", DESKTOP_FILE)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", "no warnings either"


def test_appstreamcli_validate_passes_offline():
    result = run_tool("appstreamcli", "validate", "--no-net", METAINFO_FILE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_desktop_entry_starts_the_program_under_the_apps_own_id():
    entry = desktop_entry()
    assert DESKTOP_FILE.name == f"{DESKTOP_FILE_NAME}.desktop"
    assert entry["Name"] == APP_DISPLAY_NAME
    assert entry["Icon"] == DESKTOP_FILE_NAME
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert entry["Exec"] == APP_NAME
    assert APP_NAME in scripts
    assert entry["StartupWMClass"] == APP_NAME
    assert entry["Terminal"] == "false"


def test_the_desktop_entry_speaks_spanish_and_arabic():
    entry = desktop_entry()
    for language in ("es", "ar"):
        assert entry[f"Comment[{language}]"] != entry["Comment"]
        assert entry[f"GenericName[{language}]"] != entry["GenericName"]


def test_the_metainfo_agrees_with_the_app_and_its_licence():
    root = metainfo()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_FILE_NAME
    assert root.findtext("name") == APP_DISPLAY_NAME
    assert root.findtext("project_license") == project["license"]
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP_FILE.name
    assert root.findtext("icon") == DESKTOP_FILE_NAME
    assert root.findtext("provides/binary") == APP_NAME
    assert root.find("content_rating") is not None


def test_the_newest_release_is_this_version():
    releases = metainfo().findall("releases/release")
    assert releases, "at least one release"
    assert releases[0].get("version") == __version__


def test_the_description_says_nothing_leaves_the_computer():
    description = " ".join(metainfo().find("description").itertext())  # type: ignore[union-attr]
    assert "stays on this computer" in description
    assert "nothing is ever sent anywhere" in description
    assert "never suggests a medicine" in description
