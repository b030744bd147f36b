"""The youth list: search-as-you-type, filters, sortable columns.

One table model over the rows of ``storage.search.youth_list`` (the derived ``jeune_liste``
table, accent-insensitive search inside the encrypted database); rows are handed to the view
in batches as it scrolls (``fetchMore``) and cells are formatted only when painted.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import enums as E
from ...core.dates import age_at
from ...core.i18n import QT_TRANSLATE_NOOP as N
from ...core.textnorm import fold
from ...services import queries
from ...services.queries import YouthRow, filter_rows, youth_rows
from ...services.session import Store
from ..widgets.formatting import appointment_text, date_fr, label, parse_iso
from ..widgets.icons import icon
from ..widgets.text import one_line

COL_NOM, COL_PRENOMS, COL_AGE, COL_ETAB, COL_LIBERATION, COL_RDV = range(6)
JUSTICE_COLUMNS = frozenset({COL_LIBERATION})
BATCH = 400
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class YouthListModel(QAbstractTableModel):
    """Rows of the youth list; ``clear_data`` forgets them all (lock)."""

    HEADERS = (
        N("YouthListModel", "Nom"),
        N("YouthListModel", "Prénoms"),
        N("YouthListModel", "Âge"),
        N("YouthListModel", "Établissement"),
        N("YouthListModel", "Libération prévisionnelle"),
        N("YouthListModel", "Prochain rendez-vous"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[YouthRow] = []
        self._loaded = 0
        self._sort: tuple[int, Qt.SortOrder] = (COL_NOM, Qt.SortOrder.AscendingOrder)
        self._today = date.today()
        self._today_iso = self._today.isoformat()
        self.parloir = False

    # --- content --------------------------------------------------------------------------------

    def set_rows(self, rows: list[YouthRow], *, presorted_by_name: bool = True) -> None:
        """``rows`` in search-key order (as ``youth_rows`` gives them): the default sort."""
        self.beginResetModel()
        self._today = date.today()
        self._today_iso = self._today.isoformat()
        self._rows = rows
        if not (presorted_by_name and self._sort == (COL_NOM, Qt.SortOrder.AscendingOrder)):
            self._apply_sort()
        self._loaded = min(BATCH, len(rows))
        self.endResetModel()

    def clear_data(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._loaded = 0
        self.endResetModel()

    def total(self) -> int:
        return len(self._rows)

    def jeune_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, jeune_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.id == jeune_id:
                return i
        return -1

    def set_parloir(self, on: bool) -> None:
        self.parloir = on
        if self._loaded:
            self.dataChanged.emit(
                self.index(0, COL_LIBERATION), self.index(self._loaded - 1, COL_LIBERATION)
            )

    # --- lazy loading ---------------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._loaded < len(self._rows)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        extra = min(BATCH, len(self._rows) - self._loaded)
        if extra <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + extra - 1)
        self._loaded += extra
        self.endInsertRows()

    def ensure_loaded(self, row: int) -> None:
        while self._loaded <= row < len(self._rows):
            self.fetchMore()

    # --- table model ----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("YouthListModel", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._loaded:
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(r, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_ETAB:
            return self._display(r, col)  # elided in the cell when long
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, r: YouthRow, col: int) -> str:
        if col == COL_NOM:
            return one_line(r.nom).upper()
        if col == COL_PRENOMS:
            return one_line(r.prenoms)
        if col == COL_AGE:
            birth = parse_iso(r.date_naissance)
            return str(age_at(birth, self._today)) if birth else ""
        if col == COL_ETAB:
            # After release the last establishment no longer says where to meet the youth.
            if r.milieu == "ouvert" or not r.etablissement:
                return label(E.MILIEU, r.milieu) if r.milieu else ""
            return one_line(r.etablissement)
        if col == COL_LIBERATION:
            return "" if self.parloir else date_fr(r.date_liberation_prev)
        if col == COL_RDV:
            return appointment_text(r.next_appointment(self._today_iso), self._today)
        return ""

    # --- sorting --------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.parloir and column in JUSTICE_COLUMNS:
            column = COL_NOM
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        reverse = order == Qt.SortOrder.DescendingOrder
        key: Any
        if column == COL_NOM:

            def key(r: YouthRow) -> tuple[str, str]:
                return r.search, r.id
        elif column == COL_PRENOMS:

            def key(r: YouthRow) -> tuple[str, str]:
                return fold(r.prenoms or ""), fold(r.nom or "")
        elif column == COL_AGE:
            # Older first when ascending by age is descending by birth date.
            def key(r: YouthRow) -> str:
                return r.date_naissance or "9999"

            reverse = not reverse
        elif column == COL_ETAB:

            def key(r: YouthRow) -> str:
                return (
                    "~" + (r.milieu or "")
                    if r.milieu == "ouvert" or not r.etablissement
                    else fold(r.etablissement)
                )
        elif column == COL_LIBERATION:

            def key(r: YouthRow) -> str:
                return r.date_liberation_prev or "9999"
        else:
            today_iso = self._today_iso

            def key(r: YouthRow) -> str:
                return r.next_appointment(today_iso) or "9999"

        self._rows.sort(key=key, reverse=reverse)


class YouthListPage(QWidget):
    """The "Jeunes" page."""

    open_requested = Signal(str)
    referral_requested = Signal()
    import_requested = Signal()
    directories_requested = Signal()
    booking_requested = Signal(str)  # book the selected youth into a permanence

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("youthListPage")
        self.model = YouthListModel(self)

        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(self.tr("Rechercher un nom, un prénom… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("rechercher"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(self.tr("Recherche par nom"))
        self.search.setMaxLength(200)

        self.etablissement = QComboBox()
        self.etablissement.setAccessibleName(self.tr("Filtrer par établissement"))
        self.reload_filters()
        self.etablissement.setProperty("caseData", True)
        self.etablissement.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.etablissement.setMinimumContentsLength(18)

        self.milieu = QComboBox()
        self.milieu.setAccessibleName(self.tr("Filtrer par milieu"))
        self.milieu.addItem(self.tr("Tous les milieux"), None)
        for code, text in E.MILIEU.labelled():
            self.milieu.addItem(text, code)

        self.en_cours = QCheckBox(self.tr("Accompagnement en cours"))
        self.today_only = QCheckBox(self.tr("À voir aujourd'hui"))

        self.count = QLabel()
        self.count.setObjectName("countLabel")

        new_referral = QPushButton(
            icon("orientation"), self.tr("Nouveau jeune (orientation SPIP)…")
        )
        new_referral.setObjectName("newReferralButton")
        new_referral.clicked.connect(self.referral_requested)
        import_button = QPushButton(icon("orientation"), self.tr("Importer un tableur…"))
        import_button.setObjectName("importButton")
        import_button.clicked.connect(self.import_requested)

        # What to do first, on an empty store (a new Mission Locale): shown instead of the list.
        self.empty_hint = QWidget()
        self.empty_hint.setObjectName("emptyHint")
        hint_layout = QVBoxLayout(self.empty_hint)
        hint_title = QLabel(self.tr("Pour commencer"))
        hint_title.setObjectName("pageTitle")
        hint_text = QLabel(
            self.tr(
                "1. Renseignez les annuaires : établissements, partenaires, dispositifs et "
                "référents de la structure.\n"
                "2. Reprenez le tableur tenu jusqu'ici (jeunes et historique) : « Importer un "
                "tableur… » propose un modèle à remplir.\n"
                "3. Ou créez un premier dossier : « Nouveau jeune (orientation SPIP)… »."
            )
        )
        hint_text.setTextFormat(Qt.TextFormat.PlainText)
        hint_text.setWordWrap(True)
        directories_button = QPushButton(self.tr("Ouvrir les annuaires"))
        directories_button.setObjectName("openDirectoriesButton")
        directories_button.clicked.connect(self.directories_requested)
        hint_import = QPushButton(self.tr("Importer un tableur…"))
        hint_import.setObjectName("hintImportButton")
        hint_import.clicked.connect(self.import_requested)
        hint_buttons = QHBoxLayout()
        hint_buttons.addWidget(directories_button)
        hint_buttons.addWidget(hint_import)
        hint_buttons.addStretch(1)
        hint_layout.addWidget(hint_title)
        hint_layout.addWidget(hint_text)
        hint_layout.addLayout(hint_buttons)
        hint_layout.addStretch(1)
        self.empty_hint.hide()

        self.view = QTableView()
        self.view.setObjectName("youthTable")
        self.view.setAccessibleName(self.tr("Liste des jeunes"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_NOM, Qt.SortOrder.AscendingOrder)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        self.book_action = QAction(self.tr("Inscrire à une permanence…"), self.view)
        self.book_action.setObjectName("bookFromListAction")
        self.book_action.triggered.connect(self._book_selected)
        self.view.addAction(self.book_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        vh = self.view.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 14)
        hh = self.view.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # The establishment takes what is left (elided at the end, whole in its tooltip); the
        # other columns keep their width, so that no date or header is cut at 1366×768.
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(COL_ETAB, QHeaderView.ResizeMode.Stretch)
        date_width = self.fontMetrics().horizontalAdvance("00/00/0000 (dans 00 jours)") + 24
        for col, width in (
            (COL_NOM, 170),
            (COL_PRENOMS, 140),
            (COL_AGE, 56),
            (COL_LIBERATION, 150),
            (COL_RDV, date_width),
        ):
            # Never narrower than its title: "Libération prévisionnelle" must read whole.
            title_width = hh.fontMetrics().horizontalAdvance(
                str(self.model.headerData(col, Qt.Orientation.Horizontal))
            )
            hh.resizeSection(col, max(width, title_width + 36))
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)

        filters = QHBoxLayout()
        filters.setSpacing(10)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.etablissement, 2)
        filters.addWidget(self.milieu, 1)
        filters.addWidget(self.en_cours)
        filters.addWidget(self.today_only)

        footer = QHBoxLayout()
        footer.addWidget(self.count)
        footer.addStretch(1)
        footer.addWidget(import_button)
        footer.addWidget(new_referral)

        title = QLabel(self.tr("Jeunes suivis"))
        title.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_hint, 1)
        layout.addLayout(footer)

        self.search.textChanged.connect(self.refresh)
        self.etablissement.currentIndexChanged.connect(self.refresh)
        self.milieu.currentIndexChanged.connect(self.refresh)
        self.en_cours.toggled.connect(self.refresh)
        self.today_only.toggled.connect(self.refresh)
        # Down arrow from the search box goes to the list, so the mouse is never needed.
        self.search.returnPressed.connect(self._focus_list)
        self.setTabOrder(self.search, self.etablissement)
        self.setTabOrder(self.etablissement, self.milieu)
        self.setTabOrder(self.milieu, self.en_cours)
        self.setTabOrder(self.en_cours, self.today_only)
        self.setTabOrder(self.today_only, self.view)
        self.setTabOrder(self.view, new_referral)
        self._all: list[YouthRow] = []
        self.reload()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_list(self) -> None:
        if self.model.rowCount():
            self.view.setFocus()
            self.view.selectRow(0)
            if self.model.rowCount() == 1:
                self._activated(self.model.index(0, 0))

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus():
            self._focus_list()
            return
        super().keyPressEvent(event)

    def reload(self) -> None:
        """Read the rows again from the store (after a change), then filter."""
        self._all = youth_rows(self.store)
        self.refresh()

    def refresh(self) -> None:
        """Filter the rows in memory with the current text and filters (a few ms)."""
        rows = filter_rows(
            self._all,
            self.search.text(),
            etablissement_id=self.etablissement.currentData(),
            milieu=self.milieu.currentData(),
            en_cours=True if self.en_cours.isChecked() else None,
            today_only=self.today_only.isChecked(),
        )
        self.model.set_rows(rows)
        n = self.model.total()
        # French: 0 and 1 take the singular.
        self.count.setText(
            self.tr("{n} jeune").format(n=n) if n <= 1 else self.tr("{n} jeunes").format(n=n)
        )
        empty_store = not self._all
        self.empty_hint.setVisible(empty_store)
        self.view.setVisible(not empty_store)

    def reload_filters(self) -> None:
        """The establishments of the filter, read again (after the directories changed)."""
        current = self.etablissement.currentData()
        self.etablissement.blockSignals(True)
        self.etablissement.clear()
        self.etablissement.addItem(self.tr("Tous les établissements"), None)
        for etab_id, nom in queries.names(self.store, "etablissement"):
            self.etablissement.addItem(one_line(nom), etab_id)
        self.etablissement.setCurrentIndex(max(0, self.etablissement.findData(current)))
        self.etablissement.blockSignals(False)

    def clear_data(self) -> None:
        self._all = []
        self.model.clear_data()

    def set_parloir(self, on: bool) -> None:
        self.model.set_parloir(on)
        self.view.setColumnHidden(COL_LIBERATION, on)

    def _activated(self, index: QModelIndex) -> None:
        jeune_id = self.model.jeune_id(index.row())
        if jeune_id:
            self.open_requested.emit(jeune_id)

    def _book_selected(self) -> None:
        jeune_id = self.current_jeune_id()
        if jeune_id:
            self.booking_requested.emit(jeune_id)

    def current_jeune_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.jeune_id(index.row()) if index.isValid() else None
