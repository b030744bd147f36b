"""First run: role, Mission Locale, user, passphrase (with a strength meter), creation.

The creation calibrates Argon2id (about a second) and writes the store: it runs on a worker
with a progress indicator. The passphrase never leaves memory except wrapped in the key file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...core.passphrase import evaluate, rule_text
from ...services.session import KdfParams, Store, calibrate
from ..shell.errors import user_message
from ..widgets.icons import app_icon
from ..widgets.text import PlainLabel
from ..workers import JobContext, pool

SCORE_COLORS = ("#b3261e", "#c0581a", "#b08800", "#4d8b31", "#2e7d4f")


class RolePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Bienvenue dans Dedans-Dehors"))
        self.setSubTitle(
            self.tr(
                "Quelques réglages avant la première utilisation. Les dossiers "
                "seront chiffrés sur cet ordinateur."
            )
        )
        self.office = QRadioButton(
            self.tr("Ordinateur du bureau (réunit le travail des portables, produit les bilans)")
        )
        self.office.setObjectName("roleOffice")
        self.laptop = QRadioButton(self.tr("Portable des permanences (parloirs, sans réseau)"))
        self.laptop.setObjectName("roleLaptop")
        self.laptop.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.office)
        group.addButton(self.laptop)
        self.structure = QLineEdit()
        self.structure.setObjectName("structureName")
        self.structure.setMaxLength(200)
        self.structure.setPlaceholderText(self.tr("ex. : Mission Locale du Bassin Rennais"))
        self.structure.setAccessibleName(self.tr("Nom de la Mission Locale"))
        self.structure.textChanged.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Rôle de cet ordinateur :")))
        layout.addWidget(self.laptop)
        layout.addWidget(self.office)
        layout.addSpacing(12)
        label = QLabel(self.tr("&Nom de la Mission Locale :"))
        label.setBuddy(self.structure)
        layout.addWidget(label)
        layout.addWidget(self.structure)
        layout.addStretch(1)

    @property
    def role(self) -> str:
        return "office" if self.office.isChecked() else "laptop"

    def isComplete(self) -> bool:
        return bool(self.structure.text().strip())


class PassphrasePage(QWizardPage):
    def __init__(self, enforce_policy: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enforce_policy = enforce_policy
        self.setTitle(self.tr("Votre compte"))
        self.setSubTitle(
            self.tr(
                "La phrase de passe protège tous les dossiers. Elle ne peut pas "
                "être retrouvée si elle est oubliée : notez-la en lieu sûr."
            )
        )
        self.user = QLineEdit()
        self.user.setObjectName("setupUser")
        self.user.setMaxLength(100)
        self.user.setAccessibleName(self.tr("Nom d'utilisateur"))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("setupPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMaxLength(1024)
        self.passphrase.setAccessibleName(self.tr("Phrase de passe"))
        self.confirm = QLineEdit()
        self.confirm.setObjectName("setupConfirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setMaxLength(1024)
        self.confirm.setAccessibleName(self.tr("Confirmation de la phrase de passe"))
        self.meter = QProgressBar()
        self.meter.setObjectName("strengthMeter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(10)
        self.meter.setAccessibleName(self.tr("Solidité de la phrase de passe"))
        self.verdict = QLabel()
        self.verdict.setObjectName("strengthVerdict")
        self.rule = PlainLabel(rule_text(), wrap=True)
        self.rule.setObjectName("ruleText")
        self.reasons = PlainLabel(wrap=True)
        self.reasons.setObjectName("strengthReasons")
        # "Afficher": a long phrase is easier to type right when it can be read back.
        self.show_passphrase = QCheckBox(self.tr("Afficher"))
        self.show_passphrase.setObjectName("showPassphrase")
        self.show_passphrase.toggled.connect(self._show_passphrase)
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.passphrase, 1)
        passphrase_row.addWidget(self.show_passphrase)
        form = QFormLayout()
        form.addRow(self.tr("Nom d'&utilisateur"), self.user)
        form.addRow(self.tr("&Phrase de passe"), passphrase_row)
        form.addRow("", self.meter)
        form.addRow("", self.verdict)
        form.addRow(self.tr("&Confirmation"), self.confirm)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.rule)
        layout.addWidget(self.reasons)
        layout.addStretch(1)
        for w in (self.user, self.passphrase, self.confirm):
            w.textChanged.connect(self._update)
        self._update()

    def _show_passphrase(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _update(self) -> None:
        text = self.passphrase.text()
        verdict = evaluate(text) if text else None
        score = verdict.score if verdict else 0
        self.meter.setValue(score)
        self.meter.setStyleSheet(
            f"QProgressBar::chunk {{ background: {SCORE_COLORS[score]}; border-radius: 4px; }}"
        )
        names = (
            self.tr("Très faible"),
            self.tr("Faible"),
            self.tr("Moyenne"),
            self.tr("Bonne"),
            self.tr("Excellente"),
        )
        if verdict is None:
            self.verdict.setText("")
            self.reasons.setText("")
        else:
            ok_text = self.tr("conforme à la règle") if verdict.ok else self.tr("refusée")
            self.verdict.setText(
                self.tr("Solidité : {niveau} — {etat}").format(niveau=names[score], etat=ok_text)
            )
            problems = list(verdict.reasons)
            if self.confirm.text() and self.confirm.text() != text:
                problems.append(self.tr("La confirmation ne correspond pas."))
            self.reasons.setText("\n".join(f"• {r}" for r in problems))
        self.completeChanged.emit()

    def passphrase_ok(self) -> bool:
        text = self.passphrase.text()
        return bool(text) and (not self.enforce_policy or evaluate(text).ok)

    def isComplete(self) -> bool:
        return (
            bool(self.user.text().strip())
            and self.passphrase_ok()
            and self.confirm.text() == self.passphrase.text()
        )


class CreationPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Création de la base chiffrée"))
        self.setSubTitle(self.tr("Réglage de la protection pour cet ordinateur, puis création."))
        self.progress = QProgressBar()
        self.progress.setObjectName("creationProgress")
        self.progress.setRange(0, 0)
        self.status = PlainLabel(wrap=True)
        self.status.setObjectName("creationStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.done = False

    def isComplete(self) -> bool:
        return self.done

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        self.done = False
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Réglage de la protection (environ une seconde)…"))
        # After QWizard has updated its buttons for this page, which would enable "Précédent".
        QTimer.singleShot(0, lambda: wizard.start_creation(self))

    def finished_ok(self) -> None:
        self.done = True
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(self.tr("La base est prête. Cliquez sur « Terminer » pour commencer."))
        self.completeChanged.emit()

    def failed(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(message + "\n" + self.tr("Revenez en arrière pour corriger."))


class SetupWizard(QWizard):
    """``store`` holds the created, open store once the wizard is accepted."""

    def __init__(
        self,
        data_dir: Path,
        *,
        kdf: KdfParams | None = None,
        enforce_policy: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.data_dir = data_dir
        self.kdf = kdf
        self.enforce_policy = enforce_policy
        self.store: Store | None = None
        self.kdf_seconds: float | None = None
        self._worker: Any = None
        self.setWindowTitle(self.tr("Première utilisation"))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        # Once the store exists there is nothing to go back to: on the last page, "Précédent"
        # is enabled only while the page is incomplete (creation failed, to correct).
        self.setOption(QWizard.WizardOption.DisabledBackButtonOnLastPage, True)
        self.role_page = RolePage()
        self.pass_page = PassphrasePage(enforce_policy)
        self.creation_page = CreationPage()
        for page in (self.role_page, self.pass_page, self.creation_page):
            self.addPage(page)
        self.setMinimumSize(640, 520)

    def start_creation(self, page: CreationPage) -> None:
        root = self.data_dir
        role = self.role_page.role
        structure = self.role_page.structure.text().strip()
        user = self.pass_page.user.text().strip()
        passphrase = self.pass_page.passphrase.text()
        kdf = self.kdf
        # Parameters given explicitly (tests, screenshots) are taken as they are, under the
        # floor of real use; the passphrase rule is still applied by the page above.
        enforce = self.enforce_policy and kdf is None

        def job(ctx: JobContext) -> tuple[Store, float | None]:
            seconds = None
            params = kdf
            if params is None:
                params, seconds = calibrate()
            ctx.progress(1, 2)
            store = Store.create(
                root,
                role=role,
                structure_name=structure,
                user=user,
                passphrase=passphrase,
                kdf=params,
                enforce_policy=enforce,
            )
            return store, seconds

        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self._worker = pool().start(
            job,
            name="setup",
            on_finished=self._created,
            on_failed=self._failed,
            on_progress=self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        self.creation_page.progress.setRange(0, total)
        self.creation_page.progress.setValue(done)
        self.creation_page.status.setText(self.tr("Création et chiffrement de la base…"))

    def _created(self, result: tuple[Store, float | None]) -> None:
        self._worker = None
        self.store, self.kdf_seconds = result
        # The passphrase is no longer needed on screen.
        self.pass_page.passphrase.clear()
        self.pass_page.confirm.clear()
        self.creation_page.finished_ok()

    def _failed(self, exc: BaseException) -> None:
        self._worker = None
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        self.creation_page.failed(user_message(exc))

    def reject(self) -> None:
        if self._worker is not None:
            return  # creation under way: it cannot be interrupted half-written
        if self.store is not None:
            self.store.close()
            self.store = None
        super().reject()
