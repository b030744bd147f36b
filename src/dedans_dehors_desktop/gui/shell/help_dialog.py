"""F1: the keyboard shortcuts and the few rules of the room; "À propos…" from there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("HelpDialog", text)


def shortcuts() -> list[tuple[str, str]]:
    """(key sequence in portable text, what it does), in the order shown."""
    return [
        ("Ctrl+N", _t("Nouvel entretien pour le jeune affiché ou sélectionné")),
        ("Ctrl+Return", _t("Enregistrer l'entretien (dans la fenêtre d'entretien)")),
        ("Esc", _t("Fermer l'entretien en gardant le brouillon ; revenir à la liste")),
        ("Ctrl+Shift+N", _t("Nouveau jeune orienté par le SPIP")),
        ("Ctrl+F", _t("Rechercher un jeune")),
        ("Ctrl+1", _t("Liste des jeunes")),
        ("Ctrl+2", _t("Permanence du jour")),
        ("Ctrl+3", _t("Synchronisation")),
        ("Ctrl+4", _t("Tableau de bord")),
        ("Ctrl+5", _t("La semaine : permanences prévues, rappels")),
        ("Ctrl+M", _t("Mode parloir : masquer les informations judiciaires et les notes")),
        ("Ctrl+L", _t("Verrouiller tout de suite")),
        ("Ctrl+P", _t("Imprimer le récapitulatif pour le jeune")),
        ("Ctrl+,", _t("Paramètres")),
        ("Ctrl+Shift+S", _t("Sauvegarde chiffrée de la base")),
        ("F1", _t("Cette aide")),
        ("Ctrl+Q", _t("Quitter")),
        (_t("Espace"), _t("Cocher un thème ou une case")),
        (_t("Haut / Bas"), _t("Dans une date : jour suivant / précédent")),
    ]


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Aide — raccourcis clavier"))
        intro = QLabel(
            self.tr(
                "Tout se fait au clavier. L'application se verrouille seule après quelques minutes "
                "sans activité ; rien de ce qui est saisi n'est perdu : les entretiens "
                "en cours sont "
                "gardés en brouillon chiffré."
            )
        )
        intro.setWordWrap(True)
        rows = shortcuts()
        table = QTableWidget(len(rows), 2)
        table.setObjectName("shortcutsTable")
        table.setAccessibleName(self.tr("Raccourcis clavier"))
        table.setHorizontalHeaderLabels([self.tr("Touches"), self.tr("Action")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        for i, (keys, what) in enumerate(rows):
            native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) or keys
            table.setItem(i, 0, QTableWidgetItem(native))
            table.setItem(i, 1, QTableWidgetItem(what))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.about_button = buttons.addButton(
            self.tr("À propos…"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.about_button.setObjectName("aboutButton")
        self.about_button.clicked.connect(self.show_about)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def show_about(self) -> QDialog:
        from .about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
