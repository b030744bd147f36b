"""Lock when the operating system says the session is going away: screen lock, suspend.

SECURITY.md promises a lock "on OS screen lock / suspend where the platform tells". Sources:

- Linux, system bus: logind's ``PrepareForSleep(true)`` (suspend, hibernate) and the ``Lock``
  signal of this login session (``loginctl lock-session``, the desktop's screen lock). Before a
  suspend logind waits for the holders of a "delay" inhibitor: one is held so that the store is
  closed before the machine sleeps, and let go as soon as it is.
- Linux, session bus: ``ActiveChanged(true)`` of the screen saver (freedesktop and GNOME names).
- Windows: the session lock (``WM_WTSSESSION_CHANGE``) and suspend (``WM_POWERBROADCAST``)
  messages, and on every platform Qt's ``ApplicationSuspended`` state.

D-Bus is local IPC over Unix-domain sockets. The bus addresses are read here rather than left to
libdbus, so that an address naming another transport (``tcp:``, ``autolaunch:``…) is never used:
the application still opens no network connection. Every source is optional and fails silently
(a log line without detail): the idle lock and Ctrl+L remain.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import stat
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

# Why the lock was asked for (logged; never shown with any case data).
SLEEP = "veille"
SESSION_LOCK = "verrouillage de la session"
SCREEN_SAVER = "économiseur d'écran"
SUSPENDED = "application suspendue"

LOGIND = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"
LOGIND_SESSION = "org.freedesktop.login1.Session"
SCREEN_SAVER_INTERFACES = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
SYSTEM_BUS_SOCKETS = ("/run/dbus/system_bus_socket", "/var/run/dbus/system_bus_socket")
CALL_TIMEOUT_MS = 2000

# Windows messages (winuser.h, wtsapi32.h).
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7

_names = itertools.count(1)


def is_local_address(address: str) -> bool:
    """True when every transport of a D-Bus address is a Unix-domain socket.

    libdbus tries the transports of an address in turn: one ``tcp:`` among them would be a
    network connection, so the whole address is refused."""
    parts = [part.strip() for part in address.split(";") if part.strip()]
    return bool(parts) and all(part.startswith("unix:") for part in parts)


def _is_socket(path: Path) -> bool:
    try:
        return stat.S_ISSOCK(path.stat().st_mode)
    except OSError:
        return False


def session_bus_address(environ: Mapping[str, str] = os.environ) -> str | None:
    """The session bus, from ``DBUS_SESSION_BUS_ADDRESS`` or the systemd user bus socket.

    Never libdbus' own fallback, which may start a bus (``autolaunch``) or read an X11 property."""
    address = environ.get("DBUS_SESSION_BUS_ADDRESS", "").strip()
    if address:
        return address if is_local_address(address) else None
    runtime = environ.get("XDG_RUNTIME_DIR", "").strip()
    if runtime and _is_socket(Path(runtime) / "bus"):
        return f"unix:path={Path(runtime) / 'bus'}"
    return None


def system_bus_address(environ: Mapping[str, str] = os.environ) -> str | None:
    address = environ.get("DBUS_SYSTEM_BUS_ADDRESS", "").strip()
    if address:
        return address if is_local_address(address) else None
    for candidate in SYSTEM_BUS_SOCKETS:
        if _is_socket(Path(candidate)):
            return f"unix:path={candidate}"
    return None


def windows_lock_reason(message: int, wparam: int) -> str | None:
    """The reason to lock that a Windows message carries, if any."""
    if message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK:
        return SESSION_LOCK
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return SLEEP
    return None


