"""``--demo``: a throw-away store filled with synthetic case files, deleted on exit.

Built in a private temporary folder (umask 077) on a worker, with a progress bar; its user and
passphrase are shown on the unlock screen so that a new user can explore at once.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from ...services.casework import seed_demo
from ...services.session import KdfParams, Store, private_umask
from ..widgets.icons import app_icon
from ..workers import JobContext, pool

DEMO_USER = "demo"
DEMO_PASSPHRASE = "parloir du mardi : sept mots pour essayer"
DEMO_STRUCTURE = "Mission Locale de démonstration"
DEMO_YOUTHS = 150


def make_demo_dir() -> Path:
    with private_umask():
        return Path(tempfile.mkdtemp(prefix="dedans-dehors-demo-"))


def build_demo_store(
    root: Path,
    ctx: JobContext | None = None,
    *,
    youths: int = DEMO_YOUTHS,
    kdf: KdfParams | None = None,
    today: date | None = None,
    seed: int = 11,
) -> None:
    """Create and fill the demo store in ``root`` (which must not hold a store yet)."""
    today = today or date.today()
    with (
        private_umask(),
        Store.create(
            root,
            role="laptop",
            structure_name=DEMO_STRUCTURE,
            user=DEMO_USER,
            passphrase=DEMO_PASSPHRASE,
            kdf=kdf,
            enforce_policy=False,
        ) as store,
    ):

        def progress(done: int, total: int) -> None:
            if ctx is not None:
                ctx.check()
                ctx.progress(done, total + 1)

        seed_demo(store, youths, seed=seed, today=today, progress=progress)
        if ctx is not None:
            ctx.progress(youths + 1, youths + 1)


def remove_demo_dir(root: Path) -> None:
    if root.name.startswith("dedans-dehors-demo-"):
        shutil.rmtree(root, ignore_errors=True)


class DemoBuilder(QWidget):
    """A small window with a progress bar while the demo store is built."""

    ready = Signal()
    failed = Signal(object)

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBuilder")
        self.root = root
        self.setWindowTitle(self.tr("Démonstration"))
        self.setWindowIcon(app_icon())
        label = QLabel(self.tr("Préparation d'une base de démonstration (données fictives)…"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bar = QProgressBar()
        self.bar.setObjectName("demoProgress")
        self.bar.setRange(0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(30, 24, 30, 24)
        layout.addWidget(label)
        layout.addWidget(self.bar)
        self.resize(460, 140)

    def start(self) -> None:
        root = self.root
        pool().start(
            lambda ctx: build_demo_store(root, ctx),
            name="demo",
            on_progress=self._progress,
            on_finished=lambda _r: self.ready.emit(),
            on_failed=self.failed.emit,
        )

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
