"""Starting the window: the Qt application, one window per diary, the family's data,
translations, first run, a private log and a calm answer to bugs.

Kept lean for a fast first paint: no report or scheduler imports here, and the pages read
only what the first screen shows (today's entries), never the whole diary.

Two environment variables exist for tests and the benchmark only (both print to stdout):

- ``CAREGIVER_APP_EXIT_AFTER_PAINT=1``: print ``first-paint`` after the window's first paint,
  then quit (the benchmark's start-up measure).
- ``CAREGIVER_APP_TEST_EVENTS=1``: print ``ready`` once the window is shown and a second start
  can reach it, and ``raised`` each time a second start brought it forward (the
  single-instance tests run real processes and read these lines)."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from caregiver_app import APP_DISPLAY_NAME, APP_NAME, ORGANIZATION, __version__
from caregiver_app.i18n import apply_locale, install_translators, resolve_language
from caregiver_app.logs import describe_exception, log_exception, open_private_log
from caregiver_app.paths import (
    default_data_dir,
    missing_recorded_data_dir,
    read_mount_table,
    resources_dir,
)
from caregiver_app.services.app import AppServices
from caregiver_app.storage.database import BackgroundInspection
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.main_window import MainWindow
from caregiver_app.ui.recovery import open_services_for_window
from caregiver_app.ui.script_font import use_a_font_for
from caregiver_app.ui.single_instance import Claim, SingleInstance, bring_to_front

DESKTOP_FILE_NAME = "org.caregivercompanion.CaregiverCompanion"
#: The app's icon sizes in resources/icons/hicolor/<n>x<n>/apps/ (packaging/linux/render_icons.py).
ICON_SIZES = (16, 32, 48, 64, 128, 256)
EXIT_AFTER_PAINT_ENV = "CAREGIVER_APP_EXIT_AFTER_PAINT"
TEST_EVENTS_ENV = "CAREGIVER_APP_TEST_EVENTS"

log = logging.getLogger("caregiver_app.window")

MountTable = Sequence[tuple[str, str]]


def application() -> QApplication:
    """The one QApplication, created and named on first use."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The app's icon at every size it ships; each image is decoded only when first drawn."""
    icon = QIcon()
    hicolor = resources_dir() / "icons" / "hicolor"
    for size in ICON_SIZES:
        path = hicolor / f"{size}x{size}" / "apps" / f"{DESKTOP_FILE_NAME}.png"
        icon.addFile(str(path), QSize(size, size))
    return icon


def show_calm_message(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, APP_DISPLAY_NAME, text)


def report_test_event(name: str) -> None:
    """Prints ``name`` on its own line when ``CAREGIVER_APP_TEST_EVENTS=1`` (tests only)."""
    if os.environ.get(TEST_EVENTS_ENV) == "1":
        sys.stdout.write(f"{name}\n")
        sys.stdout.flush()


def build_main_window(services: AppServices) -> MainWindow:
    """The window over already-open services, with its one set of data events."""
    return MainWindow(services, DataEvents())


class _AfterFirstPaint(QObject):
    """Calls ``action`` once, just after the window's first paint reached the screen."""

    def __init__(self, window: QWidget, action: Callable[[], None]) -> None:
        super().__init__(window)
        self._action: Callable[[], None] | None = action
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._action is not None:
            action, self._action = self._action, None
            # After the paint event is handled, so the frame really reached the screen.
            QTimer.singleShot(0, action)
        return False


class _FirstPaint(_AfterFirstPaint):
    """Prints ``first-paint`` after the window's first paint, then quits (for the bench)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window, self._report)

    def _report(self) -> None:
        sys.stdout.write("first-paint\n")
        sys.stdout.flush()
        # exit(), not quit(): quit() closes every window first, which would answer an open
        # welcome dialog with "Skip" on the family's behalf.
        QCoreApplication.exit(0)


def _print_safely(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """The error for a developer's terminal, without its message: a desktop session may keep
    a started app's stderr in a log of its own (~/.xsession-errors, the journal)."""
    sys.stderr.write(f"{APP_NAME}: unexpected error: {describe_exception(kind, error, trace)}\n")
    sys.stderr.flush()


