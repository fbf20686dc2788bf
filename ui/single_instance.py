"""One window per data folder: a second start hands its files to the first.

When the desktop's "Open With" starts the app while it is already running,
the new process passes the paths over a local socket and exits, and the
running window imports them.  Two windows writing one library would each
show a stale list.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

_TIMEOUT_MS = 1500


def server_name(data_root: Path) -> str:
    digest = hashlib.sha1(str(data_root.resolve()).encode()).hexdigest()[:12]
    return f"briefing-reader-{getpass.getuser()}-{digest}"


def hand_over(data_root: Path, files: list[str]) -> bool:
    """Give ``files`` to a running window; True if one took them."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_root))
    if not socket.waitForConnected(_TIMEOUT_MS):
        return False
    payload = json.dumps([str(Path(f).resolve()) for f in files]).encode() + b"\n"
    socket.write(payload)
    socket.flush()  # may write everything at once, so waitForBytesWritten's answer means nothing
    socket.waitForBytesWritten(_TIMEOUT_MS)
    reply = b""
    while not reply.endswith(b"\n") and socket.waitForReadyRead(_TIMEOUT_MS):
        reply += bytes(socket.readAll())
    ok = reply.strip() == b"ok"
    socket.disconnectFromServer()
    return ok


class InstanceServer(QObject):
    """Listens for later starts; emits the files they were given."""

    files_received = Signal(list)

    def __init__(self, data_root: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_root)
        if not self.server.listen(name):
            # A crashed run can leave its socket file behind; no one answered
            # on it (hand_over failed), so it is safe to remove and retry.
            QLocalServer.removeServer(name)
            if not self.server.listen(name):
                log.warning("cannot listen for other starts: %s", self.server.errorString())
        self.server.newConnection.connect(self._on_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready_read(self) -> None:
        socket = self.sender()
        self._buffers[socket] = self._buffers.get(socket, b"") + bytes(socket.readAll())
        if not self._buffers[socket].endswith(b"\n"):
            return
        data = self._buffers.pop(socket)
        try:
            files = [str(f) for f in json.loads(data)]
        except (ValueError, TypeError):
            socket.write(b"bad\n")
            return
        socket.write(b"ok\n")
        socket.flush()
        self.files_received.emit(files)
