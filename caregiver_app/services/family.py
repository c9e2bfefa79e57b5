"""Children and their care teams."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from caregiver_app.core.clock import Clock
from caregiver_app.core.messages import QT_TRANSLATE_NOOP, Problem, UserError, ValidationFailed
from caregiver_app.core.records import CareContact, Child
from caregiver_app.core.validation import validate_child, validate_contact
from caregiver_app.services.settings import SettingsService
from caregiver_app.storage.children_repo import ChildrenRepository


class FamilyService:
    def __init__(
        self, children: ChildrenRepository, settings: SettingsService, clock: Clock
    ) -> None:
        self._children = children
        self._settings = settings
        self._clock = clock

    def _today(self) -> date:
        return self._clock.now().astimezone(ZoneInfo(self._settings.time_zone())).date()

    def add_child(
        self,
        *,
        name: object,
        birth_date: object,
        sex: object = "",
        diagnosis: object = None,
        allergies: object = "",
        notes: object = "",
    ) -> Child:
        checked = validate_child(
            name=name,
            birth_date=birth_date,
            sex=sex,
            diagnosis=diagnosis,
            allergies=allergies,
            notes=notes,
            today=self._today(),
        )
        self._refuse_a_taken_name(checked.name, None)
        return self._children.add(
            checked, now=self._clock.now(), logged_by=self._settings.caregiver_name()
        )

    def _refuse_a_taken_name(self, name: str, child_id: str | None) -> None:
        """Names pick a child on the command line and in files: two children may not share one."""
        if any(other.id != child_id for other in self._children.find_by_name(name)):
            raise ValidationFailed(
                [
                    Problem(
                        "name",
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "another child is already called {name}; add something to tell "
                            "them apart, such as a second name or an initial",
                        ),
                        {"name": name},
                    )
                ]
            )

    def update_child(
        self,
        child_id: str,
        *,
        name: object,
        birth_date: object,
        sex: object = "",
        diagnosis: object = None,
        allergies: object = "",
        notes: object = "",
    ) -> Child:
        checked = validate_child(
            name=name,
            birth_date=birth_date,
            sex=sex,
            diagnosis=diagnosis,
            allergies=allergies,
            notes=notes,
            today=self._today(),
        )
        self._refuse_a_taken_name(checked.name, child_id)
        return self._children.update(child_id, checked, now=self._clock.now())

    def children(self) -> list[Child]:
        return self._children.all()

    def child(self, child_id: str) -> Child:
        return self._children.get(child_id)

    def child_by_name(self, name: str) -> Child:
        """The one child called ``name``; a clear error when none or several match."""
        matches = self._children.find_by_name(name)
        if not matches:
            known = ", ".join(child.name for child in self._children.all()) or "-"
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "No child is called {name!r} (children: {known})."),
                name=name,
                known=known,
            )
        if len(matches) > 1:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{count} children are called {name!r}; rename one in the window so each "
                    "name is unique.",
                ),
                name=name,
                count=len(matches),
            )
        return matches[0]

    def delete_child(self, child_id: str) -> bool:
        return self._children.delete(child_id, now=self._clock.now())

    def undelete_child(self, child_id: str) -> bool:
        return self._children.undelete(child_id, now=self._clock.now())

    # Care team ------------------------------------------------------------------------

    def add_contact(
        self,
        child_id: str,
        *,
        role: object,
        name: object,
        phone: object = "",
        email: object = "",
        place: object = "",
    ) -> CareContact:
        checked = validate_contact(role=role, name=name, phone=phone, email=email, place=place)
        return self._children.add_contact(
            child_id, checked, now=self._clock.now(), logged_by=self._settings.caregiver_name()
        )

    def update_contact(
        self,
        contact_id: str,
        *,
        role: object,
        name: object,
        phone: object = "",
        email: object = "",
        place: object = "",
    ) -> CareContact:
        checked = validate_contact(role=role, name=name, phone=phone, email=email, place=place)
        return self._children.update_contact(contact_id, checked, now=self._clock.now())

    def contacts(self, child_id: str) -> list[CareContact]:
        return self._children.contacts(child_id)

    def delete_contact(self, contact_id: str) -> bool:
        return self._children.delete_contact(contact_id, now=self._clock.now())

    def undelete_contact(self, contact_id: str) -> bool:
        return self._children.undelete_contact(contact_id, now=self._clock.now())
