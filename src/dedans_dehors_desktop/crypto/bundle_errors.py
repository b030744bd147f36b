"""Why a bundle is refused: a stable reason for tests and logs, and a French sentence naming the
real cause for the person, ending by saying that nothing was changed."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Final

from ..core.errors import InputRejected
from ..core.i18n import QT_TRANSLATE_NOOP, tr


class RejectReason(StrEnum):
    NOT_A_BUNDLE = "not_a_bundle"
    UNSUPPORTED_VERSION = "unsupported_version"
    UNKNOWN_SUITE = "unknown_suite"
    HEADER_TOO_LARGE = "header_too_large"
    FILE_TOO_LARGE = "file_too_large"
    INVALID_SIZES = "invalid_sizes"
    TRUNCATED = "truncated"
    TRAILING_DATA = "trailing_data"
    BAD_SIGNATURE = "bad_signature"
    UNKNOWN_SIGNER = "unknown_signer"
    REVOKED_SIGNER = "revoked_signer"
    MALFORMED_HEADER = "malformed_header"
    WRONG_RECIPIENT = "wrong_recipient"
    EXPIRED = "expired"
    KEY_UNWRAP_FAILED = "key_unwrap_failed"
    CHUNK_AUTH_FAILED = "chunk_auth_failed"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    DAMAGED = "damaged"


_CONTEXT = "Paquets"
_UNCHANGED = QT_TRANSLATE_NOOP(_CONTEXT, "Rien n'a été modifié.")
_REASON_MESSAGES: Final[dict[RejectReason, str]] = {
    RejectReason.NOT_A_BUNDLE: QT_TRANSLATE_NOOP(
        _CONTEXT, "Ce fichier n'est pas un paquet d'échange Dedans-Dehors : il a été refusé."
    ),
    RejectReason.UNSUPPORTED_VERSION: QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Ce paquet a été écrit dans un format plus récent ou inconnu. Installez la dernière "
        "version de l'application sur ce poste, puis réessayez.",
    ),
    RejectReason.UNKNOWN_SUITE: QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Ce paquet utilise une méthode de chiffrement inconnue ou trop faible (sans protection "
        "post-quantique) : il a été refusé.",
    ),
    RejectReason.HEADER_TOO_LARGE: QT_TRANSLATE_NOOP(
        _CONTEXT, "L'en-tête de ce paquet dépasse la taille autorisée : il a été refusé."
    ),
    RejectReason.FILE_TOO_LARGE: QT_TRANSLATE_NOOP(
        _CONTEXT, "Ce paquet dépasse la taille maximale autorisée (2 Gio) : il a été refusé."
    ),
    RejectReason.INVALID_SIZES: QT_TRANSLATE_NOOP(
        _CONTEXT, "Les tailles annoncées dans ce paquet sont incohérentes : il a été refusé."
    ),
    RejectReason.TRUNCATED: QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Ce paquet est incomplet : la copie a sans doute été interrompue. Recopiez-le depuis "
        "le poste d'origine.",
    ),
    RejectReason.TRAILING_DATA: QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Des données ont été ajoutées à la fin de ce paquet : il a été refusé.",
    ),
    RejectReason.BAD_SIGNATURE: QT_TRANSLATE_NOOP(
        _CONTEXT,
        "La signature de ce paquet n'est pas valide : il a été modifié ou endommagé depuis "
        "son export. Il a été refusé.",
    ),
    RejectReason.UNKNOWN_SIGNER: QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Ce paquet provient d'un poste inconnu, non inscrit auprès de la Mission Locale : "
        "il a été refusé.",
    ),
    RejectReason.REVOKED_SIGNER: QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Ce paquet provient d'un poste révoqué : il a été refusé. Signalez-le au référent "
        "sécurité de la Mission Locale.",
    ),
    RejectReason.MALFORMED_HEADER: QT_TRANSLATE_NOOP(
        _CONTEXT, "L'en-tête de ce paquet est mal formé : il a été refusé."
    ),
    RejectReason.WRONG_RECIPIENT: QT_TRANSLATE_NOOP(
        _CONTEXT, "Ce paquet est destiné à un autre poste : il a été refusé."
    ),
    RejectReason.EXPIRED: QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Ce paquet a expiré : il a été refusé. Demandez un nouvel export au poste d'origine.",
    ),
    RejectReason.KEY_UNWRAP_FAILED: QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Ce paquet ne peut pas être déchiffré avec la clé de ce poste (clé renouvelée depuis "
        "l'export ?). Demandez un nouvel export au poste d'origine.",
    ),
    RejectReason.CHUNK_AUTH_FAILED: QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Le contenu chiffré de ce paquet est endommagé ou a été modifié pendant sa lecture : "
        "il a été refusé.",
    ),
    RejectReason.PAYLOAD_TOO_LARGE: QT_TRANSLATE_NOOP(
        _CONTEXT, "Le contenu de ce paquet dépasse la taille que ce poste accepte."
    ),
    RejectReason.DAMAGED: QT_TRANSLATE_NOOP(
        _CONTEXT,
        "Ce paquet a été modifié ou endommagé depuis son export (ses indications de taille ou "
        "d'expéditeur ne correspondent plus au fichier) : il a été refusé. Recopiez-le depuis "
        "le poste d'origine ou refaites l'export.",
    ),
}


class BundleRejected(InputRejected):
    """A bundle was refused. ``reason`` is stable (for tests and logs); the message is French."""

    def __init__(self, reason: RejectReason, message: str | None = None) -> None:
        default = f"{tr(_CONTEXT, _REASON_MESSAGES[reason])} {tr(_CONTEXT, _UNCHANGED)}"
        super().__init__(message or default)
        self.reason = reason

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.reason, self.message))
