"""The symptom diary's use cases: log, edit, delete and undo, mark quiet days, filter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from zoneinfo import ZoneInfo

from caregiver_app.core.catalogue import Catalogue
from caregiver_app.core.clock import Clock
from caregiver_app.core.records import DiaryFilter, QuietDay, SymptomEntry
from caregiver_app.core.validation import validate_symptom
from caregiver_app.services.settings import SettingsService
from caregiver_app.storage.children_repo import ChildrenRepository
from caregiver_app.storage.symptoms_repo import SymptomsRepository


class DiaryService:
    def __init__(
        self,
        symptoms: SymptomsRepository,
        children: ChildrenRepository,
        settings: SettingsService,
        catalogue: Catalogue,
        clock: Clock,
    ) -> None:
        self._symptoms = symptoms
        self._children = children
        self._settings = settings
        self.catalogue = catalogue
        self._clock = clock

    @property
    def repository(self) -> SymptomsRepository:
        return self._symptoms

    def zone(self) -> str:
        return self._settings.time_zone()

    def today(self) -> date:
        return self._clock.now().astimezone(ZoneInfo(self.zone())).date()

    def log(
        self,
        child_id: str,
        *,
        day: object,
        clock_time: object,
        symptom: object,
        severity: object,
        notes: object = "",
    ) -> SymptomEntry:
        """Validates and saves one entry in its own transaction; raises ValidationFailed."""
        child = self._children.get(child_id)
        checked = validate_symptom(
            day=day,
            clock_time=clock_time,
            symptom=symptom,
            severity=severity,
            notes=notes,
            zone=self.zone(),
            catalogue=self.catalogue,
            birth_date=child.birth_date,
            now=self._clock.now(),
        )
        entry_id = self._symptoms.add(
            child_id, checked, now=self._clock.now(), logged_by=self._settings.caregiver_name()
        )
        return self._symptoms.get(entry_id)

    def update(
        self,
        entry_id: str,
        *,
        day: object,
        clock_time: object,
        symptom: object,
        severity: object,
        notes: object = "",
    ) -> SymptomEntry:
        current = self._symptoms.get(entry_id)
        child = self._children.get(current.child_id)
        checked = validate_symptom(
            day=day,
            clock_time=clock_time,
            symptom=symptom,
            severity=severity,
            notes=notes,
            zone=current.zone,
            catalogue=self.catalogue,
            birth_date=child.birth_date,
            now=self._clock.now(),
        )
        if (
            checked.time_known == current.time_known
            and checked.local_date == current.local_date
            and checked.local_time_text() == current.local_time().strftime("%H:%M")
        ):
            # Same date and time as stored: keep the stored instant. A local time that
            # happens twice (clocks going back) would otherwise move to its first reading.
            checked = replace(checked, occurred_at=current.occurred_at)
        self._symptoms.update(entry_id, checked, now=self._clock.now())
        return self._symptoms.get(entry_id)

    def delete(self, entry_id: str) -> bool:
        return self._symptoms.delete(entry_id, now=self._clock.now())

    def undo_delete(self, entry_id: str) -> bool:
        return self._symptoms.undelete(entry_id, now=self._clock.now())

    def entry(self, entry_id: str) -> SymptomEntry:
        return self._symptoms.get(entry_id)

    def entries_on(self, child_id: str, day: date) -> list[SymptomEntry]:
        return self._symptoms.entries(DiaryFilter(child_id, start=day, end=day))

    def ids_for(self, diary_filter: DiaryFilter) -> list[tuple[str, str]]:
        return self._symptoms.ids_for(diary_filter)

    def fetch(self, entry_ids: Sequence[str]) -> dict[str, SymptomEntry]:
        return self._symptoms.fetch_many(entry_ids)

    def mark_nothing_unusual(self, child_id: str, day: date | None = None) -> bool:
        return self._symptoms.mark_quiet_day(
            child_id,
            day or self.today(),
            now=self._clock.now(),
            logged_by=self._settings.caregiver_name(),
        )

    def unmark_nothing_unusual(self, child_id: str, day: date | None = None) -> bool:
        return self._symptoms.unmark_quiet_day(child_id, day or self.today(), now=self._clock.now())

    def quiet_days(
        self, child_id: str, start: date | None = None, end: date | None = None
    ) -> list[QuietDay]:
        return self._symptoms.quiet_days(child_id, start, end)
