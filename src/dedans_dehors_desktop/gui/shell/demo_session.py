"""``--demo``: a throw-away store filled with synthetic case files, deleted on exit.

Built in a private temporary folder (umask 077) on a worker, with a progress bar; its user and
passphrase are shown on the unlock screen so that a new user can explore at once.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from ...core.demo import generate
from ...crypto.keywrap import KdfParams
from ...storage.files import private_umask
from ...storage.store import Store
from ..widgets.icons import app_icon
from ..workers import JobContext, pool

DEMO_USER = "demo"
DEMO_PASSPHRASE = "parloir du mardi : sept mots pour essayer"
DEMO_STRUCTURE = "Mission Locale de démonstration"
DEMO_YOUTHS = 150
PERMANENCE_SIZE = 8


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

        with store.db.transaction():
            summary = generate(
                store.repo,
                youths,
                seed=seed,
                today=today,
                actualites_per_youth=8,
                progress=progress,
            )
            # A full morning where most youths are detained, so that "Permanence" shows one.
            assert summary.reference is not None
            rng = random.Random(seed)
            row = store.db.conn.execute(
                "SELECT etablissement_id FROM suivi_judiciaire WHERE milieu = 'ferme' "
                "AND etablissement_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
            ).fetchone()
            etab = row[0] if row else summary.reference.etablissements[0]
            inside = [
                r[0]
                for r in store.db.conn.execute(
                    "SELECT jeune_id FROM suivi_judiciaire WHERE etablissement_id = ? "
                    "AND milieu = 'ferme' ORDER BY jeune_id",
                    (etab,),
                )
            ]
            already = {
                r[0]
                for r in store.db.conn.execute(
                    "SELECT jeune_id FROM actualite WHERE date = ? AND presence = 'planifie'",
                    (today.isoformat(),),
                )
            }
            chosen = [j for j in inside if j not in already][:PERMANENCE_SIZE]
            hours = ["09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "14:00", "14:30"]
            for jeune_id, hour in zip(chosen, hours, strict=False):
                store.repo.create(
                    "actualite",
                    {
                        "jeune_id": jeune_id,
                        "date": today,
                        "heure": hour,
                        "type": "entretien",
                        "lieu": "intra_muros",
                        "presence": "planifie",
                        "etablissement_id": etab,
                        "duree": rng.choice((30, 45)),
                    },
                )
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
