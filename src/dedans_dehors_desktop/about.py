"""The text of Aide → À propos: what this program is, its version, its licence, what it is made of.

Plain text (the dialog shows it with ``Qt.PlainText``). The library versions are read from the
modules actually loaded, not from package metadata, which a frozen build may not carry: what a
support call needs is what is running.
"""

from __future__ import annotations

import platform

from . import APP_NAME, __version__
from .core.i18n import tr

LICENCE = "EUPL-1.2"


def _qt_versions() -> str:
    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except ImportError:
        return tr("À propos", "non installé")
    return f"{PySide6.__version__} (Qt {qVersion()})"


def _sqlcipher_version() -> str:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()
    finally:
        conn.close()
    cipher = str(row[0]) if row and row[0] else tr("À propos", "absent")
    return f"{cipher} (SQLite {sqlite[0]})"


def _cryptography_version() -> str:
    import cryptography
    from cryptography.hazmat.backends.openssl.backend import backend

    return f"{cryptography.__version__} ({backend.openssl_version_text()})"


def _reportlab_version() -> str:
    import reportlab

    return str(reportlab.Version)


def library_versions() -> list[tuple[str, str]]:
    return [
        ("Python", platform.python_version()),
        ("PySide6", _qt_versions()),
        ("SQLCipher", _sqlcipher_version()),
        ("cryptography", _cryptography_version()),
        ("reportlab", _reportlab_version()),
    ]


def about_text() -> str:
    lines = [
        APP_NAME,
        tr("À propos", "Version {version}").format(version=__version__),
        "",
        tr(
            "À propos",
            "Dossiers de suivi des jeunes accompagnés par le référent Justice de la "
            "Mission Locale, de la détention à la sortie.",
        ),
        "",
        tr(
            "À propos",
            "Aucune connexion réseau : l'application n'ouvre jamais de connexion, ne "
            "cherche pas de mises à jour et n'envoie rien. Les échanges avec le bureau "
            "passent par des fichiers chiffrés et signés, sur clé USB.",
        ),
        tr(
            "À propos",
            "Données chiffrées sur ce poste (SQLCipher, AES-256) ; échanges chiffrés "
            "avec des algorithmes post-quantiques hybrides (ML-KEM, ML-DSA).",
        ),
        "",
        tr(
            "À propos",
            "Licence : {licence} (Licence publique de l'Union européenne), texte complet "
            "dans le fichier LICENSE.",
        ).format(licence=LICENCE),
        tr("À propos", "Polices Noto Sans : SIL Open Font License 1.1."),
        "",
        tr("À propos", "Composants :"),
    ]
    lines += [f"  {name} {version}" for name, version in library_versions()]
    return "\n".join(lines)
