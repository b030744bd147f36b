"""Ctrl+,: idle delay, mode parloir at start, interface language, the note's word list."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import UserError
from ...core.sensitive_words import DEFAULT_WORDS
from ...services.documents import set_structure_identity, structure_identity
from .. import saving
from ..shell.errors import show_error
from ..shell.settings import IDLE_MAX, IDLE_MIN, AppSettings, StoreSettings


class SettingsDialog(QDialog):
    applied = Signal()

    def __init__(
        self,
        app_settings: AppSettings,
        store_settings: StoreSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Paramètres"))
        self.app_settings = app_settings
        self.store_settings = store_settings
        self.idle = QSpinBox()
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(IDLE_MIN, IDLE_MAX)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(store_settings.idle_minutes)
        self.idle.setAccessibleName(self.tr("Verrouillage après inactivité, en minutes"))
        self.parloir = QCheckBox(self.tr("Démarrer en mode parloir"))
        self.parloir.setChecked(store_settings.parloir_default)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Langue de l'interface"))
        for code, label in (
            ("", self.tr("Celle du système")),
            ("fr", "Français"),
            ("en", "English"),
        ):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(app_settings.language)))
        self.words = QPlainTextEdit()
        self.words.setObjectName("sensitiveWords")
        self.words.setTabChangesFocus(True)
        self.words.setAccessibleName(self.tr("Mots ajoutés au lexique par la structure"))
        self.words.setPlainText("\n".join(store_settings.sensitive_words))
        # The list only adds to the lexicon (resources/lexique): no prefix "*" any more, and an
        # empty list leaves the lexicon alone (core/sensitive_words.py).
        self.words_hint = QLabel(
            self.tr(
                "Le lexique intégré (justice, détention, santé, addictions, handicap, santé "
                "sexuelle, famille) s'applique toujours ; les mots ou expressions écrits ici s'y "
                "ajoutent, un par ligne. Ils sont reconnus en mots entiers, sans tenir compte des "
                "accents ni des majuscules. Ils déclenchent l'avertissement de la note d'entretien "
                "et retiennent la ligne du récapitulatif pour relecture. Liste vide : le lexique "
                "seul."
            )
        )
        self.words_hint.setObjectName("sensitiveWordsHint")
        self.words_hint.setWordWrap(True)
        identity = structure_identity(store_settings.store)
        self.address = QLineEdit(identity.address)
        self.address.setObjectName("structureAddress")
        self.address.setAccessibleName(self.tr("Adresse de la Mission Locale"))
        self.phone = QLineEdit(identity.phone)
        self.phone.setObjectName("structurePhone")
        self.phone.setAccessibleName(self.tr("Standard téléphonique de la Mission Locale"))
        form = QFormLayout()
        form.addRow(self.tr("Verrouillage après"), self.idle)
        form.addRow("", self.parloir)
        form.addRow(self.tr("Langue (au prochain démarrage)"), self.language)
        form.addRow(self.tr("Adresse (récapitulatif)"), self.address)
        form.addRow(self.tr("Standard (récapitulatif)"), self.phone)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(self.tr("Mots de la structure (note d'entretien, récapitulatif) :"))
        )
        layout.addWidget(self.words, 1)
        layout.addWidget(self.words_hint)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def save(self) -> None:
        try:
            store = self.store_settings.store
            saving.save(
                store,
                set_structure_identity,
                store,
                address=self.address.text(),
                phone=self.phone.text(),
            )
        except UserError as exc:
            show_error(self, exc)
            return
        self.store_settings.idle_minutes = self.idle.value()
        self.store_settings.parloir_default = self.parloir.isChecked()
        words = [w for w in self.words.toPlainText().splitlines() if w.strip()]
        self.store_settings.sensitive_words = words or list(DEFAULT_WORDS)
        self.app_settings.language = str(self.language.currentData() or "")
        self.applied.emit()
        self.accept()
