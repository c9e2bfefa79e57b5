"""Opens a family's data folder and wires the services together."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from caregiver_app.core.catalogue import Catalogue, load_catalogue
from caregiver_app.core.clock import Clock, SystemClock
from caregiver_app.paths import symptom_catalogue_path
from caregiver_app.services.diary import DiaryService
from caregiver_app.services.family import FamilyService
from caregiver_app.services.settings import SettingsService
from caregiver_app.storage.backup import BACKUP_DIRNAME, backup_into_folder
from caregiver_app.storage.children_repo import ChildrenRepository
from caregiver_app.storage.database import DATABASE_FILENAME, Database, open_database
from caregiver_app.storage.settings_repo import SettingsRepository
from caregiver_app.storage.symptoms_repo import SymptomsRepository

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

    def close(self) -> None:
        self.database.close()


def open_app(data_dir: Path, clock: Clock | None = None) -> AppServices:
    clock = clock or SystemClock()
    backups = data_dir / BACKUP_DIRNAME

    def backup_before_migration(conn: sqlite3.Connection, label: str) -> None:
        backup_into_folder(conn, backups, label)

    database = open_database(data_dir / DATABASE_FILENAME, backup=backup_before_migration)
    catalogue = load_catalogue(symptom_catalogue_path())
    settings = SettingsService(SettingsRepository(database))
    children = ChildrenRepository(database)
    family = FamilyService(children, settings, clock)
    diary = DiaryService(SymptomsRepository(database), children, settings, catalogue, clock)
    return AppServices(data_dir, database, clock, catalogue, settings, family, diary)
