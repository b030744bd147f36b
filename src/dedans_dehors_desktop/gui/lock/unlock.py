"""The unlock screen: one clear message per error, a growing delay after 5 failures.

The key derivation (Argon2id, about a second) runs on a worker: the window keeps repainting and
the busy bar moves while it works.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import UnknownUser, WrongPassphrase
from ...services.session import Store
from ..shell.errors import user_message
from ..shell.settings import AppSettings
from ..widgets.icons import app_icon, icon
from ..widgets.text import PlainLabel
from ..workers import Worker, pool

FREE_ATTEMPTS = 5
FIRST_DELAY_S = 5
MAX_DELAY_S = 300


def delay_after(failures: int) -> int:
    """Seconds to wait after ``failures`` consecutive failures: 0 for the first five, then
    5 s, 10 s, 20 s… up to 5 minutes."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (failures - FREE_ATTEMPTS)))


class UnlockPage(QWidget):
    unlocked = Signal(object)  # the open Store
    failed = Signal(str)  # the message shown
    help_requested = Signal()
    about_requested = Signal()

    def __init__(
        self,
        data_dir: Path,
        settings: AppSettings,
        *,
        demo_passphrase: str | None = None,
        demo_user: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPage")
        self.data_dir = data_dir
        self.settings = settings
        self.demo_user = demo_user or ""
        self._worker: Worker | None = None

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Dedans-Dehors"))
        title.setObjectName("unlockTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle = QLabel(
            self.tr("Les dossiers sont chiffrés. Saisissez votre phrase de passe pour les ouvrir.")
        )
        self.subtitle.setObjectName("unlockSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.user = QLineEdit()
        self.user.setObjectName("unlockUser")
        self.user.setAccessibleName(self.tr("Utilisateur"))
        self.user.setMaxLength(100)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setAccessibleName(self.tr("Phrase de passe"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMaxLength(1024)
        self._reveal = QAction(icon("parloir"), self.tr("Afficher la saisie"), self)
        self._reveal.setCheckable(True)
        self._reveal.toggled.connect(
            lambda on: self.passphrase.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.passphrase.addAction(self._reveal, QLineEdit.ActionPosition.TrailingPosition)
        self.button = QPushButton(icon("verrouiller"), self.tr("Déverrouiller"))
        self.button.setObjectName("unlockButton")
        self.button.setDefault(True)
        self.busy = QProgressBar()
        self.busy.setObjectName("unlockBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(6)
        self.busy.hide()
        self.message = PlainLabel(wrap=True)
        self.message.setObjectName("unlockMessage")
        self.message.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Utilisateur"), self.user)
        form.addRow(self.tr("&Phrase de passe"), self.passphrase)
        for i, buddy in enumerate((self.user, self.passphrase)):
            item = form.itemAt(i, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item else None
            if isinstance(label, QLabel):
                label.setBuddy(buddy)

        card = QFrame()
        card.setObjectName("unlockCard")
        card.setMaximumWidth(520)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(36, 30, 36, 30)
        inner.setSpacing(14)
        inner.addWidget(logo)
        inner.addWidget(title)
        inner.addWidget(self.subtitle)
        if demo_passphrase:
            inner.addWidget(self._demo_box(demo_passphrase))
        inner.addLayout(form)
        inner.addWidget(self.button)
        inner.addWidget(self.busy)
        inner.addWidget(self.message)

        # The toolbar is hidden while locked: help and "À propos" stay reachable from here.
        links = QHBoxLayout()
        links.addStretch(1)
        for name, text, signal in (
            ("unlockHelp", self.tr("Aide (F1)"), self.help_requested),
            ("unlockAbout", self.tr("À propos"), self.about_requested),
        ):
            link = QPushButton(text)
            link.setObjectName(name)
            link.setFlat(True)
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.clicked.connect(signal)
            links.addWidget(link)
        links.addStretch(1)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addLayout(links)
        outer.addStretch(2)

        self.button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.user.returnPressed.connect(self.passphrase.setFocus)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.reset(locked=False)

    def _demo_box(self, passphrase: str) -> QFrame:
        box = QFrame()
        box.setObjectName("demoBox")
        layout = QVBoxLayout(box)
        layout.addWidget(
            PlainLabel(
                self.tr(
                    "Base de démonstration : données fictives, effacées à la fermeture. "
                    "Pour l'ouvrir :"
                ),
                wrap=True,
            )
        )
        # The passphrase is long: on its own line, under its caption, so that it is never cut.
        if self.demo_user:
            row = QHBoxLayout()
            row.addWidget(PlainLabel(self.tr("Utilisateur :")))
            user = PlainLabel(self.demo_user, selectable=True)
            user.setObjectName("demoUser")
            row.addWidget(user)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(PlainLabel(self.tr("Phrase de passe :")))
        shown = PlainLabel(passphrase, selectable=True)
        shown.setObjectName("demoPassphrase")
        layout.addWidget(shown)
        return box

    # --- state ----------------------------------------------------------------------------------

    def reset(self, *, locked: bool) -> None:
        """Show the screen afresh (at start, or after a lock)."""
        self.user.setText(self.settings.last_user or self.demo_user)
        self.passphrase.clear()
        self._reveal.setChecked(False)
        self.message.hide()
        if locked:
            self.subtitle.setText(
                self.tr(
                    "Session verrouillée. Saisissez votre phrase de passe "
                    "pour reprendre là où vous en étiez."
                )
            )
        self._tick()
        (self.passphrase if self.user.text() else self.user).setFocus()

    def remaining_delay(self) -> int:
        return max(0, round(self.settings.blocked_until - time.time()))

    def _tick(self) -> None:
        remaining = self.remaining_delay()
        working = self._worker is not None
        self.button.setEnabled(not working and remaining == 0)
        self.passphrase.setEnabled(not working)
        self.user.setEnabled(not working)
        if remaining:
            self._show(
                self.tr("Trop d'essais infructueux. Nouvel essai possible dans {n} s.").format(
                    n=remaining
                )
            )
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            if self._countdown.isActive():
                self._countdown.stop()
                self.message.hide()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # --- unlocking ------------------------------------------------------------------------------

    def try_unlock(self) -> None:
        if self._worker is not None or self.remaining_delay():
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show(self.tr("Saisissez votre phrase de passe."))
            self.passphrase.setFocus()
            return
        user = self.user.text().strip() or None
        root = self.data_dir
        self.passphrase.clear()
        self.message.hide()
        self.busy.show()
        self._worker = pool().start(
            lambda _ctx: Store.open(root, user=user, passphrase=passphrase),
            name="unlock",
            on_finished=self._opened,
            on_failed=self._failed,
        )
        self._tick()

    def _opened(self, store: Store) -> None:
        self._worker = None
        self.busy.hide()
        self.settings.reset_failures()
        self.settings.last_user = store.db.user
        self._tick()
        self.unlocked.emit(store)

    def _failed(self, exc: BaseException) -> None:
        self._worker = None
        self.busy.hide()
        if isinstance(exc, WrongPassphrase | UnknownUser):
            failures = self.settings.failures + 1
            self.settings.record_failure(delay_after(failures))
            text = user_message(exc)
            if failures >= FREE_ATTEMPTS - 1 and not self.remaining_delay():
                text += " " + self.tr("Après 5 essais infructueux, un délai d'attente s'applique.")
        else:
            text = user_message(exc)
        self._show(text)
        self.failed.emit(text)
        self._tick()
        if not self.remaining_delay():
            self.passphrase.setFocus()

    @property
    def busy_unlocking(self) -> bool:
        return self._worker is not None
