"""One running app per data folder: a second launch hands its arguments to the first and exits.

The lock is a QLockFile in the data folder (it recognises a lock left by a killed process);
the hand-over goes through a QLocalServer whose name is derived from the folder, so two users
or two data folders never meet.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QDeadlineTimer, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from companion import APP_ID

LOCK_NAME = "instance.lock"
_MAX_MESSAGE = 64 * 1024


def server_name(data_dir: Path) -> str:
    """The local socket name for a data folder (unique per user and folder)."""
    key = f"{getpass.getuser()}\0{data_dir.resolve()}".encode()
    return f"{APP_ID}-{hashlib.sha256(key).hexdigest()[:16]}"


class DataFolderLock:
    """The lock that says an app is running on this data folder."""

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self._path = data_dir / LOCK_NAME
        self._lock = QLockFile(str(self._path))
        # Staleness is judged by whether the owner process still exists, never by age: a
        # companion legitimately runs for weeks.
        self._lock.setStaleLockTime(0)

    def try_acquire(self) -> bool:
        """Take the lock if no live process holds it."""
        return bool(self._lock.tryLock(0))

    def adopt(self) -> bool:
        """Take over the lock this very process held before it re-executed itself.

        The lock file names our process id, so to QLockFile it looks held by a live process.
        Only a file naming this process is removed, so no other instance's lock is ever taken,
        and a second launch meanwhile found the lock held (it waits for the new server).
        """
        try:
            owner = int(self._path.read_text("utf-8").split("\n", 1)[0])
        except (OSError, ValueError):
            owner = None
        if owner == os.getpid():
            self._path.unlink(missing_ok=True)
        return self.try_acquire()

    def release(self) -> None:
        """Give the lock back."""
        self._lock.unlock()

    def cannot_create(self) -> bool:
        """True if the last try failed because the lock file cannot be written (not held)."""
        return self._lock.error() not in (
            QLockFile.LockError.NoError,
            QLockFile.LockError.LockFailedError,
        )

    def held_by_other(self) -> bool:
        """True if another live process holds the lock."""
        if self._lock.tryLock(0):
            self._lock.unlock()
            return False
        return True


class SingleInstance(QObject):
    """Owns the data folder for this process, or forwards to the process that does."""

    activated = Signal(list)  # arguments a second launch passed on (e.g. files to open)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(data_dir)
        self._lock = DataFolderLock(data_dir)
        self._server: QLocalServer | None = None

    def folder_unwritable(self) -> bool:
        """True if the last acquire failed because the data folder cannot be written."""
        return self._lock.cannot_create()

    def acquire(self, adopt: bool = False) -> bool:
        """Become the running instance; False if another one already is (or, see
        folder_unwritable, if the folder cannot be written). With `adopt`, this process held
        the lock before it re-executed itself into its tray form, and keeps it."""
        if not (self._lock.adopt() if adopt else self._lock.try_acquire()):
            return False
        # We hold the lock, so a leftover socket can only be from a killed process.
        QLocalServer.removeServer(self._name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._name):
            self._lock.release()
            return False
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def release(self) -> None:
        """Stop listening and free the lock."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self._lock.release()

    def forward(self, arguments: list[str], timeout_ms: int = 3000) -> bool:
        """Send `arguments` to the running instance; True if it received them."""
        payload = json.dumps({"arguments": arguments}).encode()
        deadline = QDeadlineTimer(timeout_ms)
        while not deadline.hasExpired():
            socket = QLocalSocket()
            socket.connectToServer(self._name)
            if socket.waitForConnected(200):
                socket.write(QByteArray(payload))
                while socket.bytesToWrite() > 0:
                    if not socket.waitForBytesWritten(1000):
                        return False
                socket.disconnectFromServer()
                if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
                    socket.waitForDisconnected(1000)
                return True
            # The other instance may hold the lock but not be listening yet.
            socket.abort()
        return False

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            # The sender writes one message and disconnects; read it all then.
            socket.disconnected.connect(self._on_disconnected)

    def _on_disconnected(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        data = bytes(socket.readAll().data())[:_MAX_MESSAGE]
        socket.deleteLater()
        try:
            message = json.loads(data.decode() or "{}")
            arguments = [str(a) for a in message.get("arguments", [])]
        except (ValueError, AttributeError):
            arguments = []
        self.activated.emit(arguments)
