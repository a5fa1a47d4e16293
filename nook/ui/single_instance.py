"""One app per library: a second start on the same data folder brings the first forward.

The first start holds a lock file in the data folder (`nook.lock`, holding its pid: Qt's
QLockFile takes over a lock whose process is gone, so a crash or kill -9 never blocks a
start) and listens on a local socket named after the data folder. A later start that
cannot take the lock tells the running one to come forward and exits. Starts that race
each other keep trying for a bounded time, so none of them crashes.

The app listens only once its first screen is ready (`claim(listen=False)`, then
`listen()`): the lock alone keeps a library to one app, a later start keeps asking until
the first one listens, and QtNetwork is not loaded before a child sees the shelf.
"""

from __future__ import annotations

import getpass
import hashlib
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QThread, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_FILE = "nook.lock"
COME_FORWARD = b"come forward\n"
WAIT_SECONDS = 15.0
# A start makes its lock file, then writes its pid into it: an empty one younger than this
# may be another start's, still being written.
LOCK_WRITTEN_WITHIN = 5.0


def server_name(data_dir: Path) -> str:
    """A socket name per data folder and user (short: some systems limit socket paths)."""
    key = f"{getpass.getuser()}\0{Path(data_dir).resolve()}"
    return "writing-nook-" + hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()[:24]


class SingleInstance(QObject):
    """`claim()` once at start; `come_forward` is emitted when a later start asks."""

    come_forward = Signal()

    def __init__(self, data_dir: Path, wait_seconds: float = WAIT_SECONDS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name = server_name(self.data_dir)
        self.wait_seconds = wait_seconds
        self.lock = QLockFile(str(self.data_dir / LOCK_FILE))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self.server: QLocalServer | None = None
        self._owned = False
        self.answered = False  # a running one was asked to come forward (claim said False)

    def claim(self, listen: bool = True) -> bool:
        """True: this start owns the library. False: a running one was asked to come forward
        (`answered`), or the lock's holder did not answer in `wait_seconds` (another user's
        Writing Nook on a shared folder, one that hangs). `listen` False: owning it, listen
        for later starts only when `listen()` is called."""
        deadline = time.monotonic() + self.wait_seconds
        while True:
            # No lock file can be made (a read-only folder, a full disk): there is no lock
            # to share, so carry on; the library itself says what is wrong.
            if self.lock.tryLock(0) or self.lock.error() != QLockFile.LockError.LockFailedError:
                self._owned = True
                if listen:
                    self.listen()
                return True
            if self._left_by_no_one():
                self.lock.removeStaleLockFile()
                continue
            if self._ask_running_one():
                self.answered = True
                return False
            if time.monotonic() > deadline:
                return False  # held by one that does not answer: `answered` stays False
            QThread.msleep(50)  # the first start is still on its way to listening

    def listen(self) -> None:
        """Listen for later starts asking this one to come forward (once; only if claimed)."""
        if not self._owned or self.server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a socket file left by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self.name):
            server.newConnection.connect(self._on_connection)
            self.server = server

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(COME_FORWARD.strip()):
            self.come_forward.emit()

    def _left_by_no_one(self) -> bool:
        """The lock file names no process, and has had time to be written: a power cut
        while it was written, or a copy of the folder, left it. Qt takes over a lock only
        when the process it names is gone, so such a file kept every start out, silently."""
        pid, _host, _app = self.lock.getLockInfo()
        if pid > 0:
            return False
        try:
            age = time.time() - (self.data_dir / LOCK_FILE).stat().st_mtime
        except OSError:
            return False  # gone meanwhile: the next try takes it
        return age > LOCK_WRITTEN_WITHIN

    def _ask_running_one(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(500):
            return False
        socket.write(COME_FORWARD)
        sent = socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()
