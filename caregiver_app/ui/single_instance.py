"""One window per data folder: a second start brings the first window forward and ends.

Two programs writing one diary at once is safe for SQLite, but two windows each holding an
unsaved draft, or each moving the data, are not; and a family who double-clicks the icon
twice only wants their window. So:

- a :class:`~PySide6.QtCore.QLockFile` ``caregiver.lock`` in the data folder says "a window
  has this diary". Qt writes the holder's process id, name, host and boot id into it, so a
  lock left by a killed or crashed app is recognised as stale and taken over at once (and
  after 30 seconds even if the process id was reused: the live holder's ``flock`` still
  protects a lock that is really held);
- the holder listens on a :class:`~PySide6.QtNetwork.QLocalServer` whose name is derived from
  the user and the resolved data folder, so two different folders can each have a window.
  A second start sends ``raise``; the first shows, un-minimises and activates its window and
  answers ``ok``.

The command line is not blocked by the lock: its writes are safe through SQLite's locking."""

from __future__ import annotations

import enum
import hashlib
import os
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

LOCK_FILENAME = "caregiver.lock"
RAISE_MESSAGE = b"raise\n"
ANSWER = b"ok\n"
#: How long a second start keeps trying to reach the first (or to take the lock over, if
#: the first is just closing) before it gives up.
HANDOVER_BUDGET_S = 1.5
#: How long it then waits for the first window's answer; the message is delivered anyway.
ANSWER_WAIT_MS = 800
_RETRY_S = 0.05
_MAX_MESSAGE = 64


class Claim(enum.Enum):
    #: This process holds the lock and listens: it opens the window.
    FIRST = "first"
    #: Another window has this data folder and was asked to come forward.
    HANDED_OVER = "handed over"
    #: Another window holds the lock but could not be reached.
    NO_ANSWER = "no answer"
    #: The lock file cannot be created (a read-only folder...): opening the diary will say
    #: what is wrong, or work without the guard.
    UNAVAILABLE = "unavailable"


def server_name(data_dir: Path) -> str:
    """The local server's name for a data folder: a hash of the user and the resolved path
    (short enough for a Unix socket path, and naming no folder in /tmp)."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    folder = str(data_dir.resolve())
    digest = hashlib.sha256(f"{user}\0{folder}".encode("utf-8", "surrogateescape"))
    return f"caregiver-app-{digest.hexdigest()[:24]}"


def bring_to_front(window: QWidget) -> None:
    """Shows ``window`` un-minimised, raised and active, with any dialog open over it."""
    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized:
        window.setWindowState(state & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    modal = QApplication.activeModalWidget()
    for dialog in QApplication.topLevelWidgets():
        if dialog is not window and dialog.isVisible() and dialog.parentWidget() is window:
            dialog.raise_()
    if modal is not None:
        modal.raise_()
        modal.activateWindow()


class SingleInstance(QObject):
    """The lock and the local server of one data folder."""

    #: A second start asked this window to come forward.
    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.name = server_name(data_dir)
        self.lock = QLockFile(str(data_dir / LOCK_FILENAME))
        self.server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def claim(self) -> Claim:
        """Takes the lock (and starts listening), or hands over to the window holding it."""
        deadline = time.monotonic() + HANDOVER_BUDGET_S
        while True:
            if self.lock.tryLock(0):
                self._listen()
                return Claim.FIRST
            if self.lock.error() != QLockFile.LockError.LockFailedError:
                return Claim.UNAVAILABLE
            if self._ask_to_raise(deadline):
                return Claim.HANDED_OVER
            if time.monotonic() >= deadline:
                return Claim.NO_ANSWER
            time.sleep(_RETRY_S)

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        for socket in list(self._buffers):
            socket.abort()
        self._buffers.clear()
        if self.lock.isLocked():
            self.lock.unlock()

    # The first window ------------------------------------------------------------------

    def _listen(self) -> None:
        # We hold the lock, so a server of this name is a leftover of a killed app.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        if server.listen(self.name):
            self.server = server
        # else: the window still works; a second start will say it got no answer

    def _accept(self) -> None:
        server = self.server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            if socket is None:
                break
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(lambda socket=socket: self._forget(socket))
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        received = self._buffers[socket] + bytes(socket.readAll().data())
        if RAISE_MESSAGE in received:
            self._buffers[socket] = b""
            self.raise_requested.emit()
            socket.write(ANSWER)
            socket.flush()
            socket.disconnectFromServer()
        elif len(received) > _MAX_MESSAGE:  # not one of ours
            socket.abort()
        else:
            self._buffers[socket] = received

    def _forget(self, socket: QLocalSocket) -> None:
        # Not deleteLater(): the socket is the server's child and goes with it (a deferred
        # delete still pending when Python deletes the server makes PySide crash).
        self._buffers.pop(socket, None)

    # A second start --------------------------------------------------------------------

    def _ask_to_raise(self, deadline: float) -> bool:
        """Sends ``raise`` to the first window; True once the message was delivered."""
        socket = QLocalSocket()
        try:
            socket.connectToServer(self.name)
            if not socket.waitForConnected(max(1, int((deadline - time.monotonic()) * 1000))):
                return False
            socket.write(RAISE_MESSAGE)
            if not socket.waitForBytesWritten(500):
                return False
            # The answer only says the window was raised; a window still starting up reads
            # the message when it gets there, so not waiting longer for it is fine.
            socket.waitForReadyRead(ANSWER_WAIT_MS)
            return True
        finally:
            socket.abort()
