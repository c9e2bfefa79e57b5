"""Appointments' use cases: plan, edit, mark done with an outcome, delete and undo, list,
"last done" of each routine check, and CSV import/export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from caregiver_app.core.appointments import (
    Appointment,
    AppointmentStatus,
    RoutineCheck,
    last_done_checks,
    validate_appointment,
)
from caregiver_app.core.clock import Clock
from caregiver_app.core.records import Child
from caregiver_app.services.app import AppServices
from caregiver_app.services.settings import SettingsService
from caregiver_app.storage.appointments_repo import AppointmentsRepository
from caregiver_app.storage.care_csv import export_appointment_csv, read_appointment_csv
from caregiver_app.storage.children_repo import ChildrenRepository
from caregiver_app.storage.interchange import read_input_file, write_file_atomically


@dataclass(frozen=True)
class CareImportResult:
    child: Child
    added: int
    already_there: int


@dataclass(frozen=True)
class CareExportResult:
    child: Child
    path: Path
    written: int


class AppointmentsService:
    def __init__(
        self,
        repository: AppointmentsRepository,
        children: ChildrenRepository,
        settings: SettingsService,
        clock: Clock,
    ) -> None:
        self.repository = repository
        self._children = children
        self._settings = settings
        self._clock = clock

    @classmethod
    def for_app(cls, app: AppServices) -> AppointmentsService:
        return cls(
            AppointmentsRepository(app.database),
            ChildrenRepository(app.database),
            app.settings,
            app.clock,
        )

    def zone(self) -> str:
        return self._settings.time_zone()

    def today(self) -> date:
        return self._clock.now().astimezone(ZoneInfo(self.zone())).date()

    def add(
        self,
        child_id: str,
        *,
        day: object,
        clock_time: object,
        specialty: object,
        clinician: object = "",
        place: object = "",
        purpose: object = "",
        questions: object = (),
        status: object = "planned",
        fulfils: object = "",
        outcome: object = "",
    ) -> Appointment:
        """Validates and saves one appointment (its own transaction); raises
        ValidationFailed naming each bad field."""
        child = self._children.get(child_id)
        checked = validate_appointment(
            day=day,
            clock_time=clock_time,
            specialty=specialty,
            zone=self.zone(),
            birth_date=child.birth_date,
            now=self._clock.now(),
            clinician=clinician,
            place=place,
            purpose=purpose,
            questions=questions,
            status=status,
            fulfils=fulfils,
            outcome=outcome,
        )
        record_id = self.repository.add(
            child.id, checked, now=self._clock.now(), logged_by=self._settings.caregiver_name()
        )
        return self.repository.get(record_id)

    def update(
        self,
        appointment_id: str,
        *,
        day: object,
        clock_time: object,
        specialty: object,
        clinician: object = "",
        place: object = "",
        purpose: object = "",
        questions: object = (),
        status: object = "planned",
        fulfils: object = "",
        outcome: object = "",
    ) -> Appointment:
        """Replaces every field; the appointment keeps the zone it was entered in."""
        current = self.repository.get(appointment_id)
        child = self._children.get(current.child_id)
        checked = validate_appointment(
            day=day,
            clock_time=clock_time,
            specialty=specialty,
            zone=current.zone,
            birth_date=child.birth_date,
            now=self._clock.now(),
            clinician=clinician,
            place=place,
            purpose=purpose,
            questions=questions,
            status=status,
            fulfils=fulfils,
            outcome=outcome,
        )
        self.repository.update(appointment_id, checked, now=self._clock.now())
        return self.repository.get(appointment_id)

    def set_status(
        self, appointment_id: str, status: object, *, outcome: object | None = None
    ) -> Appointment:
        """Marks an appointment done, cancelled, missed or planned again (optionally with
        the outcome notes), keeping everything else."""
        current = self.repository.get(appointment_id)
        return self.update(
            appointment_id,
            day=current.local_date,
            clock_time=current.local_time,
            specialty=current.specialty.value,
            clinician=current.clinician,
            place=current.place,
            purpose=current.purpose,
            questions=list(current.questions),
            status=status,
            fulfils=current.fulfils.value if current.fulfils else "",
            outcome=current.outcome if outcome is None else outcome,
        )

    def delete(self, appointment_id: str) -> bool:
        return self.repository.delete(appointment_id, now=self._clock.now())

    def undo_delete(self, appointment_id: str) -> bool:
        return self.repository.undelete(appointment_id, now=self._clock.now())

    def appointment(self, appointment_id: str) -> Appointment:
        return self.repository.get(appointment_id)

    def appointments(
        self, child_id: str, start: date | None = None, end: date | None = None
    ) -> list[Appointment]:
        """Earliest first."""
        return self.repository.all(child_id, start, end)

    def upcoming(self, child_id: str) -> list[Appointment]:
        """Planned appointments from now on, earliest first."""
        now = self._clock.now()
        return [
            item
            for item in self.repository.all(child_id, start=self.today())
            if item.status is AppointmentStatus.PLANNED and item.starts_at >= now
        ]

    def last_done_checks(self, child_id: str) -> dict[RoutineCheck, date | None]:
        """For each routine check, the date of the latest done appointment that fulfilled
        it (``None``: never recorded). Reminders count from these."""
        return last_done_checks(self.repository.all(child_id))

    # CSV ----------------------------------------------------------------------------------

    def import_csv(self, child_id: str, path: Path) -> CareImportResult:
        return self.import_csv_bytes(child_id, read_input_file(path))

    def import_csv_bytes(self, child_id: str, data: bytes) -> CareImportResult:
        """All or nothing; rows already stored are counted, not added again."""
        child = self._children.get(child_id)
        rows = read_appointment_csv(
            data, zone=self.zone(), birth_date=child.birth_date, now=self._clock.now()
        )
        caregiver = self._settings.caregiver_name()
        added, already = self.repository.add_missing(
            child.id,
            ((item, logged_by or caregiver) for _, item, logged_by in rows),
            now=self._clock.now(),
        )
        return CareImportResult(child, added, already)

    def export_csv(self, child_id: str, path: Path) -> CareExportResult:
        child = self._children.get(child_id)
        items = self.repository.all(child.id)
        write_file_atomically(path, export_appointment_csv(items, self.zone()))
        return CareExportResult(child, path, len(items))
