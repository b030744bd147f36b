"""``dedans-dehors-desktop`` / ``python -m dedans_dehors_desktop``: the desktop application.

Options: ``--data-dir DIR``, ``--demo`` (throw-away store with synthetic data), ``--lang fr|en``,
``--self-test`` (security self-test, before any window). Other arguments go to Qt.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication

APP_NAME = "Dedans-Dehors"
DESKTOP_FILE_NAME = "dedans-dehors-desktop"

log = logging.getLogger(__name__)


class DesktopApp(QApplication):
    """The application object. Widgets of other parts connect to ``locking`` to drop what they
    hold (models, open files) before the store closes, and to ``unlocked(store)``."""

    locking = Signal()
    unlocked = Signal(object)

    def __init__(self, argv: Sequence[str]) -> None:
        super().__init__(list(argv))
        self.setApplicationName(APP_NAME)
        self.setOrganizationName("Dedans-Dehors")
        self.setApplicationDisplayName(APP_NAME)
        # Wayland and the taskbars match the window to installers/linux/<this>.desktop.
        self.setDesktopFileName(DESKTOP_FILE_NAME)
        self.setQuitOnLastWindowClosed(True)
        from .widgets.icons import app_icon

        self.setWindowIcon(app_icon())
        from .lock.clipboard import ClipboardGuard

        self.clipboard_guard = ClipboardGuard(self)


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        prog="dedans-dehors-desktop",
        add_help=True,
        description="Dedans-Dehors : dossiers chiffrés, hors ligne.",
    )
    parser.add_argument("--data-dir", help="dossier des données")
    parser.add_argument(
        "--demo", action="store_true", help="base de démonstration jetable (données fictives)"
    )
    parser.add_argument("--lang", choices=("fr", "en"), help="langue de l'interface")
    return parser.parse_known_args(list(argv))


def setup_logging(data_dir: Path) -> None:
    from ..logsetup import configure

    configure(data_dir)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    if "--self-test" in argv[1:]:
        from dedans_dehors_desktop.app_selftest import main as self_test_main

        return int(self_test_main() or 0)
    args, qt_args = parse_args(argv[1:])
    if os.name == "posix":
        os.umask(0o077)  # every file the app writes: 0600, folders 0700
    from ..services.session import set_process_label

    set_process_label("la fenêtre Dedans-Dehors")  # named to a command that finds the store busy

    from ..services.session import default_data_dir, ensure_private_dir
    from .shell import style, translations
    from .shell.errors import install_excepthook
    from .shell.settings import AppSettings

    demo_dir: Path | None = None
    if args.demo:
        from .shell.demo_session import make_demo_dir

        demo_dir = make_demo_dir()
        data_dir = demo_dir
    else:
        data_dir = ensure_private_dir(
            Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()
        )
    app = DesktopApp(argv[:1] + qt_args)
    try:
        if demo_dir is None:
            setup_logging(data_dir)
        settings = AppSettings(data_dir)
        translations.install(app, args.lang or settings.language)
        style.apply(app)
        install_excepthook()
        return _run(app, data_dir, settings, demo_dir)
    finally:
        from .workers import pool

        pool().join(30_000)
        if demo_dir is not None:
            from .shell.demo_session import remove_demo_dir

            remove_demo_dir(demo_dir)


def _quit_on_signals(app: DesktopApp) -> None:
    """SIGTERM / SIGINT quit cleanly. Python only sees a signal when it runs, so a timer wakes
    the interpreter twice a second while Qt's loop waits."""
    import signal

    from PySide6.QtCore import QTimer

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: app.quit())
    timer = QTimer(app)
    timer.setInterval(500)
    timer.timeout.connect(lambda: None)
    timer.start()


def _run(app: DesktopApp, data_dir: Path, settings: object, demo_dir: Path | None) -> int:
    from ..services.session import StorePaths
    from .shell.main_window import MainWindow
    from .shell.settings import AppSettings

    assert isinstance(settings, AppSettings)
    keep: list[object] = []

    def shutting_down() -> None:
        # Logout, Ctrl+C, SIGTERM: keep the drafts and close the store like a lock does.
        for window in keep:
            if isinstance(window, MainWindow):
                window.lock()

    app.aboutToQuit.connect(shutting_down)
    _quit_on_signals(app)

    def show_main(
        store: object | None = None,
        demo_passphrase: str | None = None,
        demo_user: str | None = None,
    ) -> MainWindow:
        window = MainWindow(
            data_dir, settings, demo_passphrase=demo_passphrase, demo_user=demo_user
        )
        window.show()
        keep.append(window)
        if store is not None:
            window.open_store(store)  # type: ignore[arg-type]
        return window

    if demo_dir is not None:
        from .shell.demo_session import DEMO_PASSPHRASE, DEMO_USER, DemoBuilder

        builder = DemoBuilder(demo_dir)
        keep.append(builder)

        def ready() -> None:
            # Before closing the builder: it is not the last window.
            show_main(demo_passphrase=DEMO_PASSPHRASE, demo_user=DEMO_USER)
            builder.close()

        def failed(exc: BaseException) -> None:
            from .shell.errors import show_error

            builder.close()
            show_error(None, exc)
            app.quit()

        builder.ready.connect(ready)
        builder.failed.connect(failed)
        builder.show()
        builder.start()
    elif StorePaths(data_dir).exists() or StorePaths(data_dir).key.exists():
        show_main()
    else:
        from .lock.setup_wizard import SetupWizard

        wizard = SetupWizard(data_dir)
        keep.append(wizard)

        def finished(result: int) -> None:
            if result and wizard.store is not None:
                store, wizard.store = wizard.store, None
                settings.last_user = store.db.user
                show_main(store)
            else:
                app.quit()

        wizard.finished.connect(finished)
        wizard.show()
    return int(app.exec())
