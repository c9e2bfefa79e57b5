"""Medicines and the dose log: the use cases the window and the command line share.

Records what the care team prescribed; never suggests a medicine or a dose (the name list
is spelling help only). Every save is one transaction; imports are all or nothing and
idempotent, like the symptom diary's (the contract: docs/csv-format.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from caregiver_app.core.clock import Clock
from caregiver_app.core.medicines import (
    Adherence,
    DoseEvent,
    DoseInput,
    Medicine,
    Refill,
    adherence,
    validate_dose,
    validate_medicine,
)
from caregiver_app.core.messages import QT_TRANSLATE_NOOP, Problem, ValidationFailed
from caregiver_app.core.schedule import Occurrence, occurrences
from caregiver_app.core.timeutil import format_instant
from caregiver_app.core.validation import MAX_SHORT_TEXT_LENGTH, check_text, parse_date
from caregiver_app.paths import resources_dir
from caregiver_app.services.app import AppServices
from caregiver_app.services.interchange import ExportResult, ImportResult
from caregiver_app.services.settings import SettingsService
from caregiver_app.storage.children_repo import ChildrenRepository
from caregiver_app.storage.database import Database
from caregiver_app.storage.interchange import read_input_file, write_file_atomically
from caregiver_app.storage.medicines_interchange import (
    dose_csv_bytes,
    dose_csv_row,
    medicine_csv_bytes,
    medicine_csv_row,
    read_dose_csv,
    read_medicine_csv,
)
from caregiver_app.storage.medicines_repo import MedicinesRepository, dose_key, stored_dose_key

MAX_REFILL_QUANTITY = 100_000


def medicine_suggestions_path() -> Path:
    return resources_dir() / "guidance" / "medicines.json"


@dataclass(frozen=True)
class MedicineSuggestion:
    name: str
    source: str  # the source document's description


def load_medicine_suggestions(path: Path | None = None) -> list[MedicineSuggestion]:
    """Names the clinical sources mention, for autocompletion only (never a recommendation)."""
    data = json.loads((path or medicine_suggestions_path()).read_text(encoding="utf-8"))
    sources: dict[str, str] = data["sources"]
    return [MedicineSuggestion(item["name"], sources[item["source"]]) for item in data["medicines"]]


@dataclass(frozen=True)
class DueDose:
    """One scheduled dose of a day and its answer in the dose log (None: not recorded)."""

    medicine: Medicine
    occurrence: Occurrence
    event: DoseEvent | None


_MEDICINE_FIELDS = (
    "name",
    "route",
    "schedule",
    "start_date",
    "dose_amount",
    "dose_unit",
    "dose_text",
    "times",
    "days",
    "every_days",
    "end_date",
    "prescriber",
    "purpose",
    "notes",
    "stock",
    "low_stock_level",
)


class MedicinesService:
    def __init__(
        self,
        database: Database,
        repository: MedicinesRepository,
        children: ChildrenRepository,
        settings: SettingsService,
        clock: Clock,
    ) -> None:
        self._database = database
        self._repo = repository
        self._children = children
        self._settings = settings
        self._clock = clock

    @classmethod
    def for_app(cls, app: AppServices) -> MedicinesService:
        return cls(
            app.database,
            MedicinesRepository(app.database),
            ChildrenRepository(app.database),
            app.settings,
            app.clock,
        )

    @property
    def repository(self) -> MedicinesRepository:
        return self._repo

    def zone(self) -> str:
        return self._settings.time_zone()

    def today(self) -> date:
        return self._clock.now().astimezone(ZoneInfo(self.zone())).date()

    @staticmethod
    def name_suggestions() -> list[MedicineSuggestion]:
        return load_medicine_suggestions()

    # Medicines --------------------------------------------------------------------------

    def add_medicine(self, child_id: str, **fields: object) -> Medicine:
        """Validates and saves a medicine as prescribed (keyword fields as
        :func:`~caregiver_app.core.medicines.validate_medicine`); raises ValidationFailed."""
        child = self._children.get(child_id)
        checked = validate_medicine(birth_date=child.birth_date, **_medicine_fields(fields))
        medicine_id = self._repo.add(
            child.id,
            self.zone(),
            checked,
            now=self._clock.now(),
            logged_by=self._settings.caregiver_name(),
        )
        return self._repo.get(medicine_id)

    def update_medicine(self, medicine_id: str, **fields: object) -> Medicine:
        """Saves the edited prescription. The stock count is reset (counted now) only when
        ``stock`` is given and differs from the stock on hand."""
        current = self._repo.get(medicine_id)
        child = self._children.get(current.child_id)
        checked = validate_medicine(birth_date=child.birth_date, **_medicine_fields(fields))
        stock_changed = "stock" in fields and checked.stock != self._repo.stock_on_hand(current)
        self._repo.update(medicine_id, checked, now=self._clock.now(), stock_changed=stock_changed)
        return self._repo.get(medicine_id)

    def stop_medicine(self, medicine_id: str, on: object = None) -> Medicine:
        """Stops a medicine from the day ``on`` (default today): its last day becomes ``on``;
        the medicine and its dose log stay in the record."""
        current = self._repo.get(medicine_id)
        problems: list[Problem] = []
        last = self.today() if on is None else parse_date("end_date", on, problems)
        if last is not None and last < current.start_date:
            problems.append(
                Problem(
                    "end_date",
                    QT_TRANSLATE_NOOP("Validation", "{last} is before {start_field} ({first})"),
                    {
                        "last": last.isoformat(),
                        "first": current.start_date.isoformat(),
                        "start_field": "start_date",
                    },
                )
            )
        if problems or last is None:
            raise ValidationFailed(problems)
        self._repo.update(
            medicine_id,
            replace(current.as_input(), end_date=last),
            now=self._clock.now(),
            stock_changed=False,
        )
        return self._repo.get(medicine_id)

    def delete_medicine(self, medicine_id: str) -> bool:
        return self._repo.delete(medicine_id, now=self._clock.now())

    def undo_delete_medicine(self, medicine_id: str) -> bool:
        return self._repo.undelete(medicine_id, now=self._clock.now())

    def medicine(self, medicine_id: str) -> Medicine:
        return self._repo.get(medicine_id)

    def medicines(self, child_id: str, *, on: date | None = None) -> list[Medicine]:
        """The child's medicines (current and stopped); with ``on``, those taken that day."""
        found = self._repo.medicines(child_id)
        return found if on is None else [m for m in found if m.active_on(on)]

    # Stock ------------------------------------------------------------------------------

    def add_refill(
        self, medicine_id: str, *, quantity: object, day: object = None, notes: object = ""
    ) -> Refill:
        medicine = self._repo.get(medicine_id)
        problems: list[Problem] = []
        refill_day = self.today() if day is None or day == "" else parse_date("day", day, problems)
        text = quantity.strip() if isinstance(quantity, str) else quantity
        amount: int | None = None
        if isinstance(text, int) and not isinstance(text, bool):
            amount = text
        elif isinstance(text, str) and text.isdigit() and len(text) <= 9:
            amount = int(text)
        if amount is None or not 1 <= amount <= MAX_REFILL_QUANTITY:
            problems.append(
                Problem(
                    "quantity",
                    QT_TRANSLATE_NOOP("Validation", "must be a whole number from 1 to {limit}"),
                    {"limit": MAX_REFILL_QUANTITY},
                )
            )
        notes_text = check_text("notes", notes, problems, max_length=MAX_SHORT_TEXT_LENGTH)
        if problems or refill_day is None or amount is None:
            raise ValidationFailed(problems)
        refill_id = self._repo.add_refill(
            medicine.id,
            refill_day,
            amount,
            notes_text,
            now=self._clock.now(),
            logged_by=self._settings.caregiver_name(),
        )
        return next(r for r in self._repo.refills(medicine.id) if r.meta.id == refill_id)

    def refills(self, medicine_id: str) -> list[Refill]:
        return self._repo.refills(medicine_id)

    def delete_refill(self, refill_id: str) -> bool:
        return self._repo.delete_refill(refill_id, now=self._clock.now())

    def undo_delete_refill(self, refill_id: str) -> bool:
        return self._repo.undelete_refill(refill_id, now=self._clock.now())

    def stock_on_hand(self, medicine_id: str) -> int | None:
        return self._repo.stock_on_hand(self._repo.get(medicine_id))

    def low_stock(self, child_id: str) -> list[tuple[Medicine, int]]:
        """Current medicines whose stock on hand is at or below their warning level."""
        today = self.today()
        found: list[tuple[Medicine, int]] = []
        for medicine in self._repo.medicines(child_id):
            if medicine.low_stock_level is None or not (
                medicine.end_date is None or medicine.end_date >= today
            ):
                continue
            left = self._repo.stock_on_hand(medicine)
            if left is not None and left <= medicine.low_stock_level:
                found.append((medicine, left))
        return found

    # Dose log ---------------------------------------------------------------------------

    def _check_dose(self, medicine: Medicine, fields: dict[str, object]) -> DoseInput:
        child = self._children.get(medicine.child_id)
        if fields.get("given_by") is None:
            fields["given_by"] = self._settings.caregiver_name()
        return validate_dose(
            medicine=medicine,
            zone=self.zone(),
            birth_date=child.birth_date,
            now=self._clock.now(),
            **{k: v for k, v in fields.items() if v is not None or k == "status"},
        )

    def _refuse_second_answer(self, medicine: Medicine, dose: DoseInput, dose_id: str) -> None:
        if dose.scheduled is None:
            return
        other = self._repo.dose_for_occurrence(medicine.id, dose.scheduled.instant)
        if other is not None and other.id != dose_id:
            raise ValidationFailed(
                [
                    Problem(
                        "scheduled_time",
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "the {time} dose of {medicine} on {date} is already in the log; "
                            "edit that entry instead",
                        ),
                        {
                            "time": dose.scheduled.wall_time.strftime("%H:%M"),
                            "medicine": medicine.name,
                            "date": dose.scheduled.local_date.isoformat(),
                        },
                    )
                ]
            )

    def log_dose(
        self,
        medicine_id: str,
        *,
        status: object,
        scheduled_date: object = "",
        scheduled_time: object = "",
        given_date: object = "",
        given_time: object = "",
        given_by: object = None,
        reason: object = "",
        notes: object = "",
    ) -> DoseEvent:
        """Records a scheduled dose as given (when, by whom; late is worked out from the
        times) or skipped (with its reason), or an as-needed dose with its reason.
        ``given_by`` None means the caregiver name set in the app. Raises ValidationFailed."""
        medicine = self._repo.get(medicine_id)
        dose = self._check_dose(
            medicine,
            {
                "status": status,
                "scheduled_date": scheduled_date,
                "scheduled_time": scheduled_time,
                "given_date": given_date,
                "given_time": given_time,
                "given_by": given_by,
                "reason": reason,
                "notes": notes,
            },
        )
        with self._database.transaction():
            self._refuse_second_answer(medicine, dose, "")
            dose_id = self._repo.add_dose(
                medicine.child_id,
                medicine.id,
                dose,
                now=self._clock.now(),
                logged_by=self._settings.caregiver_name(),
            )
        return self._repo.get_dose(dose_id)

    def update_dose(self, dose_id: str, **fields: object) -> DoseEvent:
        current = self._repo.get_dose(dose_id)
        medicine = self._repo.get(current.medicine_id)
        fields.setdefault("given_by", current.given_by)
        dose = self._check_dose(medicine, dict(fields))
        with self._database.transaction():
            self._refuse_second_answer(medicine, dose, dose_id)
            self._repo.update_dose(dose_id, medicine.id, dose, now=self._clock.now())
        return self._repo.get_dose(dose_id)

    def delete_dose(self, dose_id: str) -> bool:
        return self._repo.delete_dose(dose_id, now=self._clock.now())

    def undo_delete_dose(self, dose_id: str) -> bool:
        return self._repo.undelete_dose(dose_id, now=self._clock.now())

    def dose(self, dose_id: str) -> DoseEvent:
        return self._repo.get_dose(dose_id)

    def doses(
        self,
        child_id: str,
        start: date | None = None,
        end: date | None = None,
        *,
        medicine_id: str | None = None,
    ) -> list[DoseEvent]:
        return self._repo.doses(child_id, start, end, medicine_id=medicine_id)

    def due_doses(self, child_id: str, day: date | None = None) -> list[DueDose]:
        """Every scheduled dose of the child's medicines on ``day`` (default today), in
        time order, each with its dose-log answer if it has one."""
        day = day or self.today()
        events = {
            (e.medicine_id, e.scheduled_for): e
            for e in self._repo.doses_answering(child_id, day, day)
            if e.scheduled_for is not None
        }
        due: list[DueDose] = []
        for medicine in self._repo.medicines(child_id):
            for occurrence in occurrences(
                medicine.schedule,
                medicine.zone,
                day,
                day,
                active_from=medicine.start_date,
                active_to=medicine.end_date,
            ):
                due.append(
                    DueDose(medicine, occurrence, events.get((medicine.id, occurrence.instant)))
                )
        return sorted(due, key=lambda d: (d.occurrence.instant, d.medicine.name.casefold()))

    def adherence(self, child_id: str, start: date, end: date) -> list[Adherence]:
        """Per medicine taken in ``start``..``end`` (local days, both included): scheduled
        doses due by now given on time, late, skipped or not recorded, and as-needed doses
        given. For the window and the PDF summary."""
        events = self._repo.doses_answering(child_id, start, end)
        now = self._clock.now()
        return [
            adherence(medicine, events, start, end, now)
            for medicine in self._repo.medicines(child_id)
            if medicine.start_date <= end
            and (medicine.end_date is None or medicine.end_date >= start)
        ]

    # CSV --------------------------------------------------------------------------------

    def import_medicines(self, child_id: str, path: Path) -> ImportResult:
        return self.import_medicine_csv(child_id, read_input_file(path))

    def import_medicine_csv(self, child_id: str, data: bytes) -> ImportResult:
        child = self._children.get(child_id)
        rows = read_medicine_csv(data, birth_date=child.birth_date)
        caregiver = self._settings.caregiver_name()
        added, already = self._repo.add_missing(
            child.id,
            self.zone(),
            ((row.medicine, row.logged_by or caregiver) for row in rows),
            now=self._clock.now(),
        )
        return ImportResult(child, added, already)

    def export_medicines(self, child_id: str, path: Path) -> ExportResult:
        """Every medicine of the child (current and stopped), with the stock on hand now."""
        child = self._children.get(child_id)
        medicines = self._repo.medicines(child.id)
        data = medicine_csv_bytes(
            medicine_csv_row(m, self._repo.stock_on_hand(m)) for m in medicines
        )
        write_file_atomically(path, data)
        return ExportResult(child, path, len(medicines), None, None)

    def import_doses(self, child_id: str, path: Path) -> ImportResult:
        return self.import_dose_csv(child_id, read_input_file(path))

    def import_dose_csv(self, child_id: str, data: bytes) -> ImportResult:
        """All or nothing. A row already in the log counts as there; a scheduled dose that
        already has a different answer (or two in the file) is a problem on its line."""
        child = self._children.get(child_id)
        rows = read_dose_csv(
            data,
            medicines=self._repo.medicines(child.id),
            zone=self.zone(),
            birth_date=child.birth_date,
            now=self._clock.now(),
        )
        caregiver = self._settings.caregiver_name()
        with self._database.transaction():
            stored = self._repo.doses(child.id)
            same = {stored_dose_key(e) for e in stored}
            taken = {
                (e.medicine_id, format_instant(e.scheduled_for))
                for e in stored
                if e.scheduled_for is not None
            }
            problems: list[Problem] = []
            for row in rows:
                if row.dose.scheduled is None or dose_key(row.medicine.id, row.dose) in same:
                    continue
                slot = (row.medicine.id, format_instant(row.dose.scheduled.instant))
                if slot in taken:
                    problems.append(
                        Problem(
                            "scheduled_time",
                            QT_TRANSLATE_NOOP(
                                "Validation",
                                "the {time} dose of {medicine} on {date} already has another "
                                "entry (in the log or earlier in this file)",
                            ),
                            {
                                "time": row.dose.scheduled.wall_time.strftime("%H:%M"),
                                "medicine": row.medicine.name,
                                "date": row.dose.scheduled.local_date.isoformat(),
                            },
                            row.line,
                        )
                    )
                taken.add(slot)
            if problems:
                raise ValidationFailed(problems)
            added, already = self._repo.add_missing_doses(
                child.id,
                ((row.medicine.id, row.dose, row.logged_by or caregiver) for row in rows),
                now=self._clock.now(),
            )
        return ImportResult(child, added, already)

    def export_doses(
        self, child_id: str, path: Path, *, start: date | None = None, end: date | None = None
    ) -> ExportResult:
        """The dose log from ``start`` to ``end`` (local days, both included; None is open),
        oldest first, each dose naming its medicine; given times local to the family's zone."""
        child = self._children.get(child_id)
        names = {m.id: m.name for m in self._repo.medicines(child.id)}
        events = [e for e in self._repo.doses(child.id, start, end) if e.medicine_id in names]
        tz = ZoneInfo(self.zone())
        write_file_atomically(
            path, dose_csv_bytes(dose_csv_row(e, names[e.medicine_id], tz) for e in events)
        )
        return ExportResult(child, path, len(events), start, end)


def _medicine_fields(fields: dict[str, object]) -> dict[str, object]:
    unknown = set(fields) - set(_MEDICINE_FIELDS)
    if unknown:
        raise TypeError(f"unknown medicine fields: {sorted(unknown)}")
    return fields
