"""Lock on the system's screen lock and suspend: the slots, the bus addresses, a real D-Bus."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from dedans_dehors_desktop.gui.lock import os_lock
from dedans_dehors_desktop.gui.lock.os_lock import (
    LOGIND_MANAGER,
    LOGIND_PATH,
    LOGIND_SESSION,
    OsLockWatcher,
    is_local_address,
    session_bus_address,
    system_bus_address,
    windows_lock_reason,
)

from .conftest import add_canary_youth, make_store, open_window, unlock_with_keyboard
from .private_bus import BusPeer, private_bus


def test_each_system_signal_locks_the_window(session: Any, qtbot: Any) -> None:
    window, _store, _jeune = session
    watcher: OsLockWatcher = window.os_lock
    # No bus in this environment: the slots are called as the bus or Qt would call them.
    assert watcher.start(environ={}) == ["application"]
    for fire in (
        lambda: watcher.prepare_for_sleep(True),
        watcher.session_lock,
        lambda: watcher.screen_saver_active(True),
        lambda: watcher._application_state(Qt.ApplicationState.ApplicationSuspended),
    ):
        assert not window.locked
        fire()
        assert window.locked  # synchronous: nothing of the data is left when the slot returns
        unlock_with_keyboard(qtbot, window)
    # The end of a sleep, a screen saver going away, a window losing focus: no lock.
    watcher.prepare_for_sleep(False)
    watcher.screen_saver_active(False)
    watcher._application_state(Qt.ApplicationState.ApplicationInactive)
    assert not window.locked
    # Once stopped (the window closing), nothing more.
    watcher.stop()
    watcher.session_lock()
    assert not window.locked


def test_only_unix_socket_addresses_are_used() -> None:
    assert is_local_address("unix:path=/run/user/1000/bus")
    assert is_local_address("unix:abstract=/tmp/dbus-x,guid=0123;unix:path=/tmp/b")
    for address in (
        "",
        "tcp:host=10.0.0.1,port=1234",
        "unix:path=/tmp/b;tcp:host=localhost,port=1",
        "nonce-tcp:host=localhost,port=1",
        "autolaunch:",
        "unixexec:path=/bin/sh",
    ):
        assert not is_local_address(address), address
    assert session_bus_address({"DBUS_SESSION_BUS_ADDRESS": "tcp:host=example.org"}) is None
    assert system_bus_address({"DBUS_SYSTEM_BUS_ADDRESS": "tcp:host=example.org"}) is None
    # No variable and no socket: nothing, never libdbus' autolaunch.
    assert session_bus_address({}) is None


@given(st.lists(st.text(alphabet="abcdefhnoprstux:=,/-.0123456789", max_size=30), max_size=4))
def test_an_address_with_any_other_transport_is_refused(parts: list[str]) -> None:
    address = ";".join(parts)
    transports = [p.strip() for p in parts if p.strip()]
    expected = bool(transports) and all(t.startswith("unix:") for t in transports)
    assert is_local_address(address) is expected


def test_the_user_bus_socket_is_found(tmp_path: Path) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir()
    assert session_bus_address({"XDG_RUNTIME_DIR": str(runtime)}) is None
    (runtime / "bus").write_text("not a socket")
    assert session_bus_address({"XDG_RUNTIME_DIR": str(runtime)}) is None
    (runtime / "bus").unlink()
    listener = socket.socket(socket.AF_UNIX)
    try:
        listener.bind(str(runtime / "bus"))
        assert session_bus_address({"XDG_RUNTIME_DIR": str(runtime)}) == (
            f"unix:path={runtime / 'bus'}"
        )
    finally:
        listener.close()


def test_windows_messages() -> None:
    assert windows_lock_reason(os_lock.WM_WTSSESSION_CHANGE, os_lock.WTS_SESSION_LOCK)
    assert windows_lock_reason(os_lock.WM_POWERBROADCAST, os_lock.PBT_APMSUSPEND)
    assert windows_lock_reason(os_lock.WM_WTSSESSION_CHANGE, 0x8) is None  # unlock
    assert windows_lock_reason(os_lock.WM_POWERBROADCAST, 0x12) is None  # resume
    assert windows_lock_reason(0x0010, 0) is None


def test_no_bus_no_error(qtbot: Any) -> None:
    watcher = OsLockWatcher()
    sources = watcher.start(
        session_address="unix:path=/nonexistent/bus",
        system_address="tcp:host=127.0.0.1,port=9",  # refused before any attempt
    )
    assert sources == ["application"]
    watcher.stop()
    assert watcher.sources == []


def test_real_bus_signals_lock_the_window(
    qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_path = "/org/freedesktop/login1/session/c7"
    with private_bus() as address:
        peer = BusPeer(address, session_path)
        try:
            monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
            monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", address)
            monkeypatch.setenv("XDG_SESSION_ID", "c7")
            store = make_store(data_dir, youths=2)
            add_canary_youth(store)
            window = open_window(data_dir, qtbot, store, watch_os_lock=True)
            watcher: OsLockWatcher = window.os_lock
            qtbot.waitUntil(
                lambda: "Lock" in watcher.sources and watcher.holds_inhibitor, timeout=10_000
            )
            assert peer.logind.asked == ["c7"]
            assert {"org.freedesktop.ScreenSaver", "PrepareForSleep"} <= set(watcher.sources)
            reasons: list[str] = []
            watcher.lock_requested.connect(reasons.append)

            peer.emit(
                "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True
            )
            qtbot.waitUntil(lambda: window.locked, timeout=10_000)
            unlock_with_keyboard(qtbot, window)

            # Suspend: locked, then the delay inhibitor is let go so that the machine may sleep.
            peer.emit(LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", True)
            qtbot.waitUntil(lambda: window.locked, timeout=10_000)
            qtbot.waitUntil(lambda: peer.logind.released(0), timeout=10_000)
            assert not watcher.holds_inhibitor
            peer.emit(LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", False)
            qtbot.waitUntil(lambda: watcher.holds_inhibitor, timeout=10_000)
            unlock_with_keyboard(qtbot, window)

            # Another session's lock is not ours; this session's is.
            peer.emit("/org/freedesktop/login1/session/c8", LOGIND_SESSION, "Lock")
            peer.emit(session_path, LOGIND_SESSION, "Lock")
            qtbot.waitUntil(lambda: window.locked, timeout=10_000)
            assert reasons == [os_lock.SCREEN_SAVER, os_lock.SLEEP, os_lock.SESSION_LOCK]
            window.close()
            assert watcher.sources == []
        finally:
            peer.close()
