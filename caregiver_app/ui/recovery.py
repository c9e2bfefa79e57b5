"""Opening the family's diary for the window, with a way out when it cannot be opened.

A damaged diary file is set aside (never changed) and the family is offered the newest good
backup or an empty diary (:class:`DamagedDialog`). A diary the app cannot open for another
reason (written by a newer version, an unusable folder) is explained calmly and left alone.

If the family closes the damage dialog, the app stops there. The next start finds the file
set aside and no diary in its place, and offers the same choice again, rather than quietly
starting an empty diary that would hide the backup from them.

Until a diary is open the family's language is unknown (it is a setting inside the diary),
so these messages are in the system's language."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from caregiver_app import APP_DISPLAY_NAME
from caregiver_app.core.clock import Clock
from caregiver_app.i18n import install_translators, resolve_language, translate
from caregiver_app.services.app import AppServices, open_app
from caregiver_app.services.backups import BackupInfo, newest_good_backup
from caregiver_app.storage.database import (
    DATABASE_FILENAME,
    BackgroundInspection,
    DatabaseDamaged,
    StorageError,
)

#: How the storage layer names a damaged file it set aside (database.set_aside).
_SET_ASIDE_NAME = re.compile(
    re.escape(DATABASE_FILENAME) + r"\.corrupt-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<number>\d+))?$"
)


def open_services_for_window(
    data_dir: Path,
    parent: QWidget | None = None,
    clock: Clock | None = None,
    inspection: BackgroundInspection | None = None,
) -> AppServices | None:
    """The family's services, opened; None when the app should stop (the family closed the
    damage dialog, or the diary cannot be opened: they were told why)."""
    left_aside = _set_aside_last_time(data_dir)
    if left_aside is not None:
        return _offer_recovery(data_dir, left_aside, parent, clock)
    try:
        return open_app(data_dir, clock, set_aside_damaged=True, inspection=inspection)
    except DatabaseDamaged as damaged:
        if damaged.moved_to is None:  # pragma: no cover - set_aside_damaged always moves it
            _tell(parent, partial(damaged.render, translate))
            return None
        return _offer_recovery(
            data_dir, damaged.moved_to, parent, clock, damaged.newest_good_backup
        )
    except StorageError as error:
        _tell(parent, partial(error.render, translate))
        return None
    except OSError as error:
        # Setting a damaged file aside can fail (a read-only folder): say so calmly.
        reason = error.strerror or str(error)
        _tell(
            parent,
            lambda: QCoreApplication.translate(
                "Recovery",
                "The diary in {folder} could not be opened ({reason}). Check that the folder "
                "is yours and that its disk is connected and not full, then open the app "
                "again.",
            ).format(folder=data_dir, reason=reason),
        )
        return None


def _offer_recovery(
    data_dir: Path,
    moved_to: Path,
    parent: QWidget | None,
    clock: Clock | None,
    good_backup: BackupInfo | None = None,
) -> AppServices | None:
    from caregiver_app.ui.dialogs.damaged_dialog import DamagedDialog

    if good_backup is None:
        good_backup = newest_good_backup(data_dir)
    with _system_language():
        dialog = DamagedDialog(data_dir, moved_to, good_backup, clock, parent)
        try:
            dialog.exec()
            return dialog.services
        finally:
            dialog.deleteLater()


def _set_aside_last_time(data_dir: Path) -> Path | None:
    """The damaged file an earlier start set aside, if the family closed the app without
    choosing what to do (no diary file has taken its place)."""
    diary = data_dir / DATABASE_FILENAME
    try:
        if diary.exists() and diary.stat().st_size > 0:
            return None
        candidates = [
            (match["stamp"], int(match["number"] or 1), data_dir / name)
            for name in (entry.name for entry in data_dir.iterdir())
            if (match := _SET_ASIDE_NAME.match(name)) is not None
        ]
    except OSError:
        return None  # open_app explains an unusable folder
    return max(candidates)[2] if candidates else None


def _tell(parent: QWidget | None, text: Callable[[], str]) -> None:
    """A calm message, worded once the system language's translators are in."""
    with _system_language():
        QMessageBox.warning(parent, APP_DISPLAY_NAME, text())


@contextmanager
def _system_language() -> Iterator[None]:
    app = QCoreApplication.instance()
    translators = install_translators(app, resolve_language("")) if app is not None else []
    try:
        yield
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
