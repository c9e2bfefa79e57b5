"""The one-time warning when the diary is kept in a sync service or on a network share.

It explains, in plain words, why that can damage the diary, and offers to move it to this
computer only (the platform's own data folder, when that one is not synced itself) or to
keep it where it is. It is shown once per diary: the answer is remembered in its settings
(quitting the app while it is open does not count as an answer)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from caregiver_app.core.syncfolders import CONTEXT as SYNC_CONTEXT
from caregiver_app.core.syncfolders import sync_service
from caregiver_app.services.app import AppServices
from caregiver_app.services.relocation import local_destination
from caregiver_app.ui.widgets.basics import big_button, heading, plain_label

SYNC_WARNING_SHOWN_KEY = "sync_warning_shown"


@dataclass(frozen=True)
class SyncPlace:
    """Where the diary is, what keeps it there, and where "this computer only" would be."""

    folder: Path
    # The service or kind of place, in the reader's language ("Dropbox", "a network share").
    service: str
    # The folder to move to; ``None`` when this computer's own data folder is synced too.
    destination: Path | None


def _resolved(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except (OSError, RuntimeError):
        return path


def sync_warning_due(
    services: AppServices, mounts: Sequence[tuple[str, str]], default_folder: Path
) -> SyncPlace | None:
    """The place to warn about, when the diary is in a synced or remote folder and the family
    was not warned yet. ``default_folder`` is the platform's own data folder."""
    if services.settings.get_raw(SYNC_WARNING_SHOWN_KEY) == "1":
        return None
    folder = _resolved(services.data_dir)
    service = sync_service(folder, mounts)
    if service is None:
        return None
    default = _resolved(default_folder)
    destination = None
    if sync_service(default, mounts) is None and default != folder:
        stamp = services.clock.now().astimezone(UTC).strftime("%Y%m%d-%H%M%S")
        destination = local_destination(default, stamp)
    return SyncPlace(folder, QCoreApplication.translate(SYNC_CONTEXT, service), destination)


class SyncWarningDialog(QDialog):
    """Accepted: move the diary to ``place.destination``. Rejected: keep it here."""

    def __init__(
        self, services: AppServices, place: SyncPlace, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.place = place
        self.setWindowTitle(self.tr("Where your diary is kept"))
        self.setMinimumWidth(620)

        title = heading(self.tr("Your diary is kept in {service}").format(service=place.service))
        where = plain_label(self.tr("The diary's folder: {folder}").format(folder=place.folder))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        risk = plain_label(
            self.tr(
                "Sync services and shared folders can damage the diary file when two "
                "computers, or the sync service itself, change it at the same time. Entries "
                "can then go missing, or the diary may not open at all."
            )
        )
        if place.destination is not None:
            advice = plain_label(
                self.tr(
                    "It is safest to keep the diary on this computer only, in {folder}. "
                    "The app copies it there, checks the copy, and keeps the old file under "
                    "another name. Then it opens again."
                ).format(folder=place.destination)
            )
        else:
            advice = plain_label(
                self.tr(
                    "This computer's own data folder is in {service} too, so the app cannot "
                    "move the diary by itself. Someone who helps you with the computer can "
                    "start the app with --data-dir and a folder on this computer's own disk."
                ).format(service=place.service)
            )
        once = plain_label(self.tr("If you keep it where it is, this message is not shown again."))

        self.keep_button = big_button(
            self.tr("Keep it here"), self.tr("Keep the diary where it is")
        )
        self.keep_button.clicked.connect(self.reject)
        self.move_button = big_button(
            self.tr("Move my data to this computer only"),
            self.tr("Move the diary to this computer only"),
        )
        self.move_button.clicked.connect(self.accept)
        self.move_button.setVisible(place.destination is not None)
        if place.destination is not None:
            self.move_button.setDefault(True)
        else:
            self.keep_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.move_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addWidget(risk)
        layout.addWidget(advice)
        layout.addWidget(once)
        layout.addLayout(buttons)

    def done(self, result: int) -> None:
        # Either answer ends the warning for good (the move copies this setting along).
        self._services.settings.set_raw(SYNC_WARNING_SHOWN_KEY, "1")
        super().done(result)
