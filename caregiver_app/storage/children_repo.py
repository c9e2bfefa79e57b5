"""Children and their care team contacts."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from caregiver_app.core.records import (
    CareContact,
    Child,
    ChildInput,
    ContactInput,
    Sex,
    new_id,
)
from caregiver_app.core.timeutil import format_instant
from caregiver_app.storage.database import Database
from caregiver_app.storage.rows import META_COLUMNS, meta_from_row, soft_delete, undelete

_CHILD_COLUMNS = f"{META_COLUMNS}, name, birth_date, sex, diagnosis, allergies, notes"
_CONTACT_COLUMNS = f"{META_COLUMNS}, child_id, role, name, phone, email, place"


def _child(row: tuple[Any, ...]) -> Child:
    return Child(
        meta=meta_from_row(row),
        name=row[5],
        birth_date=date.fromisoformat(row[6]),
        sex=Sex(row[7]) if row[7] else None,
        diagnosis=row[8],
        allergies=row[9],
        notes=row[10],
    )


def _contact(row: tuple[Any, ...]) -> CareContact:
    return CareContact(meta_from_row(row), *row[5:11])


class ChildrenRepository:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._conn = database.conn

    def add(self, child: ChildInput, *, now: datetime, logged_by: str) -> Child:
        record_id = new_id()
        stamp = format_instant(now)
        with self._database.transaction() as conn:
            conn.execute(
                f"INSERT INTO children ({_CHILD_COLUMNS}) VALUES (?,?,?,?,NULL,?,?,?,?,?,?)",
                (
                    record_id,
                    stamp,
                    stamp,
                    logged_by,
                    child.name,
                    child.birth_date.isoformat(),
                    child.sex.value if child.sex else None,
                    child.diagnosis,
                    child.allergies,
                    child.notes,
                ),
            )
        return self.get(record_id)

    def update(self, child_id: str, child: ChildInput, *, now: datetime) -> Child:
        with self._database.transaction() as conn:
            conn.execute(
                "UPDATE children SET name=?, birth_date=?, sex=?, diagnosis=?, allergies=?, "
                "notes=?, updated_at=? WHERE id=?",
                (
                    child.name,
                    child.birth_date.isoformat(),
                    child.sex.value if child.sex else None,
                    child.diagnosis,
                    child.allergies,
                    child.notes,
                    format_instant(now),
                    child_id,
                ),
            )
        return self.get(child_id)

    def get(self, child_id: str) -> Child:
        row = self._conn.execute(
            f"SELECT {_CHILD_COLUMNS} FROM children WHERE id = ?", (child_id,)
        ).fetchone()
        if row is None:
            raise KeyError(child_id)
        return _child(row)

    def all(self) -> list[Child]:
        rows = self._conn.execute(
            f"SELECT {_CHILD_COLUMNS} FROM children WHERE deleted_at IS NULL "
            "ORDER BY birth_date, name"
        ).fetchall()
        return [_child(row) for row in rows]

    def find_by_name(self, name: str) -> list[Child]:
        """Children whose name matches exactly, ignoring case and surrounding spaces."""
        wanted = name.strip().casefold()
        return [child for child in self.all() if child.name.casefold() == wanted]

    def delete(self, child_id: str, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            return soft_delete(conn, "children", child_id, now)

    def undelete(self, child_id: str, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            return undelete(conn, "children", child_id, now)

    # Care team ------------------------------------------------------------------------

    def add_contact(
        self, child_id: str, contact: ContactInput, *, now: datetime, logged_by: str
    ) -> CareContact:
        record_id = new_id()
        stamp = format_instant(now)
        with self._database.transaction() as conn:
            conn.execute(
                f"INSERT INTO care_contacts ({_CONTACT_COLUMNS}) VALUES (?,?,?,?,NULL,?,?,?,?,?,?)",
                (
                    record_id,
                    stamp,
                    stamp,
                    logged_by,
                    child_id,
                    contact.role,
                    contact.name,
                    contact.phone,
                    contact.email,
                    contact.place,
                ),
            )
        return self.get_contact(record_id)

    def update_contact(
        self, contact_id: str, contact: ContactInput, *, now: datetime
    ) -> CareContact:
        with self._database.transaction() as conn:
            conn.execute(
                "UPDATE care_contacts SET role=?, name=?, phone=?, email=?, place=?, updated_at=? "
                "WHERE id=?",
                (
                    contact.role,
                    contact.name,
                    contact.phone,
                    contact.email,
                    contact.place,
                    format_instant(now),
                    contact_id,
                ),
            )
        return self.get_contact(contact_id)

    def get_contact(self, contact_id: str) -> CareContact:
        row = self._conn.execute(
            f"SELECT {_CONTACT_COLUMNS} FROM care_contacts WHERE id = ?", (contact_id,)
        ).fetchone()
        if row is None:
            raise KeyError(contact_id)
        return _contact(row)

    def contacts(self, child_id: str) -> list[CareContact]:
        rows = self._conn.execute(
            f"SELECT {_CONTACT_COLUMNS} FROM care_contacts "
            "WHERE child_id = ? AND deleted_at IS NULL ORDER BY role, name",
            (child_id,),
        ).fetchall()
        return [_contact(row) for row in rows]

    def delete_contact(self, contact_id: str, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            return soft_delete(conn, "care_contacts", contact_id, now)

    def undelete_contact(self, contact_id: str, *, now: datetime) -> bool:
        with self._database.transaction() as conn:
            return undelete(conn, "care_contacts", contact_id, now)
