"""Interface language: French source strings, an English translation built from the .ts files.

The system locale decides unless the settings name a language. Qt's own strings (standard
buttons, wizard buttons) come from Qt's ``qtbase_*.qm`` shipped with PySide6. The core's
``tr()`` hook is pointed at ``QCoreApplication.translate`` so that labels of enumerations and
error messages follow the same language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ...core import i18n
from ...resources import resource_path

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def resolve_language(override: str) -> str:
    if override in ("fr", "en"):
        return override
    name = QLocale.system().name().lower()
    # A bare "C"/"POSIX" locale names no language: the application's own (French) applies.
    return "fr" if name.startswith("fr") or name in ("c", "posix", "") else "en"


def install(app: QCoreApplication, override: str = "") -> str:
    """Load the translators for the chosen language; returns "fr" or "en"."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve_language(override)
    if language != "fr":
        ours = QTranslator(app)
        qm = resource_path("i18n", f"dedans_dehors_{language}.qm")
        if qm.exists() and ours.load(str(qm)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            # .qm files are built by scripts/build_translations.py; French is the fallback.
            log.warning("traduction %s absente : interface en français", language)
            language = "fr"
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    i18n.install_translator(lambda context, text: QCoreApplication.translate(context, text))
    from ..widgets.formatting import label

    label.cache_clear()
    return language
