"""A private D-Bus daemon on a Unix socket, and a stand-in for logind, for the OS lock tests.

The daemon is the real ``dbus-daemon`` with a minimal configuration; the tests that need it are
skipped where it is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import ClassInfo, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusObjectPath, QDBusUnixFileDescriptor

from dedans_dehors_desktop.gui.lock.os_lock import LOGIND, LOGIND_MANAGER, LOGIND_PATH

CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@contextmanager
def private_bus() -> Iterator[str]:
    """Start a bus daemon; yields its address (``unix:path=…``)."""
    exe = shutil.which("dbus-daemon")
    if exe is None:
        pytest.skip("dbus-daemon n'est pas installé")
    # A short folder: a Unix socket path is limited to about 100 bytes.
    folder = Path(tempfile.mkdtemp(prefix="dd-bus-"))
    config = folder / "bus.conf"
    config.write_text(CONFIG.format(socket=folder / "bus"), encoding="utf-8")
    process = subprocess.Popen(
        [exe, f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()  # printed once it listens
        if not address:
            pytest.skip("dbus-daemon n'a pas démarré")
        yield address
    finally:
        process.terminate()
        process.wait(10)
        shutil.rmtree(folder, ignore_errors=True)


@ClassInfo({"D-Bus Interface": LOGIND_MANAGER})
class FakeLogind(QObject):
    """The two methods of ``org.freedesktop.login1.Manager`` the watcher calls."""

    def __init__(self, session_path: str) -> None:
        super().__init__()
        self.session_path = session_path
        self.asked: list[str] = []
        self.inhibitors: list[int] = []  # read ends of the pipes handed out as inhibitors

    @Slot(str, result=QDBusObjectPath)
    def GetSession(self, session_id: str) -> QDBusObjectPath:  # the D-Bus method names
        self.asked.append(session_id)
        return QDBusObjectPath(self.session_path)

    @Slot(str, str, str, str, result=QDBusUnixFileDescriptor)
    def Inhibit(self, what: str, who: str, why: str, mode: str) -> QDBusUnixFileDescriptor:
        read, write = os.pipe()
        fd = QDBusUnixFileDescriptor(write)  # a copy: ours is closed at once
        os.close(write)
        self.inhibitors.append(read)
        return fd

    def released(self, index: int) -> bool:
        """Whether every copy of the write end of inhibitor ``index`` is closed (EOF)."""
        import select

        return bool(select.select([self.inhibitors[index]], [], [], 0)[0])

    def close(self) -> None:
        for fd in self.inhibitors:
            os.close(fd)
        self.inhibitors.clear()


class BusPeer:
    """Our end of the private bus: owns the logind name and emits the signals."""

    def __init__(self, address: str, session_path: str) -> None:
        self.name = f"test-peer-{os.getpid()}-{id(self)}"
        self.connection = QDBusConnection.connectToBus(address, self.name)
        assert self.connection.isConnected(), self.connection.lastError().message()
        self.logind = FakeLogind(session_path)
        assert self.connection.registerObject(
            LOGIND_PATH, self.logind, QDBusConnection.RegisterOption.ExportAllSlots
        )
        assert self.connection.registerService(LOGIND)

    def emit(self, path: str, interface: str, name: str, *args: object) -> None:
        message = QDBusMessage.createSignal(path, interface, name)
        message.setArguments(list(args))
        assert self.connection.send(message)

    def close(self) -> None:
        # No unregisterService(): a blocking QtDBus call keeps the GIL, which QtDBus's thread
        # may need meanwhile. Leaving the bus releases the name all the same.
        QDBusConnection.disconnectFromBus(self.name)
        self.logind.close()
