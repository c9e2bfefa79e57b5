"""Reading a widget's records only while it is shown: a hidden page or panel costs nothing
however often the data changes, and reads once when it is shown again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _Widget = QWidget
else:  # a plain mixin: the class it is mixed into is the QWidget
    _Widget = object


class RefreshWhenShown(_Widget):
    """Put before the widget's Qt base (``class Panel(RefreshWhenShown, QWidget)``) and
    implement :meth:`_reload`. :meth:`refresh` reads now if the widget is shown, else marks
    it stale; showing a stale widget reads it. Set ``_stale`` before showing to have it read
    again (the day moved on)."""

    #: The records shown are out of date: read them when the widget is next shown.
    _stale = True

    def refresh(self) -> None:
        """Reads the records again now if the widget is shown, else when it is next shown."""
        self._refresh_when_shown()

    def _refresh_when_shown(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_when_shown()

    def _reload(self) -> None:
        """Reads the records and shows them."""
        raise NotImplementedError
