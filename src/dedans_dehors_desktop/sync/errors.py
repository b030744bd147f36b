"""Refusals of the sync layer, on top of those of the bundle format (crypto/bundle_format.py).

Each has a stable ``reason`` (for tests and the bundle history) and a French message that ends by
saying nothing was changed, because a refused bundle never writes anything.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Final

from ..core.errors import InputRejected, UserError
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..crypto.bundle_format import BundleRejected

_UNCHANGED = QT_TRANSLATE_NOOP("Paquets", "Rien n'a été modifié.")


class SyncReason(StrEnum):
    REPLAYED = "replayed"
    SEQUENCE_JUMP = "sequence_jump"
    NEWER_FORMAT = "newer_format"
    UNKNOWN_CAPABILITY = "unknown_capability"
    MALFORMED_PAYLOAD = "malformed_payload"
    PAYLOAD_LIMIT = "payload_limit"
    WRONG_KIND = "wrong_kind"
    WRONG_ROLE = "wrong_role"
    NOT_ENROLLED = "not_enrolled"
    NOT_AN_ENROLMENT = "not_an_enrolment"
    ENROLMENT_MISMATCH = "enrolment_mismatch"
    ALREADY_ENROLLED = "already_enrolled"
    BAD_REGISTRY = "bad_registry"
    CLOCK_AHEAD = "clock_ahead"
    LIFETIME_TOO_LONG = "lifetime_too_long"
    OWN_BUNDLE = "own_bundle"
    REVOKED_BEFORE = "revoked_before"


_MESSAGES: Final[dict[SyncReason, str]] = {
    SyncReason.REPLAYED: QT_TRANSLATE_NOOP(
        "Synchronisation",
        "Ce paquet est plus ancien que le dernier paquet importé de ce poste (copie ancienne ou "
        "rejeu) : il a été refusé. Le paquet le plus récent contient déjà tout son contenu.",
    ),
    SyncReason.SEQUENCE_JUMP: QT_TRANSLATE_NOOP(
        "Synchronisation",
        "Le numéro de ce paquet est incohérent avec les échanges précédents : il a été refusé.",
    ),
    SyncReason.NEWER_FORMAT: QT_TRANSLATE_NOOP(
        "Synchronisation",
        "Ce paquet a été écrit par une version plus récente de l'application, dans un format que "
        "celle-ci ne sait pas lire. Installez la dernière version sur ce poste, puis réessayez.",
    ),
    SyncReason.UNKNOWN_CAPABILITY: QT_TRANSLATE_NOOP(
        "Synchronisation",
        "Ce paquet demande des fonctions que cette version de l'application ne connaît pas. "
        "Installez la dernière version sur ce poste, puis réessayez.",
    ),
    SyncReason.MALFORMED_PAYLOAD: QT_TRANSLATE_NOOP(
        "Synchronisation",
        "Le contenu de ce paquet est mal formé, bien que correctement signé : il a été refusé. "
        "Signalez-le au référent sécurité de la Mission Locale.",
    ),
    SyncReason.PAYLOAD_LIMIT: QT_TRANSLATE_NOOP(
        "Synchronisation",
        "Le contenu de ce paquet dépasse les limites que ce poste accepte : il a été refusé.",
    ),
    SyncReason.WRONG_KIND: QT_TRANSLATE_NOOP(
        "Synchronisation",
        "Ce fichier n'est pas un paquet de synchronisation ordinaire (paquet d'inscription ?) : "
        "utilisez la fonction prévue pour lui.",
    ),
    SyncReason.WRONG_ROLE: QT_TRANSLATE_NOOP(
        "Synchronisation",
        "Les échanges se font uniquement entre le bureau et les postes portables : ce paquet "
        "a été refusé.",
    ),
    SyncReason.NOT_ENROLLED: QT_TRANSLATE_NOOP(
        "Synchronisation",
        "Ce poste n'est pas encore inscrit auprès du bureau de la Mission Locale : faites "
        "d'abord la demande d'inscription.",
    ),
    SyncReason.NOT_AN_ENROLMENT: QT_TRANSLATE_NOOP(
        "Synchronisation",
        "Ce fichier n'est pas une réponse d'inscription Dedans-Dehors : il a été refusé.",
    ),
    SyncReason.ENROLMENT_MISMATCH: QT_TRANSLATE_NOOP(
        "Synchronisation",
        "Cette réponse d'inscription ne correspond pas à la dernière demande faite sur ce poste : "
        "elle a été refusée. Refaites la demande d'inscription.",
    ),
    SyncReason.ALREADY_ENROLLED: QT_TRANSLATE_NOOP(
        "Synchronisation",
        "Ce poste est déjà inscrit auprès d'un autre bureau : la réponse a été refusée.",
    ),
    SyncReason.BAD_REGISTRY: QT_TRANSLATE_NOOP(
        "Synchronisation",
        "La liste des postes jointe à ce paquet n'est pas signée correctement par le bureau : "
        "le paquet a été refusé.",
    ),
    SyncReason.CLOCK_AHEAD: QT_TRANSLATE_NOOP(
        "Synchronisation",
        "Ce paquet est daté dans le futur pour ce poste : vérifiez la date et l'heure des deux "
        "postes, puis refaites l'export.",
    ),
    SyncReason.LIFETIME_TOO_LONG: QT_TRANSLATE_NOOP(
        "Synchronisation",
        "Ce paquet annonce une durée de validité anormalement longue (plus de 60 jours) : il a "
        "été refusé. Vérifiez la date et l'heure du poste qui l'a écrit.",
    ),
    SyncReason.OWN_BUNDLE: QT_TRANSLATE_NOOP(
        "Synchronisation",
        "Ce paquet a été écrit par ce poste-ci, pour l'autre poste : il n'y a rien à importer "
        "ici. Emportez-le sur la clé jusqu'à son destinataire.",
    ),
    SyncReason.REVOKED_BEFORE: QT_TRANSLATE_NOOP(
        "Synchronisation",
        "Ce paquet provient d'un poste révoqué, mais il a été écrit avant la révocation : il "
        "peut être importé après confirmation.",
    ),
}


class SyncRejected(InputRejected):
    """A bundle or enrolment file refused by the sync layer; nothing was written."""

    def __init__(self, reason: SyncReason, message: str | None = None) -> None:
        default = f"{tr('Synchronisation', _MESSAGES[reason])} {tr('Paquets', _UNCHANGED)}"
        super().__init__(message or default)
        self.reason = reason

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.reason, self.message))


class SyncError(UserError):
    """A sync operation that cannot be done as asked (unknown device, wrong role...)."""


def reason_of(exc: BaseException) -> str:
    """The stable reason code of a refusal, whichever layer raised it."""
    if isinstance(exc, BundleRejected | SyncRejected):
        return str(exc.reason)
    return type(exc).__name__
