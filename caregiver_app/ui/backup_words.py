"""Words the window uses for backups: when one was made, what made it, what it holds.

Backups are named by UTC instants; the family reads them in their own time zone (the one the
status bar names), with the date and time in the app's locale."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QObject

from caregiver_app.services.backups import (
    BEFORE_MIGRATION,
    BEFORE_RESTORE,
    DAILY,
    LAST_GOOD,
    MANUAL,
)
from caregiver_app.storage.backup import BackupInfo
from caregiver_app.ui.labels import time_text


class BackupWords(QObject):
    """In the context "BackupWords"; a QObject so lupdate sees the plural forms."""

    def reason(self, reason: str) -> str:
        words = {
            DAILY: self.tr("Daily backup"),
            MANUAL: self.tr("Made by you"),
            BEFORE_MIGRATION: self.tr("Before an update"),
            BEFORE_RESTORE: self.tr("Before a restore"),
            LAST_GOOD: self.tr("Last good one before the damage"),
        }
        return words.get(reason, self.tr("Backup"))

    def entries(self, count: int) -> str:
        return self.tr("%Ln entries", "", count)

    def holds(self, info: BackupInfo) -> str:
        """How many entries a backup holds, or that it cannot be read."""
        if not info.sound or info.entries is None:
            return self.tr("cannot be read")
        return self.entries(info.entries)

    def moment(self, instant: datetime, zone: str) -> str:
        """ "Saturday, 21 November 2026, 10:00" in the family's zone."""
        local = instant.astimezone(ZoneInfo(zone))
        day = QLocale().toString(
            QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat
        )
        return self.tr("{date}, {time}").format(date=day, time=time_text(local.time()))

    def recent_moment(self, instant: datetime, zone: str, today: date) -> str:
        """ "Today, 10:00", "Yesterday, 22:30", else as :meth:`moment`."""
        local = instant.astimezone(ZoneInfo(zone))
        if local.date() == today:
            return self.tr("Today, {time}").format(time=time_text(local.time()))
        if local.date() == today - timedelta(days=1):
            return self.tr("Yesterday, {time}").format(time=time_text(local.time()))
        return self.moment(instant, zone)
