"""The main window: unlock screen, then the workspace (list, permanence, case files).

The workspace exists only while the store is open. ``lock()`` keeps the drafts, closes every
dialog, wipes and drops the workspace (so no widget keeps a word of a case file), closes the
store and clears the clipboard; unlocking rebuilds the workspace and returns to the same case
file, with the interview that was being typed reopened from its draft.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from ...core import enums as E
from ...core.errors import StoreReplaced
from ...services import queries, session
from ...services.session import Store
from .. import saving
from ..dialogs.interview import DRAFT_KIND, InterviewContext, InterviewDialog
from ..lock.clipboard import clear_all as clear_clipboards
from ..lock.idle import IdleWatcher
from ..lock.os_lock import OsLockWatcher
from ..lock.unlock import UnlockPage
from ..lock.wipe import wipe
from ..pages.case_file import CaseFilePage
from ..pages.permanence import PermanencePage
from ..pages.youth_list import YouthListPage
from ..widgets.icons import app_icon, icon
from ..widgets.text import PlainLabel
from ..workers import pool
from .errors import show_error, show_message
from .settings import AppSettings, StoreSettings

log = logging.getLogger(__name__)
IN_FORCE_CHECK_MS = 2000

(
    PAGE_JEUNES,
    PAGE_PERMANENCE,
    PAGE_SYNC,
    PAGE_DASHBOARD,
    PAGE_SEMAINE,
    PAGE_ANNUAIRES,
    PAGE_TRANSFERS,
) = range(7)


class _DialogCloseWatcher(QObject):
    """Gives the keyboard back to the main window when one of its dialogs closes, so that
    Ctrl+N and Ctrl+M work at once (and a typed space does not press a stray button)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QDialog) and watched.isWindow():
            QTimer.singleShot(0, self.window, self.window.restore_focus)
        return False


@dataclass
class ResumeState:
    """Where the user was when the session locked (ids only, never content)."""

    page: int = PAGE_JEUNES
    jeune_id: str | None = None
    case_tab: int | None = None
    interview_jeune_id: str | None = None
    interview_context: InterviewContext | None = None
    permanence: dict[str, object] = field(default_factory=dict)


def make_sync_page(store: Store, parent: QWidget) -> QWidget:
    # Imported when first shown: the sync and chart modules cost start-up time.
    from ..pages.sync_view import SyncView

    return SyncView(store, parent)


def make_week_page(store: Store, parent: QWidget) -> QWidget:
    from ..pages.week_view import WeekPage

    return WeekPage(store, parent)


def make_transfers_page(store: Store, parent: QWidget) -> QWidget:
    from ..pages.transfers import TransfersPage

    return TransfersPage(store, parent)


def make_dashboard_page(store: Store, parent: QWidget) -> QWidget:
    from ..pages.dashboard import DashboardView

    return DashboardView(store, parent)


