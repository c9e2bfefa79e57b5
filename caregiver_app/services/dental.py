"""Dental care's use cases: daily ticks, care/visit/problem/procedure events (an extraction
returns a caution to show), tooth eruptions with the eruption chart and its late marks, and
CSV import/export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from caregiver_app.core.clock import Clock
from caregiver_app.core.dental import (
    Caution,
    DailyCare,
    DentalEvent,
    DentalEventInput,
    EruptionChart,
    PrimaryTooth,
    ToothEruption,
    ToothStatus,
    cautions_for,
    late_teeth,
    load_eruption_chart,
    tooth_statuses,
    validate_care_day,
    validate_dental_event,
    validate_eruption,
    validate_tick,
)
from caregiver_app.core.messages import QT_TRANSLATE_NOOP, Problem, ValidationFailed
from caregiver_app.paths import resources_dir
from caregiver_app.services.app import AppServices
from caregiver_app.services.appointments import CareExportResult, CareImportResult
from caregiver_app.services.settings import SettingsService
from caregiver_app.storage.appointments_repo import AppointmentsRepository
from caregiver_app.storage.care_csv import export_dental_csv, read_dental_csv
from caregiver_app.storage.children_repo import ChildrenRepository
from caregiver_app.storage.dental_repo import DentalRepository
from caregiver_app.storage.interchange import read_input_file, write_file_atomically


def eruption_chart_path() -> Path:
    return resources_dir() / "guidance" / "primary_teeth.json"


@dataclass(frozen=True)
class DentalSaveResult:
    """A saved event and the cautions to show the family (an extraction has one)."""

    event: DentalEvent
    cautions: tuple[Caution, ...]


class DentalService:
    def __init__(
        self,
        repository: DentalRepository,
        appointments: AppointmentsRepository,
        children: ChildrenRepository,
        settings: SettingsService,
        clock: Clock,
        chart: EruptionChart | None = None,
    ) -> None:
        self.repository = repository
        self._appointments = appointments
        self._children = children
        self._settings = settings
        self._clock = clock
        self.chart = chart or load_eruption_chart(eruption_chart_path())

    @classmethod
    def for_app(cls, app: AppServices) -> DentalService:
        return cls(
            DentalRepository(app.database),
            AppointmentsRepository(app.database),
            ChildrenRepository(app.database),
            app.settings,
            app.clock,
        )

    def today(self) -> date:
        return self._clock.now().astimezone(ZoneInfo(self._settings.time_zone())).date()

    # Daily care -------------------------------------------------------------------------

    def set_daily_tick(
        self, child_id: str, tick: object, ticked: bool = True, day: object = None
    ) -> bool:
        """Ticks (or unticks) brushing or fluoride toothpaste for a day (today by
        default); returns whether anything changed."""
        child = self._children.get(child_id)
        problems: list[Problem] = []
        which = validate_tick(tick, problems, field="tick")
        if problems or which is None:
            raise ValidationFailed(problems)
        on = validate_care_day(
            day=self.today() if day is None else day,
            birth_date=child.birth_date,
            today=self.today(),
        )
        return self.repository.set_tick(
            child.id,
            on,
            which,
            ticked,
            now=self._clock.now(),
            logged_by=self._settings.caregiver_name(),
        )

    def daily_care(
        self, child_id: str, start: date | None = None, end: date | None = None
    ) -> list[DailyCare]:
        return self.repository.daily_care(child_id, start, end)

    # Events -----------------------------------------------------------------------------

    def _checked_event(
        self,
        child_id: str,
        *,
        day: object,
        kind: object,
        tooth: object,
        antibiotic_cover: object,
        notes: object,
        appointment_id: str | None,
    ) -> tuple[str, DentalEventInput]:
        child = self._children.get(child_id)
        checked = validate_dental_event(
            day=day,
            kind=kind,
            birth_date=child.birth_date,
            today=self.today(),
            tooth=tooth,
            antibiotic_cover=antibiotic_cover,
            notes=notes,
            appointment_id=appointment_id,
        )
        if appointment_id is not None:
            try:
                linked = self._appointments.get(appointment_id)
            except KeyError:
                linked = None
            if linked is None or linked.child_id != child.id or linked.meta.deleted_at:
                raise ValidationFailed(
                    [
                        Problem(
                            "appointment",
                            QT_TRANSLATE_NOOP("Validation", "is not an appointment of this child"),
                        )
                    ]
                )
        return child.id, checked

    def add_event(
        self,
        child_id: str,
        *,
        day: object,
        kind: object,
        tooth: object = "",
        antibiotic_cover: object = "",
        notes: object = "",
        appointment_id: str | None = None,
    ) -> DentalSaveResult:
        """Saves a care, visit, problem, procedure or extraction; the result carries the
        cautions to show (an extraction: the jaw-infection caution)."""
        owner, checked = self._checked_event(
            child_id,
            day=day,
            kind=kind,
            tooth=tooth,
            antibiotic_cover=antibiotic_cover,
            notes=notes,
            appointment_id=appointment_id,
        )
        record_id = self.repository.add_event(
            owner, checked, now=self._clock.now(), logged_by=self._settings.caregiver_name()
        )
        return DentalSaveResult(self.repository.event(record_id), cautions_for(checked.kind))

    def update_event(
        self,
        event_id: str,
        *,
        day: object,
        kind: object,
        tooth: object = "",
        antibiotic_cover: object = "",
        notes: object = "",
        appointment_id: str | None = None,
    ) -> DentalSaveResult:
        current = self.repository.event(event_id)
        _, checked = self._checked_event(
            current.child_id,
            day=day,
            kind=kind,
            tooth=tooth,
            antibiotic_cover=antibiotic_cover,
            notes=notes,
            appointment_id=appointment_id,
        )
        self.repository.update_event(event_id, checked, now=self._clock.now())
        return DentalSaveResult(self.repository.event(event_id), cautions_for(checked.kind))

    def delete_event(self, event_id: str) -> bool:
        return self.repository.delete_event(event_id, now=self._clock.now())

    def undo_delete_event(self, event_id: str) -> bool:
        return self.repository.undelete_event(event_id, now=self._clock.now())

    def events(
        self, child_id: str, start: date | None = None, end: date | None = None
    ) -> list[DentalEvent]:
        return self.repository.events(child_id, start, end)

    # Eruptions --------------------------------------------------------------------------

    def record_eruption(self, child_id: str, tooth: object, day: object) -> ToothEruption:
        """Records (or corrects) the day a primary tooth came through."""
        child = self._children.get(child_id)
        number, on = validate_eruption(
            tooth=tooth, day=day, birth_date=child.birth_date, today=self.today()
        )
        record_id = self.repository.record_eruption(
            child.id, number, on, now=self._clock.now(), logged_by=self._settings.caregiver_name()
        )
        return next(item for item in self.repository.eruptions(child.id) if item.id == record_id)

    def delete_eruption(self, eruption_id: str) -> bool:
        return self.repository.delete_eruption(eruption_id, now=self._clock.now())

    def undo_delete_eruption(self, eruption_id: str) -> bool:
        return self.repository.undelete_eruption(eruption_id, now=self._clock.now())

    def eruptions(self, child_id: str) -> list[ToothEruption]:
        return self.repository.eruptions(child_id)

    def _erupted(self, child_id: str) -> dict[int, date]:
        return {item.tooth: item.erupted_on for item in self.repository.eruptions(child_id)}

    def eruption_chart(self, child_id: str, on: date | None = None) -> list[ToothStatus]:
        """Every primary tooth with its state on ``on`` (today by default): through,
        through late, not expected yet, due, or late."""
        child = self._children.get(child_id)
        return tooth_statuses(
            self.chart, child.birth_date, self._erupted(child.id), on or self.today()
        )

    def late_teeth(self, child_id: str, on: date | None = None) -> list[PrimaryTooth]:
        child = self._children.get(child_id)
        return late_teeth(self.chart, child.birth_date, self._erupted(child.id), on or self.today())

    # CSV ----------------------------------------------------------------------------------

    def import_csv(self, child_id: str, path: Path) -> CareImportResult:
        return self.import_csv_bytes(child_id, read_input_file(path))

    def import_csv_bytes(self, child_id: str, data: bytes) -> CareImportResult:
        """All or nothing, idempotent. An eruption that contradicts one already recorded
        (another day for the same tooth) is refused with its line."""
        child = self._children.get(child_id)
        rows = read_dental_csv(data, birth_date=child.birth_date, today=self.today())
        stored = self._erupted(child.id)
        problems = [
            Problem(
                "date",
                QT_TRANSLATE_NOOP(
                    "Interchange",
                    "tooth {tooth} is already recorded as coming through on {other}; "
                    "correct it in the app or in the file",
                ),
                {"tooth": row.eruption, "other": stored[row.eruption].isoformat()},
                line,
                "Interchange",
            )
            for line, row in rows
            if row.eruption is not None
            and row.eruption in stored
            and stored[row.eruption] != row.day
        ]
        if problems:
            raise ValidationFailed(problems)
        caregiver = self._settings.caregiver_name()
        added, already = self.repository.import_rows(
            child.id,
            ticks=[
                (row.day, row.tick, row.logged_by or caregiver)
                for _, row in rows
                if row.tick is not None
            ],
            eruptions=[
                (row.eruption, row.day, row.logged_by or caregiver)
                for _, row in rows
                if row.eruption is not None
            ],
            events=[
                (row.event, row.logged_by or caregiver) for _, row in rows if row.event is not None
            ],
            now=self._clock.now(),
        )
        return CareImportResult(child, added, already)

    def export_csv(self, child_id: str, path: Path) -> CareExportResult:
        child = self._children.get(child_id)
        care = self.repository.daily_care(child.id)
        eruptions = self.repository.eruptions(child.id)
        events = self.repository.events(child.id)
        data = export_dental_csv(care, eruptions, events)
        write_file_atomically(path, data)
        written = sum(day.brushing + day.fluoride_toothpaste for day in care)
        return CareExportResult(child, path, written + len(eruptions) + len(events))
