"""Logging to a rotating file in the data folder, through a redaction filter.

The code never logs names, notes or field values; the filter is the second line of defence:
only numbers survive as message arguments, and an exception is reduced to its type and the
code locations of its traceback (an exception message may quote a value).
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import traceback
from pathlib import Path

from .storage.files import ensure_private_dir, private_umask

REDACTED = "<masqué>"
_configured: list[logging.Handler] = []


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(
                a if isinstance(a, int | float) and not isinstance(a, bool) else REDACTED
                for a in args
            )
        if record.exc_info and record.exc_info[0] is not None:
            exc_type, _, tb = record.exc_info
            frames = "".join(
                f'  File "{f.filename}", line {f.lineno}, in {f.name}\n'
                for f in traceback.extract_tb(tb)
            )
            record.exc_text = f"Traceback:\n{frames}{exc_type.__name__}: {REDACTED}"
            record.exc_info = None
        return True


class PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """Every file it opens (the first, and each one after a rotation) is 0600 whatever the
    umask; a write that fails (full disk, medium removed) is dropped silently: the standard
    handler would print a "Logging error" traceback on the terminal in the middle of a
    command's French messages."""

    def _open(self) -> io.TextIOWrapper:
        with private_umask():
            return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:
        self.dropped += 1

    dropped = 0


def configure(data_dir: Path, level: int = logging.INFO) -> Path:
    """Send the application's log to ``data_dir/logs/app.log`` (1 MiB × 3, mode 0600)."""
    log_dir = ensure_private_dir(data_dir / "logs")
    path = log_dir / "app.log"
    root = logging.getLogger("dedans_dehors_desktop")
    for handler in _configured:
        root.removeHandler(handler)
        handler.close()
    _configured.clear()
    handler = PrivateRotatingHandler(path, maxBytes=1024 * 1024, backupCount=3, encoding="utf-8")
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    _configured.append(handler)
    return path
