"""About: the app's version and licence as the package declares them, the real data and
backup folders, "Open data folder" (the desktop's file manager is a stand-in here) and
"Back up now", which makes a real backup in the backups folder."""

from __future__ import annotations

import sqlite3
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

import caregiver_app
from caregiver_app.ui.dialogs.about_dialog import LICENCE, AboutDialog

PYPROJECT = Path(__file__).resolve().parents[3] / "pyproject.toml"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def about(services, show) -> AboutDialog:
    dialog = AboutDialog(services)
    show(dialog)
    yield dialog
    dialog.close()


@pytest.fixture
def file_manager(monkeypatch) -> list[QUrl]:
    """What the desktop was asked to open (it opens nothing here)."""
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return opened


def test_the_version_and_licence_are_the_packages(about):
    declared = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["license"]
    assert declared == LICENCE
    assert about.version_label.text() == f"Version {caregiver_app.__version__}"
    assert f"({LICENCE})" in about.licence_label.text()
    assert "GNU General Public License, version 3 or any later version" in (
        about.licence_label.text()
    )
    assert about.windowTitle() == "About Caregiver Companion"


def test_the_folders_shown_are_the_real_ones(services, about):
    assert Path(about.data_path.text()) == services.data_dir
    assert (services.data_dir / "caregiver.sqlite3").is_file(), "the diary is in that folder"
    assert Path(about.backup_path.text()) == services.backups.folder()
    assert about.data_path.isReadOnly()
    assert about.backup_path.isReadOnly()
    assert "Nothing is sent anywhere" in about.privacy_label.text()


def test_open_data_folder_asks_the_desktop_to_open_it(qtbot, services, about, file_manager):
    qtbot.mouseClick(about.open_folder_button, LEFT)
    assert file_manager == [QUrl.fromLocalFile(str(services.data_dir))]
    assert about.feedback.message.text() == ""


def test_a_folder_the_desktop_cannot_open_is_named_instead(qtbot, services, about, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    qtbot.mouseClick(about.open_folder_button, LEFT)
    assert str(services.data_dir) in about.feedback.message.text()
    assert "could not be opened" in about.feedback.message.text()


def test_back_up_now_makes_a_real_backup_in_the_backups_folder(qtbot, services, child, about):
    services.diary.log(
        child.id, day="2026-11-21", clock_time="08:00", symptom="bone_pain", severity="mild"
    )
    folder = services.backups.folder()
    before = set(folder.glob("*.sqlite3")) if folder.is_dir() else set()
    qtbot.mouseClick(about.backup_button, LEFT)
    [made] = set(folder.glob("*.sqlite3")) - before
    with sqlite3.connect(f"file:{made}?mode=ro", uri=True) as backup:
        assert backup.execute("SELECT name FROM children").fetchall() == [("Lucía",)]
        assert backup.execute("SELECT count(*) FROM symptom_entries").fetchone() == (1,)
    backup.close()
    assert about.feedback.message.text() == f"Backup made (1 entry), in {folder}."
    assert services.backups.last_backup().path == made


def test_a_backup_that_cannot_be_made_says_why_and_the_dialog_stays(qtbot, services, about):
    folder = services.backups.folder()
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    folder.rmdir()
    folder.write_text("not a folder")  # where the backups go is taken by a file
    qtbot.mouseClick(about.backup_button, LEFT)
    said = about.feedback.message.text()
    assert said.startswith(f"The backup could not be written to {folder}")
    assert "the diary itself was not changed" in said
    assert about.isVisible()