class BugHook:
    """``sys.excepthook`` for the window: a bug (not something the family can fix) is logged
    privately (type and frames, never the message), explained in a calm dialog, and the app
    keeps running with the family's data. PySide routes exceptions raised in slots and in
    overridden Qt methods here.

    While the dialog is open, further errors (a failing paint repeats at once) are only
    logged, and the same error from the same place is shown once."""

    def __init__(self, window: MainWindow | None = None) -> None:
        self.window = window
        self._showing = False
        self._shown: set[tuple[str, str, int]] = set()

    def __call__(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        _print_safely(kind, error, trace)
        log_exception(kind, error, trace, where="window")
        draft_kept = self._keep_draft()
        frames = traceback.extract_tb(trace)
        where = (frames[-1].filename, frames[-1].lineno) if frames else ("", 0)
        key = (kind.__qualname__, *where)
        if self._showing or key in self._shown:
            return
        self._shown.add(key)
        self._showing = True
        try:
            show_calm_message(self.window, self.message(kind, error, draft_kept))
        finally:
            self._showing = False

    @staticmethod
    def message(
        kind: type[BaseException], error: BaseException, draft_kept: bool | None = None
    ) -> str:
        """The calm words; ``draft_kept``: whether the unsaved entry was stored as a draft
        (``None``: there was no window to keep one from)."""
        if draft_kept is None:
            template = QCoreApplication.translate(
                "App",
                "Something went wrong inside the app. What you saved is safe. If this happens "
                "again, please tell us what you were doing.\n\nDetails: {error}",
            )
        elif draft_kept:
            template = QCoreApplication.translate(
                "App",
                "Something went wrong inside the app. What you saved is safe, and your "
                "unsaved entry is kept as a draft. If this happens again, please tell us what "
                "you were doing.\n\nDetails: {error}",
            )
        else:
            template = QCoreApplication.translate(
                "App",
                "Something went wrong inside the app. What you saved is safe. Your unsaved "
                "entry could not be kept as a draft: it is still on the Today page, so save "
                "it there before closing the app.\n\nDetails: {error}",
            )
        text = template.format(error=f"{kind.__name__}: {error}")
        note = QCoreApplication.translate(
            "App",
            "A note about the error, without anything from your diary, was added to the "
            "app's log in the logs folder beside your diary.",
        )
        return f"{text}\n\n{note}"

    def _keep_draft(self) -> bool | None:
        if self.window is None:
            return None
        try:
            return self.window.today_page.flush_draft()
        except Exception:  # the draft is still in the form; this is only a second chance
            log.warning("the draft could not be kept after the error")
            return False

    @contextmanager
    def installed(self) -> Iterator[BugHook]:
        previous = sys.excepthook
        sys.excepthook = self
        try:
            yield self
        finally:
            sys.excepthook = previous


def _say_in_system_language(app: QApplication, text: Callable[[], str]) -> None:
    """A message before the family's diary (and so their language setting) is open."""
    translators = install_translators(app, resolve_language(""))
    try:
        show_calm_message(None, text())
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def _no_answer_text() -> str:
    return QCoreApplication.translate(
        "App",
        "Caregiver Companion is already open with this diary, but it did not answer. Look for "
        "its window on the taskbar. If it is not there, wait a minute and start the app "
        "again; restarting the computer also closes it.",
    )


def _missing_location_text(recorded: Path) -> str:
    return QCoreApplication.translate(
        "App",
        "Your diary was moved to {folder}, but that folder cannot be found now (is it on a "
        "disk that is not plugged in?). The app opened its usual folder instead. To get back "
        "to your diary, close the app, make the folder available and start the app again.",
    ).format(folder=recorded)


def run_window(
    data_dir: Path,
    *,
    mounts: MountTable | None = None,
    local_data_dir: Path | None = None,
    inspection: BackgroundInspection | None = None,
) -> int:
    """Runs the window over the diary in ``data_dir`` until it is closed; the exit status.

    ``mounts`` (the mount table, read from the system when ``None``) and ``local_data_dir``
    (the platform's own data folder) decide whether the diary is in a synced or remote place
    and where "this computer only" is; tests pass their own. ``inspection``: the diary's
    ``quick_check``, already started (see :class:`BackgroundInspection`)."""
    app = application()
    folder: Path | None = data_dir
    code = 0
    while folder is not None:
        code, folder = _run_session(app, folder, mounts, local_data_dir, inspection)
    return code


def _run_session(
    app: QApplication,
    data_dir: Path,
    mounts: MountTable | None,
    local_data_dir: Path | None,
    inspection: BackgroundInspection | None = None,
) -> tuple[int, Path | None]:
    """One window over one data folder: the exit status, and the folder to reopen (the diary
    moved) or ``None``."""
    instance = SingleInstance(data_dir)
    with contextlib.suppress(OSError):  # opening the diary explains what is wrong with it
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    claim = instance.claim()
    if claim is Claim.HANDED_OVER:
        return 0, None
    if claim is Claim.NO_ANSWER:
        _say_in_system_language(app, _no_answer_text)
        return 1, None
    private_log = open_private_log(data_dir, catch_fatal_errors=True)
    try:
        log.info("window starting (version %s)", __version__)
        if claim is Claim.UNAVAILABLE:
            log.warning("the lock file could not be created; starting without it")
        return _run_with_lock(app, data_dir, instance, mounts, local_data_dir, inspection)
    except Exception as error:
        _print_safely(type(error), error, error.__traceback__)
        log_exception(type(error), error, error.__traceback__, where="window start")
        _say_in_system_language(app, partial(BugHook.message, type(error), error))
        return 1, None
    finally:
        log.info("window closed")
        instance.release()
        if private_log is not None:
            private_log.close()


def _run_with_lock(
    app: QApplication,
    data_dir: Path,
    instance: SingleInstance,
    mounts: MountTable | None,
    local_data_dir: Path | None,
    inspection: BackgroundInspection | None = None,
) -> tuple[int, Path | None]:
    services = open_services_for_window(data_dir, inspection=inspection)
    if services is None:  # the family was told why, or closed the damaged-diary dialog
        log.warning("the diary was not opened")
        return 1, None
    language = resolve_language(services.settings.language())
    translators = install_translators(app, language)
    apply_locale(services.settings.language())
    use_a_font_for(app, language)
    reopen_at: list[Path] = []
    try:
        window = build_main_window(services)
        hook = BugHook(window)

        def reopen(folder: str) -> None:
            reopen_at.append(Path(folder))
            QCoreApplication.exit(0)

        def come_forward() -> None:
            bring_to_front(window)
            report_test_event("raised")

        window.reopen_requested.connect(reopen)
        instance.raise_requested.connect(come_forward)
        if os.environ.get(EXIT_AFTER_PAINT_ENV) == "1":
            _FirstPaint(window)
        with hook.installed():
            window.show()
            window.backup_timer.start()
            # After the first paint and what it queued (the Today page's panels, the bench's
            # exit): APScheduler and the catch-up never delay the first frame.
            window.reminder_ticker.start_after_first_paint(window)
            _first_dialogs(window, services, mounts, local_data_dir)
            QTimer.singleShot(0, lambda: report_test_event("ready"))
            code = app.exec()
        instance.raise_requested.disconnect(come_forward)
        if window.isVisible():
            window.close()  # remembers the window and keeps the draft
        # Gone before the database closes, with any dialog still open over it.
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return code, (reopen_at[0] if reopen_at else None)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        services.close()


def _first_dialogs(
    window: MainWindow,
    services: AppServices,
    mounts: MountTable | None,
    local_data_dir: Path | None,
) -> None:
    """What a start may have to say: a recorded folder that is gone, the one-time warning
    about a synced folder (after the first paint, then the welcome), or the welcome."""
    from caregiver_app.ui.dialogs.sync_warning_dialog import sync_warning_due

    local = local_data_dir if local_data_dir is not None else default_data_dir()
    missing = missing_recorded_data_dir()
    if missing is not None and services.data_dir.resolve() == local.resolve():
        show_calm_message(window, _missing_location_text(missing))
    table = read_mount_table() if mounts is None else mounts
    place = sync_warning_due(services, table, local)
    if place is not None:
        log.info("the diary is in a synced or remote folder; warning once")
        _AfterFirstPaint(window, lambda: window.show_sync_warning(place))
    elif window.needs_welcome():
        window.show_welcome()
