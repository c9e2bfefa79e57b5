"""Family settings kept in the database (caregiver name, time zone, language...).

Plain text values only: no pickled settings."""

from __future__ import annotations

from caregiver_app.storage.database import Database


class SettingsRepository:
    def __init__(self, database: Database) -> None:
        self._database = database

    def get(self, key: str, default: str = "") -> str:
        row = self._database.conn.execute(
            "SELECT value FROM settings WHERE key = ?", (key,)
        ).fetchone()
        return default if row is None else str(row[0])

    def set(self, key: str, value: str) -> None:
        with self._database.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def delete(self, key: str) -> None:
        with self._database.transaction() as conn:
            conn.execute("DELETE FROM settings WHERE key = ?", (key,))
