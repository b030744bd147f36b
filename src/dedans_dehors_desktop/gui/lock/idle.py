"""Idle and panic lock: an application-wide event filter sees every key press and mouse move.

It restarts the idle timer on each input, and turns Ctrl+L into ``panic`` wherever the focus
is — also inside a modal dialog, where the main window's shortcuts do not reach.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard, mouse or touch input."""

    idle = Signal()
    panic = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._armed = False

    def set_delay_ms(self, ms: int) -> None:
        self._timer.setInterval(max(1, int(ms)))
        if self._armed:
            self._timer.start()

    def set_minutes(self, minutes: int) -> None:
        self.set_delay_ms(minutes * 60_000)

    @property
    def interval_ms(self) -> int:
        return int(self._timer.interval())

    def arm(self) -> None:
        self._armed = True
        self._timer.start()

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Mouse moves arrive in bursts: restarting an active timer is cheap (no allocation).
        if self._armed and event.type() in _INPUT_EVENTS:
            self._timer.start()
            if (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_L
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            ):
                self.panic.emit()
                return True
        return False
