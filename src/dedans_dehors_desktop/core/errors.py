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
