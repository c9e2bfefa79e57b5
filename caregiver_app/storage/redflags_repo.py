"""Red-flag alerts: one row per raised episode, the entries its episode has held, and what
the family did about it. Also reads the diary entries the rules watch, in one query."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from datetime import datetime
from typing import Any

from caregiver_app.core.guidance import Level
from caregiver_app.core.records import SymptomEntry, new_id
from caregiver_app.core.redflag_alerts import (
    Acknowledgement,
    FamilyAction,
    HowRaised,
    RedFlagAlert,
)
from caregiver_app.core.redflags import Episode
from caregiver_app.core.timeutil import format_instant, parse_instant
from caregiver_app.storage.database import Database
from caregiver_app.storage.rows import META_COLUMNS, meta_from_row
from caregiver_app.storage.symptoms_repo import _ENTRY_COLUMNS, _entry

_ALERT_FIELDS = (
    "child_id, rule, level, first_at, last_at, zone, time_known, triggers, raised_at, "
    "raised_how, acknowledged_at, acknowledged_by, family_action, note"
)
_ALERT_COLUMNS = f"{META_COLUMNS}, {_ALERT_FIELDS}"
_INSERT_ALERT = (
    f"INSERT INTO red_flag_alerts ({_ALERT_COLUMNS}) "
    "VALUES (?,?,?,?,NULL,?,?,?,?,?,?,?,?,?,?,NULL,'',NULL,'')"
)
_INSERT_ENTRY = "INSERT OR IGNORE INTO red_flag_alert_entries (alert_id, entry_id) VALUES (?, ?)"


def _alert(row: Sequence[Any], entry_ids: Collection[str]) -> RedFlagAlert:
    return RedFlagAlert(
        meta=meta_from_row(tuple(row)),
        child_id=row[5],
        rule=row[6],
        level=Level(row[7]),
        first_at=parse_instant(row[8]),
        last_at=parse_instant(row[9]),
        zone=row[10],
        time_known=bool(row[11]),
        triggers=tuple(row[12].split()),
        entry_ids=frozenset(entry_ids),
        raised_at=parse_instant(row[13]),
        how=HowRaised(row[14]),
        acknowledged_at=parse_instant(row[15]) if row[15] else None,
        acknowledged_by=row[16],
        action=FamilyAction(row[17]) if row[17] else None,
        note=row[18],
    )


class RedFlagsRepository:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._conn = database.conn

    # Reads --------------------------------------------------------------------------------

    def watched_entries(self, child_id: str, symptoms: Collection[str]) -> list[SymptomEntry]:
        """The child's entries (not deleted) of the symptoms some rule watches."""
        codes = sorted(symptoms)
        if not codes:
            return []
        marks = ",".join("?" * len(codes))
        rows = self._conn.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM symptom_entries WHERE child_id = ? "
            f"AND deleted_at IS NULL AND symptom IN ({marks})",
            (child_id, *codes),
        ).fetchall()
        return [_entry(row) for row in rows]

    def alerts(
        self, child_id: str, *, newest_first: bool = False, limit: int | None = None
    ) -> list[RedFlagAlert]:
        """The child's alerts in the order their episodes started (at most ``limit``)."""
        order = "DESC" if newest_first else "ASC"
        rows = self._conn.execute(
            f"SELECT {_ALERT_COLUMNS} FROM red_flag_alerts "
            "WHERE child_id = ? AND deleted_at IS NULL "
            f"ORDER BY first_at {order}, raised_at {order}, id {order} LIMIT ?",
            (child_id, -1 if limit is None else limit),
        ).fetchall()
        entries: dict[str, list[str]] = defaultdict(list)
        ids = [row[0] for row in rows]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for alert_id, entry_id in self._conn.execute(
                "SELECT alert_id, entry_id FROM red_flag_alert_entries "
                f"WHERE alert_id IN ({marks})",
                chunk,
            ):
                entries[alert_id].append(entry_id)
        return [_alert(row, entries[row[0]]) for row in rows]

    def count(self, child_id: str) -> int:
        return int(
            self._conn.execute(
                "SELECT count(*) FROM red_flag_alerts WHERE child_id = ? AND deleted_at IS NULL",
                (child_id,),
            ).fetchone()[0]
        )

    def entries_by_alert(self, child_id: str) -> dict[str, tuple[str, set[str]]]:
        """Each alert's rule and entries, by alert id: all that matching episodes needs,
        read without building whole alerts (ten years may hold thousands)."""
        found: dict[str, tuple[str, set[str]]] = {}
        for alert_id, rule, entry_id in self._conn.execute(
            "SELECT a.id, a.rule, e.entry_id FROM red_flag_alerts a "
            "JOIN red_flag_alert_entries e ON e.alert_id = a.id "
            "WHERE a.child_id = ? AND a.deleted_at IS NULL",
            (child_id,),
        ):
            found.setdefault(alert_id, (rule, set()))[1].add(entry_id)
        return found

    def alert(self, alert_id: str) -> RedFlagAlert:
        row = self._conn.execute(
            f"SELECT {_ALERT_COLUMNS} FROM red_flag_alerts WHERE id = ?", (alert_id,)
        ).fetchone()
        if row is None:
            raise KeyError(alert_id)
        entry_ids = [
            entry_id
            for (entry_id,) in self._conn.execute(
                "SELECT entry_id FROM red_flag_alert_entries WHERE alert_id = ?", (alert_id,)
            )
        ]
        return _alert(row, entry_ids)

    def count_unacknowledged(self, child_id: str) -> int:
        return int(
            self._conn.execute(
                "SELECT count(*) FROM red_flag_alerts WHERE child_id = ? "
                "AND deleted_at IS NULL AND acknowledged_at IS NULL",
                (child_id,),
            ).fetchone()[0]
        )

    # Writes -------------------------------------------------------------------------------

    def record(
        self,
        child_id: str,
        new: Iterable[Episode],
        grown: Iterable[tuple[str, Iterable[str]]],
        *,
        how: HowRaised,
        now: datetime,
        logged_by: str,
    ) -> list[str]:
        """In one transaction: stores an alert for each of the ``new`` episodes, and adds to
        stored alerts (``(alert id, entry ids)``) the entries their episodes gained. Returns
        the new alerts' ids, in the episodes' order."""
        stamp = format_instant(now)
        ids: list[str] = []
        alerts: list[tuple[object, ...]] = []
        entries: list[tuple[str, str]] = [
            (alert_id, entry_id) for alert_id, entry_ids in grown for entry_id in entry_ids
        ]
        for episode in new:
            alert_id = new_id()
            alerts.append(
                (
                    alert_id,
                    stamp,
                    stamp,
                    logged_by,
                    child_id,
                    episode.rule,
                    episode.level.value,
                    format_instant(episode.first_at),
                    format_instant(episode.last_at),
                    episode.zone,
                    int(episode.time_known),
                    " ".join(episode.triggers),
                    stamp,
                    how.value,
                )
            )
            entries.extend((alert_id, entry_id) for entry_id in episode.entry_ids)
            ids.append(alert_id)
        # Two statements in all, however many alerts (an import may raise thousands).
        with self._database.transaction() as conn:
            conn.executemany(_INSERT_ALERT, alerts)
            conn.executemany(_INSERT_ENTRY, entries)
        return ids

    def acknowledge(
        self, alert_id: str, answer: Acknowledgement, *, now: datetime, by: str
    ) -> None:
        """Stores what the family did; the first acknowledgement's moment and author stay
        when it is changed later."""
        stamp = format_instant(now)
        with self._database.transaction() as conn:
            cursor = conn.execute(
                "UPDATE red_flag_alerts SET family_action = ?, note = ?, updated_at = ?, "
                "acknowledged_at = coalesce(acknowledged_at, ?), "
                "acknowledged_by = CASE WHEN acknowledged_at IS NULL THEN ? "
                "ELSE acknowledged_by END "
                "WHERE id = ? AND deleted_at IS NULL",
                (
                    answer.action.value if answer.action else None,
                    answer.note,
                    stamp,
                    stamp,
                    by,
                    alert_id,
                ),
            )
            if cursor.rowcount != 1:
                raise KeyError(alert_id)
