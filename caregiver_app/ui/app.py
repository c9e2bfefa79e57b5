"""Starting the window: the Qt application, the family's data, translations, first run.

Kept lean for a fast first paint: no report or scheduler imports here, and the pages read
only what the first screen shows (today's entries), never the whole diary."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from caregiver_app import APP_DISPLAY_NAME, APP_NAME, ORGANIZATION
from caregiver_app.i18n import apply_locale, install_translators, resolve_language, translate
from caregiver_app.services.app import AppServices, open_app
from caregiver_app.storage.database import StorageError
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.main_window import MainWindow

DESKTOP_FILE_NAME = "org.caregivercompanion.CaregiverCompanion"
EXIT_AFTER_PAINT_ENV = "CAREGIVER_APP_EXIT_AFTER_PAINT"


def application() -> QApplication:
    """The one QApplication, created and named on first use."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    return app


def show_calm_message(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, APP_DISPLAY_NAME, text)


def build_main_window(services: AppServices) -> MainWindow:
    """The window over already-open services, with its one set of data events."""
    return MainWindow(services, DataEvents())


class _FirstPaint(QObject):
    """Prints ``first-paint`` after the window's first paint, then quits (for the bench)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            # After the paint event is handled, so the frame really reached the screen.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        sys.stdout.write("first-paint\n")
        sys.stdout.flush()
        # exit(), not quit(): quit() closes every window first, which would answer an open
        # welcome dialog with "Skip" on the family's behalf.
        QCoreApplication.exit(0)


def _install_bug_hook(window: MainWindow) -> None:
    """A bug (not something the family can fix) is reported calmly; their data is kept."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        traceback.print_exception(kind, error, trace, file=sys.stderr)
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        show_calm_message(
            window,
            QCoreApplication.translate(
                "App",
                "Something went wrong inside the app. What you saved is safe, and your "
                "unsaved entry is kept as a draft. If this happens again, please tell us what "
                "you were doing.\n\nDetails: {error}",
            ).format(error=f"{kind.__name__}: {error}"),
        )

    sys.excepthook = hook


def run_window(data_dir: Path) -> int:
    app = application()
    try:
        services = open_app(data_dir)
    except StorageError as error:
        # The family's own settings are in the file we could not open: use the system language.
        translators = install_translators(app, resolve_language(""))
        show_calm_message(None, error.render(translate))
        for translator in translators:
            app.removeTranslator(translator)
        return 1
    translators = install_translators(app, resolve_language(services.settings.language()))
    apply_locale(services.settings.language())
    previous_hook = sys.excepthook
    try:
        window = build_main_window(services)
        if os.environ.get(EXIT_AFTER_PAINT_ENV) == "1":
            _FirstPaint(window)
        _install_bug_hook(window)
        window.show()
        if window.needs_welcome():
            window.show_welcome()
        code = app.exec()
        if window.isVisible():
            window.close()  # remembers the window and keeps the draft
        # Gone before the database closes, with any dialog still open over it.
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return code
    finally:
        sys.excepthook = previous_hook
        for translator in translators:
            app.removeTranslator(translator)
        services.close()
