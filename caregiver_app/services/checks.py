"""Routine and family-added checks: their state (last done, next due, status), the interval
the care team set (who and when), and checks recorded by hand. Shared by the window, the
agenda, the calendar export and the reminders.

Intervals start at suggestions (``resources/guidance/check_intervals.json``) that the app
always labels as suggestions to confirm with the care team (no guideline interval could be
confirmed for this form of osteopetrosis)."""

from __future__ import annotations

import functools
import json
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from caregiver_app.core.appointments import RoutineCheck
from caregiver_app.core.checks import (
    CheckRecord,
    CheckSetting,
    CheckState,
    IntervalSuggestion,
    evaluate_checks,
    parse_interval_suggestions,
    routine_of,
    validate_check_record,
    validate_check_setting,
    validate_custom_check_name,
)
from caregiver_app.core.clock import Clock
from caregiver_app.paths import resources_dir
from caregiver_app.services.app import AppServices
from caregiver_app.services.settings import SettingsService
from caregiver_app.storage.appointments_repo import AppointmentsRepository
from caregiver_app.storage.checks_repo import ChecksRepository
from caregiver_app.storage.children_repo import ChildrenRepository
from caregiver_app.storage.reminders_repo import RemindersRepository


def check_intervals_path() -> Path:
    return resources_dir() / "guidance" / "check_intervals.json"


@functools.cache
def _suggestions_from(path: Path) -> dict[RoutineCheck, IntervalSuggestion]:
    return parse_interval_suggestions(json.loads(path.read_text(encoding="utf-8")))


def load_interval_suggestions(path: Path | None = None) -> dict[RoutineCheck, IntervalSuggestion]:
    """The starting suggestions, each flagged "to confirm with the care team"."""
    return dict(_suggestions_from(path or check_intervals_path()))


