"""What the window needs of a care-record page (Medicines, Appointments, Teeth).

The window builds such a page the first time it is shown, with the services and the one
:class:`DataEvents`, and tells it which child to show whenever the child changes."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from caregiver_app.services.app import AppServices
from caregiver_app.ui.events import DataEvents


class CarePage(QWidget):
    def __init__(
        self, services: AppServices, events: DataEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._events = events
        self._child_id: str | None = None

    def child_id(self) -> str | None:
        return self._child_id

    def set_child(self, child_id: str | None) -> None:
        """Shows this child's records (None: there is no child yet)."""
        self._child_id = child_id
        self.refresh()

    def refresh(self) -> None:
        """Reads the current child's records again."""
        raise NotImplementedError
