"""The commission: choose or create a session, put youths on its list (one line of situation
each, editable), print the list for the meeting, and record every decision in one pass."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.dates import format_fr
from ...core.errors import UserError
from ...services import commission, week
from ...services.week import Store
from .. import saving
from ..shell.errors import show_error, show_message
from ..widgets.editors import DateEdit
from ..widgets.text import PlainLabel, one_line
from .document_output import choose_pdf_path, print_pdf, write_pdf

COL_YOUTH, COL_SITUATION, COL_DECISION = range(3)


class CommissionDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commissionDialog")
        self.setWindowTitle(self.tr("Commission"))
        self.resize(1000, 640)
        self.store = store
        self.passages: list[commission.PassageRow] = []
        self.session = QComboBox()
        self.session.setObjectName("commissionSession")
        self.new_date = DateEdit()
        self.new_date.setObjectName("commissionDate")
        self.new_title = QLineEdit()
        self.new_title.setObjectName("commissionTitle")
        self.new_title.setPlaceholderText(self.tr("Intitulé (facultatif)"))
        self.new_title.setMaxLength(150)
        create = QPushButton(self.tr("Nouvelle commission"))
        create.setObjectName("createCommissionButton")
        self.youth = QComboBox()
        self.youth.setObjectName("commissionYouth")
        self.youth.setProperty("caseData", True)
        for jid, label in week.youth_choices(store):
            self.youth.addItem(one_line(label), jid)
        add = QPushButton(self.tr("Ajouter à la liste"))
        add.setObjectName("addYouthButton")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("commissionTable")
        self.table.setProperty("caseData", True)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Jeune"), self.tr("Situation"), self.tr("Décision")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_SITUATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_DECISION, QHeaderView.ResizeMode.Stretch)
        self.held = PlainLabel(wrap=True)
        self.held.setObjectName("heldBack")
        self.held.hide()
        self.save_decisions = QPushButton(self.tr("Enregistrer les décisions"))
        self.save_decisions.setObjectName("saveDecisionsButton")
        self.save_button = QPushButton(self.tr("Enregistrer la liste en PDF…"))
        self.save_button.setObjectName("saveCommissionButton")
        self.print_button = QPushButton(self.tr("Imprimer la liste…"))
        close = QPushButton(self.tr("Fermer"))

        top = QHBoxLayout()
        top.addWidget(self.session, 2)
        top.addSpacing(16)
        top.addWidget(self.new_date)
        top.addWidget(self.new_title, 1)
        top.addWidget(create)
        adding = QHBoxLayout()
        adding.addWidget(self.youth, 1)
        adding.addWidget(add)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_decisions)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(adding)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.held)
        layout.addLayout(bottom)

        create.clicked.connect(self.create_session)
        add.clicked.connect(self.add_current_youth)
        self.session.currentIndexChanged.connect(lambda _i: self.reload())
        self.save_decisions.clicked.connect(self.record)
        self.save_button.clicked.connect(self._on_save)
        self.print_button.clicked.connect(lambda: print_pdf(self, self.render_pdf))
        close.clicked.connect(self.reject)
        self._fill_sessions(None)

    def _fill_sessions(self, select: str | None) -> None:
        self.session.blockSignals(True)
        self.session.clear()
        for c in commission.list_commissions(self.store):
            label = format_fr(date.fromisoformat(c.date))
            if c.intitule:
                label += f" · {c.intitule}"
            self.session.addItem(one_line(f"{label} ({c.youths})"), c.id)
        upcoming = [c.id for c in commission.list_commissions(self.store, date.today())]
        wanted = select or (upcoming[0] if upcoming else None)
        if wanted and self.session.findData(wanted) >= 0:
            self.session.setCurrentIndex(self.session.findData(wanted))
        self.session.blockSignals(False)
        self.reload()

    def current(self) -> str | None:
        data = self.session.currentData()
        return data if isinstance(data, str) else None

    def create_session(self) -> None:
        try:
            day = self.new_date.date()
            if day is None:
                raise UserError(self.tr("Indiquez la date de la commission."))
            created = saving.save(
                self.store, commission.create_commission, self.store, day, self.new_title.text()
            )
        except UserError as exc:
            show_error(self, exc, self.windowTitle())
            return
        self._fill_sessions(created)

    def add_current_youth(self) -> None:
        session = self.current()
        jeune_id = self.youth.currentData()
        if session is None or not isinstance(jeune_id, str):
            return
        try:
            saving.save(self.store, commission.add_youths, self.store, session, [jeune_id])
        except UserError as exc:
            show_error(self, exc, self.windowTitle())
            return
        self._fill_sessions(session)

    def reload(self) -> None:
        session = self.current()
        self.passages = commission.passages(self.store, session) if session else []
        self.table.setRowCount(len(self.passages))
        for row, p in enumerate(self.passages):
            who = QTableWidgetItem(one_line(f"{p.nom.upper()} {p.prenoms}"))
            who.setFlags(who.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, COL_YOUTH, who)
            self.table.setItem(row, COL_SITUATION, QTableWidgetItem(one_line(p.situation)))
            self.table.setItem(row, COL_DECISION, QTableWidgetItem(one_line(p.decision)))
        self.table.resizeColumnToContents(COL_YOUTH)
        if session:
            held = commission.commission_sheet(self.store, session).held_back
            self.held.setText(
                "\n".join(
                    self.tr("Non imprimé ({raison}) : {texte}").format(
                        raison=h.reason, texte=one_line(h.text)
                    )
                    for h in held
                )
            )
            self.held.setVisible(bool(held))

    def set_cell(self, jeune_id: str, column: int, text: str) -> None:
        row = next(i for i, p in enumerate(self.passages) if p.jeune_id == jeune_id)
        self.table.setItem(row, column, QTableWidgetItem(text))

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def record(self) -> None:
        decisions = {p.id: self._text(row, COL_DECISION) for row, p in enumerate(self.passages)}
        situations = {p.id: self._text(row, COL_SITUATION) for row, p in enumerate(self.passages)}
        try:
            changed = saving.save(
                self.store, commission.record_decisions, self.store, decisions, situations
            )
        except UserError as exc:
            show_error(self, exc, self.windowTitle())
            return
        show_message(
            self,
            self.tr("{n} dossier(s) mis à jour.").format(n=changed),
            self.windowTitle(),
        )
        self._fill_sessions(self.current())

    def render_pdf(self) -> bytes:
        session = self.current()
        if session is None:
            raise UserError(self.tr("Choisissez une commission."))
        return saving.save(self.store, commission.render_commission, self.store, session)[0]

    def save_to(self, path: Path) -> bool:
        return write_pdf(self, path, self.render_pdf)

    def _on_save(self) -> None:
        choose_pdf_path(
            self, self.tr("Enregistrer la liste de la commission"), "commission.pdf", self.save_to
        )
