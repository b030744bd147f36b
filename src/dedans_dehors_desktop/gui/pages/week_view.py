"""The referent's week: the permanences planned and the appointments recorded in interviews, as
a week grid and as one day in detail, the warnings of the week, and the reminders beside them.
The day's lists, the bookings and the commission start from here."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import enums as E
from ...core.dates import format_fr, format_long_fr
from ...core.errors import UserError
from ...services import day_list, week
from ...services.week import DayPlan, Store, WeekPlan
from .. import saving
from ..dialogs.booking_dialog import BookingDialog
from ..dialogs.document_output import choose_pdf_path, write_pdf
from ..dialogs.slot_dialog import SlotDialog
from ..shell.errors import show_error
from ..widgets.reminders import RemindersPanel
from ..widgets.text import PlainLabel, one_line

TAB_WEEK, TAB_DAY = range(2)
_ROLE = Qt.ItemDataRole.UserRole


def _who(nom: str, prenoms: str) -> str:
    return one_line(f"{nom.upper()} {prenoms}")


class WeekPage(QWidget):
    """``open_requested(jeune_id)``: open a case file from a booking or a reminder."""

    open_requested = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekPage")
        self.store = store
        self.day = date.today()
        self.plan: WeekPlan | None = None
        title = QLabel(self.tr("Semaine"))
        title.setObjectName("pageTitle")
        previous = QPushButton("◀")
        previous.setAccessibleName(self.tr("Semaine précédente"))
        previous.setFixedWidth(36)
        following = QPushButton("▶")
        following.setAccessibleName(self.tr("Semaine suivante"))
        following.setFixedWidth(36)
        this_week = QPushButton(self.tr("Cette semaine"))
        self.week_label = QLabel()
        self.week_label.setObjectName("weekLabel")
        self.etablissement = QComboBox()
        self.etablissement.setObjectName("weekEtablissement")
        self.etablissement.setAccessibleName(self.tr("Établissement"))
        self.etablissement.setProperty("caseData", True)
        self.etablissement.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.etablissement.setMinimumContentsLength(18)

        self.grid = QTableWidget(0, 7)
        self.grid.setObjectName("weekGrid")
        self.grid.setAccessibleName(self.tr("La semaine"))
        self.grid.setProperty("caseData", True)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.verticalHeader().hide()
        self.grid.setShowGrid(False)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setMinimumSectionSize(40)
        self.tree = QTreeWidget()
        self.tree.setObjectName("dayTree")
        self.tree.setAccessibleName(self.tr("Le jour"))
        self.tree.setProperty("caseData", True)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Heure"), self.tr("Qui, où"), self.tr("État")])
        self.tree.setColumnWidth(0, 120)
        self.tree.setColumnWidth(1, 380)
        self.day_label = QLabel()
        self.day_label.setObjectName("dayLabel")
        day_tab = QWidget()
        day_layout = QVBoxLayout(day_tab)
        day_layout.setContentsMargins(0, 8, 0, 0)
        day_layout.addWidget(self.day_label)
        day_layout.addWidget(self.tree, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("weekTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.grid, self.tr("Semaine"))
        self.tabs.addTab(day_tab, self.tr("Jour"))

        self.warnings = PlainLabel(wrap=True)
        self.warnings.setObjectName("weekWarnings")
        self.reminders = RemindersPanel(store)
        self.reminders.setFixedWidth(300)

        new_slot = QPushButton(self.tr("Nouveau créneau…"))
        new_slot.setObjectName("newSlotButton")
        self.book_button = QPushButton(self.tr("Inscrire un jeune…"))
        self.book_button.setObjectName("bookYouthButton")
        self.list_button = QPushButton(self.tr("Liste pour l'établissement…"))
        self.list_button.setObjectName("dayListButton")
        self.private_button = QPushButton(self.tr("Liste personnelle…"))
        self.private_button.setObjectName("privateListButton")
        self.seen_button = QPushButton(self.tr("Vu·e"))
        self.seen_button.setObjectName("seenBookingButton")
        self.seen_button.setToolTip(self.tr("Le jeune a été vu à cette permanence"))
        self.cancel_button = QPushButton(self.tr("Annuler l'inscription"))
        self.cancel_button.setObjectName("cancelBookingButton")
        open_button = QPushButton(self.tr("Ouvrir le dossier"))
        open_button.setObjectName("openCaseButton")
        commission_button = QPushButton(self.tr("Commission…"))
        commission_button.setObjectName("commissionButton")

        bar = QHBoxLayout()
        bar.addWidget(previous)
        bar.addWidget(following)
        bar.addWidget(this_week)
        bar.addWidget(self.week_label, 1)
        bar.addWidget(self.etablissement)
        # Two rows: one row of six buttons is wider than a 1366-pixel laptop screen.
        actions = QVBoxLayout()
        documents_row = QHBoxLayout()
        for button in (self.book_button, self.list_button, self.private_button):
            documents_row.addWidget(button)
        documents_row.addStretch(1)
        booking_row = QHBoxLayout()
        booking_row.addStretch(1)
        for button in (self.seen_button, self.cancel_button, open_button):
            booking_row.addWidget(button)
        actions.addLayout(documents_row)
        actions.addLayout(booking_row)
        left = QVBoxLayout()
        left.addLayout(bar)
        left.addWidget(self.tabs, 1)
        left.addWidget(self.warnings)
        left.addLayout(actions)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.reminders)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(new_slot)
        head.addWidget(commission_button)
        layout.addLayout(head)
        layout.addLayout(body, 1)

        previous.clicked.connect(lambda: self.show_day(self.day - timedelta(days=7)))
        following.clicked.connect(lambda: self.show_day(self.day + timedelta(days=7)))
        this_week.clicked.connect(lambda: self.show_day(date.today()))
        self.etablissement.currentIndexChanged.connect(lambda _i: self.refresh_plan())
        self.grid.cellClicked.connect(self._cell_clicked)
        self.grid.cellDoubleClicked.connect(self._cell_double_clicked)
        self.tree.itemActivated.connect(lambda item, _c: self._open(item))
        self.reminders.open_requested.connect(self.open_requested)
        new_slot.clicked.connect(self.new_slot)
        self.book_button.clicked.connect(lambda: self.new_booking())
        self.list_button.clicked.connect(lambda: self.save_day_list(private=False))
        self.private_button.clicked.connect(lambda: self.save_day_list(private=True))
        self.cancel_button.clicked.connect(lambda: self.set_booking_status("annulee"))
        self.seen_button.clicked.connect(lambda: self.set_booking_status("vue"))
        open_button.clicked.connect(lambda: self._open(self.tree.currentItem()))
        commission_button.clicked.connect(self.open_commission)
        self._fill_establishments()
        self.refresh()

    # --- data -------------------------------------------------------------------------------

    def _fill_establishments(self) -> None:
        current = self.etablissement.currentData()
        self.etablissement.blockSignals(True)
        self.etablissement.clear()
        self.etablissement.addItem(self.tr("Tous les établissements"), None)
        for etab_id, nom in week.establishments(self.store):
            self.etablissement.addItem(one_line(nom), etab_id)
        index = self.etablissement.findData(current)
        self.etablissement.setCurrentIndex(max(index, 0))
        self.etablissement.blockSignals(False)

    def show_day(self, day: date, tab: int | None = None) -> None:
        self.day = day
        self.refresh_plan()
        if tab is not None:
            self.tabs.setCurrentIndex(tab)

    def refresh(self) -> None:
        """The week and the reminders (the page shown, a change made)."""
        self.refresh_plan()
        self.reminders.refresh()

    def refresh_plan(self) -> None:
        """The week only: moving from week to week leaves the reminders as they are."""
        self.plan = week.week_plan(self.store, self.day)
        etab = self.etablissement.currentData()
        days = [week.day_plan(self.store, d.day, etab) if etab else d for d in self.plan.days]
        monday = self.plan.monday
        self.week_label.setText(
            self.tr("Semaine du {debut} au {fin}").format(
                debut=format_fr(monday), fin=format_fr(monday + timedelta(days=6))
            )
        )
        self._fill_grid(days)
        self._fill_tree(next(d for d in days if d.day == self.day))
        warnings = self.plan.warnings
        self.warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def _fill_grid(self, days: list[DayPlan]) -> None:
        columns: list[list[tuple[str, str | None]]] = []
        headers: list[str] = []
        for d in days:
            lines: list[tuple[str, str | None]] = []
            for o in d.occurrences:
                slot = f"{o.slot.heure_debut}–{o.slot.heure_fin}\n{one_line(o.slot.etablissement)}"
                lines.append((slot, None))
                for b in o.active_bookings:
                    lines.append((f"· {b.heure or '··:··'} {_who(b.nom, b.prenoms)}", b.jeune_id))
                for a in o.appointments:
                    lines.append((f"· {a.heure or '··:··'} {_who(a.nom, a.prenoms)}", a.jeune_id))
            for a in d.appointments:
                where = a.etablissement or E.LIEU.label(a.lieu)
                text = f"{a.heure or '··:··'} {_who(a.nom, a.prenoms)} · {one_line(where)}"
                lines.append((text.rstrip(" ·"), a.jeune_id))
            columns.append(lines)
            label = f"{E.JOUR_SEMAINE.label(str(d.day.isoweekday()))[:3]}. {d.day:%d/%m}"
            headers.append(label + (" ⚠" if d.warnings else ""))
        self.grid.clear()
        self.grid.setHorizontalHeaderLabels(headers)
        self.grid.setRowCount(max((len(c) for c in columns), default=0))
        for col, lines in enumerate(columns):
            for row, (text, jeune_id) in enumerate(lines):
                item = QTableWidgetItem(text)
                item.setData(_ROLE, jeune_id)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if jeune_id is None:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.grid.setItem(row, col, item)
        self.grid.resizeRowsToContents()
        self.grid.selectColumn(self.day.isoweekday() - 1)

    def _fill_tree(self, d: DayPlan) -> None:
        self.day_label.setText(format_long_fr(d.day))
        self.tree.clear()
        for o in d.occurrences:
            top = QTreeWidgetItem(
                self.tree,
                [
                    f"{o.slot.heure_debut}–{o.slot.heure_fin}",
                    one_line(" · ".join(p for p in (o.slot.etablissement, o.slot.libelle) if p)),
                    self.tr("{n} inscrit(s)").format(n=len(o.active_bookings)),
                ],
            )
            top.setData(0, _ROLE, ("creneau", o.slot.id, None))
            for b in o.bookings:
                child = QTreeWidgetItem(
                    top,
                    [b.heure or "", _who(b.nom, b.prenoms), E.STATUT_INSCRIPTION.label(b.statut)],
                )
                child.setData(0, _ROLE, ("inscription", b.id, b.jeune_id))
            for a in o.appointments:
                child = QTreeWidgetItem(
                    top, [a.heure or "", _who(a.nom, a.prenoms), self.tr("Entretien planifié")]
                )
                child.setData(0, _ROLE, ("actualite", a.id, a.jeune_id))
            top.setExpanded(True)
        if d.appointments:
            other = QTreeWidgetItem(self.tree, ["", self.tr("Autres rendez-vous"), ""])
            other.setData(0, _ROLE, ("autres", "", None))
            for a in d.appointments:
                where = a.etablissement or E.LIEU.label(a.lieu)
                child = QTreeWidgetItem(
                    other,
                    [
                        a.heure or "",
                        f"{_who(a.nom, a.prenoms)} · {one_line(where)}",
                        E.TYPE_ACTUALITE.label(a.type),
                    ],
                )
                child.setData(0, _ROLE, ("actualite", a.id, a.jeune_id))
            other.setExpanded(True)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def set_parloir(self, on: bool) -> None:
        self.reminders.set_parloir(on)

    # --- selection ----------------------------------------------------------------------------

    def _cell_clicked(self, _row: int, column: int) -> None:
        if self.plan is not None:
            self.day = self.plan.monday + timedelta(days=column)
            etab = self.etablissement.currentData()
            self._fill_tree(week.day_plan(self.store, self.day, etab))

    def _cell_double_clicked(self, row: int, column: int) -> None:
        self._cell_clicked(row, column)
        self.tabs.setCurrentIndex(TAB_DAY)

    def selected(self) -> tuple[str, str, str | None] | None:
        item = self.tree.currentItem()
        data = item.data(0, _ROLE) if item is not None else None
        if isinstance(data, (tuple, list)) and len(data) == 3:
            return (str(data[0]), str(data[1]), None if data[2] is None else str(data[2]))
        return None

    def selected_slot(self) -> str | None:
        item = self.tree.currentItem()
        while item is not None:
            data = item.data(0, _ROLE)
            if isinstance(data, (tuple, list)) and data[0] == "creneau":
                return str(data[1])
            item = item.parent()
        return None

    def select_slot(self, slot_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            data = item.data(0, _ROLE) if item is not None else None
            if item is not None and isinstance(data, (tuple, list)) and data[1] == slot_id:
                self.tree.setCurrentItem(item)

    def _open(self, item: QTreeWidgetItem | None) -> None:
        data = item.data(0, _ROLE) if item is not None else None
        if isinstance(data, (tuple, list)) and data[2]:
            self.open_requested.emit(str(data[2]))

    # --- actions ------------------------------------------------------------------------------

    def new_slot(self) -> SlotDialog:
        dialog = SlotDialog(self.store, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def new_booking(self, jeune_id: str | None = None) -> BookingDialog:
        dialog = BookingDialog(
            self.store,
            jeune_id=jeune_id,
            slot_id=self.selected_slot(),
            day=self.day,
            origine="liste",
            parent=self.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def set_booking_status(self, statut: str) -> None:
        chosen = self.selected()
        if chosen is None or chosen[0] != "inscription":
            return
        try:
            saving.save(self.store, week.set_booking_status, self.store, chosen[1], statut)
        except UserError as exc:
            show_error(self, exc, self.tr("Semaine"))
        self.refresh()

    def day_list_pdf(self, private: bool) -> bytes:
        slot_id = self.selected_slot()
        if slot_id is None:
            raise UserError(self.tr("Choisissez une permanence dans la vue du jour."))
        return saving.save(
            self.store, day_list.print_day_list, self.store, slot_id, self.day, private=private
        )

    def save_day_list(self, *, private: bool, path: Path | None = None) -> None:
        if self.selected_slot() is None:
            show_error(
                self,
                UserError(self.tr("Choisissez une permanence dans la vue du jour.")),
                self.tr("Liste du jour"),
            )
            return
        name = (
            self.tr("preparation-{date}.pdf") if private else self.tr("liste-du-jour-{date}.pdf")
        ).format(date=self.day.isoformat())

        def write(target: Path) -> None:
            write_pdf(self, target, lambda: self.day_list_pdf(private))

        if path is not None:
            write(path)
        else:
            choose_pdf_path(self, self.tr("Enregistrer la liste du jour"), name, write)

    def open_commission(self) -> QWidget:
        from ..dialogs.commission_dialog import CommissionDialog

        dialog = CommissionDialog(self.store, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog
