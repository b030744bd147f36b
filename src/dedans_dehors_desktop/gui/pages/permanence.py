"""The permanence: one day's appointments at one establishment, in time order."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import enums as E
from ...core.dates import format_long_fr
from ...core.i18n import QT_TRANSLATE_NOOP as N
from ...services import queries, week
from ...services.session import Store
from ..dialogs.interview import InterviewContext
from ..shell.settings import StoreSettings
from ..widgets.editors import DateEdit
from ..widgets.formatting import label
from ..widgets.icons import icon
from ..widgets.reminders import RemindersPanel
from ..widgets.text import one_line

_Index = QModelIndex | QPersistentModelIndex
# A booking's state shown in the "Présence" column.
_BOOKING_PRESENCE: dict[str | None, str] = {
    None: "planifie",
    "prevue": "planifie",
    "vue": "present",
    "absent": "absent",
}


class AppointmentModel(QAbstractTableModel):
    HEADERS = (
        N("AppointmentModel", "Heure"),
        N("AppointmentModel", "Nom"),
        N("AppointmentModel", "Prénoms"),
        N("AppointmentModel", "Type"),
        N("AppointmentModel", "Présence"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[queries.Appointment] = []

    def set_rows(self, rows: list[queries.Appointment]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def clear_data(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AppointmentModel", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                one_line(a.heure or "—"),
                one_line(a.nom).upper(),
                one_line(a.prenoms),
                label(E.TYPE_ACTUALITE, a.type),
                label(E.PRESENCE, a.presence),
            )[index.column()]
        if role == Qt.ItemDataRole.FontRole and a.presence not in (None, "planifie"):
            font = QFont()
            font.setItalic(True)
            return font
        return None


class PermanencePage(QWidget):
    """``open_requested(jeune_id, context)`` / ``interview_requested(jeune_id, context)``."""

    open_requested = Signal(str, object)
    interview_requested = Signal(str, object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("permanencePage")
        self.store = store
        self.settings = StoreSettings(store)
        title = QLabel(self.tr("Permanence"))
        title.setObjectName("pageTitle")
        self.etablissement = QComboBox()
        self.etablissement.setObjectName("permanenceEtablissement")
        self.etablissement.setAccessibleName(self.tr("Établissement de la permanence"))
        self.etablissement.setProperty("caseData", True)
        for etab_id, nom in queries.names(store, "etablissement"):
            self.etablissement.addItem(one_line(nom), etab_id)
        # Today's busiest establishment first, else the last one used.
        preferred = (
            queries.busiest_etablissement(store, date.today())
            or self.settings.permanence_etablissement
        )
        if preferred and self.etablissement.findData(preferred) >= 0:
            self.etablissement.setCurrentIndex(self.etablissement.findData(preferred))
        self.day = DateEdit()
        self.day.setObjectName("permanenceDate")
        self.day.setAccessibleName(self.tr("Date de la permanence"))
        self.day.set_date(date.today())
        previous = QPushButton("◀")
        previous.setAccessibleName(self.tr("Jour précédent"))
        previous.setToolTip(self.tr("Jour précédent"))
        previous.setFixedWidth(36)
        following = QPushButton("▶")
        following.setAccessibleName(self.tr("Jour suivant"))
        following.setToolTip(self.tr("Jour suivant"))
        following.setFixedWidth(36)
        today = QPushButton(self.tr("Aujourd'hui"))
        self.day_label = QLabel()
        self.day_label.setObjectName("permanenceDay")
        self.model = AppointmentModel(self)
        self.view = QTableView()
        self.view.setObjectName("appointmentsTable")
        self.view.setAccessibleName(self.tr("Rendez-vous de la permanence"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((90, 220, 200, 220)):
            header.resizeSection(col, width)
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        open_button = QPushButton(icon("jeunes"), self.tr("Ouvrir le dossier"))
        open_button.setObjectName("openCaseButton")
        start = QPushButton(icon("entretien"), self.tr("Démarrer l'entretien"))
        start.setObjectName("startInterviewButton")

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.etablissement, 2)
        bar.addSpacing(12)
        bar.addWidget(previous)
        bar.addWidget(self.day)
        bar.addWidget(following)
        bar.addWidget(today)
        bar.addWidget(self.day_label, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count)
        footer.addStretch(1)
        footer.addWidget(open_button)
        footer.addWidget(start)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addLayout(bar)
        # The reminders about the youths expected today, beside their list.
        self.reminders = RemindersPanel(store)
        self.reminders.setFixedWidth(240)
        self.reminders.open_requested.connect(
            lambda jid: self.open_requested.emit(jid, InterviewContext(day=self.current_day()))
        )
        middle = QHBoxLayout()
        middle.addWidget(self.view, 1)
        middle.addWidget(self.reminders)
        layout.addLayout(middle, 1)
        layout.addLayout(footer)

        self.etablissement.currentIndexChanged.connect(self._etablissement_changed)
        self.day.changed.connect(self.refresh)
        previous.clicked.connect(lambda: self._shift(-1))
        following.clicked.connect(lambda: self._shift(1))
        today.clicked.connect(lambda: self.day.set_date(date.today()))
        self.view.activated.connect(lambda index: self._emit(self.open_requested, index.row()))
        self.view.doubleClicked.connect(lambda index: self._emit(self.open_requested, index.row()))
        open_button.clicked.connect(lambda: self._emit(self.open_requested, self.current_row()))
        start.clicked.connect(lambda: self._emit(self.interview_requested, self.current_row()))
        self.refresh()

    def _shift(self, days: int) -> None:
        try:
            current = self.day.date() or date.today()
        except Exception:
            current = date.today()
        self.day.set_date(current + timedelta(days=days))

    def _etablissement_changed(self) -> None:
        self.settings.permanence_etablissement = self.etablissement.currentData()
        self.refresh()

    def current_day(self) -> date:
        try:
            return self.day.date() or date.today()
        except Exception:
            return date.today()

    def refresh(self) -> None:
        try:
            day = self.day.date()
        except Exception:
            return
        if day is None:
            return
        self.day_label.setText(format_long_fr(day))
        rows = queries.appointments(self.store, day, self.etablissement.currentData())
        plan = week.day_plan(self.store, day, self.etablissement.currentData())
        # Youths booked into the permanence without an appointment recorded: listed too.
        listed = {r.jeune_id for r in rows}
        booked = []
        for b in (b for o in plan.occurrences for b in o.active_bookings):
            if b.jeune_id not in listed:
                listed.add(b.jeune_id)
                booked.append(b)
        if booked:
            rows += [
                queries.Appointment(
                    "", b.jeune_id, b.heure, b.nom, b.prenoms, _BOOKING_PRESENCE[b.statut], None
                )
                for b in booked
            ]
            rows.sort(key=lambda r: (r.heure or "99:99", r.nom.upper(), r.prenoms.upper()))
        self.model.set_rows(rows)
        planned = sum(1 for r in rows if r.presence == "planifie")
        self.count.setText(
            self.tr("{n} rendez-vous, dont {p} à venir").format(n=len(rows), p=planned)
        )
        if rows:
            first = next((i for i, r in enumerate(rows) if r.presence == "planifie"), 0)
            self.view.selectRow(first)
        self.reminders.jeune_ids = {r.jeune_id for r in rows}
        self.reminders.refresh()

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def context_for(self, row: int) -> InterviewContext:
        a = self.model.rows[row]
        return InterviewContext(
            day=self.current_day(),
            heure=a.heure,
            lieu="intra_muros",
            etablissement_id=self.etablissement.currentData(),
            appointment_id=a.actualite_id if a.actualite_id and a.presence == "planifie" else None,
        )

    def _emit(self, signal: Any, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            signal.emit(self.model.rows[row].jeune_id, self.context_for(row))

    def set_parloir(self, on: bool) -> None:
        self.reminders.set_parloir(on)

    def focus_list(self) -> None:
        self.view.setFocus()
