"""Signals that tell views the data changed (the window's pages share one instance)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    #: A diary entry or quiet day of this child was added, changed, deleted or restored.
    diary_changed = Signal(str)
    #: Children or care team contacts changed.
    family_changed = Signal()
    #: Settings (caregiver name, time zone, language) changed.
    settings_changed = Signal()
