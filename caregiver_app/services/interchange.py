"""Importing and exporting a child's symptom diary as CSV (the contract: docs/csv-format.md).

Import is all or nothing and idempotent: rows already in the diary are counted, not added
again, as a multiset (a file that legitimately holds two identical rows adds both once)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from caregiver_app.core.catalogue import Catalogue
from caregiver_app.core.clock import Clock
from caregiver_app.core.records import Child, DiaryFilter
from caregiver_app.services.app import AppServices
from caregiver_app.services.family import FamilyService
from caregiver_app.services.settings import SettingsService
from caregiver_app.storage.database import Database
from caregiver_app.storage.interchange import (
    export_symptom_csv,
    read_input_file,
    read_symptom_csv,
    write_file_atomically,
)
from caregiver_app.storage.symptoms_repo import SymptomsRepository


@dataclass(frozen=True)
class ImportResult:
    child: Child
    added: int
    already_there: int  # rows of the file the diary held already

    @property
    def rows(self) -> int:
        return self.added + self.already_there


@dataclass(frozen=True)
class ExportResult:
    child: Child
    path: Path
    written: int
    start: date | None
    end: date | None


class InterchangeService:
    def __init__(
        self,
        symptoms: SymptomsRepository,
        family: FamilyService,
        settings: SettingsService,
        catalogue: Catalogue,
        clock: Clock,
        *,
        database: Database | None = None,
        red_flags: Callable[[str], object] | None = None,
    ) -> None:
        self._symptoms = symptoms
        self._database = database
        # Raises the imported episodes as red-flag alerts (listed, no dialog each).
        self._red_flags = red_flags
        self._family = family
        self._settings = settings
        self._catalogue = catalogue
        self._clock = clock

    @classmethod
    def for_app(cls, app: AppServices) -> InterchangeService:
        from caregiver_app.services.redflags import import_hook

        return cls(
            app.diary.repository,
            app.family,
            app.settings,
            app.catalogue,
            app.clock,
            database=app.database,
            red_flags=import_hook(app),
        )

    # Import -----------------------------------------------------------------------------

    def import_symptoms(self, child_id: str, path: Path) -> ImportResult:
        """Imports a CSV file; raises ValidationFailed (nothing written) on any bad row."""
        return self.import_symptom_csv(child_id, read_input_file(path))

    def import_symptom_csv(self, child_id: str, data: bytes) -> ImportResult:
        child = self._family.child(child_id)
        rows = read_symptom_csv(
            data,
            zone=self._settings.time_zone(),
            catalogue=self._catalogue,
            birth_date=child.birth_date,
            now=self._clock.now(),
        )
        caregiver = self._settings.caregiver_name()
        together = self._database.transaction() if self._database else contextlib.nullcontext()
        with together:  # the rows and their red-flag alerts land together, or neither
            added, already = self._symptoms.add_missing(
                child.id,
                ((row.entry, row.logged_by or caregiver) for row in rows),
                now=self._clock.now(),
            )
            if self._red_flags is not None:
                self._red_flags(child.id)
        return ImportResult(child, added, already)

    # Export -----------------------------------------------------------------------------

    def export_symptoms(
        self, child_id: str, path: Path, *, start: date | None = None, end: date | None = None
    ) -> ExportResult:
        """Writes the child's entries from ``start`` to ``end`` (inclusive; None is open),
        oldest first, with times local to the family's zone. The file is replaced whole or
        not at all."""
        child = self._family.child(child_id)
        entries = self._symptoms.entries(DiaryFilter(child.id, start=start, end=end))
        write_file_atomically(path, export_symptom_csv(entries, self._settings.time_zone()))
        return ExportResult(child, path, len(entries), start, end)
