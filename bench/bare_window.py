"""The launch floor: a bare PySide6 window that quits after its first paint.

Measured exactly like the app (process start to the ``first-paint`` line on stdout)."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Exactly as caregiver_app/ui/app.py does it: after the window's first paint event
        # has been handled, report and exit.
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print("first-paint", flush=True)
        self._app.exit(0)


app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1100, 750)
watcher = FirstPaint(app)
window.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
