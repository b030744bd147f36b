"""Recording an interview in about a minute, from the keyboard, without ever losing a word.

Everything typed is kept as a draft in the encrypted store (``repo.save_draft``) a moment after
each change, and at once when the session locks or the dialog closes; the draft is discarded
only once the interview is saved. Saving is one transaction: the actualité (or the planned
appointment it completes), the barriers updated in place, the actions agreed and the next
appointment.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core import enums as E
from ...core.appointments import CLOSE_DAYS, Planned, remarks
from ...core.entities import ACTUALITE
from ...core.errors import StoreInUse, UserError, ValidationError
from ...core.paper_check import PaperCheck
from ...core.sensitive_words import NoteChecker
from ...services import casework, documents, queries
from ...services.session import Store
from .. import saving
from ..shell.errors import show_error
from ..widgets.editors import CheckList, ChoiceEdit, DateEdit, IntEdit, NoteEdit, TimeEdit
from ..widgets.formatting import field_label
from ..widgets.icons import icon
from ..widgets.text import ElidedLabel, PlainLabel, one_line

DRAFT_KIND = "entretien"
DRAFT_DELAY_MS = 400
DRAFT_VERSION = 1


def draft_id_for(jeune_id: str) -> str:
    return f"{DRAFT_KIND}:{jeune_id}"


@dataclass(frozen=True)
class InterviewContext:
    """Where the interview takes place: prefilled from the permanence (or the case file)."""

    day: date | None = None
    heure: str | None = None
    lieu: str | None = None
    etablissement_id: str | None = None
    appointment_id: str | None = None  # a planned actualité that this interview completes


class ActionRow(QWidget):
    """One action agreed: who, what, by when."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acteur = ChoiceEdit(E.ACTEUR.labelled(), required=True)
        self.acteur.setAccessibleName(self.tr("Qui fait l'action"))
        self.acteur.setMinimumContentsLength(9)
        self.libelle = QLineEdit()
        self.libelle.setMaxLength(300)
        self.libelle.setPlaceholderText(self.tr("Quoi (ex. : rassembler les pièces d'identité)"))
        self.libelle.setAccessibleName(self.tr("Action à faire"))
        self.echeance = DateEdit()
        self.echeance.setAccessibleName(self.tr("Échéance de l'action"))
        self.remove = QPushButton("✕")
        self.remove.setAccessibleName(self.tr("Retirer cette action"))
        self.remove.setToolTip(self.tr("Retirer cette action"))
        self.remove.setFixedWidth(32)
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        # The summary's paper checks, run as the step is typed: the problem is seen at entry.
        self.warning = PlainLabel(wrap=True)
        self.warning.setObjectName("stepWarning")
        self.warning.hide()
        fields = QHBoxLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(self.libelle, 1)
        fields.addWidget(self.acteur)
        fields.addWidget(self.echeance)
        fields.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(fields)
        layout.addWidget(self.warning)
        for signal in (self.acteur.changed, self.libelle.textChanged, self.echeance.changed):
            signal.connect(self.changed)

    def check_with(self, check: PaperCheck | None) -> None:
        reasons = check.reasons(self.libelle.text()) if check is not None else ()
        if reasons:
            self.warning.setText(
                self.tr(
                    "Cette étape ne sera pas imprimée telle quelle sur le récapitulatif du "
                    "jeune : {raisons}."
                ).format(raisons="; ".join(r.text for r in reasons))
            )
        self.warning.setVisible(bool(reasons))

    def content(self) -> dict[str, str]:
        return {
            "acteur": self.acteur.value() or "",
            "libelle": self.libelle.text(),
            "echeance": self.echeance.text(),
        }

    def set_content(self, data: dict[str, Any]) -> None:
        self.acteur.set_value(data.get("acteur") or "jeune")
        self.libelle.setText(str(data.get("libelle") or ""))
        self.echeance.setText(str(data.get("echeance") or ""))


