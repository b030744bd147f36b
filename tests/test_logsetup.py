"""The log file never holds a value passed to a log call, nor an exception's message."""

from __future__ import annotations

import logging
from pathlib import Path

from dedans_dehors_desktop.logsetup import configure


def test_redaction_of_arguments_and_exception_messages(tmp_path: Path) -> None:
    path = configure(tmp_path)
    log = logging.getLogger("dedans_dehors_desktop.test")
    log.info("ouverture du dossier de %s (%d actualités)", "CANARI-Éloïse", 12)
    try:
        raise ValueError("valeur CANARI-Éloïse refusée")
    except ValueError:
        log.exception("échec")
    for handler in logging.getLogger("dedans_dehors_desktop").handlers:
        handler.flush()
    text = path.read_text("utf-8")
    assert "CANARI" not in text
    assert "12 actualités" in text
    assert "ValueError" in text and "test_logsetup.py" in text
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
