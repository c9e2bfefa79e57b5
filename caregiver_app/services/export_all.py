"""``caregiver-app export all DIR``: every record type of every child, as CSV files.

This is a registry. Each record type that can be exported adds one ``(kind, exporter)`` pair
to :data:`EXPORTERS` (append to the tuple below, or call :func:`register_exporter` at import
time of your module *and* import that module here). An exporter writes one child's records
of its kind to the given file (whole or not at all) and returns how many it wrote.

Files land in ``DIR/<child>/<kind>.csv``, one folder per child (the child's name made safe
for a file name; children whose names clash get their record id's start added)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from caregiver_app.core.messages import QT_TRANSLATE_NOOP, UserError
from caregiver_app.core.records import Child
from caregiver_app.services.app import AppServices
from caregiver_app.services.appointments import AppointmentsService
from caregiver_app.services.dental import DentalService
from caregiver_app.services.interchange import InterchangeService
from caregiver_app.services.medicines import MedicinesService

Exporter = Callable[[AppServices, Child, Path], int]


def _symptoms(app: AppServices, child: Child, path: Path) -> int:
    return InterchangeService.for_app(app).export_symptoms(child.id, path).written


def _medicines(app: AppServices, child: Child, path: Path) -> int:
    return MedicinesService.for_app(app).export_medicines(child.id, path).written


def _doses(app: AppServices, child: Child, path: Path) -> int:
    return MedicinesService.for_app(app).export_doses(child.id, path).written


def _appointments(app: AppServices, child: Child, path: Path) -> int:
    return AppointmentsService.for_app(app).export_csv(child.id, path).written


def _dental(app: AppServices, child: Child, path: Path) -> int:
    return DentalService.for_app(app).export_csv(child.id, path).written


#: (kind, exporter): the kind names the file (``<kind>.csv``). Append new record types here.
EXPORTERS: list[tuple[str, Exporter]] = [
    ("symptoms", _symptoms),
    ("medicines", _medicines),
    ("doses", _doses),
    ("appointments", _appointments),
    ("dental", _dental),
]


def register_exporter(kind: str, exporter: Exporter) -> None:
    """Adds (or replaces) the exporter of ``kind``."""
    for index, (existing, _) in enumerate(EXPORTERS):
        if existing == kind:
            EXPORTERS[index] = (kind, exporter)
            return
    EXPORTERS.append((kind, exporter))


@dataclass(frozen=True)
class ExportedFile:
    child: Child
    kind: str
    path: Path
    written: int


_UNSAFE = re.compile(r"[^\w\-. ]+")


def child_folder_name(child: Child, clashes: bool) -> str:
    name = _UNSAFE.sub("_", child.name).strip(" .") or "child"
    return f"{name}-{child.id[:8]}" if clashes else name


def export_all(app: AppServices, folder: Path) -> list[ExportedFile]:
    """Writes every registered kind for every child into ``folder`` (created if needed)."""
    children = app.family.children()
    names = [child_folder_name(child, False).casefold() for child in children]
    written: list[ExportedFile] = []
    for child in children:
        clashes = names.count(child_folder_name(child, False).casefold()) > 1
        target = folder / child_folder_name(child, clashes)
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UserError(
                QT_TRANSLATE_NOOP("Interchange", "Could not make the folder {path}: {reason}."),
                "Interchange",
                path=str(target),
                reason=error.strerror or error.__class__.__name__,
            ) from error
        for kind, exporter in EXPORTERS:
            path = target / f"{kind}.csv"
            written.append(ExportedFile(child, kind, path, exporter(app, child, path)))
    return written