class ChecksService:
    def __init__(
        self,
        repository: ChecksRepository,
        appointments: AppointmentsRepository,
        children: ChildrenRepository,
        reminder_state: RemindersRepository,
        settings: SettingsService,
        clock: Clock,
    ) -> None:
        self._repo = repository
        self._appointments = appointments
        self._children = children
        self._reminder_state = reminder_state
        self._settings = settings
        self._clock = clock

    @classmethod
    def for_app(cls, app: AppServices) -> ChecksService:
        return cls(
            ChecksRepository(app.database),
            AppointmentsRepository(app.database),
            ChildrenRepository(app.database),
            RemindersRepository(app.database),
            app.settings,
            app.clock,
        )

    @property
    def repository(self) -> ChecksRepository:
        return self._repo

    def zone(self) -> str:
        return self._settings.time_zone()

    def today(self, now: datetime | None = None) -> date:
        return (now or self._clock.now()).astimezone(ZoneInfo(self.zone())).date()

    @staticmethod
    def suggestions() -> dict[RoutineCheck, IntervalSuggestion]:
        return load_interval_suggestions()

    # State ------------------------------------------------------------------------------

    def checks(self, child_id: str, *, now: datetime | None = None) -> list[CheckState]:
        """Every check of the child at ``now`` (default: the clock's): the routine ones in
        their fixed order (eye, hearing, dental, blood, growth), then the family's own by
        name, each with last done, next due and status."""
        now = now or self._clock.now()
        return evaluate_checks(
            child_id=child_id,
            settings=self._repo.settings(child_id),
            suggestions=self.suggestions(),
            appointments=self._appointments.all(child_id),
            records=self._repo.records(child_id),
            default_lead_days=self._reminder_state.preferences().check_days_before,
            today=self.today(now),
            now=now,
        )

    def check(self, child_id: str, key: str, *, now: datetime | None = None) -> CheckState:
        for state in self.checks(child_id, now=now):
            if state.key == key:
                return state
        raise KeyError(key)

    def _custom(self, child_id: str, key: str) -> CheckSetting:
        setting = self._repo.setting(key)
        if setting.child_id != child_id or setting.routine is not None:
            raise KeyError(key)
        return setting

    # Intervals --------------------------------------------------------------------------

    def set_interval(
        self,
        child_id: str,
        key: str,
        *,
        interval: object,
        unit: object,
        set_by: object,
        lead_days: object = None,
    ) -> CheckState:
        """Records the interval the care team set for a check (``set_by``: who; the time is
        now), so it is no longer a suggestion. ``lead_days`` (optional): how many days before
        the due day it counts as due soon and reminds; blank: the reminder preference."""
        checked = validate_check_setting(
            interval=interval, unit=unit, set_by=set_by, lead_days=lead_days
        )
        routine = routine_of(key)
        child = self._children.get(child_id)
        if routine is not None:
            self._repo.set_routine_interval(
                child.id,
                routine,
                checked,
                is_suggestion=False,
                now=self._clock.now(),
                logged_by=self._settings.caregiver_name(),
            )
        else:
            current = self._custom(child.id, key)
            self._repo.update_custom(current.meta.id, current.name, checked, now=self._clock.now())
        return self.check(child.id, key)

    # Custom checks ----------------------------------------------------------------------

    def add_custom_check(
        self,
        child_id: str,
        *,
        name: object,
        interval: object,
        unit: object,
        set_by: object,
        lead_days: object = None,
    ) -> CheckState:
        """Adds a check of the family's own (a kidney ultrasound, say) with its interval and
        who set it; the name must differ from the child's other checks."""
        child = self._children.get(child_id)
        checked = validate_check_setting(
            interval=interval, unit=unit, set_by=set_by, lead_days=lead_days
        )
        text = validate_custom_check_name(name, [s.name for s in self.checks(child.id)])
        key = self._repo.add_custom(
            child.id,
            text,
            checked,
            now=self._clock.now(),
            logged_by=self._settings.caregiver_name(),
        )
        return self.check(child.id, key)

    def update_custom_check(
        self,
        child_id: str,
        key: str,
        *,
        name: object,
        interval: object,
        unit: object,
        set_by: object,
        lead_days: object = None,
    ) -> CheckState:
        current = self._custom(child_id, key)
        checked = validate_check_setting(
            interval=interval, unit=unit, set_by=set_by, lead_days=lead_days
        )
        others = [s.name for s in self.checks(child_id) if s.key != key]
        text = validate_custom_check_name(name, others)
        self._repo.update_custom(current.meta.id, text, checked, now=self._clock.now())
        return self.check(child_id, key)

    def delete_custom_check(self, child_id: str, key: str) -> bool:
        """Deletes a family-added check (its records stay; undo brings it back)."""
        current = self._custom(child_id, key)
        return self._repo.delete_setting(current.meta.id, now=self._clock.now())

    def undo_delete_custom_check(self, child_id: str, key: str) -> bool:
        current = self._repo.setting(key)
        if current.child_id != child_id or current.routine is not None:
            raise KeyError(key)
        return self._repo.undelete_setting(key, now=self._clock.now())

    # Records ----------------------------------------------------------------------------

    def record_done(
        self, child_id: str, key: str, *, done_on: object, result_notes: object = ""
    ) -> CheckRecord:
        """Records a check done on a day, with its result notes (for a check done outside an
        appointment kept in the app). Raises ValidationFailed naming ``done_on`` or
        ``result_notes``."""
        child = self._children.get(child_id)
        if routine_of(key) is None:
            self._custom(child.id, key)
        checked = validate_check_record(
            done_on=done_on,
            result_notes=result_notes,
            birth_date=child.birth_date,
            today=self.today(),
        )
        record_id = self._repo.add_record(
            child.id,
            key,
            checked,
            now=self._clock.now(),
            logged_by=self._settings.caregiver_name(),
        )
        return self._repo.record(record_id)

    def records(self, child_id: str, key: str | None = None) -> list[CheckRecord]:
        """Checks recorded by hand, newest first."""
        return self._repo.records(child_id, key)

    def delete_record(self, record_id: str) -> bool:
        return self._repo.delete_record(record_id, now=self._clock.now())

    def undo_delete_record(self, record_id: str) -> bool:
        return self._repo.undelete_record(record_id, now=self._clock.now())