class Workspace(QWidget):
    """Everything shown while unlocked; built for one open store, dropped at the lock."""

    def __init__(self, store: Store, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("workspace")
        self.store = store
        self.main = window
        self.store_settings = StoreSettings(store)
        self.parloir = False
        self.interview: InterviewDialog | None = None
        self.case_page: CaseFilePage | None = None
        self.list_stale = False

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(210)
        for text, icon_name in (
            (self.tr("Jeunes"), "jeunes"),
            (self.tr("Permanence"), "permanence"),
            (self.tr("Synchronisation"), "synchronisation"),
            (self.tr("Tableau de bord"), "tableau"),
            (self.tr("Semaine"), "semaine"),
            (self.tr("Annuaires"), "parametres"),
        ):
            QListWidgetItem(icon(icon_name), text, self.nav)
        if store.db.role == "office":  # handovers and retention are the office's
            QListWidgetItem(icon("orientation"), self.tr("Transferts"), self.nav)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.list_page = YouthListPage(store)
        self.list_page.open_requested.connect(lambda jid: self.open_case(jid))
        self.list_page.referral_requested.connect(self.new_referral)
        self.list_page.import_requested.connect(self.import_spreadsheet)
        self.list_page.directories_requested.connect(lambda: self.show_page(PAGE_ANNUAIRES))
        self.list_page.booking_requested.connect(self.book_from_list)
        self.pages: dict[int, QWidget] = {PAGE_JEUNES: self.list_page}
        self.stack.addWidget(self.list_page)
        self.nav.setCurrentRow(PAGE_JEUNES)
        self.nav.currentRowChanged.connect(self.show_page)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)

    # --- pages ----------------------------------------------------------------------------------

    def _page(self, index: int) -> QWidget:
        page = self.pages.get(index)
        if page is None:
            if index == PAGE_PERMANENCE:
                perm = PermanencePage(self.store)
                perm.open_requested.connect(lambda jid, ctx: self.open_case(jid, ctx))
                perm.interview_requested.connect(lambda jid, ctx: self.new_interview(jid, ctx))
                page = perm
            elif index == PAGE_SYNC:
                page = make_sync_page(self.store, self)
            elif index == PAGE_ANNUAIRES:
                from ..pages.directories import DirectoriesPage

                directory_page = DirectoriesPage(self.store)
                directory_page.changed.connect(self._directories_changed)
                page = directory_page
            elif index == PAGE_SEMAINE:
                page = make_week_page(self.store, self)
                page.open_requested.connect(lambda jid: self.open_case(jid))  # type: ignore[attr-defined]
            elif index == PAGE_TRANSFERS:
                page = make_transfers_page(self.store, self)
            else:
                page = make_dashboard_page(self.store, self)
            self.pages[index] = page
            self.stack.addWidget(page)
            setter = getattr(page, "set_parloir", None)
            if callable(setter) and self.parloir:
                setter(True)
        return page

    def show_page(self, index: int) -> None:
        if index < 0:
            return
        if self.nav.currentRow() != index:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(index)
            self.nav.blockSignals(False)
        page = self._page(index)
        if index == PAGE_JEUNES:
            if self.list_stale:
                self.list_stale = False
                self.list_page.reload()
            else:
                self.list_page.refresh()
        elif index == PAGE_SYNC:
            self.list_stale = True  # an import may change any case file
        elif index in (PAGE_PERMANENCE, PAGE_SEMAINE):
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()
        self.stack.setCurrentWidget(page)

    def current_page(self) -> int:
        widget = self.stack.currentWidget()
        if widget is not None and widget is self.case_page:
            return self.case_page.origin_page
        for index, page in self.pages.items():
            if page is widget:
                return index
        return PAGE_JEUNES

    def open_case(self, jeune_id: str, context: InterviewContext | None = None) -> CaseFilePage:
        origin = self.current_page()
        self._drop_case_page()
        drafts = queries.draft_ids(self.store, DRAFT_KIND)
        page = CaseFilePage(
            self.store, jeune_id, parloir=self.parloir, draft_exists=jeune_id in drafts
        )
        page.context = context
        page.origin_page = origin
        page.back_requested.connect(self.close_case)
        page.interview_requested.connect(lambda jid: self.new_interview(jid, page.context))
        page.changed.connect(self.mark_changed)
        self.case_page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.tabs.setFocus()
        return page

    def close_case(self) -> None:
        origin = self.case_page.origin_page if self.case_page is not None else PAGE_JEUNES
        self._drop_case_page()
        self.show_page(origin)
        page = self.stack.currentWidget()
        if page is self.list_page:
            self.list_page.view.setFocus()
        elif isinstance(page, PermanencePage):
            page.focus_list()

    def _drop_case_page(self) -> None:
        if self.case_page is not None:
            page = self.case_page
            self.case_page = None
            self.stack.removeWidget(page)
            wipe(page)
            page.deleteLater()

    # --- actions --------------------------------------------------------------------------------

    def selected_jeune_id(self) -> str | None:
        if self.case_page is not None and self.stack.currentWidget() is self.case_page:
            return self.case_page.jeune_id
        if self.stack.currentWidget() is self.list_page:
            return self.list_page.current_jeune_id()
        return None

    def new_interview(
        self, jeune_id: str | None = None, context: InterviewContext | None = None
    ) -> InterviewDialog | None:
        if self.interview is not None:
            self.interview.raise_()
            self.interview.activateWindow()
            return self.interview
        if jeune_id is None:
            page = self.stack.currentWidget()
            if isinstance(page, PermanencePage):
                row = page.current_row()
                if row >= 0:
                    jeune_id = page.model.rows[row].jeune_id
                    context = page.context_for(row)
            else:
                jeune_id = self.selected_jeune_id()
                if self.case_page is not None and jeune_id == self.case_page.jeune_id:
                    context = context or self.case_page.context
        if jeune_id is None:
            show_message(
                self.main,
                self.tr("Choisissez d'abord un jeune dans la liste ou dans la permanence."),
            )
            return None
        if self.case_page is None or self.case_page.jeune_id != jeune_id:
            self.open_case(jeune_id, context)
        dialog = InterviewDialog(
            self.store,
            jeune_id,
            context=context,
            sensitive_words=self.store_settings.sensitive_words,
            parent=self.main,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda aid, d=dialog: self._interview_saved(d, aid))
        dialog.finished.connect(lambda _r, d=dialog: self._interview_closed(d))
        self.interview = dialog
        dialog.open()
        return dialog

    def mark_changed(self, *_args: object) -> None:
        """Case data changed: the list is read again when next shown."""
        self.list_stale = True

    def _interview_saved(self, dialog: InterviewDialog, actualite_id: str) -> None:
        self.mark_changed()
        if self.case_page is not None and self.case_page.jeune_id == dialog.jeune_id:
            self.case_page.context = None
            self.case_page.reload()
            self.case_page.set_draft_exists(False)
        self.main.statusBar().showMessage(self.tr("Entretien enregistré."), 5000)
        if dialog.print_after_save:
            from ..dialogs.print_preview import print_summary

            print_summary(self.store, dialog.jeune_id, actualite_id, self.main)

    def _interview_closed(self, dialog: InterviewDialog) -> None:
        if self.interview is dialog:
            self.interview = None
        if self.case_page is not None and self.case_page.jeune_id == dialog.jeune_id:
            drafts = queries.draft_ids(self.store, DRAFT_KIND)
            self.case_page.set_draft_exists(dialog.jeune_id in drafts)

    def new_referral(self) -> None:
        from ..dialogs.referral import ReferralWizard

        wizard = ReferralWizard(self.store, self.main)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.created.connect(self._referral_created)
        wizard.open_existing.connect(lambda jid: self.open_case(jid))
        wizard.open()

    def _directories_changed(self) -> None:
        self.list_stale = True
        self.list_page.reload_filters()

    def import_spreadsheet(self) -> None:
        from ..dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.store, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self._imported)
        wizard.finished.connect(lambda _r: self.main.restore_focus())
        self.import_wizard = wizard
        wizard.open()

    def _imported(self, youth_ids: list[str]) -> None:
        self.list_stale = True
        self.list_page.reload_filters()
        self.list_page.reload()

    def book_from_list(self, jeune_id: str) -> QWidget:
        from ..dialogs.booking_dialog import BookingDialog

        dialog = BookingDialog(self.store, jeune_id=jeune_id, origine="liste", parent=self.main)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.mark_changed)
        dialog.open()
        return dialog

    def _referral_created(self, jeune_id: str) -> None:
        self.mark_changed()
        self.open_case(jeune_id)

    def set_parloir(self, on: bool) -> None:
        self.parloir = on
        self.list_page.set_parloir(on)
        if self.case_page is not None:
            self.case_page.set_parloir(on)
        for page in self.pages.values():
            setter = getattr(page, "set_parloir", None)
            if callable(setter) and page is not self.list_page:
                setter(on)

    # --- lock -----------------------------------------------------------------------------------

    def state(self) -> ResumeState:
        state = ResumeState(page=self.current_page())
        if self.case_page is not None:
            state.jeune_id = self.case_page.jeune_id
            state.case_tab = self.case_page.tabs.currentIndex()
        if self.interview is not None:
            state.interview_jeune_id = self.interview.jeune_id
            state.interview_context = self.interview.context
        perm = self.pages.get(PAGE_PERMANENCE)
        if isinstance(perm, PermanencePage):
            state.permanence = {"day": perm.current_day()}
        return state

    def prepare_lock(self) -> ResumeState:
        """Keep what was typed (drafts) and remember where we were."""
        state = self.state()
        if self.interview is not None:
            self.interview.flush_draft()
        return state

    def drop_data(self) -> None:
        """Forget the rows held in memory (the widgets are wiped separately)."""
        self.list_page.clear_data()
        if self.case_page is not None:
            self.case_page.case.records.clear()
            self.case_page.case.jeune.clear()

    def restore(self, state: ResumeState) -> None:
        if state.page != PAGE_JEUNES:
            self.show_page(state.page)
            perm = self.pages.get(PAGE_PERMANENCE)
            day = state.permanence.get("day")
            if isinstance(perm, PermanencePage) and isinstance(day, date):
                perm.day.set_date(day)
        if state.jeune_id:
            try:
                page = self.open_case(state.jeune_id)
            except Exception:
                log.info("dossier à rouvrir introuvable")
                return
            if state.case_tab is not None:
                page.tabs.setCurrentIndex(state.case_tab)
        if state.interview_jeune_id:
            self.new_interview(state.interview_jeune_id, state.interview_context)


