"""The reminders' state in SQLite (schema version 5): every occurrence that fired (once:
``UNIQUE(reminder_id, occurrence)`` and ``INSERT OR IGNORE``), snoozes, dismissals, the
family's reminder preferences and the instant of the last catch-up."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time

from caregiver_app.core.reminders import ReminderKey, ReminderPreferences
from caregiver_app.core.timeutil import format_instant, parse_instant
from caregiver_app.storage.database import Database

_CAUGHT_UP_TO = "caught_up_to"
_PREFERENCE_KEYS = (
    "check_days_before",
    "check_time",
    "appointment_day_before_time",
    "appointment_hours_before",
    "doses_enabled",
)


def _key_row(key: ReminderKey) -> tuple[str, str]:
    return key.reminder_id, format_instant(key.occurrence)


def _key(reminder_id: str, occurrence: str) -> ReminderKey:
    return ReminderKey(reminder_id, parse_instant(occurrence))


class RemindersRepository:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._conn = database.conn

    @property
    def database(self) -> Database:
        return self._database

    # Fired ------------------------------------------------------------------------------

    def record_fired(self, keys: Iterable[ReminderKey], *, now: datetime) -> list[ReminderKey]:
        """Records each occurrence as fired (inside the caller's transaction, or its own);
        returns those that were not recorded before, in the order given."""
        stamp = format_instant(now)
        fresh: list[ReminderKey] = []
        with self._database.transaction() as conn:
            for key in keys:
                cursor = conn.execute(
                    "INSERT OR IGNORE INTO reminder_fired (reminder_id, occurrence, fired_at) "
                    "VALUES (?, ?, ?)",
                    (*_key_row(key), stamp),
                )
                if cursor.rowcount == 1:
                    fresh.append(key)
        return fresh

    def fired_between(self, start: datetime, end: datetime) -> set[ReminderKey]:
        """Fired occurrences with ``start < occurrence <= end``."""
        rows = self._conn.execute(
            "SELECT reminder_id, occurrence FROM reminder_fired "
            "WHERE occurrence > ? AND occurrence <= ?",
            (format_instant(start), format_instant(end)),
        ).fetchall()
        return {_key(row[0], row[1]) for row in rows}

    def fired_count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM reminder_fired").fetchone()[0])

    # Snoozes and dismissals -------------------------------------------------------------

    def snooze(self, key: ReminderKey, until: datetime, *, now: datetime) -> None:
        with self._database.transaction() as conn:
            conn.execute(
                "INSERT INTO reminder_snoozes (reminder_id, occurrence, until, snoozed_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (reminder_id, occurrence) "
                "DO UPDATE SET until = excluded.until, snoozed_at = excluded.snoozed_at",
                (*_key_row(key), format_instant(until), format_instant(now)),
            )

    def unsnooze(self, key: ReminderKey) -> bool:
        with self._database.transaction() as conn:
            cursor = conn.execute(
                "DELETE FROM reminder_snoozes WHERE reminder_id = ? AND occurrence = ?",
                _key_row(key),
            )
            return cursor.rowcount == 1

    def snoozes_ending_after(self, start: datetime) -> dict[ReminderKey, datetime]:
        """Snoozes still holding something after ``start`` (``until > start``)."""
        rows = self._conn.execute(
            "SELECT reminder_id, occurrence, until FROM reminder_snoozes WHERE until > ?",
            (format_instant(start),),
        ).fetchall()
        return {_key(row[0], row[1]): parse_instant(row[2]) for row in rows}

    def snoozed_until(self, key: ReminderKey) -> datetime | None:
        row = self._conn.execute(
            "SELECT until FROM reminder_snoozes WHERE reminder_id = ? AND occurrence = ?",
            _key_row(key),
        ).fetchone()
        return None if row is None else parse_instant(row[0])

    def dismiss(self, key: ReminderKey, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO reminder_dismissals "
                "(reminder_id, occurrence, dismissed_at) VALUES (?, ?, ?)",
                (*_key_row(key), format_instant(now)),
            )
            return cursor.rowcount == 1

    def undismiss(self, key: ReminderKey) -> bool:
        with self._database.transaction() as conn:
            cursor = conn.execute(
                "DELETE FROM reminder_dismissals WHERE reminder_id = ? AND occurrence = ?",
                _key_row(key),
            )
            return cursor.rowcount == 1

    def dismissed_after(self, start: datetime) -> set[ReminderKey]:
        rows = self._conn.execute(
            "SELECT reminder_id, occurrence FROM reminder_dismissals WHERE occurrence > ?",
            (format_instant(start),),
        ).fetchall()
        return {_key(row[0], row[1]) for row in rows}

    # Preferences and the catch-up mark --------------------------------------------------

    def _values(self) -> dict[str, str]:
        return {
            str(key): str(value)
            for key, value in self._conn.execute("SELECT key, value FROM reminder_preferences")
        }

    def preferences(self) -> ReminderPreferences:
        """The stored preferences; a missing or unreadable value takes its default."""
        values = self._values()
        default = ReminderPreferences()

        def number(name: str, fallback: int) -> int:
            text = values.get(name, "")
            return int(text) if text.isdigit() else fallback

        def clock(name: str, fallback: time) -> time:
            try:
                return time.fromisoformat(values[name])
            except (KeyError, ValueError):
                return fallback

        return ReminderPreferences(
            check_days_before=number("check_days_before", default.check_days_before),
            check_time=clock("check_time", default.check_time),
            appointment_day_before_time=clock(
                "appointment_day_before_time", default.appointment_day_before_time
            ),
            appointment_hours_before=number(
                "appointment_hours_before", default.appointment_hours_before
            ),
            doses_enabled=values.get("doses_enabled", "1") != "0",
        )

    def set_preferences(self, preferences: ReminderPreferences) -> None:
        values = (
            str(preferences.check_days_before),
            preferences.check_time.strftime("%H:%M"),
            preferences.appointment_day_before_time.strftime("%H:%M"),
            str(preferences.appointment_hours_before),
            "1" if preferences.doses_enabled else "0",
        )
        with self._database.transaction() as conn:
            conn.executemany(
                "INSERT INTO reminder_preferences (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                zip(_PREFERENCE_KEYS, values, strict=True),
            )

    def caught_up_to(self) -> datetime | None:
        row = self._conn.execute(
            "SELECT value FROM reminder_preferences WHERE key = ?", (_CAUGHT_UP_TO,)
        ).fetchone()
        return None if row is None else parse_instant(str(row[0]))

    def set_caught_up_to(self, instant: datetime) -> None:
        with self._database.transaction() as conn:
            conn.execute(
                "INSERT INTO reminder_preferences (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (_CAUGHT_UP_TO, format_instant(instant)),
            )
