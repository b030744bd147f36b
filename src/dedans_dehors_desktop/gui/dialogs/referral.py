"""A new youth from a SPIP referral: identity, justice minimum, positionnement, eligibility.

The eligibility page evaluates the rules of the chosen dispositif (``core.eligibility``) on the
facts typed in the previous pages and shows, criterion by criterion, what passes, what fails
and what the referent must still answer. Everything is written in one transaction at the end.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...core.eligibility import Evaluation, Facts, evaluate
from ...core.entities import ENTITIES
from ...core.errors import UserError, ValidationError
from ...core.validation import check_record, normalise_changes
from ...services import casework, directories, queries
from ...services.duplicates import find_for_new
from ...services.session import Store
from .. import saving
from ..shell.errors import show_error
from ..widgets.editors import BoolEdit, editor_for
from ..widgets.formatting import field_label, parse_iso
from ..widgets.icons import icon
from ..widgets.text import ElidedLabel, PlainLabel
from .duplicates import DuplicatesDialog
from .scope_choice import ScopeChoiceBox

IDENTITY_FIELDS = (
    "nom_naissance",
    "nom_usage",
    "prenoms",
    "sexe",
    "date_naissance",
    "commune",
    "telephone",
    "ou_joindre",
)
JUSTICE_FIELDS = (
    "milieu",
    "statut",
    "etablissement_id",
    "date_ecrou",
    "date_liberation_prev",
    "spip_antenne",
    "cpip_nom",
)
POSITIONNEMENT_FIELDS = ("date", "origine", "prescripteur", "statut", "dispositif_id")


class FieldsPage(QWizardPage):
    """A page of editors for some fields of one entity, validated before moving on."""

    def __init__(
        self,
        table: str,
        names: tuple[str, ...],
        title: str,
        subtitle: str,
        refs: dict[str, list[tuple[str, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.entity = ENTITIES[table]
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.editors: dict[str, Any] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            f = self.entity.field(name)
            editor = editor_for(f, refs, self)
            if editor is None:
                continue
            editor.setObjectName(f"{table}_{name}")
            self.editors[name] = editor
            if isinstance(editor, BoolEdit):
                form.addRow("", editor)
            else:
                form.addRow(field_label(f) + (" *" if f.required else ""), editor)
        self.error = PlainLabel(wrap=True)
        self.error.setObjectName("formError")
        self.error.hide()
        form.addRow(self.error)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, editor in self.editors.items():
            try:
                out[name] = editor.value()
            except ValidationError as exc:
                raise ValidationError(
                    f"« {field_label(self.entity.field(name))} » : {exc}", name
                ) from None
        return out

    def validatePage(self) -> bool:
        try:
            norm = normalise_changes(self.entity, self.values(), date.today())
            record = {f.name: None for f in self.entity.fields} | norm
            if self.entity.has_field("jeune_id"):
                record["jeune_id"] = "pending"  # given at the end, when the youth is created
            check_record(self.entity, record, date.today())
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            editor = self.editors.get(exc.field or "")
            if editor is not None:
                editor.setFocus()
            return False
        self.error.hide()
        return True


class EligibilityPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Éligibilité au dispositif"))
        self.setSubTitle(
            self.tr(
                "Les critères sont vérifiés avec les informations saisies. "
                "Répondez aux questions que l'application ne peut pas trancher."
            )
        )
        self.dispositif_name = ElidedLabel()
        self.dispositif_name.setObjectName("dispositifName")
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.outcome = QLabel()
        self.outcome.setObjectName("eligibilityOutcome")
        layout = QVBoxLayout(self)
        layout.addWidget(self.dispositif_name)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.outcome)
        self.rules: list[dict[str, Any]] = []
        self.answers: dict[str, bool] = {}
        self.evaluation: Evaluation | None = None
        self._groups: list[QButtonGroup] = []

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, ReferralWizard)
        self.rules = wizard.rules()
        name = wizard.dispositif_name()
        self.dispositif_name.setText(
            self.tr("Dispositif : {nom}").format(nom=name)
            if name
            else self.tr("Aucun dispositif choisi.")
        )
        self.answers = {}
        self.refresh()

    def refresh(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, ReferralWizard)
        while self.grid.count():
            item = self.grid.takeAt(0)
            w = item.widget() if item else None
            if w is not None:
                w.deleteLater()
        self._groups.clear()
        self.evaluation = evaluate(self.rules, wizard.facts(), self.answers, date.today())
        for row, criterion in enumerate(self.evaluation.criteria):
            state = {True: "ok", False: "echec", None: "inconnu"}[criterion.passed]
            mark = QLabel()
            mark.setPixmap(icon(state).pixmap(22, 22))
            mark.setAccessibleName(
                {
                    True: self.tr("Critère rempli"),
                    False: self.tr("Critère non rempli"),
                    None: self.tr("À vérifier"),
                }[criterion.passed]
            )
            label = PlainLabel(criterion.label, wrap=True)
            label.setObjectName(f"criterion_{criterion.id}")
            detail = PlainLabel(criterion.detail, wrap=True)
            detail.setObjectName("criterionDetail")
            self.grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(label, row, 1)
            rule = next((r for r in self.rules if r["id"] == criterion.id), {})
            if rule.get("type") == "question":
                box = QWidget()
                h = QHBoxLayout(box)
                h.setContentsMargins(0, 0, 0, 0)
                yes = QRadioButton(self.tr("Oui"))
                no = QRadioButton(self.tr("Non"))
                yes.setObjectName(f"answer_yes_{criterion.id}")
                no.setObjectName(f"answer_no_{criterion.id}")
                group = QButtonGroup(box)
                group.addButton(yes)
                group.addButton(no)
                self._groups.append(group)
                answer = self.answers.get(criterion.id)
                yes.setChecked(answer is True)
                no.setChecked(answer is False)
                yes.toggled.connect(lambda on, cid=criterion.id: self._answer(cid, True, on))
                no.toggled.connect(lambda on, cid=criterion.id: self._answer(cid, False, on))
                h.addWidget(yes)
                h.addWidget(no)
                self.grid.addWidget(box, row, 2)
            else:
                self.grid.addWidget(detail, row, 2)
        self.grid.setRowStretch(len(self.evaluation.criteria), 1)
        text = {
            "eligible": self.tr("Résultat : éligible."),
            "non_eligible": self.tr(
                "Résultat : non éligible (au moins un critère n'est pas rempli)."
            ),
            "incomplet": self.tr("Résultat : à compléter (des critères restent à vérifier)."),
        }
        if not self.rules:
            self.outcome.setText(
                self.tr("Ce dispositif n'a pas de critère d'éligibilité enregistré.")
            )
        else:
            self.outcome.setText(text.get(self.evaluation.outcome, ""))

    def _answer(self, criterion_id: str, value: bool, checked: bool = True) -> None:
        if checked:
            self.answers[criterion_id] = value
            self.refresh()


class ReferralWizard(QWizard):
    """``created(jeune_id)`` once the youth and the referral are written."""

    created = Signal(str)
    open_existing = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralWizard")
        self.store = store
        self.setWindowTitle(self.tr("Nouveau jeune — orientation SPIP"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        # Retired directory entries are not offered for a new youth.
        refs = {
            t: directories.choices(store, t) for t in ("etablissement", "partenaire", "dispositif")
        }
        self.homonym_confirmed = False
        self.duplicates: DuplicatesDialog | None = None
        self.identity = FieldsPage(
            "jeune",
            IDENTITY_FIELDS,
            self.tr("Identité"),
            self.tr("Qui est orienté ? (* : obligatoire)"),
            refs,
        )
        self.justice = FieldsPage(
            "suivi_judiciaire",
            JUSTICE_FIELDS,
            self.tr("Suivi judiciaire"),
            self.tr("Le minimum utile à l'accompagnement. Ni l'infraction, ni la peine."),
            refs,
        )
        self.positionnement = FieldsPage(
            "positionnement",
            POSITIONNEMENT_FIELDS,
            self.tr("Positionnement"),
            self.tr("La demande d'accompagnement reçue."),
            refs,
        )
        self.eligibility = EligibilityPage()
        self.positionnement.editors["date"].set_date(date.today())
        self.positionnement.editors["origine"].set_value("spip")
        self.positionnement.editors["statut"].set_value("propose")
        self.justice.editors["milieu"].set_value("ferme")
        dispositifs = refs["dispositif"]
        if dispositifs:
            self.positionnement.editors["dispositif_id"].set_value(dispositifs[0][0])
        for page in (self.identity, self.justice, self.positionnement, self.eligibility):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Créer le dossier"))
        self.resize(760, 600)

    def facts(self) -> Facts:
        ident = self._safe(self.identity)
        just = self._safe(self.justice)
        birth = ident.get("date_naissance")
        release = just.get("date_liberation_prev")
        return Facts(
            date_naissance=birth if isinstance(birth, date) else parse_iso(birth),
            statut=just.get("statut"),
            milieu=just.get("milieu"),
            commune=ident.get("commune"),
            date_liberation_prev=release if isinstance(release, date) else None,
        )

    @staticmethod
    def _safe(page: FieldsPage) -> dict[str, Any]:
        try:
            return page.values()
        except ValidationError:
            return {}

    def dispositif_id(self) -> str | None:
        value = self.positionnement.editors["dispositif_id"].value()
        return str(value) if value else None

    def dispositif_name(self) -> str:
        did = self.dispositif_id()
        return dict(queries.names(self.store, "dispositif")).get(did or "", "")

    def rules(self) -> list[dict[str, Any]]:
        return casework.dispositif_rules(self.store, self.dispositif_id())

    def accept(self) -> None:
        if not self.homonym_confirmed and self._ask_about_duplicates():
            return
        try:
            jeune_id = self._write()
        except ValidationError as exc:
            show_error(self, exc)
            return
        except UserError as exc:
            show_error(self, exc)
            return
        ScopeChoiceBox.offer(self.parentWidget(), self.store, jeune_id, self.identity.values())
        self.created.emit(jeune_id)
        super().accept()

    def _ask_about_duplicates(self) -> bool:
        """True when a possible duplicate is shown (the answer comes later, by a signal)."""
        try:
            candidates = find_for_new(self.store, self.identity.values())
        except ValidationError:
            return False
        if not candidates:
            return False
        dialog = DuplicatesDialog(candidates, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_existing.connect(self._open_existing)
        dialog.homonym.connect(self._confirm_homonym)
        self.duplicates = dialog
        dialog.open()
        return True

    def _open_existing(self, jeune_id: str) -> None:
        self.duplicates = None
        self.open_existing.emit(jeune_id)
        self.reject()

    def _confirm_homonym(self) -> None:
        self.duplicates = None
        self.homonym_confirmed = True
        self.accept()

    def _write(self) -> str:
        ev = self.eligibility.evaluation
        referral = casework.Referral(
            jeune=self.identity.values(),
            suivi_judiciaire=self.justice.values(),
            positionnement=self.positionnement.values(),
            answers=self.eligibility.answers,
        )
        evaluation = ev if self.eligibility.rules else None
        return saving.save(
            self.store,
            lambda: casework.register_referral(self.store, referral, evaluation=evaluation),
        )