class MainWindow(QMainWindow):
    """``locking`` is emitted before the store closes: drop every reference to case data."""

    locking = Signal()
    unlocked = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        app_settings: AppSettings,
        *,
        demo_passphrase: str | None = None,
        demo_user: str | None = None,
        watch_os_lock: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.data_dir = data_dir
        self.app_settings = app_settings
        self.store: Store | None = None
        self.workspace: Workspace | None = None
        self.parloir = False
        self._resume: ResumeState | None = None
        self.setWindowIcon(app_icon())
        # Fits the usual laptop screen (1366×768) with the taskbar and the title bar.
        self.resize(1280, 680)

        self.stack = QStackedWidget()
        self.unlock_page = UnlockPage(
            data_dir, app_settings, demo_passphrase=demo_passphrase, demo_user=demo_user
        )
        self.unlock_page.unlocked.connect(self.open_store)
        self.unlock_page.help_requested.connect(self.show_help)
        self.unlock_page.about_requested.connect(self.show_about)
        self.stack.addWidget(self.unlock_page)
        self.setCentralWidget(self.stack)

        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self.idle.panic.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
            self._dialog_watcher = _DialogCloseWatcher(self)
            app.installEventFilter(self._dialog_watcher)

        # A store restored or replaced behind this window: lock rather than write into the old
        # copy (its transactions refuse it too, see Store.require_in_force).
        self.in_force_timer = QTimer(self)
        self.in_force_timer.setInterval(IN_FORCE_CHECK_MS)
        self.in_force_timer.timeout.connect(self.check_in_force)

        self._build_actions()
        self._show_locked(first=True)

        # Screen lock and suspend, where the system tells (D-Bus on Linux, messages on Windows).
        self.os_lock = OsLockWatcher(self)
        self.os_lock.lock_requested.connect(self._os_lock)
        if watch_os_lock:
            self.os_lock.start()

    # --- actions and toolbar --------------------------------------------------------------------

    def _action(
        self,
        text: str,
        icon_name: str | None,
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None,
        slot: Callable[..., object],
        *,
        name: str,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(icon(icon_name) if icon_name else icon("aide"), text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(
                Qt.ShortcutContext.ApplicationShortcut
                if name in ("lockAction",)
                else Qt.ShortcutContext.WindowShortcut
            )
            native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({native})")
        action.setCheckable(checkable)
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _page_slot(self, index: int) -> Callable[[], None]:
        return lambda: self.show_page(index)

    def _build_actions(self) -> None:
        self.interview_action = self._action(
            self.tr("Nouvel entretien"),
            "entretien",
            "Ctrl+N",
            self.new_interview,
            name="interviewAction",
        )
        self.referral_action = self._action(
            self.tr("Nouveau jeune"),
            "orientation",
            "Ctrl+Shift+N",
            self.new_referral,
            name="referralAction",
        )
        self.parloir_action = self._action(
            self.tr("Mode parloir"),
            "parloir",
            "Ctrl+M",
            self.set_parloir,
            name="parloirAction",
            checkable=True,
        )
        self.lock_action = self._action(
            self.tr("Verrouiller"), "verrouiller", "Ctrl+L", self.lock, name="lockAction"
        )
        self.help_action = self._action(
            self.tr("Aide"),
            "aide",
            QKeySequence.StandardKey.HelpContents,
            self.show_help,
            name="helpAction",
        )
        self.shortcuts_action = QAction(self.tr("Raccourcis clavier"), self)
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.shortcuts_action.triggered.connect(self.show_help)
        self.about_action = QAction(app_icon(), self.tr("À propos de Dedans-Dehors"), self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.triggered.connect(self.show_about)
        self.help_menu = QMenu(self.tr("Aide"), self)
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self.help_action.setMenu(self.help_menu)
        self.settings_action = self._action(
            self.tr("Paramètres"), "parametres", "Ctrl+,", self.show_settings, name="settingsAction"
        )
        self.backup_action = self._action(
            # Not "Sauvegarder": read as "save my work", when this writes an encrypted copy.
            self.tr("Copie de sauvegarde…"),
            "sauvegarder",
            "Ctrl+Shift+S",
            self.backup,
            name="backupAction",
        )
        self.search_action = self._action(
            self.tr("Rechercher"), "rechercher", "Ctrl+F", self.focus_search, name="searchAction"
        )
        self.quit_action = self._action(
            self.tr("Quitter"), None, "Ctrl+Q", self.close, name="quitAction"
        )
        self.page_actions = [
            self._action(text, None, f"Ctrl+{i + 1}", self._page_slot(i), name=f"pageAction{i + 1}")
            for i, text in enumerate(
                (
                    self.tr("Jeunes"),
                    self.tr("Permanence"),
                    self.tr("Synchronisation"),
                    self.tr("Tableau de bord"),
                    self.tr("Semaine"),
                    self.tr("Annuaires"),
                )
            )
        ]

        bar = QToolBar(self.tr("Actions"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(22, 22))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.interview_action)
        bar.addAction(self.referral_action)
        bar.addSeparator()
        bar.addAction(self.parloir_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.session_label = PlainLabel()
        self.session_label.setObjectName("sessionLabel")
        bar.addWidget(self.session_label)
        bar.addAction(self.backup_action)
        bar.addAction(self.settings_action)
        bar.addAction(self.help_action)
        bar.addAction(self.lock_action)
        for action in (
            self.interview_action,
            self.referral_action,
            self.parloir_action,
            self.backup_action,
            self.settings_action,
            self.help_action,
            self.lock_action,
        ):
            button = bar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text())
                button.setObjectName(action.objectName().replace("Action", "Button"))
        help_button = bar.widgetForAction(self.help_action)
        if isinstance(help_button, QToolButton):
            # A click shows the shortcuts (as F1 does); the arrow opens Aide → À propos.
            help_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar
        self.parloir_indicator = QLabel(
            self.tr("Mode parloir : informations judiciaires et notes masquées")
        )
        self.parloir_indicator.setObjectName("parloirIndicator")
        self.parloir_indicator.hide()
        self.statusBar().addPermanentWidget(self.parloir_indicator)
        saves = saving.queue()
        saves.waiting.connect(self.statusBar().showMessage)
        saves.ended.connect(self._save_ended)

    def _save_ended(self) -> None:
        if self.statusBar().currentMessage() == saving.notice_text():
            self.statusBar().clearMessage()

    def _set_unlocked_actions(self, on: bool) -> None:
        for action in (
            self.interview_action,
            self.referral_action,
            self.parloir_action,
            self.lock_action,
            self.settings_action,
            self.search_action,
            *self.page_actions,
        ):
            action.setEnabled(on)
        self.toolbar.setVisible(on)

    # --- lock / unlock --------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.store is None

    def _show_locked(self, *, first: bool = False) -> None:
        self._set_unlocked_actions(False)
        # Qt appends the application's name to every window title.
        self.setWindowTitle(self.tr("Verrouillé") if not first else "")
        self.session_label.clear()
        self.statusBar().clearMessage()
        self.parloir_indicator.hide()
        self.unlock_page.reset(locked=not first)
        self.stack.setCurrentWidget(self.unlock_page)

    def open_store(self, store: Store) -> None:
        """Called with an unlocked store (unlock screen, set-up assistant, demo)."""
        if self.store is not None:
            store.close()
            return
        self.store = store
        session.declare_interactive(store)
        self.workspace = Workspace(store, self)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        settings = self.workspace.store_settings
        role = E.ROLE.label(store.db.role)
        self.setWindowTitle(
            self.tr("{structure} ({role})").format(structure=store.db.structure_name, role=role)
        )
        self.session_label.setText(self.tr("Session : {user}").format(user=store.db.user) + "   ")
        self._set_unlocked_actions(True)
        resume = self._resume
        self._resume = None
        parloir = self.parloir if resume is not None else settings.parloir_default
        self.parloir_action.blockSignals(True)
        self.parloir_action.setChecked(parloir)
        self.parloir_action.blockSignals(False)
        self.set_parloir(parloir)
        self.idle.set_minutes(settings.idle_minutes)
        self.idle.arm()
        self.in_force_timer.start()
        if resume is not None:
            self.workspace.restore(resume)
        else:
            self.workspace.list_page.focus_search()
        self.unlocked.emit(store)
        app = QApplication.instance()
        signal = getattr(app, "unlocked", None)
        if signal is not None and hasattr(signal, "emit"):
            signal.emit(store)

    def check_in_force(self) -> None:
        """Lock, and say why, when the store file is no longer the one this window opened."""
        if self.store is not None and self.store.replaced():
            log.warning("base remplacée pendant qu'elle était ouverte : verrouillage")
            self.lock()
            show_error(self, StoreReplaced())

    def _os_lock(self, reason: str) -> None:
        if self.store is not None:
            log.info("verrouillage demandé par le système : %s", reason)
        self.lock()

    def lock(self) -> None:
        """Panic or idle lock. Synchronous: when it returns, nothing of the data is left (asked
        while a save runs, it happens as soon as the save has ended)."""
        if self.store is None:
            return
        if saving.busy():
            saving.when_idle(self.lock)
            return
        log.info("verrouillage")
        self.idle.disarm()
        self.in_force_timer.stop()
        self.locking.emit()
        app = QApplication.instance()
        signal = getattr(app, "locking", None)
        if signal is not None and hasattr(signal, "emit"):
            signal.emit()
        workspace = self.workspace
        assert workspace is not None
        self._resume = workspace.prepare_lock()
        self.close_other_windows()
        # Jobs (exports, reports) use the store: they are cancelled and joined before it closes.
        if not (saving.join(30_000) and pool().join(30_000)):
            log.warning("des tâches de fond ne se sont pas arrêtées à temps")
        self.workspace = None
        self.stack.removeWidget(workspace)
        workspace.drop_data()
        wipe(workspace)
        workspace.hide()
        workspace.deleteLater()
        store = self.store
        self.store = None
        store.close()
        clear_clipboards()
        self._show_locked()

    def close_other_windows(self) -> None:
        """Close every dialog and any other top-level window of the application."""
        for w in QApplication.topLevelWidgets():
            if w is self or not w.isVisible():
                continue
            if isinstance(w, QDialog):
                w.reject()
            if w.isVisible():
                w.close()
            wipe(w)

    # --- commands -------------------------------------------------------------------------------

    def restore_focus(self) -> None:
        """Back to the main window once no dialog of it is open (see _DialogCloseWatcher)."""
        if not self.isVisible() or QApplication.activeModalWidget() is not None:
            return
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and isinstance(widget, QDialog):
                return
        self.activateWindow()
        self.raise_()
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused) and focused.isVisible():
            if not isinstance(focused, (QToolButton,)) and focused.metaObject().className() != (
                "QPushButton"
            ):
                return
        if self.workspace is not None:
            page = self.workspace.stack.currentWidget()
            if page is self.workspace.list_page:
                self.workspace.list_page.view.setFocus()
            elif page is not None:
                page.setFocus()
                page.focusNextChild()
        else:
            self.setFocus()

    def new_interview(self) -> None:
        if self.workspace is not None:
            self.workspace.new_interview()

    def new_referral(self) -> None:
        if self.workspace is not None:
            self.workspace.new_referral()

    def set_parloir(self, on: bool) -> None:
        self.parloir = bool(on)
        self.parloir_indicator.setVisible(self.parloir and self.store is not None)
        if self.workspace is not None:
            self.workspace.set_parloir(self.parloir)

    def show_page(self, index: int) -> None:
        if self.workspace is not None:
            self.workspace._drop_case_page()
            self.workspace.show_page(index)

    def focus_search(self) -> None:
        if self.workspace is not None:
            self.show_page(0)
            self.workspace.list_page.focus_search()

    def show_help(self) -> None:
        from .help_dialog import HelpDialog

        dialog = HelpDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> None:
        from .about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def backup(self) -> None:
        if self.workspace is None:
            return
        from ..dialogs.backup import backup_store

        backup_store(self.workspace.store, self)

    def show_settings(self) -> None:
        if self.workspace is None:
            return
        from ..dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.app_settings, self.workspace.store_settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self._settings_applied)
        dialog.open()

    def _settings_applied(self) -> None:
        if self.workspace is not None:
            self.idle.set_minutes(self.workspace.store_settings.idle_minutes)

    # --- closing --------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.store is not None:
            self.lock()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.idle.disarm()
        self.os_lock.stop()
        event.accept()
