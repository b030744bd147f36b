"""Typed errors whose message is written for the person in front of the screen, in French.

Every error raised towards the user derives from ``UserError``; ``str(err)`` is the message to
show. Messages never contain case data (names, notes, field values): they may end up in logs.
"""

from __future__ import annotations

from .i18n import tr


class UserError(Exception):
    """An error with a French message fit to show as is."""

    default_message = "Une erreur est survenue."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or tr("Erreurs", self.default_message))

    @property
    def message(self) -> str:
        return str(self.args[0])


class WrongPassphrase(UserError):
    default_message = (
        "Phrase de passe incorrecte. Vérifiez la saisie (majuscules, accents) et réessayez."
    )


class UnknownUser(UserError):
    default_message = "Cet utilisateur n'a pas de clé sur ce poste."


class CorruptStore(UserError):
    default_message = (
        "La base de données est endommagée ou n'est pas une base Dedans-Dehors chiffrée. "
        "Rien n'a été modifié. Restaurez la dernière sauvegarde."
    )


class PlaintextStoreRefused(CorruptStore):
    default_message = (
        "Le fichier de la base n'est pas chiffré : il a été remplacé ou ne provient pas de "
        "l'application. Il est refusé et n'a pas été ouvert."
    )


class KeyFileMissing(UserError):
    default_message = (
        "Le fichier de clé est introuvable. Sans lui, la base ne peut pas être ouverte. "
        "Restaurez une sauvegarde complète (base et clé)."
    )


class KeyFileDamaged(UserError):
    default_message = (
        "Le fichier de clé est endommagé ou illisible. Restaurez une sauvegarde complète."
    )


class StoreTooNew(UserError):
    default_message = (
        "Ces données ont été écrites par une version plus récente de l'application. "
        "Installez la dernière version pour les ouvrir."
    )


class StoreNotFound(UserError):
    default_message = "Aucune base n'existe dans ce dossier. Créez-en une avec « init »."


class StoreAlreadyExists(UserError):
    default_message = "Une base existe déjà dans ce dossier : elle n'a pas été remplacée."


class SelfTestFailed(UserError):
    default_message = (
        "Le contrôle de sécurité au démarrage a échoué : l'application refuse de s'ouvrir "
        "plutôt que de travailler sans protection."
    )


class WeakPassphrase(UserError):
    default_message = "Cette phrase de passe est trop faible."


class ValidationError(UserError):
    """Invalid user input; ``field`` names the field at fault when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(UserError):
    default_message = "Fiche introuvable."


class InputRejected(UserError):
    """A file given by the user (CSV, bundle, backup) was refused; nothing was written."""

    default_message = "Le fichier a été refusé ; rien n'a été modifié."


class StoreBusy(UserError):
    """Another process holds the store; the message names it when it can."""

    default_message = (
        "La base est déjà ouverte par un autre programme Dedans-Dehors. Fermez-le ou attendez "
        "la fin de son opération, puis réessayez. Rien n'a été modifié."
    )


class StoreInUse(UserError):
    """A long job of this window (import, backup, report) holds the store; nothing was done."""

    default_message = (
        "La base est occupée par une opération en cours dans cette fenêtre (import, export, "
        "sauvegarde ou rapport). Attendez qu'elle se termine, puis réessayez. Rien n'a été "
        "modifié."
    )


class StoreReplaced(UserError):
    default_message = (
        "La base a été remplacée (restauration ou copie) pendant qu'elle était ouverte ici. "
        "Rien n'a été enregistré dans l'ancienne copie : l'application se verrouille, "
        "déverrouillez-la pour travailler sur la base en vigueur."
    )


class KeyFileForeign(CorruptStore):
    """The database file and the key file come from two different stores."""

    default_message = (
        "La base et le fichier de clé ne vont pas ensemble : l'un des deux vient d'une autre "
        "base ou d'une autre sauvegarde. Rien n'a été modifié. Remettez les deux fichiers "
        "d'une même base (store.db et store.key), ou restaurez une sauvegarde complète."
    )


class KdfBelowFloor(UserError):
    default_message = (
        "Le fichier de clé demande une protection de la phrase de passe plus faible que le "
        "minimum de sécurité : il a été modifié ou ne vient pas de l'application. Il est "
        "refusé sans avoir essayé la phrase de passe. Restaurez une sauvegarde complète."
    )


class KeySlotDamaged(UserError):
    default_message = (
        "L'accès de cet utilisateur est endommagé dans le fichier de clé (octets altérés) : "
        "ce n'est pas la phrase de passe qui est en cause. Un autre utilisateur de ce poste "
        "peut vous redonner accès, sinon restaurez une sauvegarde complète."
    )


class DiskFull(UserError):
    default_message = (
        "Le disque est plein : l'opération n'a pas été faite et rien n'a été perdu. "
        "Libérez de la place (ou choisissez un autre support), puis réessayez."
    )


class ReadOnlyMedia(UserError):
    default_message = (
        "Le support est en lecture seule (clé USB verrouillée, disque protégé ou dossier "
        "sans droit d'écriture) : rien n'a été modifié. Choisissez un support accessible en "
        "écriture, puis réessayez."
    )
