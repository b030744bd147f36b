"""The case file of one youth: identity, justice follow-up, parcours, timeline, history.

Everything shown comes from ``queries.read_case_file`` (one read, logged once as a
consultation); every change goes through ``RecordDialog`` → ``services.casework``. Mode parloir
hides justice fields and notes everywhere in this page; the "Aménagements" tab (justice only) is
emptied.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import enums as E
from ...core.dates import age_at
from ...core.entities import ENTITIES
from ...core.i18n import tr
from ...services import handover, queries
from ...services.session import Store
from ..dialogs.interview import InterviewContext
from ..dialogs.record_form import RecordDialog, RecordView, hidden_in_parloir
from ..lock.wipe import wipe
from ..widgets.formatting import date_fr, field_label, format_value, parse_iso, when_text
from ..widgets.icons import icon
from ..widgets.text import ElidedLabel, PlainLabel, one_line
from ..widgets.timeline import TimelineView

(
    TAB_IDENTITE,
    TAB_JUSTICE,
    TAB_ACCOMPAGNEMENT,
    TAB_PARCOURS,
    TAB_ACTUALITES,
    TAB_SITUATIONS,
    TAB_AMENAGEMENTS,
    TAB_CONSENTEMENTS,
    TAB_HISTORIQUE,
) = range(9)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


_DEDICATED_DIALOGS = frozenset({"inscription", "accord_partage", "passage_commission"})


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseFilePage", text)


class SectionTable(QWidget):
    """A titled table of records of one kind, with an "Ajouter" button; Enter edits a row."""

    edit_requested = Signal(str, object)  # table, record (None = new)

    def __init__(
        self,
        table: str,
        title: str,
        columns: tuple[str, ...],
        rows: list[dict[str, Any]],
        ref_names: dict[str, dict[str, str]],
        *,
        parloir: bool,
        can_add: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.table = table
        e = ENTITIES[table]
        self._rows = {str(r["id"]): r for r in rows}
        fields = [e.field(c) for c in columns]
        header = QHBoxLayout()
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        header.addWidget(heading)
        header.addStretch(1)
        if can_add:
            add = QPushButton(icon("ajouter"), _t("Ajouter"))
            add.setObjectName(f"add_{table}")
            add.setAccessibleName(_t("Ajouter : {quoi}").format(quoi=title))
            add.clicked.connect(lambda: self.edit_requested.emit(self.table, None))
            header.addWidget(add)
        self.view = QTableWidget(len(rows), len(fields))
        self.view.setObjectName(f"table_{table}")
        self.view.setAccessibleName(title)
        self.view.setHorizontalHeaderLabels([field_label(f) for f in fields])
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, r in enumerate(rows):
            for j, f in enumerate(fields):
                if parloir and hidden_in_parloir(f):
                    text = _t("masqué") if r.get(f.name) not in (None, "") else ""
                else:
                    text = format_value(f, r.get(f.name), ref_names)
                item = QTableWidgetItem(one_line(text))
                item.setData(ID_ROLE, str(r["id"]))
                self.view.setItem(i, j, item)
        for j, f in enumerate(fields):
            self.view.setColumnHidden(j, parloir and hidden_in_parloir(f) and len(fields) > 1)
        self.view.resizeColumnsToContents()
        for j in range(len(fields)):
            self.view.setColumnWidth(j, min(max(self.view.columnWidth(j), 90), 340))
        row_h = self.view.verticalHeader().defaultSectionSize()
        visible = max(1, min(len(rows), 8))
        self.view.setFixedHeight(
            self.view.horizontalHeader().sizeHint().height() + row_h * visible + 6
        )
        self.view.itemActivated.connect(self._activated)
        self.view.itemDoubleClicked.connect(self._activated)
        empty = PlainLabel(_t("Aucune fiche pour l'instant."))
        empty.setObjectName("emptyValue")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.view)
        layout.addWidget(empty)
        self.view.setVisible(bool(rows))
        empty.setVisible(not rows)

    def _activated(self, item: QTableWidgetItem) -> None:
        record = self._rows.get(str(item.data(ID_ROLE)))
        if record is not None:
            self.edit_requested.emit(self.table, record)


class CaseFilePage(QWidget):
    """One youth's case file (a page of the main window)."""

    back_requested = Signal()
    interview_requested = Signal(str)
    changed = Signal(str)

    def __init__(
        self,
        store: Store,
        jeune_id: str,
        *,
        parloir: bool = False,
        draft_exists: bool = False,
        initial_tab: int = TAB_ACTUALITES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseFilePage")
        self.store = store
        self.jeune_id = jeune_id
        self.parloir = parloir
        # Where the page was opened from: the permanence's appointment, the page to go back to.
        self.context: InterviewContext | None = None
        self.origin_page = 0
        self._history_loaded = False
        self._built: set[int] = set()
        self._builders: list[Callable[[], QWidget]] = []
        self.case = queries.read_case_file(store, jeune_id)

        self.back = QPushButton(icon("retour"), self.tr("Liste"))
        self.back.setObjectName("backButton")
        self.back.setToolTip(self.tr("Retour à la liste (Échap)"))
        self.back.setAccessibleName(self.tr("Retour à la liste"))
        self.back.clicked.connect(self.back_requested)
        self.name = ElidedLabel()
        self.name.setObjectName("caseName")
        self.details = ElidedLabel()
        self.details.setObjectName("caseDetails")
        self.badge = PlainLabel()
        self.badge.setObjectName("badge")
        interview = QPushButton(icon("entretien"), self.tr("Nouvel entretien"))
        interview.setObjectName("interviewButton")
        interview.setToolTip(self.tr("Nouvel entretien (Ctrl+N)"))
        interview.clicked.connect(lambda: self.interview_requested.emit(self.jeune_id))
        printing = QPushButton(icon("imprimer"), self.tr("Imprimer le récapitulatif"))
        printing.setObjectName("printButton")
        printing.setToolTip(self.tr("Récapitulatif à remettre au jeune (Ctrl+P)"))
        printing.clicked.connect(self.print_summary)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_summary)
        access = QPushButton(self.tr("Droit d'accès…"))
        access.setObjectName("accessExportButton")
        access.setToolTip(
            self.tr("Exporter tout ce qui est enregistré sur ce jeune (RGPD, art. 15)")
        )
        access.setAccessibleName(self.tr("Export du droit d'accès"))
        access.clicked.connect(self.export_access)
        booking = QPushButton(icon("semaine"), self.tr("Permanence…"))
        booking.setObjectName("bookPermanenceButton")
        booking.setToolTip(self.tr("Inscrire ce jeune à une permanence"))
        booking.clicked.connect(self.book_permanence)
        liaison = QPushButton(self.tr("Fiche SPIP…"))
        liaison.setObjectName("liaisonButton")
        liaison.setToolTip(self.tr("Fiche de liaison pour le CPIP, avec l'accord du jeune"))
        liaison.setAccessibleName(self.tr("Fiche de liaison SPIP"))
        liaison.clicked.connect(self.liaison_sheet)
        handover_button = QPushButton(self.tr("Transférer…"))
        handover_button.setObjectName("handoverButton")
        handover_button.setToolTip(self.tr("Transférer à une autre Mission Locale"))
        handover_button.clicked.connect(self.transfer)
        handover_button.setVisible(store.db.role == "office")

        # The details line runs under the buttons too: age, establishment and "milieu" fit.
        top = QGridLayout()
        top.setHorizontalSpacing(12)
        top.setVerticalSpacing(2)
        top.addWidget(self.back, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.name, 0, 1)
        buttons = (self.badge, booking, liaison, handover_button, access, printing, interview)
        for column, widget in enumerate(buttons, start=2):
            top.addWidget(widget, 0, column, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.details, 1, 1, 1, len(buttons) + 1)
        top.setColumnStretch(1, 1)

        self.draft_banner = QFrame()
        self.draft_banner.setObjectName("draftBanner")
        banner = QHBoxLayout(self.draft_banner)
        banner.setContentsMargins(12, 6, 12, 6)
        banner_text = QLabel(self.tr("Un entretien non enregistré attend dans les brouillons."))
        resume = QPushButton(icon("brouillon"), self.tr("Reprendre l'entretien"))
        resume.setObjectName("resumeDraftButton")
        resume.clicked.connect(lambda: self.interview_requested.emit(self.jeune_id))
        banner.addWidget(banner_text, 1)
        banner.addWidget(resume)
        self.draft_banner.setVisible(draft_exists)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_changed)
        for title in (
            self.tr("Identité"),
            self.tr("Suivi judiciaire"),
            self.tr("Accompagnement"),
            self.tr("Parcours"),
            self.tr("Actualités"),
            self.tr("Situations"),
            self.tr("Aménagements"),
            self.tr("Consentements"),
            self.tr("Historique"),
        ):
            self.tabs.addTab(QWidget(), title)
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(initial_tab)
        self.tabs.blockSignals(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.draft_banner)
        # A handover: "transféré à … le …" here, "reçu de la Mission Locale de …" there.
        moves = handover.traces(store, jeune_id) + handover.provenance(store, "jeune", jeune_id)
        self.provenance = PlainLabel("\n".join(moves))
        self.provenance.setObjectName("provenanceLabel")
        self.provenance.setVisible(bool(moves))
        layout.addWidget(self.provenance)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape)
        QShortcut(QKeySequence("Alt+Left"), self, self.back_requested.emit)
        self._render()

    # --- rendering ------------------------------------------------------------------------------

    def _escape(self) -> None:
        self.back_requested.emit()

    def _render(self) -> None:
        j = self.case.jeune
        nom = one_line(j.get("nom_usage") or j.get("nom_naissance") or "").upper()
        self.name.setText(f"{one_line(j.get('prenoms') or '')} {nom}".strip())
        birth = parse_iso(j.get("date_naissance"))
        parts: list[str] = []
        if birth:
            age = age_at(birth, date.today())
            born = {"homme": self.tr("né le {date}"), "femme": self.tr("née le {date}")}.get(
                str(j.get("sexe")), self.tr("né·e le {date}")
            )
            parts.append(
                self.tr("{age} ans").format(age=age)
                + " ("
                + born.format(date=date_fr(j.get("date_naissance")))
                + ")"
            )
        suivi = self.case.latest("suivi_judiciaire", "date_ecrou")
        if suivi:
            etab = self.case.ref_names["etablissement"].get(str(suivi.get("etablissement_id")))
            if etab:
                parts.append(one_line(etab))
            if suivi.get("milieu"):
                parts.append(E.MILIEU.label(suivi["milieu"]))
        self.details.setText(" · ".join(parts))
        minor = bool(birth and age_at(birth, date.today()) < 18)
        self.badge.setText(self.tr("Mineur·e") if minor else "")
        self.badge.setVisible(minor)
        self._builders = [
            self._identity_tab,
            self._justice_tab,
            self._accompagnement_tab,
            self._parcours_tab,
            self._actualites_tab,
            lambda: self._tables_tab(
                [
                    (
                        "situation",
                        self.tr("Situations"),
                        (
                            "categorie",
                            "detail",
                            "etat",
                            "date_debut",
                            "date_fin",
                            "employeur",
                            "pendant_detention",
                        ),
                    )
                ]
            ),
            self._amenagements_tab,
            lambda: self._tables_tab(
                [
                    (
                        "consentement",
                        self.tr("Consentements"),
                        ("portee", "date", "methode", "date_notice", "date_retrait"),
                    ),
                    (
                        "accord_partage",
                        self.tr("Accords de partage avec le SPIP (fiche de liaison)"),
                        ("element_table", "date", "avec_note", "date_retrait"),
                    ),
                ],
                can_add={"accord_partage": False},
            ),
            self._history_placeholder,
        ]
        # Only the tab on screen is built; the others are built when first shown.
        self._built = set()
        self.tabs.blockSignals(True)
        for i in range(self.tabs.count()):
            self._replace_tab(i, QWidget())
        self.tabs.setTabEnabled(TAB_AMENAGEMENTS, not self.parloir)
        self.tabs.blockSignals(False)
        self._history_loaded = False
        self._ensure_built(self.tabs.currentIndex())

    def _replace_tab(self, i: int, widget: QWidget) -> None:
        current = self.tabs.currentIndex()
        old = self.tabs.widget(i)
        title = self.tabs.tabText(i)
        self.tabs.removeTab(i)
        self.tabs.insertTab(i, widget, title)
        self.tabs.setCurrentIndex(current)
        if old is not None:
            wipe(old)  # deletion is deferred: what it showed must go now (mode parloir)
            old.deleteLater()

    def _ensure_built(self, i: int) -> None:
        if i < 0 or i >= len(self._builders) or i in self._built or not self.tabs.isTabEnabled(i):
            return
        self._built.add(i)
        blocked = self.tabs.blockSignals(True)
        self._replace_tab(i, self._builders[i]())
        self.tabs.blockSignals(blocked)
        if i == TAB_HISTORIQUE:
            self._load_history()

    def _scroll(self, inner: QWidget) -> QWidget:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        inner.setObjectName("tabBody")
        area.setWidget(inner)
        return area

    def _section_title(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionTitle")
        return label

    def _identity_tab(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 12, 12, 12)
        layout.setSpacing(10)
        head = QHBoxLayout()
        head.addWidget(self._section_title(self.tr("Identité et contact")))
        head.addStretch(1)
        edit = QPushButton(icon("modifier"), self.tr("Modifier l'identité"))
        edit.setObjectName("editIdentity")
        edit.clicked.connect(lambda: self.edit_record("jeune", self.case.jeune))
        head.addWidget(edit)
        layout.addLayout(head)
        layout.addWidget(
            RecordView("jeune", self.case.jeune, self.case.ref_names, parloir=self.parloir, skip=())
        )
        head2 = QHBoxLayout()
        head2.addWidget(self._section_title(self.tr("Profil socio-professionnel")))
        head2.addStretch(1)
        profil = self.case.latest("profil")
        edit2 = QPushButton(
            icon("modifier") if profil else icon("ajouter"),
            self.tr("Modifier le profil") if profil else self.tr("Saisir le profil"),
        )
        edit2.setObjectName("editProfil")
        edit2.clicked.connect(lambda: self.edit_record("profil", profil))
        head2.addWidget(edit2)
        layout.addLayout(head2)
        if profil:
            layout.addWidget(
                RecordView("profil", profil, self.case.ref_names, parloir=self.parloir)
            )
        layout.addWidget(
            self._table("piece_identite", self.tr("Pièces d'identité"), ("type", "date_expiration"))
        )
        layout.addStretch(1)
        return self._scroll(body)

    def _justice_tab(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 12, 12, 12)
        layout.setSpacing(10)
        if self.parloir:
            note = PlainLabel(self.tr("Mode parloir : les informations judiciaires sont masquées."))
            note.setObjectName("parloirNotice")
            layout.addWidget(note)
        current = self.case.latest("suivi_judiciaire", "date_ecrou")
        if current:
            layout.addWidget(self._section_title(self.tr("Période en cours")))
            layout.addWidget(
                RecordView("suivi_judiciaire", current, self.case.ref_names, parloir=self.parloir)
            )
        layout.addWidget(
            self._table(
                "suivi_judiciaire",
                self.tr("Périodes de suivi"),
                (
                    "milieu",
                    "statut",
                    "etablissement_id",
                    "date_ecrou",
                    "date_liberation_prev",
                    "date_levee_ecrou",
                    "type_sortie",
                ),
            )
        )
        layout.addStretch(1)
        return self._scroll(body)

    def _accompagnement_tab(self) -> QWidget:
        return self._tables_tab(
            [
                (
                    "positionnement",
                    self.tr("Positionnements"),
                    (
                        "date",
                        "origine",
                        "prescripteur",
                        "statut",
                        "dispositif_id",
                        "date_premier_entretien",
                    ),
                ),
                (
                    "accompagnement",
                    self.tr("Accompagnements"),
                    (
                        "dispositif_id",
                        "date_entree",
                        "date_fin",
                        "motif_sortie",
                        "referent",
                        "financeurs",
                    ),
                ),
                (
                    "eligibilite",
                    self.tr("Vérifications d'éligibilité"),
                    ("dispositif_id", "date", "auteur", "resultat"),
                ),
                (
                    "inscription",
                    self.tr("Inscriptions aux permanences"),
                    ("date", "heure", "origine", "statut"),
                ),
                (
                    "passage_commission",
                    self.tr("Passages en commission"),
                    ("situation", "decision"),
                ),
            ],
            can_add={"eligibilite": False, "inscription": False, "passage_commission": False},
        )

    def _parcours_tab(self) -> QWidget:
        return self._tables_tab(
            [
                ("frein", self.tr("Freins"), ("theme", "statut", "situation")),
                ("objectif", self.tr("Objectifs"), ("theme", "libelle")),
                (
                    "action",
                    self.tr("Actions"),
                    ("libelle", "echeance", "acteur", "statut", "partenaire_id"),
                ),
                (
                    "orientation",
                    self.tr("Orientations vers un partenaire"),
                    ("partenaire_id", "date", "motif", "statut"),
                ),
            ]
        )

    def _amenagements_tab(self) -> QWidget:
        if self.parloir:
            body = QWidget()
            layout = QVBoxLayout(body)
            note = PlainLabel(self.tr("Mode parloir : les aménagements de peine sont masqués."))
            note.setObjectName("parloirNotice")
            layout.addWidget(note)
            layout.addStretch(1)
            return body
        return self._tables_tab(
            [
                (
                    "amenagement",
                    self.tr("Aménagements de peine"),
                    ("type", "etape", "date_requete", "date_decision", "date_fin", "apports"),
                )
            ]
        )

    def _actualites_tab(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 12, 4, 4)
        head = QHBoxLayout()
        head.addWidget(self._section_title(self.tr("Actualités")))
        head.addStretch(1)
        add = QPushButton(icon("ajouter"), self.tr("Ajouter un contact ou un rendez-vous"))
        add.setObjectName("add_actualite")
        add.clicked.connect(lambda: self.edit_record("actualite", None))
        head.addWidget(add)
        layout.addLayout(head)
        self.timeline = TimelineView()
        self.timeline.setAccessibleName(self.tr("Fil des actualités"))
        self.timeline.model_.parloir = self.parloir
        self.timeline.model_.set_actualites(self.case.records.get("actualite", []))
        self.timeline.activated.connect(self._edit_actualite)
        self.timeline.doubleClicked.connect(self._edit_actualite)
        layout.addWidget(self.timeline, 1)
        return body

    def _edit_actualite(self, index: Any) -> None:
        actualite_id = index.data(Qt.ItemDataRole.UserRole + 1)
        for r in self.case.records.get("actualite", []):
            if r["id"] == actualite_id:
                self.edit_record("actualite", r)
                return

    def _table(
        self, table: str, title: str, columns: tuple[str, ...], can_add: bool = True
    ) -> SectionTable:
        section = SectionTable(
            table,
            title,
            columns,
            self.case.records.get(table, []),
            self.case.ref_names,
            parloir=self.parloir,
            can_add=can_add,
        )
        section.edit_requested.connect(self.edit_record)
        return section

    def _tables_tab(
        self, specs: list[tuple[str, str, tuple[str, ...]]], can_add: dict[str, bool] | None = None
    ) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 12, 12, 12)
        layout.setSpacing(18)
        for table, title, columns in specs:
            layout.addWidget(self._table(table, title, columns, (can_add or {}).get(table, True)))
        layout.addStretch(1)
        return self._scroll(body)

    def _history_placeholder(self) -> QWidget:
        self.history = QTableWidget(0, 6)
        self.history.setObjectName("historyTable")
        self.history.setAccessibleName(self.tr("Historique des modifications"))
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Quand"),
                self.tr("Qui"),
                self.tr("Fiche"),
                self.tr("Champ"),
                self.tr("Avant"),
                self.tr("Après"),
            ]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setWordWrap(False)
        self.history.setAlternatingRowColors(True)
        self.history.setShowGrid(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        return self.history

    def _tab_changed(self, index: int) -> None:
        self._ensure_built(index)

    def _load_history(self) -> None:
        """History is read when its tab is first shown: most visits never need it."""
        self._history_loaded = True
        changes = queries.record_history(self.store, self.case)
        self.history.setRowCount(len(changes))
        for i, c in enumerate(changes):
            e = ENTITIES[c["table"]]
            f = e.field(c["field"]) if e.has_field(c["field"]) else None
            masked = f is not None and self.parloir and hidden_in_parloir(f)
            cells = [
                when_text(c["hlc"]),
                one_line(c["author"]),
                tr("Entités", e.label),
                field_label(f) if f else one_line(c["field"]),
                self.tr("masqué")
                if masked
                else (format_value(f, c["old"], self.case.ref_names) if f else ""),
                self.tr("masqué")
                if masked
                else (format_value(f, c["new"], self.case.ref_names) if f else ""),
            ]
            for j, text in enumerate(cells):
                self.history.setItem(i, j, QTableWidgetItem(one_line(text)))
        self.history.resizeColumnsToContents()
        for j in range(6):
            self.history.setColumnWidth(j, min(self.history.columnWidth(j), 320))

    # --- actions --------------------------------------------------------------------------------

    def edit_record(self, table: str, record: dict[str, Any] | None) -> None:
        if table in _DEDICATED_DIALOGS:
            # Bookings, consents to share and commission decisions have their own screens.
            if table == "accord_partage":
                self.liaison_sheet()
            return
        fixed = {} if table == "jeune" else {"jeune_id": self.jeune_id}
        dialog = RecordDialog(
            self.store,
            table,
            record=record,
            fixed=fixed,
            parloir=self.parloir,
            parent=self.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self.reload())
        dialog.open()

    def reload(self) -> None:
        self.case = queries.read_case_file(self.store, self.jeune_id, log=False)
        self._render()
        self.changed.emit(self.jeune_id)

    def set_parloir(self, on: bool) -> None:
        if on != self.parloir:
            self.parloir = on
            self._render()

    def set_draft_exists(self, exists: bool) -> None:
        self.draft_banner.setVisible(exists)

    def print_summary(self) -> None:
        from ..dialogs.print_preview import print_summary

        print_summary(self.store, self.jeune_id, None, self.window())

    def book_permanence(self) -> QWidget:
        from ..dialogs.booking_dialog import BookingDialog

        dialog = BookingDialog(self.store, jeune_id=self.jeune_id, parent=self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self.reload())
        dialog.open()
        return dialog

    def liaison_sheet(self) -> QWidget:
        from ..dialogs.liaison_dialog import LiaisonDialog

        dialog = LiaisonDialog(self.store, self.jeune_id, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()
        return dialog

    def transfer(self) -> None:
        from ..dialogs.handover import open_handover

        open_handover(self.store, self.jeune_id, self)

    def export_access(self) -> None:
        from ..dialogs.print_preview import export_access

        export_access(self.store, self.jeune_id, self.window())
