"""About: the app's name, version and licence, where the family's data and backups are (with
"Open data folder" and "Back up now"), and the privacy promise in one line.

"Back up now" is the same action as in Settings (``ui/backup_now.py``); "Open data folder"
asks the desktop to show the folder in its file manager."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from caregiver_app import APP_DISPLAY_NAME, __version__
from caregiver_app.services.app import AppServices
from caregiver_app.ui.backup_now import back_up_now
from caregiver_app.ui.bidi import left_to_right
from caregiver_app.ui.widgets.basics import FeedbackBar, big_button, heading, plain_label
from caregiver_app.ui.widgets.field_form import FieldForm

#: The licence, as pyproject.toml declares it (an SPDX expression; a test keeps them equal).
LICENCE = "GPL-3.0-or-later"


class AboutDialog(QDialog):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("About {app}").format(app=APP_DISPLAY_NAME))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 46)

        title = heading(APP_DISPLAY_NAME)
        self.version_label = plain_label(self.tr("Version {version}").format(version=__version__))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        purpose = plain_label(
            self.tr(
                "A private diary and care companion for families of a child with "
                "osteopetrosis caused by TNFSF11 (RANKL) variants. It never suggests a "
                "medicine or a dose."
            )
        )
        self.licence_label = plain_label(
            self.tr(
                "Free software under the GNU General Public License, version 3 or any later "
                "version ({licence}): you may use, share and change it under its terms. It "
                "comes with no warranty."
            ).format(licence=LICENCE)
        )
        self.privacy_label = plain_label(
            self.tr(
                "Your diary stays on this computer. Nothing is sent anywhere: no account, no "
                "tracking. The guide's Privacy page (Help menu) says more."
            )
        )

        self.data_path = self._path_field(str(services.data_dir))
        self.open_folder_button = big_button(
            self.tr("&Open data folder"), self.tr("Open the data folder in the file manager")
        )
        self.open_folder_button.clicked.connect(self.open_data_folder)
        self.backup_path = self._path_field(str(services.backups.folder()))
        self.backup_button = big_button(
            self.tr("&Back up now"), self.tr("Make a backup of the diary now")
        )
        self.backup_button.clicked.connect(self.back_up)
        self.form = FieldForm()
        self.form.add(
            "data", self.tr("Your data is in"), self.data_path, self.tr("Data folder location")
        )
        self.form.add(
            "backups", self.tr("Backups are in"), self.backup_path, self.tr("Where the backups are")
        )
        self.feedback = FeedbackBar()

        self.close_button = big_button(self.tr("Close"), self.tr("Close this window"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder_button)
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        self.versions_label = plain_label(
            self.tr("Python {python}, Qt {qt}, PySide6 {pyside}").format(
                python=platform.python_version(), qt=qVersion(), pyside=pyside_version
            )
        )
        self.versions_label.setEnabled(False)  # small print, for a bug report

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.version_label)
        layout.addWidget(purpose)
        layout.addWidget(self.licence_label)
        layout.addSpacing(8)
        layout.addWidget(self.privacy_label)
        holder = QWidget()
        holder.setLayout(self.form)
        layout.addWidget(holder)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)
        layout.addWidget(self.versions_label)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _path_field(path: str) -> QLineEdit:
        """The folder's full path, to read or copy (it may be longer than the field)."""
        field = QLineEdit(path)
        field.setReadOnly(True)
        field.setCursorPosition(0)
        return field

    def open_data_folder(self) -> None:
        folder = self._services.data_dir
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.feedback.show_message(
                self.tr(
                    "The folder could not be opened here. Open your file manager and go to "
                    "{folder}."
                ).format(folder=left_to_right(str(folder))),
                problem=True,
            )

    def back_up(self) -> None:
        outcome = back_up_now(self._services)
        self.feedback.show_message(outcome.message, problem=outcome.problem)
