"""Each child's emergency information (one record per child).

The allergies are not stored here: they are the child's profile's (``children.allergies``),
read with the form so that there is one place to keep them right. Saving the form's
allergies is the family service's job (see ``services/redflags.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from caregiver_app.core.emergency_info import TEXT_FIELDS, EmergencyInfo, EmergencyInfoInput
from caregiver_app.core.records import new_id
from caregiver_app.core.timeutil import format_instant
from caregiver_app.storage.database import Database
from caregiver_app.storage.rows import meta_from_row

#: The stored text fields: the form's, without the allergies.
STORED_FIELDS: tuple[str, ...] = tuple(name for name in TEXT_FIELDS if name != "allergies")
_QUALIFIED = ", ".join(f"e.{name}" for name in STORED_FIELDS)
_SELECT = (
    "SELECT e.id, e.created_at, e.updated_at, e.logged_by, e.deleted_at, e.child_id, "
    f"{_QUALIFIED}, e.reviewed_on, c.allergies "
    "FROM emergency_info e JOIN children c ON c.id = e.child_id "
    "WHERE e.child_id = ? AND e.deleted_at IS NULL"
)


def _info(row: Sequence[Any]) -> EmergencyInfo:
    texts = dict(zip(STORED_FIELDS, row[6 : 6 + len(STORED_FIELDS)], strict=True))
    reviewed, allergies = row[6 + len(STORED_FIELDS) :]
    return EmergencyInfo(
        meta=meta_from_row(tuple(row)),
        child_id=row[5],
        allergies=allergies,
        reviewed_on=date.fromisoformat(reviewed),
        **texts,
    )


class EmergencyInfoRepository:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._conn = database.conn

    def get(self, child_id: str) -> EmergencyInfo | None:
        """The child's emergency information, with the allergies from their profile; None
        until it is first saved."""
        row = self._conn.execute(_SELECT, (child_id,)).fetchone()
        return None if row is None else _info(row)

    def save(
        self, child_id: str, info: EmergencyInfoInput, *, now: datetime, logged_by: str
    ) -> str:
        """Creates or replaces the child's record (its allergies are not stored here);
        returns its id."""
        stamp = format_instant(now)
        values = [getattr(info, name) for name in STORED_FIELDS] + [info.reviewed_on.isoformat()]
        with self._database.transaction() as conn:
            row = conn.execute(
                "SELECT id FROM emergency_info WHERE child_id = ? AND deleted_at IS NULL",
                (child_id,),
            ).fetchone()
            if row is not None:
                assignments = ", ".join(f"{name} = ?" for name in (*STORED_FIELDS, "reviewed_on"))
                conn.execute(
                    f"UPDATE emergency_info SET {assignments}, updated_at = ? WHERE id = ?",
                    (*values, stamp, row[0]),
                )
                return str(row[0])
            record_id = new_id()
            columns = ", ".join((*STORED_FIELDS, "reviewed_on"))
            marks = ",".join("?" * (len(STORED_FIELDS) + 1))
            conn.execute(
                "INSERT INTO emergency_info (id, created_at, updated_at, logged_by, child_id, "
                f"{columns}) VALUES (?,?,?,?,?,{marks})",
                (record_id, stamp, stamp, logged_by, child_id, *values),
            )
            return record_id
