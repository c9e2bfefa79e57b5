"""Opens a family's data folder and wires the services together."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from caregiver_app.core.catalogue import Catalogue, load_catalogue
from caregiver_app.core.clock import Clock, SystemClock
from caregiver_app.core.messages import QT_TRANSLATE_NOOP
from caregiver_app.paths import symptom_catalogue_path
from caregiver_app.services.backups import (
    BackupService,
    keep_for_good,
    migration_backup_hook,
    newest_good_backup,
    set_aside_database,
)
from caregiver_app.services.diary import DiaryService
from caregiver_app.services.family import FamilyService
from caregiver_app.services.settings import SettingsService
from caregiver_app.storage.backup import BACKUP_DIRNAME
from caregiver_app.storage.children_repo import ChildrenRepository
from caregiver_app.storage.database import (
    DATABASE_FILENAME,
    BackgroundInspection,
    Database,
    DatabaseDamaged,
    open_database,
)
from caregiver_app.storage.settings_repo import SettingsRepository
from caregiver_app.storage.symptoms_repo import SymptomsRepository

if TYPE_CHECKING:
    from caregiver_app.services.appointments import AppointmentsService
    from caregiver_app.services.checks import ChecksService
    from caregiver_app.services.dental import DentalService
    from caregiver_app.services.medicines import MedicinesService
    from caregiver_app.services.redflags import RedFlagsService
    from caregiver_app.services.reminders import RemindersService
    from caregiver_app.services.reports import ReportsService

PRIVATE_UMASK = 0o077


def make_files_private() -> None:
    """Every file the app creates from now on is readable by this user only."""
    os.umask(PRIVATE_UMASK)


@dataclass
class AppServices:
    data_dir: Path
    database: Database
    clock: Clock
    catalogue: Catalogue
    settings: SettingsService
    family: FamilyService
    diary: DiaryService
    backups: BackupService

    # The care records are built when first asked for: the window's first paint does not
    # wait for their modules (and the eruption chart's data file).
    @cached_property
    def medicines(self) -> MedicinesService:
        from caregiver_app.services.medicines import MedicinesService

        return MedicinesService.for_app(self)

    @cached_property
    def appointments(self) -> AppointmentsService:
        from caregiver_app.services.appointments import AppointmentsService

        return AppointmentsService.for_app(self)

    @cached_property
    def dental(self) -> DentalService:
        from caregiver_app.services.dental import DentalService

        return DentalService.for_app(self)

    @cached_property
    def checks(self) -> ChecksService:
        from caregiver_app.services.checks import ChecksService

        return ChecksService.for_app(self)

    @cached_property
    def reminders(self) -> RemindersService:
        from caregiver_app.services.reminders import RemindersService

        return RemindersService.for_app(self)

    @cached_property
    def redflags(self) -> RedFlagsService:
        from caregiver_app.services.redflags import RedFlagsService

        return RedFlagsService.for_app(self)

    @cached_property
    def reports(self) -> ReportsService:
        from caregiver_app.services.reports import ReportsService

        return ReportsService.for_app(self)

    def close(self) -> None:
        self.database.close()


def open_app(
    data_dir: Path,
    clock: Clock | None = None,
    *,
    set_aside_damaged: bool = False,
    inspection: BackgroundInspection | None = None,
) -> AppServices:
    """Opens the family's diary in ``data_dir`` (creating it if there is none), checked with
    ``quick_check`` and migrated (after a backup) to this app's schema.

    A damaged diary raises :class:`DatabaseDamaged` carrying the newest good backup. With
    ``set_aside_damaged`` (the window) the damaged file and its ``-wal``/``-shm`` are first
    moved aside (``moved_to``), so the family can restore a backup with
    :func:`~caregiver_app.services.backups.restore_into_empty` or start again; without it
    (the command line) the file is left untouched and the message names the commands that
    help."""
    clock = clock or SystemClock()
    try:
        database = open_database(
            data_dir / DATABASE_FILENAME,
            backup=migration_backup_hook(data_dir / BACKUP_DIRNAME, clock),
            inspection=inspection,
        )
    except DatabaseDamaged as damaged:
        raise _damaged(data_dir, damaged, clock, set_aside_damaged) from damaged
    catalogue = load_catalogue(symptom_catalogue_path())
    settings = SettingsService(SettingsRepository(database))
    children = ChildrenRepository(database)
    family = FamilyService(children, settings, clock)
    diary = DiaryService(SymptomsRepository(database), children, settings, catalogue, clock)
    backups = BackupService(database, data_dir, settings, clock)
    return AppServices(data_dir, database, clock, catalogue, settings, family, diary, backups)


def _damaged(
    data_dir: Path, damaged: DatabaseDamaged, clock: Clock, set_aside: bool
) -> DatabaseDamaged:
    good = newest_good_backup(data_dir)
    if not set_aside:
        if good is None:
            text = QT_TRANSLATE_NOOP(
                "Errors",
                "The diary file {path} is damaged ({problem}). It was not changed. To see "
                "what is wrong: caregiver-app check. There is no good backup in the backups "
                "folder; if you have one elsewhere (a USB stick), put it in place with: "
                "caregiver-app restore FILE (the damaged file is kept aside).",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "Errors",
                "The diary file {path} is damaged ({problem}). It was not changed. To see "
                "what is wrong: caregiver-app check. To put your newest good backup in its "
                "place (the damaged file is kept aside): caregiver-app restore {backup}",
            )
        return DatabaseDamaged(
            text, path=damaged.path, problems=damaged.problems, newest_good_backup=good
        )
    moved_to = set_aside_database(data_dir, clock)
    if good is not None:
        # A fresh diary started after this makes daily backups of its own, which would push
        # the last good one out of the 14 kept: it is kept for good instead.
        good = keep_for_good(good)
    return DatabaseDamaged(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The diary file was damaged ({problem}). It has been moved aside, unchanged, to "
            "{moved_to}.",
        ),
        path=damaged.path,
        problems=damaged.problems,
        moved_to=moved_to,
        newest_good_backup=good,
    )
