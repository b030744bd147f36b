"""A whole session with network sockets forbidden: the app never opens a network connection.

Unix-domain sockets stay allowed (local IPC: the D-Bus signals of the OS lock); every other
family is refused, and the process's own descriptors are checked for Internet sockets that the
C++ side might have opened.
"""

from __future__ import annotations

import contextlib
import os
import socket
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dedans_dehors_desktop.gui.dialogs.interview import InterviewDialog

from .conftest import add_canary_youth, make_store, open_window, unlock_with_keyboard
from .helpers import type_text
from .private_bus import private_bus


class NetworkUsed(AssertionError):
    pass


INET = (socket.AF_INET, socket.AF_INET6)
_REAL_SOCKET = socket.socket


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int | None]]:
    """Refuse every socket but Unix-domain ones (local IPC such as D-Bus), and every name
    lookup; each attempt is recorded as (function, address family or None)."""
    attempts: list[tuple[str, int | None]] = []

    class GuardedSocket(_REAL_SOCKET):
        def __init__(
            self,
            family: int = -1,
            type: int = -1,  # socket.socket's own parameter names
            proto: int = -1,
            fileno: int | None = None,
        ) -> None:
            if fileno is None:
                wanted = socket.AF_INET if family == -1 else family  # Python's default
                if wanted != socket.AF_UNIX:
                    attempts.append(("socket", int(wanted)))
                    raise NetworkUsed(f"socket family {wanted}")
            super().__init__(family, type, proto, fileno)
            if self.family != socket.AF_UNIX:  # adopted descriptor of another family
                attempts.append(("socket", int(self.family)))
                self.detach()
                raise NetworkUsed(f"socket family {self.family}")

    def forbidden(name: str) -> Any:
        def refuse(*args: Any, **kwargs: Any) -> Any:
            attempts.append((name, None))
            raise NetworkUsed(f"{name} called")

        return refuse

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "fromfd", "create_server"):
        monkeypatch.setattr(socket, name, forbidden(name))
    return attempts


def inet_sockets_held() -> list[str]:
    """Internet sockets (TCP, UDP, raw, v4 or v6) open in this process, whoever opened them:
    Python or the C++ of Qt. Linux only (``/proc``); elsewhere nothing is checked."""
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():
        return []
    inodes: set[str] = set()
    for entry in fd_dir.iterdir():
        try:
            target = os.readlink(entry)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6", "udplite", "udplite6"):
        path = Path("/proc/self/net") / table
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            if len(fields) > 9 and fields[9] in inodes:
                found.append(f"{table}: {fields[1]} -> {fields[2]}")
    return found


@pytest.mark.parametrize("bus", ["sans bus", "avec un bus D-Bus privé"])
def test_a_whole_session_without_any_socket(
    bus: str,
    no_network: list[tuple[str, int | None]],
    qtbot: Any,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The guard itself: Internet sockets refused and recorded, Unix-domain ones allowed.
    with pytest.raises(NetworkUsed):
        socket.socket()
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    assert [family for _name, family in no_network] == [socket.AF_INET, socket.AF_INET6]
    socket.socket(socket.AF_UNIX).close()
    no_network.clear()
    # And the descriptor scan sees an Internet socket (loopback only, bound, never connected).
    if Path("/proc/self/net/udp").exists():
        probe = _REAL_SOCKET(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            probe.bind(("127.0.0.1", 0))
            assert inet_sockets_held()
        finally:
            probe.close()
        assert inet_sockets_held() == []
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    with contextlib.ExitStack() as stack:
        if bus == "sans bus":
            # Addresses of buses that are not there: the watcher gives up without a word.
            address = f"unix:path={data_dir.parent / 'absent-bus'}"
        else:
            # The OS lock watcher then really talks D-Bus, over a Unix socket.
            address = stack.enter_context(private_bus())
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", address)
        _whole_session(qtbot, data_dir, bus != "sans bus")
    assert not [family for _name, family in no_network if family in INET]
    assert no_network == []


def _whole_session(qtbot: Any, data_dir: Path, with_bus: bool) -> None:
    store = make_store(data_dir, youths=8)
    jeune = add_canary_youth(store)
    store.close()
    window = open_window(data_dir, qtbot, watch_os_lock=True)
    assert ("org.freedesktop.ScreenSaver" in window.os_lock.sources) is with_bus
    unlock_with_keyboard(qtbot, window)
    assert inet_sockets_held() == []
    page = window.workspace.list_page
    type_text(page.search, "zyqwax")
    assert page.model.total() == 1
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    case = window.workspace.case_page
    assert case is not None and case.jeune_id == jeune
    for tab in range(case.tabs.count()):
        case.tabs.setCurrentIndex(tab)
    window.show_page(1)  # permanence
    window.show_page(0)
    window.workspace.open_case(jeune)
    dialog = window.workspace.new_interview(jeune)
    assert isinstance(dialog, InterviewDialog)
    type_text(dialog.note, "Entretien hors ligne")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    window.parloir_action.trigger()
    window.lock()
    unlock_with_keyboard(qtbot, window)
    assert window.workspace.case_page.jeune_id == jeune
    window.show_help()
    window.show_page(2)  # synchronisation
    window.show_page(3)  # dashboard
    qtbot.waitUntil(lambda: window.workspace.pages[3].shown is not None, timeout=20_000)
    assert inet_sockets_held() == []
    window.close()
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())
    assert inet_sockets_held() == []