class InterviewDialog(QDialog):
    """Ctrl+N: the interview form. ``saved(actualite_id)`` once written."""

    saved = Signal(str)

    def __init__(
        self,
        store: Store,
        jeune_id: str,
        *,
        context: InterviewContext | None = None,
        sensitive_words: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interviewDialog")
        self.store = store
        self.jeune_id = jeune_id
        self.draft_id = draft_id_for(jeune_id)
        self.context = context or InterviewContext()
        self.checker = NoteChecker(
            sensitive_words if sensitive_words is not None else NoteChecker.default_entries()
        )
        self._loading = True
        self._saved = False
        self._dirty = False
        self.print_after_save = False
        self.setWindowTitle(self.tr("Nouvel entretien"))
        self.setModal(True)

        jeune = queries.record(store, "jeune", jeune_id)
        self.paper_check: PaperCheck | None = documents.paper_check(store, jeune_id)
        self.freins = queries.records(store, jeune_id, "frein")
        place = casework.usual_place(store, jeune_id)
        self.etablissements = queries.names(store, "etablissement")

        nom = one_line(jeune.get("nom_usage") or jeune.get("nom_naissance")).upper()
        who = ElidedLabel(f"{one_line(jeune.get('prenoms'))} {nom}")
        who.setObjectName("dialogTitle")

        # --- the contact ---
        self.date = DateEdit()
        self.heure = TimeEdit()
        self.duree = IntEdit(0, 24 * 60)
        self.type = ChoiceEdit(E.TYPE_ACTUALITE.labelled(), required=True)
        self.lieu = ChoiceEdit(E.LIEU.labelled())
        self.presence = ChoiceEdit(E.PRESENCE.labelled(), required=True)
        self.etablissement = ChoiceEdit(self.etablissements)
        self.etablissement.setProperty("caseData", True)
        self.themes = CheckList(E.THEME, columns=2)
        self.note = NoteEdit(ACTUALITE.field("note").max_len)
        self.note.setPlaceholderText(
            self.tr(
                "Ce qui a été travaillé, les points d'étape. Pas de "
                "détail sur l'infraction ni sur la santé."
            )
        )
        self.note.setMinimumHeight(150)
        self.warning = PlainLabel(wrap=True)
        self.warning.setObjectName("noteWarning")
        self.warning.hide()
        for name, w in (
            ("date", self.date),
            ("heure", self.heure),
            ("duree", self.duree),
            ("type", self.type),
            ("lieu", self.lieu),
            ("presence", self.presence),
            ("etablissement_id", self.etablissement),
            ("themes", self.themes),
            ("note", self.note),
        ):
            w.setObjectName(f"field_{name}")
            w.setAccessibleName(field_label(ACTUALITE.field(name)))

        contact = QGroupBox(self.tr("L'entretien"))
        grid = QGridLayout(contact)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.addWidget(QLabel(self.tr("&Date")), 0, 0)
        grid.addWidget(self.date, 0, 1)
        grid.addWidget(QLabel(self.tr("Heure")), 0, 2)
        grid.addWidget(self.heure, 0, 3)
        grid.addWidget(QLabel(self.tr("Durée (min)")), 0, 4)
        grid.addWidget(self.duree, 0, 5)
        grid.addWidget(QLabel(self.tr("&Type")), 1, 0)
        grid.addWidget(self.type, 1, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Lieu")), 1, 3)
        grid.addWidget(self.lieu, 1, 4, 1, 2)
        grid.addWidget(QLabel(self.tr("Présence")), 2, 0)
        grid.addWidget(self.presence, 2, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Établissement")), 2, 3)
        grid.addWidget(self.etablissement, 2, 4, 1, 2)
        for label, buddy in (
            (grid.itemAtPosition(0, 0), self.date),
            (grid.itemAtPosition(1, 0), self.type),
        ):
            widget = label.widget() if label else None
            if isinstance(widget, QLabel):
                widget.setBuddy(buddy)
        themes_label = QLabel(self.tr("T&hèmes (Espace pour cocher)"))
        themes_label.setBuddy(self.themes)
        note_label = QLabel(self.tr("&Note"))
        note_label.setBuddy(self.note)
        grid.addWidget(themes_label, 3, 0, 1, 6)
        grid.addWidget(self.themes, 4, 0, 1, 6)
        grid.addWidget(note_label, 5, 0, 1, 6)
        grid.addWidget(self.note, 6, 0, 1, 6)
        grid.addWidget(self.warning, 7, 0, 1, 6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(4, 1)

        # --- barriers, updated in place ---
        freins_box = QGroupBox(self.tr("Freins"))
        freins_form = QFormLayout(freins_box)
        self.frein_status: dict[str, ChoiceEdit] = {}
        for f in self.freins:
            combo = ChoiceEdit(E.STATUT_FREIN.labelled(), required=True)
            combo.set_value(f.get("statut") or "identifie")
            combo.setAccessibleName(
                self.tr("Statut du frein : {theme}").format(
                    theme=E.THEME_FREIN.label(f.get("theme"))
                )
            )
            combo.setObjectName(f"frein_{f['id']}")
            self.frein_status[str(f["id"])] = combo
            freins_form.addRow(E.THEME_FREIN.label(f.get("theme")), combo)
        if not self.freins:
            freins_form.addRow(PlainLabel(self.tr("Aucun frein noté pour l'instant.")))
        # Only the barriers not already on the file (one line per theme).
        on_file = {f.get("theme") for f in self.freins}
        self.new_frein = ChoiceEdit(
            [(code, text) for code, text in E.THEME_FREIN.labelled() if code not in on_file]
        )
        self.new_frein.setAccessibleName(self.tr("Nouveau frein identifié"))
        self.new_frein.setObjectName("newFrein")
        freins_form.addRow(self.tr("Nouveau frein"), self.new_frein)

        # --- actions agreed ---
        actions_box = QGroupBox(self.tr("Actions convenues"))
        self.actions_layout = QVBoxLayout(actions_box)
        self.actions_layout.setSpacing(6)
        self.action_rows: list[ActionRow] = []
        self.add_action = QPushButton(icon("ajouter"), self.tr("&Ajouter une action"))
        self.add_action.setObjectName("addActionButton")
        self.add_action.setAutoDefault(False)
        self.add_action.clicked.connect(lambda: self._add_action_row(focus=True))
        self.actions_layout.addWidget(self.add_action, 0, Qt.AlignmentFlag.AlignLeft)

        # --- next appointment ---
        rdv_box = QGroupBox(self.tr("Prochain rendez-vous"))
        rdv = QHBoxLayout()
        self.rdv_date = DateEdit()
        self.rdv_date.setObjectName("rdvDate")
        self.rdv_date.setAccessibleName(self.tr("Date du prochain rendez-vous"))
        self.rdv_heure = TimeEdit()
        self.rdv_heure.setObjectName("rdvHeure")
        self.rdv_heure.setAccessibleName(self.tr("Heure du prochain rendez-vous"))
        rdv.addWidget(QLabel(self.tr("Le")))
        rdv.addWidget(self.rdv_date)
        rdv.addWidget(QLabel(self.tr("à")))
        rdv.addWidget(self.rdv_heure)
        rdv.addStretch(1)
        self.rdv_remark = PlainLabel(wrap=True)
        self.rdv_remark.setObjectName("rdvRemark")
        self.rdv_remark.hide()
        rdv_outer = QVBoxLayout(rdv_box)
        rdv_outer.addLayout(rdv)
        rdv_outer.addWidget(self.rdv_remark)
        self.rdv_date.textChanged.connect(self._check_appointment)
        self.rdv_heure.textChanged.connect(self._check_appointment)

        # --- buttons ---
        self.status = QLabel()
        self.status.setObjectName("draftStatus")
        self.save_button = QPushButton(self.tr("Enregistrer l'entretien"))
        self.save_button.setObjectName("saveInterview")
        self.save_button.setToolTip(self.tr("Ctrl+Entrée"))
        self.save_print_button = QPushButton(icon("imprimer"), self.tr("Enregistrer et imprimer"))
        self.save_print_button.setObjectName("saveAndPrint")
        self.close_button = QPushButton(self.tr("Fermer (brouillon gardé)"))
        self.close_button.setObjectName("closeInterview")
        self.close_button.setToolTip(self.tr("Échap : le brouillon reste enregistré"))
        self.discard_button = QPushButton(self.tr("Abandonner…"))
        self.discard_button.setObjectName("discardDraft")
        for b in (self.save_button, self.save_print_button, self.close_button, self.discard_button):
            b.setAutoDefault(False)
            b.setDefault(False)
        self.save_button.clicked.connect(self.save)
        self.save_print_button.clicked.connect(self._save_and_print)
        self.close_button.clicked.connect(self.reject)
        self.discard_button.clicked.connect(self._confirm_discard)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_print_button)
        buttons.addWidget(self.save_button)
        self.error = PlainLabel(wrap=True)
        self.error.setObjectName("formError")
        self.error.hide()

        left = QVBoxLayout()
        left.addWidget(contact, 1)
        right = QVBoxLayout()
        right.addWidget(freins_box)
        right.addWidget(actions_box)
        right.addWidget(rdv_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        body = QWidget()
        body.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(1080, 680)  # fits 1366×768 with the task bar and the title bar

        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.flush_draft)

        self._prefill(place)
        draft = self._load_draft()
        if draft:
            self._apply(draft)
            self.status.setText(self.tr("Brouillon repris."))
        editors: list[Any] = [
            self.date,
            self.heure,
            self.duree,
            self.type,
            self.lieu,
            self.presence,
            self.etablissement,
            self.themes,
            self.note,
            self.new_frein,
            self.rdv_date,
            self.rdv_heure,
            *self.frein_status.values(),
        ]
        for editor in editors:
            editor.changed.connect(self._changed)
        self.note.changed.connect(self._check_note)
        self._check_note()
        self._fix_tab_order()
        self._loading = False
        # Top of the form: themes (Space), then Tab to the note.
        self.themes.setFocus()

    # --- content --------------------------------------------------------------------------------

    def _prefill(self, place: casework.InterviewPlace) -> None:
        ctx = self.context
        self.date.set_date(ctx.day or date.today())
        self.heure.set_value(ctx.heure)
        self.type.set_value("entretien")
        self.presence.set_value("present")
        self.lieu.set_value(ctx.lieu or place.lieu)
        self.etablissement.set_value(ctx.etablissement_id or place.etablissement_id)

    def content(self) -> dict[str, Any]:
        """What is typed, as typed (not validated): the draft."""
        return {
            "version": DRAFT_VERSION,
            "date": self.date.text(),
            "heure": self.heure.text(),
            "duree": self.duree.text(),
            "type": self.type.value(),
            "lieu": self.lieu.value(),
            "presence": self.presence.value(),
            "etablissement_id": self.etablissement.value(),
            "themes": self.themes.value(),
            "note": self.note.toPlainText(),
            "freins": {fid: combo.value() for fid, combo in self.frein_status.items()},
            "new_frein": self.new_frein.value(),
            "actions": [row.content() for row in self.action_rows],
            "rdv_date": self.rdv_date.text(),
            "rdv_heure": self.rdv_heure.text(),
            "appointment_id": self.context.appointment_id,
        }

    def _apply(self, d: dict[str, Any]) -> None:
        self.date.setText(str(d.get("date") or ""))
        self.heure.setText(str(d.get("heure") or ""))
        self.duree.setText(str(d.get("duree") or ""))
        self.type.set_value(d.get("type") or "entretien")
        self.lieu.set_value(d.get("lieu"))
        self.presence.set_value(d.get("presence") or "present")
        self.etablissement.set_value(d.get("etablissement_id"))
        self.themes.set_value(list(d.get("themes") or []))
        self.note.setPlainText(str(d.get("note") or ""))
        self.note.moveCursor(QTextCursor.MoveOperation.End)  # carry on where the typing stopped
        for fid, statut in dict(d.get("freins") or {}).items():
            if fid in self.frein_status:
                self.frein_status[fid].set_value(statut)
        self.new_frein.set_value(d.get("new_frein"))
        for action in list(d.get("actions") or []):
            self._add_action_row().set_content(dict(action))
        self.rdv_date.setText(str(d.get("rdv_date") or ""))
        self.rdv_heure.setText(str(d.get("rdv_heure") or ""))
        if d.get("appointment_id") and not self.context.appointment_id:
            self.context = InterviewContext(appointment_id=str(d["appointment_id"]))

    def _add_action_row(self, focus: bool = False) -> ActionRow:
        row = ActionRow()
        row.changed.connect(self._changed)
        row.libelle.textChanged.connect(lambda _text: row.check_with(self.paper_check))
        row.remove_requested.connect(self._remove_action_row)
        self.action_rows.append(row)
        self.actions_layout.insertWidget(self.actions_layout.count() - 1, row)
        row.show()  # a layout shows new children later; the tab chain needs them now
        self._fix_tab_order()
        if focus:
            row.libelle.setFocus()
        self._changed()
        return row

    def _remove_action_row(self, row: ActionRow) -> None:
        self.action_rows.remove(row)
        row.hide()
        row.setParent(None)
        row.deleteLater()
        self._fix_tab_order()
        self.add_action.setFocus()
        self._changed()

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.date,
            self.heure,
            self.duree,
            self.type,
            self.lieu,
            self.presence,
            self.etablissement,
            self.themes,
            self.note,
            *self.frein_status.values(),
            self.new_frein,
        ]
        for row in self.action_rows:
            chain += [row.libelle, row.acteur, row.echeance, row.remove]
        chain += [
            self.add_action,
            self.rdv_date,
            self.rdv_heure,
            self.save_button,
            self.save_print_button,
            self.close_button,
            self.discard_button,
        ]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    # --- draft ----------------------------------------------------------------------------------

    def _check_appointment(self) -> None:
        """A remark (never a refusal) when the next appointment is close to another one."""
        try:
            day = self.rdv_date.value()
        except ValidationError:
            day = None
        try:
            time = self.rdv_heure.value()
        except ValidationError:
            time = None
        if day is None:
            self.rdv_remark.hide()
            return
        with self.store.db.lock:
            rows = self.store.db.conn.execute(
                "SELECT jeune_id, date, heure FROM actualite WHERE _deleted = 0 "
                "AND presence = 'planifie' AND date BETWEEN ? AND ?",
                (
                    (day - timedelta(days=CLOSE_DAYS)).isoformat(),
                    (day + timedelta(days=CLOSE_DAYS)).isoformat(),
                ),
            ).fetchall()
        planned = [
            Planned(date.fromisoformat(r[1]), r[2], r[0] == self.jeune_id)
            for r in rows
            if r[0] == self.jeune_id or r[1] == day.isoformat()
        ]
        found = remarks(day, time, planned)
        self.rdv_remark.setText(" ".join(found))
        self.rdv_remark.setVisible(bool(found))

    def _load_draft(self) -> dict[str, Any] | None:
        draft = casework.load_draft(self.store, self.draft_id)
        return draft if draft and draft.get("version") == DRAFT_VERSION else None

    def _changed(self) -> None:
        if self._loading or self._saved:
            return
        self._dirty = True
        self._draft_timer.start()

    def flush_draft(self) -> None:
        """Write the draft now (called by the timer, the lock and on close)."""
        self._draft_timer.stop()
        if self._saved or not self._dirty:
            return
        content = self.content()
        try:
            saving.save(
                self.store,
                lambda: casework.save_draft(
                    self.store, self.draft_id, DRAFT_KIND, self.jeune_id, content
                ),
            )
        except StoreInUse:
            # Kept on screen and tried again at the next change, the lock or the close.
            self.status.setText(self.tr("Brouillon non enregistré : la base est occupée."))
            return
        self._dirty = False
        self.status.setText(
            self.tr("Brouillon enregistré à {heure}.").format(
                heure=QDateTime.currentDateTime().toString("HH:mm:ss")
            )
        )

    def _check_note(self) -> None:
        found = self.checker.matches(self.note.toPlainText())
        if found:
            words = ", ".join(f"« {w} »" for w in found[:5])
            self.warning.setText(
                self.tr(
                    "Attention : cette note semble contenir des détails sur l'infraction, "
                    "la procédure "
                    "ou la santé ({mots}). N'écrivez que ce qui sert l'accompagnement."
                ).format(mots=words)
            )
        self.warning.setVisible(bool(found))

    def _confirm_discard(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Abandonner l'entretien"),
            self.tr("Effacer ce qui a été saisi ? Le brouillon sera supprimé."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda result: self._discard() if result == QMessageBox.StandardButton.Yes else None
        )
        box.open()

    def _discard(self) -> None:
        self._draft_timer.stop()
        self._saved = True  # nothing more to keep
        try:
            saving.save(self.store, lambda: casework.discard_draft(self.store, self.draft_id))
        except UserError as exc:
            self._saved = False
            show_error(self, exc)
            return
        self.reject()

    def done(self, result: int) -> None:
        # Closing by any way (Échap, the lock, the window button) keeps what was typed.
        if not self._saved:
            self.flush_draft()
        super().done(result)

    # --- saving ---------------------------------------------------------------------------------

    def _save_and_print(self) -> None:
        self.print_after_save = True
        self.save()

    def _values(self) -> dict[str, Any]:
        def read(editor: Any, name: str) -> Any:
            try:
                return editor.value()
            except ValidationError as exc:
                raise ValidationError(
                    f"« {field_label(ACTUALITE.field(name))} » : {exc}", name
                ) from None

        return {
            "jeune_id": self.jeune_id,
            "date": read(self.date, "date"),
            "heure": read(self.heure, "heure"),
            "duree": read(self.duree, "duree"),
            "type": self.type.value(),
            "lieu": self.lieu.value(),
            "presence": self.presence.value(),
            "etablissement_id": self.etablissement.value(),
            "themes": self.themes.value(),
            "note": self.note.value(),
        }

    def save(self) -> None:
        if self._saved:
            return
        try:
            actualite_id = self._write()
        except ValidationError as exc:
            self._show_problem(exc)
            return
        except UserError as exc:
            show_error(self, exc)
            return
        self._saved = True
        self._draft_timer.stop()
        self.saved.emit(actualite_id)
        self.accept()

    def _write(self) -> str:
        values = self._values()
        actions: list[casework.AgreedAction] = []
        for row in self.action_rows:
            if not row.libelle.text().strip():
                continue
            try:
                echeance = row.echeance.value()
            except ValidationError:
                row.echeance.setFocus()
                raise ValidationError(
                    self.tr("« Échéance » de l'action : date invalide (attendu jj/mm/aaaa).")
                ) from None
            actions.append(casework.AgreedAction(row.libelle.text(), echeance, row.acteur.value()))
        try:
            rdv_date = self.rdv_date.value()
            rdv_heure = self.rdv_heure.value()
        except ValidationError as exc:
            raise ValidationError(
                self.tr("Prochain rendez-vous : {erreur}").format(erreur=exc), "rdv"
            ) from None
        new_theme = self.new_frein.value()
        interview = casework.Interview(
            jeune_id=self.jeune_id,
            actualite=values,
            barrier_statuts={
                frein_id: combo.value() for frein_id, combo in self.frein_status.items()
            },
            new_barriers=(casework.NewBarrier(new_theme),) if new_theme else (),
            actions=actions,
            next_appointment=(
                casework.NextAppointment(rdv_date, rdv_heure) if rdv_date is not None else None
            ),
            appointment_id=self.context.appointment_id,
            draft_id=self.draft_id,
        )
        return saving.save(self.store, lambda: casework.record_interview(self.store, interview))

    def _show_problem(self, exc: ValidationError) -> None:
        self.error.setText(str(exc))
        self.error.show()
        target = {
            "date": self.date,
            "heure": self.heure,
            "duree": self.duree,
            "type": self.type,
            "note": self.note,
            "rdv": self.rdv_date,
        }.get(exc.field or "")
        if target is not None:
            target.setFocus()