class _WindowsMessages(QAbstractNativeEventFilter):
    """Reads the session-lock and suspend messages from Qt's native event stream."""

    def __init__(self, watcher: OsLockWatcher) -> None:
        super().__init__()
        self.watcher = watcher

    def nativeEventFilter(
        self, eventType: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> Any:
        kind = eventType.data() if isinstance(eventType, QByteArray) else bytes(eventType)
        if kind == b"windows_generic_MSG" and message:
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            reason = windows_lock_reason(int(msg.message), int(msg.wParam or 0))
            if reason is not None and self.watcher._active:
                self.watcher.lock_requested.emit(reason)
        return False, 0


class OsLockWatcher(QObject):
    """Emits ``lock_requested(reason)`` when the system locks the session or goes to sleep.

    ``start()`` connects to what the platform offers; ``sources`` names what was connected.
    ``stop()`` silences it and lets the sleep inhibitor and the Windows hooks go."""

    lock_requested = Signal(str)

    def __init__(self, window: QWidget | None = None) -> None:
        super().__init__(window)
        self._window = window
        self.sources: list[str] = []
        self._buses: list[str] = []
        self._system: Any = None
        self._inhibitor: Any = None
        self._pending: list[Any] = []
        self._native: _WindowsMessages | None = None
        self._wts_hwnd: int | None = None
        self._active = False

    # --- starting and stopping ------------------------------------------------------------------

    def start(
        self,
        *,
        session_address: str | None = None,
        system_address: str | None = None,
        environ: Mapping[str, str] = os.environ,
    ) -> list[str]:
        """Listen to every source available; the addresses default to the environment's."""
        self._active = True
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._application_state)
            self.sources.append("application")
        if sys.platform == "win32":
            self._start_windows()
        elif sys.platform != "darwin":
            self._start_dbus(
                session_address or session_bus_address(environ),
                system_address or system_bus_address(environ),
                environ,
            )
        return list(self.sources)

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if "application" in self.sources and isinstance(app, QGuiApplication):
            try:
                app.applicationStateChanged.disconnect(self._application_state)
            except (RuntimeError, TypeError):
                pass
        self._active = False
        self._release_inhibitor()
        self._pending.clear()
        self._system = None
        # The bus connections stay open until the process ends; the slots just go quiet.
        # Closing one makes QtDBus's own thread drop our hooks, which calls into Python: a
        # blocking QtDBus call made meanwhile from Python (which keeps the GIL) would deadlock.
        # The hooks go when this object is destroyed.
        if self._native is not None and app is not None:
            app.removeNativeEventFilter(self._native)
            self._native = None
        if self._wts_hwnd is not None:
            import ctypes

            wtsapi32 = ctypes.windll.wtsapi32  # type: ignore[attr-defined]
            with contextlib.suppress(OSError, AttributeError):
                wtsapi32.WTSUnRegisterSessionNotification(self._wts_hwnd)
            self._wts_hwnd = None
        self.sources.clear()

    # --- Linux: D-Bus ---------------------------------------------------------------------------

    def _bus(self, address: str | None, kind: str) -> Any:
        if not address or not is_local_address(address):
            return None
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a build without QtDBus: no D-Bus source
            return None
        name = f"dedans-dehors-{kind}-{os.getpid()}-{next(_names)}"
        connection = QDBusConnection.connectToBus(address, name)
        if not connection.isConnected():
            QDBusConnection.disconnectFromBus(name)
            log.info("bus %s indisponible : pas de verrouillage sur ses signaux", kind)
            return None
        self._buses.append(name)
        return connection

    def _start_dbus(
        self, session_address: str | None, system_address: str | None, environ: Mapping[str, str]
    ) -> None:
        session = self._bus(session_address, "session")
        if session is not None:
            for interface in SCREEN_SAVER_INTERFACES:
                # Any sender and any path: KDE, GNOME and others publish it under various paths.
                if session.connect(
                    "", "", interface, "ActiveChanged", self, SLOT("screen_saver_active(bool)")
                ):
                    self.sources.append(interface)
        system = self._bus(system_address, "system")
        if system is None:
            return
        self._system = system
        if system.connect(
            LOGIND,
            LOGIND_PATH,
            LOGIND_MANAGER,
            "PrepareForSleep",
            self,
            SLOT("prepare_for_sleep(bool)"),
        ):
            self.sources.append("PrepareForSleep")
            self._take_inhibitor()
        session_id = environ.get("XDG_SESSION_ID", "").strip() or "auto"
        self._call(
            "GetSession", [session_id], self._session_found, lambda: self._session_found(None)
        )

    def _call(self, method: str, args: list[Any], on_reply: Any, on_error: Any = None) -> None:
        """An asynchronous call to logind: start-up never waits on the bus."""
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher

        message = QDBusMessage.createMethodCall(LOGIND, LOGIND_PATH, LOGIND_MANAGER, method)
        message.setArguments(args)
        watcher = QDBusPendingCallWatcher(self._system.asyncCall(message, CALL_TIMEOUT_MS), self)
        self._pending.append(watcher)

        def finished(w: Any) -> None:
            if w in self._pending:
                self._pending.remove(w)
            reply = w.reply()
            w.deleteLater()
            if self._system is None:
                return  # stopped meanwhile
            if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
                on_reply(reply.arguments()[0])
            else:
                log.info("logind : %s sans réponse utilisable", method)
                if on_error is not None:
                    on_error()

        watcher.finished.connect(finished)

    def _session_found(self, path: Any) -> None:
        value = path.path() if hasattr(path, "path") else None
        # Session unknown (the app runs outside a login session): listen to every session's Lock.
        # A lock too many is harmless; a lock missed is not.
        if self._system is not None and self._system.connect(
            LOGIND,
            value or "",
            LOGIND_SESSION,
            "Lock",
            self,
            SLOT("session_lock()"),
        ):
            self.sources.append("Lock" if value else "Lock (toutes sessions)")

    def _take_inhibitor(self) -> None:
        def got(fd: Any) -> None:
            self._release_inhibitor()
            self._inhibitor = fd

        self._call(
            "Inhibit",
            [
                "sleep",
                "Dedans-Dehors",
                QCoreApplication.translate(
                    "OsLockWatcher", "Fermer les dossiers chiffrés avant la mise en veille"
                ),
                "delay",
            ],
            got,
        )

    def _release_inhibitor(self) -> None:
        """Dropping our QDBusUnixFileDescriptor closes the descriptor: logind goes on with the
        suspend once every delay inhibitor is closed."""
        self._inhibitor = None

    @property
    def holds_inhibitor(self) -> bool:
        return self._inhibitor is not None

    # --- slots (called by D-Bus, Qt or the Windows filter) --------------------------------------

    @Slot(bool)
    def prepare_for_sleep(self, starting: bool) -> None:
        if not self._active:
            return
        if starting:
            self.lock_requested.emit(SLEEP)  # direct connection: locked when emit returns
            self._release_inhibitor()
        elif self._system is not None:
            self._take_inhibitor()  # awake again: the next suspend waits for us too

    @Slot()
    def session_lock(self) -> None:
        if self._active:
            self.lock_requested.emit(SESSION_LOCK)

    @Slot(bool)
    def screen_saver_active(self, active: bool) -> None:
        if active and self._active:
            self.lock_requested.emit(SCREEN_SAVER)

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended and self._active:
            self.lock_requested.emit(SUSPENDED)

    # --- Windows --------------------------------------------------------------------------------

    def _start_windows(self) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        self._native = _WindowsMessages(self)
        app.installNativeEventFilter(self._native)
        self.sources.append("WM_POWERBROADCAST")
        if self._window is None:
            return
        try:
            import ctypes

            hwnd = int(self._window.winId())
            # NOTIFY_FOR_THIS_SESSION (0): WM_WTSSESSION_CHANGE for this session, to this window.
            wtsapi32 = ctypes.windll.wtsapi32  # type: ignore[attr-defined]
            if wtsapi32.WTSRegisterSessionNotification(hwnd, 0):
                self._wts_hwnd = hwnd
                self.sources.append("WM_WTSSESSION_CHANGE")
        except Exception:
            log.info("notification de verrouillage de session indisponible")
