"""Signals that tell views the data changed (the window's pages share one instance)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    #: A diary entry or quiet day of this child was added, changed, deleted or restored.
    diary_changed = Signal(str)
    #: A medicine, dose or refill of this child was added, changed, deleted or restored.
    medicines_changed = Signal(str)
    #: An appointment of this child was added, changed, deleted or restored.
    appointments_changed = Signal(str)
    #: A dental record (daily care, event, tooth) of this child changed.
    dental_changed = Signal(str)
    #: A check's interval, a family-added check or a check recorded by hand of this child
    #: changed (a done appointment that fulfils a check emits appointments_changed).
    checks_changed = Signal(str)
    #: Children or care team contacts changed.
    family_changed = Signal()
    #: Settings (caregiver name, time zone, language) changed.
    settings_changed = Signal()
    #: The reminder settings changed (days before a check, hours before an appointment, doses).
    reminder_settings_changed = Signal()
