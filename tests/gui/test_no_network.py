"""A whole session with socket creation forbidden: the app never opens a network connection."""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dedans_dehors_desktop.gui.interview import InterviewDialog

from .conftest import add_canary_youth, make_store, open_window, unlock_with_keyboard
from .helpers import type_text


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def forbidden(name: str) -> Any:
        def refuse(*args: Any, **kwargs: Any) -> Any:
            attempts.append(name)
            raise NetworkUsed(f"{name} called")

        return refuse

    for name in (
        "socket",
        "create_connection",
        "socketpair",
        "getaddrinfo",
        "fromfd",
        "create_server",
    ):
        monkeypatch.setattr(socket, name, forbidden(name))
    return attempts


def test_a_whole_session_without_any_socket(
    no_network: list[str], qtbot: Any, data_dir: Path
) -> None:
    if os.environ.get("GUARD"):
        with pytest.raises(NetworkUsed):
            socket.socket()  # the guard itself works
        no_network.clear()

    store = make_store(data_dir, youths=8)
    jeune = add_canary_youth(store)
    store.close()
    window = open_window(data_dir, qtbot)
    unlock_with_keyboard(qtbot, window)
    page = window.workspace.list_page
    type_text(page.search, "zyqwax")
    assert page.model.total() == 1
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    case = window.workspace.case_page
    assert case is not None and case.jeune_id == jeune
    for tab in range(case.tabs.count()):
        case.tabs.setCurrentIndex(tab)
    window.show_page(1)  # permanence
    window.show_page(0)
    window.workspace.open_case(jeune)
    dialog = window.workspace.new_interview(jeune)
    assert isinstance(dialog, InterviewDialog)
    type_text(dialog.note, "Entretien hors ligne")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    window.parloir_action.trigger()
    window.lock()
    unlock_with_keyboard(qtbot, window)
    assert window.workspace.case_page.jeune_id == jeune
    window.show_help()
    window.close()
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())
    assert no_network == []
